//! How much memory the photos being made may hold at once. A decoded photo
//! takes width × height × bytes per pixel (a 7000 × 7000 PNG of 16 bits
//! per channel: 392 MB) and its resized copies more, whatever the file's
//! size: the photos made in parallel take turns by their decoded size, not
//! by their number or the number of cores. A photo larger than the whole
//! budget is made alone.

use std::sync::{Condvar, Mutex};

/// What all photos being made may hold at once.
pub const MAX_DECODED_BYTES: u64 = 1024 * 1024 * 1024;

/// What one photo holds while it is made, for each byte of its decoded
/// pixels: the decoded photo, one resized copy and the encoder's buffers.
pub const HELD_PER_DECODED_BYTE: u64 = 2;

pub struct Budget {
    limit: u64,
    used: Mutex<u64>,
    freed: Condvar,
}

/// A share of a [`Budget`], given back when dropped.
pub struct Share<'a> {
    budget: &'a Budget,
    bytes: u64,
}

impl Budget {
    pub const fn new(limit: u64) -> Self {
        Self {
            limit,
            used: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// `bytes` of the budget (all of it when `bytes` is more), once they
    /// are free.
    pub fn take(&self, bytes: u64) -> Share<'_> {
        let bytes = bytes.min(self.limit);
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used + bytes > self.limit {
            used = self.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += bytes;
        Share {
            budget: self,
            bytes,
        }
    }
}

impl Drop for Share<'_> {
    fn drop(&mut self) {
        let mut used = self.budget.used.lock().unwrap_or_else(|e| e.into_inner());
        *used -= self.bytes;
        self.budget.freed.notify_all();
    }
}

/// The budget of every photo made by this process.
pub static DECODED: Budget = Budget::new(MAX_DECODED_BYTES);

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[test]
    fn a_photo_waits_until_the_memory_it_needs_is_free() {
        let budget = Budget::new(100);
        let taken = AtomicBool::new(false);
        std::thread::scope(|s| {
            let first = budget.take(80);
            let waiting = s.spawn(|| {
                let _second = budget.take(50);
                taken.store(true, Ordering::SeqCst);
            });
            // The second share does not fit beside the first: it waits,
            // however long this thread sleeps.
            std::thread::sleep(std::time::Duration::from_millis(50));
            assert!(!taken.load(Ordering::SeqCst));
            drop(first);
            waiting.join().unwrap();
            assert!(taken.load(Ordering::SeqCst));
        });
        // Two that fit are held at once; one larger than the whole
        // budget takes all of it, alone.
        let (a, b) = (budget.take(50), budget.take(50));
        drop((a, b));
        let all = budget.take(1_000);
        assert_eq!(all.bytes, 100);
    }
}
