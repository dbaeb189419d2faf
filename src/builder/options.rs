//! What a build is asked to do.

use std::path::PathBuf;

use super::Progress;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Replaces `base_url` from the configuration.
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Warnings count as errors.
    pub strict: bool,
    /// `check`: after errors in the sources, go on with what could be read,
    /// to report everything at once (`build` stops at the first stage with
    /// errors). Every build runs every rule either way.
    pub keep_going: bool,
    /// Told how many pages are rendered, for a progress line.
    pub progress: Progress,
    /// Sanitize Markdown HTML even if the configuration does not ask for it.
    pub safe: bool,
    /// The build date `YYYY-MM-DD` (splits upcoming from past events).
    /// Default: `SOURCE_DATE_EPOCH` if set, else today (UTC).
    pub today: Option<String>,
    /// The build's clock in seconds since 1970: items dated later are
    /// scheduled. Default: `SOURCE_DATE_EPOCH` if set, else now.
    pub now: Option<i64>,
    /// Publish items dated in the future (marked as scheduled).
    pub future: bool,
    /// Publish items whose `expires:` has passed.
    pub expired: bool,
    /// Proofread every document (spelling, typography, language): `check`.
    pub proofread: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            base_url: None,
            drafts: false,
            strict: false,
            keep_going: false,
            progress: Progress::default(),
            safe: false,
            today: None,
            now: None,
            future: false,
            expired: false,
            proofread: false,
        }
    }
}
