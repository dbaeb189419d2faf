//! A light stemmer for Latvian: the algorithm of Apache Lucene's
//! `LatvianStemmer` (Apache License 2.0), itself a light version of Kārlis
//! Kreslins' "A stemming algorithm for Latvian" (PhD thesis, 1996). It
//! strips the case and number endings of nouns and adjectives (and the
//! definite adjective endings), keeping at least one vowel and three
//! letters of the stem, and undoes the consonant change of declensions
//! II, V and VI ("ziņu" → "zin", like "zina"). Written here from the
//! description and the affix table; `themes/default/static/assets/search/
//! latvian-stemmer.js` is the same algorithm for the browser, and a test
//! holds the two to the same results.
//!
//! The word must be lowercase, with its diacritics.

/// An ending: the ending, how many vowels the word must have more than,
/// and whether taking it off may undo a consonant change.
struct Ending {
    text: &'static str,
    vowels: usize,
    palatalized: bool,
}

const fn e(text: &'static str, vowels: usize, palatalized: bool) -> Ending {
    Ending {
        text,
        vowels,
        palatalized,
    }
}

/// Longest first where one ends another; the first that fits is taken.
const ENDINGS: [Ending; 38] = [
    e("ajiem", 3, false),
    e("ajai", 3, false),
    e("ajam", 2, false),
    e("ajām", 2, false),
    e("ajos", 2, false),
    e("ajās", 2, false),
    e("iem", 2, true),
    e("ajā", 2, false),
    e("ais", 2, false),
    e("ai", 2, false),
    e("ei", 2, false),
    e("ām", 1, false),
    e("am", 1, false),
    e("ēm", 1, false),
    e("īm", 1, false),
    e("im", 1, false),
    e("um", 1, false),
    e("us", 1, true),
    e("as", 1, false),
    e("ās", 1, false),
    e("es", 1, false),
    e("os", 1, true),
    e("ij", 1, false),
    e("īs", 1, false),
    e("ēs", 1, false),
    e("is", 1, false),
    e("ie", 1, false),
    e("u", 1, true),
    e("a", 1, true),
    e("i", 1, true),
    e("e", 1, false),
    e("ā", 1, false),
    e("ē", 1, false),
    e("ī", 1, false),
    e("ū", 1, false),
    e("o", 1, false),
    e("s", 0, false),
    e("š", 0, false),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'ā' | 'ī' | 'ē' | 'ū')
}

/// The stem of `word`.
pub fn stem(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let vowels = chars.iter().filter(|c| is_vowel(**c)).count();
    for ending in &ENDINGS {
        let end: Vec<char> = ending.text.chars().collect();
        if vowels > ending.vowels && chars.len() >= end.len() + 3 && chars.ends_with(&end) {
            let mut stem = chars[..chars.len() - end.len()].to_vec();
            if ending.palatalized {
                undo_consonant_change(&mut stem, end[0] == 'u');
            }
            return stem.into_iter().collect();
        }
    }
    word.to_string()
}

/// Undoes the consonant change before an ending of declension II, V or VI
/// (all but the ambiguous s/t → š and d/z → ž). `genitive_plural`: the
/// ending began with -u, where kš and ņņ can only come from kst and nn.
fn undo_consonant_change(stem: &mut Vec<char>, genitive_plural: bool) {
    let ends = |s: &[char], tail: &str| {
        let tail: Vec<char> = tail.chars().collect();
        s.ends_with(&tail)
    };
    let replace_last_two = |s: &mut Vec<char>, a: char, b: char| {
        let n = s.len();
        s[n - 2] = a;
        s[n - 1] = b;
    };
    if genitive_plural {
        if ends(stem, "kš") {
            let n = stem.len();
            stem[n - 1] = 's';
            stem.push('t');
            return;
        }
        if ends(stem, "ņņ") {
            return replace_last_two(stem, 'n', 'n');
        }
    }
    if ["pj", "bj", "mj", "vj"].iter().any(|t| ends(stem, t)) {
        // A labial consonant took a j: take it away.
        stem.pop();
    } else if ends(stem, "šņ") {
        replace_last_two(stem, 's', 'n');
    } else if ends(stem, "žņ") {
        replace_last_two(stem, 'z', 'n');
    } else if ends(stem, "šļ") {
        replace_last_two(stem, 's', 'l');
    } else if ends(stem, "žļ") {
        replace_last_two(stem, 'z', 'l');
    } else if ends(stem, "ļņ") {
        replace_last_two(stem, 'l', 'n');
    } else if ends(stem, "ļļ") {
        replace_last_two(stem, 'l', 'l');
    } else if let Some(last) = stem.last_mut() {
        *last = match *last {
            'č' => 'c',
            'ļ' => 'l',
            'ņ' => 'n',
            other => other,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn the_forms_of_a_noun_share_a_stem() {
        for form in [
            "partneris",
            "partnera",
            "partnerim",
            "partneri",
            "partneru",
            "partneriem",
            "partneros",
        ] {
            assert_eq!(stem(form), "partner", "{form}");
        }
        for form in [
            "pašvaldība",
            "pašvaldības",
            "pašvaldību",
            "pašvaldībai",
            "pašvaldībām",
            "pašvaldībās",
        ] {
            assert_eq!(stem(form), "pašvaldīb", "{form}");
        }
    }

    #[test]
    fn consonant_changes_are_undone() {
        // ziņa (nom.), ziņu (gen. pl.): the -ņ- of the plural is -n-.
        assert_eq!(stem("ziņu"), stem("ziņa"));
        // Lucene's own examples: the labial's j, and kst in the genitive plural.
        assert_eq!(stem("zivju"), "ziv");
        assert_eq!(stem("krūšu"), "krūš");
        assert_eq!(stem("kokšu"), "kokst");
        assert_eq!(stem("dziesmu"), stem("dziesmas"));
    }

    #[test]
    fn short_words_and_words_without_a_vowel_are_kept() {
        assert_eq!(stem("un"), "un");
        assert_eq!(stem("ir"), "ir");
        assert_eq!(stem("es"), "es");
        assert_eq!(stem("lli"), "lli");
    }
}
