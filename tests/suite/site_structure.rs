//! How a site is laid out: translations, pagination, drafts, `init`,
//! output safety and the command line.

use crate::common;

use common::*;

fn news(date: &str, title: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\nsummary: Kopsavilkums.\n---\nTeksts.\n")
}

#[test]
fn an_untranslated_item_switches_to_the_other_home_with_a_note() {
    let site = starter();
    write(
        site.path(),
        "content/news/only-lv.lv.md",
        &news("2026-03-01", "Tikai latviski"),
    );
    let r = build_ok(site.path());
    let lv = page(&r, "lv/jaunumi/tikai-latviski/index.html");
    assert!(lv.contains("<a href=\"/lt/\" lang=\"lt\" hreflang=\"lt\">Lietuvių</a> <span class=\"no-translation\" lang=\"lt\">(vertimo nėra"), "{lv}");
    assert!(lv.contains("hreflang=\"lv\""));
    assert!(!lv.contains("<link rel=\"alternate\" hreflang=\"lt\""));
    assert!(lv.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.eu/lv/jaunumi/tikai-latviski/\">"));
}

#[test]
fn translation_key_pairs_files_with_different_names() {
    let site = starter();
    write(
        site.path(),
        "content/news/a.lv.md",
        "---\ntitle: Latviski\ndate: 2026-03-01\nsummary: S\ntranslation_key: pair\n---\n",
    );
    write(
        site.path(),
        "content/news/b.lt.md",
        "---\ntitle: Lietuviškai\ndate: 2026-03-01\nsummary: S\ntranslation_key: pair\n---\n",
    );
    let r = build_ok(site.path());
    assert!(
        page(&r, "lv/jaunumi/latviski/index.html")
            .contains("<a href=\"/lt/naujienos/lietuviskai/\" lang=\"lt\"")
    );
}

#[test]
fn news_lists_are_paginated_newest_first() {
    let site = starter();
    replace_in(
        site.path(),
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 2",
    );
    for (i, day) in ["01", "02", "03", "04"].iter().enumerate() {
        write(
            site.path(),
            &format!("content/news/n{i}.lv.md"),
            &news(&format!("2026-04-{day}"), &format!("Ziņa {i}")),
        );
    }
    let r = build_ok(site.path());
    let p1 = page(&r, "lv/jaunumi/index.html");
    let p2 = page(&r, "lv/jaunumi/lapa/2/index.html");
    let p3 = page(&r, "lv/jaunumi/lapa/3/index.html");
    assert!(p1.find("Ziņa 3").unwrap() < p1.find("Ziņa 2").unwrap());
    assert!(!p1.contains("Ziņa 1"));
    assert!(p2.contains("Ziņa 1") && p2.contains("Ziņa 0"));
    assert!(p3.contains("Projekts ir sācies"));
    assert!(p1.contains("5 ziņas"));
    assert!(
        p2.contains("rel=\"prev\"") && p2.contains("href=\"/lv/jaunumi/lapa/3/\" rel=\"next\"")
    );
    assert!(p2.contains("2. lapa no 3"));
    // Every page by its number; the current one marked.
    assert!(
        p2.contains("<a href=\"/lv/jaunumi/\" aria-label=\"1. lapa\">1</a>"),
        "{p2}"
    );
    assert!(
        p2.contains(
            "<a href=\"/lv/jaunumi/lapa/2/\" aria-current=\"page\" aria-label=\"2. lapa\">2</a>"
        ),
        "{p2}"
    );
    assert!(
        p2.contains("<a href=\"/lv/jaunumi/lapa/3/\" aria-label=\"3. lapa\">3</a>"),
        "{p2}"
    );
    // lt has one page only; its switcher target for page 3 is its last page.
    assert!(p3.contains("<a href=\"/lt/naujienos/\" lang=\"lt\""));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = starter();
    write(
        site.path(),
        "content/news/d.lv.md",
        "---\ntitle: Melnraksts\ndate: 2026-03-01\nsummary: S\ndraft: true\n---\n",
    );
    let r = build_ok(site.path());
    assert!(
        r.built
            .as_ref()
            .unwrap()
            .output
            .get("lv/jaunumi/melnraksts/index.html")
            .is_none()
    );
    let with = tilts::build(&tilts::BuildOptions {
        drafts: true,
        ..tilts::BuildOptions::new(site.path())
    })
    .unwrap();
    assert!(
        with.built
            .unwrap()
            .output
            .get("lv/jaunumi/melnraksts/index.html")
            .is_some()
    );
}

#[test]
fn base_url_with_a_path_prefixes_every_link() {
    let site = starter();
    let r = tilts::build(&tilts::BuildOptions {
        base_url: Some("https://example.org/projekts/".into()),
        ..tilts::BuildOptions::new(site.path())
    })
    .unwrap();
    let html = page(&r, "lv/index.html");
    assert!(html.contains("href=\"/projekts/assets/style.css\""));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/projekts/lv/\">"));
    assert!(html.contains("<a href=\"/projekts/lt/\" lang=\"lt\""));
}

#[test]
fn init_makes_a_site_that_builds_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    let o = tilts(&["init", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = tilts(&["build", "--root", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Built 20 pages (lv 10, lt 10)"),
        "{}",
        stdout(&o)
    );
    assert!(
        dir.join("public/lt/naujienos/projektas-prasidejo/index.html")
            .exists()
    );

    let o = tilts(&["init", dir.to_str().unwrap()]);
    assert_ne!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("is not empty"));
}

#[test]
fn build_refuses_to_replace_a_folder_it_did_not_make() {
    let site = starter();
    let docs = site.path().join("docs");
    write(site.path(), "docs/notes.txt", "my notes");
    let root = site.path().to_str().unwrap();
    let o = tilts(&["build", "--root", root, "--output", docs.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("was not made by tilts"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(docs.join("notes.txt")).unwrap(),
        "my notes"
    );
    let o = tilts(&[
        "build",
        "--root",
        root,
        "--output",
        docs.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(docs.join("lv/index.html").exists());
}

#[test]
fn site_overrides_replace_default_theme_files() {
    let site = starter();
    write(
        site.path(),
        "static/assets/style.css",
        "body { color: black; }",
    );
    write_bytes(
        site.path(),
        "static/images/photo.jpg",
        &picture(4, 4, image::ImageFormat::Jpeg),
    );
    let r = build_ok(site.path());
    let out = &r.built.as_ref().unwrap().output;
    assert_eq!(
        out.get("assets/style.css").unwrap(),
        b"body { color: black; }"
    );
    // A site photo is published (without metadata) with its sizes.
    let photo = image::load_from_memory(out.get("images/photo.jpg").unwrap()).unwrap();
    assert_eq!((photo.width(), photo.height()), (4, 4));
    assert!(out.get("images/photo.w4.webp").is_some());
}

#[test]
fn programme_logo_slot_shows_the_configured_file() {
    let site = starter();
    replace_in(
        site.path(),
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\nprogramme_logo: /images/programme.svg",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains(
            "content/site.yaml: error: programme_logo: there is no file /images/programme.svg"
        ),
        "{m}"
    );
    write(
        site.path(),
        "static/images/programme.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    let r = build_ok(site.path());
    let html = page(&r, "lt/index.html");
    assert!(html.contains("<img class=\"programme-logo\" src=\"/images/programme.svg\" height=\"40\" alt=\"2021–2027 m. Interreg VI-A Latvijos ir Lietuvos bendradarbiavimo per sieną programa\">"), "{html}");
}

#[test]
fn quiet_and_verbose() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    let o = tilts(&["build", "--root", root, "--quiet"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
    let o = tilts(&["build", "--root", root, "--verbose"]);
    assert!(
        stdout(&o).contains("Rendered 24 pages, reused 0"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("Built 20 pages (lv 10, lt 10)"));
    // Piped output has no colour codes.
    let o = tilts(&["build", "--root", "/nonexistent"]);
    assert!(!stderr(&o).contains('\x1b'));
}

#[test]
fn a_named_theme_overrides_the_default_file_by_file() {
    let site = starter();
    replace_in(
        site.path(),
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\ntheme: custom",
    );
    write(
        site.path(),
        "themes/custom/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Pazudis</h1>{% endblock content %}",
    );
    let r = build_ok(site.path());
    assert!(page(&r, "lv/404.html").contains("<h1>Pazudis</h1>"));
    // Everything else still comes from the built-in default theme.
    assert!(page(&r, "lv/index.html").contains("id=\"eu-funding\""));
    // A theme that does not exist is an error.
    replace_in(
        site.path(),
        "content/site.yaml",
        "theme: custom",
        "theme: nav",
    );
    assert!(messages(&build(site.path())).contains("theme `nav` was not found in themes/"));
}

#[test]
fn the_root_page_is_a_bilingual_chooser_without_a_refresh() {
    let r = build_ok(&example_root());
    let root = page(&r, "index.html");
    assert!(
        !root.contains("http-equiv=\"refresh\""),
        "no automatic refresh"
    );
    for (code, name) in [("lv", "Latviešu"), ("lt", "Lietuvių")] {
        assert!(
            root.contains(&format!(
                "<a href=\"/{code}/\" lang=\"{code}\" hreflang=\"{code}\" data-language=\"{code}\">{name}</a>"
            )),
            "a link to /{code}/: {root}"
        );
        assert!(root.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"{code}\" href=\"https://socquality.example.eu/{code}/\">"
        )));
    }
    assert!(root.contains(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://socquality.example.eu/\">"
    ));
    // The EU block and the disclaimer in both languages.
    assert_eq!(root.matches("id=\"eu-funding\"").count(), 1);
    for words in [
        "Eiropas Reģionālās attīstības fonds",
        "Europos regioninės plėtros fondas",
        "Par tās saturu atbild projekta partneri",
        "Už jos turinį atsako projekto partneriai ir jis",
    ] {
        assert!(root.contains(words), "{words}");
    }
    assert!(root.contains("/assets/language-choice.js"));
    // /404.html, which hosts show for any missing address, speaks both
    // languages and sends nobody anywhere by itself.
    let not_found = page(&r, "404.html");
    for words in [
        "Lapa nav atrasta",
        "Puslapis nerastas",
        "<a href=\"/lv/\" hreflang=\"lv\">",
        "<a href=\"/lt/\" hreflang=\"lt\">",
    ] {
        assert!(not_found.contains(words), "{words}: {not_found}");
    }
    assert!(!not_found.contains("language-choice.js") && !not_found.contains("rel=\"canonical\""));
    assert_eq!(not_found.matches("id=\"eu-funding\"").count(), 1);
    assert!(page(&r, "assets/language-choice.js").contains("localStorage"));
}
