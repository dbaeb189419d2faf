//! Golden texts of every message with a count, an amount, a date or a
//! language in it, in each language (`tests/golden/messages.LANG.txt`;
//! `TILTS_BLESS=1` rewrites them), and the sentences issue #32 named.
use super::*;
use crate::money::Money;

/// Counts that land in every plural category of lv (one: 1, 21; zero:
/// 111; other: 2, 5) and lt (one: 1, 21; few: 2; other: 5, 111).
const COUNTS: [i64; 5] = [1, 2, 5, 21, 111];

/// Language codes tilts names in words, and one it does not know.
const CODES: [&str; 4] = ["lv", "lt", "en", "de"];

fn amount(text: &str) -> Money {
    text.parse().unwrap()
}

fn counted(n: i64) -> Vec<Message> {
    vec![
        msg("summary-errors").num("count", n),
        msg("summary-warnings").num("count", n),
        msg("yaml-key-indent")
            .arg("key", "date")
            .num("found", n)
            .num("expected", n)
            .arg("neighbour", "title")
            .num("neighbour_line", 2),
        msg("yaml-key-too-deep")
            .arg("key", "date")
            .num("found", n)
            .num("expected", n)
            .arg("neighbour", "title")
            .num("neighbour_line", 2),
        msg("yaml-item-indent").num("found", n).num("expected", 2),
        msg("md-too-deep").num("max", n),
        msg("partner-lead-count").num("count", n),
        msg("budget-partly-given")
            .num("given", n)
            .num("count", n + 20)
            .money("sum", amount("791256.20"))
            .money("total", amount("1000000")),
        msg("build-scheduled")
            .num("count", n)
            .arg("date", "2031-01-04")
            .arg("time", "08:00")
            .arg("zone", "Europe/Riga")
            .arg("file", "content/news/2031-01-04-atklasana.lv.md"),
        msg("build-expired").num("count", n),
        msg("check-added-words")
            .num("count", n)
            .arg("file", "content/data/words.yaml"),
        msg("check-fixed-file")
            .arg("file", "content/news/a.lv.md")
            .num("count", n)
            .arg("backup", "content/news/a.lv.md.orig"),
        msg("media-too-large")
            .num("width", 6000)
            .num("height", n)
            .num("megapixels", n),
        msg("media-too-little-data")
            .num("width", 6000)
            .num("height", n),
        msg("media-document-large")
            .num("megabytes", n)
            .num("limit", 10),
    ]
}

fn about_a_language(code: &str) -> Vec<Message> {
    let other = if code == "lt" { "lv" } else { "lt" };
    vec![
        msg("lang-in").arg("code", code),
        msg("lang-within").arg("code", code),
        msg("lang-of").arg("code", code),
        msg("data-missing-language")
            .message("what", msg("what-project-name"))
            .arg("code", code),
        msg("check-translation-missing").arg("code", code),
        msg("check-page-translation-draft")
            .arg("code", code)
            .arg("draft", "content/pages/par.lt.md"),
        msg("key-taken")
            .arg("other", "content/news/a.lv.md")
            .arg("code", code)
            .arg("key", "kickoff"),
        msg("check-translation-differs")
            .message("what", msg("what-date"))
            .arg("code", code)
            .arg("theirs", "2018-05-16")
            .arg("ours", "2018-05-17")
            .arg("file", "content/news/a.lv.md"),
        msg("check-other-language")
            .arg("url", "/lt/apie/")
            .message("theirs", in_language(other))
            .message("ours", in_language(code))
            .arg("same", "/lv/par/"),
        msg("proof-no-dictionary").arg("code", code),
        msg("proof-wrong-language")
            .message("found", in_language(other))
            .message("expected", in_language(code)),
        msg("typo-straight-quotes")
            .arg("code", code)
            .arg("open", "„")
            .arg("close", "“"),
        msg("typo-foreign-quote")
            .arg("code", code)
            .arg("open", "„")
            .arg("close", "“")
            .arg("mark", "«"),
        msg("typo-no-space")
            .arg("number", "25")
            .arg("unit", "€")
            .arg("code", code),
        msg("typo-space-not-wanted")
            .arg("number", "25")
            .arg("unit", "%")
            .arg("code", code),
    ]
}

fn with_money_and_dates() -> Vec<Message> {
    let who = msg("who-partner").arg("id", "auce");
    vec![
        msg("budget-over-rate")
            .message("who", who)
            .money("erdf", amount("672567.77"))
            .decimal("rate", "0.85")
            .money("total", amount("791256.20"))
            .money("allowed", amount("672567.77"))
            .money("by", amount("1.50"))
            .money("tolerance", amount("1")),
        msg("budget-part-over-whole")
            .message("what", msg("fig-partner-cost-line").arg("id", "auce"))
            .money("part", amount("12000.5"))
            .message("of", msg("fig-partner-total").arg("id", "auce"))
            .money("whole", amount("9999.99")),
        msg("budget-parts-not-total")
            .arg("id", "auce")
            .money("erdf", amount("85"))
            .money("own", amount("15"))
            .money("sum", amount("100"))
            .money("total", amount("101")),
        msg("budget-lines-over-total")
            .arg("id", "auce")
            .money("lines", amount("1234567.80"))
            .money("total", amount("1000000")),
        msg("budget-sum-not-total")
            .money("sum", amount("791256.20"))
            .money("total", amount("791256.21")),
        msg("budget-negative").money("value", amount("-5")),
        msg("event-time-skipped")
            .arg("time", "03:30")
            .arg("zone", "Europe/Riga")
            .arg("day", "2031-03-30")
            .arg("shown", "04:30"),
        msg("event-time-twice")
            .arg("time", "03:30")
            .arg("zone", "Europe/Vilnius")
            .arg("day", "2031-10-26")
            .arg("utc", "00:30"),
    ]
}

fn all_cases() -> Vec<Message> {
    let mut all: Vec<Message> = COUNTS.into_iter().flat_map(counted).collect();
    all.extend(CODES.into_iter().flat_map(about_a_language));
    all.extend(with_money_and_dates());
    all
}

/// One message as the golden file shows it, in `lang` alone (no fallback).
fn shown_in(m: &Message, lang: Lang) -> String {
    let (text, hint) = m
        .render_in(lang)
        .unwrap_or_else(|e| panic!("{} in {lang:?}: {e}", m.id()));
    let args: Vec<String> = m
        .args
        .iter()
        .map(|(name, value)| match value {
            Arg::Number(n) => format!("{name}={n}"),
            Arg::Message(sub) => format!("{name}={}", sub.id()),
            Arg::Money(c) => format!("{name}={}", Money::from_cents(*c)),
            Arg::Text(t) | Arg::Decimal(t) => format!("{name}={t}"),
        })
        .collect();
    let mut out = format!("# {} {}\n{text}\n", m.id(), args.join(" "));
    if let Some(hint) = hint {
        out.push_str(&format!("  hint: {hint}\n"));
    }
    out
}

#[test]
fn messages_with_counts_money_dates_and_languages_match_their_golden_texts() {
    for lang in Lang::ALL {
        let text: String = all_cases().iter().map(|m| shown_in(m, lang)).collect();
        assert_golden(&format!("messages.{}.txt", lang.code()), &text);
    }
}

/// `actual` against `tests/golden/NAME`; `TILTS_BLESS=1` writes it instead.
fn assert_golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("TILTS_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        assert_eq!(
            e,
            a,
            "{} line {} (TILTS_BLESS=1 if intended)",
            path.display(),
            i + 1
        );
    }
    assert_eq!(
        expected.lines().count(),
        actual.lines().count(),
        "{}",
        path.display()
    );
}

fn lv(m: Message) -> String {
    m.render_in(Lang::Lv).unwrap().0
}

fn lt(m: Message) -> String {
    m.render_in(Lang::Lt).unwrap().0
}

fn en(m: Message) -> String {
    m.render_in(Lang::En).unwrap().0
}

#[test]
fn one_of_eight_budgets_takes_the_singular_and_lithuanian_the_genitive() {
    let m = |given: i64, count: i64| {
        msg("budget-partly-given")
            .num("given", given)
            .num("count", count)
            .money("sum", amount("791256.20"))
            .money("total", amount("1000000"))
    };
    let nbsp = '\u{a0}';
    assert_eq!(
        lv(m(1, 8)),
        format!(
            "norādīts 1 no 8 partneru budžetiem; kopā 791{nbsp}256,20{nbsp}€ no projekta kopsummas 1{nbsp}000{nbsp}000,00{nbsp}€"
        )
    );
    assert!(lv(m(2, 21)).starts_with("norādīti 2 no 21 partnera budžeta;"));
    assert!(lv(m(21, 111)).starts_with("norādīts 21 no 111 partneru budžetiem;"));
    assert!(lt(m(1, 8)).starts_with("nurodytas 1 iš 8 partnerių biudžetų; kartu 791"));
    assert!(lt(m(2, 21)).starts_with("nurodyti 2 iš 21 partnerio biudžeto;"));
    assert!(lt(m(5, 111)).starts_with("nurodyti 5 iš 111 partnerių biudžetų;"));
    assert!(lt(m(10, 111)).starts_with("nurodyta 10 iš 111 partnerių biudžetų;"));
    assert!(
        en(m(1, 8))
            .starts_with("the budget of 1 of the 8 partners is given; together €791,256.20,")
    );
    assert!(en(m(2, 8)).starts_with("the budgets of 2 of the 8 partners are given;"));
}

#[test]
fn languages_are_named_in_the_case_of_their_sentence_not_by_their_display_name() {
    let missing = |code: &str| {
        msg("data-missing-language")
            .message("what", msg("what-project-name"))
            .arg("code", code)
    };
    assert_eq!(
        lv(missing("lv")),
        "projekta nosaukums: nav teksta latviešu valodā"
    );
    assert_eq!(
        lt(missing("lv")),
        "projekto pavadinimas: nėra teksto latvių kalba"
    );
    assert_eq!(
        en(missing("lt")),
        "the project name has no text in Lithuanian"
    );
    assert_eq!(
        lv(missing("de")),
        "projekta nosaukums: nav teksta valodā „de“"
    );
    let quotes = |code: &str| {
        msg("typo-foreign-quote")
            .arg("code", code)
            .arg("open", "„")
            .arg("close", "“")
            .arg("mark", "«")
    };
    let hint = |m: Message, lang| m.render_in(lang).unwrap().1.unwrap();
    assert!(hint(quotes("lt"), Lang::Lt).starts_with("lietuvių kalboje kabutės yra „…“"));
    assert!(hint(quotes("lv"), Lang::Lv).starts_with("latviešu valodā pēdiņas ir „…“"));
    let dictionary = lv(msg("proof-no-dictionary").arg("code", "lt"));
    assert_eq!(
        dictionary,
        "nav atrasta lietuviešu valodas pareizrakstības vārdnīca, tāpēc failu lietuviešu valodā pareizrakstība netiek pārbaudīta"
    );
}

#[test]
fn no_lead_partner_is_said_in_words() {
    let m = |n: i64| msg("partner-lead-count").num("count", n);
    assert_eq!(
        lv(m(0)),
        "jābūt tieši vienam vadošajam partnerim, bet nevienam partnerim nav norādīts `role: lead`"
    );
    assert!(lt(m(0)).ends_with("o `role: lead` nenurodyta nė vienam partneriui"));
    assert!(en(m(0)).ends_with("but no partner has `role: lead`"));
    assert!(lv(m(2)).ends_with("`role: lead` ir norādīts 2 partneriem"));
    assert!(lt(m(10)).ends_with("`role: lead` nurodyta 10 partnerių"));
}

#[test]
fn dates_in_messages_are_written_as_the_site_writes_them() {
    let due = msg("build-scheduled")
        .num("count", 1)
        .arg("date", "2031-01-04")
        .arg("time", "08:00")
        .arg("zone", "Europe/Riga")
        .arg("file", "a.lv.md");
    assert!(lv(due.clone()).contains("nākamā jāpublicē 2031. gada 4. janvārī plkst. 08:00"));
    assert!(lt(due.clone()).contains("kita turi būti paskelbta 2031 m. sausio 4 d. 08:00"));
    assert!(lv(due.clone()).starts_with("1 ziņa ir datēta vēlāk"));
    assert!(lt(due).starts_with("1 naujiena datuota vėliau"));
}

#[test]
fn a_money_argument_survives_encoding() {
    let m = msg("budget-negative").money("value", amount("-5.10"));
    assert_eq!(Message::decode(&m.encode()).map(|d| d.args), Some(m.args));
}
