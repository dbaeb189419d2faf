//! Events announced in news items: `event: {start, end, timezone, location}`
//! in front matter. Local times are kept as written (for display) and also
//! converted to UTC with the tz database bundled by jiff (for calendars).

use serde::Deserialize;

use crate::messages::{Message, msg};
use crate::yaml::Spanned;

/// The `event:` mapping as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub start: Spanned<String>,
    #[serde(default)]
    pub end: Option<Spanned<String>>,
    /// IANA time zone, e.g. Europe/Riga or Europe/Vilnius (default: the
    /// site's `timezone:`).
    #[serde(default)]
    pub timezone: Option<Spanned<String>>,
    pub location: Spanned<String>,
}

/// A validated event.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Event {
    /// Local start as written, normalized to `YYYY-MM-DDTHH:MM`.
    pub start: String,
    pub end: Option<String>,
    pub timezone: String,
    pub location: String,
    /// Start in UTC, `YYYYMMDDTHHMMSSZ` (iCalendar form).
    pub start_utc: String,
    pub end_utc: Option<String>,
}

/// A time the calendar shows differently from how it is written: it
/// falls in the hour the clocks skip in spring, or in the hour that
/// happens twice in autumn.
pub struct EventWarning<'a> {
    pub field: &'a Spanned<String>,
    pub message: Message,
}

/// Which field is wrong and why.
pub struct EventError<'a> {
    pub field: &'a Spanned<String>,
    pub message: Message,
}

/// Checks the raw event and converts its times; warnings for local times
/// that do not exist or exist twice. An event without `timezone:` is in
/// the site's zone, `site_zone` (its name and the zone).
pub fn validate<'a>(
    raw: &'a RawEvent,
    site_zone: (&str, &jiff::tz::TimeZone),
) -> Result<(Event, Vec<EventWarning<'a>>), EventError<'a>> {
    let (zone_name, tz) = match &raw.timezone {
        Some(zone) => {
            let tz = jiff::tz::TimeZone::get(zone.value.trim()).map_err(|_| EventError {
                field: zone,
                message: msg("event-bad-zone").arg("value", &zone.value),
            })?;
            (zone.value.trim().to_string(), tz)
        }
        None => (site_zone.0.to_string(), site_zone.1.clone()),
    };
    let local = |s: &'_ Spanned<String>| -> Result<jiff::civil::DateTime, ()> {
        let text = s.value.trim().replacen(' ', "T", 1);
        if text.len() != 16 {
            return Err(());
        }
        let dt = text.parse::<jiff::civil::DateTime>().map_err(|_| ())?;
        // Years before 1 cannot be written in a calendar file.
        if dt.year() < 1 {
            return Err(());
        }
        Ok(dt)
    };
    let bad_time = |field| EventError {
        field,
        message: msg("event-bad-time"),
    };
    let start = local(&raw.start).map_err(|_| bad_time(&raw.start))?;
    let end = match &raw.end {
        Some(e) => Some((local(e).map_err(|_| bad_time(e))?, e)),
        None => None,
    };
    if let Some((end, field)) = &end
        && *end <= start
    {
        return Err(EventError {
            field,
            message: msg("event-ends-before-start"),
        });
    }
    let mut warnings = Vec::new();
    let mut utc = |dt: jiff::civil::DateTime, field| -> Result<String, EventError<'_>> {
        let ambiguous = tz.to_ambiguous_timestamp(dt);
        let ts = ambiguous.compatible().map_err(|_| bad_time(field))?;
        if let Some(message) = clock_change(&tz, &zone_name, dt, &ambiguous.offset(), ts) {
            warnings.push(EventWarning { field, message });
        }
        Ok(ts.strftime("%Y%m%dT%H%M%SZ").to_string())
    };
    let start_utc = utc(start, &raw.start)?;
    let end_utc = match &end {
        Some((e, field)) => Some(utc(*e, field)?),
        None => None,
    };
    let fmt = |dt: jiff::civil::DateTime| dt.strftime("%Y-%m-%dT%H:%M").to_string();
    if raw.location.value.trim().is_empty() {
        return Err(EventError {
            field: &raw.location,
            message: msg("event-location-empty"),
        });
    }
    Ok((
        Event {
            start: fmt(start),
            end: end.map(|(e, _)| fmt(e)),
            timezone: zone_name.clone(),
            location: raw.location.value.trim().to_string(),
            start_utc,
            end_utc,
        },
        warnings,
    ))
}

/// What a local time in a clock change becomes, in words, or `None` for an
/// ordinary time. Calendars follow RFC 5545: a skipped time moves forward
/// by the gap, a repeated time is the first of the two.
fn clock_change(
    tz: &jiff::tz::TimeZone,
    zone: &str,
    dt: jiff::civil::DateTime,
    offset: &jiff::tz::AmbiguousOffset,
    chosen: jiff::Timestamp,
) -> Option<Message> {
    let written = dt.strftime("%H:%M");
    let day = dt.strftime("%Y-%m-%d");
    let shown = tz.to_datetime(chosen);
    match offset {
        jiff::tz::AmbiguousOffset::Unambiguous { .. } => None,
        jiff::tz::AmbiguousOffset::Gap { .. } => Some(
            msg("event-time-skipped")
                .arg("time", written)
                .arg("zone", zone)
                .arg("day", day)
                .arg("shown", shown.strftime("%H:%M")),
        ),
        jiff::tz::AmbiguousOffset::Fold { .. } => Some(
            msg("event-time-twice")
                .arg("time", written)
                .arg("zone", zone)
                .arg("day", day)
                .arg("utc", chosen.strftime("%H:%M")),
        ),
    }
}
