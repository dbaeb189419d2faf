//! Translations that stay in step with their source (#32 item 6): a
//! translation records with `translated_from:` which version of the
//! default language's text it was made from; when that text changes,
//! `check` and `build` warn at the translation with what changed, until
//! `tilts check --mark-translated FILE` records the new version.

use std::path::Path;

use crate::common;

use common::*;

const LV: &str = "content/news/first.lv.md";
const LT: &str = "content/news/first.lt.md";

fn check(root: &Path, lang: &str) -> String {
    let root = root.to_str().unwrap();
    let o = tilts(&["--messages", lang, "check", "--no-proofing", "--root", root]);
    format!("{}{}", stdout(&o), stderr(&o))
}

fn mark(root: &Path, file: &str) -> std::process::Output {
    let root = root.to_str().unwrap();
    tilts(&[
        "check",
        "--no-proofing",
        "--root",
        root,
        "--mark-translated",
        file,
    ])
}

/// A starter site whose Lithuanian news item is marked as translated from
/// the Latvian one as it is.
fn marked_starter() -> tempfile::TempDir {
    let site = starter();
    let o = mark(site.path(), LT);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("content/news/first.lt.md: marked as translated from version"));
    let text = std::fs::read_to_string(site.path().join(LT)).unwrap();
    assert!(text.contains("\ntranslated_from: "), "{text}");
    assert!(!check(site.path(), "en").contains("changed after this translation"));
    site
}

/// One paragraph of the Latvian text changed and one added.
fn edit_source(root: &Path) {
    replace_in(
        root,
        LV,
        "Šeit rakstiet ziņas tekstu.",
        "Šeit rakstiet visu ziņu.",
    );
    let path = root.join(LV);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(path, format!("{text}\nJauna rindkopa par projektu.\n")).unwrap();
}

#[test]
fn an_edited_source_warns_at_the_translation_with_what_changed() {
    let site = marked_starter();
    edit_source(site.path());
    let en = check(site.path(), "en");
    assert!(
        en.contains(
            "warning: the text in Latvian (content/news/first.lv.md) changed after this \
             translation was made on "
        ),
        "{en}"
    );
    assert!(
        en.contains(": 1 paragraph changed, 1 paragraph added"),
        "{en}"
    );
    assert!(
        en.contains("run `tilts check --mark-translated content/news/first.lt.md`"),
        "{en}"
    );
    // At the translation's file, on its `translated_from:` line.
    let at = en
        .find("content/news/first.lt.md\n")
        .expect("the file's heading");
    assert!(
        en[at..].contains("\n  5:18: warning: the text in Latvian"),
        "{en}"
    );
    // The table marks the translation to review.
    assert!(en.contains("  first      yes      REVIEW"), "{en}");
    let lv = check(site.path(), "lv");
    assert!(
        lv.contains("teksts latviešu valodā (content/news/first.lv.md) ir mainīts pēc tam, kad "),
        "{lv}"
    );
    assert!(
        lv.contains("tika izveidots šis tulkojums: 1 rindkopa mainīta, 1 rindkopa pievienota"),
        "{lv}"
    );
    let lt = check(site.path(), "lt");
    assert!(
        lt.contains("tekstas latvių kalba (content/news/first.lv.md) pakeistas po to, kai "),
        "{lt}"
    );
    assert!(
        lt.contains("buvo padarytas šis vertimas: pakeista 1 pastraipa, pridėta 1 pastraipa"),
        "{lt}"
    );
    // `build` (and so `serve`, which shows a build's findings) warns too.
    let built = build_ok(site.path());
    assert!(messages(&built).contains("1 paragraph changed, 1 paragraph added"));
}

#[test]
fn marking_translated_ends_the_warning_and_keeps_every_other_byte() {
    let site = marked_starter();
    // The author's own spacing and line ends, which marking must keep.
    replace_in(
        site.path(),
        LT,
        "title: Projektas prasidėjo",
        "title:   Projektas prasidėjo  ",
    );
    edit_source(site.path());
    let before = std::fs::read_to_string(site.path().join(LT)).unwrap();
    assert!(check(site.path(), "en").contains("changed after this translation"));
    let o = mark(site.path(), LT);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        !stdout(&o).contains("changed after this translation"),
        "{}",
        stdout(&o)
    );
    let after = std::fs::read_to_string(site.path().join(LT)).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(
        changed[0].0.starts_with("translated_from: ")
            && changed[0].1.starts_with("translated_from: ")
    );
    assert_eq!(before.len(), after.len());
    assert!(!check(site.path(), "en").contains("changed after this translation"));
    // Marked again: nothing to do, nothing written.
    let o = mark(site.path(), LT);
    assert!(stdout(&o).contains("is already marked as translated from the current version"));
    assert_eq!(
        std::fs::read_to_string(site.path().join(LT)).unwrap(),
        after
    );
}

#[test]
fn a_whitespace_only_change_of_the_source_does_not_warn() {
    let site = marked_starter();
    replace_in(
        site.path(),
        LV,
        "Šeit rakstiet ziņas tekstu.",
        "Šeit  rakstiet\nziņas tekstu.   ",
    );
    replace_in(site.path(), LV, "title: ", "title:   ");
    let path = site.path().join(LV);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\n\n\n")).unwrap();
    let en = check(site.path(), "en");
    assert!(!en.contains("changed after this translation"), "{en}");
    assert!(en.contains("  first      yes      yes"), "{en}");
}

#[test]
fn the_source_and_unknown_files_are_not_marked() {
    let site = starter();
    let o = mark(site.path(), LV);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is the text in Latvian itself"),
        "{}",
        stderr(&o)
    );
    let o = mark(site.path(), "content/news/nothing.lt.md");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("is not a news item or page of this site"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn new_news_records_the_version_its_translations_are_made_from() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&[
        "new",
        "news",
        "Jauna ziņa",
        "--root",
        root,
        "--date",
        "2026-03-01",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lt = "content/news/2026-03-01-jauna-zina.lt.md";
    let lv = "content/news/2026-03-01-jauna-zina.lv.md";
    let text = std::fs::read_to_string(site.path().join(lt)).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("translated_from: "))
        .unwrap_or_else(|| panic!("no translated_from: in\n{text}"));
    let version = line.split_whitespace().nth(1).unwrap();
    assert_eq!(version.len(), 12, "{line}");
    assert!(
        site.path()
            .join(format!("content/translated-from/{version}.txt"))
            .is_file()
    );
    let source = std::fs::read_to_string(site.path().join(lv)).unwrap();
    assert!(!source.contains("translated_from"), "{source}");
    // Translated, out of draft, while the Latvian text was written.
    replace_in(site.path(), lt, "draft: true\n", "");
    let path = site.path().join(lv);
    std::fs::write(
        &path,
        format!("{source}Pirmā rindkopa.\n\nOtrā rindkopa.\n"),
    )
    .unwrap();
    let en = check(site.path(), "en");
    assert!(
        en.contains("changed after this translation was made on "),
        "{en}"
    );
    assert!(en.contains(": 2 paragraphs added"), "{en}");
}

/// Adds English as a third language to a starter site: its settings, its
/// UI strings, and an English text beside each Lithuanian one in the data
/// files.
fn add_english(root: &Path) {
    let config = root.join("content/site.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    let lt = &text[text.find("  - code: lt").unwrap()..];
    let en: Vec<&str> = lt.lines().take(6).collect();
    let en = en
        .join("\n")
        .replace("code: lt", "code: en")
        .replace("lt-LT", "en-GB")
        .replace("Lietuvių", "English");
    std::fs::write(&config, format!("{}\n{en}\n", text.trim_end())).unwrap();
    std::fs::copy(root.join("i18n/lv.ftl"), root.join("i18n/en.ftl")).unwrap();
    for entry in std::fs::read_dir(root.join("content/data")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut out = Vec::new();
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            let next = lines.get(n + 1).map_or("", |l| l.trim_start());
            if t.starts_with("lt: ") && !next.starts_with("en:") {
                out.push(line.to_string());
                out.push(line.replacen("lt: ", "en: ", 1));
            } else if let Some(i) = line.find(", lt: ")
                && !line.contains("en:")
                && !t.starts_with('#')
            {
                let j = i + line[i..].find(" }").unwrap();
                let value = &line[i + 6..j];
                out.push(format!("{}, en: {value}{}", &line[..j], &line[j..]));
            } else {
                out.push(line.to_string());
            }
        }
        std::fs::write(&path, out.join("\n") + "\n").unwrap();
    }
}

#[test]
fn three_languages_each_translation_in_step_on_its_own() {
    let site = starter();
    add_english(site.path());
    let en_file = "content/news/first.en.md";
    std::fs::copy(site.path().join(LT), site.path().join(en_file)).unwrap();
    for file in [LT, en_file] {
        let o = mark(site.path(), file);
        assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    }
    let clean = check(site.path(), "en");
    assert!(clean.contains("0 errors"), "{clean}");
    assert!(!clean.contains("changed after this translation"), "{clean}");
    edit_source(site.path());
    let said = check(site.path(), "en");
    for file in [LT, en_file] {
        let at = said
            .find(&format!("{file}\n"))
            .unwrap_or_else(|| panic!("{file}: {said}"));
        assert!(
            said[at..].contains("1 paragraph changed, 1 paragraph added"),
            "{said}"
        );
    }
    assert!(
        said.contains("  first      yes      REVIEW   REVIEW"),
        "{said}"
    );
    // One brought up to date; the other still to review.
    mark(site.path(), en_file);
    let said = check(site.path(), "en");
    assert!(
        said.contains("  first      yes      REVIEW   yes"),
        "{said}"
    );
    assert_eq!(
        said.matches("changed after this translation").count(),
        1,
        "{said}"
    );
}

#[test]
fn serve_s_rebuilds_warn_as_soon_as_the_source_is_edited() {
    use tilts::{BuildCache, BuildOptions, build_incremental};
    let site = marked_starter();
    let root = site.path();
    let options = BuildOptions {
        future: true,
        ..BuildOptions::new(root)
    };
    let mut cache = BuildCache::watched();
    let mut rebuild = |changed: &str| {
        cache.note_changes(root, &[root.join(changed)]);
        let r = build_incremental(&options, &mut cache).unwrap();
        assert!(r.built.is_some(), "{}", messages(&r));
        messages(&r)
    };
    assert!(!rebuild(LV).contains("changed after this translation"));
    edit_source(root);
    let said = rebuild(LV);
    assert!(
        said.contains("1 paragraph changed, 1 paragraph added"),
        "{said}"
    );
    // The same as a clean build says.
    let clean = tilts::build(&options).unwrap();
    assert_eq!(said, messages(&clean));
    let o = mark(root, LT);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!rebuild(LT).contains("changed after this translation"));
}

#[test]
fn pages_stay_in_step_too() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&["new", "page", "Par projektu", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (lv, lt) = (
        "content/pages/par-projektu.lv.md",
        "content/pages/par-projektu.lt.md",
    );
    replace_in(site.path(), lt, "draft: true\n", "");
    assert!(!check(site.path(), "en").contains("changed after this translation"));
    let path = site.path().join(lv);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}Par projektu.\n")).unwrap();
    let said = check(site.path(), "lt");
    assert!(
        said.contains("buvo padarytas šis vertimas: pridėta 1 pastraipa"),
        "{said}"
    );
    let o = mark(site.path(), lt);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!check(site.path(), "en").contains("changed after this translation"));
}
