//! What templates get from the data files, per language: plain
//! serializable views of the project, partners, budget and statement.

use serde::Serialize;

use super::model;

/// `num/den` (den a power of ten) in percent as plain decimal text: 0.85 → "85".
pub(super) fn rate_as_percent(num: i128, den: i128) -> String {
    let mut d = fixed_decimal::Decimal::from(num as i64);
    d.multiply_pow10(2 - den.ilog10() as i16);
    d.absolute.trim_end();
    d.to_string()
}

#[derive(Debug, Serialize)]
pub(super) struct ProjectCtx<'a> {
    pub(super) acronym: &'a str,
    pub(super) number: &'a str,
    pub(super) name: &'a str,
    pub(super) name_en: Option<&'a str>,
    pub(super) programme: &'a str,
    pub(super) fund_code: &'a str,
    pub(super) fund_name: &'a str,
    pub(super) fund_short: &'a str,
    pub(super) start: &'a str,
    pub(super) end: &'a str,
    pub(super) target_people: u32,
    pub(super) aims: Vec<&'a str>,
    pub(super) target_groups: Vec<&'a str>,
    pub(super) activities: Vec<ActivityCtx<'a>>,
    pub(super) contact: Option<ContactCtx<'a>>,
    /// The EU block of the project's period (none while the period is unknown).
    pub(super) eu: Option<super::operation::EuCtx<'a>>,
    /// Article 50(1)(a): the operation in short, its results and indicators.
    pub(super) description: Option<&'a str>,
    pub(super) results_expected: Vec<&'a str>,
    pub(super) results_achieved: Vec<&'a str>,
    pub(super) indicators: Vec<super::operation::IndicatorCtx<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct ContactCtx<'a> {
    pub(super) address: Option<&'a str>,
    pub(super) email: Option<&'a str>,
    pub(super) phone: Option<&'a str>,
    /// The phone number as a `tel:` address (digits and the leading +).
    pub(super) phone_href: Option<String>,
}

impl<'a> ContactCtx<'a> {
    pub(super) fn new(c: &'a super::model::ProjectContact) -> Self {
        Self {
            address: c.address.as_deref(),
            email: c.email.as_deref(),
            phone: c.phone.as_deref(),
            phone_href: c.phone.as_deref().map(|p| {
                let digits: String = p
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                format!("tel:{digits}")
            }),
        }
    }
}

#[derive(Debug, Serialize)]
pub(super) struct ActivityCtx<'a> {
    pub(super) partner: Option<String>,
    pub(super) text: &'a str,
}

#[derive(Debug, Serialize)]
pub(super) struct PartnersCtx<'a> {
    pub(super) count: usize,
    pub(super) all: Vec<PartnerCtx<'a>>,
    /// The partners that have a logo, in the same order.
    pub(super) with_logo: Vec<PartnerCtx<'a>>,
    pub(super) by_country: Vec<CountryCtx<'a>>,
    pub(super) map: super::map::MapCtx,
}

#[derive(Debug, Clone, Serialize)]
pub(super) struct PartnerCtx<'a> {
    pub(super) id: &'a str,
    pub(super) lead: bool,
    pub(super) name: &'a str,
    pub(super) kind: &'a str,
    pub(super) country: &'a str,
    pub(super) town: &'a str,
    pub(super) website: Option<&'a str>,
    /// The logo's path in the site, from its root (`/images/logos/auce.png`).
    pub(super) logo: Option<String>,
    pub(super) email: Option<&'a str>,
    pub(super) phone: Option<&'a str>,
    pub(super) latitude: f64,
    pub(super) longitude: f64,
}

#[derive(Debug, Serialize)]
pub(super) struct CountryCtx<'a> {
    pub(super) country: &'a str,
    pub(super) partners: Vec<PartnerCtx<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct BudgetCtx {
    pub(super) currency: String,
    pub(super) rate_percent: String,
    pub(super) total: String,
    pub(super) erdf: String,
    pub(super) own: String,
    pub(super) erdf_share: Option<String>,
    pub(super) own_share: Option<String>,
    pub(super) partners: Vec<PartnerBudgetCtx>,
    /// How many partners `partners.yaml` lists (the table may show fewer).
    pub(super) partners_total: usize,
    /// The sum of the budgets the table shows.
    pub(super) partners_sum: String,
}

#[derive(Debug, Serialize)]
pub(super) struct PartnerBudgetCtx {
    pub(super) name: String,
    pub(super) total: String,
    pub(super) erdf: String,
    pub(super) own: String,
    pub(super) erdf_share: Option<String>,
    pub(super) share_of_project: Option<String>,
    /// Bar length in percent of the largest partner budget, for the chart.
    pub(super) bar: f64,
    pub(super) cost_lines: Vec<CostLineCtx>,
}

#[derive(Debug, Serialize)]
pub(super) struct CostLineCtx {
    pub(super) name: String,
    pub(super) amount: String,
    pub(super) items: Vec<String>,
}

#[derive(Debug, Serialize)]
pub(super) struct AccessibilityCtx<'a> {
    pub(super) body: &'a str,
    pub(super) legislation: &'a str,
    pub(super) status: model::Compliance,
    pub(super) standard: &'a str,
    pub(super) non_compliance: Vec<&'a str>,
    pub(super) disproportionate_burden: Vec<&'a str>,
    pub(super) out_of_scope: Vec<&'a str>,
    pub(super) prepared: &'a str,
    pub(super) reviewed: Option<&'a str>,
    pub(super) method: &'a str,
    pub(super) contact_name: &'a str,
    pub(super) contact_email: Option<&'a str>,
    pub(super) contact_phone: Option<&'a str>,
    pub(super) contact_url: Option<&'a str>,
    pub(super) enforcement: Vec<EnforcementCtx<'a>>,
}

#[derive(Debug, Serialize)]
pub(super) struct EnforcementCtx<'a> {
    pub(super) name: &'a str,
    pub(super) url: &'a str,
}
