//! Finding and reading the content files, in parallel. `serve` keeps a
//! [`ParseCache`] between builds: unchanged files are not parsed again, and
//! when the file watcher has said which files changed, the others are not
//! even read.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::messages::msg;

use super::{Document, Section, parse_source};

/// The files the last walk found, each with its parsed document (with
/// the fingerprint of what it was parsed from) when it could be parsed.
#[derive(Debug, Clone, Default)]
pub struct ParseCache {
    found: Arc<Vec<Found>>,
    /// Position in `found` of each file.
    index: Arc<FxHashMap<PathBuf, usize>>,
    /// Problems the walk reported.
    found_problems: Vec<Diagnostic>,
    /// Parallel to `found`.
    docs: Vec<Option<Arc<Document>>>,
    config_fingerprint: u128,
}

impl ParseCache {
    /// Whether the files of the last walk are still the files to read:
    /// each changed path in a content folder is a file read last time that
    /// is still there (an edit, not a new, removed or renamed file).
    fn walk_still_valid(&self, root: &Path, changed: &HashSet<PathBuf>) -> bool {
        changed.iter().all(|path| {
            let in_content = Section::ALL.iter().any(|s| path.starts_with(s.folder()));
            !in_content || (self.index.contains_key(path) && root.join(path).is_file())
        })
    }
}

/// Finds and reads every content file. Drafts are left out unless `drafts`.
/// `cache`: what the last build parsed; `keep`: return what this one
/// parsed, for the next.
/// `config_fingerprint` changes whenever the configuration does, which
/// invalidates every cached document.
///
/// `changed`: the files (relative to `root`) that changed since the build
/// that filled `cache`, when a file watcher knows; the others are taken from
/// the cache without reading them. `None`: read every file and compare.
pub fn load(
    root: &Path,
    config: &SiteConfig,
    drafts: bool,
    cache: Option<&ParseCache>,
    keep: bool,
    config_fingerprint: u128,
    changed: Option<&HashSet<PathBuf>>,
) -> (
    Vec<Arc<Document>>,
    Vec<super::DraftRef>,
    Diagnostics,
    Option<ParseCache>,
) {
    let mut diags = Diagnostics::new();
    // Trust the watcher only for a cache made with this configuration.
    let changed =
        changed.filter(|_| cache.is_some_and(|c| c.config_fingerprint == config_fingerprint));
    let reuse_walk =
        matches!((cache, changed), (Some(c), Some(ch)) if c.walk_still_valid(root, ch));
    let (found, index, problems) = match cache {
        Some(c) if reuse_walk => (c.found.clone(), c.index.clone(), c.found_problems.clone()),
        _ => walk(root, config, keep),
    };
    diags.extend(problems.iter().cloned());
    // The previous document of each file, if any.
    let previous: Vec<Option<&Arc<Document>>> = match cache {
        Some(c) if reuse_walk => c.docs.iter().map(Option::as_ref).collect(),
        Some(c) => found
            .iter()
            .map(|f| c.index.get(&f.0).and_then(|&i| c.docs[i].as_ref()))
            .collect(),
        None => vec![None; found.len()],
    };
    // With the watcher's list and the same walk, only the named files (and
    // any that failed last time) are read; every other file is read and
    // compared by fingerprint.
    let to_read = files_to_read(changed.filter(|_| reuse_walk), &index, &previous);
    let read = read_and_parse(
        root,
        config,
        config_fingerprint,
        &found,
        &previous,
        &to_read,
    );
    let mut docs: Vec<Option<Arc<Document>>> = if to_read.len() == found.len() {
        vec![None; found.len()]
    } else {
        previous.iter().map(|d| d.cloned()).collect()
    };
    for (i, result) in read {
        match result {
            Ok(doc) => docs[i] = Some(doc),
            Err(problems) => {
                docs[i] = None;
                diags.extend(problems);
            }
        }
    }
    let (loaded, mut left_out) = without_drafts(&docs, drafts);
    left_out.extend(failed(root, &found, &docs));
    for doc in &loaded {
        diags.extend(doc.warnings.iter().cloned());
    }
    let next = keep.then_some(ParseCache {
        found,
        index,
        found_problems: problems,
        docs,
        config_fingerprint,
    });
    (loaded, left_out, diags, next)
}

/// The documents to publish (drafts too with `drafts`), and the drafts
/// left out.
fn without_drafts(
    docs: &[Option<Arc<Document>>],
    drafts: bool,
) -> (Vec<Arc<Document>>, Vec<super::DraftRef>) {
    let (shown, left_out): (Vec<&Arc<Document>>, Vec<&Arc<Document>>) =
        docs.iter().flatten().partition(|d| drafts || !d.draft);
    let left_out = left_out
        .into_iter()
        .map(|d| super::DraftRef {
            section: d.section,
            key: d.key.clone(),
            lang: d.lang,
            source: d.source.clone(),
            failed: false,
        })
        .collect();
    (shown.into_iter().cloned().collect(), left_out)
}

/// The files that could not be made into documents: their language
/// versions are there (with errors to fix), not missing. The key is the
/// `translation_key:` written in the file, else its name.
fn failed(root: &Path, found: &[Found], docs: &[Option<Arc<Document>>]) -> Vec<super::DraftRef> {
    let written_key = |path: &Path| {
        let bytes = crate::fsio::read_walked_file(root, path).ok()?;
        let text = String::from_utf8_lossy(&bytes);
        let line = text
            .lines()
            .find_map(|l| l.strip_prefix("translation_key:"))?;
        let key = line.trim().trim_matches(['"', '\'']).trim();
        (!key.is_empty()).then(|| key.to_string())
    };
    found
        .iter()
        .zip(docs)
        .filter(|(_, doc)| doc.is_none())
        .map(|((path, section, name, lang), _)| super::DraftRef {
            section: *section,
            key: written_key(path).unwrap_or_else(|| name.clone()),
            lang: *lang,
            source: path.clone(),
            failed: true,
        })
        .collect()
}

/// The files found, their positions by path, and the walk's problems.
type Walk = (
    Arc<Vec<Found>>,
    Arc<FxHashMap<PathBuf, usize>>,
    Vec<Diagnostic>,
);

/// Every content file, with (for a cache that is kept) its position by path.
fn walk(root: &Path, config: &SiteConfig, keep: bool) -> Walk {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for section in Section::ALL {
        let (found, p) = discover(root, section, config);
        files.extend(found);
        problems.extend(p);
    }
    // Only a cache that is kept needs to find files by path.
    let index: FxHashMap<PathBuf, usize> = match keep {
        true => files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.0.clone(), i))
            .collect(),
        false => FxHashMap::default(),
    };
    (Arc::new(files), Arc::new(index), problems)
}

/// With the watcher's list (and the same walk), only the named files and
/// any that failed last time; else every file (read and compared by
/// fingerprint).
fn files_to_read(
    changed: Option<&HashSet<PathBuf>>,
    index: &FxHashMap<PathBuf, usize>,
    previous: &[Option<&Arc<Document>>],
) -> Vec<usize> {
    let Some(changed) = changed else {
        return (0..previous.len()).collect();
    };
    let mut to_read: Vec<usize> = changed
        .iter()
        .filter_map(|p| index.get(p).copied())
        .collect();
    to_read.extend(
        previous
            .iter()
            .enumerate()
            .filter(|(_, d)| d.is_none())
            .map(|(i, _)| i),
    );
    to_read.sort_unstable();
    to_read.dedup();
    to_read
}

/// Reads the files `to_read` in parallel; a file whose bytes (and name,
/// language, configuration) are unchanged keeps its previous document.
fn read_and_parse(
    root: &Path,
    config: &SiteConfig,
    config_fingerprint: u128,
    found: &[Found],
    previous: &[Option<&Arc<Document>>],
    to_read: &[usize],
) -> Vec<(usize, Parsed)> {
    to_read
        .par_iter()
        .map(|&i| {
            let (path, section, name, lang) = &found[i];
            let result = (|| {
                let bytes = crate::fsio::read_walked_file(root, path)
                    .map_err(|e| vec![Diagnostic::error(path, e.to_string())])?;
                let key = Fingerprint::new()
                    .bytes(&bytes)
                    .bytes(name.as_bytes())
                    .value(&(*lang, *section as u8, config_fingerprint))
                    .finish();
                if let Some(doc) = previous[i]
                    && doc.fingerprint == key
                {
                    return Ok(doc.clone());
                }
                let mut doc = parse_source(&bytes, path, *section, name, *lang, config)?;
                doc.fingerprint = key;
                Ok(Arc::new(doc))
            })();
            (i, result)
        })
        .collect()
}

type Found = (PathBuf, Section, String, usize);

/// A file's document, or its problems.
type Parsed = Result<Arc<Document>, Vec<Diagnostic>>;

/// The `.md` files of one section, sorted, with their name and language.
fn discover(root: &Path, section: Section, config: &SiteConfig) -> (Vec<Found>, Vec<Diagnostic>) {
    let dir = root.join(section.folder());
    let mut found = Vec::new();
    let mut problems = Vec::new();
    if !dir.is_dir() {
        return (found, problems);
    }
    if !crate::fsio::walkable_dir_inside(root, &dir) {
        problems.push(Diagnostic::warning(
            rel(root, &dir),
            msg("folder-links-out"),
        ));
        return (found, problems);
    }
    let walk = WalkDir::new(&dir).follow_links(false).sort_by_file_name();
    for entry in walk.into_iter().filter_entry(|e| !is_hidden(e.file_name())) {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| p.to_path_buf())
                    .unwrap_or_else(|| dir.clone());
                problems.push(Diagnostic::error(
                    rel(root, &path),
                    msg("cannot-read").arg("detail", err),
                ));
                continue;
            }
        };
        let path = entry.path();
        let file_name = entry.file_name().to_string_lossy();
        if entry.file_type().is_dir() || !file_name.ends_with(".md") {
            continue;
        }
        let rel_path = rel(root, path);
        if entry.path_is_symlink() {
            problems.push(Diagnostic::warning(&rel_path, msg("content-symlink")));
            continue;
        }
        let stem = &file_name[..file_name.len() - 3];
        match name_and_language(stem, config) {
            Ok((name, lang)) => {
                // Pages in folders: the folder is part of the name (and so
                // of the address and the default translation key).
                let folder = path
                    .parent()
                    .and_then(|p| p.strip_prefix(&dir).ok())
                    .filter(|f| section == Section::Page && !f.as_os_str().is_empty())
                    .map(|f| f.to_string_lossy().replace('\\', "/"));
                let name = match folder {
                    Some(folder) => format!("{folder}/{name}"),
                    None => name.to_string(),
                };
                found.push((rel_path, section, name, lang))
            }
            Err(message) => problems.push(Diagnostic::error(&rel_path, message)),
        }
    }
    (found, problems)
}

/// `name.CODE` → the name and the position of the language `CODE`.
fn name_and_language<'a>(
    stem: &'a str,
    config: &SiteConfig,
) -> Result<(&'a str, usize), crate::messages::Message> {
    let codes = || {
        config
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match stem.rsplit_once('.') {
        Some((name, code)) if !name.is_empty() => {
            match config.languages.iter().position(|l| l.code == code) {
                Some(lang) => Ok((name, lang)),
                None => Err(msg("file-unknown-language")
                    .arg("code", code)
                    .arg("codes", codes())),
            }
        }
        _ => Err(msg("file-no-language")
            .arg("stem", stem)
            .arg("codes", codes())),
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.ends_with('~') || name.starts_with('#')
}

fn rel(root: &Path, path: &Path) -> PathBuf {
    crate::diagnostic::relative_to(path, root)
}
