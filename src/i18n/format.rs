//! Locale formatting from CLDR through ICU4X: long dates, numbers, money and
//! percentages. One [`LocaleFormatter`] per configured language, built once
//! and shared by all rendering threads.

use std::str::FromStr;

use fixed_decimal::Decimal;
use icu_calendar::{Date, Iso};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use crate::money::Money;

/// NO-BREAK SPACE, which CLDR puts between a number and its unit in lv and lt.
const NBSP: char = '\u{a0}';

/// Formats values the way one locale writes them.
pub struct LocaleFormatter {
    language: String,
    decimal: DecimalFormatter,
    long_date: DateTimeFormatter<YMD>,
    long_datetime: DateTimeFormatter<YMDT>,
}

impl std::fmt::Debug for LocaleFormatter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleFormatter")
            .field("language", &self.language)
            .finish()
    }
}

impl LocaleFormatter {
    /// A formatter for `locale`; CLDR data is compiled into the binary.
    pub fn new(locale: &Locale) -> Result<Self, String> {
        let decimal = DecimalFormatter::try_new(locale.into(), Default::default())
            .map_err(|e| format!("no number formats for {locale}: {e}"))?;
        let long_date = DateTimeFormatter::try_new(locale.into(), YMD::long())
            .map_err(|e| format!("no date formats for {locale}: {e}"))?;
        let long_datetime = DateTimeFormatter::try_new(locale.into(), YMD::long().with_time_hm())
            .map_err(|e| format!("no date and time formats for {locale}: {e}"))?;
        Ok(Self {
            language: locale.id.language.as_str().to_string(),
            decimal,
            long_date,
            long_datetime,
        })
    }

    /// "2018. gada 16. maijs" (lv), "2018 m. gegužės 16 d." (lt).
    pub fn long_date(&self, date: &Date<Iso>) -> String {
        self.long_date.format(date).to_string()
    }

    /// The long date in the grammatical case its sentence needs
    /// ("Publicēts 2018. gada 16. maijā"; see [`super::date_case`]).
    pub fn long_date_in(&self, date: &Date<Iso>, case: super::DateCase) -> String {
        super::date_case::in_case(
            &self.language,
            &self.long_date(date),
            date.month().ordinal,
            case,
        )
    }

    /// A local date and time (`YYYY-MM-DDTHH:MM`) in the long form, or `None`.
    pub fn long_datetime(&self, text: &str) -> Option<String> {
        let (date, time) = text.split_once('T')?;
        let date = parse_iso_date(date)?;
        let (h, m) = time.split_once(':')?;
        let time =
            icu_datetime::input::Time::try_new(h.parse().ok()?, m.get(..2)?.parse().ok()?, 0, 0)
                .ok()?;
        let dt = icu_datetime::input::DateTime { date, time };
        Some(self.long_datetime.format(&dt).to_string())
    }

    /// A number with the locale's digits, grouping and decimal separator.
    pub fn decimal(&self, value: &Decimal) -> String {
        self.decimal.format(value).to_string()
    }

    /// A number given as text ("1234.5", "-3"), or `None` when it is not one.
    pub fn number_str(&self, text: &str) -> Option<String> {
        Decimal::from_str(text.trim())
            .ok()
            .map(|d| self.decimal(&d))
    }

    /// "791 256,20 €": always two decimals, the currency sign after the amount.
    ///
    /// CLDR's pattern for lv and lt (and most EU languages) is `#,##0.00 ¤`;
    /// English and a few others put the sign first.
    pub fn money(&self, money: &Money, currency: &str) -> String {
        let number = self.decimal(&money.to_decimal());
        let symbol = currency_symbol(currency);
        match self.language.as_str() {
            "en" | "ga" | "mt" | "nl" => format!("{symbol}{number}"),
            _ => format!("{number}{NBSP}{symbol}"),
        }
    }

    /// A percentage from a number of percent: "85%" (lv), "85 %" (lt).
    pub fn percent(&self, value: &Decimal) -> String {
        let number = self.decimal(value);
        // CLDR percentFormat: "#,##0%" for lv and en; "#,##0 %" (NBSP) for lt
        // and most other EU languages.
        match self.language.as_str() {
            "lv" | "en" | "ga" | "mt" | "nl" | "it" | "pt" | "el" | "hr" => format!("{number}%"),
            _ => format!("{number}{NBSP}%"),
        }
    }
}

fn currency_symbol(code: &str) -> &str {
    match code {
        "EUR" => "€",
        other => other,
    }
}

/// Parses `YYYY-MM-DD` into an ISO date; `None` for impossible dates.
pub fn parse_iso_date(text: &str) -> Option<Date<Iso>> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &text[r];
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    // Year 0 exists in neither calendar people read nor in iCalendar.
    if y == 0 {
        return None;
    }
    Date::try_new_iso(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(locale: &str) -> LocaleFormatter {
        LocaleFormatter::new(&locale.parse().unwrap()).unwrap()
    }

    #[test]
    fn long_dates_follow_cldr() {
        let date = parse_iso_date("2018-05-16").unwrap();
        assert_eq!(f("lv-LV").long_date(&date), "2018. gada 16. maijs");
        assert_eq!(f("lt-LT").long_date(&date), "2018 m. gegužės 16 d.");
    }

    #[test]
    fn numbers_group_with_nbsp_and_use_decimal_comma() {
        assert_eq!(f("lv").number_str("791256.20").unwrap(), "791\u{a0}256,20");
        assert_eq!(f("lv").number_str("1234.5").unwrap(), "1234,5");
        assert_eq!(f("lt").number_str("1234.5").unwrap(), "1\u{a0}234,5");
        assert_eq!(f("lt").number_str("-0.5").unwrap(), "\u{2212}0,5");
        assert_eq!(f("lv").number_str("-0.5").unwrap(), "-0,5");
        assert!(f("lv").number_str("12a").is_none());
    }

    #[test]
    fn money_has_two_decimals_and_euro_after() {
        let m: Money = "791256.20".parse().unwrap();
        assert_eq!(f("lv").money(&m, "EUR"), "791\u{a0}256,20\u{a0}€");
        assert_eq!(f("lt").money(&m, "EUR"), "791\u{a0}256,20\u{a0}€");
        let m: Money = "77418".parse().unwrap();
        assert_eq!(f("lt").money(&m, "EUR"), "77\u{a0}418,00\u{a0}€");
    }

    #[test]
    fn latvian_dates_take_the_case_of_their_sentence_in_every_month() {
        use crate::i18n::DateCase::*;
        let lv = LocaleFormatter::new(&"lv-LV".parse().unwrap()).unwrap();
        let lt = LocaleFormatter::new(&"lt-LT".parse().unwrap()).unwrap();
        let locative = [
            "janvārī",
            "februārī",
            "martā",
            "aprīlī",
            "maijā",
            "jūnijā",
            "jūlijā",
            "augustā",
            "septembrī",
            "oktobrī",
            "novembrī",
            "decembrī",
        ];
        let genitive = [
            "janvāra",
            "februāra",
            "marta",
            "aprīļa",
            "maija",
            "jūnija",
            "jūlija",
            "augusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra",
        ];
        for m in 1..=12u8 {
            let date = parse_iso_date(&format!("2018-{m:02}-16")).unwrap();
            let nominative = lv.long_date(&date);
            assert_eq!(lv.long_date_in(&date, Nominative), nominative);
            assert_eq!(
                lv.long_date_in(&date, Locative),
                format!("2018. gada 16. {}", locative[m as usize - 1]),
                "from {nominative}"
            );
            assert_eq!(
                lv.long_date_in(&date, Genitive),
                format!("2018. gada 16. {}", genitive[m as usize - 1])
            );
            // Lithuanian's CLDR form is already the one its sentences use.
            assert_eq!(lt.long_date_in(&date, Locative), lt.long_date(&date));
        }
    }

    #[test]
    fn percent_spacing_differs_between_lv_and_lt() {
        let d: Decimal = "85".parse().unwrap();
        assert_eq!(f("lv").percent(&d), "85%");
        assert_eq!(f("lt").percent(&d), "85\u{a0}%");
    }

    #[test]
    fn long_date_and_time() {
        assert_eq!(
            f("lv").long_datetime("2018-05-16T10:30").unwrap(),
            "2018. gada 16. maijs 10:30"
        );
        assert_eq!(
            f("lt").long_datetime("2018-05-16T10:30").unwrap(),
            "2018 m. gegužės 16 d. 10:30"
        );
        assert!(f("lv").long_datetime("2018-05-16").is_none());
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(parse_iso_date("2018-13-45").is_none());
        assert!(parse_iso_date("2018-02-30").is_none());
        assert!(parse_iso_date("2020-02-29").is_some());
        assert!(parse_iso_date("18-5-16").is_none());
        assert!(parse_iso_date("2018-05-1x").is_none());
    }
}
