//! The distinct words of a text, for the search index.

use std::hash::BuildHasher;
use std::sync::OnceLock;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// The distinct words of `text`, lower-cased, space-separated, in order of
/// first appearance. This runs on every news item of a build, so nothing is
/// allocated per word: the words seen are places in the output, and a word
/// is lower-cased into one reused buffer.
pub fn distinct_words(text: &str) -> String {
    let mut seen: HashTable<(u32, u32)> = HashTable::with_capacity(256);
    let mut out = String::with_capacity(text.len() / 4);
    let mut lower = String::new();
    for (word, may_change) in Words::new(text) {
        let word = match may_change && lower_case(word, &mut lower) {
            true => lower.as_str(),
            false => word,
        };
        let hash = FxBuildHasher.hash_one(word);
        let known = |&(start, len): &(u32, u32)| {
            &out.as_bytes()[start as usize..(start + len) as usize] == word.as_bytes()
        };
        if seen.find(hash, known).is_some() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let start = out.len() as u32;
        out.push_str(word);
        seen.insert_unique(hash, (start, word.len() as u32), |&(s, l)| {
            FxBuildHasher.hash_one(&out[s as usize..(s + l) as usize])
        });
    }
    out.shrink_to_fit();
    out
}

/// The first `max` characters of `text` or fewer, ending at a word's end,
/// with runs of white space made one space.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(2 * max.min(text.len()));
    let mut count = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count() + usize::from(!out.is_empty());
        if count + len > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        count += len;
    }
    out.shrink_to_fit();
    out
}

/// Puts `word` in lower case into `buffer` and says true, or says false
/// when it is in lower case already. The same as `str::to_lowercase`
/// (which a test holds it to), with the Latin letters looked up in a table.
fn lower_case(word: &str, buffer: &mut String) -> bool {
    // A capital sigma's lower case depends on where in the word it is.
    if word.contains('Σ') {
        *buffer = word.to_lowercase();
        return *buffer != word;
    }
    let table = latin();
    buffer.clear();
    for c in word.chars() {
        match table.get(c as usize) {
            Some(&(_, lower)) if lower != '\0' => buffer.push(lower),
            _ => buffer.extend(c.to_lowercase()),
        }
    }
    *buffer != word
}

/// The first code points (ASCII, Latin-1 and Latin Extended-A and B, where
/// every Latvian and Lithuanian letter is): whether each is a letter or
/// digit, and its lower case when that is one character (else `'\0'`).
const LATIN: usize = 0x250;

fn latin() -> &'static [(bool, char); LATIN] {
    static TABLE: OnceLock<[(bool, char); LATIN]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|i| {
            let c = char::from_u32(i as u32).unwrap_or('\0');
            let mut lower = c.to_lowercase();
            let single = match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => '\0',
            };
            (c.is_alphanumeric(), single)
        })
    })
}

fn is_word_char(c: char) -> bool {
    match latin().get(c as usize) {
        Some(&(word, _)) => word,
        None => c.is_alphanumeric(),
    }
}

/// What an ASCII byte is in a word: not part of one, a letter or digit
/// that is its own lower case, or a capital letter.
const SPACE: u8 = 0;
const SAME: u8 = 1;
const CAPITAL: u8 = 2;
const ASCII: [u8; 128] = {
    let mut table = [SPACE; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'0'..=b'9' => SAME,
            b'A'..=b'Z' => CAPITAL,
            _ => SPACE,
        };
        b += 1;
    }
    table
};

/// The code point of the two-byte UTF-8 sequence at `bytes[i]` (the text
/// is UTF-8, so a lead byte of C2 to DF has its one continuation byte).
fn latin_char(bytes: &[u8], i: usize) -> char {
    let code = (u32::from(bytes[i] & 0x1f) << 6) | u32::from(bytes[i + 1] & 0x3f);
    char::from_u32(code).expect("two UTF-8 bytes make a character")
}

/// The table's entry for the character at `bytes[i]` when it is two bytes
/// long and in the table, without decoding it in general.
fn latin_pair(table: &[(bool, char); LATIN], bytes: &[u8], i: usize) -> Option<(bool, char)> {
    match bytes[i] {
        0xc2..=0xdf => table.get(latin_char(bytes, i) as usize).copied(),
        _ => None,
    }
}

/// The maximal runs of alphanumeric characters, like
/// `text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())`,
/// each with whether its lower case may differ from it: a word's
/// characters are looked at once, while it is found (most words are in
/// lower case already, a Latvian or Lithuanian word with its diacritics too).
struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        Words { text, at: 0 }
    }

    /// The character at byte `i` (a character starts there), its length
    /// in bytes, and whether it is a letter or digit.
    fn char_at(&self, i: usize) -> (char, usize, bool) {
        let c = self.text[i..]
            .chars()
            .next()
            .expect("a character starts here");
        (c, c.len_utf8(), is_word_char(c))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = (&'a str, bool);

    fn next(&mut self) -> Option<(&'a str, bool)> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // To the word's first character.
        loop {
            let &b = bytes.get(i)?;
            if b < 0x80 {
                if ASCII[b as usize] != SPACE {
                    break;
                }
                i += 1;
            } else {
                let (_, len, word) = self.char_at(i);
                if word {
                    break;
                }
                i += len;
            }
        }
        let start = i;
        let mut may_change = false;
        let table = latin();
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                match ASCII[b as usize] {
                    SPACE => break,
                    class => may_change |= class == CAPITAL,
                }
                i += 1;
            } else if let Some((word, lower)) = latin_pair(table, bytes, i) {
                // A Latvian or Lithuanian letter: two bytes, in the table.
                if !word {
                    break;
                }
                may_change |= lower != latin_char(bytes, i);
                i += 2;
            } else {
                let (c, len, word) = self.char_at(i);
                if !word {
                    break;
                }
                may_change |= match table.get(c as usize) {
                    Some(&(_, lower)) => lower != c,
                    None => true,
                };
                i += len;
            }
        }
        self.at = i;
        Some((&self.text[start..i], may_change))
    }
}

#[cfg(test)]
mod tests {
    use super::distinct_words;

    #[test]
    fn words_are_folded_to_lower_case_once_each() {
        assert_eq!(
            distinct_words("Ziņa, ZIŅA un ziņa; Žagarė 2018. žagarė!"),
            "ziņa un žagarė 2018"
        );
        assert_eq!(distinct_words(" -- "), "");
    }

    #[test]
    fn words_split_like_the_standard_library() {
        let text = "a1-b2 ,, Ķekava—Šiauliai x²y ½ 3.5 end ǅungla ×÷ ſ";
        let expected: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let words: Vec<&str> = super::Words::new(text).map(|(w, _)| w).collect();
        assert_eq!(words, expected);
    }

    #[test]
    fn lower_casing_is_the_standard_librarys() {
        let text = "İstanbul ΣΊΣΥΦΟΣ Ąžuolas ĀBOLS ǅungla ŸES ĲSSEL ΑΣ";
        let expected: Vec<String> = text.split(' ').map(str::to_lowercase).collect();
        assert_eq!(distinct_words(text), expected.join(" "));
    }

    #[test]
    fn the_table_agrees_with_the_standard_library_on_every_code_point_it_holds() {
        let mut buffer = String::new();
        for i in 0..super::LATIN as u32 {
            let Some(c) = char::from_u32(i) else { continue };
            assert_eq!(super::is_word_char(c), c.is_alphanumeric(), "{c:?}");
            let word = format!("a{c}b");
            let lowered = match super::lower_case(&word, &mut buffer) {
                true => buffer.clone(),
                false => word.clone(),
            };
            assert_eq!(lowered, word.to_lowercase(), "{c:?}");
            // Found and folded as the standard library would.
            let words: Vec<String> = word
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            let mut distinct = Vec::<String>::new();
            for w in words {
                if !distinct.contains(&w) {
                    distinct.push(w);
                }
            }
            assert_eq!(super::distinct_words(&word), distinct.join(" "), "{c:?}");
        }
    }
}
