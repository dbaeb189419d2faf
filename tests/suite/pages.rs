//! Pages: `tilts new page`, folders as nested addresses, menu order and
//! labels per language, pages in one language only, and language versions
//! that must agree.

use crate::common;

use common::*;

#[test]
fn new_page_in_a_folder_in_every_language() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let new_page = [
        "new",
        "page",
        "Mūsu partneri",
        "--folder",
        "projekts",
        "--root",
        root,
    ];
    let o = tilts(&new_page);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Created content/pages/projekts/musu-partneri.lv.md"));
    let lv = std::fs::read_to_string(
        site.path()
            .join("content/pages/projekts/musu-partneri.lv.md"),
    )
    .unwrap();
    assert!(
        lv.contains("title: \"Mūsu partneri\"\n") && lv.contains("\nslug: musu-partneri\n"),
        "{lv}"
    );
    assert!(lv.contains("# menu: 5"));
    let lt = std::fs::read_to_string(
        site.path()
            .join("content/pages/projekts/musu-partneri.lt.md"),
    )
    .unwrap();
    assert!(
        lt.contains("draft: true") && lt.contains("Untranslated"),
        "{lt}"
    );
    let r = build_ok(site.path());
    assert!(page(&r, "lv/projekts/musu-partneri/index.html").contains("<h1>Mūsu partneri</h1>"));
    // The untranslated draft is named in check's hint.
    assert!(
        messages(&r).contains("hint: content/pages/projekts/musu-partneri.lt.md is still a draft"),
        "{}",
        messages(&r)
    );
    assert!(
        r.built
            .unwrap()
            .output
            .get("lt/projekts/musu-partneri/index.html")
            .is_none()
    );
    // Never overwritten; a folder that cannot be an address is refused.
    let o = tilts(&new_page);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists; nothing was written"));
    let o = tilts(&["new", "page", "X", "--folder", "Projekts Ā", "--root", root]);
    assert!(
        stderr(&o).contains("cannot be part of a web address"),
        "{}",
        stderr(&o)
    );
}

fn page_file(title: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\n{extra}---\nTeksts.\n")
}

#[test]
fn folders_nest_addresses_and_pair_translations_and_the_menu_follows_each_language() {
    let site = starter();
    let p = site.path();
    write(
        p,
        "content/pages/projekts/komanda.lv.md",
        &page_file(
            "Projekta komanda",
            "slug: komanda\nmenu: 2\nmenu_title: Komanda\n",
        ),
    );
    write(
        p,
        "content/pages/projekts/komanda.lt.md",
        &page_file("Projekto komanda", "slug: komanda\nmenu: 1\n"),
    );
    write(
        p,
        "content/pages/kontakti.lv.md",
        &page_file("Kontakti", "menu: 1\n"),
    );
    write(
        p,
        "content/pages/kontakti.lt.md",
        &page_file("Kontaktai", "menu: 2\n"),
    );
    let r = build_ok(p);
    let lv = page(&r, "lv/projekts/komanda/index.html");
    // The switcher leads to the same page in Lithuanian.
    assert!(
        lv.contains("href=\"/lt/projekts/komanda/\" lang=\"lt\""),
        "{lv}"
    );
    let nav = |html: &str| {
        let start = html.find("main-nav").unwrap();
        html[start..start + html[start..].find("</nav>").unwrap()].to_string()
    };
    let (lv_nav, lt_nav) = (nav(&lv), nav(&page(&r, "lt/index.html")));
    // Latvian: Kontakti (1) before Komanda (2), shown by its menu_title.
    assert!(
        lv_nav.find(">Kontakti<").unwrap() < lv_nav.find(">Komanda<").unwrap(),
        "{lv_nav}"
    );
    assert!(!lv_nav.contains("Projekta komanda"));
    // Lithuanian: its own order, and the title as the label.
    assert!(
        lt_nav.find(">Projekto komanda<").unwrap() < lt_nav.find(">Kontaktai<").unwrap(),
        "{lt_nav}"
    );
    // A folder that cannot be an address is an error naming the file.
    write(p, "content/pages/Mūsu darbi/x.lv.md", &page_file("X", ""));
    let m = messages(&build(p));
    assert!(m.contains("content/pages/Mūsu darbi/x.lv.md: error: the folder `Mūsu darbi` cannot be part of a web address"), "{m}");
}

#[test]
fn check_reports_a_page_in_one_language_and_versions_that_disagree() {
    let site = starter();
    let p = site.path();
    write(
        p,
        "content/pages/kontakti.lv.md",
        &page_file("Kontakti", ""),
    );
    replace_in(
        p,
        "content/news/first.lt.md",
        "date: 2026-01-15",
        "date: 2026-01-16",
    );
    let m = messages(&build(p));
    assert!(
        m.contains("content/pages/kontakti.lv.md: warning: this page has no version in Lithuanian"),
        "{m}"
    );
    assert!(
        m.contains("content/news/first.lt.md: warning: the date differs from the version in Latvian: 2026-01-15 there, 2026-01-16 here"),
        "{m}"
    );
    assert!(
        m.contains("hint: it must be the same in every language version; correct this file or content/news/first.lv.md"),
        "{m}"
    );
    // Event times and images too.
    let event = |start: &str| {
        format!("event:\n  start: {start}\n  timezone: Europe/Riga\n  location: Auce\n")
    };
    replace_in(
        p,
        "content/news/first.lt.md",
        "date: 2026-01-16",
        &format!("date: 2026-01-15\n{}", event("2026-02-01T10:00")),
    );
    replace_in(
        p,
        "content/news/first.lv.md",
        "date: 2026-01-15",
        &format!("date: 2026-01-15\n{}", event("2026-02-01T11:00")),
    );
    let m = messages(&build(p));
    assert!(
        m.contains("content/news/first.lt.md: warning: the event's time differs from the version in Latvian: 2026-02-01 11:00 (Europe/Riga) there, 2026-02-01 10:00 (Europe/Riga) here"),
        "{m}"
    );
    assert!(!m.contains("the date differs"), "{m}");
    replace_in(
        p,
        "content/news/first.lv.md",
        "date: 2026-01-15",
        "image: /assets/eu-emblem.svg\nimage_alt: ES karogs\ndate: 2026-01-15",
    );
    let m = messages(&build(p));
    assert!(
        m.contains("content/news/first.lt.md: warning: the image differs from the version in Latvian: /assets/eu-emblem.svg there, — here"),
        "{m}"
    );
}
