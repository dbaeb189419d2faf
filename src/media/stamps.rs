//! What each photo's bytes hash to, by the photo's stamp (size, times,
//! inode: see [`Stamp`]), kept in `.tilts-cache/images/stamps.json`: a
//! photo whose stamp is unchanged since the last build is not read again
//! to find its processed files. Losing the file only costs one read of
//! every photo; a file that cannot be written means no index.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::theme::Stamp;

const FILE: &str = "stamps.json";

/// The index as the last build left it, and what this one learns.
#[derive(Debug, Default)]
pub struct StampIndex {
    file: PathBuf,
    known: HashMap<String, Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub stamp: Stamp,
    /// The fingerprint of the file's bytes, as 32 hex digits (JSON has
    /// no 128-bit numbers).
    #[serde(with = "hex128")]
    pub content: u128,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    files: HashMap<String, Entry>,
}

const VERSION: u32 = 1;

impl StampIndex {
    /// The index in `dir` (the images cache); empty if absent or unreadable.
    pub fn load(dir: &Path) -> Self {
        let file = dir.join(FILE);
        // An ordinary file only (a pipe by its name would hold the build),
        // of a size an index of photos has.
        let known = crate::fsio::read_walked_file_up_to(&file, 256 << 20)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
            .filter(|stored| stored.version == VERSION)
            .map(|stored| stored.files)
            .unwrap_or_default();
        Self { file, known }
    }

    /// The fingerprint of the bytes of the file at `path` (its output
    /// path) when it had `stamp`.
    pub fn content(&self, path: &str, stamp: Stamp) -> Option<u128> {
        self.known
            .get(path)
            .filter(|e| e.stamp == stamp)
            .map(|e| e.content)
    }

    /// Keeps `files` (this build's photos) as the index, if it changed.
    pub fn save(&self, files: HashMap<String, Entry>) {
        if files == self.known {
            return;
        }
        let Some(dir) = self.file.parent() else {
            return;
        };
        let stored = Stored {
            version: VERSION,
            files,
        };
        if let Ok(bytes) = serde_json::to_vec(&stored)
            && std::fs::create_dir_all(dir).is_ok()
        {
            let _ = crate::fsio::write_atomic(&self.file, &bytes);
        }
    }
}

mod hex128 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{value:032x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        let text = String::deserialize(d)?;
        u128::from_str_radix(&text, 16).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(len: u64, changed_ns: i128) -> Stamp {
        Stamp {
            len,
            modified_ns: 1,
            changed_ns,
            inode: 7,
            device: 1,
        }
    }

    #[test]
    fn a_saved_index_knows_a_file_only_by_its_very_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let first = StampIndex::load(dir.path());
        assert_eq!(first.content("a.jpg", stamp(10, 5)), None);
        let entry = Entry {
            stamp: stamp(10, 5),
            content: u128::MAX - 3,
        };
        first.save(HashMap::from([("a.jpg".to_string(), entry)]));
        let again = StampIndex::load(dir.path());
        assert_eq!(again.content("a.jpg", stamp(10, 5)), Some(u128::MAX - 3));
        // Written since (the status-change time moved), or another size.
        assert_eq!(again.content("a.jpg", stamp(10, 6)), None);
        assert_eq!(again.content("a.jpg", stamp(11, 5)), None);
        assert_eq!(again.content("b.jpg", stamp(10, 5)), None);
        // A damaged index is no index.
        std::fs::write(dir.path().join(FILE), b"{ not json").unwrap();
        assert_eq!(
            StampIndex::load(dir.path()).content("a.jpg", stamp(10, 5)),
            None
        );
    }
}
