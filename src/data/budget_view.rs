//! The budget as templates get it, in the page's language: totals, shares
//! and each partner's lines.

use super::SiteData;
use super::context::{BudgetCtx, CostLineCtx, PartnerBudgetCtx, rate_as_percent};
use super::model;
use crate::money::Money;

impl SiteData {
    pub(super) fn budget_ctx(&self, lang: usize) -> BudgetCtx {
        let b = &self.budget;
        let own = b.total.value.checked_sub(b.erdf.value).unwrap_or_default();
        let share = |part: Money, whole: Money| part.percent_of(whole, 2).map(|d| d.to_string());
        let max = b
            .partners
            .iter()
            .map(|p| p.total.value)
            .max()
            .unwrap_or_default();
        BudgetCtx {
            currency: b.currency.clone(),
            rate_percent: model::parse_rate(&b.co_financing_rate.value)
                .map(|(n, d)| rate_as_percent(n, d))
                .unwrap_or_default(),
            total: b.total.value.to_string(),
            erdf: b.erdf.value.to_string(),
            own: own.to_string(),
            erdf_share: share(b.erdf.value, b.total.value),
            own_share: share(own, b.total.value),
            partners: b
                .partners
                .iter()
                .map(|p| PartnerBudgetCtx {
                    name: self.partner_name(&p.partner.value, lang),
                    total: p.total.value.to_string(),
                    erdf: p.erdf.value.to_string(),
                    own: p.own.value.to_string(),
                    erdf_share: share(p.erdf.value, p.total.value),
                    share_of_project: share(p.total.value, b.total.value),
                    bar: if max.cents() > 0 {
                        (p.total.value.cents() * 1000 / max.cents()) as f64 / 10.0
                    } else {
                        0.0
                    },
                    cost_lines: p
                        .cost_lines
                        .iter()
                        .map(|l| CostLineCtx {
                            name: self.text(&l.name, lang).to_string(),
                            amount: l.amount.value.to_string(),
                            items: l
                                .items
                                .iter()
                                .map(|i| self.text(i, lang).to_string())
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            partners_total: self.partners.partners.len(),
            partners_sum: b
                .partners
                .iter()
                .try_fold(Money::ZERO, |sum, p| sum.checked_add(p.total.value))
                .unwrap_or_default()
                .to_string(),
        }
    }
}
