//! 128-bit fingerprints of inputs, for the caches that make rebuilds in
//! `serve` incremental. Equal fingerprints mean equal inputs, so a cached
//! result is byte-identical to a fresh one.

use serde::Serialize;
use xxhash_rust::xxh3::Xxh3;

/// Accumulates a fingerprint from bytes and serializable values.
#[derive(Clone, Default)]
pub struct Fingerprint(Xxh3);

impl Fingerprint {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        // Length first, so that ("ab", "c") and ("a", "bc") differ.
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    pub fn u128(&mut self, value: u128) -> &mut Self {
        self.0.update(&value.to_le_bytes());
        self
    }

    /// Adds the JSON form of `value` (our context types serialize in a fixed order).
    pub fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> &mut Self {
        let mut writer = Writer(&mut self.0);
        serde_json::to_writer(&mut writer, value).expect("context values serialize");
        self.0.update(b"\0");
        self
    }

    pub fn finish(&self) -> u128 {
        self.0.digest128()
    }
}

struct Writer<'a>(&'a mut Xxh3);

impl std::io::Write for Writer<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_and_values_matter() {
        let a = Fingerprint::new().bytes(b"ab").bytes(b"c").finish();
        let b = Fingerprint::new().bytes(b"a").bytes(b"bc").finish();
        assert_ne!(a, b);
        assert_eq!(
            Fingerprint::new().value(&[1, 2]).finish(),
            Fingerprint::new().value(&[1, 2]).finish()
        );
        assert_ne!(
            Fingerprint::new().value(&"x").finish(),
            Fingerprint::new().value(&"y").finish()
        );
    }
}
