//! Nothing leaks: data is escaped, raw HTML can be sanitized, links never
//! lead the build outside the site folder.

use crate::common;

use common::*;

#[test]
fn script_in_a_partner_name_renders_escaped_everywhere() {
    let site = starter();
    replace_in(
        site.path(),
        "content/data/partners.yaml",
        "lv: Partneris Lietuvā",
        "lv: \"<script>alert('x')</script> & Co\"",
    );
    let r = build_ok(site.path());
    for (path, bytes) in r.built.as_ref().unwrap().output.files() {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("<script>alert"),
            "{path} lets the script through"
        );
    }
    let html = page(&r, "lv/partneri/index.html");
    assert!(
        html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; &amp; Co")
            || html.contains("&lt;script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("\\u003cscript>alert('x')\\u003c/script> & Co"),
        "escaped inside JSON-LD too"
    );
}

#[test]
fn raw_html_is_kept_for_trusted_staff_and_stripped_in_safe_mode() {
    let site = starter();
    let md = "---\ntitle: HTML\ndate: 2026-02-01\nsummary: S\nslug: html\n---\n<div class=\"note\">Piezīme</div>\n\n<script>alert(1)</script>\n\n<a href=\"javascript:alert(2)\">x</a>\n";
    write(site.path(), "content/news/html.lv.md", md);
    let r = build_ok(site.path());
    let html = page(&r, "lv/jaunumi/html/index.html");
    assert!(html.contains("<div class=\"note\">Piezīme</div>"));
    assert!(
        html.contains("<script>alert(1)</script>"),
        "trusted by default"
    );

    let safe = tilts::build(&tilts::BuildOptions {
        safe: true,
        ..tilts::BuildOptions::new(site.path())
    })
    .unwrap();
    let html = page(&safe, "lv/jaunumi/html/index.html");
    assert!(
        !html.contains("alert(1)") && !html.contains("javascript:"),
        "{html}"
    );
    assert!(html.contains("Piezīme"));

    replace_in(
        site.path(),
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\nsafe_html: true",
    );
    let html = page(&build_ok(site.path()), "lv/jaunumi/html/index.html");
    assert!(!html.contains("alert(1)"));
}

#[cfg(unix)]
#[test]
fn links_outside_the_site_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.md"),
        "---\ntitle: Secret\ndate: 2026-01-01\nsummary: S\n---\nSECRET\n",
    )
    .unwrap();
    std::fs::write(
        outside.path().join("budget.yaml"),
        "currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 1.00\nerdf: 0.85\n",
    )
    .unwrap();

    // A linked Markdown file is skipped with a warning.
    let site = starter();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        site.path().join("content/news/secret.lv.md"),
    )
    .unwrap();
    let r = build_ok(site.path());
    assert!(messages(&r).contains(
        "content/news/secret.lv.md: warning: symbolic links in content/ are not followed"
    ));
    assert!(
        !r.built
            .unwrap()
            .output
            .files()
            .any(|(_, b)| String::from_utf8_lossy(b).contains("SECRET"))
    );

    // A data file that links outside the site is refused.
    let site = starter();
    std::fs::remove_file(site.path().join("content/data/budget.yaml")).unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("budget.yaml"),
        site.path().join("content/data/budget.yaml"),
    )
    .unwrap();
    let m = messages(&build(site.path()));
    assert!(m.contains("content/data/budget.yaml: error: cannot read the data file: the file is a link to a place outside the site folder"), "{m}");

    // A linked folder in static/ is not followed either.
    let site = starter();
    std::os::unix::fs::symlink(outside.path(), site.path().join("static")).unwrap_or(());
    let r = build_ok(site.path());
    assert!(r.built.unwrap().output.get("secret.md").is_none());
}

#[test]
fn every_output_path_stays_inside_the_output_folder() {
    let site = starter();
    write(
        site.path(),
        "content/news/..lv.md",
        "---\ntitle: Punkti\ndate: 2026-01-01\nsummary: S\n---\n",
    );
    write(
        site.path(),
        "content/news/a b c.lv.md",
        "---\ntitle: \"../../../etc/passwd\"\ndate: 2026-01-01\nsummary: S\ntranslation_key: ../../x\n---\n",
    );
    let r = build(site.path());
    if let Some(built) = &r.built {
        for (path, _) in built.output.files() {
            assert!(
                !path.contains("..") && !path.starts_with('/') && !path.contains('\\'),
                "{path}"
            );
        }
        assert!(
            built
                .output
                .get("lv/jaunumi/etc-passwd/index.html")
                .is_some()
        );
    }
}

/// Hostile Markdown (repeated headings, thousands of links and captioned
/// tables, deep nesting) parses, renders and sanitizes in time that grows
/// with its size: a generous bound that the quadratic paths (heading ids,
/// link positions, caption moves, the sanitizer on deep nesting) missed by
/// minutes. The 1 MB numbers are in BENCHMARKS.md (`bench_hostile`).
#[test]
fn hostile_markdown_is_handled_in_linear_time() {
    let config = tilts::config::parse(
        "base_url: https://example.eu\ndefault_language: lv\nlanguages:\n  - {code: lv, locale: lv-LV, name: Latviešu, title: T, sections: {news: jaunumi, partners: partneri, budget: budzets, accessibility: a, events: e, search: s, page: lapa}}\n",
    )
    .unwrap();
    for (name, body) in tilts::fuzzing::hostile_markdown(256 * 1024) {
        let text = format!("---\ntitle: T\ndate: 2026-01-01\nsummary: S\n---\n{body}");
        let start = std::time::Instant::now();
        let doc = tilts::content::parse_source(
            text.as_bytes(),
            std::path::Path::new("content/news/x.lv.md"),
            tilts::content::Section::News,
            "x",
            0,
            &config,
        );
        match &doc {
            Ok(doc) => {
                let _ = tilts::content::markdown::sanitize(&doc.html);
            }
            Err(problems) => {
                for d in problems {
                    assert!(
                        d.message.contains("nested more than 100 levels") && d.line.is_some(),
                        "{name}: {d}"
                    );
                }
            }
        }
        let took = start.elapsed();
        assert!(
            took < std::time::Duration::from_secs(20),
            "{name}: {took:?}"
        );
    }
}

#[test]
fn line_breaks_in_an_event_location_cannot_add_a_calendar_property() {
    let site = starter();
    write(
        site.path(),
        "content/news/event.lv.md",
        "---\ntitle: Pasākums\ndate: 2026-02-01\nsummary: S.\nevent:\n  start: 2026-03-01T10:00\n  timezone: Europe/Riga\n  location: \"Jelgava\\r\\nATTENDEE:mailto:x@example.eu\\nEND:VEVENT\"\n---\nTeksts.\n",
    );
    let r = build_ok(site.path());
    let ics = page(&r, "lv/jaunumi/pasakums/event.ics");
    let unfolded = icalendar::parser::unfold(&ics);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("a parseable calendar");
    let event = cal.components.iter().find(|c| c.name == "VEVENT").unwrap();
    assert!(event.find_prop("ATTENDEE").is_none(), "{ics}");
    assert_eq!(
        unfolded
            .lines()
            .filter(|l| l.trim_end() == "END:VEVENT")
            .count(),
        1,
        "{ics}"
    );
    assert!(
        ics.contains("LOCATION:Jelgava\\nATTENDEE:mailto:x@example.eu\\nEND:VEVENT"),
        "{ics}"
    );
}

#[test]
fn control_characters_are_refused_where_they_are_written_and_never_published() {
    for (what, front_matter, body, at) in [
        (
            "ESC in a title",
            "title: Auce\u{1b}[31m\n",
            "Teksts.\n",
            "x.lv.md:2:12",
        ),
        (
            "an escape in a title",
            "title: \"Auce\\e\"\n",
            "Teksts.\n",
            "x.lv.md:2:13",
        ),
        (
            "NUL in the body",
            "title: Auce\n",
            "Teksts\u{0}.\n",
            "x.lv.md:6:7",
        ),
        (
            "a vertical tab in the body",
            "title: Auce\n",
            "A\u{b}B\n",
            "x.lv.md:6:2",
        ),
        (
            "a backspace in the summary",
            "title: Auce\nsummary: a\u{8}\n",
            "T.\n",
            "x.lv.md:3:11",
        ),
    ] {
        let site = starter();
        let summary = if front_matter.contains("summary") {
            ""
        } else {
            "summary: S.\n"
        };
        write(
            site.path(),
            "content/news/x.lv.md",
            &format!("---\n{front_matter}{summary}date: 2026-02-01\n---\n{body}"),
        );
        let r = build(site.path());
        let text = messages(&r);
        assert!(r.built.is_none(), "{what}");
        assert!(
            text.contains(at) && text.contains("control character"),
            "{what}: {text}"
        );
    }
    // A character reference in Markdown is dropped; the feed stays XML.
    let site = starter();
    write(
        site.path(),
        "content/news/x.lv.md",
        "---\ntitle: Auce\nsummary: S.\ndate: 2026-02-01\n---\nA&#27;B &#11;C\n",
    );
    let r = build_ok(site.path());
    for file in [
        "lv/atom.xml",
        "sitemap.xml",
        "lv/jaunumi/auce/index.html",
        "lv/search/d/0.json",
        "lv/search/f/0.json",
    ] {
        let text = page(&r, file);
        assert!(
            !text.chars().any(tilts::control_chars::is_forbidden),
            "{file}"
        );
    }
    roxmltree::Document::parse(&page(&r, "lv/atom.xml")).expect("well-formed feed");
}

/// Addresses that would run code or load from elsewhere are refused where
/// they are written, whatever the mode: the video's poster and transcript
/// are put in after the sanitizer, so nothing else would stop them.
#[test]
fn dangerous_addresses_are_refused_in_every_mode() {
    const VIDEO: &str = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    let cases = [
        format!("![Video]({VIDEO} \"transcript=javascript:alert(1)\")"),
        format!("![Video]({VIDEO} \"poster=JaVaScRiPt:alert(1)\")"),
        format!("![Video]({VIDEO} \"poster=data:image/svg+xml,x\")"),
        format!("![Video]({VIDEO} \"poster=https://tracker.example.org/p.jpg\")"),
        format!("![Video]({VIDEO} \"transcript=%6Aavascript:alert(1)\")"),
        "[x](javascript:alert(1))".to_string(),
        "[x](&#106;avascript&colon;alert(1))".to_string(),
        "[x](< VBScript:x>)".to_string(),
        "![y](data:image/png;base64,AAAA)".to_string(),
        "[z](file:///etc/passwd)".to_string(),
    ];
    for body in cases {
        for safe in [false, true] {
            let site = starter();
            write(
                site.path(),
                "content/news/v.lv.md",
                &format!("---\ntitle: V\ndate: 2026-01-01\nsummary: S\n---\nTeksts.\n\n{body}\n"),
            );
            let r = tilts::build(&tilts::BuildOptions {
                safe,
                ..tilts::BuildOptions::new(site.path())
            })
            .unwrap();
            let m = messages(&r);
            assert!(r.built.is_none(), "{body} (safe: {safe}) was published");
            assert!(
                m.contains("content/news/v.lv.md:8:1: error:"),
                "{body} (safe: {safe}):\n{m}"
            );
        }
    }
}

/// The marks that hold a video's place until its figure is put in cannot
/// be typed: a typed one, in a link's title, would get the figure's markup
/// pasted into the attribute, out of the sanitizer's sight.
#[test]
fn typed_video_placeholders_do_not_paste_markup() {
    for typed in ["\u{E000}video0\u{E001}", "&#xE000;video0&#57345;"] {
        for safe in [false, true] {
            let site = starter();
            write(
                site.path(),
                "content/news/v.lv.md",
                &format!(
                    "---\ntitle: V\ndate: 2026-01-01\nsummary: S\n---\nSk. [šo](/lv/ \"{typed}\").\n\n![V](https://youtu.be/dQw4w9WgXcQ)\n"
                ),
            );
            let r = tilts::build(&tilts::BuildOptions {
                safe,
                ..tilts::BuildOptions::new(site.path())
            })
            .unwrap();
            if r.built.is_some() {
                let html = page(&r, "lv/jaunumi/v/index.html");
                assert!(
                    !html.contains("title=\"<figure"),
                    "{typed} (safe: {safe}) pasted the figure into an attribute"
                );
            }
            let m = messages(&r);
            assert!(
                r.built.is_none() && m.contains("content/news/v.lv.md:6:"),
                "{typed} (safe: {safe}):\n{m}"
            );
        }
    }
}
