//! Plural categories for Latvian and Lithuanian: what Fluent selects (through
//! the ICU4X-backed intl_pluralrules patch) must equal ICU4X's CLDR answer and
//! an independent transcription of the CLDR rules, for every integer 0–1000
//! and for fractions.

use crate::common;

use std::str::FromStr;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use tilts::i18n::plural_category;

/// CLDR cardinal rules for lv, transcribed from plurals.xml.
/// zero: n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19
/// one:  n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and f % 100 != 11
///       or v != 2 and f % 10 = 1
#[allow(clippy::nonminimal_bool)] // kept in the shape of the CLDR rule text
fn cldr_lv(i: u64, v: u32, f: u64) -> &'static str {
    // n % 10 and n % 100 on the whole number n = i.f: with fractions n is not an
    // integer, so "n % 10 = 0" only holds for integers.
    let int = v == 0 || f == 0;
    let (n10, n100) = (i % 10, i % 100);
    if (int && n10 == 0)
        || (int && (11..=19).contains(&n100))
        || (v == 2 && (11..=19).contains(&(f % 100)))
    {
        "zero"
    } else if (int && n10 == 1 && n100 != 11)
        || (v == 2 && f % 10 == 1 && f % 100 != 11)
        || (v != 2 && f % 10 == 1)
    {
        "one"
    } else {
        "other"
    }
}

/// CLDR cardinal rules for lt:
/// one:  n % 10 = 1 and n % 100 != 11..19
/// few:  n % 10 = 2..9 and n % 100 != 11..19
/// many: f != 0
fn cldr_lt(i: u64, _v: u32, f: u64) -> &'static str {
    let (n10, n100) = (i % 10, i % 100);
    if f != 0 {
        "many"
    } else if n10 == 1 && !(11..=19).contains(&n100) {
        "one"
    } else if (2..=9).contains(&n10) && !(11..=19).contains(&n100) {
        "few"
    } else {
        "other"
    }
}

/// What a Fluent bundle with the patched rules selects for `number`.
fn fluent_category(lang: &str, number: &str) -> String {
    let ftl = "cat = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
    let mut bundle =
        fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![lang.parse().unwrap()]);
    bundle
        .add_resource(FluentResource::try_new(ftl.to_string()).unwrap())
        .unwrap();
    let mut args = FluentArgs::new();
    args.set(
        "n",
        FluentValue::Number(FluentNumber::from_str(number).unwrap()),
    );
    let msg = bundle.get_message("cat").unwrap();
    let mut errors = vec![];
    bundle
        .format_pattern(msg.value().unwrap(), Some(&args), &mut errors)
        .into_owned()
}

fn split(number: &str) -> (u64, u32, u64) {
    match number.split_once('.') {
        Some((i, f)) => (i.parse().unwrap(), f.len() as u32, f.parse().unwrap()),
        None => (number.parse().unwrap(), 0, 0),
    }
}

#[test]
fn fluent_icu4x_and_cldr_agree_for_every_integer_and_fractions() {
    let mut numbers: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
    numbers.extend(["0.5", "1.5", "2.5", "10.1", "0.1", "1.0", "21.5"].map(String::from));
    for (lang, rule) in [
        ("lv", cldr_lv as fn(u64, u32, u64) -> &'static str),
        ("lt", cldr_lt),
    ] {
        let locale = lang.parse().unwrap();
        for n in &numbers {
            let icu = plural_category(&locale, n).unwrap();
            let (i, v, f) = split(n);
            assert_eq!(icu, rule(i, v, f), "{lang} {n}: ICU4X vs CLDR rule");
            assert_eq!(fluent_category(lang, n), icu, "{lang} {n}: Fluent vs ICU4X");
        }
    }
}

#[test]
fn the_cases_stock_fluent_gets_wrong() {
    assert_eq!(fluent_category("lt", "22"), "few");
    assert_eq!(fluent_category("lt", "111"), "other");
    assert_eq!(fluent_category("lv", "111"), "zero");
    assert_eq!(fluent_category("lv", "0.5"), "other");
}

fn news_count(lang: &str, n: i64) -> String {
    message(lang, "news-count", n)
}

fn message(lang: &str, key: &str, n: i64) -> String {
    let root = common::example_root();
    let config = tilts::config::load(&root).unwrap();
    let (t, diags) = tilts::i18n::Translations::load(&root, &config);
    assert!(diags.is_empty(), "{diags:?}");
    let idx = config
        .languages
        .iter()
        .position(|l| l.code == lang)
        .unwrap();
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(n));
    t.unwrap().format(idx, key, &args).unwrap()
}

#[test]
fn the_map_description_agrees_with_its_number() {
    for (lang, n, start) in [
        ("lv", 1, "Karte ar 1 partnera atrašanās vietu;"),
        ("lv", 21, "Karte ar 21 partnera atrašanās vietu;"),
        ("lv", 8, "Karte ar 8 partneru atrašanās vietām;"),
        ("lv", 11, "Karte ar 11 partneru atrašanās vietām;"),
        ("lt", 1, "Žemėlapis su 1 partnerio vieta;"),
        ("lt", 21, "Žemėlapis su 21 partnerio vieta;"),
        ("lt", 8, "Žemėlapis su 8 partnerių vietomis;"),
        ("lt", 11, "Žemėlapis su 11 partnerių vietomis;"),
    ] {
        let text = message(lang, "partners-map-desc", n);
        assert!(text.starts_with(start), "{lang} {n}: {text}");
    }
}

#[test]
fn rendered_news_counts_take_the_right_form() {
    assert_eq!(news_count("lt", 22), "22 naujienos");
    assert_eq!(news_count("lt", 111), "111 naujienų");
    assert_eq!(news_count("lt", 21), "21 naujiena");
    assert_eq!(news_count("lt", 10), "10 naujienų");
    assert_eq!(news_count("lv", 111), "111 ziņu");
    assert_eq!(news_count("lv", 21), "21 ziņa");
    assert_eq!(news_count("lv", 22), "22 ziņas");
    assert_eq!(news_count("lv", 0), "0 ziņu");
    // Numbers inside messages are formatted for the language.
    assert_eq!(news_count("lt", 1234), "1\u{a0}234 naujienos");
    assert_eq!(news_count("lv", 1234), "1234 ziņas");
}

#[test]
fn lv_and_lt_have_the_same_message_keys() {
    let root = common::example_root();
    let config = tilts::config::load(&root).unwrap();
    let (t, diags) = tilts::i18n::Translations::load(&root, &config);
    assert!(diags.is_empty(), "{diags:?}");
    let t = t.unwrap();
    assert_eq!(t.keys(0), t.keys(1));
    assert!(t.keys(0).len() > 30);
}
