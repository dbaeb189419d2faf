//! Tests of the module beside this file.
use super::*;

#[test]
fn the_locale_comes_from_lc_all_then_lc_messages_then_lang() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(from_environment(env(&[("LANG", "lv_LV.UTF-8")])), Lang::Lv);
    assert_eq!(
        from_environment(env(&[("LANG", "lv_LV.UTF-8"), ("LC_MESSAGES", "lt_LT")])),
        Lang::Lt
    );
    assert_eq!(
        from_environment(env(&[("LC_ALL", "C"), ("LANG", "lt_LT.UTF-8")])),
        Lang::En
    );
    assert_eq!(from_environment(env(&[("LANG", "")])), Lang::En);
    assert_eq!(from_environment(env(&[])), Lang::En);
    assert_eq!("lt-LT".parse(), Ok(Lang::Lt));
    assert!("de".parse::<Lang>().is_err());
}

#[test]
fn every_language_has_every_message_and_hint_of_english() {
    let english = ids(Lang::En);
    assert!(!english.is_empty());
    for lang in [Lang::Lv, Lang::Lt] {
        assert_eq!(syntax_errors(lang), Vec::<String>::new(), "{lang:?}");
        let theirs = ids(lang);
        assert_eq!(
            english, theirs,
            "{lang:?}.ftl must have the same messages (and hints) in the same order as en.ftl"
        );
    }
    assert_eq!(syntax_errors(Lang::En), Vec::<String>::new());
}

#[test]
fn every_message_renders_in_every_language_without_errors() {
    for (id, _) in ids(Lang::En) {
        for lang in Lang::ALL {
            let bundle = bundle(lang);
            let m = bundle.get_message(&id).expect("present");
            assert!(m.value().is_some(), "{id} has no text in {lang:?}");
        }
    }
}

#[test]
fn a_message_survives_encoding_in_a_parser_error() {
    let m = msg("money-decimals").arg("value", "1.005");
    let text = format!("invalid value: {}", m.encode());
    assert_eq!(Message::decode(&text), Some(m));
    assert_eq!(Message::decode("plain text"), None);
    for odd in [
        "\u{1}",
        "\u{1}yaml-other\u{1}=x",
        "\u{1}yaml-other\u{1}ā=x",
        "\u{1}nope",
    ] {
        let _ = Message::decode(odd);
    }
}

/// `msg("…")` and `msg(if … { "…" } else { "…" })` ids in `src/`.
fn ids_used_in_the_source() -> Vec<(String, String)> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, _) in text.match_indices("msg(") {
            // The string literals up to the call's closing parenthesis.
            let rest = &text[i + 4..];
            let end = rest.find(')').unwrap_or(rest.len());
            for (j, part) in rest[..end].split('"').enumerate() {
                if j % 2 == 1
                    && !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    used.push((path.display().to_string(), part.to_string()));
                }
            }
        }
    }
    used
}

#[test]
fn every_message_the_source_uses_exists_and_every_message_is_used() {
    let known: Vec<String> = ids(Lang::En).into_iter().map(|(id, _)| id).collect();
    let used = ids_used_in_the_source();
    assert!(used.len() > 50, "{}", used.len());
    for (file, id) in &used {
        assert!(
            known.contains(id),
            "{file} uses `{id}`, which en.ftl does not have"
        );
    }
    // Every message is used: its id appears quoted in the code (some
    // are named in tables and passed to `msg` later).
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let all_code: String = walkdir::WalkDir::new(&src)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for id in &known {
        assert!(
            all_code.contains(&format!("\"{id}\"")),
            "en.ftl has `{id}`, which no code uses"
        );
    }
}

#[test]
fn messages_for_authors_are_never_plain_english() {
    // Where PR specialists' files are read and checked, every diagnostic
    // is a message (shown in their language), never a literal or format!.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let places = [
        "src/assets.rs",
        "src/i18n",
        "src/theme",
        "src/config",
        "src/content",
        "src/data",
        "src/yaml",
        "src/validate",
        "src/proof",
        "src/control_chars.rs",
        "src/site",
        "src/money.rs",
    ];
    for place in places {
        for entry in walkdir::WalkDir::new(root.join(place)) {
            let path = entry.unwrap().into_path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
            assert!(
                !code.contains(".with_hint("),
                "{}: a hint outside messages/",
                path.display()
            );
            for call in ["Diagnostic::error(", "Diagnostic::warning("] {
                for (i, _) in code.match_indices(call) {
                    let args = &code[i + call.len()..];
                    let second = args.split_once(',').map_or("", |(_, r)| r).trim_start();
                    assert!(
                        !second.starts_with('"') && !second.starts_with("format!"),
                        "{}: plain English in {}",
                        path.display(),
                        &code[i..(i + 80).min(code.len())]
                    );
                }
            }
        }
    }
}

#[test]
fn plurals_follow_cldr_in_each_language() {
    let m = |n: i64| msg("summary-errors").num("count", n);
    assert_eq!(m(1).render(Lang::En).0, "1 error");
    assert_eq!(m(21).render(Lang::Lv).0, "21 kļūda");
    assert_eq!(m(111).render(Lang::Lv).0, "111 kļūdu");
    assert_eq!(m(22).render(Lang::Lt).0, "22 klaidos");
    assert_eq!(m(111).render(Lang::Lt).0, "111 klaidų");
    assert_eq!(m(21).render(Lang::Lt).0, "21 klaida");
}

/// Text from a person's files (a dictionary's error, a line of the
/// output's manifest, a path) is never printed with characters a terminal
/// obeys or that turn text around.
#[test]
fn text_in_a_message_is_shown_without_control_characters() {
    let m = msg("address-gone").arg("old", "/lv/\u{1b}[2J\u{202e}gpj.exe\u{7}");
    let (text, _) = m.render(Lang::En);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}') && !text.contains('\u{7}'),
        "{text}"
    );
    assert!(
        text.contains("/lv/\\u{1b}[2J\\u{202e}gpj.exe\\u{7}"),
        "{text}"
    );
    assert_eq!(shown("Jelgavā, „Dobelē“"), "Jelgavā, „Dobelē“");
}

/// The build's summary agrees with its count in every language: Latvian
/// `one` is 1, 21, 31 … but not 11; Lithuanian `one` the same, `few` 2–9,
/// 22–29 … but not 12–19, `other` 0, 10–20, 30 ….
#[test]
fn the_build_summary_agrees_with_its_count() {
    let built = |n: i64, lang| {
        let m = msg("cli-build-done")
            .num("count", n)
            .arg("languages", "lv 1")
            .arg("output", "public")
            .arg("seconds", "0,10");
        let text = m.render(lang).0;
        text.split(" (").next().unwrap().to_string()
    };
    let expected = [
        (1, "Built 1 page", "Uzbūvēta 1 lapa", "Sukurtas 1 puslapis"),
        (
            2,
            "Built 2 pages",
            "Uzbūvētas 2 lapas",
            "Sukurti 2 puslapiai",
        ),
        (
            5,
            "Built 5 pages",
            "Uzbūvētas 5 lapas",
            "Sukurti 5 puslapiai",
        ),
        (
            11,
            "Built 11 pages",
            "Uzbūvētas 11 lapas",
            "Sukurta 11 puslapių",
        ),
        (
            21,
            "Built 21 pages",
            "Uzbūvēta 21 lapa",
            "Sukurtas 21 puslapis",
        ),
        (
            22,
            "Built 22 pages",
            "Uzbūvētas 22 lapas",
            "Sukurti 22 puslapiai",
        ),
        (
            30,
            "Built 30 pages",
            "Uzbūvētas 30 lapas",
            "Sukurta 30 puslapių",
        ),
    ];
    for (n, en, lv, lt) in expected {
        assert_eq!(built(n, Lang::En), en);
        assert_eq!(built(n, Lang::Lv), lv);
        assert_eq!(built(n, Lang::Lt), lt);
    }
    let with_warnings = msg("cli-build-done-warnings")
        .num("count", 21)
        .arg("languages", "lv 11, lt 10")
        .arg("output", "public")
        .arg("seconds", "1,20")
        .message("warnings", msg("summary-warnings").num("count", 2));
    assert_eq!(
        with_warnings.render(Lang::Lt).0,
        "Sukurtas 21 puslapis (lv 11, lt 10) aplanke public per 1,20 s; 2 įspėjimai"
    );
}
