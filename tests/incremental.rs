//! Rebuilds reuse parsed files and rendered pages whose inputs did not
//! change, and always give the same bytes as a clean build.

mod common;

use common::*;
use tilts::{BuildCache, BuildOptions, build_incremental};

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
        edited.render_stats.rendered, 2,
        "the item and the feed show its body"
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
    // The item (new URL), its translation (switcher), the lv home, news list and feed.
    assert_eq!(edited.render_stats.rendered, 5, "{:?}", edited.render_stats);
    assert!(edited.render_stats.reused > 10);
    assert_ne!(edited.output, first.output);
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
