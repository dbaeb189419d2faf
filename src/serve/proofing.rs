//! `serve`'s proofreading findings: listed in the terminal after each
//! rebuild (those of the files read again), and the current page's in the
//! status the browser's panel shows.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::messages::{msg, text};
use crate::proof::{PageFindings, Proofing};

/// Lists the findings of the files just proofread, one line each, and the
/// notes (a missing dictionary), in the language of the messages.
pub(super) fn report(proofing: &Proofing) {
    let lang = crate::messages::language();
    for note in &proofing.notes {
        let (message, _) = note.render(lang);
        eprintln!("{}: {message}", text(&msg("label-note")));
    }
    for d in &proofing.diagnostics {
        eprintln!("{}", line(d));
    }
}

/// `file:line:column: warning: message`, as `check` says it.
fn line(d: &Diagnostic) -> String {
    let shown = d.localized(crate::messages::language());
    format!("{}: {}: {}", d.location(), d.label(), shown.message)
}

/// One finding as the page's panel shows it.
#[derive(Debug, Serialize)]
pub(super) struct FindingView {
    line: Option<u32>,
    column: Option<u32>,
    /// `file:line:column`.
    location: String,
    message: String,
}

/// The findings of the page at `page` (a URL path, `/lv/jaunumi/x/`).
pub(super) fn of_page(findings: &PageFindings, page: &str) -> Vec<FindingView> {
    let lang = crate::messages::language();
    findings
        .of(&route_path(page))
        .iter()
        .map(|d| FindingView {
            line: d.line,
            column: d.column,
            location: d.location(),
            message: d.localized(lang).message,
        })
        .collect()
}

/// The panel's own words, in the language of the messages.
#[derive(Debug, Serialize)]
pub(super) struct PanelWords {
    title: String,
    count: String,
    close: String,
}

impl PanelWords {
    pub(super) fn new(count: usize) -> Self {
        Self {
            title: text(&msg("serve-proof-title")),
            count: text(&msg("serve-proof-count").num("count", count)),
            close: text(&msg("serve-proof-close")),
        }
    }
}

/// A route's path (`lv/jaunumi/x/`) from a URL path (`/lv/jaunumi/x/`,
/// `/lv/jaunumi/x/index.html`, percent-encoded or not).
fn route_path(page: &str) -> String {
    let page = percent_encoding::percent_decode_str(page).decode_utf8_lossy();
    let page = page.trim_start_matches('/');
    page.strip_suffix("index.html").unwrap_or(page).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_paths_become_route_paths() {
        assert_eq!(route_path("/lv/jaunumi/x/"), "lv/jaunumi/x/");
        assert_eq!(route_path("/lv/jaunumi/x/index.html"), "lv/jaunumi/x/");
        assert_eq!(route_path("/lv/jaunumi/%C4%81/"), "lv/jaunumi/ā/");
        assert_eq!(route_path("/"), "");
        assert_eq!(route_path("/404.html"), "404.html");
    }
}
