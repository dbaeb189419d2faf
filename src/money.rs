//! Exact money: whole cents in an `i64`, never binary floating point.
//!
//! Amounts are read from YAML as the text the webmaster typed (`791256.20`)
//! and parsed digit by digit, so 0.1 + 0.2 is exactly 0.3 and a figure with
//! three decimals is refused rather than rounded.

use std::fmt;
use std::str::FromStr;

use fixed_decimal::Decimal;
use serde::{Deserialize, Deserializer};

/// An amount of money in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money {
    cents: i64,
}

/// Why a text is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("`{0}` is not an amount of money; write it like 791256.20")]
    NotANumber(String),
    #[error("`{0}` has more than two decimals; amounts are kept to the cent")]
    TooManyDecimals(String),
    #[error("`{0}` is too large")]
    TooLarge(String),
}

impl MoneyError {
    /// What is wrong, as a message for the people who wrote the figure.
    pub fn message(&self) -> crate::messages::Message {
        use crate::messages::msg;
        match self {
            MoneyError::NotANumber(v) => msg("money-not-number").arg("value", v),
            MoneyError::TooManyDecimals(v) => msg("money-decimals").arg("value", v),
            MoneyError::TooLarge(v) => msg("money-too-large").arg("value", v),
        }
    }
}

impl Money {
    pub const ZERO: Money = Money { cents: 0 };

    pub fn from_cents(cents: i64) -> Self {
        Self { cents }
    }

    pub fn cents(self) -> i64 {
        self.cents
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.cents.checked_add(other.cents).map(Money::from_cents)
    }

    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.cents.checked_sub(other.cents).map(Money::from_cents)
    }

    /// The amount as a decimal with exactly two fraction digits, for ICU4X.
    pub fn to_decimal(self) -> Decimal {
        Decimal::from_str(&self.to_string()).expect("a formatted amount is a decimal")
    }

    /// `self / whole` in percent, rounded half-up to `digits` decimals, as a decimal.
    pub fn percent_of(self, whole: Money, digits: u32) -> Option<Decimal> {
        if whole.cents == 0 {
            return None;
        }
        let scale = 10i128.pow(digits);
        let num = self.cents as i128 * 100 * scale;
        let den = whole.cents as i128;
        let q = (2 * num + den.signum() * den) / (2 * den);
        let mut d = Decimal::from(q as i64);
        d.multiply_pow10(-(digits as i16));
        Some(d)
    }
}

impl fmt::Display for Money {
    /// `791256.20`: the plain form, as typed in YAML.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let s = text.trim();
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (whole, frac) = match digits.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !all_digits(whole)
            || !all_digits(frac)
            || (digits.contains(['.', ',']) && frac.is_empty())
        {
            return Err(MoneyError::NotANumber(text.to_string()));
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooManyDecimals(text.to_string()));
        }
        let too_large = || MoneyError::TooLarge(text.to_string());
        let whole: i64 = whole.parse().map_err(|_| too_large())?;
        let frac: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
        let cents = whole
            .checked_mul(100)
            .and_then(|c| c.checked_add(frac))
            .ok_or_else(too_large)?;
        Ok(Money {
            cents: if negative { -cents } else { cents },
        })
    }
}

impl<'de> Deserialize<'de> for Money {
    /// Reads the scalar as text, so no float ever touches the amount.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|e: MoneyError| serde::de::Error::custom(e.message().encode()))
    }
}

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        s.parse().unwrap()
    }

    #[test]
    fn parses_exactly_to_the_cent() {
        assert_eq!(m("791256.20").cents(), 79_125_620);
        assert_eq!(m("77418").cents(), 7_741_800);
        assert_eq!(m("0.1").cents(), 10);
        assert_eq!(m("13661,82").cents(), 1_366_182);
        assert_eq!(m("-5.05").cents(), -505);
    }

    #[test]
    fn point_one_plus_point_two_is_point_three() {
        assert_eq!(m("0.1").checked_add(m("0.2")), Some(m("0.3")));
        assert_eq!(
            m("77418.00").checked_add(m("13661.82")),
            Some(m("91079.82"))
        );
    }

    #[test]
    fn three_decimals_and_junk_are_refused() {
        assert!(matches!(
            "1.234".parse::<Money>(),
            Err(MoneyError::TooManyDecimals(_))
        ));
        for bad in [
            "",
            "abc",
            "1e3",
            "1.",
            ".5",
            "1 000",
            "NaN",
            "--1",
            "99999999999999999999",
        ] {
            assert!(bad.parse::<Money>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn displays_in_plain_form() {
        assert_eq!(m("91079.8").to_string(), "91079.80");
        assert_eq!(m("-0.05").to_string(), "-0.05");
    }

    #[test]
    fn percent_rounds_half_up() {
        let erdf = m("672576.74");
        let total = m("791256.20");
        assert_eq!(erdf.percent_of(total, 2).unwrap().to_string(), "85.00");
        assert_eq!(m("1").percent_of(m("3"), 1).unwrap().to_string(), "33.3");
        assert_eq!(m("2").percent_of(m("3"), 1).unwrap().to_string(), "66.7");
        assert!(m("1").percent_of(Money::ZERO, 1).is_none());
    }
}
