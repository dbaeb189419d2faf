//! Where a finding about a whole mapping belongs. The parser reports a
//! missing field at the last key it read of the mapping that lacks it; a
//! person looks for the mapping itself: the key it is the value of
//! (`event:`), the `-` of the list item it is, or, for the file's own
//! fields, where they start.

use super::lines::{Line, bracket_depth, is_dash, split_key};

/// The line and column (1-based, of `text`) of the key or list mark that
/// opens the mapping holding the key at `line`:`column`; `None` for the
/// mapping of the whole text.
pub(super) fn mapping_opener(text: &str, line: u32, column: u32) -> Option<(u32, u32)> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.get(line.checked_sub(1)? as usize)?;
    if let Some(found) = flow_opener(at, column) {
        return Some((line, found));
    }
    let indent = column.checked_sub(1)? as usize;
    for n in (0..line as usize).rev() {
        let l = Line::new(lines[n].trim_end_matches('\r'), n as u32 + 1);
        if l.is_blank_or_comment() || l.tab.is_some() {
            continue;
        }
        // An item whose first key is this mapping's first key: its `-`.
        if is_dash(l.rest) && key_column_after_dash(&l) == Some(indent) {
            return Some((l.number, l.indent as u32 + 1));
        }
        if l.indent >= indent {
            continue;
        }
        // The first line to the left: the key or `-` the mapping belongs to.
        let opens = is_dash(l.rest) || split_key(l.rest).is_some_and(|(_, v)| v.trim().is_empty());
        return opens.then_some((l.number, l.indent as u32 + 1));
    }
    None
}

/// The column (0-based) of the key written after a list item's `-`.
fn key_column_after_dash(line: &Line) -> Option<usize> {
    let after = line.rest[1..].trim_start_matches(' ');
    split_key(after)?;
    Some(line.indent + line.rest.len() - after.len())
}

/// In a flow mapping (`event: {start: …, location: …}`): the column of
/// the key before the `{` that is still open at `column` on this line.
fn flow_opener(line: &str, column: u32) -> Option<u32> {
    let before: String = line
        .chars()
        .take(column.saturating_sub(1) as usize)
        .collect();
    if bracket_depth(&before) <= 0 {
        return None;
    }
    // The last `{` that the text after it does not close.
    let brace = before
        .char_indices()
        .filter(|&(_, c)| c == '{')
        .map(|(i, _)| i)
        .rev()
        .find(|&i| bracket_depth(&before[i..]) > 0)?;
    let head = before[..brace].trim_end();
    let head = head.strip_suffix(':')?;
    let start = head.rfind([' ', ',', '{', '-']).map_or(0, |i| i + 1);
    Some(head[..start].chars().count() as u32 + 1)
}

/// The keys of the text's own mapping (written at its left edge), with
/// their lines (1-based).
pub(crate) fn top_level_keys(text: &str) -> Vec<(u32, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, raw)| !raw.starts_with([' ', '\t']))
        .filter_map(|(n, raw)| {
            let (key, _) = split_key(raw.trim_end_matches('\r'))?;
            Some((n as u32 + 1, key.to_string()))
        })
        .collect()
}

/// `text` with the entries of its own mapping that start on `lines`
/// (1-based) blanked out, each with the lines that belong to it; every
/// other line stays where it was, so positions stay right.
pub(crate) fn without_entries(text: &str, lines: &[u32]) -> String {
    let mut blanking = false;
    let mut out = String::with_capacity(text.len());
    for (n, raw) in text.split_inclusive('\n').enumerate() {
        let starts_entry = !raw.starts_with([' ', '\t', '#', '-', '\n', '\r']);
        if starts_entry {
            blanking = lines.contains(&(n as u32 + 1));
        }
        if blanking {
            out.push('\n');
        } else {
            out.push_str(raw);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{mapping_opener, top_level_keys, without_entries};

    #[test]
    fn entries_are_found_and_blanked_with_their_lines() {
        let text = "title: A\ntitel: B\n  more\n\n# c\nevent:\n  start: x\nsumary: |\n  a\n";
        assert_eq!(
            top_level_keys(text),
            [
                (1, "title".into()),
                (2, "titel".into()),
                (6, "event".into()),
                (8, "sumary".into())
            ]
        );
        assert_eq!(
            without_entries(text, &[2, 8]),
            "title: A\n\n\n\n\nevent:\n  start: x\n\n\n"
        );
    }

    #[test]
    fn a_missing_field_belongs_to_the_key_of_its_mapping() {
        let text = "title: P\nevent:\n  start: x\n\n  timezone: y\ndate: z\n";
        assert_eq!(mapping_opener(text, 5, 3), Some((2, 1)));
        // The file's own fields: no key above them.
        assert_eq!(mapping_opener(text, 6, 1), None);
        let flow = "title: P\nevent: {start: x, timezone: y}\n";
        assert_eq!(mapping_opener(flow, 2, 19), Some((2, 1)));
        let nested = "a:\n  event: {start: x, timezone: y}\n";
        assert_eq!(mapping_opener(nested, 2, 21), Some((2, 3)));
    }

    #[test]
    fn a_list_item_is_found_by_its_dash() {
        let text = "partners:\n  - id: a\n    name: x\n  - id: b\n    # c\n    town: y\n";
        assert_eq!(mapping_opener(text, 6, 5), Some((4, 3)));
        let bare = "partners:\n  -\n    id: b\n    town: y\n";
        assert_eq!(mapping_opener(bare, 4, 5), Some((2, 3)));
    }
}
