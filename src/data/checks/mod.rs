//! Cross-checks of the data files. They report what does not add up and
//! never change a figure: published numbers stay as published.
//!
//! Every finding is a message of `messages/*.ftl`, so a PR specialist reads
//! it in their language; names of things ("the project name", "partner
//! `auce`'s ERDF") are messages too, put into the sentence.

mod accessibility;
mod budget;
mod project;

pub use accessibility::check_accessibility;
pub use budget::check_budget;
pub use project::check_project_and_partners;

use std::path::Path;

use super::model::Localized;
use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};
use crate::yaml::{self, Spanned};

/// Whether a finding stops the build.
#[derive(Clone, Copy)]
enum Level {
    Error,
    Warning,
}

/// A finding about `value` in `file`, at its place.
fn at<T>(file: &str, value: &Spanned<T>, level: Level, message: Message) -> Diagnostic {
    let (l, c) = yaml::position(value, 1);
    let d = match level {
        Level::Error => Diagnostic::error(Path::new(file), message),
        Level::Warning => Diagnostic::warning(Path::new(file), message),
    };
    d.at(l, c)
}

/// Every text must exist in every configured language. `what` names it.
pub fn languages_present(
    file: &str,
    what: Message,
    text: &Localized,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) {
    for lang in &config.languages {
        if text
            .value
            .get(&lang.code)
            .is_none_or(|s| s.trim().is_empty())
        {
            out.push(at(
                file,
                text,
                Level::Error,
                msg("data-missing-language")
                    .message("what", what.clone())
                    .arg("code", &lang.code)
                    .arg("name", &lang.name),
            ));
        }
    }
}

/// `value` must be a date written YYYY-MM-DD.
fn check_date(file: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    if crate::i18n::format::parse_iso_date(&value.value).is_none() {
        out.push(at(
            file,
            value,
            Level::Error,
            msg("data-not-a-date").arg("value", &value.value),
        ));
    }
}

/// `value` must be an http:// or https:// address.
fn check_web_address(file: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    let lower = value.value.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://"))
        || !crate::content::is_safe_link(&value.value)
    {
        out.push(at(
            file,
            value,
            Level::Error,
            msg("data-not-web-address").arg("value", &value.value),
        ));
    }
}

/// A rate such as "0.85" as an exact fraction (numerator, denominator).
pub fn parse_rate(text: &str) -> Option<(i128, i128)> {
    let (whole, frac) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    if whole.is_empty()
        || frac.len() > 6
        || !whole
            .bytes()
            .chain(frac.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let den = 10i128.pow(frac.len() as u32);
    let num = whole.parse::<i128>().ok()? * den
        + if frac.is_empty() {
            0
        } else {
            frac.parse::<i128>().ok()?
        };
    (num <= den).then_some((num, den))
}

#[cfg(test)]
mod tests {
    use super::parse_rate;

    #[test]
    fn rates_are_exact_fractions() {
        assert_eq!(parse_rate("0.85"), Some((85, 100)));
        assert_eq!(parse_rate("1"), Some((1, 1)));
        assert_eq!(parse_rate("1.5"), None);
        assert_eq!(parse_rate("abc"), None);
    }
}
