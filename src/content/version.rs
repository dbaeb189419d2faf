//! Which version of its source a translation was made from. A version is
//! a document's title, summary and paragraphs with every run of
//! whitespace made one space (a line wrapped differently or a doubled
//! space is the same version); a translation's `translated_from:` names
//! the source's version by a short hash of that text, and the text itself
//! is kept in `content/translated-from/HASH.txt`, so that `check` can say
//! which paragraphs changed since.

use std::path::PathBuf;

/// The folder, under the site's root, of the source versions that
/// translations were made from (one file per version, named by its hash;
/// committed with the site, as the translations that name them are).
pub const SNAPSHOTS: &str = "content/translated-from";

/// `translated_from:` as read: the source's version and the date it was
/// marked, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedFrom {
    pub version: String,
    /// `YYYY-MM-DD`, when given.
    pub date: Option<String>,
    pub line: u32,
    pub column: u32,
}

/// The text of a version: the title, the summary, then each paragraph of
/// the body, whitespace collapsed, one blank line between them.
pub fn normalized(title: &str, summary: &str, body: &str) -> String {
    let mut parts = vec![collapsed(title), collapsed(summary)];
    parts.extend(paragraphs(body));
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

/// The version text of a document (its `title` and `summary` as read)
/// whose file holds `file_text`; `None` when the file has no front matter.
pub fn text_of_file(file_text: &str, title: &str, summary: &str) -> Option<String> {
    let text = file_text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n");
    let body = super::front_matter::split(&text, std::path::Path::new(""))
        .ok()?
        .body;
    Some(normalized(title, summary, body))
}

/// The version of a text made by [`normalized`]: 12 hex digits.
pub fn hash(normalized: &str) -> String {
    let h = xxhash_rust::xxh3::xxh3_64(normalized.as_bytes());
    format!("{:012x}", h >> 16)
}

/// The file of the version `hash`, relative to the site's root.
pub fn snapshot_path(hash: &str) -> PathBuf {
    PathBuf::from(SNAPSHOTS).join(format!("{hash}.txt"))
}

/// `translated_from:`'s value: the version (12 hex digits) and an optional
/// date, or `None` when it is not what tilts writes.
pub fn parse_value(value: &str) -> Option<(String, Option<String>)> {
    let mut words = value.split_whitespace();
    let version = words.next()?;
    let date = words.next();
    let hex = version.len() == 12 && version.bytes().all(|b| b.is_ascii_hexdigit());
    let date_ok = date.is_none_or(|d| crate::i18n::format::parse_iso_date(d).is_some());
    (hex && date_ok && words.next().is_none())
        .then(|| (version.to_ascii_lowercase(), date.map(str::to_string)))
}

fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The body's paragraphs (blocks between blank lines), whitespace collapsed.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        for word in line.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// What changed between two versions' texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    pub title: bool,
    pub summary: bool,
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

/// The changes from `old` to `new` (both made by [`normalized`]):
/// paragraphs that are in both are matched in order (the longest common
/// sequence); between two matched ones, a paragraph that went and one that
/// came in its place count as one changed.
pub fn changes(old: &str, new: &str) -> Changes {
    let split = |t: &str| -> Vec<String> {
        let mut parts: Vec<String> = t
            .trim_end_matches('\n')
            .split("\n\n")
            .map(str::to_string)
            .collect();
        parts.resize(parts.len().max(2), String::new());
        parts
    };
    let (old, new) = (split(old), split(new));
    let mut c = Changes {
        title: old[0] != new[0],
        summary: old[1] != new[1],
        ..Changes::default()
    };
    let (a, b) = (&old[2..], &new[2..]);
    // Lengths of the longest common sequences of the tails.
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut gone, mut came) = (0, 0, 0, 0);
    let mut settle = |gone: &mut usize, came: &mut usize| {
        let both = (*gone).min(*came);
        c.changed += both;
        c.removed += *gone - both;
        c.added += *came - both;
        (*gone, *came) = (0, 0);
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            settle(&mut gone, &mut came);
            (i, j) = (i + 1, j + 1);
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            came += 1;
            j += 1;
        } else {
            gone += 1;
            i += 1;
        }
    }
    settle(&mut gone, &mut came);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_not_a_change() {
        let a = normalized("Title", "Sum", "One line\nwrapped.\n\nTwo.\n");
        let b = normalized(" Title ", "Sum", "One  line wrapped.\n\n\n\nTwo.  \n");
        assert_eq!(a, b);
        assert_eq!(hash(&a), hash(&b));
        assert_eq!(hash(&a).len(), 12);
        assert_ne!(hash(&a), hash(&normalized("Title", "Sum", "One.")));
    }

    #[test]
    fn paragraphs_added_removed_changed() {
        let old = normalized("T", "S", "A\n\nB\n\nC\n\nD");
        let new = normalized("T", "S", "A\n\nB2\n\nC\n\nD\n\nE\n\nF");
        let c = changes(&old, &new);
        assert_eq!((c.added, c.removed, c.changed), (2, 0, 1));
        assert!(!c.title && !c.summary);
        let c = changes(&old, &normalized("T2", "S", "B\n\nD"));
        assert_eq!((c.added, c.removed, c.changed, c.title), (0, 2, 0, true));
        let c = changes(&normalized("T", "", ""), &normalized("T", "S", "A"));
        assert_eq!((c.added, c.summary), (1, true));
    }

    #[test]
    fn values_of_translated_from() {
        assert_eq!(
            parse_value("3fa9c2e81b07 2026-12-01"),
            Some(("3fa9c2e81b07".into(), Some("2026-12-01".into())))
        );
        assert_eq!(
            parse_value("3FA9C2E81B07"),
            Some(("3fa9c2e81b07".into(), None))
        );
        for bad in [
            "",
            "xyz",
            "3fa9c2e81b07 yesterday",
            "3fa9c2e81b07 2026-12-01 x",
        ] {
            assert_eq!(parse_value(bad), None, "{bad}");
        }
    }
}
