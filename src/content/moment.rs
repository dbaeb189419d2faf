//! Dates and times in front matter (`date`, `updated`, `expires`), as news
//! teams and sites migrated from Hugo or Zola write them:
//!
//! - `2018-05-16`: that day, from midnight in the site's time zone;
//! - `2018-05-16T10:30` (or `10:30:00`, or a space instead of `T`): a local
//!   time in the site's time zone (`timezone:` in `site.yaml`);
//! - `2021-01-04T08:00:00+02:00` or `…Z`: RFC 3339 with an offset, shown
//!   in the site's time zone.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

/// One point in time as a page shows it and as feeds and machines read it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Moment {
    /// Seconds since 1970 (UTC), for ordering and scheduling.
    pub unix: i64,
    /// The local date, `YYYY-MM-DD`.
    pub date: String,
    /// The local time `HH:MM`, when one was written.
    pub time: Option<String>,
    /// RFC 3339 in the site's time zone ("2018-05-16T10:30:00+03:00"), for
    /// feeds, the sitemap and structured data.
    pub stamp: String,
}

/// Whether the offset written at the end of an RFC 3339 time
/// (`+02:00`, `-0530`, `Z`) is one RFC 3339 and iCalendar allow: at most
/// 23 hours and 59 minutes (the parser takes up to 25:59:59).
fn offset_in_range(text: &str) -> bool {
    let Some(t) = text.find(['T', 't', ' ']) else {
        return true;
    };
    let time = &text[t + 1..];
    let Some(sign) = time.rfind(['+', '-']) else {
        return true; // `Z`
    };
    let digits: Vec<u32> = time[sign + 1..]
        .chars()
        .filter_map(|c| c.to_digit(10))
        .collect();
    let number = |d: &[u32]| d.iter().fold(0, |n, d| n * 10 + d);
    let hours = number(digits.get(..2).unwrap_or(&[]));
    let minutes = number(digits.get(2..4).unwrap_or(&[]));
    let seconds = number(digits.get(4..6).unwrap_or(&[]));
    hours <= 23 && minutes <= 59 && seconds == 0
}

impl Moment {
    /// `text` as one of the three forms above, in `tz`; `None` when it is
    /// none of them, or outside the years 1–9999.
    pub fn parse(text: &str, tz: &TimeZone) -> Option<Moment> {
        let text = text.trim();
        if text.len() == 10 {
            let date: Date = text.parse().ok()?;
            let midnight = date.to_datetime(jiff::civil::Time::midnight());
            let ts = tz.to_ambiguous_timestamp(midnight).compatible().ok()?;
            return Self::within_years(Self::at(ts, tz, false));
        }
        // With an offset (or Z) it is an instant; without, a local time.
        let ts = match text.parse::<Timestamp>() {
            Ok(_) if !offset_in_range(text) => return None,
            Ok(ts) => ts,
            Err(_) => {
                let dt: DateTime = text.replacen(' ', "T", 1).parse().ok()?;
                tz.to_ambiguous_timestamp(dt).compatible().ok()?
            }
        };
        Self::within_years(Self::at(ts, tz, true))
    }

    /// Years before 1 and after 9999 exist in no calendar a reader uses.
    fn within_years(m: Moment) -> Option<Moment> {
        (m.date.len() == 10 && !m.date.starts_with("0000") && !m.date.starts_with('-')).then_some(m)
    }

    fn at(ts: Timestamp, tz: &TimeZone, with_time: bool) -> Moment {
        let local = tz.to_datetime(ts);
        let offset = tz.to_offset(ts).seconds();
        let sign = if offset < 0 { '-' } else { '+' };
        let (h, m) = (offset.abs() / 3600, offset.abs() % 3600 / 60);
        Moment {
            unix: ts.as_second(),
            date: local.strftime("%Y-%m-%d").to_string(),
            time: with_time.then(|| local.strftime("%H:%M").to_string()),
            stamp: format!("{}{sign}{h:02}:{m:02}", local.strftime("%Y-%m-%dT%H:%M:%S")),
        }
    }

    /// "2031-01-04 08:00" in the site's time zone, for messages.
    pub fn shown(&self) -> String {
        match &self.time {
            Some(t) => format!("{} {t}", self.date),
            None => self.date.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn riga() -> TimeZone {
        TimeZone::get("Europe/Riga").unwrap()
    }

    #[test]
    fn a_date_is_midnight_in_the_site_time_zone() {
        let m = Moment::parse("2018-05-16", &riga()).unwrap();
        assert_eq!(m.date, "2018-05-16");
        assert_eq!(m.time, None);
        assert_eq!(m.stamp, "2018-05-16T00:00:00+03:00");
        assert_eq!(m.unix, 1526418000);
    }

    #[test]
    fn a_local_time_is_in_the_site_time_zone() {
        for text in [
            "2018-05-16T10:30",
            "2018-05-16 10:30",
            "2018-05-16T10:30:00",
        ] {
            let m = Moment::parse(text, &riga()).unwrap();
            assert_eq!(m.time.as_deref(), Some("10:30"), "{text}");
            assert_eq!(m.stamp, "2018-05-16T10:30:00+03:00");
        }
        // Winter: EET, +02:00.
        let m = Moment::parse("2021-01-04T08:00", &riga()).unwrap();
        assert_eq!(m.stamp, "2021-01-04T08:00:00+02:00");
    }

    /// The parser takes offsets up to 25:59:59; RFC 3339 and the `.ics`
    /// file allow at most 23:59.
    #[test]
    fn an_offset_beyond_23_59_is_no_time() {
        for bad in [
            "2021-01-04T08:00:00+24:00",
            "2021-01-04T08:00:00-25:59",
            "2021-01-04T08:00:00+02:60",
        ] {
            assert!(Moment::parse(bad, &riga()).is_none(), "{bad}");
        }
        for good in ["2021-01-04T08:00:00+23:59", "2021-01-04T08:00:00-23:59"] {
            assert!(Moment::parse(good, &riga()).is_some(), "{good}");
        }
    }

    #[test]
    fn rfc_3339_is_shown_in_the_site_time_zone() {
        let m = Moment::parse("2021-01-04T08:00:00+02:00", &riga()).unwrap();
        assert_eq!(
            (m.date.as_str(), m.time.as_deref()),
            ("2021-01-04", Some("08:00"))
        );
        let m = Moment::parse("2021-01-03T22:30:00Z", &riga()).unwrap();
        assert_eq!(m.date, "2021-01-04", "00:30 in Riga is the next day");
        assert_eq!(m.stamp, "2021-01-04T00:30:00+02:00");
        let vilnius = TimeZone::get("Europe/Vilnius").unwrap();
        let m = Moment::parse("2021-01-04T08:00:00-05:00", &vilnius).unwrap();
        assert_eq!(m.stamp, "2021-01-04T15:00:00+02:00");
    }

    #[test]
    fn order_follows_the_instant() {
        let a = Moment::parse("2021-01-04T08:00:00+02:00", &riga()).unwrap();
        let b = Moment::parse("2021-01-04T07:30:00Z", &riga()).unwrap();
        assert!(a.unix < b.unix);
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in [
            "2018-02-30",
            "2018-13-01",
            "16.05.2018",
            "2018-05-16T25:00",
            "0000-01-01",
            "yesterday",
            "2018-05-16T10:30+99:00",
            "",
        ] {
            assert!(Moment::parse(text, &riga()).is_none(), "{text}");
        }
    }
}
