//! File-system calls that put the path into every error.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

pub fn create_dir_all(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path)
        .with_context(|| format!("cannot create folder {}", path.display()))
}

pub fn rename(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to)
        .with_context(|| format!("cannot move {} to {}", from.display(), to.display()))
}

pub fn remove_file(path: &Path) -> Result<()> {
    std::fs::remove_file(path).with_context(|| format!("cannot remove {}", path.display()))
}

pub fn remove_dir_all(path: &Path) -> Result<()> {
    std::fs::remove_dir_all(path).with_context(|| format!("cannot remove {}", path.display()))
}

/// The site folder as an absolute path without links, so that the
/// watcher's paths, the output checks and the messages all speak of the
/// same folder however it was named (`.`, `../site`, a link). A folder that
/// does not exist is an error, and nothing is created.
pub fn site_root(root: &Path) -> Result<PathBuf> {
    let real = std::fs::canonicalize(root).map_err(|e| {
        anyhow::anyhow!(
            "the site folder {} cannot be opened: {e}; give the folder with content/site.yaml in --root, or run tilts inside it",
            root.display()
        )
    })?;
    if !real.is_dir() {
        anyhow::bail!(
            "the site folder {} is a file, not a folder; give the folder with content/site.yaml in --root",
            root.display()
        );
    }
    Ok(real)
}

/// The largest source file tilts reads (Markdown, YAML, Fluent).
pub const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a file of the site could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SiteFileError {
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the file is a link to a place outside the site folder, which tilts does not follow")]
    OutsideSite,
    #[error("the file is too large ({} MB); tilts reads source files of up to {} MB", .0 / 1_000_000, MAX_SOURCE_BYTES / 1_000_000)]
    TooLarge(u64),
}

/// Reads `root/rel`, refusing links that lead outside `root` and files over
/// [`MAX_SOURCE_BYTES`].
pub fn read_site_file(root: &Path, rel: &Path) -> std::result::Result<Vec<u8>, SiteFileError> {
    let path = root.join(rel);
    let real = std::fs::canonicalize(&path)?;
    let real_root = std::fs::canonicalize(root)?;
    if !real.starts_with(&real_root) {
        return Err(SiteFileError::OutsideSite);
    }
    let len = std::fs::metadata(&real)?.len();
    if len > MAX_SOURCE_BYTES {
        return Err(SiteFileError::TooLarge(len));
    }
    Ok(std::fs::read(&real)?)
}

/// Reads `root/rel` for a file found by a walk that does not follow links
/// (so every folder on the way is a real folder inside the site): one
/// `open` that refuses a link in the last place, instead of resolving the
/// whole path twice as [`read_site_file`] does. Content folders hold
/// thousands of files; this is their read path.
pub fn read_walked_file(root: &Path, rel: &Path) -> std::result::Result<Vec<u8>, SiteFileError> {
    #[cfg(unix)]
    {
        use std::io::Read;
        use std::os::unix::fs::OpenOptionsExt;
        let mut file = match std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(root.join(rel))
        {
            Ok(f) => f,
            // The file was replaced by a link after the walk saw it.
            Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
                return Err(SiteFileError::OutsideSite);
            }
            Err(e) => return Err(e.into()),
        };
        let len = file.metadata()?.len();
        if len > MAX_SOURCE_BYTES {
            return Err(SiteFileError::TooLarge(len));
        }
        let mut bytes = Vec::with_capacity(len as usize);
        file.read_to_end(&mut bytes)?;
        Ok(bytes)
    }
    #[cfg(not(unix))]
    {
        read_site_file(root, rel)
    }
}

/// Whether `dir` is a folder of the site that may be walked: it exists and,
/// if it is a link, the link stays inside `root`.
pub fn walkable_dir_inside(root: &Path, dir: &Path) -> bool {
    if !dir.is_dir() {
        return false;
    }
    let is_link = std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return true;
    }
    match (std::fs::canonicalize(dir), std::fs::canonicalize(root)) {
        (Ok(real), Ok(real_root)) => real.starts_with(real_root),
        _ => false,
    }
}
