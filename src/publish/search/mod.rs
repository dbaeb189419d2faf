//! The search index of each language, in pieces loaded on demand
//! (`shards.rs`), its words stemmed for the language (`stem.rs`: Latvian
//! by `latvian.rs`, Lithuanian by Snowball). An index is made again only
//! when one of its documents changed; `serve` keeps the last one.

mod latvian;
mod shards;
mod snowball;
pub mod stem;
mod vocabulary;

use std::sync::Arc;

use bytes::Bytes;
use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::fingerprint::Fingerprint;
use crate::i18n::LocaleFormatter;
use crate::site::Site;

/// Where a language's index is, inside its folder.
pub const SEARCH_DIR: &str = "search";

/// The documents in the search index of one language: news newest first,
/// then pages.
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

/// A language's index: its key, its files (output path, bytes), and what
/// it was made from (kept by `serve` for the next build).
#[derive(Debug, Clone)]
pub struct Index {
    pub key: u128,
    pub files: Vec<(Arc<str>, Bytes)>,
    vocabulary: Option<vocabulary::Vocabulary>,
}

/// Every language's search index; one whose documents are unchanged since
/// `previous` is taken from it.
pub(super) fn indexes(
    config: &SiteConfig,
    site: &Site,
    formatters: Option<&[LocaleFormatter]>,
    previous: Option<&[Index]>,
    keep: bool,
) -> Vec<Index> {
    (0..config.languages.len())
        .into_par_iter()
        .map(|lang| {
            let docs = search_documents(site, lang);
            // A document's fingerprint covers its text, its slug and the
            // configuration it was parsed with: all its entry is made from.
            let mut key = Fingerprint::new();
            key.u128(u128::from(shards::FORMAT));
            for &i in &docs {
                key.u128(site.documents[i].fingerprint);
            }
            let key = key.finish();
            let last = previous.and_then(|p| p.get(lang));
            if let Some(kept) = last.filter(|p| p.key == key) {
                return kept.clone();
            }
            let formatter = formatters.and_then(|f| f.get(lang));
            let entries: Vec<shards::IndexDoc> = docs
                .iter()
                .map(|&i| index_doc(config, site, formatter, i))
                .collect();
            let code = &config.languages[lang].code;
            let stemmer = stem::Stemmer::for_language(code);
            let mut vocabulary = last.and_then(|l| l.vocabulary.clone()).unwrap_or_default();
            vocabulary.keep = keep;
            let files = shards::build(&entries, stemmer, &mut vocabulary)
                .into_iter()
                .map(|(path, bytes)| (Arc::from(format!("{code}/{SEARCH_DIR}/{path}")), bytes))
                .collect();
            Index {
                key,
                files,
                vocabulary: keep.then_some(vocabulary),
            }
        })
        .collect()
}

/// Document `i` as the index shows it.
fn index_doc<'a>(
    config: &SiteConfig,
    site: &'a Site,
    formatter: Option<&LocaleFormatter>,
    i: usize,
) -> shards::IndexDoc<'a> {
    let d = &site.documents[i];
    let human = d
        .date
        .as_deref()
        .and_then(crate::i18n::format::parse_iso_date)
        .zip(formatter)
        .map(|(date, f)| f.long_date(&date));
    shards::IndexDoc {
        t: &d.title,
        u: format!("{}/{}", config.base_path, site.document_path(config, i)),
        d: d.date.as_deref(),
        h: human,
        s: &d.summary,
        x: &d.excerpt,
        words: &d.words,
        key: d.fingerprint,
    }
}
