//! Tabs named where the parser stumbles on them. A tab in the
//! indentation is one of the common mistakes of `hints`; a tab after a
//! key's colon usually reads as a space, so it is named only when the
//! parser fails on its line, where an editor shows it as a blank like any
//! other.

use super::lines::{Line, split_key};
use crate::messages::{Message, msg};

/// The column (1-based, characters) of the tab on `line` of `text` that
/// the parser's error there is about, and the message naming it.
/// `parser_says`: the parser's own words.
pub(super) fn named(text: &str, line: u32, parser_says: &str) -> Option<(u32, Message)> {
    let raw = text.lines().nth(line.checked_sub(1)? as usize)?;
    let raw = raw.trim_end_matches('\r');
    let tab = raw.find('\t')?;
    let column = raw[..tab].chars().count() as u32 + 1;
    let l = Line::new(raw, line);
    if let Some((key, value)) = split_key(l.rest) {
        let colon = l.indent + l.rest.find(key)? + key.len();
        let gap = &raw[colon..raw.len() - value.len()];
        if gap.contains('\t') {
            let at = raw[..colon].chars().count() as u32 + gap.find('\t')? as u32 + 1;
            return Some((at, msg("yaml-tab-after-key").arg("key", key)));
        }
    }
    parser_says
        .contains("tab")
        .then(|| (column, msg("yaml-tab-here")))
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn a_tab_after_a_key_is_named_at_the_tab() {
        let (column, m) = named("title: P\ntags:\t- a\n", 2, "block sequence").unwrap();
        assert_eq!((column, m.id()), (6, "yaml-tab-after-key"));
        let (column, m) = named("a: 'x'\tb\n", 1, "found a tab").unwrap();
        assert_eq!((column, m.id()), (7, "yaml-tab-here"));
        assert!(named("a: 'x'\tb\n", 1, "trailing content").is_none());
        assert!(named("title: P\n", 1, "found a tab").is_none());
    }
}
