//! budget.yaml: the arithmetic of the figures, exactly, against the
//! partner list. Figures are never changed, only reported.

use std::collections::BTreeSet;

use super::{Level, at, languages_present, parse_rate};
use crate::config::SiteConfig;
use crate::data::BUDGET_FILE;
use crate::data::model::{Budget, PartnerBudget, Partners};
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};
use crate::money::Money;
use crate::yaml::Spanned;

const F: &str = BUDGET_FILE;

/// The co-financing rule: ERDF ≤ rate × total + tolerance.
struct Rate<'a> {
    num: i128,
    den: i128,
    text: &'a str,
    tolerance: Money,
}

impl Rate<'_> {
    fn check(&self, who: Message, erdf: &Spanned<Money>, total: Money, out: &mut Vec<Diagnostic>) {
        // In exact integer arithmetic.
        let lhs = erdf.value.cents() as i128 * self.den;
        let rhs = total.cents() as i128 * self.num + self.tolerance.cents() as i128 * self.den;
        if lhs > rhs {
            let allowed = Money::from_cents(((total.cents() as i128 * self.num) / self.den) as i64);
            let by = erdf.value.checked_sub(allowed).unwrap_or_default();
            out.push(at(
                F,
                erdf,
                Level::Warning,
                msg("budget-over-rate")
                    .message("who", who)
                    .money("erdf", erdf.value)
                    .decimal("rate", self.text)
                    .money("total", total)
                    .money("allowed", allowed)
                    .money("by", by)
                    .money("tolerance", self.tolerance),
            ));
        }
    }
}

/// A part (`what`) larger than its whole (`of`) is an error at the part.
fn part_of(
    what: Message,
    part: &Spanned<Money>,
    whole: Money,
    of: Message,
    out: &mut Vec<Diagnostic>,
) {
    if part.value > whole {
        out.push(at(
            F,
            part,
            Level::Error,
            msg("budget-part-over-whole")
                .message("what", what)
                .money("part", part.value)
                .message("of", of)
                .money("whole", whole),
        ));
    }
}

/// The arithmetic of the budget, against the partner list.
pub fn check_budget(budget: &Budget, partners: &Partners, config: &SiteConfig) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some((num, den)) = parse_rate(&budget.co_financing_rate.value) else {
        let value = &budget.co_financing_rate.value;
        out.push(at(
            F,
            &budget.co_financing_rate,
            Level::Error,
            msg("budget-bad-rate").arg("value", value),
        ));
        return out;
    };
    check_negative(budget, &mut out);
    let rate = Rate {
        num,
        den,
        text: &budget.co_financing_rate.value,
        tolerance: budget
            .tolerance
            .as_ref()
            .map_or(Money::from_cents(100), |t| t.value),
    };
    rate.check(
        msg("who-project"),
        &budget.erdf,
        budget.total.value,
        &mut out,
    );
    part_of(
        msg("fig-project-erdf"),
        &budget.erdf,
        budget.total.value,
        msg("fig-its-total"),
        &mut out,
    );

    check_partner_lines(budget, partners, &rate, config, &mut out);
    out
}

/// Each partner's line: a partner of `partners.yaml`, once, with its own
/// figures right; then whether the lines cover every partner and add up
/// to the project's total.
fn check_partner_lines(
    budget: &Budget,
    partners: &Partners,
    rate: &Rate,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) {
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
            out.push(at(
                F,
                &pb.partner,
                Level::Error,
                msg("data-no-such-partner").arg("id", id),
            ));
        }
        if !seen.insert(id) {
            out.push(at(
                F,
                &pb.partner,
                Level::Error,
                msg("budget-partner-twice").arg("id", id),
            ));
        }
        sum = sum.checked_add(pb.total.value).unwrap_or(sum);
        check_partner(pb, budget.total.value, config, out);
        rate.check(
            msg("who-partner").arg("id", id),
            &pb.erdf,
            pb.total.value,
            out,
        );
    }
    let given = seen.iter().filter(|id| ids.contains(*id)).count();
    if !budget.partners.is_empty() && given < ids.len() {
        out.push(at(
            F,
            &budget.total,
            Level::Warning,
            msg("budget-partly-given")
                .num("given", given)
                .num("count", ids.len())
                .money("sum", sum)
                .money("total", budget.total.value),
        ));
    }
    let complete = !partners.partners.is_empty() && ids.iter().all(|i| seen.contains(i));
    if complete && seen.len() == ids.len() && sum != budget.total.value {
        out.push(at(
            F,
            &budget.total,
            Level::Warning,
            msg("budget-sum-not-total")
                .money("sum", sum)
                .money("total", budget.total.value),
        ));
    }
}

/// Amounts below zero would print as shares below 0 %: errors, at the figure.
fn check_negative(budget: &Budget, out: &mut Vec<Diagnostic>) {
    let mut amounts: Vec<&Spanned<Money>> = vec![&budget.total, &budget.erdf];
    amounts.extend(&budget.tolerance);
    for pb in &budget.partners {
        amounts.extend([&pb.total, &pb.erdf, &pb.own]);
        amounts.extend(pb.cost_lines.iter().map(|l| &l.amount));
    }
    for amount in amounts.into_iter().filter(|a| a.value < Money::ZERO) {
        out.push(at(
            F,
            amount,
            Level::Error,
            msg("budget-negative").money("value", amount.value),
        ));
    }
}

/// One partner's figures against each other and the project total.
fn check_partner(
    pb: &PartnerBudget,
    project_total: Money,
    config: &SiteConfig,
    out: &mut Vec<Diagnostic>,
) {
    let id = pb.partner.value.as_str();
    let fig = |name: &'static str| msg(name).arg("id", id);
    let total = pb.total.value;
    part_of(
        fig("fig-partner-erdf"),
        &pb.erdf,
        total,
        msg("fig-its-total"),
        out,
    );
    part_of(
        fig("fig-partner-own"),
        &pb.own,
        total,
        msg("fig-its-total"),
        out,
    );
    part_of(
        fig("fig-partner-total"),
        &pb.total,
        project_total,
        msg("fig-project-total"),
        out,
    );
    let parts = pb.erdf.value.checked_add(pb.own.value);
    if parts != Some(total) {
        let message = msg("budget-parts-not-total")
            .arg("id", id)
            .money("erdf", pb.erdf.value)
            .money("own", pb.own.value)
            .money("total", total);
        let message = match parts {
            Some(sum) => message.money("sum", sum),
            None => message.arg("sum", "—"),
        };
        out.push(at(F, &pb.total, Level::Warning, message));
    }
    let lines = pb
        .cost_lines
        .iter()
        .try_fold(Money::ZERO, |acc, l| acc.checked_add(l.amount.value));
    if let Some(lines) = lines
        && lines > total
    {
        out.push(at(
            F,
            &pb.total,
            Level::Warning,
            msg("budget-lines-over-total")
                .arg("id", id)
                .money("lines", lines)
                .money("total", total),
        ));
    }
    for line in &pb.cost_lines {
        part_of(
            fig("fig-partner-cost-line"),
            &line.amount,
            total,
            fig("fig-partner-total"),
            out,
        );
        languages_present(F, msg("what-cost-line"), &line.name, config, out);
        for item in &line.items {
            languages_present(F, msg("what-item"), item, config, out);
        }
    }
}
