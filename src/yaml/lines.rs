//! The parts of a YAML line as a person reads them: indentation, a key,
//! a list mark, a quoted or bracketed value, a comment.

pub(super) struct Line<'a> {
    pub number: u32,
    /// Spaces before the first character.
    pub indent: usize,
    /// The text after the indentation.
    pub rest: &'a str,
    /// Column (1-based, characters) of a tab in the indentation.
    pub tab: Option<u32>,
}

impl<'a> Line<'a> {
    pub fn new(raw: &'a str, number: u32) -> Self {
        let lead = raw.len() - raw.trim_start_matches([' ', '\t']).len();
        let tab = raw[..lead].find('\t').map(|i| i as u32 + 1);
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        Line {
            number,
            indent,
            rest: &raw[indent..],
            tab,
        }
    }

    pub fn is_blank_or_comment(&self) -> bool {
        let t = self.rest.trim_start_matches([' ', '\t']);
        t.is_empty() || t.starts_with('#')
    }

    /// A line that starts a new field or list item at `indent` or less.
    pub fn starts_entry_within(&self, indent: usize) -> bool {
        self.indent <= indent && (split_key(self.rest).is_some() || is_dash(self.rest))
    }
}

pub(super) fn is_dash(rest: &str) -> bool {
    rest == "-" || rest.starts_with("- ")
}

/// `key` and the text after `key:` when `rest` is a `key: value` line.
pub(super) fn split_key(rest: &str) -> Option<(&str, &str)> {
    if rest.starts_with(['"', '\'', '[', '{', '#', '-', '|', '>', '&', '*', '!']) {
        return None;
    }
    // A tab after the colon separates as a space does.
    let end = rest
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| rest[i + 1..].starts_with([' ', '\t']))
        .or_else(|| rest.ends_with(':').then(|| rest.len() - 1))?;
    let key = &rest[..end];
    if key.is_empty() || key.contains(" #") {
        return None;
    }
    Some((
        key.trim_end(),
        rest[end + 1..].trim_start_matches([' ', '\t']),
    ))
}

/// The value without a trailing ` # comment` (outside quotes).
pub(super) fn strip_comment(value: &str) -> &str {
    let value = value.trim_end();
    if value.starts_with(['"', '\'']) {
        return value;
    }
    match value.find(" #") {
        Some(i) => value[..i].trim_end(),
        None if value.starts_with('#') => "",
        None => value,
    }
}

/// Byte offset of the closing `mark` in `text` (which follows the opening one).
pub(super) fn closing_mark(text: &str, mark: char) -> Option<usize> {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if mark == '"' && c == '\\' {
            chars.next();
        } else if c == mark {
            if mark == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                chars.next();
            } else {
                return Some(i);
            }
        }
    }
    None
}

/// How many `[`/`{` the line leaves open (quoted text skipped).
pub(super) fn bracket_depth(text: &str) -> i32 {
    let mut depth = 0;
    let mut quote = None;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth -= 1,
            (None, '#') => break,
            _ => {}
        }
    }
    depth
}

/// 1-based character column of byte offset `col` in the whole line.
pub(super) fn column_of(line: &Line, col: usize) -> u32 {
    let start = col.saturating_sub(line.indent).min(line.rest.len());
    let chars_in_rest = line.rest.get(..start).map_or(start, |s| s.chars().count());
    (line.indent + chars_in_rest) as u32 + 1
}

/// `key: "value"` with quotes that need no escaping inside the value.
pub(super) fn quoted(key: &str, value: &str) -> String {
    let value = if !value.contains('"') {
        format!("\"{value}\"")
    } else if !value.contains('\'') {
        format!("'{value}'")
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
    };
    if key.is_empty() {
        value
    } else {
        format!("{key}: {value}")
    }
}
