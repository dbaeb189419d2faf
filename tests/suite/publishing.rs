//! What is published besides pages: Atom feeds, the sitemap, robots.txt,
//! calendar files, the search index, social previews and structured data.

use crate::common;

use std::collections::BTreeMap;

use common::*;
use tilts::{BuildOptions, BuildResult};

const ATOM: &str = "http://www.w3.org/2005/Atom";
const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML: &str = "http://www.w3.org/1999/xhtml";
const KICKOFF_LV: &str = "lv/jaunumi/sakas-projekts-socialo-pakalpojumu-pieejamibas-uzlabosanai/";

#[test]
fn atom_feeds_per_language_with_absolute_links() {
    let r = build_ok(&example_root());
    for (lang, title) in [("lv", "Jaunumi"), ("lt", "Naujienos")] {
        let xml = page(&r, &format!("{lang}/atom.xml"));
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().namespace(), Some(ATOM));
        assert_eq!(
            feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(lang)
        );
        let child = |n: roxmltree::Node<'_, '_>, name: &str| {
            n.children()
                .find(|c| c.has_tag_name((ATOM, name)))
                .map(|c| c.text().unwrap_or("").to_string())
        };
        assert!(child(feed, "title").unwrap().ends_with(title));
        assert_eq!(child(feed, "updated").unwrap(), "2018-05-21T00:00:00+03:00");
        let entries: Vec<_> = feed
            .children()
            .filter(|c| c.has_tag_name((ATOM, "entry")))
            .collect();
        assert_eq!(entries.len(), 2);
        for e in &entries {
            let link = e
                .children()
                .find(|c| c.has_tag_name((ATOM, "link")))
                .unwrap()
                .attribute("href")
                .unwrap();
            assert!(
                link.starts_with(&format!("https://socquality.example.eu/{lang}/")),
                "{link}"
            );
            assert!(!child(*e, "summary").unwrap().is_empty());
            assert!(
                child(*e, "content").unwrap().contains("<p>"),
                "content is HTML, escaped in the XML"
            );
        }
        let home = page(&r, &format!("{lang}/index.html"));
        assert!(
            home.contains(
                &"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"SocQuality – "
                    .to_string()
            )
        );
        assert!(home.contains(&format!("href=\"/{lang}/atom.xml\">")));
    }
}

#[test]
fn sitemap_lists_every_page_with_its_alternates() {
    let r = build_ok(&example_root());
    let xml = page(&r, "sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(doc.root_element().tag_name().namespace(), Some(SITEMAP));
    let mut urls = BTreeMap::new();
    for url in doc
        .root_element()
        .children()
        .filter(|c| c.has_tag_name((SITEMAP, "url")))
    {
        let loc = url
            .children()
            .find(|c| c.has_tag_name((SITEMAP, "loc")))
            .unwrap()
            .text()
            .unwrap()
            .to_string();
        let alts: BTreeMap<String, String> = url
            .children()
            .filter(|c| c.has_tag_name((XHTML, "link")))
            .map(|l| {
                (
                    l.attribute("hreflang").unwrap().to_string(),
                    l.attribute("href").unwrap().to_string(),
                )
            })
            .collect();
        urls.insert(loc, alts);
    }
    // 14 pages in each language: home, news list, 2 items, about, events, search,
    // partners, budget, accessibility statement, the topic index and 3 topics.
    assert_eq!(urls.len(), 28, "{:#?}", urls.keys());
    for (loc, alts) in &urls {
        assert!(alts.values().any(|h| h == loc), "{loc} lists itself");
        assert_eq!(
            alts.keys().cloned().collect::<Vec<_>>(),
            ["lt", "lv", "x-default"],
            "{loc}"
        );
        assert_eq!(alts["x-default"], alts["lv"]);
    }
    let item = &urls["https://socquality.example.eu/lv/jaunumi/sakas-projekts-socialo-pakalpojumu-pieejamibas-uzlabosanai/"];
    assert_eq!(
        item["lt"],
        "https://socquality.example.eu/lt/naujienos/prasideda-projektas-socialiniu-paslaugu-prieinamumui-gerinti/"
    );
    assert!(
        !urls
            .keys()
            .any(|u| u.ends_with("404.html") || u.ends_with("atom.xml"))
    );
    assert_eq!(
        page(&r, "robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://socquality.example.eu/sitemap.xml\n"
    );
}

#[test]
fn the_kickoff_meeting_is_an_event_with_a_valid_calendar_file() {
    let r = build_ok(&example_root());
    let ics = page(&r, &format!("{KICKOFF_LV}event.ics"));
    // RFC 5545: CRLF line ends, lines of at most 75 octets.
    assert!(ics.ends_with("\r\n") && !ics.replace("\r\n", "").contains('\n'));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = icalendar::parser::unfold(&ics);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("a parseable calendar");
    assert!(
        cal.properties
            .iter()
            .any(|p| p.name == "VERSION" && p.val == "2.0")
    );
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"));
    let event = cal
        .components
        .iter()
        .find(|c| c.name == "VEVENT")
        .expect("one event");
    let prop = |n: &str| event.find_prop(n).map(|p| p.val.to_string());
    // 10:30 in Riga in May (EEST, UTC+3) is 07:30 UTC.
    assert_eq!(prop("DTSTART").unwrap(), "20180516T073000Z");
    assert_eq!(prop("DTSTAMP").unwrap(), "20180515T000000Z");
    assert_eq!(
        prop("UID").unwrap(),
        "projekta-sakums-lv@socquality.example.eu"
    );
    assert_eq!(
        prop("LOCATION").unwrap(),
        "Jelgavas reģionālais tūrisma informācijas centrs, Jelgava"
    );
    assert!(
        ics.contains("LOCATION:Jelgavas reģionālais tūrisma informācijas centrs\\, Jelgava"),
        "commas are escaped"
    );
    assert_eq!(
        prop("SUMMARY").unwrap(),
        "Sākas projekts sociālo pakalpojumu pieejamības uzlabošanai"
    );

    let html = page(&r, &format!("{KICKOFF_LV}index.html"));
    // "Kad?" is answered in the locative, the time after "plkst.".
    assert!(
        html.contains(
            "<time datetime=\"2018-05-16T10:30\">2018. gada 16. maijā plkst. 10:30</time>"
        ),
        "{html}"
    );
    assert!(html.contains(&format!("<a href=\"/{KICKOFF_LV}event.ics\" download>")));
    let lt = page(
        &r,
        "lt/naujienos/prasideda-projektas-socialiniu-paslaugu-prieinamumui-gerinti/index.html",
    );
    assert!(lt.contains("2018 m. gegužės 16 d. 10:30 val."), "{lt}");
    assert!(lt.contains("Jelgavos regioninis turizmo informacijos centras"));
}

#[test]
fn event_times_read_naturally_for_one_time_a_range_and_days() {
    let site = example_copy();
    let p = site.path();
    let kickoff_lv = "content/news/2018-05-15-projekta-sakums.lv.md";
    let kickoff_lt = "content/news/2018-05-15-projekta-sakums.lt.md";
    let when = |r: &tilts::BuildResult| {
        let lv = page(r, &format!("{KICKOFF_LV}index.html"));
        let lt = page(
            r,
            "lt/naujienos/prasideda-projektas-socialiniu-paslaugu-prieinamumui-gerinti/index.html",
        );
        let dd = |html: &str| {
            let at = html.find("<dd>").unwrap() + 4;
            html[at..at + html[at..].find("</dd>").unwrap()].to_string()
        };
        (dd(&lv), dd(&lt))
    };
    for file in [kickoff_lv, kickoff_lt] {
        replace_in(
            p,
            file,
            "  start: 2018-05-16T10:30\n",
            "  start: 2018-05-16T10:30\n  end: 2018-05-16T13:00\n",
        );
    }
    let (lv, lt) = when(&build_ok(p));
    assert_eq!(lv, "2018. gada 16. maijā plkst. 10:30–13:00");
    assert_eq!(lt, "2018 m. gegužės 16 d. 10:30–13:00 val.");
    for file in [kickoff_lv, kickoff_lt] {
        replace_in(
            p,
            file,
            "  end: 2018-05-16T13:00\n",
            "  end: 2018-05-17T16:00\n",
        );
    }
    let (lv, lt) = when(&build_ok(p));
    assert_eq!(
        lv,
        "2018. gada 16. maijā plkst. 10:30 – 2018. gada 17. maijā plkst. 16:00"
    );
    assert_eq!(
        lt,
        "2018 m. gegužės 16 d. 10:30 val. – 2018 m. gegužės 17 d. 16:00 val."
    );
    // The events list says it the same way.
    let r = build_ok(p);
    assert!(page(&r, "lv/pasakumi/index.html").contains(&lv));
}

#[test]
fn events_list_splits_upcoming_from_past_by_the_build_date() {
    let build_on = |today: &str| {
        let r = tilts::build(&BuildOptions {
            today: Some(today.into()),
            ..BuildOptions::new(example_root())
        })
        .unwrap();
        let html = page(&r, "lv/pasakumi/index.html");
        let past = html.find("id=\"past\"").unwrap();
        let item = html.find("Sākas projekts sociālo").unwrap();
        item > past
    };
    assert!(!build_on("2018-05-01"), "before the event it is upcoming");
    assert!(!build_on("2018-05-16"), "on the day it is still upcoming");
    assert!(build_on("2018-05-17"), "after it, past");
}

#[test]
fn event_front_matter_is_checked() {
    let site = starter();
    write(
        site.path(),
        "content/news/e.lv.md",
        "---\ntitle: E\ndate: 2026-02-01\nsummary: S\nevent:\n  start: 2026-02-10 25:00\n  timezone: Europe/Riga\n  location: Jelgava\n---\n",
    );
    assert!(
        messages(&build(site.path()))
            .contains("content/news/e.lv.md:6:10: error: this is not a date and time")
    );
    write(
        site.path(),
        "content/news/e.lv.md",
        "---\ntitle: E\ndate: 2026-02-01\nsummary: S\nevent:\n  start: 2026-02-10T10:00\n  timezone: Europe/Jelgava\n  location: Jelgava\n---\n",
    );
    assert!(
        messages(&build(site.path()))
            .contains("content/news/e.lv.md:7:13: error: `Europe/Jelgava` is not a time zone")
    );
    write(
        site.path(),
        "content/news/e.lv.md",
        "---\ntitle: E\ndate: 2026-02-01\nsummary: S\nevent:\n  start: 2026-02-10T10:00\n  end: 2026-02-10T09:00\n  timezone: Europe/Vilnius\n  location: Vilnius\n---\n",
    );
    assert!(
        messages(&build(site.path()))
            .contains("content/news/e.lv.md:7:8: error: the event ends before it starts")
    );
}

#[test]
fn social_previews_and_structured_data() {
    let r = build_ok(&example_root());
    let html = page(&r, &format!("{KICKOFF_LV}index.html"));
    for tag in [
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:title\" content=\"Sākas projekts sociālo pakalpojumu pieejamības uzlabošanai\">",
        "<meta property=\"og:locale\" content=\"lv_LV\">",
        "<meta property=\"og:locale:alternate\" content=\"lt_LT\">",
        &format!(
            "<meta property=\"og:url\" content=\"https://socquality.example.eu/{KICKOFF_LV}\">"
        ),
        "<meta name=\"twitter:card\" content=\"summary\">",
    ] {
        assert!(html.contains(tag), "{tag}");
    }
    let json = |html: &str| -> serde_json::Value {
        let start = html.find("<script type=\"application/ld+json\">").unwrap() + 35;
        let end = start + html[start..].find("</script>").unwrap();
        serde_json::from_str(&html[start..end]).unwrap()
    };
    let article = json(&html);
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["datePublished"], "2018-05-15T00:00:00+03:00");
    assert_eq!(article["inLanguage"], "lv");
    assert_eq!(article["publisher"]["name"], "Zemgales plānošanas reģions");
    let partners = json(&page(&r, "lt/partneriai/index.html"));
    let orgs = partners["@graph"].as_array().unwrap();
    assert_eq!(orgs.len(), 8);
    assert!(orgs.iter().all(|o| o["@type"] == "Organization"));
    assert_eq!(orgs[0]["name"], "Žiemgalos planavimo regionas");
}

#[test]
fn structured_data_cannot_close_its_script_element() {
    let site = starter();
    write(
        site.path(),
        "content/news/x.lv.md",
        "---\ntitle: \"</script><script>alert(1)</script>\"\ndate: 2026-02-01\nsummary: S\nslug: x\n---\n",
    );
    let r = build_ok(site.path());
    let html = page(&r, "lv/jaunumi/x/index.html");
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(html.contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"));
}

/// Runs the site's own search engine in node on the index of `lang` that
/// `r` built: the addresses found for each query, best first.
fn search_with_the_sites_engine(r: &BuildResult, lang: &str, queries: &[&str]) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let built = r.built.as_ref().unwrap();
    for (path, bytes) in built.output.files() {
        if path.starts_with(&format!("{lang}/search/")) {
            let file = dir.path().join("index").join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, bytes).unwrap();
        }
    }
    let assets = example_root().join("themes/default/static/assets/search");
    for entry in std::fs::read_dir(&assets).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.path().join("package.json"), r#"{"type":"module"}"#).unwrap();
    std::fs::write(
        dir.path().join("queries.json"),
        serde_json::to_vec(queries).unwrap(),
    )
    .unwrap();
    let script = format!(
        "import fs from 'fs';\
         import {{ SearchIndex }} from './engine.js';\
         const read = async (url) => JSON.parse(fs.readFileSync(url.split('?')[0], 'utf8'));\
         const index = await new SearchIndex('index/{lang}/search/', read).open();\
         const out = [];\
         for (const q of JSON.parse(fs.readFileSync('queries.json', 'utf8'))) {{\
           out.push((await index.docs(await index.search(q))).map((d) => d.u));\
         }}\
         console.log(JSON.stringify(out));"
    );
    std::fs::write(dir.path().join("run.js"), script).unwrap();
    let out = std::process::Command::new("node")
        .arg("run.js")
        .current_dir(dir.path())
        .output()
        .expect("node is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn search_finds_other_forms_without_diacritics_and_ranks_titles_first() {
    let r = build_ok(&example_root());
    let auce_lv = "/lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/";
    let kickoff_lv = "/lv/jaunumi/sakas-projekts-socialo-pakalpojumu-pieejamibas-uzlabosanai/";
    let auce_lt =
        "/lt/naujienos/auces-savivaldybe-dalyvauja-tarpvalstybiniame-projekte-socquality/";
    let lv = search_with_the_sites_engine(
        &r,
        "lv",
        &[
            "lielauce",
            "LIELAUCE",
            "pasakum",
            "sakas",
            "partneriem",
            "partnerim",
            "partnerių",
            "nekas-tads-neeksiste",
        ],
    );
    assert_eq!(lv[0], [auce_lv]);
    assert_eq!(lv[1], [auce_lv]);
    // A beginning: "pasakum" finds "pasākumi", "pasākumu" …
    assert!(lv[2].contains(&kickoff_lv.to_string()), "{:?}", lv[2]);
    // Title matches first: "sākas" is in the kickoff's title.
    assert_eq!(lv[3].first().map(String::as_str), Some(kickoff_lv));
    // Another form of the word: "partnerim" is in no text, "partneri",
    // "partneriem" and "partneris" are.
    assert!(!lv[5].is_empty());
    assert_eq!(
        lv[4].len(),
        lv[5].len(),
        "one stem: {:?} {:?}",
        lv[4],
        lv[5]
    );
    // A Lithuanian form finds nothing in Latvian: no Lithuanian rule here.
    assert!(lv[6].is_empty(), "{:?}", lv[6]);
    assert!(lv[7].is_empty());
    let lt = search_with_the_sites_engine(
        &r,
        "lt",
        &["ziemgalos", "aucės", "partneriams", "partnerių"],
    );
    assert!(lt[0].len() >= 2, "Žiemgalos without diacritics");
    assert!(lt[1].contains(&auce_lt.to_string()));
    // "partneriams" is in no text; its other forms are.
    assert!(!lt[2].is_empty());
    assert_eq!(lt[2].len(), lt[3].len());
    assert!(page(&r, "lv/meklet/index.html").contains("<noscript>"));
}

#[test]
fn the_search_index_is_in_pieces_named_by_its_table_of_contents() {
    let r = build_ok(&example_root());
    let manifest: serde_json::Value =
        serde_json::from_str(&page(&r, "lv/search/index.json")).unwrap();
    assert_eq!(manifest["format"], 1);
    assert_eq!(manifest["stemmer"], "latvian");
    let docs = manifest["docs"].as_u64().unwrap();
    assert!(docs >= 2);
    let shards = docs.div_ceil(manifest["per_shard"].as_u64().unwrap());
    for n in 0..shards {
        let shard: serde_json::Value =
            serde_json::from_str(&page(&r, &format!("lv/search/d/{n}.json"))).unwrap();
        let first = &shard[0];
        assert!(first["t"].is_string() && first["u"].is_string() && first["x"].is_string());
    }
    for (kind, dir) in [("stems", "s"), ("forms", "f")] {
        let heads = manifest[kind].as_array().unwrap();
        assert!(!heads.is_empty());
        for n in 0..heads.len() {
            page(&r, &format!("lv/search/{dir}/{n}.json"));
        }
    }
    let lt: serde_json::Value = serde_json::from_str(&page(&r, "lt/search/index.json")).unwrap();
    assert_eq!(lt["stemmer"], "lithuanian");
    // A date in words, in the page's language.
    let shard = page(&r, "lv/search/d/0.json");
    assert!(shard.contains(". gada "), "{shard}");
}

#[test]
fn two_builds_write_identical_trees() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for dir in [&a, &b] {
        let out = dir.path().join("public");
        let o = tilts(&[
            "build",
            "--root",
            example_root().to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0));
    }
    let tree = |d: &std::path::Path| -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(d)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(d).unwrap().display().to_string(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    };
    let (ta, tb) = (
        tree(&a.path().join("public")),
        tree(&b.path().join("public")),
    );
    assert!(ta.len() > 30, "{}", ta.len());
    assert_eq!(ta, tb);
}

#[test]
fn event_times_in_a_clock_change_are_warnings_that_name_the_time_shown() {
    // Riga: clocks go from 03:00 to 04:00 on 2026-03-29 and from 04:00 back
    // to 03:00 on 2026-10-25.
    for (start, warning) in [
        (
            "2026-03-29T03:30",
            "x.lv.md:6:10: warning: 03:30 does not exist in Europe/Riga on March 29, 2026: the clocks go forward then, so calendars will show 04:30",
        ),
        (
            "2026-10-25T03:30",
            "x.lv.md:6:10: warning: 03:30 happens twice in Europe/Riga on October 25, 2026: the clocks go back then, so calendars will show the first 03:30 (00:30 UTC)",
        ),
    ] {
        let site = starter();
        write(
            site.path(),
            "content/news/x.lv.md",
            &format!(
                "---\ntitle: Pasākums\ndate: 2026-02-01\nsummary: S.\nevent:\n  start: {start}\n  timezone: Europe/Riga\n  location: Jelgava\n---\nT.\n"
            ),
        );
        let r = build_ok(site.path());
        assert!(messages(&r).contains(warning), "{}", messages(&r));
        let ics = page(&r, "lv/jaunumi/pasakums/event.ics");
        let utc = if start.starts_with("2026-03") {
            "20260329T013000Z"
        } else {
            "20261025T003000Z"
        };
        assert!(ics.contains(&format!("DTSTART:{utc}")), "{ics}");
    }
}

#[test]
fn years_outside_1_to_9999_are_errors() {
    for (line, at) in [
        ("date: 0000-05-16\n", "x.lv.md:3:7"),
        (
            "date: 2026-01-01\nevent:\n  start: 0000-01-01T10:00\n  timezone: Europe/Riga\n  location: Jelgava\n",
            "x.lv.md:5:10",
        ),
        (
            "date: 2026-01-01\nevent:\n  start: 10000-01-01T10:00\n  timezone: Europe/Riga\n  location: Jelgava\n",
            "x.lv.md:5:10",
        ),
        ("date: 10000-01-01\n", "x.lv.md:3:7"),
    ] {
        let site = starter();
        write(
            site.path(),
            "content/news/x.lv.md",
            &format!("---\ntitle: Pasākums\n{line}summary: S.\n---\nT.\n"),
        );
        let r = build(site.path());
        assert!(r.built.is_none(), "{line}");
        assert!(messages(&r).contains(at), "{line}: {}", messages(&r));
    }
}
