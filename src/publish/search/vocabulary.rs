//! What one language's index is made from, kept by `serve` between builds:
//! every word seen with its two terms (form and stem, by number), each
//! document's words as numbers (by the document's fingerprint), and each
//! group of documents as JSON. An edit then folds and stems the words of
//! the changed document only; a one-off build starts empty.

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::shards::IndexDoc;
use super::stem::{Stemmer, terms};

/// A document's words: each word's number, with [`IN_TITLE`] set for the
/// words of its title.
pub type DocWords = Arc<[u32]>;

/// The bit of a word number that says it is in the title.
pub const IN_TITLE: u32 = 1 << 31;

/// Terms by number and numbers by term.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    numbers: FxHashMap<Box<str>, u32>,
    pub text: Vec<Box<str>>,
}

impl Interner {
    pub fn intern(&mut self, term: &str) -> u32 {
        if let Some(&n) = self.numbers.get(term) {
            return n;
        }
        let n = self.text.len() as u32;
        self.numbers.insert(term.into(), n);
        self.text.push(term.into());
        n
    }
}

#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    words: FxHashMap<Box<str>, u32>,
    /// Word number → (form number, stem number).
    word_terms: Vec<(u32, u32)>,
    pub forms: Interner,
    pub stems: Interner,
    docs: FxHashMap<u128, DocWords>,
    pub shards: FxHashMap<u128, bytes::Bytes>,
    /// Whether the documents' words are kept for the next build (`serve`).
    pub keep: bool,
}

impl Vocabulary {
    /// The words of each document, known ones taken from the last build.
    pub fn doc_words(&mut self, docs: &[IndexDoc], stemmer: Stemmer) -> Vec<DocWords> {
        let mut new_words: Vec<Box<str>> = Vec::new();
        let mut lists: Vec<Option<DocWords>> = Vec::with_capacity(docs.len());
        let mut made: Vec<(usize, Vec<u32>)> = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            if let Some(known) = self.docs.get(&doc.key) {
                lists.push(Some(known.clone()));
                continue;
            }
            lists.push(None);
            let mut number = |w: &str| match self.words.get(w) {
                Some(&n) => n,
                None => {
                    let n = (self.word_terms.len() + new_words.len()) as u32;
                    self.words.insert(w.into(), n);
                    new_words.push(w.into());
                    n
                }
            };
            let title = crate::content::distinct_words(doc.t);
            let mut words: Vec<u32> = title
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| number(w) | IN_TITLE)
                .collect();
            let in_title = words.len();
            for w in doc.words.split(' ').filter(|w| !w.is_empty()) {
                let n = number(w);
                if !words[..in_title].contains(&(n | IN_TITLE)) {
                    words.push(n);
                }
            }
            made.push((i, words));
        }
        // New words are folded and stemmed once, in parallel.
        let new_terms: Vec<(String, String)> =
            new_words.par_iter().map(|w| terms(stemmer, w)).collect();
        for (form, stem) in new_terms {
            let pair = (self.forms.intern(&form), self.stems.intern(&stem));
            self.word_terms.push(pair);
        }
        for (i, words) in made {
            lists[i] = Some(Arc::from(words));
        }
        // Only this build's documents are kept for the next, if any.
        self.docs = match self.keep {
            true => docs
                .iter()
                .zip(&lists)
                .map(|(d, l)| (d.key, l.clone().expect("every document has its words")))
                .collect(),
            false => FxHashMap::default(),
        };
        lists.into_iter().map(|l| l.expect("filled")).collect()
    }

    /// A word's (form, stem) numbers ([`IN_TITLE`] ignored).
    pub fn terms_of(&self, word: u32) -> (u32, u32) {
        self.word_terms[(word & !IN_TITLE) as usize]
    }
}
