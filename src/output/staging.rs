//! Writing the output folder atomically: a staging folder beside it, a lock
//! so that builds of the same output take turns, and one exchange at the end.

use crate::messages::{msg, text};
use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use bytes::Bytes;

use super::{MARKER, PageSink, STAGING_MARKER, check_relative};
use crate::fsio;

/// How a file is written; replaceable for tests.
pub type WriteFn = Box<dyn Fn(&Path, &[u8]) -> Result<()> + Send + Sync>;

/// Writes files into a staging folder beside the output as they are
/// rendered (so a large site is never held in memory), and swaps the folder
/// in with [`StagingSink::finish`]. Dropped without `finish`, it removes the
/// staging folder and the output stays as it was.
pub struct StagingSink {
    staging: tempfile::TempDir,
    dir: PathBuf,
    parent: PathBuf,
    name: String,
    written: std::sync::Mutex<std::collections::HashSet<String>>,
    /// Folders made for copied and linked files (hundreds of photos share
    /// one): each is made once.
    folders: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    write: WriteFn,
    /// The first write that failed (a full disk, a folder without
    /// permission): every later file fails at once with the same words.
    failure: std::sync::Mutex<Option<String>>,
    /// Held until the new output is in place: another build of the same
    /// output waits for it, whatever process or container it runs in.
    _lock: OutputLock,
}

impl StagingSink {
    /// Prepares to replace `dir` (absolute, links resolved: see
    /// [`super::resolve_output`]); refuses a non-empty folder tilts did not
    /// make unless `force`.
    pub fn new(dir: &Path, force: bool) -> Result<Self> {
        if dir.exists() && !dir.is_dir() {
            bail!(
                "{}",
                text(&msg("output-is-file").arg("output", dir.display()))
            );
        }
        if dir.is_dir() && !force && !dir.join(MARKER).exists() && !is_empty_dir(dir)? {
            bail!(
                "{}",
                text(&msg("output-not-ours").arg("output", dir.display()))
            );
        }
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fsio::create_dir_all(&parent)?;
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let lock = OutputLock::take(&parent, &name)?;
        // With the lock held no other build of this output is running, so
        // every marked staging folder is a leftover of one that was killed.
        remove_leftovers(&parent, &name);
        let staging = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(&parent)
            .with_context(|| text(&msg("output-no-staging").arg("folder", parent.display())))?;
        fsio::write(&staging.path().join(STAGING_MARKER), b"")?;
        Ok(Self {
            staging,
            dir: dir.to_path_buf(),
            parent,
            name,
            written: Default::default(),
            folders: Default::default(),
            write: Box::new(fsio::write),
            failure: Default::default(),
            _lock: lock,
        })
    }

    /// Replaces the function that writes each file (tests make it fail).
    pub fn with_writer(mut self, write: WriteFn) -> Self {
        self.write = write;
        self
    }

    /// Why writing failed, if it did: one message for the whole build,
    /// however many files could not be written.
    pub fn failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The staging folder the files go to until [`StagingSink::finish`].
    pub fn staging_path(&self) -> &Path {
        self.staging.path()
    }

    /// Writes the marker and puts the staged folder in place of the output.
    /// `manifest`: the addresses of this build, kept in the marker for the
    /// next build to compare with ([`super::Addresses`]).
    pub fn finish(self, manifest: &str) -> Result<()> {
        let marker = format!("{}\n{manifest}", text(&msg("output-marker")));
        (self.write)(&self.staging.path().join(MARKER), marker.as_bytes())?;
        fsio::remove_file(&self.staging.path().join(STAGING_MARKER))?;
        let staged = self.staging.keep();
        swap_in(&staged, &self.dir, &self.parent, &self.name).inspect_err(|_| {
            let _ = std::fs::remove_dir_all(&staged);
        })
    }
}

impl StagingSink {
    /// Claims `path` for one file; the first failure fails every file.
    fn claim(&self, path: &str) -> Result<PathBuf, String> {
        check_relative(path)?;
        if !self
            .written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string())
        {
            return Err(text(&msg("output-two-files").arg("path", path)));
        }
        if let Some(first) = self.failure() {
            return Err(first);
        }
        Ok(self.staging.path().join(path))
    }

    /// Keeps the first infrastructure failure, for every later file.
    fn failed(&self, message: String) -> String {
        let mut failure = self.failure.lock().unwrap_or_else(|e| e.into_inner());
        failure.get_or_insert(message).clone()
    }
}

impl PageSink for StagingSink {
    fn put(&self, path: &str, bytes: Bytes) -> Result<(), String> {
        let dest = self.claim(path)?;
        (self.write)(&dest, &bytes).map_err(|e| self.failed(format!("{e:#}")))
    }

    fn put_file(&self, path: &str, source: &Path, how: super::Transfer) -> Result<(), String> {
        let dest = self.claim(path)?;
        if let Some(parent) = dest.parent() {
            let mut folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
            if !folders.contains(parent) {
                fsio::create_dir_all(parent).map_err(|e| self.failed(format!("{e:#}")))?;
                folders.insert(parent.to_path_buf());
            }
        }
        // A hard link costs one call, whatever the size; across file
        // systems (the output elsewhere) the file is copied.
        if how == super::Transfer::Link && std::fs::hard_link(source, &dest).is_ok() {
            // A link swapped in for the cached file after it was checked
            // would be linked as a link: only an ordinary file stays.
            if std::fs::symlink_metadata(&dest).is_ok_and(|m| m.is_file()) {
                return Ok(());
            }
            let _ = std::fs::remove_file(&dest);
        }
        match fsio::copy_walked_file(source, &dest, fsio::MAX_STATIC_BYTES) {
            Ok(_) => Ok(()),
            // The source is at fault (it became a pipe, a link, too large):
            // a located problem, not a broken output folder.
            Err(
                e @ (fsio::SiteFileError::OutsideSite
                | fsio::SiteFileError::NotAFile(_)
                | fsio::SiteFileError::TooLarge { .. }),
            ) => {
                let _ = std::fs::remove_file(&dest);
                Err(e.to_string())
            }
            Err(fsio::SiteFileError::Io(e)) => {
                let message = msg("output-cannot-copy")
                    .arg("file", source.display())
                    .arg("to", dest.display())
                    .arg("detail", e);
                Err(self.failed(text(&message)))
            }
        }
    }

    fn written(&self, path: &str) -> Option<Bytes> {
        if !self.has_written(path) {
            return None;
        }
        std::fs::read(self.staging.path().join(path))
            .ok()
            .map(Bytes::from)
    }

    fn has_written(&self, path: &str) -> bool {
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(path)
    }
}

/// An exclusive `flock` on `.NAME.tilts-lock` beside the output, released
/// when dropped (or when the process dies, however it dies). Unlike a
/// process id, a lock on a file holds between processes that cannot see
/// each other's ids (another PID namespace, a container).
struct OutputLock(#[allow(dead_code)] File);

impl OutputLock {
    fn take(parent: &Path, name: &str) -> Result<Self> {
        let path = parent.join(format!(".{name}.tilts-lock"));
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        // A link planted by the lock's name is not followed (no file is
        // made where it points).
        // nor a pipe waited on (no one reads it).
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(
            &mut options,
            libc::O_NOFOLLOW | libc::O_NONBLOCK,
        );
        let ordinary = |f: std::fs::File| match f.metadata() {
            Ok(m) if m.is_file() => Ok(f),
            _ => Err(std::io::Error::other("not an ordinary file")),
        };
        let file = options
            .open(&path)
            .and_then(ordinary)
            .or_else(|e| {
                // A link, a pipe or anything but a file by the lock's name
                // is no lock anyone holds: it goes, and the lock is made in
                // its place.
                let planted = std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file());
                if !planted {
                    return Err(e);
                }
                std::fs::remove_file(&path)?;
                options.open(&path).and_then(ordinary)
            })
            .with_context(|| crate::fsio::about("output-lock-unopened", &path))?;
        #[cfg(unix)]
        {
            use rustix::fs::{FlockOperation, flock};
            if flock(&file, FlockOperation::NonBlockingLockExclusive).is_err() {
                let output = parent.join(name);
                let message = msg("output-waiting").arg("output", output.display());
                eprintln!("{}", text(&message));
                flock(&file, FlockOperation::LockExclusive)
                    .with_context(|| crate::fsio::about("output-cannot-lock", &path))?;
            }
        }
        Ok(Self(file))
    }
}

/// Puts `staged` where `dir` is. On Linux both folders are exchanged in one
/// atomic step (`renameat2` with `RENAME_EXCHANGE`): a reader of `dir` sees
/// the old site or the new one, never none. Elsewhere, two renames.
fn swap_in(staged: &Path, dir: &Path, parent: &Path, name: &str) -> Result<()> {
    if !dir.exists() {
        return fsio::rename(staged, dir);
    }
    // The previous output is on its way out: mark it, so that a build
    // killed before removing it leaves a folder the next one may remove.
    // Made anew, never written through a link planted by its name.
    let marker = dir.join(STAGING_MARKER);
    let _ = std::fs::remove_file(&marker);
    let _ = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&marker);
    #[cfg(target_os = "linux")]
    {
        let exchanged = rustix::fs::renameat_with(
            rustix::fs::CWD,
            staged,
            rustix::fs::CWD,
            dir,
            rustix::fs::RenameFlags::EXCHANGE,
        );
        if exchanged.is_ok() {
            // `staged` now holds the previous output.
            return fsio::remove_dir_all(staged);
        }
    }
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    if old.exists() {
        fsio::remove_dir_all(&old)?;
    }
    fsio::rename(dir, &old)?;
    if let Err(e) = fsio::rename(staged, dir) {
        // Put the previous output back before reporting.
        let _ = std::fs::rename(&old, dir);
        let _ = std::fs::remove_file(dir.join(STAGING_MARKER));
        return Err(e);
    }
    fsio::remove_dir_all(&old)
}

/// Staging and old folders left by builds that were killed. Called with the
/// output's lock held; only folders that carry tilts' staging marker are
/// removed, never a folder of the user's that happens to have a similar
/// name (`.public.old-2024`).
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefixes = [format!(".{name}.staging-"), format!(".{name}.old-")];
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if !prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
            continue;
        }
        let is_real_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let marker = entry.path().join(STAGING_MARKER);
        let marked = std::fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file());
        if is_real_dir && marked {
            let _ = std::fs::remove_dir_all(entry.path());
        } else if is_real_dir {
            // Killed between creating its staging folder and marking it;
            // an empty folder holds nothing to lose (a full one stays).
            let _ = std::fs::remove_dir(entry.path());
        }
    }
}

fn is_empty_dir(dir: &Path) -> Result<bool> {
    Ok(std::fs::read_dir(dir)
        .with_context(|| crate::fsio::about("file-cannot-read", dir))?
        .next()
        .is_none())
}
