//! tilts' own messages to the people who run it, in their language.
//!
//! Diagnostics about what a PR specialist writes (front matter, Markdown,
//! data files, `check` findings) are Fluent messages built into the binary:
//! `en.ftl`, `lv.ftl` and `lt.ftl` beside this file. A message's `.hint`
//! attribute is its hint. The language is chosen once per process
//! ([`set_language`]) from `--messages` or the system locale
//! ([`from_environment`]); English is the default and the fallback for a
//! message that a language lacks (a test keeps all three complete).
//!
//! Plural categories come from ICU4X through the patched `intl_pluralrules`,
//! numbers are formatted for the language by ICU4X, money by the site's own
//! formatter and dates by its `DATE()`, as in the site's UI strings
//! (`crate::i18n`). `GLOSSARY.md` beside this file keeps the words.

use std::str::FromStr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::i18n::LocaleFormatter;

/// A language tilts speaks to its users in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Lv,
    Lt,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Lv, Lang::Lt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lv => "lv",
            Lang::Lt => "lt",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Lv => include_str!("lv.ftl"),
            Lang::Lt => include_str!("lt.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for Lang {
    type Err = String;
    /// `lv`, `lt`, `en`, or a POSIX locale such as `lv_LV.UTF-8`.
    fn from_str(s: &str) -> Result<Self, String> {
        let code = s
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match code.as_str() {
            "lv" => Ok(Lang::Lv),
            "lt" => Ok(Lang::Lt),
            "en" => Ok(Lang::En),
            _ => Err(text(&msg("cli-bad-language").arg("value", s))),
        }
    }
}

/// The language of the system locale, as POSIX orders it: `LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`. The first one that is set decides; a locale
/// tilts does not speak (or `C`, `POSIX`) means English.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name).filter(|v| !v.is_empty()))
        .map(|v| v.parse().unwrap_or(Lang::En))
        .next()
        .unwrap_or(Lang::En)
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message this process shows from now on.
pub fn set_language(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are shown in.
pub fn language() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Lv,
        2 => Lang::Lt,
        _ => Lang::En,
    }
}

/// A value in a message: text as it is, or a number (which chooses plural
/// forms and is formatted for the language).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// An amount of money in cents, shown as the site's pages show it
    /// ("791 256,20 €" in lv and lt, "€791,256.20" in en).
    Money(i64),
    /// A number with a fraction, as text ("0.85"), shown with the
    /// language's decimal separator ("0,85").
    Decimal(String),
    /// Another message, shown in the same language ("the project name").
    Message(Box<Message>),
}

/// A message by id with its arguments, shown in any language later.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// "in Latvian", "latviešu valodā", "latvių kalba": the language of `code`
/// as a sentence of each language says a text is in it (`lang-in` in the
/// message files; a code they do not know is quoted). A sentence about one
/// language takes `$code` and uses `{ lang-in }` or its kin itself; this is
/// for a sentence about two.
pub fn in_language(code: &str) -> Message {
    msg("lang-in").arg("code", code)
}

/// The message `id` of `en.ftl` (and its translations).
pub fn msg(id: &'static str) -> Message {
    Message {
        id,
        args: Vec::new(),
    }
}

impl Message {
    /// A text argument: `{ $name }` in the message.
    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// A message argument, put into this one in the same language.
    pub fn message(mut self, name: &'static str, value: Message) -> Self {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// An amount of money, formatted for the language as on the site.
    pub fn money(mut self, name: &'static str, value: crate::money::Money) -> Self {
        self.args.push((name, Arg::Money(value.cents())));
        self
    }

    /// A decimal number given as text ("0.85"): localized digits, and
    /// the plural category of a number with a fraction.
    pub fn decimal(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Arg::Decimal(value.to_string())));
        self
    }

    /// A number argument, for plurals and localized digits.
    pub fn num(mut self, name: &'static str, value: impl TryInto<i64>) -> Self {
        let n = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, Arg::Number(n)));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message as text that survives a trip through a parser's error
    /// (serde's `Error::custom`); [`Message::decode`] reads it back.
    pub fn encode(&self) -> String {
        let mut out = format!("{MARK}{}", self.id);
        for (name, value) in &self.args {
            let (tag, text) = match value {
                Arg::Text(t) => ('t', t.clone()),
                Arg::Number(n) => ('n', n.to_string()),
                Arg::Money(c) => ('m', c.to_string()),
                Arg::Decimal(d) => ('t', d.clone()),
                Arg::Message(m) => ('t', m.render(Lang::En).0),
            };
            out.push_str(&format!("{MARK}{tag}{name}={text}"));
        }
        out
    }

    /// A message [`Message::encode`] wrote, found anywhere in `text`.
    pub fn decode(text: &str) -> Option<Message> {
        let mut parts = text.split(MARK).skip(1);
        let id = parts.next()?;
        let id = *known_ids().iter().find(|k| **k == id)?;
        let mut message = msg(id);
        for part in parts {
            let (head, value) = part.split_once('=')?;
            let (tag, name) = (head.get(..1)?, head.get(1..)?);
            let name = *known_args().iter().find(|k| **k == name)?;
            message = match tag {
                "n" => message.num(name, value.parse::<i64>().ok()?),
                "m" => message.money(
                    name,
                    crate::money::Money::from_cents(value.parse::<i64>().ok()?),
                ),
                _ => message.arg(name, value),
            };
        }
        Some(message)
    }

    /// The message and its hint in `lang`, falling back to English.
    pub fn render(&self, lang: Lang) -> (String, Option<String>) {
        [lang, Lang::En]
            .into_iter()
            .find_map(|lang| self.render_in(lang).ok())
            // Only reachable with an id missing from en.ftl, which a test forbids.
            .unwrap_or_else(|| (self.id.to_string(), None))
    }

    /// The message and its hint in `lang` alone, or Fluent's complaints.
    fn render_in(&self, lang: Lang) -> Result<(String, Option<String>), String> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(t) => args.set(*name, FluentValue::from(shown(t))),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Money(c) => args.set(*name, FluentValue::from(money(lang, *c))),
                Arg::Decimal(d) => args.set(
                    *name,
                    crate::i18n::fluent::number_arg(d).unwrap_or_else(|| shown(d).into()),
                ),
                Arg::Message(m) => args.set(*name, FluentValue::from(m.render(lang).0)),
            }
        }
        let bundle = bundle(lang);
        let m = bundle.get_message(self.id).ok_or("no such message")?;
        let pattern = m.value().ok_or("no text")?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        let hint = m
            .get_attribute("hint")
            .map(|h| bundle.format_pattern(h.value(), Some(&args), &mut errors));
        match errors.is_empty() {
            true => Ok((text.into_owned(), hint.map(|h| h.into_owned()))),
            false => Err(format!("{errors:?}")),
        }
    }
}

/// `text` (read from a person's file: a path, a word, a line of a
/// dictionary or of the output's manifest) as it may be printed: control
/// characters, which a terminal would obey, and the characters that turn
/// or hide text (bidirectional overrides, zero-width) written as `\u{1b}`.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if is_hidden(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// A character a terminal would obey (C0 and C1 controls, DEL) or that
/// turns or hides text ([`is_invisible`], and the directional marks
/// U+200E, U+200F and U+061C).
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_invisible(c) || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Whether `c` is invisible and changes what is shown or found: the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which reorder the text around them, and the zero-width
/// characters (U+200B–U+200D, U+2060, U+FEFF), which make words that look
/// alike differ in search and addresses. (Here rather than in
/// `control_chars`, which warns about them, so that printing a message
/// needs nothing of the module that makes messages.)
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200b}'..='\u{200d}'
            | '\u{2060}'
            | '\u{feff}'
    )
}

const MARK: char = '\u{1}';

/// The ids of `en.ftl`, as `'static` text (made once).
fn known_ids() -> &'static [&'static str] {
    static IDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    IDS.get_or_init(|| {
        ids(Lang::En)
            .into_iter()
            .map(|(id, _)| &*Box::leak(id.into_boxed_str()))
            .collect()
    })
}

/// The argument names a decoded message may carry.
fn known_args() -> &'static [&'static str] {
    &["value", "field", "key", "detail"]
}

/// One of tilts' own words outside diagnostics ("error", "3 warnings").
pub fn text(message: &Message) -> String {
    message.render(language()).0
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang.index()].get_or_init(|| make_bundle(lang))
}

/// `cents` as the site's pages show money in `lang` (the same ICU4X
/// formatter), or plainly if the formatter cannot be made.
fn money(lang: Lang, cents: i64) -> String {
    static FORMATTERS: [OnceLock<Option<LocaleFormatter>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let amount = crate::money::Money::from_cents(cents);
    let formatter = FORMATTERS[lang.index()].get_or_init(|| {
        let locale = icu_locale_core::Locale::from_str(lang.code()).ok()?;
        LocaleFormatter::new(&locale).ok()
    });
    match formatter {
        Some(f) => f.money(&amount, "EUR"),
        None => format!("{amount} EUR"),
    }
}

fn make_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(res, _)| res);
    let langid = unic_langid::LanguageIdentifier::from_str(lang.code()).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(crate::fluent_numbers::format_number));
    // `DATE($day, case: "locative")`, as in the site's own UI strings.
    crate::i18n::fluent::add_date_function(&mut bundle, &langid);
    let _ = bundle.add_resource(resource);
    bundle
}

/// Every message id in `lang`'s file, with whether it has a hint.
pub fn ids(lang: Lang) -> Vec<(String, bool)> {
    let resource =
        FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(res, _)| res);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some((
                m.id.name.to_string(),
                m.attributes.iter().any(|a| a.id.name == "hint"),
            )),
            _ => None,
        })
        .collect()
}

/// Syntax errors in `lang`'s file (none, a test makes sure).
#[cfg(test)]
fn syntax_errors(lang: Lang) -> Vec<String> {
    match FluentResource::try_new(lang.source().to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errs)) => errs.iter().map(|e| format!("{e:?}")).collect(),
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;

#[cfg(test)]
#[path = "grammar_tests.rs"]
mod grammar_tests;

#[cfg(test)]
mod literals;
