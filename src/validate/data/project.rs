//! project.yaml and partners.yaml: texts in every language, ids, countries,
//! websites, coordinates, dates, one lead partner.

use std::collections::BTreeSet;

use super::{Level, at, check_date, check_site_path, check_web_address, languages_present};
use crate::config::SiteConfig;
use crate::data::model::{Partners, Project, Role};
use crate::data::{PARTNERS_FILE, PROJECT_FILE};
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// Ids, names, countries, websites and dates of the project and partners.
pub fn check_project_and_partners(
    project: &Project,
    partners: &Partners,
    config: &SiteConfig,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let texts = [
        ("what-project-name", &project.name),
        ("what-programme-name", &project.programme),
        ("what-fund-name", &project.fund.name),
        ("what-fund-short", &project.fund.short),
    ];
    for (what, text) in texts {
        languages_present(PROJECT_FILE, msg(what), text, config, &mut out);
    }
    for t in project.aims.iter().chain(&project.target_groups) {
        languages_present(PROJECT_FILE, msg("what-entry"), t, config, &mut out);
    }
    if let Some(image) = &project.image {
        check_site_path(PROJECT_FILE, &image.src, &mut out);
    }
    check_date(PROJECT_FILE, &project.start, &mut out);
    check_date(PROJECT_FILE, &project.end, &mut out);
    if project.start.value > project.end.value {
        out.push(at(
            PROJECT_FILE,
            &project.end,
            Level::Error,
            msg("project-ends-before-start"),
        ));
    }
    let ids = check_partners(partners, config, &mut out);
    for a in &project.activities {
        languages_present(
            PROJECT_FILE,
            msg("what-activity"),
            &a.text,
            config,
            &mut out,
        );
        if let Some(id) = &a.partner
            && !ids.contains(&id.value)
        {
            out.push(at(
                PROJECT_FILE,
                id,
                Level::Error,
                msg("data-no-such-partner").arg("id", &id.value),
            ));
        }
    }
    out
}

/// The partners' own checks; their ids.
fn check_partners(
    partners: &Partners,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) -> BTreeSet<String> {
    let f = PARTNERS_FILE;
    let mut ids = BTreeSet::new();
    let mut leads = 0;
    for p in &partners.partners {
        let id = &p.id.value;
        if !crate::config::is_url_segment(id) {
            out.push(at(
                f,
                &p.id,
                Level::Error,
                msg("partner-bad-id").arg("id", id),
            ));
        }
        if !ids.insert(id.clone()) {
            out.push(at(
                f,
                &p.id,
                Level::Error,
                msg("partner-id-twice").arg("id", id),
            ));
        }
        if p.role == Role::Lead {
            leads += 1;
        }
        for (what, text) in [
            ("what-partner-name", &p.name),
            ("what-partner-type", &p.kind),
            ("what-partner-town", &p.town),
        ] {
            languages_present(f, msg(what).arg("id", id), text, config, out);
        }
        let country = &p.country.value;
        if !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase())) {
            out.push(at(
                f,
                &p.country,
                Level::Error,
                msg("partner-bad-country").arg("value", country),
            ));
        }
        if let Some(w) = &p.website {
            check_web_address(f, w, out);
        }
        if let Some(logo) = &p.logo {
            check_site_path(f, logo, out);
        }
        let [lat, lon] = p.coordinates.value;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            out.push(at(
                f,
                &p.coordinates,
                Level::Error,
                msg("partner-bad-coordinates"),
            ));
        }
    }
    if leads != 1 && !partners.partners.is_empty() {
        out.push(Diagnostic::error(
            f,
            msg("partner-lead-count").num("count", leads),
        ));
    }
    ids
}
