//! What templates can call: `t(key=…, lang=…)` for UI strings and the locale
//! filters `date_long`, `number`, `money` and `percent`. All of them read the
//! page's language from the `lang` variable of the template context.

use std::str::FromStr;
use std::sync::Arc;

use fixed_decimal::Decimal;
use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, TeraResult, Value};

use crate::i18n::fluent::number_arg;
use crate::i18n::format::parse_iso_date;
use crate::i18n::{LocaleFormatter, Translations};
use crate::money::Money;

/// Language data shared by all rendering threads.
#[derive(Debug)]
pub struct LocaleData {
    pub codes: Vec<String>,
    pub translations: Translations,
    pub formatters: Vec<LocaleFormatter>,
}

impl LocaleData {
    fn lang(&self, state: &State) -> TeraResult<usize> {
        // Asked a dozen times on every page: read in place, not copied.
        let code: Option<Value> = state.get("lang")?;
        let code = code
            .as_ref()
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::message("the template context has no `lang`"))?;
        self.index_of(code)
    }

    fn index_of(&self, code: &str) -> TeraResult<usize> {
        self.codes
            .iter()
            .position(|c| c == code)
            .ok_or_else(|| tera::Error::message(format!("`{code}` is not a configured language")))
    }
}

/// Registers `t` and the locale filters on `tera`.
pub fn register(tera: &mut Tera, data: Arc<LocaleData>) {
    register_text(tera, data.clone());
    register_video_notices(tera, data.clone());
    register_dates(tera, data.clone());
    register_numbers(tera, data);
}

/// `t(key=…)`: a UI string in the page's language (or `lang=`).
fn register_text(tera: &mut Tera, data: Arc<LocaleData>) {
    let d = data;
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> TeraResult<String> {
            // `lang=` picks another language, e.g. for a note in the switcher.
            let lang = match kwargs.get::<&str>("lang")? {
                Some(code) => d.index_of(code)?,
                None => d.lang(state)?,
            };
            let key: &str = kwargs.must_get("key")?;
            let mut args = FluentArgs::new();
            for (name, value) in kwargs.iter() {
                if matches!(name.as_str(), Some("key" | "lang")) {
                    continue;
                }
                args.set(name.to_string(), fluent_value(value));
            }
            d.translations
                .format(lang, key, &args)
                .map_err(tera::Error::message)
        },
    );
}

/// `video_notices`: the notices under videos (`content/video.rs` leaves
/// their places marked) in the page's language, from the site's UI
/// strings `video-notice` (with `$host`) and `video-transcript`.
fn register_video_notices(tera: &mut Tera, data: Arc<LocaleData>) {
    tera.register_filter(
        "video_notices",
        move |html: &str, _: Kwargs, state: &State| -> TeraResult<String> {
            if !html.contains("<!--tilts:video-") {
                return Ok(html.to_string());
            }
            let lang = data.lang(state)?;
            let say = |key: &str, host: Option<&str>| {
                let mut args = FluentArgs::new();
                if let Some(host) = host {
                    args.set("host", host.to_string());
                }
                data.translations
                    .format(lang, key, &args)
                    .map_err(tera::Error::message)
            };
            let mut out = html.replace(
                "<!--tilts:video-transcript-->",
                &say("video-transcript", None)?,
            );
            for host in ["YouTube", "Vimeo"] {
                let marker = format!("<!--tilts:video-notice {host}-->");
                if out.contains(&marker) {
                    out = out.replace(&marker, &say("video-notice", Some(host))?);
                }
            }
            Ok(out)
        },
    );
}

/// `date_long`, `datetime_long` and `event_when` in the page's language.
fn register_dates(tera: &mut Tera, data: Arc<LocaleData>) {
    let d = data.clone();
    tera.register_filter(
        "date_long",
        move |value: &str, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let lang = d.lang(state)?;
            let date = parse_iso_date(value).ok_or_else(|| {
                tera::Error::message(format!("`{value}` is not a YYYY-MM-DD date"))
            })?;
            // date_long(case="locative"): "Publicēts 2018. gada 16. maijā".
            let case: Option<String> = kwargs.get("case")?;
            let case = match case.as_deref() {
                None => crate::i18n::DateCase::Nominative,
                Some(name) => crate::i18n::DateCase::from_name(name).ok_or_else(|| {
                    tera::Error::message(format!(
                        "case=\"{name}\" is not a case date_long knows; use nominative, genitive or locative"
                    ))
                })?,
            };
            Ok(d.formatters[lang].long_date_in(&date, case))
        },
    );

    let d = data.clone();
    tera.register_filter(
        "datetime_long",
        move |value: &str, _: Kwargs, state: &State| -> TeraResult<String> {
            let lang = d.lang(state)?;
            d.formatters[lang].long_datetime(value).ok_or_else(|| {
                tera::Error::message(format!("`{value}` is not a YYYY-MM-DDTHH:MM date and time"))
            })
        },
    );

    let d = data;
    tera.register_filter(
        "event_when",
        move |value: &str, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let lang = d.lang(state)?;
            let end: Option<Value> = kwargs.get("end")?;
            let end = end.as_ref().and_then(Value::as_str);
            event_when(&d, lang, value, end).ok_or_else(|| {
                tera::Error::message(format!("`{value}` is not a YYYY-MM-DDTHH:MM date and time"))
            })
        },
    );
}

/// `number`, `money` and `percent` with the page language's separators.
fn register_numbers(tera: &mut Tera, data: Arc<LocaleData>) {
    let d = data.clone();
    tera.register_filter(
        "number",
        move |value: Value, _: Kwargs, state: &State| -> TeraResult<String> {
            let lang = d.lang(state)?;
            let decimal = to_decimal(&value)?;
            Ok(d.formatters[lang].decimal(&decimal))
        },
    );

    let d = data.clone();
    tera.register_filter(
        "money",
        move |value: Value, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let lang = d.lang(state)?;
            let text = value_text(&value)?;
            let money = Money::from_str(&text).map_err(|e| tera::Error::message(e.to_string()))?;
            let currency: Option<String> = kwargs.get("currency")?;
            Ok(d.formatters[lang].money(&money, currency.as_deref().unwrap_or("EUR")))
        },
    );

    let d = data;
    tera.register_filter(
        "percent",
        move |value: Value, _: Kwargs, state: &State| -> TeraResult<String> {
            let lang = d.lang(state)?;
            let decimal = to_decimal(&value)?;
            Ok(d.formatters[lang].percent(&decimal))
        },
    );
}

/// UI strings the filters use themselves (so `check` counts them as used).
pub const FILTER_KEYS: [&str; 5] = [
    "event-at",
    "event-at-range",
    "event-span",
    "video-notice",
    "video-transcript",
];

/// When an event happens, as a sentence says it: the date in the case
/// that answers "when?" (Latvian locative, "16. maijā") and the time with
/// the words each language puts around it, from the site's UI strings
/// (`event-at`: "… plkst. 10:30", "…, 10:30 val."). One day's range shares
/// its date; a span of days names both. Without those strings, the CLDR
/// date and time.
fn event_when(d: &LocaleData, lang: usize, start: &str, end: Option<&str>) -> Option<String> {
    let f = &d.formatters[lang];
    let split = |text: &str| -> Option<(icu_calendar::Date<icu_calendar::Iso>, String)> {
        let (date, time) = text.split_once('T')?;
        let time = time
            .get(..5)
            .filter(|t| t.as_bytes().get(2) == Some(&b':'))?;
        Some((parse_iso_date(date)?, time.to_string()))
    };
    let (start_date, start_time) = split(start)?;
    let date_text = |date| f.long_date_in(date, crate::i18n::DateCase::Locative);
    let say = |key: &str, pairs: &[(&'static str, String)]| -> Option<String> {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(*name, FluentValue::from(value.clone()));
        }
        d.translations.format(lang, key, &args).ok()
    };
    let at = |date, time: &str| {
        say(
            "event-at",
            &[("date", date_text(date)), ("time", time.to_string())],
        )
    };
    let fallback = || {
        let from = f.long_datetime(start)?;
        match end.and_then(|e| f.long_datetime(e)) {
            Some(to) => Some(format!("{from} – {to}")),
            None => Some(from),
        }
    };
    let Some(end) = end else {
        return at(&start_date, &start_time).or_else(fallback);
    };
    let (end_date, end_time) = split(end)?;
    let text = if end_date == start_date {
        say(
            "event-at-range",
            &[
                ("date", date_text(&start_date)),
                ("start", start_time),
                ("end", end_time),
            ],
        )
    } else {
        let (from, to) = (at(&start_date, &start_time), at(&end_date, &end_time));
        from.zip(to)
            .and_then(|(from, to)| say("event-span", &[("from", from), ("to", to)]))
    };
    text.or_else(fallback)
}

/// A number or numeric string as text, exactly as given (no float round trip for strings).
fn value_text(value: &Value) -> TeraResult<String> {
    if let Some(s) = value.as_str() {
        return Ok(s.to_string());
    }
    if let Some(i) = value.as_i128() {
        return Ok(i.to_string());
    }
    if let Some(f) = value.as_f64() {
        return Ok(f.to_string());
    }
    Err(tera::Error::message(format!(
        "expected a number, got {}",
        value.name()
    )))
}

fn to_decimal(value: &Value) -> TeraResult<Decimal> {
    let text = value_text(value)?;
    Decimal::from_str(text.trim())
        .map_err(|_| tera::Error::message(format!("`{text}` is not a number")))
}

fn fluent_value(value: &Value) -> FluentValue<'static> {
    if value.is_number()
        && let Ok(text) = value_text(value)
        && let Some(v) = number_arg(&text)
    {
        return v;
    }
    match value.as_str() {
        Some(s) => FluentValue::from(s.to_string()),
        None => FluentValue::from(value.to_string()),
    }
}
