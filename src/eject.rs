//! `tilts theme eject`: the built-in theme written into the site's
//! `themes/default/`, where every file overrides the built-in one, ready to
//! be edited. A file that is already there is never replaced.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::messages::{msg, text};

/// Writes the built-in theme's files that `root/themes/default/` does not
/// have yet; returns the ones written and the ones left as they were.
pub fn eject_theme(root: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let dir = Path::new("themes/default");
    let (mut written, mut kept) = (Vec::new(), Vec::new());
    for (name, bytes) in crate::theme::builtin_files() {
        let rel = dir.join(&name);
        let path = root.join(&rel);
        if let Some(parent) = path.parent() {
            crate::fsio::create_dir_all(parent)?;
        }
        // create_new: an edited file is never replaced, not even one that
        // appeared a moment ago.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(bytes)
                    .with_context(|| text(&msg("file-cannot-write").arg("file", path.display())))?;
                written.push(rel);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => kept.push(rel),
            Err(e) => {
                let message = msg("file-cannot-create").arg("file", path.display());
                return Err(e).with_context(|| text(&message));
            }
        }
    }
    Ok((written, kept))
}
