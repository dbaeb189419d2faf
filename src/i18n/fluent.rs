//! UI strings from `i18n/LANG.ftl`, one Fluent bundle per configured language.
//!
//! Plural variants are chosen with CLDR rules from ICU4X (through the patched
//! `intl_pluralrules`), numbers inside messages are formatted by ICU4X for the
//! language, and Unicode isolation marks are off (they would end up in HTML).
//! A message missing in one language falls back to the default language with
//! a warning; `--strict` turns that into an error.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// The folder of `.ftl` files, relative to the site root.
pub const I18N_DIR: &str = "i18n";

/// All languages' UI strings.
pub struct Translations {
    bundles: Vec<FluentBundle<FluentResource>>,
    keys: Vec<BTreeSet<String>>,
    /// Per language: the line each message starts on, for diagnostics.
    lines: Vec<BTreeMap<String, u32>>,
    files: Vec<PathBuf>,
    default: usize,
    fingerprint: u128,
    /// Per language: every message that needs no arguments, formatted
    /// (after the fallback), because templates ask for the same few on
    /// every page.
    plain: Vec<HashMap<String, String>>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("files", &self.files)
            .finish()
    }
}

impl Translations {
    /// Loads `i18n/CODE.ftl` for every configured language. Problems come back
    /// as diagnostics; `None` when any file could not be used at all.
    pub fn load(root: &Path, config: &SiteConfig) -> (Option<Self>, Diagnostics) {
        let sources = config.languages.iter().map(|lang| {
            let file = Path::new(I18N_DIR).join(format!("{}.ftl", lang.code));
            let text = crate::fsio::read_site_file(root, &file)
                .map_err(|e| {
                    let detail = e.detail();
                    Diagnostic::error(&file, msg("ui-strings-unreadable").arg("detail", detail))
                })
                .and_then(|bytes| {
                    String::from_utf8(bytes)
                        .map_err(|e| crate::diagnostic::not_utf8(e.as_bytes(), &file))
                });
            (file, text)
        });
        Self::from_sources(config, sources.collect())
    }

    /// Builds the bundles from each language's `.ftl` text (or why it could not be read).
    pub fn from_sources(
        config: &SiteConfig,
        sources: Vec<(PathBuf, Result<String, Diagnostic>)>,
    ) -> (Option<Self>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let mut bundles = Vec::new();
        let mut keys = Vec::new();
        let mut lines = Vec::new();
        let mut files = Vec::new();
        let mut fingerprint = crate::fingerprint::Fingerprint::new();
        for (lang, (file, text)) in config.languages.iter().zip(sources) {
            let loaded = text
                .map_err(|d| Diagnostics::from_iter([d]))
                .and_then(|text| {
                    fingerprint.bytes(text.as_bytes());
                    load_bundle(&text, &file, &lang.langid)
                });
            match loaded {
                Ok((bundle, ids, key_lines)) => {
                    bundles.push(bundle);
                    keys.push(ids);
                    lines.push(key_lines);
                }
                Err(ds) => diags.extend(ds),
            }
            files.push(file);
        }
        if diags.has_errors() {
            return (None, diags);
        }
        let mut translations = Self {
            bundles,
            keys,
            lines,
            files,
            default: config.default_language,
            fingerprint: fingerprint.finish(),
            plain: Vec::new(),
        };
        translations.plain = translations.plain_messages();
        diags.extend(translations.key_parity());
        (Some(translations), diags)
    }

    /// Warnings for every message that one language has and another lacks.
    fn key_parity(&self) -> Vec<Diagnostic> {
        let all: BTreeSet<&String> = self.keys.iter().flatten().collect();
        let mut out = Vec::new();
        for (i, keys) in self.keys.iter().enumerate() {
            for key in all.iter().filter(|k| !keys.contains(k.as_str())) {
                let message = if i != self.default && self.keys[self.default].contains(key.as_str())
                {
                    msg("ui-message-missing-fallback")
                        .arg("key", key)
                        .arg("fallback", self.files[self.default].display())
                } else {
                    msg("ui-message-missing").arg("key", key)
                };
                out.push(Diagnostic::warning(&self.files[i], message));
            }
        }
        out
    }

    /// What `format` makes of each message of each language without
    /// arguments, where that is no error (a message with a `$variable`
    /// is one, and is left to `format`).
    fn plain_messages(&self) -> Vec<HashMap<String, String>> {
        let all: BTreeSet<&String> = self.keys.iter().flatten().collect();
        let none = FluentArgs::new();
        (0..self.bundles.len())
            .map(|lang| {
                all.iter()
                    .filter_map(|&key| {
                        let text = self.format_afresh(lang, key, &none).ok()?;
                        Some((key.clone(), text))
                    })
                    .collect()
            })
            .collect()
    }

    /// Changes whenever any `.ftl` file does.
    pub fn fingerprint(&self) -> u128 {
        self.fingerprint
    }

    /// The line message `key` starts on in language `lang`'s file.
    pub fn line_of(&self, lang: usize, key: &str) -> Option<u32> {
        self.lines[lang].get(key).copied()
    }

    /// The `.ftl` file of language `lang`, relative to the site root.
    pub fn file(&self, lang: usize) -> &Path {
        &self.files[lang]
    }

    /// The message ids of language `lang` (index into the configured languages).
    pub fn keys(&self, lang: usize) -> &BTreeSet<String> {
        &self.keys[lang]
    }

    /// Formats message `key` in language `lang`, falling back to the default
    /// language. An error names the key and what went wrong.
    pub fn format(&self, lang: usize, key: &str, args: &FluentArgs) -> Result<String, String> {
        if args.iter().next().is_none()
            && let Some(text) = self.plain[lang].get(key)
        {
            return Ok(text.clone());
        }
        self.format_afresh(lang, key, args)
    }

    /// [`Self::format`] without the messages formatted in advance.
    fn format_afresh(&self, lang: usize, key: &str, args: &FluentArgs) -> Result<String, String> {
        let (bundle, key_path, attribute) = {
            let (id, attr) = match key.split_once('.') {
                Some((id, attr)) => (id, Some(attr)),
                None => (key, None),
            };
            let which = if self.keys[lang].contains(id) {
                lang
            } else {
                self.default
            };
            (&self.bundles[which], id, attr)
        };
        let message = bundle.get_message(key_path).ok_or_else(|| {
            format!(
                "there is no message `{key}` in {}",
                self.files[lang].display()
            )
        })?;
        let pattern = match attribute {
            Some(attr) => message
                .get_attribute(attr)
                .map(|a| a.value())
                .ok_or_else(|| format!("message `{key_path}` has no attribute `{attr}`"))?,
            None => message
                .value()
                .ok_or_else(|| format!("message `{key}` has no value"))?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if let Some(err) = errors.first() {
            return Err(format!("message `{key}`: {err}"));
        }
        Ok(single_full_stops(&text))
    }
}

/// A value ending in an abbreviation's full stop ("… 16 d.", "… 10:30
/// val.") at the end of a sentence ends it once: ".." becomes "."; an
/// ellipsis ("...") is left alone.
pub fn single_full_stops(text: &str) -> String {
    if !text.contains("..") {
        return text.to_string();
    }
    // One pass over runs of full stops: a run of exactly two becomes one.
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('.') {
        out.push_str(&rest[..at]);
        let run = rest[at..].len() - rest[at..].trim_start_matches('.').len();
        out.push_str(if run == 2 { "." } else { &rest[at..at + run] });
        rest = &rest[at + run..];
    }
    out.push_str(rest);
    out
}

/// A language's bundle, its message ids and the line each message starts on.
type LoadedBundle = (
    FluentBundle<FluentResource>,
    BTreeSet<String>,
    BTreeMap<String, u32>,
);

fn load_bundle(
    text: &str,
    file: &Path,
    langid: &LanguageIdentifier,
) -> Result<LoadedBundle, Diagnostics> {
    let text = text.trim_start_matches('\u{feff}').to_string();
    // The parser recurses into nested placeables: a file nested thousands
    // deep would overflow the stack. Refused, at its line, first.
    if let Some(d) = crate::control_chars::literal(&text, file) {
        return Err(Diagnostics::from_iter([d]));
    }
    if let Some(d) = super::fluent_checks::nesting_problem(&text, file) {
        return Err(Diagnostics::from_iter([d]));
    }
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    let (line, col) = line_col(&text, e.pos.start);
                    Diagnostic::error(file, msg("ui-syntax").arg("detail", &e.kind)).at(line, col)
                })
                .collect());
        }
    };
    let mut ids = BTreeSet::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            ids.insert(m.id.name.to_string());
        }
    }
    // The AST keeps no positions; a message starts on a line `id =` at column 1.
    let key_lines: BTreeMap<String, u32> = text
        .lines()
        .enumerate()
        .filter_map(|(n, l)| {
            let id = l.split('=').next()?.trim_end();
            (!l.starts_with([' ', '#', '-']) && ids.contains(id))
                .then(|| (id.to_string(), n as u32 + 1))
        })
        .collect();
    // Terms too, for the check of circular references.
    let mut entry_lines = key_lines.clone();
    entry_lines.extend(text.lines().enumerate().filter_map(|(n, l)| {
        let id = l.split('=').next()?.trim_end();
        (l.starts_with('-') && !id.contains(' ')).then(|| (id.to_string(), n as u32 + 1))
    }));
    let cycles = super::fluent_checks::reference_cycles(resource.entries(), &entry_lines, file);
    if !cycles.is_empty() {
        return Err(cycles.into_iter().collect());
    }
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(crate::fluent_numbers::format_number));
    add_date_function(&mut bundle, langid);
    bundle.add_resource(resource).map_err(|errs| {
        errs.iter()
            .map(|e| Diagnostic::error(file, msg("ui-defined-twice").arg("detail", e)))
            .collect::<Diagnostics>()
    })?;
    Ok((bundle, ids, key_lines))
}

/// `DATE($date)` and `DATE($date, case: "locative")` in messages: the CLDR
/// long date of a `YYYY-MM-DD` argument in the case the sentence needs
/// ("Pasākums notiks { DATE($date, case: \"locative\") }." → "… 2018. gada
/// 16. maijā."; see [`super::date_case`]).
pub(crate) fn add_date_function(
    bundle: &mut FluentBundle<FluentResource>,
    langid: &LanguageIdentifier,
) {
    let Ok(locale) = icu_locale_core::Locale::from_str(&langid.to_string()) else {
        return;
    };
    let Ok(formatter) = super::LocaleFormatter::new(&locale) else {
        return;
    };
    let _ = bundle.add_function("DATE", move |positional, named| {
        let text = match positional.first() {
            Some(FluentValue::String(s)) => s.to_string(),
            _ => return FluentValue::Error,
        };
        let case = match named.get("case") {
            Some(FluentValue::String(c)) => super::DateCase::from_name(c),
            None => Some(super::DateCase::Nominative),
            _ => None,
        };
        let date = super::format::parse_iso_date(text.get(..10).unwrap_or(&text));
        match (date, case) {
            (Some(date), Some(case)) => FluentValue::from(formatter.long_date_in(&date, case)),
            _ => FluentValue::Error,
        }
    });
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line as u32, col as u32)
}

/// Turns a number as text ("22", "0.5") into a Fluent argument that keeps its
/// visible fraction digits (they matter for plural rules).
pub fn number_arg(text: &str) -> Option<FluentValue<'static>> {
    fluent_bundle::types::FluentNumber::from_str(text.trim())
        .ok()
        .filter(|n| n.value.is_finite())
        .map(FluentValue::Number)
}

#[cfg(test)]
#[path = "fluent_tests.rs"]
mod tests;
