//! Typography in one language: its quotation marks, no-break spaces
//! between a number and its unit, en dashes in ranges, no doubled spaces
//! or punctuation, dates in words. Each finding says the fix; the safe
//! ones carry it as edits (`check --fix-typography` applies them).

use crate::messages::{Message, msg};

const NBSP: char = '\u{a0}';

/// A language's typographic habits.
pub struct Style {
    pub open: String,
    pub close: String,
    /// Whether the language puts a (no-break) space before `%` (CLDR).
    pub percent_space: bool,
    /// The language's code, which messages name it by (`lang-in` and its
    /// kin in `messages/*.ftl` say it in the sentence's case).
    pub code: String,
}

/// A replacement of `text[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub with: String,
}

/// One finding at byte `at` of the run; `fixes` empty when no fix is safe.
pub struct Finding {
    pub at: usize,
    pub message: Message,
    pub fixes: Vec<Edit>,
}

/// Every finding in one run of text. `long_date` writes a `YYYY-MM-DD`
/// date the way the site does.
pub fn check(
    text: &str,
    front_matter: bool,
    style: &Style,
    long_date: &dyn Fn(&str) -> Option<String>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if front_matter {
        straight_quotes(text, style, &mut out);
    }
    foreign_quotes(text, style, &mut out);
    units(text, style, &mut out);
    ranges(text, &mut out);
    doubled(text, &mut out);
    numeric_dates(text, long_date, &mut out);
    out.sort_by_key(|f| f.at);
    out
}

fn edit(start: usize, end: usize, with: impl Into<String>) -> Edit {
    Edit {
        start,
        end,
        with: with.into(),
    }
}

/// `"…"` in a title or summary, which are shown as written (the Markdown
/// text gets the language's marks by itself).
fn straight_quotes(text: &str, style: &Style, out: &mut Vec<Finding>) {
    let at: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    let Some(&first) = at.first() else { return };
    let mut fixes = Vec::new();
    if at.len().is_multiple_of(2) {
        for pair in at.chunks(2) {
            fixes.push(edit(pair[0], pair[0] + 1, style.open.as_str()));
            fixes.push(edit(pair[1], pair[1] + 1, style.close.as_str()));
        }
    }
    out.push(Finding {
        at: first,
        message: quote_message("typo-straight-quotes", style),
        fixes,
    });
}

fn quote_message(id: &'static str, style: &Style) -> Message {
    msg(id)
        .arg("code", &style.code)
        .arg("open", &style.open)
        .arg("close", &style.close)
}

/// Curly marks of another language (English “…” in Latvian text): an
/// opening mark where the language's opening mark belongs, or a closing
/// one where its closing mark belongs.
fn foreign_quotes(text: &str, style: &Style, out: &mut Vec<Finding>) {
    const MARKS: [char; 5] = ['“', '”', '„', '«', '»'];
    for (i, c) in text.char_indices() {
        if !MARKS.contains(&c) {
            continue;
        }
        let before = text[..i].chars().next_back();
        let opening = before.is_none_or(|b| b.is_whitespace() || "([{/–—-".contains(b));
        let expected = if opening { &style.open } else { &style.close };
        if expected.chars().eq([c]) {
            continue;
        }
        out.push(Finding {
            at: i,
            message: quote_message("typo-foreign-quote", style).arg("mark", c),
            fixes: vec![edit(i, i + c.len_utf8(), expected.as_str())],
        });
    }
}

/// The units a number is written with.
const UNITS: [&str; 8] = ["€", "EUR", "%", "km²", "km", "kg", "ha", "m²"];

/// `791 256,20 €` with a no-break space; `25%` or `25 %` as the language
/// has it.
fn units(text: &str, style: &Style, out: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !c.is_ascii_digit() || bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let after = &text[i + 1..];
        let (gap, rest) = match after.chars().next() {
            Some(' ') => (Some(' '), &after[1..]),
            Some(NBSP) => (Some(NBSP), &after[NBSP.len_utf8()..]),
            _ => (None, after),
        };
        let Some(unit) = UNITS
            .iter()
            .find(|u| rest.starts_with(**u) && !rest[u.len()..].starts_with(char::is_alphanumeric))
        else {
            continue;
        };
        let wants_space = *unit != "%" || style.percent_space;
        let number = number_before(text, i + 1);
        let gap_end = i + 1 + gap.map_or(0, char::len_utf8);
        let (id, with) = match (gap, wants_space) {
            (Some(' '), true) => ("typo-nbsp", NBSP.to_string()),
            (None, true) => ("typo-no-space", NBSP.to_string()),
            (Some(_), false) => ("typo-space-not-wanted", String::new()),
            _ => continue,
        };
        out.push(Finding {
            at: i + 1,
            message: msg(id)
                .arg("number", number)
                .arg("unit", *unit)
                .arg("code", &style.code),
            fixes: vec![edit(i + 1, gap_end, with)],
        });
    }
}

/// The number that ends at `end`, for the message (`791 256,20`).
fn number_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
        .last()
        .map_or(end, |(i, _)| i);
    text[start..end].trim_start()
}

/// `2018-2020` and `10:30-13:00` want an en dash.
fn ranges(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for (i, _) in text.match_indices('-') {
        let (left, right) = (&text[..i], &text[i + 1..]);
        let (left_t, right_t) = (left.trim_end_matches(' '), right.trim_start_matches(' '));
        let year = |s: &str, from_end: bool| {
            let d: &[u8] = s.as_bytes();
            let n = d.len();
            if n < 4 {
                return false;
            }
            let (digits, next) = if from_end {
                (&d[n - 4..], d.get(n.wrapping_sub(5)))
            } else {
                (&d[..4], d.get(4))
            };
            digits.iter().all(u8::is_ascii_digit)
                && next.is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-' && *c != b'/')
        };
        let time = |s: &str, from_end: bool| {
            let t = if from_end {
                s.rsplit(|c: char| !c.is_ascii_digit() && c != ':').next()
            } else {
                s.split(|c: char| !c.is_ascii_digit() && c != ':').next()
            };
            t.is_some_and(|t| {
                t.split_once(':').is_some_and(|(h, m)| {
                    (1..=2).contains(&h.len())
                        && m.len() == 2
                        && h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit())
                })
            })
        };
        let is_range = (year(left_t, true) && year(right_t, false))
            || (time(left_t, true) && time(right_t, false));
        // A date such as 2018-05-16 has two digits after the hyphen: no year.
        if !is_range || b.get(i + 3).is_some_and(|c| *c == b'-') {
            continue;
        }
        let start = left_t.len();
        let end = text.len() - right_t.len();
        let shown = |s: &str| s.to_string();
        let from = &left_t[left_t.len().saturating_sub(5)..];
        let to = &right_t[..right_t.len().min(5)];
        out.push(Finding {
            at: i,
            message: msg("typo-range-hyphen").arg(
                "text",
                format!("{}-{}", shown(from.trim_start()), to.trim_end()),
            ),
            fixes: vec![edit(start, end, "–")],
        });
    }
}

/// Two spaces in a row inside a line; `,,` `;;` `::` `!!` `??` and `..`
/// (an ellipsis `...` is fine).
fn doubled(text: &str, out: &mut Vec<Finding>) {
    for line_start in std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)) {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |e| line_start + e);
        let line = &text[line_start..line_end];
        let indent = line.len() - line.trim_start().len();
        let content_end = line.trim_end().len();
        let mut i = indent;
        while let Some(found) = line[i..content_end].find("  ") {
            let start = i + found;
            let end = start + line[start..].len() - line[start..].trim_start_matches(' ').len();
            out.push(Finding {
                at: line_start + start,
                message: msg("typo-double-space"),
                fixes: vec![edit(line_start + start, line_start + end, " ")],
            });
            i = end;
        }
    }
    let b = text.as_bytes();
    for (i, c) in b.iter().enumerate() {
        if !b",;:!?.".contains(c) || b.get(i + 1) != Some(c) || (i > 0 && b[i - 1] == *c) {
            continue;
        }
        if *c == b'.' && b.get(i + 2) == Some(&b'.') {
            continue;
        }
        out.push(Finding {
            at: i,
            message: msg("typo-double-punctuation").arg("text", &text[i..i + 2]),
            fixes: Vec::new(),
        });
    }
}

/// `16.05.2018` where the site writes dates in words.
fn numeric_dates(text: &str, long_date: &dyn Fn(&str) -> Option<String>, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    let digits = |from: usize, n: usize| {
        b.get(from..from + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    for (i, _) in text.match_indices('.') {
        // d.m.yyyy with one or two digits for day and month.
        for day_len in [1, 2] {
            let Some(start) = i.checked_sub(day_len) else {
                continue;
            };
            if !digits(start, day_len)
                || (start > 0 && (b[start - 1].is_ascii_digit() || b[start - 1] == b'.'))
            {
                continue;
            }
            for month_len in [1, 2] {
                let year_at = i + 1 + month_len + 1;
                if !digits(i + 1, month_len)
                    || b.get(i + 1 + month_len) != Some(&b'.')
                    || !digits(year_at, 4)
                    || b.get(year_at + 4).is_some_and(u8::is_ascii_digit)
                {
                    continue;
                }
                let (d, m, y) = (
                    &text[start..i],
                    &text[i + 1..i + 1 + month_len],
                    &text[year_at..year_at + 4],
                );
                let iso = format!("{y}-{m:0>2}-{d:0>2}");
                if let Some(long) = long_date(&iso) {
                    out.push(Finding {
                        at: start,
                        message: msg("typo-numeric-date")
                            .arg("text", &text[start..year_at + 4])
                            .arg("long", long),
                        fixes: Vec::new(),
                    });
                }
            }
        }
    }
}

/// `text` with `edits` (sorted, not overlapping) applied.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        if e.start < at {
            continue;
        }
        out.push_str(&text[at..e.start]);
        out.push_str(&e.with);
        at = e.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
#[path = "typography_tests.rs"]
mod tests;
