//! CLDR plural categories from ICU4X, for code that chooses forms itself.
//! Fluent messages get the same categories through the patched
//! `intl_pluralrules` (see `patches/intl_pluralrules`).

use std::str::FromStr;

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// The CLDR cardinal category (`zero`, `one`, `two`, `few`, `many`, `other`)
/// of the number written as `number` ("22", "0.5") in `locale`.
pub fn plural_category(locale: &Locale, number: &str) -> Result<&'static str, String> {
    let rules = PluralRules::try_new_cardinal(locale.into())
        .map_err(|e| format!("no plural rules for {locale}: {e}"))?;
    let decimal = fixed_decimal::Decimal::from_str(number)
        .map_err(|_| format!("`{number}` is not a number"))?;
    Ok(category_name(rules.category_for(&decimal)))
}

/// Every CLDR cardinal category numbers take in `locale`, in CLDR's order
/// (lv: zero, one, other; lt: one, few, many, other).
pub fn categories(locale: &Locale) -> Vec<&'static str> {
    let Ok(rules) = PluralRules::try_new_cardinal(locale.into()) else {
        return vec!["other"];
    };
    let mut found: Vec<PluralCategory> = rules.categories().collect();
    found.sort_by_key(|c| *c as u8);
    found.into_iter().map(category_name).collect()
}

pub(crate) fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}
