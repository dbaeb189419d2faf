//! One static file: built into tilts, or a file of the site known by where
//! it is and its stamp. The bytes are read only when something needs them:
//! a photo found unchanged by its stamp is never read, and a file copied
//! into the output is copied by the kernel.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::fsio::{MAX_STATIC_BYTES, SiteFileError};

/// What tells a file changed without reading it, as git's index does:
/// size, modification and status-change times, inode and device. Writing
/// the file changes the status-change time, which no tool can set back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    pub len: u64,
    pub modified_ns: i128,
    pub changed_ns: i128,
    pub inode: u64,
    pub device: u64,
}

impl Stamp {
    pub fn of(meta: &std::fs::Metadata) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
            Self {
                len: meta.len(),
                modified_ns: ns(meta.mtime(), meta.mtime_nsec()),
                changed_ns: ns(meta.ctime(), meta.ctime_nsec()),
                inode: meta.ino(),
                device: meta.dev(),
            }
        }
        #[cfg(not(unix))]
        {
            let modified_ns = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Self {
                len: meta.len(),
                modified_ns,
                changed_ns: 0,
                inode: 0,
                device: 0,
            }
        }
    }
}

/// A static file, by output path in [`super::Theme::static_files`].
#[derive(Debug, Clone)]
pub enum StaticFile {
    /// Built into tilts (the default theme's).
    Builtin(&'static [u8]),
    /// A file of the site or its theme, as the walk found it.
    Disk { path: PathBuf, stamp: Stamp },
}

impl StaticFile {
    /// Its size in bytes (as found).
    pub fn len(&self) -> u64 {
        match self {
            Self::Builtin(bytes) => bytes.len() as u64,
            Self::Disk { stamp, .. } => stamp.len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Its bytes: read now (refusing a file that became a link, a pipe or
    /// too large since the walk).
    pub fn read(&self) -> Result<Cow<'static, [u8]>, SiteFileError> {
        match self {
            Self::Builtin(bytes) => Ok(Cow::Borrowed(bytes)),
            Self::Disk { path, .. } => {
                crate::fsio::read_walked_file_up_to(path, MAX_STATIC_BYTES).map(Cow::Owned)
            }
        }
    }

    /// Where it is on disk, and its stamp, if it is a file of the site.
    pub fn disk(&self) -> Option<(&Path, Stamp)> {
        match self {
            Self::Builtin(_) => None,
            Self::Disk { path, stamp } => Some((path, *stamp)),
        }
    }
}
