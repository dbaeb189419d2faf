//! How diagnostics read on a terminal: `check`'s report grouped by file,
//! with the offending line, a hint, the translation table and a summary.

use std::fmt::Write;
use std::path::Path;

use crate::builder::BuildResult;
use crate::diagnostic::Severity;

/// `check`'s whole report. `color` adds ANSI colours for terminals.
pub fn check_report(result: &BuildResult, root: &Path, color: bool) -> String {
    let mut out = String::new();
    let sorted = result.diagnostics.sorted();
    let mut current: Option<&Path> = None;
    for d in &sorted {
        if current != Some(d.file.as_path()) {
            current = Some(d.file.as_path());
            let _ = writeln!(out, "{}", paint(&d.file.display().to_string(), "1", color));
        }
        let place = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{l}:{c}: "),
            _ => String::new(),
        };
        let (label, code) = match d.severity {
            Severity::Error => ("error", "31"),
            Severity::Warning => ("warning", "33"),
        };
        let _ = writeln!(out, "  {place}{}: {}", paint(label, code, color), d.message);
        for extra in d.render_with_snippet(root).lines().skip(1) {
            let _ = writeln!(out, "  {extra}");
        }
    }
    if let Some(table) = &result.translation_table
        && !table.rows.is_empty()
    {
        let width = table
            .rows
            .iter()
            .map(|r| r.key.chars().count())
            .max()
            .unwrap_or(0)
            .max(9);
        let _ = writeln!(out, "\nNews items by language:");
        let _ = write!(out, "  {:width$}", "item");
        for l in &table.languages {
            let _ = write!(out, "  {l:<7}");
        }
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
        for row in &table.rows {
            let _ = write!(out, "  {:width$}", row.key);
            for f in &row.files {
                let _ = write!(out, "  {:<7}", if f.is_some() { "yes" } else { "MISSING" });
            }
            out.truncate(out.trim_end_matches(' ').len());
            out.push('\n');
        }
    }
    let (errors, warnings) = (
        result.diagnostics.error_count(),
        result.diagnostics.warning_count(),
    );
    let _ = writeln!(
        out,
        "\n{} error{}, {} warning{}",
        errors,
        plural(errors),
        warnings,
        plural(warnings)
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}
