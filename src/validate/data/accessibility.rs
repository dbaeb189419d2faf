//! accessibility.yaml: the statement's texts, dates, contact and the
//! enforcement procedure.

use super::{Level, at, check_date, check_web_address, languages_present};
use crate::config::SiteConfig;
use crate::data::ACCESSIBILITY_FILE;
use crate::data::model::Accessibility;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// The accessibility statement: texts in every language, dates, contact.
pub fn check_accessibility(a: &Accessibility, config: &SiteConfig) -> Vec<Diagnostic> {
    let f = ACCESSIBILITY_FILE;
    let mut out = Vec::new();
    for (what, text) in [
        ("what-body", &a.body),
        ("what-legislation", &a.legislation),
        ("what-method", &a.method),
        ("what-contact-name", &a.contact.name),
    ] {
        languages_present(f, msg(what), text, config, &mut out);
    }
    for n in &a.non_accessible {
        languages_present(f, msg("what-entry"), &n.text, config, &mut out);
    }
    for d in std::iter::once(&a.prepared).chain(a.reviewed.as_ref()) {
        check_date(f, d, &mut out);
    }
    if a.contact.email.is_none() && a.contact.url.is_none() {
        out.push(Diagnostic::error(f, msg("statement-no-contact")));
    }
    if let Some(e) = &a.contact.email {
        let ok = e.value.split_once('@').is_some_and(|(u, d)| {
            !u.is_empty() && d.contains('.') && !e.value.contains([' ', '<', '>', '"'])
        });
        if !ok {
            out.push(at(
                f,
                e,
                Level::Error,
                msg("data-not-email").arg("value", &e.value),
            ));
        }
    }
    for u in a
        .contact
        .url
        .iter()
        .chain(a.enforcement.iter().map(|e| &e.url))
    {
        check_web_address(f, u, &mut out);
    }
    for e in &a.enforcement {
        languages_present(f, msg("what-enforcement-body"), &e.name, config, &mut out);
    }
    if a.enforcement.is_empty() {
        out.push(Diagnostic::error(f, msg("statement-no-enforcement")));
    }
    out
}
