//! project.yaml against the rules of its programme period: the period
//! itself, what Article 50(1)(a) asks the site to say about the operation
//! (2021–2027), the programme logo, and the indicators.

use std::path::Path;

use super::{Level, at, check_date, check_site_path, languages_present};
use crate::config::SiteConfig;
use crate::data::PROJECT_FILE;
use crate::data::model::{Indicator, Project};
use crate::data::period::{self, PeriodRules};
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// The period, the operation's description and the indicators.
pub fn check_operation(project: &Project, config: &SiteConfig) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let f = PROJECT_FILE;
    let rules = match &project.period {
        None => {
            out.push(Diagnostic::error(Path::new(f), msg("project-no-period")).at(1, 1));
            None
        }
        Some(p) => match period::find(&p.value) {
            None => {
                let m = msg("project-unknown-period")
                    .arg("value", p.value.trim())
                    .arg("known", period::ids());
                out.push(at(f, p, Level::Error, m));
                None
            }
            found => found,
        },
    };
    if let (Some(rules), Some(year)) = (rules, start_year(project))
        && !(rules.years.0..=rules.years.1).contains(&year)
    {
        let m = msg("project-period-years")
            .arg("year", year)
            .arg("period", rules.id);
        out.push(at(f, &project.start, Level::Warning, m));
    }
    if let Some(rules) = rules {
        describes_operation(project, rules, config, &mut out);
        programme_logo(project, rules, config, &mut out);
    }
    for indicator in &project.indicators {
        check_indicator(indicator, project, config, &mut out);
    }
    out
}

fn start_year(project: &Project) -> Option<i32> {
    project.start.value.get(..4)?.parse().ok()
}

/// Article 50(1)(a): a short description, the aims and the results; the
/// EU support comes from budget.yaml, which is always there.
fn describes_operation(
    project: &Project,
    rules: &PeriodRules,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) {
    if !rules.describes_operation {
        return;
    }
    let f = PROJECT_FILE;
    // A missing key has no place of its own: it is reported at `period:`,
    // the line that makes it required.
    let Some(period) = &project.period else {
        return;
    };
    let missing = |id: &'static str| at(f, period, Level::Warning, msg(id));
    match &project.description {
        None => out.push(missing("op-no-description")),
        Some(d) => {
            languages_present(f, msg("what-description"), d, config, out);
            english_summary(project, d, rules, out);
        }
    }
    if project.aims.is_empty() {
        out.push(missing("op-no-aims"));
    }
    match &project.results {
        None => out.push(missing("op-no-results")),
        Some(r) => {
            for t in r
                .value
                .expected
                .iter()
                .chain(r.value.achieved.iter().flatten())
            {
                languages_present(f, msg("what-entry"), t, config, out);
            }
            if r.value.expected.is_empty() {
                out.push(at(f, r, Level::Warning, msg("op-no-expected-results")));
            }
            if r.value.achieved.is_none() {
                out.push(at(f, r, Level::Warning, msg("op-no-achieved-results")));
            }
        }
    }
}

/// The English text of `description:` is the summary the programme
/// publishes: it must be there and within the programme's limit.
fn english_summary(
    project: &Project,
    description: &crate::data::model::Localized,
    rules: &PeriodRules,
    out: &mut Vec<Diagnostic>,
) {
    let Some(default_limit) = rules.english_summary_limit else {
        return;
    };
    let limit = project
        .summary_limit
        .as_ref()
        .map_or(default_limit, |l| l.value);
    match description.value.get("en").map(|t| t.trim()) {
        None | Some("") => out.push(at(
            PROJECT_FILE,
            description,
            Level::Warning,
            msg("op-no-english-summary").num("limit", limit as i64),
        )),
        Some(text) if text.chars().count() > limit => out.push(at(
            PROJECT_FILE,
            description,
            Level::Warning,
            msg("op-summary-too-long")
                .num("length", text.chars().count() as i64)
                .num("limit", limit as i64),
        )),
        Some(_) => {}
    }
}

fn programme_logo(
    project: &Project,
    rules: &PeriodRules,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) {
    let Some(logo) = &project.programme_logo else {
        return;
    };
    let f = PROJECT_FILE;
    check_site_path(f, &logo.src, out);
    if let Some(alt) = &logo.alt {
        languages_present(f, msg("what-logo-alt"), alt, config, out);
    }
    let Some(flag) = logo.includes_eu_statement.as_ref().filter(|f| f.value) else {
        return;
    };
    if !rules.programme_logo_may_replace {
        let m = msg("logo-flag-outside-period").arg("period", rules.id);
        out.push(at(f, flag, Level::Error, m));
    } else if logo.alt.is_none() {
        out.push(at(f, flag, Level::Error, msg("logo-no-alt")));
    }
}

/// An example of a unit's forms in language `code`, for hints.
fn unit_example(code: &str, categories: &[&str]) -> String {
    match code {
        "lv" => "zero: cilvēku, one: cilvēks, other: cilvēki".to_string(),
        "lt" => "one: žmogus, few: žmonės, many: žmogaus, other: žmonių".to_string(),
        "en" => "one: person, other: people".to_string(),
        _ => categories
            .iter()
            .map(|c| format!("{c}: …"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn check_indicator(
    i: &Indicator,
    project: &Project,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) {
    let f = PROJECT_FILE;
    languages_present(f, msg("what-indicator-name"), &i.name, config, out);
    let name = i
        .name
        .value
        .get(&config.default_language().code)
        .or_else(|| i.name.value.values().next())
        .cloned()
        .unwrap_or_default();
    for lang in &config.languages {
        let all = crate::i18n::plurals::categories(&lang.locale);
        let example = unit_example(&lang.code, &all);
        let Some(forms) = i.unit.value.get(&lang.code) else {
            let m = msg("indicator-no-unit")
                .arg("name", &name)
                .arg("code", &lang.code)
                .arg("example", example);
            out.push(at(f, &i.unit, Level::Error, m));
            continue;
        };
        let lacking: Vec<&str> = all
            .iter()
            .copied()
            .filter(|c| forms.get(*c).is_none_or(|t| t.trim().is_empty()))
            .collect();
        if !lacking.is_empty() {
            let m = msg("indicator-unit-forms")
                .arg("name", &name)
                .arg("code", &lang.code)
                .num("count", lacking.len() as i64)
                .arg("missing", lacking.join(", "))
                .arg("all", all.join(", "))
                .arg("example", example);
            out.push(at(f, &i.unit, Level::Error, m));
        }
    }
    if i.target.value.is_nan() || i.target.value <= 0.0 {
        out.push(at(
            f,
            &i.target,
            Level::Error,
            msg("indicator-no-target").arg("name", &name),
        ));
    }
    let Some(achieved) = &i.achieved else {
        return;
    };
    check_date(f, &achieved.date, out);
    let date = achieved.date.value.trim();
    let (start, end) = (project.start.value.trim(), project.end.value.trim());
    if date.len() == 10 && (date < start || date > end) {
        let m = msg("indicator-date-outside")
            .arg("name", &name)
            .arg("date", date)
            .arg("start", start)
            .arg("end", end);
        out.push(at(f, &achieved.date, Level::Error, m));
    }
    let above = achieved.value.value > i.target.value;
    if above && !i.exceeded {
        let m = msg("indicator-above-target")
            .arg("name", &name)
            .arg("achieved", achieved.value.value)
            .arg("target", i.target.value);
        out.push(at(f, &achieved.value, Level::Warning, m));
    } else if !above && i.exceeded {
        let m = msg("indicator-not-exceeded").arg("name", &name);
        out.push(at(f, &achieved.value, Level::Warning, m));
    }
}
