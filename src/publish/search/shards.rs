//! One language's search index in pieces, so that a visitor downloads
//! only what a query needs: a small table of contents (`index.json`), the
//! terms in sorted chunks of about [`CHUNK_BYTES`] (`s/N.json` for stems,
//! `f/N.json` for word forms), and the documents in groups of
//! [`DOCS_PER_SHARD`] (`d/N.json`: title, address, date, summary and the
//! opening of the text for snippets). A term's postings are the documents
//! that have it, in index order (news newest first), each as the distance
//! from the previous one, doubled, plus one when the term is in the title.

use rayon::prelude::*;
use serde::Serialize;

use bytes::Bytes;

use super::stem::Stemmer;
use super::vocabulary::{IN_TITLE, Interner, Vocabulary};

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
    /// Its fingerprint: equal fingerprints, equal entries (not published).
    #[serde(skip)]
    pub key: u128,
}

#[derive(Serialize)]
struct Manifest {
    format: u32,
    /// Changes with any file of the index: added to their addresses, so a
    /// browser never mixes pieces of two builds.
    version: String,
    stemmer: Option<&'static str>,
    docs: usize,
    per_shard: usize,
    /// The first term of each chunk.
    stems: Vec<String>,
    forms: Vec<String>,
}

/// The files of the index, by path under the language's `search/`, made
/// with (and adding to) `vocabulary`.
pub fn build(
    docs: &[IndexDoc],
    stemmer: Stemmer,
    vocabulary: &mut Vocabulary,
) -> Vec<(String, Bytes)> {
    let doc_words = vocabulary.doc_words(docs, stemmer);
    let mut forms = Postings::new(vocabulary.forms.text.len());
    let mut stems = Postings::new(vocabulary.stems.text.len());
    for (id, words) in doc_words.into_iter().enumerate() {
        for &word in words.iter() {
            let (form, stem) = vocabulary.terms_of(word);
            let in_title = word & IN_TITLE != 0;
            forms.add(form, id as u32, in_title);
            stems.add(stem, id as u32, in_title);
        }
    }
    let ((stem_heads, stem_files), (form_heads, form_files)) = rayon::join(
        || stems.chunks("s", &vocabulary.stems),
        || forms.chunks("f", &vocabulary.forms),
    );
    let shards = doc_shards(docs, vocabulary);
    let mut files: Vec<(String, Bytes)> = Vec::new();
    files.extend(stem_files.into_iter().map(|(p, b)| (p, Bytes::from(b))));
    files.extend(form_files.into_iter().map(|(p, b)| (p, Bytes::from(b))));
    files.extend(shards);
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
        stems: stem_heads,
        forms: form_heads,
    };
    let manifest = serde_json::to_vec(&manifest).expect("the manifest serializes");
    files.push(("index.json".to_string(), Bytes::from(manifest)));
    files
}

/// The groups of documents as JSON; a group whose documents are all
/// unchanged is taken from the last build.
fn doc_shards(docs: &[IndexDoc], vocabulary: &mut Vocabulary) -> Vec<(String, Bytes)> {
    let made: Vec<(u128, String, Bytes)> = docs
        .par_chunks(DOCS_PER_SHARD)
        .enumerate()
        .map(|(n, shard)| {
            let mut key = crate::fingerprint::Fingerprint::new();
            for d in shard {
                key.u128(d.key);
            }
            let key = key.finish();
            let json = match vocabulary.shards.get(&key) {
                Some(json) => json.clone(),
                None => Bytes::from(serde_json::to_vec(shard).expect("documents serialize")),
            };
            (key, format!("d/{n}.json"), json)
        })
        .collect();
    vocabulary.shards = made.iter().map(|(k, _, j)| (*k, j.clone())).collect();
    made.into_iter()
        .map(|(_, path, json)| (path, json))
        .collect()
}

/// Each term's postings, by term number: documents in order, each as its
/// number doubled plus one when the term is in its title.
struct Postings(Vec<Vec<u32>>);

impl Postings {
    fn new(terms: usize) -> Self {
        Self(vec![Vec::new(); terms])
    }

    fn add(&mut self, term: u32, doc: u32, in_title: bool) {
        let list = &mut self.0[term as usize];
        let value = doc * 2 + u32::from(in_title);
        match list.last_mut() {
            Some(last) if *last / 2 == doc => *last |= value,
            _ => list.push(value),
        }
    }

    /// The terms that have documents, in sorted chunk files `DIR/N.json`
    /// of about [`CHUNK_BYTES`], and the first term of each.
    fn chunks(&self, dir: &str, names: &Interner) -> (Vec<String>, Vec<(String, Vec<u8>)>) {
        let text = &names.text;
        let mut order: Vec<u32> = (0..self.0.len() as u32)
            .filter(|n| !self.0[*n as usize].is_empty())
            .collect();
        order.par_sort_unstable_by(|a, b| text[*a as usize].cmp(&text[*b as usize]));
        let mut heads: Vec<String> = Vec::new();
        let mut files = Vec::new();
        let mut current: Vec<u8> = Vec::with_capacity(CHUNK_BYTES * 2);
        for n in order {
            if current.len() >= CHUNK_BYTES {
                current.push(b'}');
                let name = format!("{dir}/{}.json", heads.len() - 1);
                files.push((name, std::mem::take(&mut current)));
                current.reserve(CHUNK_BYTES * 2);
            }
            let term = &text[n as usize];
            if current.is_empty() {
                heads.push(term.to_string());
                current.push(b'{');
            } else {
                current.push(b',');
            }
            serde_json::to_writer(&mut current, &**term).expect("a term serializes");
            current.extend_from_slice(b":[");
            let mut previous = 0;
            for (i, &value) in self.0[n as usize].iter().enumerate() {
                if i > 0 {
                    current.push(b',');
                }
                let doc = value / 2;
                write_number(&mut current, (doc - previous) * 2 + value % 2);
                previous = doc;
            }
            current.push(b']');
        }
        if !current.is_empty() {
            current.push(b'}');
            files.push((format!("{dir}/{}.json", heads.len() - 1), current));
        }
        (heads, files)
    }
}

/// Writes `n` in decimal (the index has millions of numbers).
fn write_number(out: &mut Vec<u8>, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
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
            key: t.len() as u128 * 1000 + words.len() as u128,
        }
    }

    fn file(files: &[(String, Bytes)], path: &str) -> serde_json::Value {
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
        let files = build(&docs, Stemmer::Latvian, &mut Vocabulary::default());
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
        let files = build(&docs, Stemmer::None, &mut Vocabulary::default());
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
