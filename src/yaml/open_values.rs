//! Values that go on over the following lines: `|`/`>` block text, a quoted
//! value whose closing mark is further down (or nowhere), a `[`/`{` list.

use super::{Finding, Scanner};
use crate::messages::msg;
use crate::yaml::lines::{Line, bracket_depth, closing_mark};

/// A value that goes on over the following lines.
pub(super) enum Open {
    None,
    /// `|` or `>`: lines indented more than the key belong to the text.
    Block {
        parent: usize,
    },
    /// A quoted value whose closing mark is on a later line (or nowhere).
    Quote {
        mark: char,
        line: u32,
        column: u32,
        parent: usize,
        key: String,
    },
    /// A `[` or `{` list that goes on below.
    Flow {
        depth: i32,
        line: u32,
        column: u32,
        parent: usize,
    },
}

impl Scanner {
    /// Lines of a block text, a quoted value or a flow list that goes on.
    /// `Some(result)` when the line belongs to it.
    pub(super) fn inside_open_value(&mut self, line: &Line) -> Option<Option<Finding>> {
        match &mut self.open {
            Open::None => None,
            Open::Block { parent } => {
                if line.indent > *parent {
                    return Some(None);
                }
                self.open = Open::None;
                None
            }
            Open::Quote {
                mark,
                line: at,
                column,
                parent,
                key,
            } => {
                if line.starts_entry_within(*parent) {
                    return Some(Some(unclosed_quote(*at, *column, key)));
                }
                if closing_mark(line.rest, *mark).is_some() {
                    self.open = Open::None;
                }
                Some(None)
            }
            Open::Flow {
                depth,
                line: at,
                column,
                parent,
            } => {
                if line.starts_entry_within(*parent) {
                    return Some(Some(Finding {
                        line: *at,
                        column: *column,
                        message: msg("yaml-unclosed-bracket"),
                    }));
                }
                *depth += bracket_depth(line.rest);
                if *depth <= 0 {
                    self.open = Open::None;
                }
                Some(None)
            }
        }
    }

    pub(super) fn end(self) -> Option<Finding> {
        match self.open {
            Open::Quote {
                line, column, key, ..
            } => Some(unclosed_quote(line, column, &key)),
            Open::Flow { line, column, .. } => Some(Finding {
                line,
                column,
                message: msg("yaml-unclosed-bracket"),
            }),
            _ => None,
        }
    }
}

pub(super) fn unclosed_quote(line: u32, column: u32, key: &str) -> Finding {
    Finding {
        line,
        column,
        message: msg("yaml-unclosed-quote").arg("key", key),
    }
}
