//! The data files as written: `content/data/project.yaml`, `partners.yaml`
//! and `budget.yaml`. Unknown keys are errors; positions are kept for checks.

use std::collections::BTreeMap;

use std::path::Path;

use serde::Deserialize;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};
use crate::money::Money;
use crate::yaml::Spanned;

/// Text in several languages: `{ lv: …, lt: …, en: … }`.
pub type Localized = Spanned<BTreeMap<String, String>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The programme period whose EU rules apply: `2014-2020` or
    /// `2021-2027` (see `data::period`).
    #[serde(default)]
    pub period: Option<Spanned<String>>,
    pub acronym: String,
    pub number: String,
    pub name: Localized,
    pub programme: Localized,
    pub fund: Fund,
    pub start: Spanned<String>,
    pub end: Spanned<String>,
    /// How many people the project means to reach at least.
    pub target_people: u32,
    pub aims: Vec<Localized>,
    pub target_groups: Vec<Localized>,
    pub activities: Vec<Activity>,
    /// Whom the public writes to or calls about the project (the footer).
    #[serde(default)]
    pub contact: Option<ProjectContact>,
    /// The home page's lead photo: a file of the site and, per language,
    /// what it shows.
    #[serde(default)]
    pub image: Option<ProjectImage>,
    /// Article 50(1)(a): a short description of the operation in each
    /// language; its `en` text is the summary the programme publishes.
    #[serde(default)]
    pub description: Option<Localized>,
    /// The longest English summary the programme accepts, in characters.
    #[serde(default)]
    pub summary_limit: Option<Spanned<usize>>,
    /// Article 50(1)(a): what the project expects to achieve and has achieved.
    #[serde(default)]
    pub results: Option<Spanned<Results>>,
    /// Output and result indicators against the programme's.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The programme's logo (the harmonised Interreg brand for 2021–2027).
    #[serde(default)]
    pub programme_logo: Option<ProgrammeLogo>,
}

/// `results:` in `project.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    #[serde(default)]
    pub expected: Vec<Localized>,
    /// `achieved: []` says there are none yet; a missing key is a reminder.
    #[serde(default)]
    pub achieved: Option<Vec<Localized>>,
}

/// One of `indicators:` in `project.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// The programme's code for it (`RCO 116`), when it has one.
    #[serde(default)]
    pub code: Option<String>,
    pub kind: IndicatorKind,
    pub name: Localized,
    /// Per language, the unit in each CLDR plural form the language has:
    /// `lv: { zero: cilvēku, one: cilvēks, other: cilvēki }`.
    pub unit: Spanned<BTreeMap<String, BTreeMap<String, String>>>,
    pub target: Spanned<f64>,
    #[serde(default)]
    pub achieved: Option<Achieved>,
    /// The achieved value is above the target on purpose.
    #[serde(default)]
    pub exceeded: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    Output,
    Result,
}

/// `achieved:` of an indicator: how much, as of when.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Achieved {
    pub value: Spanned<f64>,
    pub date: Spanned<String>,
}

/// `programme_logo:` in `project.yaml`: a file of the site, its size as
/// shown, and what it says in each language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeLogo {
    pub src: Spanned<String>,
    pub width: Spanned<u32>,
    pub height: Spanned<u32>,
    #[serde(default)]
    pub alt: Option<Localized>,
    /// The logo already shows the EU emblem and "Co-funded by the European
    /// Union" (the harmonised Interreg brand), so it replaces them.
    #[serde(default)]
    pub includes_eu_statement: Option<Spanned<bool>>,
}

/// `image:` in `project.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectImage {
    pub src: Spanned<String>,
    pub alt: Localized,
}

/// `contact:` in `project.yaml`: each line optional.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ProjectContact {
    /// Postal address, one line.
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// As dialled from abroad: +371 …
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fund {
    /// Short name, e.g. ERDF.
    pub code: String,
    /// The fund named in full in each language.
    pub name: Localized,
    /// The short name in each language (ERAF, ERPF).
    pub short: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// A partner id, or none for joint activities.
    #[serde(default)]
    pub partner: Option<Spanned<String>>,
    pub text: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partners {
    pub partners: Vec<Partner>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Lead,
    Partner,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: Spanned<String>,
    pub role: Role,
    pub name: Localized,
    #[serde(rename = "type")]
    pub kind: Localized,
    /// ISO 3166 code: LV or LT.
    pub country: Spanned<String>,
    pub town: Localized,
    #[serde(default)]
    pub website: Option<Spanned<String>>,
    /// The partner's logo, a file of the site (`/images/logos/auce.png`);
    /// its description is the partner's name.
    #[serde(default)]
    pub logo: Option<Spanned<String>>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// Latitude and longitude in degrees.
    pub coordinates: Spanned<[f64; 2]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub currency: String,
    /// The programme's co-financing rate, e.g. "0.85".
    pub co_financing_rate: Spanned<String>,
    /// Allowed excess of ERDF over rate × total, for cent rounding. Default 1.00.
    #[serde(default)]
    pub tolerance: Option<Spanned<Money>>,
    pub total: Spanned<Money>,
    pub erdf: Spanned<Money>,
    #[serde(default)]
    pub partners: Vec<PartnerBudget>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerBudget {
    pub partner: Spanned<String>,
    pub total: Spanned<Money>,
    pub erdf: Spanned<Money>,
    pub own: Spanned<Money>,
    #[serde(default)]
    pub cost_lines: Vec<CostLine>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    pub name: Localized,
    pub amount: Spanned<Money>,
    /// What the money buys, item by item.
    #[serde(default)]
    pub items: Vec<Localized>,
}

/// `content/data/accessibility.yaml`: the accessibility statement, following
/// the model of Commission Implementing Decision (EU) 2018/1523.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// Who is responsible for the site.
    pub body: Localized,
    /// The national law transposing Directive (EU) 2016/2102, per language.
    pub legislation: Localized,
    pub status: Compliance,
    /// The standard assessed against, e.g. "WCAG 2.1 AA (EN 301 549 V3.2.1)".
    pub standard: String,
    #[serde(default)]
    pub non_accessible: Vec<NonAccessible>,
    pub prepared: Spanned<String>,
    #[serde(default)]
    pub reviewed: Option<Spanned<String>>,
    /// How compliance was assessed (self-assessment, third party, tools used).
    pub method: Localized,
    pub contact: Contact,
    pub enforcement: Vec<Enforcement>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Compliance {
    Full,
    Partial,
    NotCompliant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NonAccessibleReason {
    NonCompliance,
    DisproportionateBurden,
    OutOfScope,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonAccessible {
    pub reason: NonAccessibleReason,
    pub text: Localized,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Localized,
    #[serde(default)]
    pub email: Option<Spanned<String>>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enforcement {
    pub name: Localized,
    pub url: Spanned<String>,
}

/// Every text must exist in every configured language. `what` names it.
pub(crate) fn languages_present(
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
            let (line, column) = crate::yaml::position(text, 1);
            let message = msg("data-missing-language")
                .message("what", what.clone())
                .arg("code", &lang.code);
            out.push(Diagnostic::error(Path::new(file), message).at(line, column));
        }
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
