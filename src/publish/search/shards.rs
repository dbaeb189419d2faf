//! One language's search index in pieces, so that a visitor downloads
//! only what a query needs: a small table of contents (`index.json`), the
//! terms in sorted chunks of about [`CHUNK_BYTES`] (`s/N.json` for stems,
//! `f/N.json` for word forms), and the documents in groups of
//! [`DOCS_PER_SHARD`] (`d/N.json`: title, address, date, summary and the
//! opening of the text for snippets). A term's postings are the documents
//! that have it, in index order (news newest first), each as the distance
//! from the previous one, doubled, plus one when the term is in the title.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::stem::{Stemmer, terms};

/// About how large a chunk of terms grows (in bytes of JSON).
pub const CHUNK_BYTES: usize = 16 * 1024;

/// Documents per shard of documents.
pub const DOCS_PER_SHARD: usize = 8;

/// The index format; `search.js` refuses another.
pub const FORMAT: u32 = 1;

/// A document as the index shows it.
#[derive(Debug, Serialize)]
pub struct IndexDoc<'a> {
    /// Title.
    pub t: &'a str,
    /// Address.
    pub u: String,
    /// Date (`YYYY-MM-DD`), if any.
    pub d: Option<&'a str>,
    /// The date in words, in the page's language.
    pub h: Option<String>,
    /// Summary.
    pub s: &'a str,
    /// The opening of the text, for a snippet around the match.
    pub x: &'a str,
    /// Its distinct words, lowercased (not published).
    #[serde(skip)]
    pub words: &'a str,
}

#[derive(Serialize)]
struct Manifest<'a> {
    format: u32,
    /// Changes with any file of the index: added to their addresses, so a
    /// browser never mixes pieces of two builds.
    version: String,
    stemmer: Option<&'static str>,
    docs: usize,
    per_shard: usize,
    /// The first term of each chunk.
    stems: Vec<&'a str>,
    forms: Vec<&'a str>,
}

/// The files of the index, by path under the language's `search/`.
pub fn build(docs: &[IndexDoc], stemmer: Stemmer) -> Vec<(String, Vec<u8>)> {
    let titles: Vec<String> = docs
        .iter()
        .map(|d| crate::content::distinct_words(d.t))
        .collect();
    // Each distinct word is folded and stemmed once, whatever the number
    // of documents it is in.
    let mut distinct: FxHashSet<&str> = FxHashSet::default();
    for (doc, title) in docs.iter().zip(&titles) {
        distinct.extend(doc.words.split(' ').filter(|w| !w.is_empty()));
        distinct.extend(title.split(' ').filter(|w| !w.is_empty()));
    }
    let distinct: Vec<&str> = distinct.into_iter().collect();
    let word_terms: FxHashMap<&str, (String, String)> = distinct
        .par_iter()
        .map(|w| (*w, terms(stemmer, w)))
        .collect();
    let (mut forms, mut stems) = (Postings::default(), Postings::default());
    for (id, (doc, title)) in docs.iter().zip(&titles).enumerate() {
        let in_title: FxHashSet<&str> = title.split(' ').collect();
        let words = title.split(' ').chain(doc.words.split(' '));
        for word in words.filter(|w| !w.is_empty()) {
            let (form, stem) = &word_terms[word];
            let flag = in_title.contains(word);
            forms.add(form, id as u32, flag);
            stems.add(stem, id as u32, flag);
        }
    }
    let mut files = Vec::new();
    let stem_heads = chunks("s", &stems.encoded(), &mut files);
    let form_heads = chunks("f", &forms.encoded(), &mut files);
    for (n, shard) in docs.chunks(DOCS_PER_SHARD).enumerate() {
        let json = serde_json::to_vec(shard).expect("documents serialize");
        files.push((format!("d/{n}.json"), json));
    }
    let mut version = crate::fingerprint::Fingerprint::new();
    for (path, bytes) in &files {
        version.bytes(path.as_bytes()).bytes(bytes);
    }
    let manifest = Manifest {
        format: FORMAT,
        version: format!("{:08x}", version.finish() as u32),
        stemmer: stemmer.name(),
        docs: docs.len(),
        per_shard: DOCS_PER_SHARD,
        stems: stem_heads.iter().map(String::as_str).collect(),
        forms: form_heads.iter().map(String::as_str).collect(),
    };
    let manifest = serde_json::to_vec(&manifest).expect("the manifest serializes");
    files.push(("index.json".to_string(), manifest));
    files
}

/// Term → (documents, each with its title flag), in document order.
#[derive(Default)]
struct Postings<'a>(FxHashMap<&'a str, Vec<(u32, bool)>>);

impl<'a> Postings<'a> {
    fn add(&mut self, term: &'a str, id: u32, in_title: bool) {
        let list = self.0.entry(term).or_default();
        match list.last_mut() {
            Some((last, flag)) if *last == id => *flag |= in_title,
            _ => list.push((id, in_title)),
        }
    }

    /// Sorted terms with their postings as JSON arrays.
    fn encoded(&self) -> BTreeMap<&'a str, String> {
        self.0
            .par_iter()
            .map(|(term, list)| {
                let mut out = String::with_capacity(list.len() * 3 + 2);
                out.push('[');
                let mut previous = 0;
                for (n, &(id, flag)) in list.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    let delta = u64::from(id - previous) * 2 + u64::from(flag);
                    out.push_str(&delta.to_string());
                    previous = id;
                }
                out.push(']');
                (*term, out)
            })
            .collect()
    }
}

/// Cuts sorted terms into chunk files `DIR/N.json` of about
/// [`CHUNK_BYTES`]; returns the first term of each.
fn chunks(
    dir: &str,
    terms: &BTreeMap<&str, String>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Vec<String> {
    let mut heads = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, files: &mut Vec<(String, Vec<u8>)>, n: usize| {
        if !current.is_empty() {
            current.push('}');
            files.push((
                format!("{dir}/{n}.json"),
                std::mem::take(current).into_bytes(),
            ));
        }
    };
    for (term, postings) in terms {
        if current.len() >= CHUNK_BYTES {
            flush(&mut current, files, heads.len() - 1);
        }
        if current.is_empty() {
            heads.push(term.to_string());
            current.push('{');
        } else {
            current.push(',');
        }
        current.push_str(&serde_json::to_string(term).expect("a term serializes"));
        current.push(':');
        current.push_str(postings);
    }
    if !heads.is_empty() {
        flush(&mut current, files, heads.len() - 1);
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc<'a>(t: &'a str, words: &'a str) -> IndexDoc<'a> {
        IndexDoc {
            t,
            u: format!("/{t}/"),
            d: None,
            h: None,
            s: "",
            x: "",
            words,
        }
    }

    fn file(files: &[(String, Vec<u8>)], path: &str) -> serde_json::Value {
        let bytes = &files.iter().find(|(p, _)| p == path).expect(path).1;
        serde_json::from_slice(bytes).unwrap()
    }

    #[test]
    fn postings_hold_documents_by_distance_and_title() {
        let docs = [
            doc("Partneru sanāksme", "partneri tikās jelgavā"),
            doc("Cits", "nekas"),
            doc("Vēl", "partneriem jelgavā"),
        ];
        let files = build(&docs, Stemmer::Latvian);
        let manifest = file(&files, "index.json");
        assert_eq!(manifest["stemmer"], "latvian");
        assert_eq!(manifest["docs"], 3);
        let stems = file(&files, "s/0.json");
        // partner: document 0 (in its title: 0*2+1), then 2 (distance 2: 4).
        assert_eq!(stems["partner"], serde_json::json!([1, 4]));
        let forms = file(&files, "f/0.json");
        assert_eq!(forms["jelgava"], serde_json::json!([0, 4]));
        assert_eq!(forms["partneriem"], serde_json::json!([4]));
        let shard = file(&files, "d/0.json");
        assert_eq!(shard[2]["t"], "Vēl");
        assert!(shard[0].get("words").is_none());
    }

    #[test]
    fn terms_are_cut_into_sorted_chunks_named_in_the_manifest() {
        let words: Vec<String> = (0..5000).map(|n| format!("vards{n:05}")).collect();
        let text = words.join(" ");
        let docs = [doc("Liels", &text)];
        let files = build(&docs, Stemmer::None);
        let manifest = file(&files, "index.json");
        let heads: Vec<&str> = manifest["forms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert!(heads.len() > 2, "{heads:?}");
        assert!(heads.windows(2).all(|w| w[0] < w[1]));
        for (n, head) in heads.iter().enumerate() {
            let chunk = file(&files, &format!("f/{n}.json"));
            let chunk = chunk.as_object().unwrap();
            assert!(chunk.keys().all(|k| k.as_str() >= *head));
            if let Some(next) = heads.get(n + 1) {
                assert!(chunk.keys().all(|k| k.as_str() < *next));
            }
            assert!(serde_json::to_vec(chunk).unwrap().len() < CHUNK_BYTES + 1024);
        }
    }
}
