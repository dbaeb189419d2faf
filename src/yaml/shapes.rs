//! A value of the wrong shape, named in plain words with its fix: a single
//! value or `name: value` fields where a list belongs (`tags: infrastruktura`
//! → write `tags: [infrastruktura]`), a list or a single value where fields
//! belong, a list or fields where one value belongs, and a whole file
//! written as a bare list. serde-saphyr says only "expected sequence start"
//! at the value; the text around it says which field it is and what was
//! written instead.

use std::path::Path;

use super::hints::Finding;
use super::lines::{Line, is_dash, split_key, strip_comment};
use crate::messages::{Message, msg};

/// The data files whose fields hold one list under a key, by file name.
const LIST_FILES: [(&str, &str); 2] = [("tags.yaml", "tags"), ("partners.yaml", "partners")];

/// What the parser wanted, or what was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    List,
    Fields,
    Value,
}

impl Shape {
    /// The word the messages select on (`$found`).
    fn word(self) -> &'static str {
        match self {
            Shape::List => "list",
            Shape::Fields => "fields",
            Shape::Value => "value",
        }
    }

    /// What `text` (from where a value starts to the end of its line) is.
    fn of(text: &str) -> Shape {
        let text = strip_comment(text);
        if is_dash(text) || text.starts_with('[') {
            Shape::List
        } else if text.starts_with('{') || split_key(text).is_some() {
            Shape::Fields
        } else {
            Shape::Value
        }
    }
}

/// What the parser wanted where it stopped.
enum Wanted {
    Shape(Shape),
    /// A number or a yes/no: `whole`, `number` or `yes-no` (`$kind`).
    Scalar(&'static str),
}

/// What `err` wanted, and where (1-based line and column), if it is a
/// mistake of shape or of a number or yes/no.
fn wanted(err: &serde_saphyr::Error) -> Option<(Wanted, serde_saphyr::Location)> {
    use serde_saphyr::Error;
    let shape_of_words = |words: &str| {
        let has = |w: &[&str]| w.iter().any(|w| words.contains(w));
        if has(&["sequence", "list", "array", "tuple"]) {
            Some(Shape::List)
        } else if has(&["map", "struct"]) {
            Some(Shape::Fields)
        } else {
            has(&["string", "str", "char"]).then_some(Shape::Value)
        }
    };
    Some(match err.without_snippet() {
        Error::Unexpected { expected, location } => {
            let shape = match *expected {
                "sequence start" => Shape::List,
                "mapping start" | "empty mapping start" => Shape::Fields,
                "string scalar" | "scalar" => Shape::Value,
                _ => return None,
            };
            (Wanted::Shape(shape), *location)
        }
        Error::SerdeInvalidType {
            expected, location, ..
        } => (Wanted::Shape(shape_of_words(expected)?), *location),
        Error::InvalidScalar { ty, location } => {
            let kind = match ty.as_bytes().first() {
                Some(b'u' | b'i') => "whole",
                Some(b'f') => "number",
                _ if ty.contains("bool") => "yes-no",
                _ => return None,
            };
            (Wanted::Scalar(kind), *location)
        }
        Error::InvalidBooleanStrict { location } => (Wanted::Scalar("yes-no"), *location),
        _ => return None,
    })
}

/// The wrong shape (or number, or yes/no) `err` reports in `text` (which
/// starts at line `first_line` of `file`), in plain words at the value.
pub(crate) fn diagnose(
    err: &serde_saphyr::Error,
    text: &str,
    file: &Path,
    first_line: u32,
) -> Option<Finding> {
    let (wanted, location) = wanted(err)?;
    let (line, column) = (location.line() as usize, location.column() as usize);
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(n, raw)| Line::new(raw.trim_end_matches('\r'), n as u32 + 1))
        .collect();
    let here = lines.get(line.checked_sub(1)?)?;
    let raw = text.lines().nth(line - 1)?.trim_end_matches('\r');
    let at = raw
        .char_indices()
        .nth(column.checked_sub(1)?)
        .map(|(i, _)| i)?;
    let (before, value) = raw.split_at(at);
    let found = Shape::of(value);
    let mut value = strip_comment(value).trim_start_matches("- ").trim();
    if before.contains(['[', '{']) {
        // Inside brackets a value ends at the next comma or bracket.
        value = value.split([',', ']', '}']).next().unwrap_or(value).trim();
    }
    let message = match (wanted, owner(before, &lines[..line - 1], here.indent)) {
        (Wanted::Shape(w), _) if w == found => return None,
        (Wanted::Shape(w), Place::Key(key, in_item)) => {
            shape_message(w, found, key, in_item, value)
        }
        (Wanted::Shape(_), Place::Top) => file_message(file, found, first_line > 1),
        (Wanted::Scalar(kind), Place::Key(key, in_item)) => msg("yaml-bad-scalar")
            .arg("key", key)
            .arg("place", if in_item { "item" } else { "value" })
            .arg("kind", kind)
            .arg("value", value),
        _ => return None,
    };
    Some(Finding {
        line: line as u32 + first_line - 1,
        column: column as u32,
        message,
    })
}

/// The message for a value under `key` (an item of its list if `in_item`).
fn shape_message(wanted: Shape, found: Shape, key: &str, in_item: bool, value: &str) -> Message {
    let id = match wanted {
        Shape::List => "yaml-shape-list",
        Shape::Fields => "yaml-shape-fields",
        Shape::Value => "yaml-shape-value",
    };
    msg(id)
        .arg("key", key)
        .arg("found", found.word())
        .arg("place", if in_item { "item" } else { "value" })
        .arg("value", value)
}

/// The message for a whole file (or front matter) of the wrong shape.
fn file_message(file: &Path, found: Shape, front_matter: bool) -> Message {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    match LIST_FILES.iter().find(|(f, _)| *f == name) {
        Some((_, key)) if found == Shape::List => msg("yaml-shape-file-list").arg("key", key),
        _ => msg("yaml-shape-file")
            .arg("found", found.word())
            .arg("front", if front_matter { "yes" } else { "no" }),
    }
}

/// Where a value is.
enum Place<'a> {
    /// Under a key: its value, or (`true`) an item of its list.
    Key(&'a str, bool),
    /// At the top of the text: the whole file (or front matter).
    Top,
    /// Somewhere this cannot tell (inside a bracketed list, below a line
    /// that is not `key:`); the parser's own words are used then.
    Unknown,
}

/// Where a value is: from `before` (its line up to it: `tags: `, `- `,
/// `name: { lv: `) or, for a value that starts its line, from the nearest
/// line above it indented less (`tags:` above `  a: b`).
fn owner<'a>(before: &'a str, above: &[Line<'a>], indent: usize) -> Place<'a> {
    let unquoted = |key: &'a str| key.trim_matches(['"', '\'']);
    let head = before.trim_end();
    // An item of a bracketed list: `coordinates: [56,6511, ` names its key.
    if let Some(open) = head.rfind('[').filter(|&i| !head[i..].contains(']'))
        && let Some(key) = head[..open].trim_end().strip_suffix(':')
    {
        return match key.rsplit([' ', '{', ',', '[']).find(|k| !k.is_empty()) {
            Some(key) => Place::Key(unquoted(key), true),
            None => Place::Unknown,
        };
    }
    if let Some(head) = head.strip_suffix(':') {
        return match head.rsplit([' ', '{', ',', '[']).find(|k| !k.is_empty()) {
            Some(key) => Place::Key(unquoted(key), false),
            None => Place::Unknown,
        };
    }
    let (limit, in_item) = match head.strip_suffix('-') {
        // An item of a list: the key above its `-`.
        Some(dashes) if dashes.trim().is_empty() => (dashes.chars().count(), true),
        None if head.is_empty() => (indent, false),
        _ => return Place::Unknown,
    };
    let parent = above
        .iter()
        .rev()
        .filter(|l| !l.is_blank_or_comment())
        .find(|l| l.indent < limit);
    let Some(parent) = parent else {
        return Place::Top;
    };
    match split_key(parent.rest.trim_start_matches("- ")) {
        Some((key, after)) if strip_comment(after).is_empty() => Place::Key(unquoted(key), in_item),
        _ => Place::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Item {
        id: String,
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Tags {
        tags: Vec<Item>,
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Front {
        title: String,
        tags: Option<Vec<String>>,
        name: Option<std::collections::BTreeMap<String, String>>,
    }

    /// `(line, column, English text, English hint)` of `text`'s shape mistake.
    fn found<T: serde::de::DeserializeOwned + std::fmt::Debug>(
        text: &str,
        file: &str,
        first_line: u32,
    ) -> (u32, u32, String, String) {
        let err = serde_saphyr::from_str::<T>(text).unwrap_err();
        let f = diagnose(&err, text, Path::new(file), first_line).expect("a shape mistake");
        let (message, hint) = f.message.render(Lang::En);
        (f.line, f.column, message, hint.unwrap_or_default())
    }

    #[test]
    fn a_single_topic_is_told_to_go_in_square_brackets() {
        let (l, c, m, h) = found::<Front>("title: a\ntags: infrastruktura\n", "x.lv.md", 2);
        assert_eq!((l, c), (3, 7));
        assert_eq!(m, "`tags` must be a list, not a single value");
        assert!(h.contains("`tags: [infrastruktura]`"), "{h}");
    }

    #[test]
    fn fields_where_a_list_belongs_are_told_to_start_with_a_dash() {
        let (l, c, m, h) = found::<Tags>("tags:\n  id: a\n", "content/data/tags.yaml", 1);
        assert_eq!((l, c), (2, 3));
        assert_eq!(m, "`tags` must be a list, not `name: value` fields");
        assert!(h.contains("`- id: a`"), "{h}");
    }

    #[test]
    fn an_item_that_is_a_single_value_where_fields_belong() {
        let (l, c, m, _) = found::<Tags>("tags:\n  - a\n", "content/data/tags.yaml", 1);
        assert_eq!((l, c), (2, 5));
        assert_eq!(
            m,
            "each item of `tags` must be `name: value` fields, not a single value"
        );
    }

    #[test]
    fn a_list_or_a_value_where_fields_belong_and_fields_where_a_value_belongs() {
        let (_, _, m, _) = found::<Front>("title: a\nname: [a]\n", "x.lv.md", 2);
        assert_eq!(m, "`name` must be `name: value` fields, not a list");
        let (_, _, m, h) = found::<Front>("title: a\nname: Auce\n", "x.lv.md", 2);
        assert_eq!(m, "`name` must be `name: value` fields, not a single value");
        assert!(h.contains("`name: { lv: …, lt: … }`"), "{h}");
        let (l, c, m, _) = found::<Front>("title:\n  lv: a\n", "x.lv.md", 2);
        assert_eq!((l, c), (3, 3));
        assert_eq!(
            m,
            "`title` must be a single value, not `name: value` fields"
        );
        let (_, _, m, _) = found::<Front>("title: a\nname: { lv: [a] }\n", "x.lv.md", 2);
        assert_eq!(m, "`lv` must be a single value, not a list");
    }

    #[test]
    fn a_number_or_yes_no_that_is_not_one() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Settings {
            news_per_page: Option<u32>,
            draft: Option<bool>,
        }
        let (l, c, m, h) = found::<Settings>("news_per_page: ten\n", "content/site.yaml", 1);
        assert_eq!((l, c), (1, 16));
        assert_eq!(m, "`news_per_page` must be a whole number, not `ten`");
        assert!(h.contains("like 10"), "{h}");
        let (l, c, m, _) = found::<Settings>("draft: maybe\n", "x.lv.md", 2);
        assert_eq!((l, c), (2, 8));
        assert_eq!(m, "`draft` must be true or false, not `maybe`");
    }

    #[test]
    fn an_item_of_a_bracketed_list_is_named_as_the_item() {
        let (l, c, m, _) = found::<Front>("title: a\ntags: [a, [b]]\n", "x.lv.md", 2);
        assert_eq!((l, c), (3, 11));
        assert_eq!(m, "each item of `tags` must be a single value, not a list");
    }

    #[test]
    fn below_a_line_that_is_not_a_key_the_parser_s_words_are_left_to_say_it() {
        let text = "title: a\ntags:\n  -\n    - b\n";
        let err = serde_saphyr::from_str::<Front>(text).unwrap_err();
        assert!(diagnose(&err, text, Path::new("x.lv.md"), 2).is_none());
    }

    #[test]
    fn a_decimal_comma_in_a_list_of_numbers() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Partner {
            coordinates: [f64; 2],
        }
        let text = "coordinates: [56,6511 23,7214]\n";
        let (l, c, m, h) = found::<Partner>(text, "content/data/partners.yaml", 1);
        assert_eq!((l, c), (1, 18));
        assert_eq!(
            m,
            "each item of `coordinates` must be a number, not `6511 23`"
        );
        assert!(h.contains("like 56.6511"), "{h}");
    }

    #[test]
    fn a_bare_list_for_a_whole_file() {
        let (l, c, m, h) = found::<Tags>("- id: a\n- id: b\n", "content/data/tags.yaml", 1);
        assert_eq!((l, c), (1, 1));
        assert!(m.starts_with("this file must start with `tags:`"), "{m}");
        assert!(h.contains("`  - id: …`"), "{h}");
        let (_, _, m, _) = found::<Front>("- title: a\n", "x.lv.md", 2);
        assert!(
            m.starts_with("the front matter must be `name: value` fields"),
            "{m}"
        );
    }
}
