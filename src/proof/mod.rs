//! Proofreading, run by `tilts check`: the spelling of every news item and
//! page in its own language (Hunspell dictionaries through `spellbook`),
//! typography, and paragraphs written in another language. Findings are
//! warnings: they never stop a build (`check --strict` fails on them), and
//! `proofing: false` in a file's front matter turns them off for it.
//! `serve` proofreads too, only the documents that changed ([`ProofMemo`]).

mod dictionaries;
mod fix;
mod language;
mod session;
mod site_words;
mod spelling;
mod text;
mod typography;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::content::Document;
use crate::data::SiteData;
use crate::diagnostic::Diagnostic;
use crate::i18n::LocaleFormatter;
use crate::messages::{in_language, msg};

pub use fix::{FileFixes, fix};
pub use session::{PageFindings, ProofMemo};
pub use site_words::{WORDS_FILE, add_words};

use dictionaries::Dictionaries;
use site_words::SiteWords;
use typography::{Edit, Style};

/// What proofreading found.
#[derive(Debug, Default)]
pub struct Proofing {
    pub diagnostics: Vec<Diagnostic>,
    /// Said once, not counted: which languages have no dictionary here.
    pub notes: Vec<crate::messages::Message>,
    /// Unknown words per language code (for `check --add-words`).
    pub unknown: BTreeMap<String, BTreeSet<String>>,
    /// The safe typography fixes per file.
    pub fixes: Vec<FileFixes>,
}

/// Everything one language's files are read with.
struct Judge<'a> {
    dictionary: Option<&'a spellbook::Dictionary>,
    site_words: &'a SiteWords,
    style: Style,
    formatter: &'a LocaleFormatter,
}

/// Proofreads `documents` (each in its own language).
pub fn proofread(
    root: &Path,
    config: &SiteConfig,
    documents: &[std::sync::Arc<Document>],
    data: &SiteData,
    formatters: &[LocaleFormatter],
) -> Proofing {
    let ((dictionaries, mut diagnostics, notes), (site_words, word_diags)) = rayon::join(
        || Dictionaries::load(root, config),
        || site_words::load(root, config, data),
    );
    diagnostics.extend(word_diags);
    let mut proofing = Proofing {
        diagnostics,
        notes,
        ..Proofing::default()
    };
    let lexicon = Lexicon {
        dictionaries: &dictionaries,
        site_words: &site_words,
    };
    proofing.read(root, config, documents, &lexicon, formatters);
    proofing
}

/// What words are checked against: the dictionaries and the site's words.
struct Lexicon<'a> {
    dictionaries: &'a Dictionaries,
    site_words: &'a [SiteWords],
}

impl Proofing {
    /// Adds the findings of `documents` (each in its own language).
    fn read(
        &mut self,
        root: &Path,
        config: &SiteConfig,
        documents: &[std::sync::Arc<Document>],
        lexicon: &Lexicon,
        formatters: &[LocaleFormatter],
    ) {
        let judges = judges(config, lexicon.dictionaries, lexicon.site_words, formatters);
        let others = language::Others::new(config, lexicon.dictionaries);
        // In chunks, each with a speller per language: most words come back
        // in file after file, and each is looked up once per chunk.
        let files: Vec<FileProofing> = documents
            .par_chunks(256)
            .flat_map_iter(|chunk| {
                let mut spellers: Vec<Option<spelling::Speller>> = judges
                    .iter()
                    .map(|j| {
                        j.dictionary
                            .map(|d| spelling::Speller::new(d, j.site_words))
                    })
                    .collect();
                chunk
                    .iter()
                    .filter_map(|doc| {
                        let speller = spellers[doc.lang].as_mut();
                        proof_file(root, doc, &judges[doc.lang], speller, &others)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let suggested = suggestions(&judges, &files);
        for f in files {
            self.add_file(config, f, &suggested);
        }
        self.unknown.retain(|_, words| !words.is_empty());
    }
}

/// Each language's dictionary, words and typographic habits.
fn judges<'a>(
    config: &SiteConfig,
    dictionaries: &'a Dictionaries,
    site_words: &'a [SiteWords],
    formatters: &'a [LocaleFormatter],
) -> Vec<Judge<'a>> {
    config
        .languages
        .iter()
        .enumerate()
        .map(|(l, lang)| Judge {
            dictionary: dictionaries.by_lang[l].as_ref(),
            site_words: &site_words[l],
            style: Style {
                open: lang.quotes.0.clone(),
                close: lang.quotes.1.clone(),
                percent_space: formatters[l]
                    .percent(&fixed_decimal::Decimal::from(1))
                    .contains('\u{a0}'),
                code: lang.code.clone(),
            },
            formatter: &formatters[l],
        })
        .collect()
}

/// Up to three suggestions for each unknown word, per language, once per
/// word, in parallel, with a bounded effort (see [`spelling::efforts`]).
fn suggestions(judges: &[Judge], files: &[FileProofing]) -> Vec<BTreeMap<String, Vec<String>>> {
    let mut unknown: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); judges.len()];
    for f in files {
        unknown[f.lang].extend(f.unknown.iter().map(|(_, _, w)| w.as_str()));
    }
    unknown
        .iter()
        .zip(judges)
        .map(|(words, judge)| match judge.dictionary {
            Some(dictionary) => spelling::efforts(words.iter().copied())
                .par_iter()
                .map(|&(w, effort)| (w.to_string(), spelling::suggestions(dictionary, w, effort)))
                .collect(),
            None => BTreeMap::new(),
        })
        .collect()
}

impl Proofing {
    /// One file's findings, unknown words (with their suggestions) and fixes.
    fn add_file(
        &mut self,
        config: &SiteConfig,
        f: FileProofing,
        suggested: &[BTreeMap<String, Vec<String>>],
    ) {
        let code = &config.languages[f.lang].code;
        for (line, column, word) in &f.unknown {
            let found = &suggested[f.lang][word];
            let message = match found.is_empty() {
                true => msg("proof-unknown-word"),
                false => msg("proof-unknown-word-suggest").arg("suggestions", found.join(", ")),
            };
            let message = message.arg("word", word).arg("code", code);
            self.diagnostics
                .push(Diagnostic::warning(&f.source, message).at(*line, *column));
        }
        self.diagnostics.extend(f.findings);
        self.unknown
            .entry(code.clone())
            .or_default()
            .extend(f.unknown.into_iter().map(|(_, _, w)| w));
        if !f.edits.is_empty() {
            self.fixes.push(FileFixes {
                source: f.source,
                text_fingerprint: f.text_fingerprint,
                edits: f.edits,
            });
        }
    }
}

/// What one file's proofreading found.
struct FileProofing {
    source: PathBuf,
    lang: usize,
    findings: Vec<Diagnostic>,
    /// Unknown words with their line and column.
    unknown: Vec<(u32, u32, String)>,
    /// Safe fixes, as edits of the file's text (sorted).
    edits: Vec<Edit>,
    text_fingerprint: u128,
}

/// Proofreads one file; `None` when it cannot be read again or says
/// `proofing: false`.
fn proof_file(
    root: &Path,
    doc: &Document,
    judge: &Judge,
    speller: Option<&mut spelling::Speller>,
    others: &language::Others,
) -> Option<FileProofing> {
    let bytes = crate::fsio::read_site_file(root, &doc.source).ok()?;
    let text = crate::content::decode_text(&bytes, &doc.source).ok()?;
    let runs = text::runs(&text, &doc.source)?;
    if runs.off {
        return None;
    }
    let starts = text::line_starts(&text);
    let at = |offset: usize| text::position(&text, &starts, offset);
    let mut out = FileProofing {
        source: doc.source.clone(),
        lang: doc.lang,
        findings: Vec::new(),
        unknown: Vec::new(),
        edits: Vec::new(),
        text_fingerprint: fix::text_fingerprint(&text),
    };
    let long_date =
        |iso: &str| crate::i18n::format::parse_iso_date(iso).map(|d| judge.formatter.long_date(&d));
    for run in &runs.runs {
        let piece = &text[run.offset..run.offset + run.len];
        for f in typography::check(piece, run.front_matter, &judge.style, &long_date) {
            let (line, column) = at(run.offset + f.at);
            out.findings
                .push(Diagnostic::warning(&doc.source, f.message).at(line, column));
            out.edits.extend(f.fixes.into_iter().map(|e| Edit {
                start: run.offset + e.start,
                end: run.offset + e.end,
                with: e.with,
            }));
        }
    }
    out.edits.sort_by_key(|e| e.start);
    // Spelling, block by block: a block in another language is said once.
    let Some(speller) = speller else {
        return Some(out);
    };
    for block in runs.runs.chunk_by(|a, b| a.block == b.block) {
        let words: Vec<(usize, &str)> = block
            .iter()
            .flat_map(|run| {
                let piece = &text[run.offset..run.offset + run.len];
                spelling::words(piece).map(move |(i, w)| (run.offset + i, w))
            })
            .collect();
        let unknown: Vec<(usize, &str)> = words
            .iter()
            .copied()
            .filter(|(at, w)| !speller.knows_before(w, text[at + w.len()..].starts_with('.')))
            .collect();
        if let Some(found) = others.language_of(doc.lang, &words, unknown.len()) {
            let (line, column) = at(words[0].0);
            let message = msg("proof-wrong-language")
                .message("found", in_language(found))
                .message("expected", in_language(&judge.style.code));
            out.findings
                .push(Diagnostic::warning(&doc.source, message).at(line, column));
            continue;
        }
        for (offset, word) in unknown {
            let (line, column) = at(offset);
            out.unknown.push((line, column, word.to_string()));
        }
    }
    Some(out)
}
