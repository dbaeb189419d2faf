//! Topics: `tags:` in front matter, names and addresses per language in
//! `content/data/tags.yaml`, a page, a paginated list and a feed per topic,
//! an index with plural-correct counts, and the language switcher between
//! the same topic in both languages.

use crate::common;

use common::*;

const TAGS: &str = "tags:\n  - id: jauniesi\n    name: { lv: Jaunieši, lt: Jaunimas }\n  - id: seniori\n    name: { lv: Seniori, lt: Senjorai }\n    slug: { lv: senioriem, lt: senjorams }\n";

fn item(title: &str, date: &str, tags: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\nsummary: {title}.\ntags: {tags}\n---\nTeksts.\n")
}

/// A starter site with `n_lv` Latvian and `n_lt` Lithuanian items about
/// young people, one Latvian item about seniors.
fn site_with_topics(n_lv: usize, n_lt: usize) -> tempfile::TempDir {
    let site = starter();
    let p = site.path();
    write(p, "content/data/tags.yaml", TAGS);
    for i in 0..n_lv.max(n_lt) {
        let date = format!("2025-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
        if i < n_lv {
            write(
                p,
                &format!("content/news/j{i}.lv.md"),
                &item(&format!("Jauniešu ziņa {i}"), &date, "[jauniesi]"),
            );
        }
        if i < n_lt {
            write(
                p,
                &format!("content/news/j{i}.lt.md"),
                &item(&format!("Jaunimo naujiena {i}"), &date, "[jauniesi]"),
            );
        }
    }
    write(
        p,
        "content/news/s.lv.md",
        &item("Senioru ziņa", "2025-06-01", "[seniori, jauniesi]"),
    );
    site
}

#[test]
fn topic_pages_in_each_language_link_to_each_other() {
    let site = site_with_topics(3, 2);
    let r = build_ok(site.path());
    let lv = page(&r, "lv/temas/jauniesi/index.html");
    assert!(lv.contains("<h1>Tēma: Jaunieši</h1>"), "{lv}");
    assert!(lv.contains("Senioru ziņa") && lv.contains("Jauniešu ziņa 2"));
    // The switcher and hreflang lead to the same topic in Lithuanian.
    assert!(
        lv.contains("<a href=\"/lt/temos/jaunimas/\" lang=\"lt\" hreflang=\"lt\">"),
        "{lv}"
    );
    assert!(lv.contains("hreflang=\"lt\" href=\"https://example.eu/lt/temos/jaunimas/\""));
    // A topic with its own address per language; none in Lithuanian: no page,
    // and the Latvian page's switcher leads to the Lithuanian home.
    let seniors = page(&r, "lv/temas/senioriem/index.html");
    assert!(seniors.contains("<h1>Tēma: Seniori</h1>"));
    assert!(
        r.built
            .as_ref()
            .unwrap()
            .output
            .get("lt/temos/senjorams/index.html")
            .is_none()
    );
    // Items show their topics, linked.
    let item = page(&r, "lv/jaunumi/senioru-zina/index.html");
    assert!(item.contains("Tēmas: <a href=\"/lv/temas/senioriem/\">Seniori</a>, <a href=\"/lv/temas/jauniesi/\">Jaunieši</a>"), "{item}");
    // The news list leads to the topics.
    assert!(page(&r, "lv/jaunumi/index.html").contains("<a href=\"/lv/temas/\">Tēmas</a>"));
}

#[test]
fn the_index_counts_with_the_plural_forms_of_each_language() {
    let site = site_with_topics(20, 22);
    let r = build_ok(site.path());
    let lv = page(&r, "lv/temas/index.html");
    // 20 + the seniors item = 21 Latvian items: "21 ziņa" (CLDR: one).
    assert!(
        lv.contains(
            "<a href=\"/lv/temas/jauniesi/\">Jaunieši</a> <span class=\"meta\">(21 ziņa)</span>"
        ),
        "{lv}"
    );
    assert!(lv.contains("(1 ziņa)"));
    let lt = page(&r, "lt/temos/index.html");
    assert!(lt.contains("<a href=\"/lt/temos/jaunimas/\">Jaunimas</a> <span class=\"meta\">(22 naujienos)</span>"), "{lt}");
    assert!(!lt.contains("Senjorai"), "no Lithuanian item has it");
}

#[test]
fn topic_lists_are_paginated_and_have_a_feed() {
    let site = site_with_topics(12, 0);
    let r = build_ok(site.path());
    // Ten per page (the starter's news_per_page): 13 items, two pages.
    let first = page(&r, "lv/temas/jauniesi/index.html");
    assert!(
        first.contains("rel=\"next\"") && first.contains("href=\"/lv/temas/jauniesi/lapa/2/\""),
        "{first}"
    );
    let second = page(&r, "lv/temas/jauniesi/lapa/2/index.html");
    assert!(second.contains("rel=\"prev\""));
    assert_eq!(second.matches("<li><h2>").count(), 3);
    let feed = page(&r, "lv/temas/jauniesi/atom.xml");
    let doc = roxmltree::Document::parse(&feed).expect("well-formed XML");
    let entries = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .count();
    assert_eq!(entries, 13);
    assert!(
        feed.contains("<title>Mūsu projekts – Jaunieši</title>"),
        "{feed}"
    );
    assert!(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.eu/lv/temas/jauniesi/\"/>"));
    assert!(first.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Jaunieši\" href=\"/lv/temas/jauniesi/atom.xml\">"));
    // Topic pages are in the sitemap; feeds are not.
    let sitemap = page(&r, "sitemap.xml");
    assert!(
        sitemap.contains("https://example.eu/lv/temas/jauniesi/lapa/2/")
            && !sitemap.contains("atom.xml")
    );
}

#[test]
fn check_reports_unknown_topics_and_mistakes_in_tags_yaml() {
    let site = site_with_topics(1, 1);
    let p = site.path();
    write(
        p,
        "content/news/x.lv.md",
        &item("Cita ziņa", "2025-07-01", "[jauniesi, jaunieshi]"),
    );
    let m = messages(&build(p));
    assert!(
        m.contains("content/news/x.lv.md:5:18: warning: `jaunieshi` is not a topic of content/data/tags.yaml"),
        "{m}"
    );
    write(
        p,
        "content/data/tags.yaml",
        &format!("{TAGS}  - id: jauniesi\n    name: {{ lv: Jaunatne, lt: Jaunimas }}\n"),
    );
    let m = messages(&build(p));
    assert!(
        m.contains("content/data/tags.yaml:7:9: error: the topic id `jauniesi` is used twice"),
        "{m}"
    );
    write(
        p,
        "content/data/tags.yaml",
        "tags:\n  - id: a\n    name: { lv: Ā }\n",
    );
    let m = messages(&build(p));
    assert!(
        m.contains(
            "content/data/tags.yaml:3:11: error: the name of topic `a` has no text in Lithuanian"
        ),
        "{m}"
    );
}
