//! Tests of the typography rules: each finding at its place, with its fix.

use super::*;

fn lv() -> Style {
    Style {
        open: "“".into(),
        close: "”".into(),
        percent_space: false,
        code: "lv".into(),
    }
}

fn lt() -> Style {
    Style {
        open: "„".into(),
        close: "“".into(),
        percent_space: true,
        code: "lt".into(),
    }
}

fn no_date(_: &str) -> Option<String> {
    None
}

/// (offset, message id) of each finding, and the text with the fixes.
fn found(text: &str, front_matter: bool, style: &Style) -> (Vec<(usize, &'static str)>, String) {
    let findings = check(text, front_matter, style, &|iso| {
        Some(format!("LONG({iso})"))
    });
    let ids = findings.iter().map(|f| (f.at, f.message.id())).collect();
    let mut edits: Vec<Edit> = findings.into_iter().flat_map(|f| f.fixes).collect();
    edits.sort_by_key(|e| e.start);
    (ids, apply(text, &edits))
}

#[test]
fn a_plain_space_before_a_unit_becomes_a_no_break_space() {
    let (ids, fixed) = found("kopā 791 256,20 EUR un 17 m² platība", false, &lv());
    assert_eq!(ids, [(16, "typo-nbsp"), (26, "typo-nbsp")]); // bytes: ā is two
    assert_eq!(fixed, "kopā 791 256,20\u{a0}EUR un 17\u{a0}m² platība");
}

#[test]
fn a_missing_space_before_a_unit_is_put_in() {
    let (ids, fixed) = found("tikai 100€.", false, &lv());
    assert_eq!(ids, [(9, "typo-no-space")]);
    assert_eq!(fixed, "tikai 100\u{a0}€.");
}

#[test]
fn percent_follows_cldr_per_language() {
    // lv: "85%"; lt: "85 %" with a no-break space.
    assert_eq!(found("85%", false, &lv()).0, []);
    let (ids, fixed) = found("85 %", false, &lv());
    assert_eq!(ids, [(2, "typo-space-not-wanted")]);
    assert_eq!(fixed, "85%");
    let (ids, fixed) = found("85%", false, &lt());
    assert_eq!(ids, [(2, "typo-no-space")]);
    assert_eq!(fixed, "85\u{a0}%");
    assert_eq!(found("85\u{a0}%", false, &lt()).0, []);
}

#[test]
fn year_and_time_ranges_take_an_en_dash_but_dates_do_not() {
    let (ids, fixed) = found(
        "2018-2020 un 10:30-13:00, bet ne 2018-05-16 vai LLI-317",
        false,
        &lv(),
    );
    assert_eq!(ids, [(4, "typo-range-hyphen"), (18, "typo-range-hyphen")]);
    assert_eq!(
        fixed,
        "2018–2020 un 10:30–13:00, bet ne 2018-05-16 vai LLI-317"
    );
    let (_, fixed) = found("2018 - 2020", false, &lv());
    assert_eq!(fixed, "2018–2020");
}

#[test]
fn doubled_spaces_and_punctuation() {
    let (ids, fixed) = found("Viens  divi,, trīs... četri..", false, &lv());
    assert_eq!(
        ids,
        [
            (5, "typo-double-space"),
            (11, "typo-double-punctuation"),
            (29, "typo-double-punctuation")
        ]
    );
    // Doubled punctuation has no safe fix; the space has.
    assert_eq!(fixed, "Viens divi,, trīs... četri..");
}

#[test]
fn straight_quotes_in_a_title_take_the_language_marks() {
    let (ids, fixed) = found("Projektas \"SocQuality\" pradėtas", true, &lt());
    assert_eq!(ids, [(10, "typo-straight-quotes")]);
    assert_eq!(fixed, "Projektas „SocQuality“ pradėtas");
    // In Markdown text the quotes are made by the renderer.
    assert_eq!(found("\"SocQuality\"", false, &lt()).0, []);
    // An odd number: said, not fixed.
    let (ids, fixed) = found("5\" ekrāns", true, &lv());
    assert_eq!(ids, [(1, "typo-straight-quotes")]);
    assert_eq!(fixed, "5\" ekrāns");
}

#[test]
fn another_languages_curly_quotes_are_replaced() {
    let (ids, fixed) = found("projektas “SocQuality” vyksta", false, &lt());
    assert_eq!(
        ids,
        [(10, "typo-foreign-quote"), (23, "typo-foreign-quote")]
    );
    assert_eq!(fixed, "projektas „SocQuality“ vyksta");
    assert_eq!(found("projekts “SocQuality”", false, &lv()).0, []);
}

#[test]
fn numeric_dates_get_the_long_form_in_the_hint() {
    let findings = check(
        "Notiks 16.05.2018 Jelgavā, 1.6.2018 arī.",
        false,
        &lv(),
        &|iso| Some(format!("LONG({iso})")),
    );
    let said: Vec<String> = findings
        .iter()
        .map(|f| f.message.render(crate::messages::Lang::En).0)
        .collect();
    assert_eq!(
        said,
        [
            "the date 16.05.2018 is written in numbers",
            "the date 1.6.2018 is written in numbers"
        ]
    );
    assert!(
        findings[0]
            .message
            .render(crate::messages::Lang::En)
            .1
            .unwrap()
            .contains("LONG(2018-05-16)")
    );
    assert!(
        findings[1]
            .message
            .render(crate::messages::Lang::En)
            .1
            .unwrap()
            .contains("LONG(2018-06-01)")
    );
    // A version number or an invalid date is not a date.
    assert_eq!(
        check("v1.2.3 un 31.02.2018", false, &lv(), &no_date).len(),
        0
    );
}
