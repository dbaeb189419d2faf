//! Cross-checks of the data files. They report what does not add up and
//! never change a figure: published numbers stay as published.
//!
//! Every finding is a message of `messages/*.ftl`, so a PR specialist reads
//! it in their language; names of things ("the project name", "partner
//! `auce`'s ERDF") are messages too, put into the sentence.

mod accessibility;
mod budget;
mod operation;
mod project;

pub use accessibility::check_accessibility;
pub use budget::check_budget;
pub use operation::check_operation;
pub use project::check_project_and_partners;

pub(crate) use crate::data::model::{languages_present, parse_rate};

use std::path::Path;

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};
use crate::yaml::{self, Spanned};

/// Every rule over the data files, as read.
pub fn check(data: &SiteData, config: &SiteConfig) -> Vec<Diagnostic> {
    let mut out = check_project_and_partners(&data.project, &data.partners, config);
    out.extend(check_operation(&data.project, config));
    out.extend(check_budget(&data.budget, &data.partners, config));
    out.extend(check_accessibility(&data.accessibility, config));
    out
}

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

/// `value` must be the path of a file of the site (a logo, a photo): it is
/// put into the page after a `/`, so `\\host` or `https://…` there would
/// load from another site.
fn check_site_path(file: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    let path = value.value.trim();
    if !crate::content::is_safe_link(path) || crate::content::is_foreign(path) {
        out.push(at(
            file,
            value,
            Level::Error,
            msg("data-not-site-path").arg("value", &value.value),
        ));
    }
}
