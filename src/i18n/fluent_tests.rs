//! Tests of the module beside this file.
use super::*;

#[test]
fn messages_can_ask_for_a_date_in_the_case_of_their_sentence() {
    let lv: LanguageIdentifier = "lv-LV".parse().unwrap();
    let text = "notiks = Pasākums notiks { DATE($d, case: \"locative\") }.\nsaraksts = { DATE($d) }\nlidz = Līdz { DATE($d, case: \"genitive\") }\n";
    let (bundle, _, _) = load_bundle(text, Path::new("lv.ftl"), &lv).unwrap();
    let say = |id: &str| {
        let mut args = FluentArgs::new();
        args.set("d", "2018-05-16");
        let mut errors = Vec::new();
        let m = bundle.get_message(id).unwrap();
        let out = bundle
            .format_pattern(m.value().unwrap(), Some(&args), &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        out
    };
    assert_eq!(say("notiks"), "Pasākums notiks 2018. gada 16. maijā.");
    assert_eq!(say("saraksts"), "2018. gada 16. maijs");
    assert_eq!(say("lidz"), "Līdz 2018. gada 16. maija");
    let lt: LanguageIdentifier = "lt-LT".parse().unwrap();
    let text = "vyks = Renginys vyks { DATE($d, case: \"locative\") }.\n";
    let (bundle, _, _) = load_bundle(text, Path::new("lt.ftl"), &lt).unwrap();
    let mut args = FluentArgs::new();
    args.set("d", "2018-05-16");
    let m = bundle.get_message("vyks").unwrap();
    let out = bundle.format_pattern(m.value().unwrap(), Some(&args), &mut Vec::new());
    // Translations::format ends such a sentence once.
    assert_eq!(
        single_full_stops(&out),
        "Renginys vyks 2018 m. gegužės 16 d."
    );
}

#[test]
fn a_sentence_ending_in_an_abbreviation_ends_once() {
    assert_eq!(
        single_full_stops("vyks 2018 m. gegužės 16 d.."),
        "vyks 2018 m. gegužės 16 d."
    );
    assert_eq!(single_full_stops("Ir… un ..."), "Ir… un ...");
    assert_eq!(single_full_stops("a.. b. c..."), "a. b. c...");
    // Linear in the text: a long run of full stops is left as it is, at once.
    let dots = ".".repeat(1 << 20);
    assert_eq!(
        single_full_stops(&format!("x{dots}y..")),
        format!("x{dots}y.")
    );
}

#[test]
fn line_col_counts_characters() {
    let text = "a = 1\nbē = {\n";
    assert_eq!(line_col(text, 0), (1, 1));
    assert_eq!(line_col(text, 6), (2, 1));
    assert_eq!(line_col(text, text.len()), (3, 1));
}
