//! What the browser is told about a build that failed, in the language
//! of the messages: the problems and the overlay's own words (the status
//! JSON that `live.js` shows), and the page shown before any build
//! succeeded.

use serde::Serialize;

use super::http::LIVE_TAG;
use crate::diagnostic::Diagnostic;
use crate::messages::{msg, text};

/// One diagnostic as the browser overlay shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DiagnosticView {
    pub location: String,
    pub severity: &'static str,
    /// The severity in the language of the messages.
    pub label: String,
    pub message: String,
    pub hint: Option<String>,
}

impl From<&Diagnostic> for DiagnosticView {
    /// In the language of tilts' messages (`--messages`, or the locale).
    fn from(d: &Diagnostic) -> Self {
        let shown = d.localized(crate::messages::language());
        Self {
            location: d.location(),
            severity: if d.is_error() { "error" } else { "warning" },
            label: d.label(),
            message: shown.message,
            hint: shown.hint,
        }
    }
}

#[derive(Debug, Serialize)]
pub(super) struct Status<'a> {
    pub ok: bool,
    pub diagnostics: &'a [DiagnosticView],
    /// The overlay's own words, in the language of the messages.
    pub words: OverlayWords,
    /// The proofreading findings of the page asked about.
    pub proofing: Vec<super::proofing::FindingView>,
    /// The words of the proofreading panel, when a page was asked about.
    pub proofing_words: Option<super::proofing::PanelWords>,
}

#[derive(Debug, Serialize)]
pub(super) struct OverlayWords {
    title: String,
    hint: String,
    close: String,
}

impl OverlayWords {
    pub(super) fn now() -> Self {
        OverlayWords {
            title: text(&msg("serve-overlay-title")),
            hint: text(&msg("label-hint")),
            close: text(&msg("serve-overlay-close")),
        }
    }
}

/// The page shown before any build has succeeded, in the language of the
/// messages (the overlay lists the problems over it).
pub(super) fn failed_page() -> String {
    let lang = crate::messages::language().code();
    let escape = |id| html_escape(&text(&msg(id)));
    let (title, heading, body) = (
        escape("serve-failed-title"),
        escape("serve-failed-heading"),
        escape("serve-failed-text"),
    );
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{heading}</h1><p>{body}</p>{LIVE_TAG}</body></html>"
    )
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
