//! Scheduled publishing: an item dated in the future is not on the site
//! until its time has come (unless `--future`, or in `serve`, where it is
//! shown with a mark), and an item whose `expires:` has passed is taken
//! off (unless `--expired`). Decided on every build against the build's
//! clock, after parsing, so cached documents never hold the decision.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Document, Moment};

/// What the schedule left out of this build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Items dated after the build's clock.
    pub future: usize,
    /// The one due first, and its file.
    pub next: Option<(Moment, PathBuf)>,
    /// Items whose `expires:` has passed.
    pub expired: usize,
}

/// The documents a build at `now` (seconds since 1970) publishes.
pub fn select(
    docs: Vec<Arc<Document>>,
    now: i64,
    future: bool,
    expired: bool,
) -> (Vec<Arc<Document>>, LeftOut) {
    let mut left = LeftOut::default();
    let kept = docs
        .into_iter()
        .filter(|d| {
            if !expired && d.expires.as_ref().is_some_and(|e| e.unix <= now) {
                left.expired += 1;
                return false;
            }
            match &d.published {
                Some(p) if p.unix > now && !future => {
                    left.future += 1;
                    if left.next.as_ref().is_none_or(|(n, _)| p.unix < n.unix) {
                        left.next = Some((p.clone(), d.source.clone()));
                    }
                    false
                }
                _ => true,
            }
        })
        .collect();
    (kept, left)
}

/// Whether `doc` is dated after `now` (shown only with `--future` or in `serve`).
pub fn is_scheduled(doc: &Document, now: i64) -> bool {
    doc.published.as_ref().is_some_and(|p| p.unix > now)
}
