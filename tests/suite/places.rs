//! Messages at the right place, all at once, without cascades (#32 item
//! 4): a missing field at the key of its mapping, tabs named wherever they
//! are, every front-matter problem of a file in one run, no findings that
//! only follow from a data file or a content file that could not be read.

use crate::common;

use common::*;

const NEWS: &str = "content/news/x.lv.md";

/// The starter site with `text` written at `rel`, built; its messages.
fn built_with(rel: &str, text: &str) -> String {
    let site = starter();
    write(site.path(), rel, text);
    messages(&build(site.path()))
}

#[test]
fn a_missing_field_of_an_event_is_reported_at_the_event_key() {
    let m = built_with(
        NEWS,
        "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nevent:\n  start: 2026-02-01T10:00\n  end: 2026-02-01T12:00\n---\nT\n",
    );
    assert!(
        m.contains(&format!(
            "{NEWS}:5:1: error: the field `location` is missing here"
        )),
        "{m}"
    );
    // Written on one line, the same place.
    let m = built_with(
        NEWS,
        "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nevent: {start: 2026-02-01T10:00}\n---\nT\n",
    );
    assert!(
        m.contains(&format!(
            "{NEWS}:5:1: error: the field `location` is missing here"
        )),
        "{m}"
    );
    // A partner without its town: at the `-` of its entry.
    let site = starter();
    replace_in(
        site.path(),
        "content/data/partners.yaml",
        "    town:",
        "    # town:",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/data/partners.yaml:2:3: error: the field `town` is missing here"),
        "{m}"
    );
}

#[test]
fn an_event_without_a_time_zone_is_in_the_sites_zone() {
    let site = starter();
    write(
        site.path(),
        NEWS,
        "---\ntitle: Pasākums\ndate: 2026-01-01\nsummary: S\nevent:\n  start: 2026-07-01T10:00\n  location: Auce\n---\nT\n",
    );
    replace_in(
        site.path(),
        "content/site.yaml",
        "default_language: lv\n",
        "default_language: lv\ntimezone: Europe/Vilnius\n",
    );
    let r = build_ok(site.path());
    let m = messages(&r);
    assert!(!m.contains("timezone"), "{m}");
    // 10:00 in Vilnius in July is 07:00 UTC.
    let ics = page(&r, "lv/jaunumi/pasakums/event.ics");
    assert!(ics.contains("DTSTART:20260701T070000Z"), "{ics}");
}

#[test]
fn a_tab_after_a_key_is_named_as_a_tab() {
    let m = built_with(
        NEWS,
        "---\ntitle: A\ndate: 2026-01-01\nsummary: S\ntags:\t- jauniesi\n---\nT\n",
    );
    assert!(
        m.contains(&format!(
            "{NEWS}:5:6: error: there is a tab after `tags:`, which YAML cannot read here"
        )),
        "{m}"
    );
    assert!(m.contains("replace the tab with a space"), "{m}");
    // A tab after a key that YAML reads is no mistake; the line below,
    // indented with a tab, is.
    let m = built_with(
        NEWS,
        "---\ntitle:\tA\n\tdate: 2026-01-01\nsummary: S\n---\nT\n",
    );
    assert!(
        m.contains(&format!(
            "{NEWS}:3:1: error: a tab is used for indentation here"
        )),
        "{m}"
    );
    assert!(!m.contains("not a `key: value` field"), "{m}");
}

#[test]
fn every_front_matter_problem_of_a_file_comes_in_one_run() {
    let m = built_with(
        NEWS,
        "---\ntitel: Sākums\ndate: 2026-01-xx\nsumary: Par projektu\nimage: /images/a.jpg\n---\nT\n",
    );
    for expected in [
        "2:1: error: `titel` is not a field tilts knows here",
        "2:1: error: the field `title` is missing here",
        "2:1: error: a news item needs a summary",
        "3:7: error: `2026-01-xx` is not a date",
        "4:1: error: `sumary` is not a field tilts knows here",
        "5:8: error: the image has no alternative text",
    ] {
        assert!(m.contains(&format!("{NEWS}:{expected}")), "{expected}\n{m}");
    }
    // The title's own problem is not reported again as the address's.
    assert!(!m.contains("no web address"), "{m}");
}

#[test]
fn a_file_that_cannot_be_read_is_not_a_missing_translation() {
    let site = starter();
    write(
        site.path(),
        "content/news/x.lv.md",
        "---\ntitle: [Sākums\ndate: 2026-01-01\nsummary: S\n---\nT\n",
    );
    write(
        site.path(),
        "content/news/x.lt.md",
        "---\ntitle: Pradžia\ndate: 2026-01-01\nsummary: S\n---\nT\n",
    );
    // Paired by a written key too.
    write(
        site.path(),
        "content/news/y.lv.md",
        "---\ntitle: Otrs\ntranslation_key: otrs\ndate: 2026-01-01\nsummary:\n  - S\n---\nT\n",
    );
    write(
        site.path(),
        "content/news/z.lt.md",
        "---\ntitle: Antras\ntranslation_key: otrs\ndate: 2026-01-01\nsummary: S\n---\nT\n",
    );
    // As `check` runs: every rule, errors or not.
    let options = tilts::BuildOptions {
        keep_going: true,
        ..tilts::BuildOptions::new(site.path())
    };
    let m = messages(&tilts::build(&options).unwrap());
    assert!(
        m.contains(
            "content/news/x.lv.md:2:8: error: the list that opens here with [ or { is never closed"
        ),
        "{m}"
    );
    assert!(m.contains("content/news/y.lv.md:6:"), "{m}");
    assert!(!m.contains("has no lv version"), "{m}");
    assert!(!m.contains("tilts new news"), "{m}");
}

#[test]
fn a_data_file_with_errors_brings_no_findings_in_other_files() {
    let site = starter();
    for (rel, topics) in [
        ("content/news/t.lv.md", "[jauniesi, sports]"),
        ("content/news/t.lt.md", "[jauniesi]"),
    ] {
        write(
            site.path(),
            rel,
            &format!("---\ntitle: T\ndate: 2026-01-01\nsummary: S\ntags: {topics}\n---\nT\n"),
        );
    }
    write(
        site.path(),
        "content/data/tags.yaml",
        "tags:\n  - id: jauniesi\n    name: {lv: Jaunieši, lt: Jaunimas\n  - id: sports\n    name: {lv: Sports, lt: Sportas}\n",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/data/tags.yaml:3:11: error: the list that opens here"),
        "{m}"
    );
    assert!(!m.contains("is not a topic"), "{m}");
    // One finding says why the topics are not checked.
    let said = "warning: the topics of the news items are not checked: the data files in content/data/ have errors";
    assert_eq!(m.matches(said).count(), 1, "{m}");
    assert!(
        m.contains(&format!("content/news/t.lv.md:5:8: {said}")),
        "{m}"
    );
    // The same for another data file with an error.
    write(
        site.path(),
        "content/data/tags.yaml",
        "tags:\n  - id: jauniesi\n    name: {lv: Jaunieši, lt: Jaunimas}\n",
    );
    replace_in(
        site.path(),
        "content/data/project.yaml",
        "\nname:",
        "\nnam:",
    );
    let m = messages(&build(site.path()));
    assert!(!m.contains("is not a topic"), "{m}");
    assert_eq!(m.matches(said).count(), 1, "{m}");
}
