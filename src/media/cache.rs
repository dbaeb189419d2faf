//! Processed photos kept between builds in `.tilts-cache/images/KEY/` at
//! the site root (the key covers the photo's bytes and the settings): a
//! folder is written whole under a temporary name and renamed, so a
//! cache entry is complete or absent. A site folder that cannot be
//! written to simply has no cache.
//!
//! `build` links the cached files into the output instead of copying
//! them (see [`super::Body`]); the cached files are read-only, and as
//! their owner (or root) can write to them all the same, every entry
//! records its files' sizes and content hashes and is checked against
//! them when it is read: an output file edited in place, or an entry
//! changed by hand, makes the photo again instead of publishing it.

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

    /// The photo made from `key`, named for `path`, if it is here whole
    /// and as it was written: its files read into memory (`in_memory`, for
    /// `serve`), or named by where they are in the cache. Nothing in an
    /// entry is trusted: the names must be the ones its photo has, each an
    /// ordinary file (never a link) of the recorded size and content hash;
    /// anything else is `None`, and the photo is made again.
    pub fn read(&self, key: u128, path: &str, in_memory: bool) -> Option<Processed> {
        let (made, files) = self.read_files(key, in_memory)?;
        Some(named(path, made, files))
    }

    /// What [`DiskCache::read`] reads: what was made, and its files by
    /// suffix.
    fn read_files(&self, key: u128, in_memory: bool) -> Option<(Made, Vec<(String, Body)>)> {
        let dir = self.entry(key);
        let entry = read_small(&dir.join(ENTRY_FILE), MAX_ENTRY_BYTES)?;
        let entry: Entry = serde_json::from_slice(&entry).ok()?;
        let suffixes = suffixes(&entry.made)?;
        if suffixes.len() != entry.files.len() {
            return None;
        }
        let mut files = Vec::with_capacity(suffixes.len());
        for (suffix, record) in suffixes.into_iter().zip(&entry.files) {
            if record.name != file_name(&suffix) {
                return None;
            }
            let file = dir.join(&record.name);
            let bytes = read_small(&file, record.size)?;
            if bytes.len() as u64 != record.size || content_hash(&bytes) != record.hash {
                return None;
            }
            let body = if in_memory {
                Body::Bytes(bytes.into())
            } else {
                Body::Cached(file)
            };
            files.push((suffix, body));
        }
        Some((entry.made, files))
    }

    /// Keeps what was made from `key`, and says where its files are now
    /// (suffix, cached file); `None` when they could not be kept (no
    /// cache). An entry already there is kept when it reads back whole, and
    /// else replaced.
    pub fn write(
        &self,
        key: u128,
        made: &Made,
        files: &process::Files,
    ) -> Option<Vec<(String, Body)>> {
        let dir = self.entry(key);
        if std::fs::symlink_metadata(&dir).is_ok() {
            if let Some((_, kept)) = self.read_files(key, false) {
                return Some(kept);
            }
            let _ = std::fs::remove_dir_all(&dir).or_else(|_| std::fs::remove_file(&dir));
        }
        let written = (|| -> std::io::Result<()> {
            std::fs::create_dir_all(&self.dir)?;
            // A folder of its own, by a name no one could have taken before.
            let temp = tempfile::Builder::new()
                .prefix(&format!(".{key:032x}."))
                .tempdir_in(&self.dir)?;
            let mut records = Vec::with_capacity(files.len());
            for (suffix, bytes) in files {
                let name = file_name(suffix);
                std::fs::write(temp.path().join(&name), bytes)?;
                read_only(&temp.path().join(&name))?;
                records.push(Record {
                    name,
                    size: bytes.len() as u64,
                    hash: content_hash(bytes),
                });
            }
            let entry = Entry {
                made: made.clone(),
                files: records,
            };
            std::fs::write(temp.path().join(ENTRY_FILE), serde_json::to_vec(&entry)?)?;
            std::fs::rename(temp.path(), &dir)?;
            // Renamed away: nothing is left for the guard to remove.
            let _ = temp.keep();
            Ok(())
        })();
        written.ok()?;
        Some(
            files
                .iter()
                .map(|(suffix, _)| (suffix.clone(), Body::Cached(dir.join(file_name(suffix)))))
                .collect(),
        )
    }
}

/// The file in each entry that says what it holds.
const ENTRY_FILE: &str = "entry.json";

/// The largest `entry.json` read: a few hundred bytes in practice.
const MAX_ENTRY_BYTES: u64 = 64 * 1024;

/// What a cache entry holds: what was made, and each file with its size
/// and content hash, in the order of [`suffixes`].
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry {
    made: Made,
    files: Vec<Record>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Record {
    name: String,
    size: u64,
    hash: String,
}

/// The suffixes of the files made for `made` (see [`process::Files`]), or
/// `None` when `made` names a fallback format tilts does not make.
fn suffixes(made: &Made) -> Option<Vec<String>> {
    // What processing makes: at least one width, smallest first, none
    // wider than the photo; a fallback format tilts writes.
    let widths_made = !made.widths.is_empty()
        && made.widths.windows(2).all(|w| w[0] < w[1])
        && made.widths.iter().all(|&w| w > 0 && w <= made.width)
        && made.height > 0;
    if !widths_made || !matches!(made.fallback.as_str(), "jpg" | "png") {
        return None;
    }
    let mut suffixes = vec![String::new()];
    for &w in &made.widths {
        for ext in ["webp", made.fallback.as_str()] {
            suffixes.push(format!(".w{w}.{ext}"));
        }
    }
    if made.og.is_some() {
        suffixes.push(".og.jpg".into());
    }
    Some(suffixes)
}

/// The name of the file for `suffix` inside an entry.
fn file_name(suffix: &str) -> String {
    suffix.strip_prefix('.').unwrap_or("original").to_string()
}

fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// The bytes of `path` when it is an ordinary file of at most `limit`
/// bytes, opened without following a link or waiting on a pipe.
fn read_small(path: &Path, limit: u64) -> Option<Vec<u8>> {
    crate::fsio::read_walked_file_up_to(path, limit).ok()
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
