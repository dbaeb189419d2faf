//! Checks of a `.ftl` file that the Fluent libraries leave to run time or
//! do not make at all: placeables nested so deep that parsing them would
//! overflow the stack, and messages that refer to each other in a circle
//! (which would fail in whichever template uses them). Both are reported
//! in the `.ftl` file, at the message.

use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast;

use crate::diagnostic::{Diagnostic, line_cols};

/// How deep `{ … }` may nest in a message. Real messages use two or three.
pub const MAX_PLACEABLE_DEPTH: usize = 30;

/// Where placeables first nest deeper than [`MAX_PLACEABLE_DEPTH`], as a
/// diagnostic. A plain scan of the text, run before the parser: `{` opens
/// a placeable, `}` closes it, and inside a placeable `"…"` is a string
/// literal (which may hold braces).
pub fn nesting_problem(text: &str, file: &Path) -> Option<Diagnostic> {
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut i) = (0usize, false, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' if depth > 0 => in_string = !in_string,
            b'\n' => in_string = false,
            b'{' if !in_string => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    let (line, col) = line_cols(text, &[i])[0];
                    return Some(
                        Diagnostic::error(
                            file,
                            msg("ui-too-deep").num("max", MAX_PLACEABLE_DEPTH as i64),
                        )
                        .at(line, col),
                    );
                }
            }
            b'}' if !in_string => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Every message or term that refers back to itself, through any chain of
/// references, as an error at its line (`lines`: message and term ids,
/// terms with their `-`, to line numbers).
pub fn reference_cycles<'a>(
    entries: impl Iterator<Item = &'a ast::Entry<&'a str>>,
    lines: &BTreeMap<String, u32>,
    file: &Path,
) -> Vec<Diagnostic> {
    let mut refs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in entries {
        let (id, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut out = Vec::new();
        for p in patterns {
            pattern_refs(p, &mut out);
        }
        refs.insert(id, out);
    }
    let mut diags = Vec::new();
    for id in refs.keys() {
        if let Some(path) = path_back_to(id, &refs) {
            diags.push(
                Diagnostic::error(
                    file,
                    msg("ui-refers-to-itself")
                        .arg("id", id)
                        .arg("path", path.join(" → ")),
                )
                .at(lines.get(id).copied().unwrap_or(1), 1),
            );
        }
    }
    diags
}

/// A chain of references from `start` back to `start`, if there is one
/// (breadth-first, so the shortest; no recursion however long the chains).
fn path_back_to(start: &str, refs: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        for next in refs.get(id).into_iter().flatten() {
            if next == start {
                let mut path = Vec::new();
                let mut at = id;
                while at != start {
                    path.push(at.to_string());
                    at = came_from[at];
                }
                path.reverse();
                path.push(start.to_string());
                return Some(path);
            }
            if !came_from.contains_key(next.as_str()) && refs.contains_key(next.as_str()) {
                came_from.insert(next, id);
                queue.push_back(next);
            }
        }
    }
    None
}

fn pattern_refs(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_refs(inline, out),
    }
}

fn inline_refs(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_string()),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push(format!("-{}", id.name));
            if let Some(args) = arguments {
                arguments_refs(args, out);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments_refs(arguments, out)
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, out),
        _ => {}
    }
}

fn arguments_refs(args: &ast::CallArguments<&str>, out: &mut Vec<String>) {
    for a in &args.positional {
        inline_refs(a, out);
    }
    for a in &args.named {
        inline_refs(&a.value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cycles(text: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(text).unwrap();
        let lines = text
            .lines()
            .enumerate()
            .filter_map(|(n, l)| Some((l.split_once(" =")?.0.to_string(), n as u32 + 1)))
            .collect();
        reference_cycles(resource.body.iter(), &lines, Path::new("i18n/lv.ftl"))
            .iter()
            .map(|d| d.to_string().lines().next().unwrap().to_string())
            .collect()
    }

    #[test]
    fn circles_of_references_are_found_at_each_message() {
        let found = cycles(
            "ok = { -t } un { other }\nother = x\n-t = y\na = { b }\nb = { $n ->\n   *[one] { a }\n}\nself = { self.attr }\n",
        );
        assert_eq!(
            found,
            [
                "i18n/lv.ftl:4:1: error: message `a` refers to itself: a → b → a",
                "i18n/lv.ftl:5:1: error: message `b` refers to itself: b → a → b",
                "i18n/lv.ftl:8:1: error: message `self` refers to itself: self → self",
            ]
        );
        let terms = cycles("c = { -t }\n-t = { c }\n");
        assert!(terms.iter().any(|l| l.contains("c → -t → c")), "{terms:?}");
    }

    #[test]
    fn deep_placeables_are_found_before_parsing() {
        let ok = format!("a = {}\"}}{{\"{}\n", "{ ".repeat(5), " }".repeat(5));
        assert!(nesting_problem(&ok, Path::new("x.ftl")).is_none());
        let deep = format!("a = ok\nb = {}x{}\n", "{ ".repeat(40), " }".repeat(40));
        let d = nesting_problem(&deep, Path::new("x.ftl")).unwrap();
        assert_eq!((d.line, d.column), (Some(2), Some(65)));
    }
}
