//! A drop-in replacement for `intl_pluralrules` 7.0.2, backed by ICU4X.
//!
//! fluent-bundle 0.16 selects plural variants through `intl_pluralrules`, whose
//! generated rules drop the `n % 10` / `n % 100` terms of range conditions. For
//! Latvian and Lithuanian that picks wrong forms (lt 22 → `other` instead of
//! `few`, lv 111 → `other` instead of `zero`, lv 0.5 → `zero` instead of
//! `other`). tilts patches the crate with this one (see the workspace
//! `Cargo.toml`), so every `.ftl` select expression gets CLDR categories from
//! `icu_plurals` while translators keep plain Fluent syntax.
//!
//! The public API is the subset of 7.0.2 that fluent-bundle uses, with the same
//! names and signatures. `operands.rs` is copied unchanged from 7.0.2
//! (Apache-2.0 OR MIT, by Kekoa Riggin and Zibi Braniecki).

mod locales;
pub mod operands;

use std::convert::TryInto;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use crate::operands::PluralOperands;

/// The CLDR plural category, as in 7.0.2.
#[derive(Debug, Eq, PartialEq, Clone, Copy)]
pub enum PluralCategory {
    ZERO,
    ONE,
    TWO,
    FEW,
    MANY,
    OTHER,
}

/// Cardinal ("3 items") or ordinal ("3rd item") rules, as in 7.0.2.
#[derive(Copy, Clone, Hash, PartialEq, Eq, Debug)]
pub enum PluralRuleType {
    ORDINAL,
    CARDINAL,
}

/// The CLDR version of the data behind the rules (ICU4X 2.4 ships CLDR 48).
pub const CLDR_VERSION: usize = 48;

/// Plural rules for one locale, backed by `icu_plurals`.
pub struct PluralRules {
    locale: LanguageIdentifier,
    rule_type: PluralRuleType,
    rules: icu_plurals::PluralRules,
}

impl Clone for PluralRules {
    fn clone(&self) -> Self {
        // ICU4X rules are not `Clone`; compiled data makes re-creating them cheap.
        Self::create(self.locale.clone(), self.rule_type)
            .expect("rules for this locale were created before")
    }
}

impl PluralRules {
    /// Rules for `langid`; an error when ICU4X has no data for its language.
    pub fn create<L: Into<LanguageIdentifier>>(
        langid: L,
        prt: PluralRuleType,
    ) -> Result<Self, &'static str> {
        let locale: LanguageIdentifier = langid.into();
        if !Self::get_locales(prt)
            .iter()
            .any(|l| l.language == locale.language)
        {
            return Err("unknown locale");
        }
        let icu_locale =
            icu_locale_core::Locale::from_str(&locale.to_string()).map_err(|_| "unknown locale")?;
        let options = icu_plurals::PluralRulesOptions::default().with_type(match prt {
            PluralRuleType::CARDINAL => icu_plurals::PluralRuleType::Cardinal,
            PluralRuleType::ORDINAL => icu_plurals::PluralRuleType::Ordinal,
        });
        let rules = icu_plurals::PluralRules::try_new((&icu_locale).into(), options)
            .map_err(|_| "unknown locale")?;
        Ok(Self {
            locale,
            rule_type: prt,
            rules,
        })
    }

    /// The category of `number`, or an error when it cannot be read as a number.
    pub fn select<N: TryInto<PluralOperands>>(
        &self,
        number: N,
    ) -> Result<PluralCategory, &'static str> {
        let ops: PluralOperands = number
            .try_into()
            .map_err(|_| "Argument can not be parsed to operands.")?;
        let icu_ops = to_icu_operands(&ops)?;
        Ok(match self.rules.category_for(icu_ops) {
            icu_plurals::PluralCategory::Zero => PluralCategory::ZERO,
            icu_plurals::PluralCategory::One => PluralCategory::ONE,
            icu_plurals::PluralCategory::Two => PluralCategory::TWO,
            icu_plurals::PluralCategory::Few => PluralCategory::FEW,
            icu_plurals::PluralCategory::Many => PluralCategory::MANY,
            icu_plurals::PluralCategory::Other => PluralCategory::OTHER,
        })
    }

    /// The locales that have rules of this type.
    pub fn get_locales(prt: PluralRuleType) -> Vec<LanguageIdentifier> {
        let list = match prt {
            PluralRuleType::CARDINAL => locales::CARDINAL_LOCALES,
            PluralRuleType::ORDINAL => locales::ORDINAL_LOCALES,
        };
        list.iter().filter_map(|l| l.parse().ok()).collect()
    }

    /// The locale these rules were created for.
    pub fn get_locale(&self) -> &LanguageIdentifier {
        &self.locale
    }
}

/// Rebuilds the visible decimal (integer digits, then `v` fraction digits with
/// trailing zeros) and lets ICU4X derive its operands from it.
fn to_icu_operands(ops: &PluralOperands) -> Result<icu_plurals::PluralOperands, &'static str> {
    let text = if ops.v == 0 {
        ops.i.to_string()
    } else {
        format!("{}.{:0width$}", ops.i, ops.f, width = ops.v)
    };
    let decimal = fixed_decimal::Decimal::from_str(&text).map_err(|_| "number out of range")?;
    Ok(icu_plurals::PluralOperands::from(&decimal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(lang: &str, n: &str) -> PluralCategory {
        let langid: LanguageIdentifier = lang.parse().unwrap();
        PluralRules::create(langid, PluralRuleType::CARDINAL)
            .unwrap()
            .select(n)
            .unwrap()
    }

    #[test]
    fn the_cases_that_7_0_2_gets_wrong() {
        assert_eq!(cat("lt", "22"), PluralCategory::FEW);
        assert_eq!(cat("lt", "111"), PluralCategory::OTHER);
        assert_eq!(cat("lv", "111"), PluralCategory::ZERO);
        assert_eq!(cat("lv", "0.5"), PluralCategory::OTHER);
        assert_eq!(cat("lt", "1.5"), PluralCategory::MANY);
        assert_eq!(cat("lv", "21"), PluralCategory::ONE);
    }

    #[test]
    fn unknown_language_is_an_error() {
        let langid: LanguageIdentifier = "xx".parse().unwrap();
        assert!(PluralRules::create(langid, PluralRuleType::CARDINAL).is_err());
    }
}
