//! The build's clock: the date a build is made on (what is scheduled and
//! what has expired, the date `tilts new` writes), from the system's clock
//! or from `SOURCE_DATE_EPOCH` for a reproducible build.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Today's date (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    date_of(Timestamp::now())
}

/// The UTC date of a Unix time, as YYYY-MM-DD; a time outside the years
/// −9999…9999 is the nearest of them.
pub fn date_from_unix(secs: i64) -> String {
    let clamped = secs.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
    date_of(Timestamp::from_second(clamped).unwrap_or(Timestamp::UNIX_EPOCH))
}

fn date_of(t: Timestamp) -> String {
    TimeZone::UTC
        .to_datetime(t)
        .date()
        .strftime("%Y-%m-%d")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_unix_times() {
        assert_eq!(date_from_unix(0), "1970-01-01");
        assert_eq!(date_from_unix(17_667 * 86_400), "2018-05-16");
        assert_eq!(date_from_unix(18_321 * 86_400 + 86_399), "2020-02-29");
        assert_eq!(date_from_unix(-1), "1969-12-31");
        assert_eq!(date_from_unix(i64::MAX).len(), 10);
        assert_eq!(today().len(), 10);
    }
}
