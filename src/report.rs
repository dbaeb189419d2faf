//! How diagnostics read on a terminal: `check`'s report grouped by file,
//! with the offending line, a hint, the translation table and a summary.

use std::fmt::Write;
use std::path::Path;

use crate::builder::BuildResult;
use crate::diagnostic::Severity;
use crate::messages::{msg, text};

/// `check`'s whole report. `color` adds ANSI colours for terminals.
pub fn check_report(result: &BuildResult, root: &Path, color: bool) -> String {
    let mut out = String::new();
    let sorted = result.diagnostics.sorted();
    let mut current: Option<&Path> = None;
    let lang = crate::messages::language();
    for d in &sorted {
        let shown = d.localized(lang);
        if current != Some(d.file.as_path()) {
            current = Some(d.file.as_path());
            let _ = writeln!(out, "{}", paint(&d.file.display().to_string(), "1", color));
        }
        let place = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{l}:{c}: "),
            _ => String::new(),
        };
        let code = match d.severity {
            Severity::Error => "31",
            Severity::Warning => "33",
        };
        let _ = writeln!(
            out,
            "  {place}{}: {}",
            paint(&d.label(), code, color),
            shown.message
        );
        for extra in d.render_with_snippet(root).lines().skip(1) {
            let _ = writeln!(out, "  {extra}");
        }
    }
    if let Some(table) = &result.translation_table
        && !table.rows.is_empty()
    {
        translation_table(&mut out, table);
    }
    let (errors, warnings) = (
        result.diagnostics.error_count(),
        result.diagnostics.warning_count(),
    );
    let _ = writeln!(
        out,
        "\n{}, {}",
        text(&msg("summary-errors").num("count", errors)),
        text(&msg("summary-warnings").num("count", warnings)),
    );
    out
}

/// News items × languages: each file there, missing, or to review.
fn translation_table(out: &mut String, table: &crate::validate::TranslationTable) {
    let width = table
        .rows
        .iter()
        .map(|r| r.key.chars().count())
        .max()
        .unwrap_or(0)
        .max(9);
    let words = ["table-present", "table-missing", "table-outdated"].map(|id| text(&msg(id)));
    let behind = table.rows.iter().any(|r| r.behind.contains(&true));
    // As wide as the word for "to review" when a row says it.
    let cell = if behind { words[2].chars().count() } else { 0 }.max(7);
    let _ = writeln!(out, "\n{}", text(&msg("table-title")));
    let _ = write!(out, "  {:width$}", text(&msg("table-item")));
    for l in &table.languages {
        let _ = write!(out, "  {l:<cell$}");
    }
    out.truncate(out.trim_end_matches(' ').len());
    out.push('\n');
    for row in &table.rows {
        let _ = write!(out, "  {:width$}", row.key);
        for (f, behind) in row.files.iter().zip(&row.behind) {
            let word = match (f, behind) {
                (None, _) => &words[1],
                (Some(_), false) => &words[0],
                (Some(_), true) => &words[2],
            };
            let _ = write!(out, "  {word:<cell$}");
        }
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
    }
    if behind {
        let _ = writeln!(out, "  {}", text(&msg("table-outdated-note")));
    }
}

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}
