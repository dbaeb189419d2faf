//! The one place that knows which YAML library tilts uses (serde-saphyr).
//!
//! serde_yaml is archived upstream; serde-saphyr is maintained, pure Rust and
//! reports line and column for every error, which is what our diagnostics need.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{MessageFormatter, UserMessageFormatter};

use crate::diagnostic::Diagnostic;

pub(crate) use serde_saphyr::Spanned;

/// Parses `text` (which starts at 1-based line `first_line` of `file`) into `T`.
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: u32,
) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, "this YAML is empty")
            .at(first_line, 1)
            .with_hint("fill in the fields this file needs (see README.md)"));
    }
    if let Some(d) = crate::control_chars::yaml_escape(text, file, first_line) {
        return Err(d);
    }
    serde_saphyr::from_str(text).map_err(|err| {
        let message = UserMessageFormatter.format_message(&err).into_owned();
        let (line, column) = err
            .location()
            .map(|l| (l.line() as u32, l.column() as u32))
            .unwrap_or((1, 1));
        let mut d = Diagnostic::error(file, message.clone()).at(line + first_line - 1, column);
        if let Some(hint) = hint_for(&message) {
            d = d.with_hint(hint);
        }
        d
    })
}

/// `(line, column)` of a spanned value inside a YAML text that starts at `first_line`.
pub(crate) fn position<T>(value: &Spanned<T>, first_line: u32) -> (u32, u32) {
    (
        value.referenced.line() as u32 + first_line - 1,
        value.referenced.column() as u32,
    )
}

fn hint_for(message: &str) -> Option<&'static str> {
    if message.starts_with("unknown field") {
        Some("check the spelling of the field name, or remove the line")
    } else if message.starts_with("missing field") {
        Some("add the missing field")
    } else if message.starts_with("duplicate mapping key") {
        Some("each field may appear once; remove one of the lines")
    } else if message.contains("found a tab") {
        Some("YAML does not allow tabs for indentation; use spaces")
    } else if message.contains("unclosed quote") {
        Some("add the closing quote mark")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
    }

    #[test]
    fn error_lines_are_shifted_by_the_first_line() {
        let err = parse::<Sample>("title: a\ntitel: b\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(1)));
        assert!(err.message.contains("unknown field `titel`"));
        assert!(err.hint.is_some());
    }

    #[test]
    fn empty_text_is_an_error_not_a_panic() {
        let err = parse::<Sample>("  \n", Path::new("x.md"), 1).unwrap_err();
        assert!(err.message.contains("empty"));
    }
}
