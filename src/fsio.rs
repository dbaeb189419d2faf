//! File-system calls that put the path into every error.

use crate::messages::{msg, text};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    std::fs::write(path, bytes).with_context(|| about("file-cannot-write", path))
}

/// Replaces `path` with `bytes` in one step (a temporary file beside it,
/// then a rename): a file a person wrote is never left half-written. The
/// temporary file has a random name and is created only if no file or
/// link has that name (`O_EXCL`), so nothing planted beside `path` is
/// written through; the file keeps the permissions it had.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    create_dir_all(parent)?;
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy());
    let context = || about("file-cannot-write", path);
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tilts-tmp");
    // A new file gets the usual permissions (the umask applies), not the
    // temporary file's owner-only ones.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp = builder.tempfile_in(parent).with_context(context)?;
    temp.write_all(bytes).with_context(context)?;
    if let Ok(meta) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(meta.permissions())
            .with_context(context)?;
    }
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| about("file-cannot-replace", path))?;
    Ok(())
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).with_context(|| about("folder-cannot-create", path))
}

pub fn rename(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to).with_context(|| {
        let message = msg("file-cannot-move")
            .arg("file", from.display())
            .arg("to", to.display());
        text(&message)
    })
}

pub fn remove_file(path: &Path) -> Result<()> {
    std::fs::remove_file(path).with_context(|| about("file-cannot-remove", path))
}

pub fn remove_dir_all(path: &Path) -> Result<()> {
    std::fs::remove_dir_all(path).with_context(|| about("file-cannot-remove", path))
}

/// "cannot write FILE", in the language of the messages.
pub(crate) fn about(id: &'static str, path: &Path) -> String {
    text(&msg(id).arg("file", path.display()))
}

/// The site folder as an absolute path without links, so that the
/// watcher's paths, the output checks and the messages all speak of the
/// same folder however it was named (`.`, `../site`, a link). A folder that
/// does not exist is an error, and nothing is created.
pub fn site_root(root: &Path) -> Result<PathBuf> {
    let real = std::fs::canonicalize(root).map_err(|e| {
        let message = msg("site-folder-unopened")
            .arg("dir", root.display())
            .arg("detail", e);
        anyhow::anyhow!("{}", text(&message))
    })?;
    if !real.is_dir() {
        let message = msg("site-folder-is-file").arg("dir", root.display());
        anyhow::bail!("{}", text(&message));
    }
    Ok(real)
}

/// The largest source file tilts reads (Markdown, YAML, Fluent, templates).
pub const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;

/// The largest file tilts copies from `static/` (photos, documents, video).
pub const MAX_STATIC_BYTES: u64 = 1024 * 1024 * 1024;

/// Why a file of the site could not be read (said in the language of
/// the messages).
#[derive(Debug, thiserror::Error)]
pub enum SiteFileError {
    #[error("{}", text(&msg("site-file-io").arg("detail", .0)))]
    Io(#[from] std::io::Error),
    #[error("{}", text(&msg("site-file-outside")))]
    OutsideSite,
    /// What it is instead: the id of its kind's message ([`kind_of`]).
    #[error("{}", text(&msg("site-file-not-a-file").message("kind", msg(.0))))]
    NotAFile(&'static str),
    #[error("{}", text(&msg("site-file-too-large").arg("size", size_text(.size, .limit)).arg("limit", mb(*.limit))))]
    TooLarge { size: u64, limit: u64 },
}

impl SiteFileError {
    /// What went wrong, without "cannot read the file" when a message
    /// says that itself.
    pub fn detail(&self) -> String {
        match self {
            SiteFileError::Io(e) => e.to_string(),
            other => other.to_string(),
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{} MB", bytes / (1024 * 1024))
}

/// A size as people read it; a file that reports no size (a pipe, a
/// file of the kernel's) is "more than" the limit it went past.
fn size_text(size: &u64, limit: &u64) -> String {
    if size > limit {
        format!("{:.1} MB", *size as f64 / (1024.0 * 1024.0))
    } else {
        text(&msg("size-more-than").arg("size", mb(*limit)))
    }
}

/// Reads `root/rel`, refusing links that lead outside `root`, anything but
/// an ordinary file, and files over [`MAX_SOURCE_BYTES`].
pub fn read_site_file(root: &Path, rel: &Path) -> std::result::Result<Vec<u8>, SiteFileError> {
    let path = root.join(rel);
    let real = std::fs::canonicalize(&path)?;
    let real_root = std::fs::canonicalize(root)?;
    if !real.starts_with(&real_root) {
        return Err(SiteFileError::OutsideSite);
    }
    read_regular(&real, false, MAX_SOURCE_BYTES)
}

/// Reads `root/rel` for a file found by a walk that does not follow links
/// (so every folder on the way is a real folder inside the site): one
/// `open` that refuses a link in the last place, instead of resolving the
/// whole path twice as [`read_site_file`] does. Content folders hold
/// thousands of files; this is their read path.
pub fn read_walked_file(root: &Path, rel: &Path) -> std::result::Result<Vec<u8>, SiteFileError> {
    read_regular(&root.join(rel), true, MAX_SOURCE_BYTES)
}

/// Reads a file found by a walk that does not follow links, of up to `limit` bytes.
pub fn read_walked_file_up_to(
    path: &Path,
    limit: u64,
) -> std::result::Result<Vec<u8>, SiteFileError> {
    read_regular(path, true, limit)
}

/// Reads an ordinary file (links followed) of up to `limit` bytes.
pub fn read_file_up_to(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, SiteFileError> {
    read_regular(path, false, limit)
}

/// Opens `path` without waiting on it (a FIFO would block a plain open
/// until someone writes), refuses anything but an ordinary file, and reads
/// at most `limit` bytes, whatever size the file reports.
fn read_regular(
    path: &Path,
    no_follow: bool,
    limit: u64,
) -> std::result::Result<Vec<u8>, SiteFileError> {
    use std::io::Read;
    let (file, reported) = open_regular(path, no_follow, limit)?;
    let mut bytes = Vec::with_capacity(reported as usize);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(SiteFileError::TooLarge {
            size: reported.max(bytes.len() as u64),
            limit,
        });
    }
    Ok(bytes)
}

/// Copies a file found by a walk that does not follow links (of up to
/// `limit` bytes) to `dest`, creating its folder; the kernel moves the
/// bytes (`copy_file_range`, a reflink where the file system has them).
pub fn copy_walked_file(
    path: &Path,
    dest: &Path,
    limit: u64,
) -> std::result::Result<u64, SiteFileError> {
    use std::io::Read;
    let (file, _) = open_regular(path, true, limit)?;
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut out = std::fs::File::create(dest)?;
    let copied = std::io::copy(&mut file.take(limit.saturating_add(1)), &mut out)?;
    if copied > limit {
        return Err(SiteFileError::TooLarge {
            size: copied,
            limit,
        });
    }
    Ok(copied)
}

/// Opens an ordinary file for reading (see [`read_regular`]); returns it
/// with the size it reports.
fn open_regular(
    path: &Path,
    no_follow: bool,
    limit: u64,
) -> std::result::Result<(std::fs::File, u64), SiteFileError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let follow = if no_follow { libc::O_NOFOLLOW } else { 0 };
        options.custom_flags(libc::O_NONBLOCK | follow);
    }
    // Without O_NOFOLLOW: a look first (a link swapped in after it is
    // followed, which the Unix path above refuses).
    #[cfg(not(unix))]
    if no_follow && std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) {
        return Err(SiteFileError::OutsideSite);
    }
    let file = match options.open(path) {
        Ok(f) => f,
        // The file was replaced by a link after the walk saw it.
        #[cfg(unix)]
        Err(e) if no_follow && e.raw_os_error() == Some(libc::ELOOP) => {
            return Err(SiteFileError::OutsideSite);
        }
        // A socket cannot be opened at all: say what it is.
        Err(e) => {
            return Err(match std::fs::symlink_metadata(path) {
                Ok(m) if !m.is_file() && !m.is_symlink() => {
                    SiteFileError::NotAFile(kind_of(&m.file_type()))
                }
                _ => e.into(),
            });
        }
    };
    let meta = file.metadata()?;
    check_regular(&meta, limit)?;
    Ok((file, meta.len()))
}

/// Refuses anything but an ordinary file of up to `limit` bytes.
pub fn check_regular(
    meta: &std::fs::Metadata,
    limit: u64,
) -> std::result::Result<(), SiteFileError> {
    if !meta.is_file() {
        return Err(SiteFileError::NotAFile(kind_of(&meta.file_type())));
    }
    if meta.len() > limit {
        return Err(SiteFileError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    Ok(())
}

pub use crate::editor_noise::is_editor_noise;

/// What a thing that is not an ordinary file is: the id of its message.
pub fn kind_of(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "kind-fifo";
        }
        if t.is_socket() {
            return "kind-socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "kind-device";
        }
    }
    if t.is_dir() {
        "kind-folder"
    } else if t.is_symlink() {
        "kind-link"
    } else {
        "kind-special"
    }
}

/// Whether `dir` is a folder of the site that may be walked: it exists and
/// no link anywhere on its path leads outside `root` (`themes/` may be the
/// link, not only `themes/NAME/`).
pub fn walkable_dir_inside(root: &Path, dir: &Path) -> bool {
    if !dir.is_dir() {
        return false;
    }
    match (std::fs::canonicalize(dir), std::fs::canonicalize(root)) {
        (Ok(real), Ok(real_root)) => real.starts_with(real_root),
        _ => false,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// The name the temporary file once had (`.NAME.tilts-tmp`) could be
    /// taken by a link beforehand, and the write went through it.
    #[test]
    fn a_link_planted_beside_the_file_is_not_written_through() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("elsewhere.txt");
        std::fs::write(&target, "untouched").unwrap();
        let file = tmp.path().join("words.yaml");
        std::fs::write(&file, "old").unwrap();
        std::os::unix::fs::symlink(&target, tmp.path().join(".words.yaml.tilts-tmp")).unwrap();
        write_atomic(&file, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "untouched");
        assert!(
            std::fs::symlink_metadata(tmp.path().join(".words.yaml.tilts-tmp"))
                .unwrap()
                .file_type()
                .is_symlink(),
            "left as it was"
        );
        // Nothing else is left behind.
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 3);
    }

    #[test]
    fn the_file_keeps_its_permissions_and_a_new_one_gets_the_usual() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("news.lv.md");
        std::fs::write(&file, "old").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&file, b"new").unwrap();
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        let new = tmp.path().join("new.md");
        write_atomic(&new, b"x").unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode();
        assert_ne!(mode & 0o044, 0, "readable by others as files usually are");
    }
}
