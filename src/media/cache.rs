//! Processed photos kept between builds in `.tilts-cache/images/KEY/` at
//! the site root (the key covers the photo's bytes and the settings): a
//! folder is written whole under a temporary name and renamed, so a
//! cache entry is complete or absent. A site folder that cannot be
//! written to simply has no cache.
//!
//! `build` links the cached files into the output instead of copying
//! them (see [`super::Body`]); so that an output file edited in place
//! cannot change the cache, the cached files are read-only.

use std::path::{Path, PathBuf};

use super::{Body, Made, Processed, named, process};

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

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn entry(&self, key: u128) -> PathBuf {
        self.dir.join(format!("{key:032x}"))
    }

    /// The photo made from `key`, named for `path`, if it is here whole:
    /// its files read into memory (`in_memory`, for `serve`), or named by
    /// where they are in the cache.
    pub fn read(&self, key: u128, path: &str, in_memory: bool) -> Option<Processed> {
        let dir = self.entry(key);
        let made: Made =
            serde_json::from_slice(&std::fs::read(dir.join("made.json")).ok()?).ok()?;
        let mut suffixes = vec![String::new()];
        for &w in &made.widths {
            for ext in ["webp", made.fallback.as_str()] {
                suffixes.push(format!(".w{w}.{ext}"));
            }
        }
        if made.og.is_some() {
            suffixes.push(".og.jpg".into());
        }
        let file = |suffix: &str| dir.join(suffix.strip_prefix('.').unwrap_or("original"));
        let files = if in_memory {
            suffixes
                .into_iter()
                .map(|suffix| {
                    let bytes = std::fs::read(file(&suffix)).ok()?;
                    Some((suffix, Body::Bytes(bytes.into())))
                })
                .collect::<Option<Vec<_>>>()?
        } else {
            // One listing instead of a look at each file. Only ordinary
            // files count: a link planted in the cache is never linked
            // into the output (the photo is made again instead).
            let present: std::collections::HashSet<std::ffi::OsString> = std::fs::read_dir(&dir)
                .ok()?
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| e.file_name())
                .collect();
            suffixes
                .into_iter()
                .map(|suffix| {
                    let path = file(&suffix);
                    present
                        .contains(path.file_name()?)
                        .then(|| (suffix, Body::Cached(path)))
                })
                .collect::<Option<Vec<_>>>()?
        };
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
                read_only(&temp.join(name))?;
            }
            std::fs::rename(&temp, &dir)
        })();
        if written.is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
    }
}

#[cfg(unix)]
fn read_only(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o444))
}

#[cfg(not(unix))]
fn read_only(_: &Path) -> std::io::Result<()> {
    Ok(())
}
