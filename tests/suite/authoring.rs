//! The authoring commands: `tilts new news` and `tilts check`.

use crate::common;

use common::*;

#[test]
fn new_news_creates_every_language_and_refuses_to_overwrite() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&[
        "new",
        "news",
        "Vasaras nometne: “Kopā” 2018",
        "--date",
        "2018-07-02",
        "--root",
        root,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lv = std::fs::read_to_string(
        site.path()
            .join("content/news/2018-07-02-vasaras-nometne-kopa-2018.lv.md"),
    )
    .unwrap();
    let lt = std::fs::read_to_string(
        site.path()
            .join("content/news/2018-07-02-vasaras-nometne-kopa-2018.lt.md"),
    )
    .unwrap();
    assert!(
        lv.contains("title: \"Vasaras nometne: “Kopā” 2018\"\n"),
        "{lv}"
    );
    // The address is written down, so a corrected title keeps it.
    assert!(
        lv.contains("\nslug: vasaras-nometne-kopa-2018\ndate: 2018-07-02\n"),
        "{lv}"
    );
    assert!(!lv.contains("draft"));
    assert!(
        lt.contains("draft: true") && lt.contains("Untranslated"),
        "{lt}"
    );
    assert!(stdout(&o).contains("Created content/news/2018-07-02-vasaras-nometne-kopa-2018.lv.md"));

    // The new files build: the lv item is published, the lt draft is not.
    let r = build_ok(site.path());
    let out = &r.built.as_ref().unwrap().output;
    assert!(
        out.get("lv/jaunumi/vasaras-nometne-kopa-2018/index.html")
            .is_some()
    );
    assert!(
        out.get("lt/naujienos/vasaras-nometne-kopa-2018/index.html")
            .is_none()
    );

    // Never overwrite: the second time nothing is written.
    std::fs::write(
        site.path()
            .join("content/news/2018-07-02-vasaras-nometne-kopa-2018.lv.md"),
        "mine",
    )
    .unwrap();
    let o = tilts(&[
        "new",
        "news",
        "Vasaras nometne: “Kopā” 2018",
        "--date",
        "2018-07-02",
        "--root",
        root,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists; nothing was written"));
    assert_eq!(
        std::fs::read_to_string(
            site.path()
                .join("content/news/2018-07-02-vasaras-nometne-kopa-2018.lv.md")
        )
        .unwrap(),
        "mine"
    );
}

#[test]
fn new_news_in_another_language_and_bad_input() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&[
        "new",
        "news",
        "Stovykla",
        "--lang",
        "lt",
        "--date",
        "2018-07-02",
        "--root",
        root,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lv = std::fs::read_to_string(site.path().join("content/news/2018-07-02-stovykla.lv.md"))
        .unwrap();
    assert!(
        lv.contains("draft: true") && lv.contains("from Lithuanian"),
        "{lv}"
    );
    let o = tilts(&["new", "news", "X", "--lang", "de", "--root", root]);
    assert!(stderr(&o).contains("`de` is not one of this site's languages (lv, lt)"));
    let o = tilts(&["new", "news", "X", "--date", "2018-02-30", "--root", root]);
    assert!(stderr(&o).contains("`2018-02-30` is not a date"));
    // Without --date: today's date.
    let o = tilts(&["new", "news", "Šodien", "--root", root]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("-sodien.lv.md"));
}

/// A starter site with one of each problem `check` finds.
fn troubled_site() -> tempfile::TempDir {
    let site = starter();
    let p = site.path();
    write(
        p,
        "content/news/links.lv.md",
        "---\ntitle: Saites\ndate: 2026-02-01\nsummary: Saites un attēli.\n---\n## Sadaļa\n\nSkatiet [šo](#sadala), [nekurieni](/lv/nav-tadas-lapas/),\n[enkuru](#nav-tada) un [lietuviešu ziņu](/lt/naujienos/projektas-prasidejo/).\n\n![](/assets/eu-emblem.svg)\n\n[Sākums](/lv/) un [ārēja](https://example.org/).\n",
    );
    write(
        p,
        "content/news/bad-date.lv.md",
        "---\ntitle: Datums\ndate: 2026-02-30\nsummary: S\n---\n",
    );
    replace_in(
        p,
        "i18n/lv.ftl",
        "back-home = Uz sākumlapu\n",
        "back-home = Uz sākumlapu\nunused-note = Neviens to nelieto\n",
    );
    replace_in(
        p,
        "i18n/lt.ftl",
        "back-home = Į pradžios puslapį\n",
        "back-home = Į pradžios puslapį\nunused-note = Niekas nenaudoja\n",
    );
    replace_in(p, "i18n/lt.ftl", "latest-news = Naujausios žinios\n", "");
    write(
        p,
        "templates/404.html",
        "<!DOCTYPE html>\n<html lang=\"{{ lang }}\"><head><title>404</title></head><body><h1>{{ t(key=\"not-found-title\") }}</h1><p>{{ t(key=\"not-found-text\") }} <a href=\"/\">{{ t(key=\"back-home\") }}</a></p></body></html>\n",
    );
    site
}

#[test]
fn check_reports_one_of_each_problem_grouped_by_file() {
    let site = troubled_site();
    let o = tilts(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_golden("check-report.txt", &stdout(&o));
    assert!(!site.path().join("public").exists(), "check writes nothing");
    // The same report for Latvian and Lithuanian PR staff.
    for lang in ["lv", "lt"] {
        let o = tilts(&[
            "check",
            "--messages",
            lang,
            "--root",
            site.path().to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1));
        assert_golden(&format!("check-report.{lang}.txt"), &stdout(&o));
    }
}

#[test]
fn check_exit_codes() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&["check", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).ends_with("0 errors, 0 warnings\n"),
        "{}",
        stdout(&o)
    );
    write(
        site.path(),
        "content/news/only.lv.md",
        "---\ntitle: Tikai lv\ndate: 2026-02-01\nsummary: S\n---\n",
    );
    assert_eq!(tilts(&["check", "--root", root]).status.code(), Some(0));
    assert_eq!(
        tilts(&["check", "--root", root, "--strict"]).status.code(),
        Some(2)
    );
}

#[test]
fn theme_eject_writes_the_built_in_theme_and_keeps_edited_files() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let before = build_ok(site.path()).built.unwrap().output;
    write(
        site.path(),
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}MINE{% endblock content %}",
    );
    let o = tilts(&["theme", "eject", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Created themes/default/templates/base.html"));
    assert!(stdout(&o).contains("Kept 1 file that was already there"));
    assert!(
        site.path()
            .join("themes/default/static/assets/style.css")
            .is_file()
    );
    assert!(
        std::fs::read_to_string(site.path().join("themes/default/templates/page.html"))
            .unwrap()
            .contains("MINE")
    );
    // The ejected theme builds the same site as the built-in one.
    std::fs::remove_file(site.path().join("themes/default/templates/page.html")).unwrap();
    let o = tilts(&["theme", "eject", "--root", root]);
    assert!(stdout(&o).contains("Created themes/default/templates/page.html"));
    assert_eq!(build_ok(site.path()).built.unwrap().output, before);
}

#[test]
fn a_missing_translation_that_is_a_draft_says_to_translate_it() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&[
        "new",
        "news",
        "Vasaras nometne",
        "--date",
        "2018-07-02",
        "--root",
        root,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let c = tilts(&["check", "--root", root]);
    let report = stdout(&c);
    assert!(
        report.contains("warning: this news item has no version in Lithuanian"),
        "{report}"
    );
    assert!(
        report.contains("hint: content/news/2018-07-02-vasaras-nometne.lt.md is still a draft: translate it, then remove `draft: true`"),
        "{report}"
    );
}

/// Bidirectional overrides and zero-width characters in titles, summaries
/// and names are warned about at their place: they reorder what is shown
/// or make words that look alike differ. The build goes on.
#[test]
fn invisible_characters_in_titles_summaries_and_names_are_warned_about() {
    let site = starter();
    write(
        site.path(),
        "content/news/x.lv.md",
        "---\ntitle: Auce \u{202e}ecuA\nsummary: \"Jel\u{200b}gava \\u2066x\"\ndate: 2026-02-01\n---\nTeksts ar 👩\u{200d}💻.\n",
    );
    replace_in(
        site.path(),
        "content/data/partners.yaml",
        "lv: Partneris Lietuvā",
        "lv: Partneris\u{2060} Lietuvā",
    );
    replace_in(
        site.path(),
        "content/data/project.yaml",
        "lv: Projekta nosaukums",
        "lv: Projekta \u{feff}nosaukums",
    );
    let r = build_ok(site.path());
    let m = messages(&r);
    for (at, char) in [
        ("content/news/x.lv.md:2:13: warning:", "U+202E"),
        ("content/news/x.lv.md:3:14: warning:", "U+200B"),
        ("content/news/x.lv.md:3:20: warning:", "U+2066"),
        ("content/data/partners.yaml:11:", "U+2060"),
        ("content/data/project.yaml:6:", "U+FEFF"),
    ] {
        assert!(
            m.lines().any(|l| l.starts_with(at) && l.contains(char)),
            "{at} {char}:\n{m}"
        );
    }
    // The joiner inside an emoji in the body is left alone.
    assert!(!m.contains("x.lv.md:6:"), "{m}");
}

/// A table column without a heading is a warning at its cell (a screen
/// reader reads the heading out before each value); a picture in raw HTML
/// with `alt=""` is decoration, which is allowed.
#[test]
fn a_table_column_without_a_heading_is_warned_about() {
    let site = starter();
    write(
        site.path(),
        "content/news/tabula.lv.md",
        "---\ntitle: Tabula\ndate: 2026-01-01\nsummary: S\n---\n| Partneris | |\n|---|---|\n| Auce | 91 079,82 |\n\n<img src=\"/assets/eu-emblem.svg\" alt=\"\">\n",
    );
    let m = messages(&build_ok(site.path()));
    assert!(
        m.contains(
            "content/news/tabula.lv.md:6:14: warning: a column of this table has no heading"
        ),
        "{m}"
    );
    assert!(!m.contains("alternative text"), "{m}");
    write(
        site.path(),
        "content/news/tabula.lv.md",
        "---\ntitle: Tabula\ndate: 2026-01-01\nsummary: S\n---\n| Partneris | Summa |\n|---|---|\n| Auce | 91 079,82 |\n",
    );
    assert!(!messages(&build_ok(site.path())).contains("heading"));
}
