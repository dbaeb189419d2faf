//! What one build made, for the next: each made thing under its name with
//! the 128-bit fingerprint (key) of everything it was made from. A build
//! reads the previous generation and fills the next; the builder keeps the
//! next one only after a build without errors (`BuildCache::keep`), so a
//! thing is reused only when its key is the same — and an incremental
//! build is byte-identical to a clean one.

use std::sync::Arc;

use rustc_hash::FxHashMap;

/// One generation: name → (key, value).
#[derive(Debug, Clone)]
pub struct Memo<V> {
    entries: FxHashMap<Arc<str>, (u128, V)>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Self {
            entries: FxHashMap::default(),
        }
    }
}

impl<V: Clone> Memo<V> {
    /// An empty generation with room for `n` things.
    pub fn with_capacity(n: usize) -> Self {
        Self {
            entries: FxHashMap::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// What was made under `name`, and from what key.
    pub fn entry(&self, name: &str) -> Option<(u128, &V)> {
        self.entries.get(name).map(|(k, v)| (*k, v))
    }

    /// The value made under `name` from this very `key`, if any.
    pub fn get(&self, name: &str, key: u128) -> Option<&V> {
        self.entry(name).filter(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn insert(&mut self, name: Arc<str>, key: u128, value: V) {
        self.entries.insert(name, (key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_reused_only_under_its_own_key() {
        let mut memo = Memo::with_capacity(1);
        memo.insert(Arc::from("lv/index.html"), 7, "page");
        assert_eq!(memo.get("lv/index.html", 7), Some(&"page"));
        assert_eq!(memo.get("lv/index.html", 8), None);
        assert_eq!(memo.get("lt/index.html", 7), None);
        assert_eq!(memo.entry("lv/index.html"), Some((7, &"page")));
    }
}
