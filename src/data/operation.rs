//! What templates get of the period's rules and of the operation
//! (Article 50(1)(a)): the EU block's content, the description, results
//! and indicators in the page's language.

use serde::Serialize;

use super::SiteData;
use super::model::{Indicator, IndicatorKind, ProgrammeLogo};
use super::period::PeriodRules;

/// `project.eu`: what the EU block on every page shows.
#[derive(Debug, Serialize)]
pub(super) struct EuCtx<'a> {
    pub(super) period: &'static str,
    /// `name-and-fund` or `statement` (see `period::BlockLayout`).
    pub(super) layout: &'static str,
    /// "Eiropas Savienība" (2014–2020) or "Līdzfinansē Eiropas Savienība".
    pub(super) statement: &'static str,
    /// The fund, when the period's block names it.
    pub(super) fund: Option<&'a str>,
    pub(super) emblem_width: u32,
    pub(super) emblem_height: u32,
    pub(super) programme_logo: Option<LogoCtx<'a>>,
    /// The programme logo shows the emblem and the statement itself.
    pub(super) logo_replaces_emblem: bool,
    /// The home and About pages describe the operation (Article 50(1)(a)).
    pub(super) describes_operation: bool,
}

#[derive(Debug, Serialize)]
pub(super) struct LogoCtx<'a> {
    pub(super) src: String,
    pub(super) alt: &'a str,
    pub(super) width: u32,
    pub(super) height: u32,
}

/// `project.indicators[]`.
#[derive(Debug, Serialize)]
pub(super) struct IndicatorCtx<'a> {
    pub(super) code: Option<&'a str>,
    /// `output` or `result`.
    pub(super) kind: &'static str,
    pub(super) name: &'a str,
    /// The numbers as plain decimals (format with `number`) and the unit
    /// in the plural form each number takes in the page's language.
    pub(super) target: String,
    pub(super) target_unit: &'a str,
    pub(super) achieved: Option<String>,
    pub(super) achieved_unit: Option<&'a str>,
    pub(super) achieved_date: Option<&'a str>,
    /// Achieved in percent of the target, whole, at most 100 (the bar).
    pub(super) progress: Option<u32>,
    /// Achieved in percent of the target, whole (may pass 100).
    pub(super) percent: Option<u32>,
    pub(super) exceeded: bool,
}

/// A number from YAML as plain decimal text: 1000 → "1000", 2.5 → "2.5".
fn decimal_text(value: f64) -> String {
    format!("{value}")
}

impl SiteData {
    pub(super) fn eu_ctx(&self, rules: &'static PeriodRules, lang: usize) -> EuCtx<'_> {
        let p = &self.project;
        let logo = p.programme_logo.as_ref();
        EuCtx {
            period: rules.id,
            layout: rules.layout.name(),
            statement: rules.statement_for(&self.codes[lang]),
            fund: matches!(rules.layout, super::period::BlockLayout::NameAndFund)
                .then(|| self.text(&p.fund.name, lang)),
            emblem_width: rules.emblem.0,
            emblem_height: rules.emblem.1,
            programme_logo: logo.map(|l| self.logo_ctx(l, lang)),
            logo_replaces_emblem: rules.programme_logo_may_replace
                && logo.is_some_and(ProgrammeLogo::replaces_emblem),
            describes_operation: rules.describes_operation,
        }
    }

    fn logo_ctx<'a>(&'a self, logo: &'a ProgrammeLogo, lang: usize) -> LogoCtx<'a> {
        LogoCtx {
            src: format!("/{}", logo.src.value.trim().trim_start_matches('/')),
            alt: match &logo.alt {
                Some(alt) => self.text(alt, lang),
                None => self.text(&self.project.programme, lang),
            },
            width: logo.width.value,
            height: logo.height.value,
        }
    }

    pub(super) fn indicator_ctx<'a>(&'a self, i: &'a Indicator, lang: usize) -> IndicatorCtx<'a> {
        let target = decimal_text(i.target.value);
        let achieved = i.achieved.as_ref().map(|a| decimal_text(a.value.value));
        // `check` asks for a target above 0; until then the bar stays empty.
        let percent = i.achieved.as_ref().map(|a| match i.target.value > 0.0 {
            true => (a.value.value / i.target.value * 100.0).round().max(0.0) as u32,
            false => 0,
        });
        IndicatorCtx {
            code: i.code.as_deref(),
            kind: match i.kind {
                IndicatorKind::Output => "output",
                IndicatorKind::Result => "result",
            },
            name: self.text(&i.name, lang),
            target_unit: self.unit_for(i, lang, &target),
            achieved_unit: achieved.as_deref().map(|a| self.unit_for(i, lang, a)),
            target,
            achieved,
            achieved_date: i.achieved.as_ref().map(|a| a.date.value.as_str()),
            progress: percent.map(|p| p.min(100)),
            percent,
            exceeded: i.exceeded,
        }
    }

    /// The indicator's unit in the form `number` takes in language `lang`
    /// (CLDR plural categories from ICU4X: lv 21 → one, 1000 → zero).
    fn unit_for<'a>(&'a self, i: &'a Indicator, lang: usize, number: &str) -> &'a str {
        let Some(forms) = i.unit.value.get(&self.codes[lang]) else {
            return "";
        };
        let category =
            crate::i18n::plurals::plural_category(&self.locales[lang], number).unwrap_or("other");
        forms
            .get(category)
            .or_else(|| forms.get("other"))
            .map_or("", String::as_str)
    }
}

impl ProgrammeLogo {
    /// The logo carries the emblem and the statement, as its author says.
    pub fn replaces_emblem(&self) -> bool {
        self.includes_eu_statement.as_ref().is_some_and(|f| f.value)
    }
}
