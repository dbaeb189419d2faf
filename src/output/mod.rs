//! The built site as plain data, and its atomic replacement of the output
//! folder: everything is written into a staging folder beside the output and
//! swapped in only after every file was written. A failed build leaves the
//! previous output as it was.

use crate::messages::{msg, text};
use std::collections::BTreeMap;
use std::path::{Component, Path};
use std::sync::Arc;

use anyhow::Result;
use bytes::Bytes;

mod addresses;
mod location;
mod staging;

pub use addresses::Addresses;
pub use location::resolve_output;
pub use staging::{StagingSink, WriteFn};

/// Name of the file that marks a folder as tilts output (safe to replace).
pub const MARKER: &str = ".tilts-output";

/// Name of the file that marks a folder as one of tilts' staging folders
/// (or a previous output on its way out): the only leftovers removed.
pub const STAGING_MARKER: &str = ".tilts-staging";

/// Output files by relative, `/`-separated path. Sorted, so writes are deterministic.
/// The contents are shared, not copied, between the render cache, this
/// output and the pages `serve` sends.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    files: BTreeMap<Arc<str>, Bytes>,
}

impl Output {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file; the path must stay inside the output folder.
    pub fn insert(&mut self, path: &str, bytes: impl Into<Bytes>) -> Result<(), String> {
        check_relative(path)?;
        if self.files.insert(Arc::from(path), bytes.into()).is_some() {
            return Err(text(&msg("output-two-files").arg("path", path)));
        }
        Ok(())
    }

    /// A copy of this output (sharing every file's bytes) with `pages`
    /// put in place of the files at their paths, or beside them.
    pub fn with_pages(&self, pages: Vec<(Arc<str>, Bytes)>) -> Result<Output, String> {
        let mut files = self.files.clone();
        for (path, bytes) in pages {
            check_relative(&path)?;
            files.insert(path, bytes);
        }
        Ok(Output { files })
    }

    /// The paths of the files that this output has and `earlier` has not,
    /// or has with other bytes (in order; one pass over both).
    pub fn changed_since<'a>(&'a self, earlier: &Output) -> Vec<&'a str> {
        let mut changed = Vec::new();
        let mut before = earlier.files.iter().peekable();
        for (path, bytes) in &self.files {
            while before.next_if(|(p, _)| *p < path).is_some() {}
            match before.next_if(|(p, _)| *p == path) {
                Some((_, old)) if same_bytes(old, bytes) => {}
                _ => changed.push(&**path),
            }
        }
        changed
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|b| &b[..])
    }

    /// The contents of `path`, shared rather than copied.
    pub fn get_shared(&self, path: &str) -> Option<Bytes> {
        self.files.get(path).cloned()
    }

    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (&**p, &b[..]))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Replaces `dir` with this output, atomically as seen by readers of `dir`.
    ///
    /// Refuses to replace a non-empty folder without the tilts marker unless
    /// `force`, so a mistyped `--output` never wipes someone's files.
    pub fn write_atomically(&self, dir: &Path, force: bool) -> Result<()> {
        let sink = StagingSink::new(dir, force)?;
        self.write_into(&sink)?;
        sink.finish("")
    }

    /// [`Output::write_atomically`] with the function that writes each file
    /// given, so that tests can make writing fail (a full disk) half-way.
    pub fn write_atomically_with(&self, dir: &Path, force: bool, write: WriteFn) -> Result<()> {
        let sink = StagingSink::new(dir, force)?.with_writer(write);
        self.write_into(&sink)?;
        sink.finish("")
    }

    fn write_into(&self, sink: &dyn PageSink) -> Result<()> {
        for (path, bytes) in &self.files {
            sink.put(path, bytes.clone()).map_err(anyhow::Error::msg)?;
        }
        Ok(())
    }
}

/// Where rendered files go: memory (`check`, `serve`, tests) or a staging
/// folder on disk (`build`). Called from many threads at once.
pub trait PageSink: Sync {
    fn put(&self, path: &str, bytes: Bytes) -> Result<(), String>;

    /// [`PageSink::put`] with a path that can be kept without copying it.
    fn put_shared(&self, path: &Arc<str>, bytes: Bytes) -> Result<(), String> {
        self.put(path, bytes)
    }

    /// Whether files may be handed over at the end, all at once, with
    /// [`PageSink::put_many`] (a sink in memory), rather than as soon as
    /// each is made (a sink that writes them to disk in parallel).
    fn takes_batches(&self) -> bool {
        false
    }

    /// Puts many files: one result per file, in order.
    fn put_many(&self, files: Vec<(Arc<str>, Bytes)>) -> Vec<Result<(), String>> {
        files
            .into_iter()
            .map(|(path, bytes)| self.put_shared(&path, bytes))
            .collect()
    }

    /// Puts a copy of the file at `source` at `path`: with
    /// [`Transfer::Copy`] a file of the site (read as a walked file: never
    /// through a link); with [`Transfer::Link`] a file tilts made and
    /// never changes (the cache of processed photos), which a sink on disk
    /// may hard-link instead of copying. In memory, it is read.
    fn put_file(&self, path: &str, source: &Path, how: Transfer) -> Result<(), String> {
        let bytes = match how {
            Transfer::Copy => {
                crate::fsio::read_walked_file_up_to(source, crate::fsio::MAX_STATIC_BYTES)
                    .map_err(|e| e.to_string())?
            }
            Transfer::Link => std::fs::read(source).map_err(|e| {
                let message = msg("file-cannot-read-because")
                    .arg("file", source.display())
                    .arg("detail", e);
                text(&message)
            })?,
        };
        self.put(path, Bytes::from(bytes))
    }

    /// Whether a file was put at `path` (the checks of links ask).
    fn has_written(&self, path: &str) -> bool;

    /// The contents of a file put at `path`, read back (the checks of
    /// anchors ask, for the few pages links point into).
    fn written(&self, path: &str) -> Option<Bytes>;
}

/// How [`PageSink::put_file`] may bring a file into the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transfer {
    /// A person's file: copied, so that nothing done to the output can
    /// reach it.
    Copy,
    /// A file tilts keeps and never writes again: linked where it can be.
    Link,
}

/// Whether two files hold the same bytes; shared bytes are not compared.
fn same_bytes(a: &Bytes, b: &Bytes) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// Collects the files in memory: appended as they come from many threads,
/// sorted into an [`Output`] once at the end.
#[derive(Default)]
pub struct MemorySink(std::sync::Mutex<Collected>);

#[derive(Default)]
struct Collected {
    files: Vec<(Arc<str>, Bytes)>,
    /// Where each path is in `files`.
    paths: rustc_hash::FxHashMap<Arc<str>, usize>,
}

impl Collected {
    fn add(&mut self, path: Arc<str>, bytes: Bytes) -> Result<(), String> {
        check_relative(&path)?;
        let next = self.files.len();
        if self.paths.insert(path.clone(), next).is_some() {
            return Err(text(&msg("output-two-files").arg("path", &path)));
        }
        self.files.push((path, bytes));
        Ok(())
    }
}

impl MemorySink {
    pub fn into_output(self) -> Output {
        let mut files = self.0.into_inner().unwrap_or_else(|e| e.into_inner()).files;
        files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Output {
            files: files.into_iter().collect(),
        }
    }
}

impl PageSink for MemorySink {
    fn put(&self, path: &str, bytes: Bytes) -> Result<(), String> {
        self.put_shared(&Arc::from(path), bytes)
    }

    fn put_shared(&self, path: &Arc<str>, bytes: Bytes) -> Result<(), String> {
        let mut collected = self.0.lock().unwrap_or_else(|e| e.into_inner());
        collected.add(path.clone(), bytes)
    }

    fn takes_batches(&self) -> bool {
        true
    }

    fn put_many(&self, files: Vec<(Arc<str>, Bytes)>) -> Vec<Result<(), String>> {
        let mut collected = self.0.lock().unwrap_or_else(|e| e.into_inner());
        collected.files.reserve(files.len());
        files
            .into_iter()
            .map(|(path, bytes)| collected.add(path, bytes))
            .collect()
    }

    fn has_written(&self, path: &str) -> bool {
        let collected = self.0.lock().unwrap_or_else(|e| e.into_inner());
        collected.paths.contains_key(path)
    }

    fn written(&self, path: &str) -> Option<Bytes> {
        let collected = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let i = *collected.paths.get(path)?;
        Some(collected.files[i].1.clone())
    }
}

/// A relative path of plain names: no `..`, no root, no backslashes or NUL.
pub(crate) fn check_relative(path: &str) -> Result<(), String> {
    let bad = || Err(text(&msg("output-unsafe-path").arg("path", path)));
    if path.is_empty() || path.contains(['\\', '\0']) || path.split('/').any(|p| p.len() > 255) {
        return bad();
    }
    if path
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return bad();
    }
    for c in Path::new(path).components() {
        if !matches!(c, Component::Normal(_)) {
            return bad();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_files_are_those_added_or_with_other_bytes() {
        let mut before = Output::new();
        before.insert("a.html", "A").unwrap();
        before.insert("b.html", "B").unwrap();
        before.insert("gone.html", "G").unwrap();
        let mut after = Output::new();
        after.insert("a.html", "A").unwrap();
        after.insert("b.html", "B2").unwrap();
        after.insert("c.html", "C").unwrap();
        assert_eq!(after.changed_since(&before), ["b.html", "c.html"]);
        assert!(before.changed_since(&before).is_empty());
        let shared = after.with_pages(vec![(Arc::from("a.html"), Bytes::from("A1"))]);
        assert_eq!(shared.unwrap().changed_since(&after), ["a.html"]);
    }

    #[test]
    fn paths_cannot_escape() {
        let mut o = Output::new();
        for bad in [
            "../x",
            "/etc/passwd",
            "a/../../b",
            "a\\b",
            "",
            "a/./b",
            "x\0",
        ] {
            assert!(o.insert(bad, vec![]).is_err(), "{bad:?}");
        }
        assert!(o.insert("lv/jaunumi/index.html", vec![]).is_ok());
        assert!(o.insert("lv/jaunumi/index.html", vec![]).is_err());
    }

    #[test]
    fn replaces_previous_output_and_refuses_foreign_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let mut a = Output::new();
        a.insert("a.html", b"A".to_vec()).unwrap();
        a.write_atomically(&out, false).unwrap();
        let mut b = Output::new();
        b.insert("b.html", b"B".to_vec()).unwrap();
        b.write_atomically(&out, false).unwrap();
        assert!(!out.join("a.html").exists());
        assert_eq!(std::fs::read(out.join("b.html")).unwrap(), b"B");
        let mut names: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [".public.tilts-lock", "public"],
            "staging and old folders are cleaned up"
        );
        assert!(!out.join(STAGING_MARKER).exists());

        let foreign = tmp.path().join("docs");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
        assert!(b.write_atomically(&foreign, false).is_err());
        assert_eq!(
            std::fs::read_to_string(foreign.join("keep.txt")).unwrap(),
            "mine"
        );
        b.write_atomically(&foreign, true).unwrap();
        assert!(foreign.join("b.html").exists());
    }
}
