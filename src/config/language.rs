//! One entry of `languages:` in `site.yaml`: its code, CLDR locale,
//! names, section addresses and quotation marks, checked.

use std::path::Path;
use std::str::FromStr;

use serde::Deserialize;

use super::{Language, Sections, SpannedPos, is_url_segment};
use crate::diagnostic::{Diagnostic, Diagnostics};
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
}

pub(super) fn validate_language(
    raw: RawLanguage,
    file: &Path,
    diags: &mut Diagnostics,
) -> Option<Language> {
    let mut ok = true;
    let code = raw.code.value.clone();
    if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        let (l, c) = raw.code.pos();
        diags.push(
            Diagnostic::error(
                file,
                format!("language code `{code}` is not a two- or three-letter code"),
            )
            .at(l, c)
            .with_hint("use ISO 639 codes such as lv, lt, en"),
        );
        ok = false;
    }
    let locale = icu_locale_core::Locale::from_str(&raw.locale.value);
    let langid = unic_langid::LanguageIdentifier::from_str(&raw.locale.value);
    let (locale, langid) = match (locale, langid) {
        (Ok(a), Ok(b)) => (a, b),
        _ => {
            let (l, c) = raw.locale.pos();
            diags.push(
                Diagnostic::error(file, format!("`{}` is not a locale", raw.locale.value))
                    .at(l, c)
                    .with_hint("use a CLDR locale such as lv-LV or lt-LT"),
            );
            return None;
        }
    };
    for seg in [
        &raw.sections.news,
        &raw.sections.partners,
        &raw.sections.accessibility,
        &raw.sections.events,
        &raw.sections.search,
        &raw.sections.budget,
        &raw.sections.page,
    ]
    .into_iter()
    .chain(raw.sections.tags.as_ref())
    {
        if !is_url_segment(&seg.value) {
            let (l, c) = seg.pos();
            diags.push(
                Diagnostic::error(
                    file,
                    format!("section name `{}` cannot be used in a URL", seg.value),
                )
                .at(l, c)
                .with_hint("use lowercase ASCII letters, digits and hyphens, e.g. jaunumi (not con, nul, com1 or another name Windows keeps for devices)"),
            );
            ok = false;
        }
    }
    let quotes = match raw.quotes {
        Some(q) if q.value.len() == 2 => (q.value[0].clone(), q.value[1].clone()),
        Some(q) => {
            let (l, c) = q.pos();
            diags.push(
                Diagnostic::error(
                    file,
                    "quotes must list exactly two marks: opening and closing",
                )
                .at(l, c),
            );
            ok = false;
            (String::new(), String::new())
        }
        None => cldr_quotes(locale.id.language.as_str()),
    };
    ok.then_some(Language {
        code,
        locale,
        langid,
        name: raw.name,
        title: raw.title,
        description: raw.description,
        sections: Sections {
            news: raw.sections.news.value,
            partners: raw.sections.partners.value,
            accessibility: raw.sections.accessibility.value,
            events: raw.sections.events.value,
            search: raw.sections.search.value,
            budget: raw.sections.budget.value,
            tags: raw
                .sections
                .tags
                .map_or_else(|| "tags".to_string(), |t| t.value),
            page: raw.sections.page.value,
        },
        quotes,
    })
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
