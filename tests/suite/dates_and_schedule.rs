//! Dates with times (as Hugo and Zola sites write them), `updated:`,
//! scheduled publishing and expiry.

use crate::common;

use common::*;
use tilts::{BuildCache, BuildOptions, build_incremental};

/// 2026-02-01 12:00 UTC: the clock of these builds (after every item of
/// the starter site and of `migrated_site`).
const NOW: i64 = 1_769_947_200;

fn options(root: &std::path::Path) -> BuildOptions {
    BuildOptions {
        now: Some(NOW),
        ..BuildOptions::new(root)
    }
}

fn news(title: &str, date: &str, extra: &str) -> String {
    format!("---\ntitle: {title}\ndate: {date}\nsummary: {title}.\n{extra}---\nTeksts.\n")
}

/// A starter site with items dated the ways migrated sites date them.
fn migrated_site() -> tempfile::TempDir {
    let site = starter();
    let p = site.path();
    for (name, title, date) in [
        ("rits", "Rīta ziņa", "2026-01-04T08:00:00+02:00"),
        ("vakars", "Vakara ziņa", "2026-01-04T18:30:00Z"),
        ("pusdiena", "Pusdienas ziņa", "2026-01-04T12:15"),
        ("diena", "Dienas ziņa", "2026-01-04"),
    ] {
        write(
            p,
            &format!("content/news/{name}.lv.md"),
            &news(title, date, ""),
        );
        write(
            p,
            &format!("content/news/{name}.lt.md"),
            &news(title, date, ""),
        );
    }
    site
}

fn build_at(options: &BuildOptions) -> tilts::BuildResult {
    let r = tilts::build(options).unwrap();
    assert!(r.built.is_some(), "{}", messages(&r));
    r
}

#[test]
fn rfc_3339_and_local_times_build_and_items_of_one_day_follow_their_time() {
    let site = migrated_site();
    let r = build_at(&options(site.path()));
    let list = page(&r, "lv/jaunumi/index.html");
    let order: Vec<usize> = ["Vakara ziņa", "Pusdienas ziņa", "Rīta ziņa", "Dienas ziņa"]
        .iter()
        .map(|t| list.find(t).unwrap_or_else(|| panic!("{t} not listed")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // 18:30 UTC is 20:30 in Riga; the list shows the local date.
    assert!(
        list.contains("<time datetime=\"2026-01-04T20:30:00+02:00\">2026. gada 4. janvāris</time>")
    );
    // A date without a time stays a date.
    assert!(list.contains("<time datetime=\"2026-01-04\">"));
    // Feeds, sitemap and structured data carry full timestamps.
    let feed = page(&r, "lv/atom.xml");
    assert!(
        feed.contains("<published>2026-01-04T20:30:00+02:00</published>"),
        "{feed}"
    );
    assert!(feed.contains("<published>2026-01-04T00:00:00+02:00</published>"));
    assert!(
        feed.contains("<updated>2026-01-15T00:00:00+02:00</updated>"),
        "the newest: the starter's item"
    );
    let sitemap = page(&r, "sitemap.xml");
    assert!(
        sitemap.contains("<lastmod>2026-01-04T12:15:00+02:00</lastmod>"),
        "{sitemap}"
    );
    let item = page(&r, "lv/jaunumi/rita-zina/index.html");
    assert!(
        item.contains("\"datePublished\":\"2026-01-04T08:00:00+02:00\""),
        "{item}"
    );
    assert!(item.contains(
        "Publicēts <time datetime=\"2026-01-04T08:00:00+02:00\">2026. gada 4. janvārī</time>"
    ));
}

#[test]
fn the_site_time_zone_decides_the_local_date() {
    let site = migrated_site();
    replace_in(
        site.path(),
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\ntimezone: America/New_York",
    );
    let r = build_at(&options(site.path()));
    // 18:30 UTC is 13:30 in New York, 08:00+02:00 is 01:00 there: still the 4th.
    assert!(page(&r, "lv/jaunumi/rita-zina/index.html").contains("2026-01-04T01:00:00-05:00"));
    replace_in(
        site.path(),
        "content/site.yaml",
        "timezone: America/New_York",
        "timezone: Europe/Atlantis",
    );
    let m = messages(&tilts::build(&options(site.path())).unwrap());
    assert!(
        m.contains("content/site.yaml:4:11: error: `Europe/Atlantis` is not a time zone"),
        "{m}"
    );
}

#[test]
fn updated_is_shown_in_the_sentence_and_used_by_feeds_and_the_sitemap() {
    let site = migrated_site();
    let p = site.path();
    write(
        p,
        "content/news/rits.lv.md",
        &news(
            "Rīta ziņa",
            "2026-01-04T08:00:00+02:00",
            "updated: 2026-01-06T09:00\n",
        ),
    );
    write(
        p,
        "content/news/rits.lt.md",
        &news(
            "Rīta ziņa",
            "2026-01-04T08:00:00+02:00",
            "updated: 2026-01-06T09:00\n",
        ),
    );
    let r = build_at(&options(p));
    let lv = page(&r, "lv/jaunumi/rita-zina/index.html");
    assert!(
        lv.contains(
            "Atjaunināts <time datetime=\"2026-01-06T09:00:00+02:00\">2026. gada 6. janvārī</time>"
        ),
        "{lv}"
    );
    assert!(lv.contains("\"dateModified\":\"2026-01-06T09:00:00+02:00\""));
    let lt = page(&r, "lt/naujienos/rita-zina/index.html");
    assert!(
        lt.contains(
            "Atnaujinta <time datetime=\"2026-01-06T09:00:00+02:00\">2026 m. sausio 6 d.</time>"
        ),
        "{lt}"
    );
    let feed = page(&r, "lv/atom.xml");
    assert!(feed.contains("<updated>2026-01-06T09:00:00+02:00</updated>\n    <summary>Rīta ziņa."));
    assert!(page(&r, "sitemap.xml").contains("<lastmod>2026-01-06T09:00:00+02:00</lastmod>"));
    // A wrong updated: is an error at its place, as a wrong date is.
    write(
        p,
        "content/news/rits.lv.md",
        &news("Rīta ziņa", "2026-01-04", "updated: vakar\n"),
    );
    let m = messages(&tilts::build(&options(p)).unwrap());
    assert!(
        m.contains("content/news/rits.lv.md:5:10: error: `vakar` is not a date"),
        "{m}"
    );
}

#[test]
fn future_items_wait_for_their_time_unless_asked_for() {
    let site = migrated_site();
    let p = site.path();
    let future = news(
        "Nākotnes ziņa",
        "2031-01-04T08:00",
        "event:\n  start: 2031-02-01T10:00\n  timezone: Europe/Riga\n  location: Auce\n",
    );
    write(p, "content/news/nakotne.lv.md", &future);
    write(
        p,
        "content/news/nakotne.lt.md",
        &future.replace("Nākotnes ziņa", "Ateities naujiena"),
    );
    let r = build_at(&options(p));
    let built = r.built.as_ref().unwrap();
    for path in [
        "lv/jaunumi/index.html",
        "lv/index.html",
        "lv/atom.xml",
        "sitemap.xml",
        "lv/search/d/0.json",
        "lv/search/f/0.json",
        "lv/pasakumi/index.html",
    ] {
        assert!(
            !page(&r, path).contains("nakotne") && !page(&r, path).contains("Nākotnes"),
            "{path}"
        );
    }
    assert!(
        built
            .output
            .get("lv/jaunumi/nakotnes-zina/index.html")
            .is_none()
    );
    // No calendar file for its event either.
    assert!(
        built
            .output
            .get("lv/jaunumi/nakotnes-zina/event.ics")
            .is_none()
    );
    assert_eq!(built.left_out.future, 2);
    let (next, file) = built.left_out.next.as_ref().unwrap();
    assert_eq!(next.shown(), "2031-01-04 08:00");
    assert!(file.ends_with("nakotne.lt.md") || file.ends_with("nakotne.lv.md"));

    // --future: on the site, marked; the same item in the list says when.
    let r = build_at(&BuildOptions {
        future: true,
        ..options(p)
    });
    let item = page(&r, "lv/jaunumi/nakotnes-zina/index.html");
    assert!(item.contains("<strong class=\"scheduled\">Tiks publicēts</strong> <time datetime=\"2031-01-04T08:00:00+02:00\">2031. gada 4. janvārī</time>"), "{item}");
    assert!(
        page(&r, "lt/naujienos/ateities-naujiena/index.html")
            .contains("<strong class=\"scheduled\">Bus paskelbta</strong>")
    );
    assert!(page(&r, "lv/jaunumi/index.html").contains("class=\"scheduled\""));
    assert!(page(&r, "lv/pasakumi/index.html").contains("Nākotnes ziņa"));

    // Once its time has come, it is published like any other item.
    let later = 1_926_000_000; // 2031-01-12
    let r = build_at(&BuildOptions {
        now: Some(later),
        ..options(p)
    });
    let item = page(&r, "lv/jaunumi/nakotnes-zina/index.html");
    assert!(item.contains("Publicēts <time") && !item.contains("scheduled"));
}

#[test]
fn build_says_when_the_next_scheduled_item_is_due() {
    let site = starter();
    let p = site.path();
    write(
        p,
        "content/news/nakotne.lv.md",
        &news("Nākotne", "2031-01-04T08:00", ""),
    );
    write(
        p,
        "content/news/nakotne.lt.md",
        &news("Ateitis", "2031-01-04T08:00", ""),
    );
    let o = tilts(&["build", "--root", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("2 news items are dated later and not published yet (--future shows them); the next is due on January 4, 2031 at 08:00 (Europe/Riga): content/news/nakotne.l"),
        "{}",
        stdout(&o)
    );
    let o = tilts(&["build", "--future", "--root", p.to_str().unwrap()]);
    assert!(!stdout(&o).contains("dated later"));
    assert!(p.join("public/lv/jaunumi/nakotne/index.html").exists());
}

#[test]
fn expired_items_are_taken_off() {
    let site = migrated_site();
    let p = site.path();
    write(
        p,
        "content/news/rits.lv.md",
        &news("Rīta ziņa", "2026-01-04", "expires: 2026-01-08\n"),
    );
    let r = build_at(&options(p));
    assert!(
        r.built
            .as_ref()
            .unwrap()
            .output
            .get("lv/jaunumi/rita-zina/index.html")
            .is_none()
    );
    assert_eq!(r.built.as_ref().unwrap().left_out.expired, 1);
    let r = build_at(&BuildOptions {
        expired: true,
        ..options(p)
    });
    assert!(
        r.built
            .unwrap()
            .output
            .get("lv/jaunumi/rita-zina/index.html")
            .is_some()
    );
}

#[test]
fn serve_marks_flip_when_the_clock_passes_a_scheduled_time() {
    let site = migrated_site();
    let p = site.path();
    write(
        p,
        "content/news/nakotne.lv.md",
        &news("Nākotnes ziņa", "2026-02-01T15:00", ""),
    );
    let at = |now: i64| BuildOptions {
        now: Some(now),
        future: true,
        ..options(p)
    };
    let mut cache = BuildCache::default();
    let before = build_incremental(&at(NOW), &mut cache)
        .unwrap()
        .built
        .unwrap();
    assert!(
        String::from_utf8_lossy(before.output.get("lv/jaunumi/index.html").unwrap())
            .contains("scheduled")
    );
    // 15:00 in Riga is 13:00 UTC: an hour later nothing changed on disk.
    let after = build_incremental(&at(NOW + 7200), &mut cache)
        .unwrap()
        .built
        .unwrap();
    let clean = build_at(&at(NOW + 7200)).built.unwrap();
    assert_eq!(after.output, clean.output);
    assert!(
        !String::from_utf8_lossy(after.output.get("lv/jaunumi/index.html").unwrap())
            .contains("scheduled")
    );
}
