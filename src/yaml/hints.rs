//! What went wrong in a YAML text, in the words of the person who wrote it.
//!
//! When the parser gives up ("mapping values are not allowed in this
//! context", or a "missing field" two lines away from a mis-indented key),
//! this reads the text line by line the way a person does — keys, list items,
//! indentation, quotes — and names the first of the common mistakes it finds,
//! at the line where it is: a `: ` inside an unquoted value, a quote that is
//! never closed (where it opens), a tab in the indentation, a key indented
//! unlike its neighbours, a list item or line without `key: value`, a key
//! given twice. It only runs on text the parser rejected, and it finds
//! nothing in the valid files of the example site and the starter (tested).

use std::collections::HashMap;

use super::lines::{
    Line, bracket_depth, closing_mark, column_of, is_dash, quoted, split_key, strip_comment,
};
use crate::messages::{Message, msg};

/// A mistake at a 1-based line (of the file) and column (in characters).
#[derive(Debug)]
pub(crate) struct Finding {
    pub line: u32,
    pub column: u32,
    pub message: Message,
}

/// The first common mistake in `text`, if it has one; lines are numbered
/// from `first_line` (where the text starts in its file).
pub(crate) fn diagnose(text: &str, first_line: u32) -> Option<Finding> {
    let mut scanner = Scanner::default();
    for (n, raw) in text.lines().enumerate() {
        let line = Line::new(raw.trim_end_matches('\r'), n as u32 + first_line);
        if let Some(found) = scanner.line(&line) {
            return Some(found);
        }
    }
    scanner.end()
}
#[derive(Debug)]
enum Kind {
    Map {
        keys: HashMap<String, u32>,
        /// The last key and its line, to name in a message.
        last: (String, u32),
        /// The last key's value was plain text that may go on below it.
        plain: bool,
    },
    Seq {
        /// Whether items are `key: value` groups; the first item's line and column.
        pairs: Option<(bool, u32, u32)>,
    },
}

#[derive(Debug)]
struct Frame {
    /// Column (0-based) of the keys or of the `-` marks.
    indent: usize,
    kind: Kind,
}

struct Scanner {
    stack: Vec<Frame>,
    /// The indentation of a key or `-` whose value starts on the next line.
    child_of: Option<usize>,
    open: Open,
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner {
            stack: Vec::new(),
            child_of: None,
            open: Open::None,
        }
    }
}

impl Scanner {
    fn line(&mut self, line: &Line) -> Option<Finding> {
        if line.is_blank_or_comment() {
            return None;
        }
        if let Some(found) = self.inside_open_value(line) {
            return found;
        }
        if let Some(column) = line.tab {
            return Some(Finding {
                line: line.number,
                column,
                message: msg("yaml-tab"),
            });
        }
        if line.indent == 0 && (line.rest.starts_with("---") || line.rest.starts_with("...")) {
            return None;
        }
        if is_dash(line.rest) {
            self.item(line)
        } else if let Some((key, value)) = split_key(line.rest) {
            self.key(line, line.indent, key, value)
        } else {
            self.text(line)
        }
    }

    /// A `- ` list item (possibly with a `key: value` after the mark).
    fn item(&mut self, line: &Line) -> Option<Finding> {
        let i = line.indent;
        let popped = self.pop_deeper_than(i);
        let same_list = matches!(self.stack.last(), Some(Frame { indent, kind: Kind::Seq { .. } }) if *indent == i);
        if !same_list {
            let child = self.stack.is_empty()
                || self.child_of.is_some_and(|p| i > p)
                || (self.child_of == Some(i)
                    && matches!(self.stack.last(), Some(Frame { indent, kind: Kind::Map { .. } }) if *indent == i));
            if !child {
                let expected = popped
                    .map(|f| f.indent)
                    .or(self.stack.last().map(|f| f.indent));
                return Some(Finding {
                    line: line.number,
                    column: i as u32 + 1,
                    message: msg("yaml-item-indent")
                        .num("found", i as i64)
                        .num("expected", expected.unwrap_or(0) as i64),
                });
            }
            self.stack.push(Frame {
                indent: i,
                kind: Kind::Seq { pairs: None },
            });
        }
        self.child_of = None;
        let after = &line.rest[1..];
        let content = after.trim_start_matches(' ');
        let col = i + 1 + (after.len() - content.len());
        if content.is_empty() || content.starts_with('#') {
            self.child_of = Some(i);
            return None;
        }
        let pair = split_key(content);
        if let Some(Frame {
            kind: Kind::Seq { pairs },
            ..
        }) = self.stack.last_mut()
        {
            let column = column_of(line, col);
            match *pairs {
                None => *pairs = Some((pair.is_some(), line.number, column)),
                Some((true, first, _)) if pair.is_none() && !is_dash(content) => {
                    return Some(Finding {
                        line: line.number,
                        column,
                        message: msg("yaml-item-not-pair").num("first", first),
                    });
                }
                // The first item was the text; this one shows what they should be.
                Some((false, first, first_column)) if pair.is_some() => {
                    return Some(Finding {
                        line: first,
                        column: first_column,
                        message: msg("yaml-item-not-pair").num("first", line.number),
                    });
                }
                _ => {}
            }
        }
        match pair {
            Some((key, value)) => {
                // The item's first key opens its group of keys.
                self.child_of = Some(i);
                self.key(line, col, key, value)
            }
            None if is_dash(content) => {
                self.child_of = Some(i);
                None
            }
            None => self.value(line, i, "", content, col),
        }
    }

    /// A `key: value` line whose key starts at column `at` (0-based).
    fn key(&mut self, line: &Line, at: usize, key: &str, value: &str) -> Option<Finding> {
        let expects_child = self.child_of.is_some_and(|p| at > p);
        self.child_of = None;
        if expects_child || self.stack.is_empty() {
            self.stack.push(Frame {
                indent: at,
                kind: Kind::Map {
                    keys: HashMap::new(),
                    last: (String::new(), 0),
                    plain: false,
                },
            });
        } else {
            let popped = self.pop_deeper_than(at);
            // A key at the column of a list's `-` marks ends that list.
            if matches!(self.stack.last(), Some(Frame { indent, kind: Kind::Seq { .. } }) if *indent == at)
            {
                self.stack.pop();
            }
            let top = self.stack.last();
            let sibling =
                matches!(top, Some(Frame { indent, kind: Kind::Map { .. } }) if *indent == at);
            if !sibling {
                // Name a neighbour whose indentation this key should share.
                let neighbour = popped
                    .filter(|f| matches!(f.kind, Kind::Map { .. }))
                    .or_else(|| {
                        self.stack
                            .pop()
                            .filter(|f| matches!(f.kind, Kind::Map { .. }))
                    });
                if let Some(Frame {
                    indent,
                    kind: Kind::Map { last, .. },
                }) = neighbour
                {
                    return Some(Finding {
                        line: line.number,
                        column: at as u32 + 1,
                        message: msg(if at > indent {
                            "yaml-key-too-deep"
                        } else {
                            "yaml-key-indent"
                        })
                        .arg("key", key)
                        .num("found", at as i64)
                        .num("expected", indent as i64)
                        .arg("neighbour", &last.0)
                        .num("neighbour_line", last.1),
                    });
                }
                return None;
            }
        }
        if let Some(Frame {
            kind: Kind::Map { keys, last, plain },
            ..
        }) = self.stack.last_mut()
        {
            if let Some(first) = keys.get(key) {
                return Some(Finding {
                    line: line.number,
                    column: at as u32 + 1,
                    message: msg("yaml-duplicate-key")
                        .arg("key", key)
                        .num("first", *first),
                });
            }
            keys.insert(key.to_string(), line.number);
            *last = (key.to_string(), line.number);
            *plain = false;
        }
        let value_col = line.rest.len() - value.len() + line.indent;
        self.value(line, at, key, value, value_col)
    }

    /// The value after `key:` (or after `- `), starting at column `col` (0-based bytes).
    fn value(
        &mut self,
        line: &Line,
        parent: usize,
        key: &str,
        value: &str,
        col: usize,
    ) -> Option<Finding> {
        let value = strip_comment(value);
        let column = column_of(line, col);
        match value.chars().next() {
            None => self.child_of = Some(parent),
            Some('|' | '>') => self.open = Open::Block { parent },
            Some(mark @ ('"' | '\'')) => {
                if closing_mark(&value[1..], mark).is_none() {
                    self.open = Open::Quote {
                        mark,
                        line: line.number,
                        column,
                        parent,
                        key: key.to_string(),
                    };
                }
            }
            Some('[' | '{') => {
                let depth = bracket_depth(value);
                if depth > 0 {
                    self.open = Open::Flow {
                        depth,
                        line: line.number,
                        column,
                        parent,
                    };
                }
            }
            Some(_) => {
                if value.contains(": ") || value.ends_with(':') {
                    return Some(Finding {
                        line: line.number,
                        column,
                        message: msg("yaml-colon-in-value")
                            .arg("key", key)
                            .arg("fixed", quoted(key, value)),
                    });
                }
                if let Some(Frame {
                    kind: Kind::Map { plain, .. },
                    ..
                }) = self.stack.last_mut()
                {
                    *plain = true;
                }
            }
        }
        None
    }

    /// A line that is neither `key: value` nor a list item.
    fn text(&mut self, line: &Line) -> Option<Finding> {
        if let Some(p) = self.child_of.take()
            && line.indent > p
        {
            // The value of the key above, on its own line.
            return self.value(line, p, "", line.rest, line.indent);
        }
        if let Some(Frame {
            indent,
            kind: Kind::Map { plain: true, .. },
        }) = self.stack.last()
            && line.indent > *indent
        {
            return None; // plain text going on from the line above
        }
        Some(Finding {
            line: line.number,
            column: line.indent as u32 + 1,
            message: msg("yaml-line-not-pair"),
        })
    }

    /// Leaves the groups indented more than `indent`; the innermost one left.
    fn pop_deeper_than(&mut self, indent: usize) -> Option<Frame> {
        let mut innermost = None;
        while self.stack.last().is_some_and(|f| f.indent > indent) {
            let f = self.stack.pop();
            if innermost.is_none() {
                innermost = f;
            }
        }
        innermost
    }
}

#[path = "open_values.rs"]
mod open_values;
use open_values::Open;

#[cfg(test)]
#[path = "hints_tests.rs"]
mod tests;
