//! Words of running text, and whether a language knows them.

use rustc_hash::FxHashMap;
use spellbook::Dictionary;

use super::site_words::SiteWords;

/// The words of `text` worth a dictionary's look, with their byte offsets:
/// runs of letters, but nothing in an address, an e-mail address or a file
/// name, no abbreviation in capitals (ERAF, LLI), no single letters.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    chunks(text)
        .filter(|(_, chunk)| !is_address_like(chunk))
        .flat_map(|(at, chunk)| {
            letter_runs(chunk)
                .map(move |(i, w)| (at + i, w))
                .filter(|(_, w)| worth_checking(w))
        })
}

/// Whitespace-separated pieces with their offsets.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(char::is_whitespace)
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            Some((start, piece.trim_end()))
        })
        .filter(|(_, c)| !c.is_empty())
}

/// An address, e-mail address, file name, path or entity: `zpr.lv`,
/// `plans.pdf`, `info@zpr.lv`, `https://…`, `&amp;`.
fn is_address_like(chunk: &str) -> bool {
    let inner = chunk.trim_matches(|c: char| !c.is_alphanumeric());
    inner.contains(['@', '/', '\\', '_', '&', '=', '#'])
        || inner
            .char_indices()
            .any(|(i, c)| c == '.' && inner[i + 1..].starts_with(char::is_alphanumeric))
}

/// Runs of letters (a word with a hyphen is two words).
fn letter_runs(chunk: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = chunk.char_indices().peekable();
    std::iter::from_fn(move || {
        while rest.peek().is_some_and(|(_, c)| !c.is_alphabetic()) {
            rest.next();
        }
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphabetic() {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        // A word glued to digits (`3D`, `H2O`) is a code, not a word.
        let glued = chunk[end..].starts_with(|c: char| c.is_ascii_digit())
            || chunk[..start].ends_with(|c: char| c.is_ascii_digit());
        Some((start, if glued { "" } else { &chunk[start..end] }))
    })
    .filter(|(_, w)| !w.is_empty())
}

fn worth_checking(word: &str) -> bool {
    let mut chars = word.chars();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    chars.nth(1).is_some() && !(capitals > 1 && capitals == word.chars().count())
}

/// One language's judge of words: its dictionary, the site's words, and
/// what it already said about each word (most words come back often).
pub struct Speller<'a> {
    pub dictionary: &'a Dictionary,
    pub site: &'a SiteWords,
    seen: FxHashMap<Box<str>, bool>,
}

impl<'a> Speller<'a> {
    pub fn new(dictionary: &'a Dictionary, site: &'a SiteWords) -> Self {
        Self {
            dictionary,
            site,
            seen: FxHashMap::default(),
        }
    }

    /// Whether `word` is spelled right in this language; before a full
    /// stop it may be an abbreviation the dictionary has with it (`Nr.`,
    /// `plkst.`, `pvz.`).
    pub fn knows_before(&mut self, word: &str, full_stop: bool) -> bool {
        self.knows(word) || (full_stop && self.dictionary.check(&format!("{word}.")))
    }

    /// Whether `word` is spelled right in this language.
    pub fn knows(&mut self, word: &str) -> bool {
        if let Some(&known) = self.seen.get(word) {
            return known;
        }
        let known = self.dictionary.check(word) || self.site.knows(word);
        self.seen.insert(word.into(), known);
        known
    }
}

/// Suggestions from similar words of the whole dictionary ("ngram"
/// suggestions) scan every word of it, tens of milliseconds a word: they
/// are made for at most this many distinct unknown words of a language in
/// one run (the first in sorted order, so the output stays the same from
/// run to run). The other words get the suggestions found by editing the
/// word (a letter swapped, missing, doubled …), a number of look-ups
/// bounded by the word's length.
pub const MAX_THOROUGH_WORDS: usize = 64;

/// Longer words get no suggestions: no Latvian or Lithuanian word is this
/// long, and editing one costs look-ups by the square of its length.
pub const MAX_SUGGESTED_CHARS: usize = 40;

/// How each of the distinct unknown `words` (sorted) is given suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// Edits of the word and similar words of the whole dictionary.
    Thorough,
    /// Edits of the word only.
    Edits,
    None,
}

/// The effort for each word of `words`, in their order.
pub fn efforts<'w>(words: impl IntoIterator<Item = &'w str>) -> Vec<(&'w str, Effort)> {
    let mut thorough = 0;
    words
        .into_iter()
        .map(|w| {
            let effort = if w.chars().count() > MAX_SUGGESTED_CHARS {
                Effort::None
            } else if thorough < MAX_THOROUGH_WORDS {
                thorough += 1;
                Effort::Thorough
            } else {
                Effort::Edits
            };
            (w, effort)
        })
        .collect()
}

/// Up to three suggestions for `word`.
pub fn suggestions(dictionary: &Dictionary, word: &str, effort: Effort) -> Vec<String> {
    let mut out = Vec::new();
    match effort {
        Effort::Thorough => dictionary.suggest(word, &mut out),
        Effort::Edits => dictionary
            .checker()
            .into_suggester()
            .with_ngram_suggestions(false)
            .suggest(word, &mut out),
        Effort::None => {}
    }
    out.truncate(3);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<&str> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn words_but_not_addresses_codes_or_abbreviations() {
        assert_eq!(
            all(
                "Projekts LLI-317 (ERAF) rakstiet info@zpr.lv vai https://zpr.lv, plāns.pdf; Latvija–Lietuva 3D"
            ),
            ["Projekts", "rakstiet", "vai", "Latvija", "Lietuva"]
        );
    }

    #[test]
    fn a_few_words_are_looked_for_thoroughly_and_long_ones_not_at_all() {
        let long = "a".repeat(MAX_SUGGESTED_CHARS + 1);
        let many: Vec<String> = (0..MAX_THOROUGH_WORDS + 10)
            .map(|i| format!("vards{i:03}"))
            .collect();
        let words = std::iter::once(long.as_str()).chain(many.iter().map(String::as_str));
        let planned = efforts(words);
        assert_eq!(planned[0].1, Effort::None);
        let count = |e| planned.iter().filter(|(_, x)| *x == e).count();
        assert_eq!(count(Effort::Thorough), MAX_THOROUGH_WORDS);
        assert_eq!(count(Effort::Edits), 10);
        // The first in order are the thorough ones: the same every run.
        assert_eq!(planned[1], ("vards000", Effort::Thorough));
        assert_eq!(planned.last().unwrap().1, Effort::Edits);
    }

    #[test]
    fn offsets_point_at_the_word() {
        let text = "  Jelgavā, „Dobelē“";
        for (at, w) in words(text) {
            assert_eq!(&text[at..at + w.len()], w);
        }
        assert_eq!(all(text), ["Jelgavā", "Dobelē"]);
    }
}
