//! `check --fix-typography`: the safe typography fixes written into the
//! files, each file replaced in one step after its original is kept as
//! `FILE.bak` (or `FILE.bak2`, … when that exists: no backup is ever
//! overwritten). Nothing but the fixed places changes: line ends and a
//! byte-order mark stay as they were.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::typography::{Edit, apply};
use crate::fingerprint::Fingerprint;

/// The fixes for one file, and the fingerprint of the text they were
/// found in (a file changed since is left alone).
#[derive(Debug)]
pub struct FileFixes {
    pub source: PathBuf,
    pub text_fingerprint: u128,
    pub edits: Vec<Edit>,
}

pub(super) fn text_fingerprint(text: &str) -> u128 {
    Fingerprint::new().bytes(text.as_bytes()).finish()
}

/// What `fix` did: files changed with their backups, and files left
/// alone because they changed after they were read.
#[derive(Debug, Default)]
pub struct Fixed {
    pub files: Vec<(PathBuf, PathBuf, usize)>,
    pub changed_meanwhile: Vec<PathBuf>,
}

/// Applies `fixes` under `root`.
pub fn fix(root: &Path, fixes: &[FileFixes]) -> Result<Fixed> {
    let mut done = Fixed::default();
    for file in fixes {
        let path = root.join(&file.source);
        let original = crate::fsio::read_site_file(root, &file.source)
            .with_context(|| crate::fsio::about("file-cannot-read", &file.source))?;
        let Ok(raw) = std::str::from_utf8(&original) else {
            done.changed_meanwhile.push(file.source.clone());
            continue;
        };
        let bom = raw.starts_with('\u{feff}');
        let crlf = raw.contains("\r\n");
        let text = raw.trim_start_matches('\u{feff}').replace("\r\n", "\n");
        if text_fingerprint(&text) != file.text_fingerprint {
            done.changed_meanwhile.push(file.source.clone());
            continue;
        }
        let mut fixed = apply(&text, &file.edits);
        if crlf {
            fixed = fixed.replace('\n', "\r\n");
        }
        if bom {
            fixed.insert(0, '\u{feff}');
        }
        let backup = free_backup_name(&path);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&backup)
            .and_then(|mut f| std::io::Write::write_all(&mut f, &original))
            .with_context(|| crate::fsio::about("proof-cannot-keep-original", &backup))?;
        crate::fsio::write_atomic(&path, fixed.as_bytes())?;
        let backup = backup.strip_prefix(root).unwrap_or(&backup).to_path_buf();
        done.files
            .push((file.source.clone(), backup, file.edits.len()));
    }
    Ok(done)
}

/// `FILE.bak`, or the first of `FILE.bak2`, `FILE.bak3`, … that is free.
fn free_backup_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy());
    (1..)
        .map(|n| match n {
            1 => path.with_file_name(format!("{name}.bak")),
            n => path.with_file_name(format!("{name}.bak{n}")),
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .expect("some name is free")
}
