//! Cross-checks of the data files. They report what does not add up and
//! never change a figure: published numbers stay as published.

use std::collections::BTreeSet;
use std::path::Path;

use super::model::{Accessibility, Budget, Localized, Partners, Project};
use super::{ACCESSIBILITY_FILE, BUDGET_FILE, PARTNERS_FILE, PROJECT_FILE};
use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::money::Money;
use crate::yaml::{self, Spanned};

fn at<T>(
    file: &str,
    value: &Spanned<T>,
    d: fn(&Path, String) -> Diagnostic,
    message: String,
) -> Diagnostic {
    let (l, c) = yaml::position(value, 1);
    d(Path::new(file), message).at(l, c)
}

fn error(file: &Path, message: String) -> Diagnostic {
    Diagnostic::error(file, message)
}

fn warning(file: &Path, message: String) -> Diagnostic {
    Diagnostic::warning(file, message)
}

/// Every text must exist in every configured language.
pub fn languages_present(
    file: &str,
    what: &str,
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
            out.push(
                at(
                    file,
                    text,
                    error,
                    format!("{what} has no {} text", lang.code),
                )
                .with_hint(format!(
                    "add a line `{}: …` with the {} text",
                    lang.code, lang.name
                )),
            );
        }
    }
}

/// Ids, names, countries, websites and dates of the project and partners.
pub fn check_project_and_partners(
    project: &Project,
    partners: &Partners,
    config: &SiteConfig,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    languages_present(
        PROJECT_FILE,
        "the project name",
        &project.name,
        config,
        &mut out,
    );
    languages_present(
        PROJECT_FILE,
        "the programme name",
        &project.programme,
        config,
        &mut out,
    );
    languages_present(
        PROJECT_FILE,
        "the fund name",
        &project.fund.name,
        config,
        &mut out,
    );
    languages_present(
        PROJECT_FILE,
        "the fund's short name",
        &project.fund.short,
        config,
        &mut out,
    );
    for t in project.aims.iter().chain(&project.target_groups) {
        languages_present(PROJECT_FILE, "this entry", t, config, &mut out);
    }
    for d in [&project.start, &project.end] {
        if crate::i18n::format::parse_iso_date(&d.value).is_none() {
            out.push(
                at(
                    PROJECT_FILE,
                    d,
                    error,
                    format!("`{}` is not a date", d.value),
                )
                .with_hint("write YYYY-MM-DD"),
            );
        }
    }
    if project.start.value > project.end.value {
        out.push(at(
            PROJECT_FILE,
            &project.end,
            error,
            "the project ends before it starts".into(),
        ));
    }

    let mut ids = BTreeSet::new();
    let mut leads = 0;
    for p in &partners.partners {
        if !crate::config::is_url_segment(&p.id.value) {
            out.push(at(
                PARTNERS_FILE,
                &p.id,
                error,
                format!(
                    "partner id `{}` must be lowercase letters, digits and hyphens",
                    p.id.value
                ),
            ));
        }
        if !ids.insert(p.id.value.clone()) {
            out.push(
                at(
                    PARTNERS_FILE,
                    &p.id,
                    error,
                    format!("partner id `{}` is used twice", p.id.value),
                )
                .with_hint("every partner needs its own id"),
            );
        }
        if p.role == super::model::Role::Lead {
            leads += 1;
        }
        languages_present(
            PARTNERS_FILE,
            &format!("partner `{}`'s name", p.id.value),
            &p.name,
            config,
            &mut out,
        );
        languages_present(
            PARTNERS_FILE,
            &format!("partner `{}`'s type", p.id.value),
            &p.kind,
            config,
            &mut out,
        );
        languages_present(
            PARTNERS_FILE,
            &format!("partner `{}`'s town", p.id.value),
            &p.town,
            config,
            &mut out,
        );
        if !(p.country.value.len() == 2 && p.country.value.bytes().all(|b| b.is_ascii_uppercase()))
        {
            out.push(
                at(
                    PARTNERS_FILE,
                    &p.country,
                    error,
                    format!("`{}` is not a two-letter country code", p.country.value),
                )
                .with_hint("use LV or LT"),
            );
        }
        if let Some(w) = &p.website {
            let lower = w.value.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://"))
                || !crate::content::is_safe_link(&w.value)
            {
                out.push(at(
                    PARTNERS_FILE,
                    w,
                    error,
                    format!(
                        "website `{}` must be an http:// or https:// address",
                        w.value
                    ),
                ));
            }
        }
        let [lat, lon] = p.coordinates.value;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            out.push(at(
                PARTNERS_FILE,
                &p.coordinates,
                error,
                "coordinates must be [latitude, longitude] in degrees".into(),
            ));
        }
    }
    if leads != 1 && !partners.partners.is_empty() {
        out.push(Diagnostic::error(
            PARTNERS_FILE,
            format!("there must be exactly one lead partner, found {leads}"),
        ));
    }
    for a in &project.activities {
        languages_present(PROJECT_FILE, "this activity", &a.text, config, &mut out);
        if let Some(id) = &a.partner
            && !ids.contains(&id.value)
        {
            out.push(at(
                PROJECT_FILE,
                id,
                error,
                format!("there is no partner `{}` in {PARTNERS_FILE}", id.value),
            ));
        }
    }
    out
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

/// The arithmetic of the budget, against the partner list.
pub fn check_budget(budget: &Budget, partners: &Partners, config: &SiteConfig) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let f = BUDGET_FILE;
    let _ = config;
    let Some((num, den)) = parse_rate(&budget.co_financing_rate.value) else {
        out.push(
            at(
                f,
                &budget.co_financing_rate,
                error,
                format!(
                    "`{}` is not a rate between 0 and 1",
                    budget.co_financing_rate.value
                ),
            )
            .with_hint("write it like 0.85"),
        );
        return out;
    };
    // Amounts below zero, and parts larger than their whole, would print
    // as shares below 0 % or above 100 %: errors, at the figure.
    let mut amounts: Vec<&Spanned<Money>> = vec![&budget.total, &budget.erdf];
    amounts.extend(&budget.tolerance);
    for pb in &budget.partners {
        amounts.extend([&pb.total, &pb.erdf, &pb.own]);
        amounts.extend(pb.cost_lines.iter().map(|l| &l.amount));
    }
    for amount in amounts.into_iter().filter(|a| a.value < Money::ZERO) {
        out.push(
            at(f, amount, error, format!("the amount {} is below zero", amount.value))
                .with_hint("budget figures are amounts of money spent or granted; write them without a minus sign"),
        );
    }
    let part_of =
        |what: &str, part: &Spanned<Money>, whole: Money, of: &str, out: &mut Vec<Diagnostic>| {
            if part.value > whole {
                out.push(
                at(
                    f,
                    part,
                    error,
                    format!("{what} {} is more than {of} {whole}", part.value),
                )
                .with_hint(
                    "a part cannot be more than the whole; check the figures against the contract",
                ),
            );
            }
        };
    let tolerance = budget
        .tolerance
        .as_ref()
        .map_or(Money::from_cents(100), |t| t.value);
    let rate_text = &budget.co_financing_rate.value;
    let rate_check = |who: &str, erdf: &Spanned<Money>, total: Money, out: &mut Vec<Diagnostic>| {
        // erdf ≤ rate × total + tolerance, in exact integer arithmetic.
        let lhs = erdf.value.cents() as i128 * den;
        let rhs = total.cents() as i128 * num + tolerance.cents() as i128 * den;
        if lhs > rhs {
            let allowed = Money::from_cents(((total.cents() as i128 * num) / den) as i64);
            out.push(at(f, erdf, warning, format!(
                "{who}: ERDF {} is more than {rate_text} × total {} = {} (by {}, tolerance {})",
                erdf.value, total, allowed, erdf.value.checked_sub(allowed).unwrap_or_default(), tolerance
            )).with_hint("check the figures against the contract; raise `tolerance` if this is rounding"));
        }
    };
    rate_check("project", &budget.erdf, budget.total.value, &mut out);
    part_of(
        "the project's ERDF",
        &budget.erdf,
        budget.total.value,
        "its total",
        &mut out,
    );

    let ids: BTreeSet<&str> = partners
        .partners
        .iter()
        .map(|p| p.id.value.as_str())
        .collect();
    let mut seen = BTreeSet::new();
    let mut sum = Money::ZERO;
    for pb in &budget.partners {
        let id = pb.partner.value.as_str();
        if !ids.contains(id) {
            out.push(
                at(
                    f,
                    &pb.partner,
                    error,
                    format!("there is no partner `{id}` in {PARTNERS_FILE}"),
                )
                .with_hint("use an id from partners.yaml"),
            );
        }
        if !seen.insert(id) {
            out.push(at(
                f,
                &pb.partner,
                error,
                format!("partner `{id}` has two budget entries"),
            ));
        }
        sum = sum.checked_add(pb.total.value).unwrap_or(sum);
        let who = format!("partner `{id}`:");
        part_of(
            &format!("{who} ERDF"),
            &pb.erdf,
            pb.total.value,
            "its total",
            &mut out,
        );
        part_of(
            &format!("{who} own co-financing"),
            &pb.own,
            pb.total.value,
            "its total",
            &mut out,
        );
        part_of(
            &format!("{who} total"),
            &pb.total,
            budget.total.value,
            "the project total",
            &mut out,
        );
        let parts = pb.erdf.value.checked_add(pb.own.value);
        if parts != Some(pb.total.value) {
            out.push(
                at(
                    f,
                    &pb.total,
                    warning,
                    format!(
                        "partner `{id}`: ERDF {} + own co-financing {} = {}, not the total {}",
                        pb.erdf.value,
                        pb.own.value,
                        parts.map_or("(too large)".into(), |m| m.to_string()),
                        pb.total.value
                    ),
                )
                .with_hint("correct one of the three figures"),
            );
        }
        let lines = pb
            .cost_lines
            .iter()
            .try_fold(Money::ZERO, |acc, l| acc.checked_add(l.amount.value));
        if let Some(lines) = lines
            && lines > pb.total.value
        {
            out.push(at(
                f,
                &pb.total,
                warning,
                format!(
                    "partner `{id}`: cost lines add up to {lines}, more than the total {}",
                    pb.total.value
                ),
            ));
        }
        for line in &pb.cost_lines {
            languages_present(f, "this cost line", &line.name, config, &mut out);
            for item in &line.items {
                languages_present(f, "this item", item, config, &mut out);
            }
        }
        rate_check(
            &format!("partner `{id}`"),
            &pb.erdf,
            pb.total.value,
            &mut out,
        );
    }
    let given = seen.iter().filter(|id| ids.contains(*id)).count();
    if !budget.partners.is_empty() && given < ids.len() {
        out.push(
            at(
                f,
                &budget.total,
                warning,
                format!(
                    "the budgets of {given} of the {} partners are given; together {sum}, of the project total {}",
                    ids.len(),
                    budget.total.value
                ),
            )
            .with_hint("add the other partners' budgets; the budget page says how many it shows"),
        );
    }
    if !partners.partners.is_empty()
        && seen.len() == ids.len()
        && ids.iter().all(|i| seen.contains(i))
        && sum != budget.total.value
    {
        out.push(at(
            f,
            &budget.total,
            warning,
            format!(
                "the partners' budgets add up to {sum}, but the project total is {}",
                budget.total.value
            ),
        ));
    }
    out
}

/// The accessibility statement: texts in every language, dates, contact.
pub fn check_accessibility(a: &Accessibility, config: &SiteConfig) -> Vec<Diagnostic> {
    let f = ACCESSIBILITY_FILE;
    let mut out = Vec::new();
    languages_present(f, "the responsible body", &a.body, config, &mut out);
    languages_present(f, "the legislation", &a.legislation, config, &mut out);
    languages_present(f, "the assessment method", &a.method, config, &mut out);
    languages_present(f, "the contact name", &a.contact.name, config, &mut out);
    for n in &a.non_accessible {
        languages_present(f, "this entry", &n.text, config, &mut out);
    }
    for d in std::iter::once(&a.prepared).chain(a.reviewed.as_ref()) {
        if crate::i18n::format::parse_iso_date(&d.value).is_none() {
            out.push(
                at(f, d, error, format!("`{}` is not a date", d.value))
                    .with_hint("write YYYY-MM-DD"),
            );
        }
    }
    if a.contact.email.is_none() && a.contact.url.is_none() {
        out.push(
            Diagnostic::error(f, "the contact needs an email or a url".to_string())
                .with_hint("people must be able to report accessibility problems"),
        );
    }
    if let Some(e) = &a.contact.email {
        let ok = e.value.split_once('@').is_some_and(|(u, d)| {
            !u.is_empty() && d.contains('.') && !e.value.contains([' ', '<', '>', '"'])
        });
        if !ok {
            out.push(at(
                f,
                e,
                error,
                format!("`{}` is not an email address", e.value),
            ));
        }
    }
    let urls = a
        .contact
        .url
        .iter()
        .chain(a.enforcement.iter().map(|e| &e.url));
    for u in urls {
        let lower = u.value.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://"))
            || !crate::content::is_safe_link(&u.value)
        {
            out.push(at(
                f,
                u,
                error,
                format!("`{}` must be an http:// or https:// address", u.value),
            ));
        }
    }
    for e in &a.enforcement {
        languages_present(f, "the enforcement body", &e.name, config, &mut out);
    }
    if a.enforcement.is_empty() {
        out.push(
            Diagnostic::error(
                f,
                "the statement must name the enforcement procedure".to_string(),
            )
            .with_hint(
                "add at least one `enforcement:` entry with the national body and its address",
            ),
        );
    }
    out
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
