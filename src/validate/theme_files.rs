//! The theme's own references: every `src="…"` and `href="…"` a template
//! writes as `{{ site.base_path }}/a/path` (a script, a stylesheet, an
//! icon, a picture) must be a file the build wrote. A theme missing a file
//! of its own (a script left out of the built-in theme once) is an error
//! at the template, line and column, as a Markdown link to nowhere is.

use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::output::PageSink;
use crate::theme::Theme;

/// The prefix templates write before a path of the site.
const BASE: &str = "{{ site.base_path }}";

/// Each fixed path after `src="{{ site.base_path }}` or `href="{{ site.base_path }}`
/// in `text`: (byte offset of the path, the path without its leading `/`).
fn fixed_paths(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for attribute in ["src=\"", "href=\""] {
        let marker = format!("{attribute}{BASE}");
        let mut from = 0;
        while let Some(found) = text[from..].find(&marker) {
            let start = from + found + marker.len();
            from = start;
            let Some(len) = text[start..].find('"') else {
                break;
            };
            let path = &text[start..start + len];
            // A path made of template values is not fixed; `/` alone is the root.
            let file = path.trim_start_matches('/');
            if path.starts_with('/') && !path.contains(['{', '?', '#']) && file.contains('.') {
                out.push((start, file));
            }
        }
    }
    out
}

/// `(line, column)` of byte `at` in `text`, both from 1.
fn position(text: &str, at: usize) -> (u32, u32) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line as u32, column as u32)
}

/// The theme's references to files that were not written.
pub fn missing(theme: &Theme, output: &dyn PageSink) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for template in theme.templates.values() {
        for (at, file) in fixed_paths(&template.text) {
            if output.has_written(file) {
                continue;
            }
            let (line, column) = position(&template.text, at);
            let message = msg("theme-file-missing").arg("url", format!("/{file}"));
            out.push(Diagnostic::error(&template.origin, message).at(line, column));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_paths_are_found_and_made_ones_left_alone() {
        let text = "<script src=\"{{ site.base_path }}/assets/menu.js\" defer></script>\n  <a href=\"{{ site.base_path }}/{{ lang }}/\">x</a><link href=\"{{ site.base_path }}/assets/style.css\">";
        let found: Vec<&str> = fixed_paths(text).into_iter().map(|(_, f)| f).collect();
        assert_eq!(found, ["assets/menu.js", "assets/style.css"]);
        let (at, _) = fixed_paths(text)[1];
        assert_eq!(position(text, at), (2, 83));
    }
}
