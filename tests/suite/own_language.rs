//! tilts speaks the language of `--messages` (or of the locale) in
//! everything it prints and writes (#32 item 1): `--help`, `init`, `new`
//! and the comments it writes, `build`'s summary, its errors. Each test
//! runs the binary in Latvian and Lithuanian and looks for the English of
//! the old texts.

use std::process::Output;

use crate::common;

use common::*;

/// Words of the old English texts that must not be left in lv or lt.
const ENGLISH: &[&str] = &[
    "Built ",
    " pages",
    "warning(s)",
    "Created",
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Build the site",
    "The site folder",
    "[default",
    "<ROOT>",
    "The web address",
    "One or two sentences",
    "Untranslated",
    "already exists",
    "is not empty",
    "cannot be opened",
    "note:",
    "hint:",
    "error:",
];

fn no_english(what: &str, text: &str) {
    for english in ENGLISH {
        assert!(!text.contains(english), "{what}: `{english}` in\n{text}");
    }
}

fn both(o: &Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

#[test]
fn build_says_how_many_pages_in_the_users_language() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    for (lang, said) in [
        ("lv", "Uzbūvētas 20 lapas (lv 10, lt 10) mapē "),
        ("lt", "Sukurta 20 puslapių (lv 10, lt 10) aplanke "),
    ] {
        let o = tilts(&["--messages", lang, "build", "--root", root, "-v"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stdout(&o).contains(said), "{}", stdout(&o));
        no_english(lang, &both(&o));
    }
    // With a warning: counted in words of the language.
    write(
        site.path(),
        "content/news/x.lv.md",
        "---\ntitle: Viena\ndate: 2026-01-02\nsummary: S\n---\nT\n",
    );
    let o = tilts(&["--messages", "lv", "build", "--root", root]);
    assert!(
        stdout(&o).contains("Uzbūvēta 21 lapa (lv 11, lt 10)"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("; 1 brīdinājums"), "{}", stdout(&o));
    assert!(stderr(&o).contains("padoms: "), "{}", stderr(&o));
    no_english("lv", &both(&o));
}

#[test]
fn init_and_new_speak_and_write_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vietne");
    let d = dir.to_str().unwrap();
    let o = tilts(&["--messages", "lv", "init", d]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Jauna vietne izveidota mapē"),
        "{}",
        stdout(&o)
    );
    no_english("init", &both(&o));
    let accessibility =
        std::fs::read_to_string(dir.join("content/data/accessibility.yaml")).unwrap();
    assert!(
        accessibility.starts_with("# Atbilst Komisijas"),
        "{accessibility}"
    );
    let o = tilts(&["--messages", "lv", "init", d]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("kļūda: mape "), "{}", stderr(&o));
    no_english("init again", &both(&o));

    let o = tilts(&[
        "--messages",
        "lt",
        "new",
        "news",
        "Vasaros stovykla",
        "--root",
        d,
        "--lang",
        "lt",
        "--date",
        "2026-02-01",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Sukurta content/news/2026-02-01-vasaros-stovykla.lt.md"),
        "{}",
        stdout(&o)
    );
    no_english("new", &both(&o));
    for file in ["lt", "lv"] {
        let text = std::fs::read_to_string(dir.join(format!(
            "content/news/2026-02-01-vasaros-stovykla.{file}.md"
        )))
        .unwrap();
        assert!(text.contains("# Interneto adresas"), "{text}");
        no_english(file, &text);
    }
    // The files written build.
    assert_eq!(tilts(&["build", "--root", d]).status.code(), Some(0));
    let o = tilts(&[
        "--messages",
        "lt",
        "new",
        "news",
        "Vasaros stovykla",
        "--root",
        d,
        "--lang",
        "lt",
        "--date",
        "2026-02-01",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("klaida: content/news/"),
        "{}",
        stderr(&o)
    );
    no_english("new again", &both(&o));
    let o = tilts(&["--messages", "lt", "build", "--root", "/no/such/site"]);
    assert!(stderr(&o).contains("svetainės aplanko"), "{}", stderr(&o));
}

#[test]
fn help_is_in_the_users_language() {
    for (lang, usage) in [("lv", "Lietošana: tilts"), ("lt", "Naudojimas: tilts")] {
        for command in [
            &["--help"][..],
            &["build", "--help"],
            &["new", "news", "--help"],
            &["help", "serve"],
            &["theme", "--help"],
        ] {
            let mut args = vec!["--messages", lang];
            args.extend(command);
            let o = tilts(&args);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            assert!(stdout(&o).contains(usage), "{}", stdout(&o));
            no_english(lang, &both(&o));
        }
    }
    // The locale decides when --messages is not given.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "lt_LT.UTF-8")
        .args(["build", "--help"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("Sukurti svetainę išvesties aplanke"),
        "{}",
        stdout(&o)
    );
    // English stays English.
    let o = tilts(&["--help"]);
    assert!(
        stdout(&o).contains("Usage: tilts [OPTIONS] <COMMAND>"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("Build the site into the output folder"));
}

#[test]
fn mistakes_on_the_command_line_are_said_in_the_users_language() {
    let o = tilts(&["--messages", "lv", "build", "--frob"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("kļūda: --frob nav šīs komandas iespēja\n  padoms: tilts --help"),
        "{}",
        stderr(&o)
    );
    let o = tilts(&["--messages", "lt", "new", "news"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("klaida: reikia nurodyti <ANTRAŠTĖ>"),
        "{}",
        stderr(&o)
    );
    for lang in ["lv", "lt"] {
        for args in [&["build", "--frob"][..], &["frobnicate"], &["new", "news"]] {
            let mut all = vec!["--messages", lang];
            all.extend(args);
            let o = tilts(&all);
            no_english(lang, &both(&o));
            assert!(!both(&o).contains("For more information"), "{}", both(&o));
        }
    }
}
