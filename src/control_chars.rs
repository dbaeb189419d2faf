//! Invisible control characters (NUL, ESC, vertical tab, backspace …) in
//! the files people write: text pasted from a PDF or a word processor
//! carries them, and a feed, sitemap or calendar file that contains one is
//! no longer well-formed XML or iCalendar. They are refused where they are
//! written, at their line and column, whether typed as characters or as
//! YAML escapes ("\e", "\x1b", "\u0000").

use std::path::Path;

use crate::diagnostic::{Diagnostic, line_cols};
use crate::messages::{Message, msg};

/// Whether `c` may not appear in published text (XML 1.0 and RFC 5545
/// forbid it): C0 controls but tab, line feed and carriage return; DEL;
/// and the non-characters U+FFFE and U+FFFF.
pub fn is_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
        || c == '\u{7f}'
        || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// Whether `text` has a forbidden character. Every piece of text of every
/// page passes here: its bytes are looked at without stopping early (the
/// compiler makes that vector instructions), and its characters only when
/// a byte could start one (an ASCII control or EF, the lead byte of
/// U+FFFE and U+FFFF).
pub fn any_forbidden(text: &str) -> bool {
    text.as_bytes()
        .iter()
        .fold(false, |any, &b| any | is_forbidden_byte(b) | (b == 0xef))
        && text.chars().any(is_forbidden)
}

/// A forbidden ASCII control ([`is_forbidden`] below U+0080): such a byte
/// never occurs inside a longer UTF-8 sequence.
fn is_forbidden_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f
}

/// The first forbidden character of `text` (a file's whole text), as a
/// diagnostic at its place.
pub fn literal(text: &str, file: &Path) -> Option<Diagnostic> {
    // Every content file passes here on every read: scan bytes, not
    // characters. The forbidden ASCII controls never occur inside a longer
    // UTF-8 sequence, and U+FFFE/U+FFFF are the sequences EF BF BE/BF.
    let bytes = text.as_bytes();
    let control = first_control(bytes);
    let nonchar = memchr::memmem::find_iter(bytes, b"\xef\xbf")
        .find(|&i| matches!(bytes.get(i + 2), Some(0xbe | 0xbf)));
    let offset = match (control, nonchar) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    let c = text[offset..].chars().next()?;
    let (line, col) = line_cols(text, &[offset])[0];
    Some(problem(
        file,
        line,
        col,
        msg("control-char").arg("char", name(c)),
    ))
}

/// The place of the first forbidden ASCII control in `bytes`. A block
/// of 64 bytes is looked at without stopping early, which the compiler
/// turns into vector instructions, and only a block with one in it byte
/// by byte.
fn first_control(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    let bad = is_forbidden_byte;
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut start = 0;
    for block in blocks.by_ref() {
        if block.iter().fold(false, |any, &b| any | bad(b)) {
            return block.iter().position(|&b| bad(b)).map(|i| start + i);
        }
        start += BLOCK;
    }
    let rest = blocks.remainder();
    rest.iter().position(|&b| bad(b)).map(|i| start + i)
}

/// The first YAML escape in a double-quoted string of `text` that makes a
/// forbidden character (`"\e"`, `"\x1b"`, `"\u0008"` …). `first_line`: where
/// `text` starts in `file`.
pub fn yaml_escape(text: &str, file: &Path, first_line: u32) -> Option<Diagnostic> {
    let (line, col, escape, made) = escapes(text).find(|e| is_forbidden(e.3))?;
    Some(problem(
        file,
        first_line + line,
        col,
        msg("control-escape")
            .arg("escape", escape)
            .arg("char", name(made)),
    ))
}

/// The escapes in the double-quoted strings of YAML `text`: each one's
/// line (from 0), column, text and the character it makes.
fn escapes(text: &str) -> impl Iterator<Item = (u32, u32, String, char)> + '_ {
    text.lines().enumerate().flat_map(|(n, line)| {
        let mut found = Vec::new();
        let mut in_double = false;
        let mut chars = line.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '#' if !in_double && (i == 0 || line[..i].ends_with(' ')) => break,
                '"' => in_double = !in_double,
                '\\' if in_double => {
                    let rest = &line[i + 1..];
                    chars.next();
                    if let Some(made) = escaped_char(rest) {
                        let col = line[..i].chars().count() as u32 + 1;
                        found.push((n as u32, col, format!("\\{}", escape_text(rest)), made));
                    }
                }
                _ => {}
            }
        }
        found
    })
}

pub use crate::messages::is_invisible;

/// A warning for each invisible character ([`is_invisible`]) in the YAML
/// `text` (front matter or a data file: titles, summaries, names), typed
/// or as an escape (`"\u202E"`), at its place; `first_line`: where `text`
/// starts in `file`.
pub fn invisible(text: &str, file: &Path, first_line: u32) -> Vec<Diagnostic> {
    // Each of them starts with the byte E2 or EF; most texts have none.
    if !text.bytes().any(|b| b == 0xe2 || b == 0xef) && !text.contains('\\') {
        return Vec::new();
    }
    let offsets: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| is_invisible(*c))
        .map(|(i, _)| i)
        .collect();
    let typed = line_cols(text, &offsets).into_iter().zip(&offsets);
    let typed = typed.map(|((l, c), &i)| (l - 1, c, text[i..].chars().next().unwrap_or(' ')));
    let escaped = escapes(text)
        .filter(|e| is_invisible(e.3))
        .map(|(l, c, _, made)| (l, c, made));
    let mut found: Vec<(u32, u32, char)> = typed.chain(escaped).collect();
    found.sort_unstable();
    found
        .into_iter()
        .map(|(line, col, c)| {
            Diagnostic::warning(file, msg("invisible-char").arg("char", name(c)))
                .at(first_line + line, col)
        })
        .collect()
}

/// The character a YAML escape (the text after its backslash) stands for.
fn escaped_char(rest: &str) -> Option<char> {
    let hex = |n: usize| {
        rest.get(1..1 + n)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
    };
    match rest.chars().next()? {
        '0' => Some('\0'),
        'a' => Some('\u{7}'),
        'b' => Some('\u{8}'),
        'v' => Some('\u{b}'),
        'f' => Some('\u{c}'),
        'e' => Some('\u{1b}'),
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        _ => None,
    }
}

fn escape_text(rest: &str) -> &str {
    let len = match rest.chars().next() {
        Some('x') => 3,
        Some('u') => 5,
        Some('U') => 9,
        _ => 1,
    };
    rest.get(..len).unwrap_or(rest)
}

/// The character's Unicode code, which names it in every language.
fn name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn problem(file: &Path, line: u32, col: u32, message: Message) -> Diagnostic {
    Diagnostic::error(file, message).at(line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_control_characters_are_found_at_their_place() {
        let f = Path::new("x.md");
        assert!(literal("Teksts\tar tabu\r\nun rindām\n", f).is_none());
        assert!(literal("aizstāts \u{fffd} un \u{ffef}", f).is_none());
        for (text, at, label) in [
            ("abc\u{1b}[31m", (1, 4), "U+001B"),
            ("a\nbē\u{b}", (2, 3), "U+000B"),
            ("\0", (1, 1), "U+0000"),
            ("x\u{8}", (1, 2), "U+0008"),
            ("ā\u{7f}", (1, 2), "U+007F"),
            ("ēī\nx\u{ffff}", (2, 2), "U+FFFF"),
        ] {
            let d = literal(text, f).unwrap();
            assert_eq!((d.line, d.column), (Some(at.0), Some(at.1)), "{text:?}");
            assert!(d.message.contains(label), "{}", d.message);
        }
    }

    #[test]
    fn forbidden_characters_are_told_from_their_neighbours() {
        for text in ["", "ziņa\tun\r\nrinda", "\u{ffef}\u{fffd}\u{feff}", "ēī"] {
            assert!(!any_forbidden(text), "{text:?}");
        }
        for text in ["\u{1b}", "a\u{7f}", "ā\u{fffe}", "\u{ffff}x", "\0"] {
            assert!(any_forbidden(text), "{text:?}");
        }
    }

    #[test]
    fn the_first_control_is_found_in_any_block_and_in_the_rest() {
        for len in [0, 1, 63, 64, 65, 127, 128, 200] {
            let clean = "ā".repeat(len / 2) + &"x".repeat(len % 2);
            assert_eq!(first_control(clean.as_bytes()), None, "{len}");
            for at in [0, 31, 63, 64, 100, 130, 199] {
                if at >= clean.len() {
                    continue;
                }
                let mut bytes = clean.clone().into_bytes();
                bytes[at] = 0x1b;
                if at + 1 < bytes.len() {
                    bytes[at + 1] = 0x7f;
                }
                assert_eq!(first_control(&bytes), Some(at), "{len} {at}");
            }
        }
    }

    #[test]
    fn yaml_escapes_that_make_control_characters_are_found() {
        let f = Path::new("x.md");
        assert!(
            yaml_escape(
                "title: \"Auce\\nJelgava \\\" \\t\"\nb: 'a\\e' # \"\\e\"\n",
                f,
                2
            )
            .is_none()
        );
        for (text, col) in [
            ("title: \"a\\eb\"", 10),
            ("title: \"a\\x1bb\"", 10),
            ("title: \"a\\u0000\"", 10),
            ("title: \"\\0\"", 9),
        ] {
            let d = yaml_escape(text, f, 2).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((d.line, d.column), (Some(2), Some(col)), "{text}");
        }
    }

    #[test]
    fn invisible_characters_are_found_typed_and_escaped() {
        let f = Path::new("x.md");
        assert!(invisible("title: Auce – “Jelgava”\nb: \"a\\tb\"\n", f, 2).is_empty());
        let found: Vec<_> = invisible(
            "title: a\u{202e}b\nsummary: \"\\u200B x\u{feff}\"\nn: '\\u2066'\n",
            f,
            2,
        )
        .into_iter()
        .map(|d| (d.line, d.column, d.message.contains("U+")))
        .collect();
        assert_eq!(
            found,
            [
                (Some(2), Some(9), true),
                (Some(3), Some(11), true),
                (Some(3), Some(19), true),
            ]
        );
        for c in [
            '\u{202a}', '\u{2069}', '\u{200b}', '\u{200d}', '\u{2060}', '\u{feff}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        assert!(!is_invisible('\u{200e}') && !is_invisible('ā'));
    }
}
