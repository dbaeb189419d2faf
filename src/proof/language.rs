//! Which language a block of text is in, by the share of its words each
//! dictionary knows: a Latvian paragraph left in a Lithuanian file is
//! known to the Latvian dictionary and hardly to the Lithuanian one.

use spellbook::Dictionary;

use super::dictionaries::Dictionaries;
use crate::config::SiteConfig;

/// Fewer words than this say too little about their language.
const MIN_WORDS: usize = 6;

/// The dictionaries of the other languages, with the languages' codes.
pub struct Others<'a> {
    /// (language index, or `None` for English; code; dictionary)
    languages: Vec<(Option<usize>, String, &'a Dictionary)>,
}

impl<'a> Others<'a> {
    pub fn new(config: &SiteConfig, dictionaries: &'a Dictionaries) -> Self {
        let mut languages: Vec<(Option<usize>, String, &Dictionary)> = config
            .languages
            .iter()
            .enumerate()
            .filter_map(|(l, lang)| {
                let d = dictionaries.by_lang[l].as_ref()?;
                Some((Some(l), lang.code.clone(), d))
            })
            .collect();
        let has_english = config.languages.iter().any(|l| l.code == "en");
        if let (Some(d), false) = (&dictionaries.english, has_english) {
            languages.push((None, "en".to_string(), d));
        }
        Self { languages }
    }

    /// The code of the language `words` are written in, when it is clearly
    /// not `lang`'s: its own dictionary knows fewer than 60 % of them
    /// (`unknown` are not known) and another knows at least 75 % and 30
    /// points more.
    pub fn language_of(
        &self,
        lang: usize,
        words: &[(usize, &str)],
        unknown: usize,
    ) -> Option<&str> {
        let n = words.len();
        if n < MIN_WORDS {
            return None;
        }
        let own = (n - unknown) as f64 / n as f64;
        if own >= 0.6 {
            return None;
        }
        self.languages
            .iter()
            .filter(|(l, _, _)| *l != Some(lang))
            .map(|(_, name, d)| {
                let known = words.iter().filter(|(_, w)| d.check(w)).count();
                (known as f64 / n as f64, name.as_str())
            })
            .filter(|(share, _)| *share >= 0.75 && share - own >= 0.3)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, name)| name)
    }
}
