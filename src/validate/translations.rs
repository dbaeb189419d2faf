//! Whether the language versions of each item are all there and agree:
//! `check`'s table of translations, a warning for a missing one (or one
//! still a draft), and a warning when versions disagree on the date, the
//! event's times or the image.

use std::path::PathBuf;

use rustc_hash::FxHashMap;

use crate::config::SiteConfig;
use crate::content::{Document, Section};
use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::site::Site;

/// One news item and its file in each language (`None`: missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationRow {
    pub key: String,
    pub files: Vec<Option<PathBuf>>,
    /// Per language: made from an older version of the source
    /// ([`super::in_step`]).
    pub behind: Vec<bool>,
}

/// News items × languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationTable {
    pub languages: Vec<String>,
    pub rows: Vec<TranslationRow>,
}

/// The news items × languages table.
pub fn translation_table(site: &Site, config: &SiteConfig) -> TranslationTable {
    let mut rows = translation_rows(site, config.languages.len());
    for (translation, _) in super::in_step::behind(config, site) {
        let row = rows.binary_search_by(|r| r.key.as_str().cmp(&translation.key));
        if let (crate::content::Section::News, Ok(row)) = (translation.section, row) {
            rows[row].behind[translation.lang] = true;
        }
    }
    TranslationTable {
        languages: config.languages.iter().map(|l| l.code.clone()).collect(),
        rows,
    }
}

fn translation_rows(site: &Site, languages: usize) -> Vec<TranslationRow> {
    let mut rows: std::collections::BTreeMap<&str, Vec<Option<PathBuf>>> = Default::default();
    for d in site.documents.iter().filter(|d| d.section == Section::News) {
        rows.entry(&d.key).or_insert_with(|| vec![None; languages])[d.lang] =
            Some(d.source.clone());
    }
    rows.into_iter()
        .map(|(key, files)| TranslationRow {
            key: key.to_string(),
            behind: vec![false; files.len()],
            files,
        })
        .collect()
}

/// A warning for each news item or page that lacks a language.
pub(super) fn missing(config: &SiteConfig, site: &Site) -> Vec<Diagnostic> {
    let n = config.languages.len().min(128);
    // (its first file, the languages it has as bits) per item: no
    // allocation per item, for sites of tens of thousands.
    let by_key: Vec<(usize, u128)> = translation_groups(site)
        .map(|g| {
            let langs = g.clone().filter(|&i| site.documents[i].lang < n);
            (
                g.start,
                langs.fold(0, |bits, i| bits | 1 << site.documents[i].lang),
            )
        })
        .collect();
    let all: u128 = if n == 128 { u128::MAX } else { (1 << n) - 1 };
    let drafts: FxHashMap<(Section, &str, usize), &crate::content::DraftRef> = site
        .drafts
        .iter()
        .map(|d| ((d.section, d.key.as_str(), d.lang), d))
        .collect();
    let mut out = Vec::new();
    for &(first, present) in by_key.iter().filter(|(_, p)| *p != all) {
        for (lang, language) in config.languages.iter().enumerate().take(n) {
            if present & (1 << lang) == 0 {
                let code = &language.code;
                let doc = &site.documents[first];
                let draft = drafts.get(&(doc.section, doc.key.as_str(), lang));
                // A version with errors is there; its errors are reported.
                if draft.is_some_and(|d| d.failed) {
                    continue;
                }
                let message = match (doc.section, draft) {
                    (Section::News, Some(d)) => msg("check-translation-draft")
                        .arg("code", code)
                        .arg("draft", d.source.display()),
                    (Section::Page, Some(d)) => msg("check-page-translation-draft")
                        .arg("code", code)
                        .arg("draft", d.source.display()),
                    (Section::News, None) => msg("check-translation-missing").arg("code", code),
                    (Section::Page, None) => {
                        msg("check-page-translation-missing").arg("code", code)
                    }
                };
                out.push(Diagnostic::warning(&doc.source, message));
            }
        }
    }
    out
}

/// The language versions of each item, as ranges of `site.documents`
/// (sorted by section, key and language, so each item's versions are
/// neighbours): no map and no allocation per item.
pub(super) fn translation_groups(site: &Site) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let docs = &site.documents;
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= docs.len() {
            return None;
        }
        let same = |d: &Document| d.section == docs[start].section && d.key == docs[start].key;
        let len = docs[start..].iter().take_while(|d| same(d)).count();
        let group = start..start + len;
        start += len;
        Some(group)
    })
}

/// A warning at each language version that differs from the default
/// language's version (or the first one) in what must be the same in
/// every language: the date and time, the event's times, the image.
pub(super) fn disagreeing(config: &SiteConfig, site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for group in translation_groups(site).filter(|g| g.len() > 1) {
        let docs = &site.documents[group];
        let reference = docs
            .iter()
            .find(|d| d.lang == config.default_language)
            .unwrap_or(&docs[0]);
        let code = |d: &Document| config.languages[d.lang].code.clone();
        for other in docs.iter().filter(|d| d.lang != reference.lang) {
            let warn = |what: &'static str, theirs: String, ours: String| {
                Diagnostic::warning(
                    &other.source,
                    msg("check-translation-differs")
                        .message("what", msg(what))
                        .arg("code", code(reference))
                        .arg("theirs", theirs)
                        .arg("ours", ours)
                        .arg("file", reference.source.display()),
                )
            };
            let shown = |d: &Document| d.published.as_ref().map(|m| m.shown()).unwrap_or_default();
            if reference.published.as_ref().map(|m| m.unix)
                != other.published.as_ref().map(|m| m.unix)
            {
                out.push(warn("what-date", shown(reference), shown(other)));
            }
            let times = |d: &Document| {
                d.event.as_ref().map(|e| {
                    let end = e
                        .end
                        .as_deref()
                        .map(|t| format!(" – {}", t.replace('T', " ")));
                    format!(
                        "{}{} ({})",
                        e.start.replace('T', " "),
                        end.unwrap_or_default(),
                        e.timezone
                    )
                })
            };
            if times(reference) != times(other) {
                let t = |d| times(d).unwrap_or_else(|| "—".into());
                out.push(warn("what-event-times", t(reference), t(other)));
            }
            let image = |d: &Document| d.image.as_ref().map(|i| i.src.clone());
            if image(reference) != image(other) {
                let i = |d| image(d).unwrap_or_else(|| "—".into());
                out.push(warn("what-image", i(reference), i(other)));
            }
        }
    }
    out
}
