//! `tilts check --mark-translated FILE`: each file marked, and what was
//! done said, before the check runs.

use std::path::{Path, PathBuf};

use crate::mark_translated::{Outcome, mark};
use crate::messages::{msg, text};

/// Marks each of `files`; whether every one could be marked. Nothing is
/// marked when the configuration cannot be read (the check says why).
pub(super) fn mark_all(root: &Path, files: &[PathBuf]) -> anyhow::Result<bool> {
    if files.is_empty() {
        return Ok(true);
    }
    let Ok(config) = crate::config::load(root) else {
        return Ok(false);
    };
    let mut all = true;
    for file in files {
        match mark(root, &config, file)? {
            Outcome::Marked(file, source, version) => {
                let said = msg("step-marked")
                    .arg("file", file.display())
                    .arg("source", source.display())
                    .arg("version", version);
                println!("{}", text(&said));
            }
            Outcome::Already(file, source) => {
                let said = msg("step-already-marked")
                    .arg("file", file.display())
                    .arg("source", source.display());
                println!("{}", text(&said));
            }
            Outcome::Refused(why) => {
                eprintln!("{}: {}", text(&msg("label-error")), text(&why));
                all = false;
            }
        }
    }
    Ok(all)
}
