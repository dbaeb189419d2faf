//! Numbers in Fluent messages as CLDR writes them ("1 234,5", not
//! "1234.5"), for both the site's UI strings (`i18n`) and tilts' own
//! messages (`messages`): a leaf module, so that neither imports the other.

use std::str::FromStr;

use fixed_decimal::Decimal;
use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use icu_decimal::DecimalFormatter;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// ICU4X's decimal formatter, memoized per bundle language by Fluent.
struct IcuNumbers(DecimalFormatter);

impl Memoizable for IcuNumbers {
    type Args = ();
    type Error = String;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        let locale =
            icu_locale_core::Locale::from_str(&lang.to_string()).map_err(|e| e.to_string())?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(IcuNumbers)
            .map_err(|e| e.to_string())
    }
}

/// Fluent's hook for showing numbers: "1 234,5" instead of "1234.5".
pub(crate) fn format_number(
    value: &FluentValue,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let mut decimal = Decimal::from_str(&n.value.to_string()).ok()?;
    if let Some(max) = n.options.maximum_fraction_digits {
        decimal.round(-(max as i16));
    }
    if let Some(min) = n.options.minimum_fraction_digits {
        decimal.pad_end(-(min as i16));
    }
    memo.with_try_get_threadsafe::<IcuNumbers, _, _>((), |f| f.0.format(&decimal).to_string())
        .ok()
}
