//! The distinct words of a text, for the search index.

use rustc_hash::FxHashSet;

/// The distinct words of `text`, lower-cased, space-separated, in order of
/// first appearance. Only words not seen before are allocated: this runs on
/// every news item of a build.
pub fn distinct_words(text: &str) -> String {
    let mut seen: FxHashSet<Box<str>> = FxHashSet::default();
    let mut out = String::with_capacity(text.len() / 2);
    let mut lower;
    for word in Words(text) {
        let word = if word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            lower = word.to_lowercase();
            lower.as_str()
        } else {
            word
        };
        if seen.contains(word) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        seen.insert(word.into());
    }
    out
}

/// The first `max` characters of `text` or fewer, ending at a word's end,
/// with runs of white space made one space.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(max.min(text.len()));
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
    out
}

/// The maximal runs of alphanumeric characters, like
/// `text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())`
/// with a fast path for ASCII.
struct Words<'a>(&'a str);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.0;
        let is_word = |c: char| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                c.is_alphanumeric()
            }
        };
        let start = text.char_indices().find(|&(_, c)| is_word(c))?.0;
        let rest = &text[start..];
        let len = rest
            .char_indices()
            .find(|&(_, c)| !is_word(c))
            .map_or(rest.len(), |(i, _)| i);
        self.0 = &rest[len..];
        Some(&rest[..len])
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
        let text = "a1-b2 ,, Ķekava—Šiauliai x²y ½ 3.5 end";
        let expected: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(super::Words(text).collect::<Vec<_>>(), expected);
    }

    #[test]
    fn lower_casing_is_the_standard_librarys() {
        let text = "İstanbul ΣΊΣΥΦΟΣ Ąžuolas ĀBOLS";
        let expected: Vec<String> = text.split(' ').map(str::to_lowercase).collect();
        assert_eq!(distinct_words(text), expected.join(" "));
    }
}
