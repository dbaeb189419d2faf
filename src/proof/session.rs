//! Proofreading across the rebuilds of one `serve` session. The
//! dictionaries are read once (again only when `site.yaml` names others or
//! its languages change); a rebuild proofreads only the documents whose
//! fingerprint changed, and the others keep their findings. A change of
//! the site's words or of the configuration proofreads everything again.

use std::collections::HashMap;
use std::ffi::OsString;

use rustc_hash::FxHashMap;
use std::sync::Arc;

use super::dictionaries::Dictionaries;
use super::site_words::{self, SiteWords};
use super::{Lexicon, Proofing};
use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::diagnostic::Diagnostic;
use crate::i18n::LocaleFormatter;
use crate::site::{RouteKind, Site};

/// What one session has read and found so far.
#[derive(Default)]
pub struct ProofMemo {
    /// The dictionaries, with the fingerprint of the settings they were
    /// found by.
    dictionaries: Option<(u128, Arc<Dictionaries>)>,
    /// The site's words and the configuration the findings were made with.
    site_words: Vec<SiteWords>,
    config: u128,
    /// Each document's fingerprint and findings, by source file (a
    /// rebuild looks every document up).
    files: FxHashMap<OsString, (u128, Arc<[Diagnostic]>)>,
    /// The findings of the pages whose document has any.
    pages: Arc<PageFindings>,
}

impl std::fmt::Debug for ProofMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProofMemo")
            .field("files", &self.files.len())
            .finish_non_exhaustive()
    }
}

impl Clone for ProofMemo {
    /// The dictionaries are shared; the findings are copied.
    fn clone(&self) -> Self {
        Self {
            dictionaries: self.dictionaries.clone(),
            site_words: Vec::new(),
            config: 0,
            files: self.files.clone(),
            pages: self.pages.clone(),
        }
    }
}

/// The findings of each page (its path, `lv/jaunumi/x/`) whose document
/// has any: the page's source file and its findings.
#[derive(Debug, Default)]
pub struct PageFindings {
    by_page: HashMap<String, Arc<[Diagnostic]>>,
}

impl PageFindings {
    /// The findings of the document shown at `path` (a route's path).
    pub fn of(&self, path: &str) -> &[Diagnostic] {
        self.by_page.get(path).map(|d| &d[..]).unwrap_or_default()
    }
}

impl ProofMemo {
    /// Proofreads the documents of `site` that changed since the last call
    /// (every one the first time). The result holds the findings of those
    /// documents only, and the notes and problems of the dictionaries and
    /// `words.yaml` when they were read again. `settings_changed`: the
    /// data files or `site.yaml` may have changed since the last call.
    pub fn update(
        &mut self,
        root: &std::path::Path,
        config: &SiteConfig,
        site: &Site,
        data: &SiteData,
        formatters: &[LocaleFormatter],
        settings_changed: bool,
    ) -> Proofing {
        let mut fresh = Proofing::default();
        let dictionaries = self.dictionaries(root, config, &mut fresh);
        // The site's words come from the data files, the rest from
        // `site.yaml`: read again only when one of them may have changed.
        if settings_changed || self.config == 0 {
            let (words, word_diags) = site_words::load(root, config, data);
            let config_key = fingerprint(&format!("{config:?}"));
            if words != self.site_words || config_key != self.config {
                self.files.clear();
                fresh.diagnostics.extend(word_diags);
                self.site_words = words;
                self.config = config_key;
            }
        }
        let changed: Vec<Arc<crate::content::Document>> = site
            .documents
            .iter()
            .filter(|d| {
                self.files
                    .get(d.source.as_os_str())
                    .is_none_or(|(f, _)| *f != d.fingerprint)
            })
            .cloned()
            .collect();
        let mut read = Proofing::default();
        let lexicon = Lexicon {
            dictionaries: &dictionaries,
            site_words: &self.site_words,
        };
        read.read(root, config, &changed, &lexicon, formatters);
        self.keep(site, &changed, &read.diagnostics);
        fresh.diagnostics.extend(read.diagnostics);
        fresh
    }

    /// The findings of each page, as of the last update.
    pub fn pages(&self) -> Arc<PageFindings> {
        self.pages.clone()
    }

    /// The dictionaries for `config`, read when there are none yet or the
    /// settings they were found by changed (their notes go into `fresh`).
    fn dictionaries(
        &mut self,
        root: &std::path::Path,
        config: &SiteConfig,
        fresh: &mut Proofing,
    ) -> Arc<Dictionaries> {
        let languages: Vec<(&str, String)> = config
            .languages
            .iter()
            .map(|l| (l.code.as_str(), l.locale.to_string()))
            .collect();
        let key = fingerprint(&format!("{languages:?} {:?}", config.dictionaries));
        match &self.dictionaries {
            Some((k, d)) if *k == key => d.clone(),
            _ => {
                let (d, diags, notes) = Dictionaries::load(root, config);
                fresh.diagnostics.extend(diags);
                fresh.notes.extend(notes);
                let d = Arc::new(d);
                self.dictionaries = Some((key, d.clone()));
                self.files.clear();
                d
            }
        }
    }

    /// Keeps the findings of the documents just read, forgets the
    /// documents that are gone, and finds each page's findings again.
    fn keep(&mut self, site: &Site, read: &[Arc<crate::content::Document>], found: &[Diagnostic]) {
        let mut by_file: HashMap<&std::path::Path, Vec<Diagnostic>> = HashMap::new();
        for d in found {
            by_file.entry(&d.file).or_default().push(d.clone());
        }
        // The pages are found again only when findings came or went.
        let mut moved = false;
        for doc in read {
            let findings = by_file.remove(doc.source.as_path()).unwrap_or_default();
            moved |= !findings.is_empty();
            let source = doc.source.clone().into_os_string();
            let before = self
                .files
                .insert(source, (doc.fingerprint, findings.into()));
            moved |= before.is_some_and(|(_, f)| !f.is_empty());
        }
        if self.files.len() != site.documents.len() {
            let current: std::collections::HashSet<&std::ffi::OsStr> = site
                .documents
                .iter()
                .map(|d| d.source.as_os_str())
                .collect();
            self.files
                .retain(|source, _| current.contains(source.as_os_str()));
            moved = true;
        }
        if !moved {
            return;
        }
        let mut pages = PageFindings::default();
        for route in site.routes.iter() {
            let (RouteKind::NewsItem(i) | RouteKind::Page(i)) = route.kind else {
                continue;
            };
            match self.files.get(site.documents[i].source.as_os_str()) {
                Some((_, findings)) if !findings.is_empty() => {
                    pages.by_page.insert(route.path.clone(), findings.clone());
                }
                _ => {}
            }
        }
        self.pages = Arc::new(pages);
    }
}

fn fingerprint(text: &str) -> u128 {
    crate::fingerprint::Fingerprint::new()
        .bytes(text.as_bytes())
        .finish()
}
