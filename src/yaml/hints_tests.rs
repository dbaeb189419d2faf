//! Tests of the plain-word YAML diagnoses.

use super::*;

fn found(text: &str) -> (u32, u32, &'static str) {
    let f = diagnose(text, 1).unwrap_or_else(|| panic!("nothing found in\n{text}"));
    (f.line, f.column, f.message.id())
}

#[test]
fn colon_inside_a_value() {
    assert_eq!(
        found("title: Dobele: jauns pasākums\ndate: 2018-05-16\n"),
        (1, 8, "yaml-colon-in-value")
    );
    let f = diagnose("title: Dobele: jauns\n", 1).unwrap();
    let (text, hint) = f.message.render(crate::messages::Lang::En);
    assert!(text.contains("title"), "{text}");
    assert!(hint.unwrap().contains("title: \"Dobele: jauns\""));
}

#[test]
fn unclosed_quote_is_placed_where_it_opens() {
    let text = "title: A\nsummary: \"Viss sākas\ndate: 2018-05-16\nx: y\n";
    assert_eq!(found(text), (2, 10, "yaml-unclosed-quote"));
    assert_eq!(found("a:\n  b: 'x\n"), (2, 6, "yaml-unclosed-quote"));
}

#[test]
fn a_quote_may_span_lines_when_it_closes() {
    assert!(diagnose("a: \"one\n  two\"\nb: c\n", 1).is_none());
    assert!(diagnose("a: 'it''s'\nb: \"say \\\"x\\\"\"\n", 1).is_none());
}

#[test]
fn tab_in_indentation() {
    assert_eq!(found("a:\n\tb: c\n"), (2, 1, "yaml-tab"));
    assert_eq!(found("a:\n  \tb: c\n"), (2, 3, "yaml-tab"));
}

#[test]
fn key_indented_less_or_more_than_its_neighbours() {
    let list = "items:\n  - id: a\n    role: lead\n   name: X\n";
    assert_eq!(found(list), (4, 4, "yaml-key-indent"));
    let list = "items:\n  - id: a\n    role: lead\n  name: X\n";
    assert_eq!(found(list), (4, 3, "yaml-key-indent"));
    let deep = "title: A\n  date: 2018-05-16\n";
    assert_eq!(found(deep), (2, 3, "yaml-key-too-deep"));
}

#[test]
fn list_item_or_line_without_key_and_value() {
    let list = "items:\n  - id: a\n    role: lead\n  - Auce\n";
    assert_eq!(found(list), (4, 5, "yaml-item-not-pair"));
    let list = "items:\n  - Auce\n  - id: a\n    role: lead\n";
    assert_eq!(found(list), (2, 5, "yaml-item-not-pair"));
    assert_eq!(found("title: A\njust text\n"), (2, 1, "yaml-line-not-pair"));
}

#[test]
fn duplicate_key_names_the_first() {
    let f = diagnose("title: A\ndate: 2018-05-16\ntitle: B\n", 1).unwrap();
    assert_eq!(
        (f.line, f.column, f.message.id()),
        (3, 1, "yaml-duplicate-key")
    );
    assert!(
        f.message
            .render(crate::messages::Lang::En)
            .0
            .contains("line 1")
    );
    // The same key in two list items is no duplicate.
    assert!(diagnose("l:\n  - id: a\n  - id: b\n", 1).is_none());
}

#[test]
fn valid_shapes_are_left_alone() {
    for text in [
        "a: b\nc:\n  d: e\n  f:\n    - 1\n    - 2\ng: [1, 2]\n",
        "a:\n- x\n- y\nb: c\n",
        "text: |\n  line: one\n  - two\nnext: x\n",
        "summary: Projekts turpinās\n  nākamajā rindā\nnext: x\n",
        "url: https://example.lv/a\nquote: \"a: b\"\ncoords: [56.6,\n  23.7]\n",
        "- - a\n  - b\n",
        "a: b # comment: here\n",
        "key:\n  plain value on its own line\nnext: x\n",
    ] {
        assert!(
            diagnose(text, 1).is_none(),
            "{text}: {:?}",
            diagnose(text, 1)
        );
    }
}

/// The YAML parts of the example site's files and the starter's.
fn valid_yaml_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<(String, String)> = crate::init::STARTER
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    for entry in walkdir::WalkDir::new(root.join("content")) {
        let path = entry.unwrap().into_path();
        if path.is_file() {
            let text = std::fs::read_to_string(&path).unwrap();
            texts.push((path.display().to_string(), text));
        }
    }
    texts
        .into_iter()
        .filter_map(|(name, text)| {
            if name.ends_with(".yaml") {
                Some((name, text))
            } else if name.ends_with(".md") {
                let yaml = text.strip_prefix("---\n")?.split("\n---").next()?;
                Some((name, yaml.to_string()))
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn the_example_site_and_the_starter_have_no_findings() {
    let texts = valid_yaml_texts();
    assert!(texts.len() >= 10, "{}", texts.len());
    for (name, text) in texts {
        if let Some(f) = diagnose(&text, 1) {
            panic!("{name}:{}:{}: {}", f.line, f.column, f.message.id());
        }
    }
}
