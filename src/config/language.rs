//! One entry of `languages:` in `site.yaml`: its code, CLDR locale,
//! names, section addresses and quotation marks, checked.

use std::path::Path;
use std::str::FromStr;

use serde::Deserialize;

use super::{Language, Sections, SpannedPos, is_url_segment};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;
use crate::yaml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLanguage {
    code: Spanned<String>,
    locale: Spanned<String>,
    name: String,
    title: String,
    #[serde(default)]
    description: String,
    sections: RawSections,
    #[serde(default)]
    quotes: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSections {
    news: Spanned<String>,
    partners: Spanned<String>,
    accessibility: Spanned<String>,
    events: Spanned<String>,
    search: Spanned<String>,
    budget: Spanned<String>,
    /// The path segment of paginated lists (`/lv/jaunumi/lapa/2/`).
    page: Spanned<String>,
    /// Topic pages (`/lv/temas/`); default `tags`.
    #[serde(default)]
    tags: Option<Spanned<String>>,
    /// The poster page for print and public screens (`/lv/plakats/`);
    /// default `poster`.
    #[serde(default)]
    poster: Option<Spanned<String>>,
}

/// Every entry of `languages:` checked, and the position of
/// `default_language` among them (0 when it is not one of them: an error).
pub(super) fn validate_languages(
    raw: Vec<RawLanguage>,
    default: &Spanned<String>,
    file: &Path,
    diags: &mut Diagnostics,
) -> (Vec<Language>, usize) {
    let mut languages = Vec::new();
    for lang in raw {
        if let Some(language) = validate_language(lang, file, diags) {
            if languages.iter().any(|l: &Language| l.code == language.code) {
                diags.push(Diagnostic::error(
                    file,
                    msg("config-language-twice").arg("code", &language.code),
                ));
            }
            languages.push(language);
        }
    }
    if languages.is_empty() && !diags.has_errors() {
        diags.push(Diagnostic::error(file, msg("config-no-languages")));
    }
    let position = languages.iter().position(|l| l.code == default.value);
    if position.is_none() && !languages.is_empty() {
        let (l, c) = default.pos();
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        diags.push(
            Diagnostic::error(
                file,
                msg("config-default-language-unknown")
                    .arg("value", &default.value)
                    .arg("codes", codes.join(", ")),
            )
            .at(l, c),
        );
    }
    (languages, position.unwrap_or(0))
}

/// One entry of `languages:`, checked; `None` after an error (reported).
fn validate_language(raw: RawLanguage, file: &Path, diags: &mut Diagnostics) -> Option<Language> {
    let code = raw.code.value.clone();
    let mut ok = true;
    if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        let (l, c) = raw.code.pos();
        diags.push(
            Diagnostic::error(file, msg("config-language-code-bad").arg("code", &code)).at(l, c),
        );
        ok = false;
    }
    let locale = icu_locale_core::Locale::from_str(&raw.locale.value);
    let langid = unic_langid::LanguageIdentifier::from_str(&raw.locale.value);
    let (Ok(locale), Ok(langid)) = (locale, langid) else {
        let (l, c) = raw.locale.pos();
        diags.push(
            Diagnostic::error(
                file,
                msg("config-locale-bad").arg("value", &raw.locale.value),
            )
            .at(l, c),
        );
        return None;
    };
    ok &= raw.sections.check(file, diags);
    let quotes = quotes(raw.quotes, locale.id.language.as_str(), file, diags);
    (ok && quotes.is_some()).then(|| Language {
        code,
        locale,
        langid,
        name: raw.name,
        title: raw.title,
        description: raw.description,
        sections: raw.sections.into_sections(),
        quotes: quotes.unwrap_or_default(),
    })
}

impl RawSections {
    /// Whether every section name can be a URL segment (else reported).
    fn check(&self, file: &Path, diags: &mut Diagnostics) -> bool {
        let mut ok = true;
        for seg in [
            &self.news,
            &self.partners,
            &self.accessibility,
            &self.events,
            &self.search,
            &self.budget,
            &self.page,
        ]
        .into_iter()
        .chain(self.tags.as_ref())
        .chain(self.poster.as_ref())
        {
            if !is_url_segment(&seg.value) {
                let (l, c) = seg.pos();
                diags.push(
                    Diagnostic::error(file, msg("config-section-bad").arg("value", &seg.value))
                        .at(l, c),
                );
                ok = false;
            }
        }
        ok
    }

    fn into_sections(self) -> Sections {
        Sections {
            news: self.news.value,
            partners: self.partners.value,
            accessibility: self.accessibility.value,
            events: self.events.value,
            search: self.search.value,
            budget: self.budget.value,
            tags: self.tags.map_or_else(|| "tags".to_string(), |t| t.value),
            poster: self
                .poster
                .map_or_else(|| "poster".to_string(), |t| t.value),
            page: self.page.value,
        }
    }
}

/// The opening and closing marks written, else CLDR's for `language`;
/// `None` when the list is not two marks (reported).
fn quotes(
    raw: Option<Spanned<Vec<String>>>,
    language: &str,
    file: &Path,
    diags: &mut Diagnostics,
) -> Option<(String, String)> {
    match raw {
        Some(q) if q.value.len() == 2 => Some((q.value[0].clone(), q.value[1].clone())),
        Some(q) => {
            let (l, c) = q.pos();
            diags.push(Diagnostic::error(file, msg("config-quotes-bad")).at(l, c));
            None
        }
        None => Some(cldr_quotes(language)),
    }
}

/// CLDR's primary quotation marks for common languages of the region; others
/// get English marks unless `quotes` is set in the configuration.
fn cldr_quotes(language: &str) -> (String, String) {
    let (open, close) = match language {
        "lv" | "en" | "pt" | "tr" => ("“", "”"),
        "lt" | "et" | "de" | "cs" | "sk" | "sl" | "bg" | "is" | "ka" => ("„", "“"),
        "pl" | "ro" | "hu" | "hr" | "nl" => ("„", "”"),
        "fi" | "sv" => ("”", "”"),
        "ru" | "uk" | "be" | "fr" | "es" | "it" | "no" | "nb" => ("«", "»"),
        _ => ("“", "”"),
    };
    (open.to_string(), close.to_string())
}

#[cfg(test)]
mod tests {
    use super::cldr_quotes;

    #[test]
    fn quotes_follow_cldr() {
        assert_eq!(cldr_quotes("lt"), ("„".into(), "“".into()));
        assert_eq!(cldr_quotes("lv"), ("“".into(), "”".into()));
    }
}
