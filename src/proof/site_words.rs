//! The site's own words, which the spelling check never reports: names of
//! partners, places and programme terms from the data files (with their
//! inflected forms), and `content/data/words.yaml`:
//!
//! ```yaml
//! lv:
//!   - SocQuality
//!   - Zemgal*      # any ending: Zemgale, Zemgales, Zemgalē
//! lt:
//!   - SocQuality
//! all:             # every language
//!   - Interreg
//! ```

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::data::model::Localized;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::yaml::Spanned;

pub const WORDS_FILE: &str = "content/data/words.yaml";

/// The key of words for every language.
const ALL: &str = "all";

/// The words one language accepts besides its dictionary's.
#[derive(Debug, Default, PartialEq)]
pub struct SiteWords {
    /// Lowercased.
    exact: HashSet<String>,
    /// Lowercased beginnings (`Zemgal*`, and each name's stem).
    prefixes: Vec<(String, usize)>,
}

impl SiteWords {
    /// Whether `word` is one of the site's words.
    pub fn knows(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.exact.contains(&lower)
            || self
                .prefixes
                .iter()
                .any(|(p, most)| lower.starts_with(p.as_str()) && lower.chars().count() <= *most)
    }

    fn add_written(&mut self, word: &str) {
        let word = word.trim().to_lowercase();
        match word.strip_suffix('*') {
            Some(prefix) if !prefix.is_empty() => {
                self.prefixes.push((prefix.to_string(), usize::MAX))
            }
            _ => {
                self.exact.insert(word);
            }
        }
    }

    /// A name from the data files: each of its words, and the inflected
    /// forms of its proper names (a capitalized word without its last one
    /// or two letters, then up to three more: Jelgava → Jelgavā,
    /// Jelgavas). Common words in names are the dictionary's business.
    fn add_name(&mut self, name: &str) {
        for (_, word) in super::spelling::words(name) {
            let lower = word.to_lowercase();
            let chars: Vec<char> = lower.chars().collect();
            let cut = match chars.len() {
                0..=3 => 0,
                4 | 5 => 1,
                _ => 2,
            };
            if cut > 0 && word.starts_with(char::is_uppercase) {
                let stem: String = chars[..chars.len() - cut].iter().collect();
                self.prefixes.push((stem, chars.len() + 3));
            }
            self.exact.insert(lower);
        }
    }
}

/// The site's words per language, and what was wrong in `words.yaml`.
pub fn load(
    root: &Path,
    config: &SiteConfig,
    data: &SiteData,
) -> (Vec<SiteWords>, Vec<Diagnostic>) {
    let mut words: Vec<SiteWords> = config
        .languages
        .iter()
        .map(|_| SiteWords::default())
        .collect();
    for (l, lang) in config.languages.iter().enumerate() {
        for name in data_names(data, &lang.code, l) {
            words[l].add_name(name);
        }
        words[l].add_name(&data.project.acronym);
    }
    let (listed, diags) = read_words_file(root, config);
    for (code, list) in listed {
        let targets: Vec<usize> = if code == ALL {
            (0..config.languages.len()).collect()
        } else {
            config
                .languages
                .iter()
                .position(|l| l.code == code)
                .into_iter()
                .collect()
        };
        for l in targets {
            for w in &list {
                words[l].add_written(&w.value);
            }
        }
    }
    (words, diags)
}

/// Every name in the data files, in language `code` (at `lang`).
fn data_names<'a>(data: &'a SiteData, code: &str, lang: usize) -> Vec<&'a str> {
    let p = &data.project;
    let mut texts: Vec<&Localized> = vec![&p.name, &p.programme, &p.fund.name, &p.fund.short];
    for partner in &data.partners.partners {
        texts.extend([&partner.name, &partner.kind, &partner.town]);
    }
    let mut names: Vec<&str> = texts
        .into_iter()
        .filter_map(|t| t.value.get(code).map(String::as_str))
        .collect();
    names.extend(
        data.tags
            .tags
            .iter()
            .filter_map(|t| t.names.get(lang))
            .map(String::as_str),
    );
    names
}

type Listed = BTreeMap<String, Vec<Spanned<String>>>;

/// `words.yaml` as written (none: no words).
fn read_words_file(root: &Path, config: &SiteConfig) -> (Listed, Vec<Diagnostic>) {
    let path = Path::new(WORDS_FILE);
    if !root.join(path).exists() {
        return (Listed::new(), Vec::new());
    }
    let text = match crate::fsio::read_site_file(root, path) {
        Ok(bytes) => match crate::content::decode_text(&bytes, path) {
            Ok(text) => text,
            Err(d) => return (Listed::new(), vec![d]),
        },
        Err(e) => {
            let d = Diagnostic::error(path, msg("data-unreadable").arg("detail", e));
            return (Listed::new(), vec![d]);
        }
    };
    if text.trim().is_empty() {
        return (Listed::new(), Vec::new());
    }
    let listed: Listed = match crate::yaml::parse(&text, path, 1) {
        Ok(l) => l,
        Err(d) => return (Listed::new(), vec![d]),
    };
    let mut diags = Vec::new();
    for (code, list) in &listed {
        if code != ALL && !config.languages.iter().any(|l| &l.code == code) {
            let line = list
                .first()
                .map_or(1, |w| crate::yaml::position(w, 1).0 - 1);
            diags.push(
                Diagnostic::warning(path, msg("words-unknown-language").arg("code", code))
                    .at(line.max(1), 1),
            );
        }
    }
    (listed, diags)
}

/// Adds `unknown` (words per language code) to `words.yaml`, each under its
/// language, after the words already there; nothing written is changed.
/// Returns how many words were added.
pub fn add_words(
    root: &Path,
    unknown: &BTreeMap<String, BTreeSet<String>>,
) -> anyhow::Result<usize> {
    use anyhow::Context;
    let path = root.join(WORDS_FILE);
    let text = match path.exists() {
        true => String::from_utf8(
            crate::fsio::read_site_file(root, Path::new(WORDS_FILE))
                .with_context(|| crate::fsio::about("file-cannot-read", Path::new(WORDS_FILE)))?,
        )
        .with_context(|| crate::fsio::about("words-not-utf8", Path::new(WORDS_FILE)))?,
        false => format!(
            "# {}\n",
            crate::messages::text(&crate::messages::msg("words-comment"))
        ),
    };
    let listed: Listed = if text
        .lines()
        .any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
    {
        crate::yaml::parse(&text, Path::new(WORDS_FILE), 1)
            .map_err(|d| anyhow::anyhow!("{WORDS_FILE}:{}: {}", d.line.unwrap_or(1), d.message))?
    } else {
        Listed::new()
    };
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut added = 0;
    // New words go after the last word of their language's list...
    let mut after: Vec<(usize, Vec<String>)> = Vec::new();
    // ...or, for a language without a list, into a new one at the end.
    let mut appended = Vec::new();
    for (code, new) in unknown {
        let have: HashSet<String> = listed
            .get(code)
            .into_iter()
            .flatten()
            .map(|w| w.value.to_lowercase())
            .collect();
        let items: Vec<String> = new
            .iter()
            .filter(|w| !have.contains(&w.to_lowercase()))
            .map(|w| format!("  - {w}"))
            .collect();
        if items.is_empty() {
            continue;
        }
        added += items.len();
        let key_line = lines
            .iter()
            .position(|l| l.starts_with(&format!("{code}:")));
        match (listed.get(code).and_then(|l| l.last()), key_line) {
            (Some(last), _) => after.push((crate::yaml::position(last, 1).0 as usize, items)),
            // `lv: []`: the key stays, now with a list below it.
            (None, Some(at)) => {
                lines[at] = format!("{code}:");
                after.push((at + 1, items));
            }
            (None, None) => {
                appended.push(format!("{code}:"));
                appended.extend(items);
            }
        }
    }
    // From the bottom up, so that the line numbers above still hold.
    after.sort_by_key(|(line, _)| std::cmp::Reverse(*line));
    for (line, items) in after {
        let at = line.min(lines.len());
        lines.splice(at..at, items);
    }
    lines.extend(appended);
    let mut out = lines.join("\n");
    out.push('\n');
    crate::fsio::write_atomic(&path, out.as_bytes())
        .with_context(|| crate::fsio::about("file-cannot-write", Path::new(WORDS_FILE)))?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn added(before: &str, new: &[(&str, &[&str])]) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(WORDS_FILE);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        if !before.is_empty() {
            std::fs::write(&path, before).unwrap();
        }
        let unknown = new
            .iter()
            .map(|(code, words)| {
                (
                    code.to_string(),
                    words.iter().map(|w| w.to_string()).collect(),
                )
            })
            .collect();
        add_words(dir.path(), &unknown).unwrap();
        std::fs::read_to_string(&path).unwrap()
    }

    #[test]
    fn new_words_join_their_list_and_nothing_else_changes() {
        let before = "# mine\nlv:\n  - Auce  # a town\nlt:\n  - Aucė\nall: []\n";
        assert_eq!(
            added(
                before,
                &[
                    ("lv", &["Jelgava", "auce"]),
                    ("lt", &["Biržai"]),
                    ("all", &["Interreg"])
                ]
            ),
            "# mine\nlv:\n  - Auce  # a town\n  - Jelgava\nlt:\n  - Aucė\n  - Biržai\nall:\n  - Interreg\n"
        );
    }

    #[test]
    fn a_new_file_and_a_new_language() {
        let made = added("", &[("lv", &["SocQuality"])]);
        assert!(made.starts_with("# Words the spelling check accepts"));
        assert!(made.ends_with("lv:\n  - SocQuality\n"), "{made}");
        assert_eq!(
            added("lv:\n  - A\n", &[("lt", &["B"])]),
            "lv:\n  - A\nlt:\n  - B\n"
        );
    }

    #[test]
    fn names_from_the_data_files_take_endings() {
        let mut words = SiteWords::default();
        words.add_name("Jelgavas novada pašvaldība");
        for w in ["Jelgava", "Jelgavā", "Jelgavas", "pašvaldība", "novada"] {
            assert!(words.knows(w), "{w}");
        }
        // Common words in names keep their dictionary: no ending rule.
        assert!(!words.knows("novadds"));
        words.add_written("Matvej*");
        assert!(words.knows("Matvejam") && !words.knows("Matvjs"));
    }
}
