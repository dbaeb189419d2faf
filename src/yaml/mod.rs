//! The one place that knows which YAML library tilts uses (serde-saphyr).
//!
//! serde_yaml is archived upstream; serde-saphyr is maintained, pure Rust and
//! reports line and column for every error, which is what our diagnostics need.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{MessageFormatter, UserMessageFormatter};

use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};

mod hints;
mod lines;
mod places;
mod shapes;
mod tabs;

pub(crate) use places::{top_level_keys, without_entries};
pub(crate) use serde_saphyr::Spanned;

/// Parses `text` (which starts at 1-based line `first_line` of `file`) into `T`.
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: u32,
) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, msg("yaml-empty")).at(first_line, 1));
    }
    if let Some(d) = crate::control_chars::yaml_escape(text, file, first_line) {
        return Err(d);
    }
    serde_saphyr::from_str(text).map_err(|err| {
        // A common mistake named in plain words, where it is...
        if let Some(found) = hints::diagnose(text, first_line) {
            return Diagnostic::error(file, found.message).at(found.line, found.column);
        }
        // ...or a value of the wrong shape, with its fix...
        if let Some(found) = shapes::diagnose(&err, text, file, first_line) {
            return Diagnostic::error(file, found.message).at(found.line, found.column);
        }
        // ...or the parser's own finding, in plain words where we can.
        let message = UserMessageFormatter.format_message(&err).into_owned();
        let (line, column) = err
            .location()
            .map(|l| (l.line() as u32, l.column() as u32))
            .unwrap_or((1, 1));
        let said = message;
        let message = plain_words(&said);
        // The text is not YAML at a line with a tab after a key: the tab.
        if message.id() == "yaml-other"
            && let Some((column, tab)) = tabs::named(text, line, &said)
        {
            return Diagnostic::error(file, tab).at(line + first_line - 1, column);
        }
        // A missing field is the mapping's fault: at its key (or where
        // the text's own fields start).
        let (line, column) = match message.id() {
            "yaml-missing-field" => places::mapping_opener(text, line, column).unwrap_or((1, 1)),
            _ => (line, column),
        };
        Diagnostic::error(file, message).at(line + first_line - 1, column)
    })
}

/// `(line, column)` of a spanned value inside a YAML text that starts at `first_line`.
pub(crate) fn position<T>(value: &Spanned<T>, first_line: u32) -> (u32, u32) {
    (
        value.referenced.line() as u32 + first_line - 1,
        value.referenced.column() as u32,
    )
}

/// The parser's message as one of ours (see `messages/en.ftl`).
fn plain_words(message: &str) -> Message {
    if let Some(ours) = Message::decode(message) {
        return ours;
    }
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_string);
    let expected = |s: &str| {
        s.split_once("expected one of ")
            .or_else(|| s.split_once("expected "))
            .map(|(_, e)| e.replace('`', ""))
    };
    if message.starts_with("unknown field")
        && let Some(field) = quoted(message)
    {
        return match expected(message) {
            Some(e) => msg("yaml-unknown-field")
                .arg("field", field)
                .arg("expected", e),
            None => msg("yaml-unknown-field-any").arg("field", field),
        };
    }
    if message.starts_with("missing field")
        && let Some(field) = quoted(message)
    {
        return msg("yaml-missing-field").arg("field", field);
    }
    if message.starts_with("unknown variant")
        && let (Some(value), Some(e)) = (quoted(message), expected(message))
    {
        return msg("yaml-unknown-value")
            .arg("value", value)
            .arg("expected", e);
    }
    if let Some(detail) = message.strip_prefix("invalid type: ") {
        return msg("yaml-wrong-type").arg("detail", detail);
    }
    msg("yaml-other").arg("detail", message)
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
        assert!(
            err.message.contains("`titel` is not a field"),
            "{}",
            err.message
        );
        assert!(err.hint.is_some());
    }

    #[test]
    fn empty_text_is_an_error_not_a_panic() {
        let err = parse::<Sample>("  \n", Path::new("x.md"), 1).unwrap_err();
        assert!(err.message.contains("empty"));
    }
}
