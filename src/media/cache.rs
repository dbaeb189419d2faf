//! Processed photos kept between builds in `.tilts-cache/images/KEY/` at
//! the site root (the key covers the photo's bytes and the settings): a
//! folder is written whole under a temporary name and renamed, so a
//! cache entry is complete or absent. A site folder that cannot be
//! written to simply has no cache.

use std::path::{Path, PathBuf};

use super::{Made, Processed, named, process};

pub const CACHE_DIR: &str = ".tilts-cache/images";

pub struct DiskCache {
    dir: PathBuf,
}

impl DiskCache {
    pub fn at(root: &Path) -> Self {
        Self {
            dir: root.join(CACHE_DIR),
        }
    }

    fn entry(&self, key: u128) -> PathBuf {
        self.dir.join(format!("{key:032x}"))
    }

    /// The photo made from `key`, named for `path`, if it is here whole.
    pub fn read(&self, key: u128, path: &str) -> Option<Processed> {
        let dir = self.entry(key);
        let made: Made =
            serde_json::from_slice(&std::fs::read(dir.join("made.json")).ok()?).ok()?;
        let mut files = vec![(String::new(), std::fs::read(dir.join("original")).ok()?)];
        for &w in &made.widths {
            for ext in ["webp", made.fallback.as_str()] {
                let suffix = format!(".w{w}.{ext}");
                files.push((suffix.clone(), std::fs::read(dir.join(&suffix[1..])).ok()?));
            }
        }
        if made.og.is_some() {
            files.push((".og.jpg".into(), std::fs::read(dir.join("og.jpg")).ok()?));
        }
        Some(named(path, made, files))
    }

    /// Keeps what was made from `key`; failures are ignored (no cache).
    pub fn write(&self, key: u128, made: &Made, files: &process::Files) {
        let dir = self.entry(key);
        if dir.exists() {
            return;
        }
        let temp = self.dir.join(format!(".{key:032x}.{}", std::process::id()));
        let written = (|| -> std::io::Result<()> {
            std::fs::create_dir_all(&temp)?;
            std::fs::write(temp.join("made.json"), serde_json::to_vec(made)?)?;
            for (suffix, bytes) in files {
                let name = if suffix.is_empty() {
                    "original"
                } else {
                    &suffix[1..]
                };
                std::fs::write(temp.join(name), bytes)?;
            }
            std::fs::rename(&temp, &dir)
        })();
        if written.is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
    }
}
