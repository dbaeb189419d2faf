//! The search index of each language: one JSON entry per document (title,
//! URL, summary, date and the distinct words of the body), newest news
//! first. Entries are made one by one so that `serve` can join an index
//! again from cached entries when one document changed.

use std::sync::Arc;

use bytes::Bytes;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::SEARCH_INDEX;
use crate::config::SiteConfig;
use crate::fingerprint::Fingerprint;
use crate::memo::Memo;
use crate::site::Site;

#[derive(Serialize)]
struct SearchEntry<'a> {
    /// Title.
    t: &'a str,
    /// URL.
    u: String,
    /// Summary.
    s: &'a str,
    /// Date, if any.
    d: Option<&'a str>,
    /// The distinct words of the body.
    x: &'a str,
}

/// The documents in the search index of one language: news newest first,
/// then pages. Matching (diacritics and case folded) happens in
/// `assets/search.js`.
pub(super) fn search_documents(site: &Site, lang: usize) -> Vec<usize> {
    let mut docs: Vec<usize> = site.news[lang].clone();
    docs.extend(
        site.documents
            .iter()
            .enumerate()
            .filter(|(_, d)| d.lang == lang && d.section == crate::content::Section::Page)
            .map(|(i, _)| i),
    );
    docs
}

/// The JSON of document `i` in the search index.
pub(super) fn search_entry(config: &SiteConfig, site: &Site, i: usize) -> String {
    let d = &site.documents[i];
    let entry = SearchEntry {
        t: &d.title,
        u: format!("{}/{}", config.base_path, site.document_path(config, i)),
        s: &d.summary,
        d: d.date.as_deref(),
        x: &d.words,
    };
    serde_json::to_string(&entry).expect("the entry serializes")
}

/// A JSON array of entries that are JSON already.
pub(super) fn join_entries<'a>(entries: impl Iterator<Item = &'a str> + Clone) -> String {
    // Sized once: an index is megabytes, growing it step by step would copy it many times.
    let len = entries.clone().map(|e| e.len() + 1).sum::<usize>() + 2;
    let mut out = String::with_capacity(len);
    out.push('[');
    for (n, entry) in entries.enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str(entry);
    }
    out.push(']');
    out
}

/// Per language: the search index's key, its entries, and the previous
/// index when unchanged (else it is joined again from the entries).
pub(super) type Index = (u128, Vec<(u128, Arc<str>)>, Option<Bytes>);

/// The last build's published files and search entries by document key.
pub(super) type Previous<'a> = Option<(&'a Memo<Bytes>, &'a FxHashMap<u128, Arc<str>>)>;

/// Every language's search index, reusing what `previous` (the files and
/// the per-document entries of the last build) still holds.
pub(super) fn indexes(config: &SiteConfig, site: &Site, previous: Previous) -> Vec<Index> {
    use rayon::prelude::*;
    // A document's fingerprint covers its text, its slug and the
    // configuration it was parsed with: all its entry is made from.
    let entry_key = |i: usize| site.documents[i].fingerprint;
    let old_entry = |k: u128| previous.and_then(|(_, e)| e.get(&k).cloned());
    (0..config.languages.len())
        .into_par_iter()
        .map(|lang| {
            let docs = search_documents(site, lang);
            let mut key = Fingerprint::new();
            for &i in &docs {
                key.u128(entry_key(i));
            }
            let key = key.finish();
            let path = format!("{}/{SEARCH_INDEX}", config.languages[lang].code);
            if let Some(bytes) = previous.and_then(|(files, _)| files.get(&path, key)) {
                // Unchanged; its entries are kept for its next change.
                let kept = docs
                    .iter()
                    .filter_map(|&i| old_entry(entry_key(i)).map(|j| (entry_key(i), j)))
                    .collect();
                return (key, kept, Some(bytes.clone()));
            }
            let entries = docs
                .iter()
                .map(|&i| {
                    let json = old_entry(entry_key(i))
                        .unwrap_or_else(|| search_entry(config, site, i).into());
                    (entry_key(i), json)
                })
                .collect();
            (key, entries, None)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_join_into_the_array_serde_writes() {
        let a = serde_json::json!({"t": "Ā", "x": "a b"});
        let b = serde_json::json!({"t": "\"<"});
        let joined = join_entries([a.to_string(), b.to_string()].iter().map(String::as_str));
        assert_eq!(joined, serde_json::to_string(&[a, b]).unwrap());
        assert_eq!(join_entries(std::iter::empty()), "[]");
    }
}
