//! Rebuilds reuse parsed files and rendered pages whose inputs did not
//! change, and always give the same bytes as a clean build.

use crate::common;

use common::*;
use tilts::{BuildCache, BuildOptions, build_incremental, build_incremental_with};

const ITEM: &str = "content/news/2018-05-21-auce-projekta.lv.md";

fn incremental(root: &std::path::Path, cache: &mut BuildCache) -> tilts::builder::Built {
    let r = build_incremental(&BuildOptions::new(root), cache).unwrap();
    r.built.expect("build succeeded")
}

#[test]
fn editing_one_body_rerenders_one_page_and_matches_a_clean_build() {
    let site = example_copy();
    let mut cache = BuildCache::default();
    let first = incremental(site.path(), &mut cache);
    assert_eq!(first.render_stats.reused, 0);

    let again = incremental(site.path(), &mut cache);
    assert_eq!(again.render_stats.rendered, 0, "nothing changed");
    assert_eq!(again.output, first.output);

    replace_in(
        site.path(),
        ITEM,
        "Kāpēc šāds projekts",
        "Kāpēc tieši šāds projekts",
    );
    let edited = incremental(site.path(), &mut cache);
    assert_eq!(
        edited.render_stats.rendered, 4,
        "the item, the feed and its two topics' feeds show its body"
    );
    let clean = build_ok(site.path()).built.unwrap();
    assert_eq!(edited.output, clean.output);
    assert!(
        page_of(
            &edited,
            "lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/index.html"
        )
        .contains("Kāpēc tieši šāds projekts")
    );
}

#[test]
fn editing_a_title_rerenders_its_dependents_and_matches_a_clean_build() {
    let site = example_copy();
    let mut cache = BuildCache::default();
    let first = incremental(site.path(), &mut cache);
    replace_in(
        site.path(),
        ITEM,
        "title: Auces novads piedalās",
        "title: Auces novads iesaistās",
    );
    let edited = incremental(site.path(), &mut cache);
    let clean = build_ok(site.path()).built.unwrap();
    assert_eq!(edited.output, clean.output);
    // The item (new URL), its translation (switcher), the lv home, news
    // list and feed, its two topic pages and their feeds, and the topic index.
    assert_eq!(
        edited.render_stats.rendered, 10,
        "{:?}",
        edited.render_stats
    );
    assert!(edited.render_stats.reused > 25);
    assert_ne!(edited.output, first.output);
}

/// A rebuild with a listener for the pages made before the rest: the
/// result, and what the listener was told (path and text of each page).
fn with_early_pages(
    root: &std::path::Path,
    cache: &mut BuildCache,
) -> (tilts::BuildResult, Option<Vec<(String, String)>>) {
    let told = std::cell::RefCell::new(None);
    let ready = |pages: Vec<(std::sync::Arc<str>, bytes::Bytes)>| {
        let pages = pages
            .into_iter()
            .map(|(p, b)| (p.to_string(), String::from_utf8(b.to_vec()).unwrap()))
            .collect();
        assert!(told.replace(Some(pages)).is_none(), "told once");
    };
    let result = build_incremental_with(&BuildOptions::new(root), cache, Some(&ready)).unwrap();
    (result, told.into_inner())
}

#[test]
fn the_pages_made_afresh_are_told_before_the_rest_of_the_build() {
    let site = example_copy();
    let mut cache = BuildCache::default();
    let (first, told) = with_early_pages(site.path(), &mut cache);
    let first = first.built.expect("builds");
    let told = told.expect("the first build tells its pages");
    assert_eq!(told.len(), first.render_stats.rendered);
    // Pages only: the search index and the sitemap come after.
    assert!(told.iter().all(|(p, _)| !p.contains("/search/")));
    assert!(!told.iter().any(|(p, _)| p == "sitemap.xml"));
    // Nothing changed, nothing new to show.
    let (again, told) = with_early_pages(site.path(), &mut cache);
    assert_eq!(again.built.expect("builds").render_stats.rendered, 0);
    assert!(told.is_none(), "no pages to show");

    replace_in(
        site.path(),
        ITEM,
        "Kāpēc šāds projekts",
        "Kāpēc tieši šāds projekts",
    );
    let (edited, told) = with_early_pages(site.path(), &mut cache);
    let edited = edited.built.expect("builds");
    let told = told.expect("told");
    let page = "lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/index.html";
    let mut paths: Vec<&str> = told.iter().map(|(p, _)| p.as_str()).collect();
    paths.sort();
    assert_eq!(paths.len(), edited.render_stats.rendered, "{paths:?}");
    assert!(paths.contains(&page), "{paths:?}");
    let (_, early) = told.iter().find(|(p, _)| p == page).unwrap();
    assert!(early.contains("Kāpēc tieši šāds projekts"));
    assert_eq!(early.as_bytes(), edited.output.get(page).unwrap());

    // A mistake in the sources: nothing is shown early.
    replace_in(site.path(), ITEM, "date: 2018-05-21", "date: 2018-13-45");
    let (failed, told) = with_early_pages(site.path(), &mut cache);
    assert!(failed.built.is_none());
    assert!(told.is_none(), "no pages from a build with errors");
}

#[test]
fn a_failed_build_keeps_the_cache_of_the_last_good_one() {
    let site = example_copy();
    let mut cache = BuildCache::default();
    let first = incremental(site.path(), &mut cache);
    replace_in(site.path(), ITEM, "date: 2018-05-21", "date: 2018-13-45");
    let failed = build_incremental(&BuildOptions::new(site.path()), &mut cache).unwrap();
    assert!(failed.built.is_none());
    replace_in(site.path(), ITEM, "date: 2018-13-45", "date: 2018-05-21");
    let fixed = incremental(site.path(), &mut cache);
    assert_eq!(fixed.render_stats.rendered, 0);
    assert_eq!(fixed.output, first.output);
}

#[test]
fn template_and_string_changes_invalidate_every_page() {
    let site = example_copy();
    let mut cache = BuildCache::default();
    let first = incremental(site.path(), &mut cache);
    replace_in(
        site.path(),
        "i18n/lv.ftl",
        "nav-home = Sākums",
        "nav-home = Sākumlapa",
    );
    let edited = incremental(site.path(), &mut cache);
    assert_eq!(edited.render_stats.reused, 0);
    assert_eq!(edited.render_stats.rendered, first.render_stats.rendered);
    assert_eq!(edited.output, build_ok(site.path()).built.unwrap().output);
}

fn page_of(built: &tilts::builder::Built, path: &str) -> String {
    String::from_utf8(built.output.get(path).unwrap().to_vec()).unwrap()
}

/// One edit of a site file, as a webmaster would make it in `serve`.
enum Edit {
    Replace(&'static str, &'static str, &'static str),
    Write(&'static str, &'static str),
    Remove(&'static str),
    /// A real JPEG of this width and height.
    Photo(&'static str, u32, u32),
}

const NEW_ITEM: &str = "---
title: Jauna ziņa par projektu
date: 2018-06-01
summary: Īsa jauna ziņa.
event:
  start: 2030-05-01T10:00
  timezone: Europe/Riga
  location: Auce
---
Jaunās ziņas teksts.
";

/// Edits of every kind of input, in order: each one is followed by an
/// incremental build that must equal a clean build of the same files.
const EDITS: &[(&str, Edit)] = &[
    (
        "body",
        Edit::Replace(ITEM, "Kāpēc šāds projekts", "Kāpēc tieši šāds projekts"),
    ),
    (
        "title",
        Edit::Replace(ITEM, "title: Auces novads piedalās", "title: Auce piedalās"),
    ),
    (
        "date",
        Edit::Replace(ITEM, "date: 2018-05-21", "date: 2018-05-10"),
    ),
    (
        "date with a time",
        Edit::Replace(ITEM, "date: 2018-05-10", "date: 2018-05-10T09:15"),
    ),
    (
        "RFC 3339 date",
        Edit::Replace(
            ITEM,
            "date: 2018-05-10T09:15",
            "date: 2018-05-10T09:15:00+02:00",
        ),
    ),
    (
        "updated",
        Edit::Replace(
            ITEM,
            "translation_key: auce-projekta",
            "updated: 2018-06-02T12:00\ntranslation_key: auce-projekta",
        ),
    ),
    (
        "future item",
        Edit::Write("content/news/2031-01-04-nakotne.lv.md", FUTURE_ITEM),
    ),
    (
        "future item's date",
        Edit::Replace(
            "content/news/2031-01-04-nakotne.lv.md",
            "date: 2031-01-04T08:00",
            "date: 2031-01-05T08:00",
        ),
    ),
    (
        "summary",
        Edit::Replace(
            ITEM,
            "summary: Auces novada",
            "summary: Šoreiz Auces novada",
        ),
    ),
    (
        "new item",
        Edit::Write("content/news/2018-06-01-jauna.lv.md", NEW_ITEM),
    ),
    (
        "menu page title",
        Edit::Replace(
            "content/pages/about.lv.md",
            "title: Par projektu",
            "title: Par SocQuality",
        ),
    ),
    (
        "translation key",
        Edit::Replace(
            ITEM,
            "translation_key: auce-projekta",
            "translation_key: cits",
        ),
    ),
    (
        "removed item",
        Edit::Remove("content/news/2018-06-01-jauna.lv.md"),
    ),
    (
        "data",
        Edit::Replace("content/data/project.yaml", "LLI-317", "LLI-318"),
    ),
    (
        "UI string",
        Edit::Replace("i18n/lt.ftl", "nav-home = ", "nav-home = Pradžia "),
    ),
    (
        "event",
        Edit::Replace(
            KICKOFF,
            "location: Jelgavas reģionālais",
            "location: Jelgavas pilsētas",
        ),
    ),
    (
        "draft flag",
        Edit::Replace(
            KICKOFF,
            "translation_key: projekta-sakums",
            "draft: true\ntranslation_key: projekta-sakums",
        ),
    ),
    (
        "draft flag removed",
        Edit::Replace(KICKOFF, "draft: true\n", ""),
    ),
    (
        "site.yaml",
        Edit::Replace(
            "content/site.yaml",
            "title: SocQuality – sociālie pakalpojumi tuvāk cilvēkiem",
            "title: SocQuality – pakalpojumi tuvāk cilvēkiem",
        ),
    ),
    (
        "template",
        Edit::Write(
            "templates/page.html",
            "{% extends \"base.html\" %}{% block title %}{{ page.title }}{% endblock title %}{% block content %}<article><h1>{{ page.title }}</h1>Lapa.</article>{% endblock content %}",
        ),
    ),
    (
        "static file",
        Edit::Write("static/files/plans.txt", "Plāns.\n"),
    ),
    (
        "static file changed",
        Edit::Write("static/files/plans.txt", "Jauns plāns.\n"),
    ),
    (
        "a photo",
        Edit::Photo("static/images/kickoff.jpg", 800, 600),
    ),
    (
        "an item showing the photo",
        Edit::Replace(
            KICKOFF,
            "translation_key:",
            "image: /images/kickoff.jpg\nimage_alt: Sanāksme Jelgavā\ntranslation_key:",
        ),
    ),
    (
        "the photo in the text too",
        Edit::Replace(
            KICKOFF,
            "## Par projektu\n",
            "![Sanāksme](/images/kickoff.jpg)\n\n## Par projektu\n",
        ),
    ),
    (
        "the photo changed",
        Edit::Photo("static/images/kickoff.jpg", 1000, 500),
    ),
    (
        "a gallery folder's photo",
        Edit::Photo("static/photos/sanaksme/galds.jpg", 900, 600),
    ),
    (
        "its captions",
        Edit::Write(
            "static/photos/sanaksme/captions.lv.yaml",
            "galds.jpg:\n  alt: Partneri pie galda\n",
        ),
    ),
    (
        "an item showing the folder as its gallery",
        Edit::Replace(
            KICKOFF,
            "translation_key:",
            "gallery: photos/sanaksme\ntranslation_key:",
        ),
    ),
    (
        "a caption changed",
        Edit::Write(
            "static/photos/sanaksme/captions.lv.yaml",
            "galds.jpg:\n  alt: Partneri pie gara galda\n  caption: Sanāksme Jelgavā\n",
        ),
    ),
    (
        "the gallery's photo changed",
        Edit::Photo("static/photos/sanaksme/galds.jpg", 1200, 800),
    ),
    (
        "topics of an item",
        Edit::Replace(
            ITEM,
            "tags: [infrastruktura, pakalpojumi]",
            "tags: [projekta-darbs]",
        ),
    ),
    (
        "a topic's name",
        Edit::Replace(
            "content/data/tags.yaml",
            "lv: Projekta darbs",
            "lv: Darbs projektā",
        ),
    ),
    (
        "a new topic",
        Edit::Replace(
            "content/data/tags.yaml",
            "tags:\n",
            "tags:\n  - id: jauniesi\n    name: { lv: Jaunieši, lt: Jaunimas }\n",
        ),
    ),
    (
        "an unknown topic",
        Edit::Replace(
            ITEM,
            "tags: [projekta-darbs]",
            "tags: [projekta-darbs, nav-tadas]",
        ),
    ),
    (
        "menu label",
        Edit::Replace(
            "content/pages/about.lv.md",
            "title: Par SocQuality",
            "title: Par SocQuality\nmenu_title: Par mums",
        ),
    ),
    (
        "page in a folder",
        Edit::Write(
            "content/pages/projekts/komanda.lv.md",
            "---\ntitle: Komanda\nmenu: 3\n---\nTeksts.\n",
        ),
    ),
    (
        "aliases",
        Edit::Replace(
            KICKOFF,
            "translation_key: projekta-sakums",
            "aliases: [vecais, /zinas/1.html]\ntranslation_key: projekta-sakums",
        ),
    ),
    (
        "aliases changed",
        Edit::Replace(
            KICKOFF,
            "aliases: [vecais, /zinas/1.html]",
            "aliases: [vecais]",
        ),
    ),
    (
        "expires",
        Edit::Replace(
            KICKOFF,
            "translation_key: projekta-sakums",
            "expires: 2019-01-01\ntranslation_key: projekta-sakums",
        ),
    ),
    (
        "expires removed",
        Edit::Replace(KICKOFF, "expires: 2019-01-01\n", ""),
    ),
];

const FUTURE_ITEM: &str = "---
title: Nākotnes ziņa
date: 2031-01-04T08:00
summary: Ziņa, kas vēl nav publicēta.
---
Teksts.
";

const KICKOFF: &str = "content/news/2018-05-15-projekta-sakums.lv.md";

fn apply(root: &std::path::Path, edit: &Edit) -> &'static str {
    match *edit {
        Edit::Replace(file, from, to) => {
            replace_in(root, file, from, to);
            file
        }
        Edit::Write(file, text) => {
            write(root, file, text);
            file
        }
        Edit::Remove(file) => {
            std::fs::remove_file(root.join(file)).unwrap();
            file
        }
        Edit::Photo(file, w, h) => {
            write_bytes(root, file, &picture(w, h, image::ImageFormat::Jpeg));
            file
        }
    }
}

/// With `future`, as `serve` builds: scheduled items are on the site, marked.
fn every_edit_matches_a_clean_build(watched: bool, future: bool) {
    let site = example_copy();
    let mut cache = if watched {
        BuildCache::watched()
    } else {
        BuildCache::default()
    };
    let options = BuildOptions {
        future,
        ..BuildOptions::new(site.path())
    };
    let incremental = |_: &std::path::Path, cache: &mut BuildCache| {
        build_incremental(&options, cache)
            .unwrap()
            .built
            .expect("build succeeded")
    };
    let build_ok = |_: &std::path::Path| tilts::build(&options).unwrap();
    incremental(site.path(), &mut cache);
    for (name, edit) in EDITS {
        let file = apply(site.path(), edit);
        if watched {
            // As the watcher reports it: an absolute path.
            cache.note_changes(site.path(), &[site.path().join(file)]);
        }
        let edited = incremental(site.path(), &mut cache);
        let clean = build_ok(site.path()).built.unwrap();
        let differing: Vec<&str> = clean
            .output
            .files()
            .filter(|(path, bytes)| edited.output.get(path) != Some(*bytes))
            .map(|(path, _)| path)
            .collect();
        assert!(
            differing.is_empty() && edited.output.len() == clean.output.len(),
            "after the {name} edit (watched: {watched}), these differ from a clean build: {differing:?}"
        );
    }
}

#[test]
fn every_kind_of_edit_matches_a_clean_build() {
    every_edit_matches_a_clean_build(false, false);
}

#[test]
fn every_kind_of_edit_matches_a_clean_build_when_the_watcher_names_the_files() {
    every_edit_matches_a_clean_build(true, false);
}

#[test]
fn every_kind_of_edit_matches_a_clean_build_with_scheduled_items_shown() {
    every_edit_matches_a_clean_build(true, true);
}

#[test]
fn a_watched_cache_reads_only_the_files_it_is_told_about() {
    let site = example_copy();
    let mut cache = BuildCache::watched();
    incremental(site.path(), &mut cache);
    // Changed behind the watcher's back: not read, the old page stays…
    replace_in(
        site.path(),
        ITEM,
        "Kāpēc šāds projekts",
        "Kāpēc tieši šāds projekts",
    );
    let unseen = incremental(site.path(), &mut cache);
    let item = "lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/index.html";
    assert!(!page_of(&unseen, item).contains("tieši"));
    // …until it is named, or the watcher asks for a rescan (the root).
    cache.note_changes(site.path(), &[site.path().to_path_buf()]);
    let rescanned = incremental(site.path(), &mut cache);
    assert!(page_of(&rescanned, item).contains("tieši"));
}

#[test]
fn a_watched_cache_remembers_changes_across_a_failed_build() {
    let site = example_copy();
    let mut cache = BuildCache::watched();
    incremental(site.path(), &mut cache);
    replace_in(site.path(), ITEM, "date: 2018-05-21", "date: 2018-13-45");
    cache.note_changes(site.path(), &[site.path().join(ITEM)]);
    let failed = build_incremental(&BuildOptions::new(site.path()), &mut cache).unwrap();
    assert!(failed.built.is_none());
    // The next save is of another file; the broken one must still be read.
    replace_in(
        site.path(),
        "content/pages/about.lv.md",
        "Par projektu",
        "Par SocQuality",
    );
    cache.note_changes(
        site.path(),
        &[site.path().join("content/pages/about.lv.md")],
    );
    let again = build_incremental(&BuildOptions::new(site.path()), &mut cache).unwrap();
    assert!(again.built.is_none(), "the broken date is still reported");
}
