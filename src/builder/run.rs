//! What one build collects along the way, and its outcome.

use std::time::{Duration, Instant};

use anyhow::Result;

use super::{BuildOptions, BuildResult, Built};
use crate::diagnostic::Diagnostics;
use crate::validate::TranslationTable;

/// What a build collects along the way: diagnostics and how long each
/// stage took.
pub(super) struct Run<'a> {
    pub options: &'a BuildOptions,
    pub diags: Diagnostics,
    pub phases: Vec<(&'static str, Duration)>,
    pub started: Instant,
    mark: Instant,
}

impl<'a> Run<'a> {
    pub fn new(options: &'a BuildOptions) -> Self {
        let now = Instant::now();
        Self {
            options,
            diags: Diagnostics::new(),
            phases: Vec::new(),
            started: now,
            mark: now,
        }
    }

    /// A stage's value; its diagnostics join the build's.
    pub fn take<T>(&mut self, (value, diags): (T, Diagnostics)) -> T {
        self.diags.extend(diags);
        value
    }

    pub fn phase(&mut self, name: &'static str) {
        self.phases.push((name, self.mark.elapsed()));
        self.mark = Instant::now();
    }

    /// The result: `built` only when there were no errors (warnings count
    /// as errors with `--strict`).
    pub fn finish(
        self,
        built: Option<Built>,
        translation_table: Option<TranslationTable>,
    ) -> Result<BuildResult> {
        let mut diagnostics = self.diags;
        if self.options.strict {
            diagnostics.promote_warnings();
        }
        let built = if diagnostics.has_errors() {
            None
        } else {
            built
        };
        Ok(BuildResult {
            diagnostics,
            built,
            translation_table,
            proofing: None,
        })
    }
}

/// `SOURCE_DATE_EPOCH` (reproducible builds), else the system clock.
pub(super) fn build_clock() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| jiff::Timestamp::now().as_second())
}

/// `SOURCE_DATE_EPOCH` (reproducible builds) as a date, else today (UTC).
pub(super) fn build_date() -> String {
    match std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        Some(secs) => crate::clock::date_from_unix(secs),
        None => crate::clock::today(),
    }
}
