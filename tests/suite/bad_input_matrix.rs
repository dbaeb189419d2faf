//! The bad-input matrix: every case must end with exit code 1, a message
//! naming the file (and line:column where there is one), no panic and no
//! output written. Each case changes one file of a fresh starter site.

use crate::common;

use common::*;

/// (what, file to write, its content, expected location prefix, expected words)
type Case = (
    &'static str,
    &'static str,
    Content,
    &'static str,
    &'static str,
);

enum Content {
    Text(&'static str),
    Bytes(&'static [u8]),
    /// Replace `from` with `to` in the starter's file.
    Edit(&'static str, &'static str),
    Huge,
}

const NEWS: &str = "content/news/x.lv.md";

fn cases() -> Vec<Case> {
    use Content::*;
    vec![
        (
            "malformed YAML",
            NEWS,
            Text("---\ntitle: [unclosed\ndate: 2026-01-01\n---\n"),
            "content/news/x.lv.md:2:",
            "error",
        ),
        (
            "wrong type for draft",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\ndraft: maybe\n---\n"),
            "content/news/x.lv.md:5:8",
            "error",
        ),
        // Values of the wrong shape, each with its fix in plain words.
        (
            "one topic without the list's brackets",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\ntags: infrastruktura\n---\n"),
            "content/news/x.lv.md:5:7",
            "write `tags: [infrastruktura]`",
        ),
        (
            "tags.yaml as a bare list",
            "content/data/tags.yaml",
            Text("- id: a\n  name: { lv: A, lt: A }\n"),
            "content/data/tags.yaml:1:1",
            "this file must start with `tags:`",
        ),
        (
            "partners.yaml with fields where the list belongs",
            "content/data/partners.yaml",
            Edit(
                "partners:\n",
                "partners:\n  lead: Vadošais partneris\nold_partners:\n",
            ),
            "content/data/partners.yaml:2:3",
            "`partners` must be a list, not `name: value` fields",
        ),
        (
            "site.yaml with one language instead of the list",
            "content/site.yaml",
            Edit("languages:\n", "languages: lv\nold_languages:\n"),
            "content/site.yaml:4:12",
            "`languages` must be a list, not a single value",
        ),
        (
            "tab indentation",
            "content/data/budget.yaml",
            Edit("currency: EUR", "currency:\n\t EUR"),
            "content/data/budget.yaml:",
            "tab",
        ),
        (
            "invalid UTF-8",
            NEWS,
            Bytes(b"---\ntitle: \xc3\x28\ndate: 2026-01-01\nsummary: S\n---\n"),
            "content/news/x.lv.md:2:8",
            "not valid UTF-8",
        ),
        (
            "empty news file",
            NEWS,
            Text(""),
            "content/news/x.lv.md:1:1",
            "front matter",
        ),
        (
            "empty front matter",
            NEWS,
            Text("---\n---\nBody\n"),
            "content/news/x.lv.md:2:1",
            "empty",
        ),
        (
            "empty data file",
            "content/data/project.yaml",
            Text(""),
            "content/data/project.yaml:1:1",
            "empty",
        ),
        (
            "huge file",
            NEWS,
            Huge,
            "content/news/x.lv.md",
            "too large (17.0 MB); tilts reads files of up to 16 MB",
        ),
        (
            "invalid UTF-8 in site.yaml",
            "content/site.yaml",
            Bytes(b"base_url: https://example.eu\ndefault_language: l\xe2v\n"),
            "content/site.yaml:2:20",
            "not valid UTF-8",
        ),
        (
            "invalid UTF-8 in a template",
            "templates/home.html",
            Bytes(b"{% extends \"base.html\" %}\n{% block content %}\xff{% endblock content %}\n"),
            "templates/home.html:2:20",
            "not valid UTF-8",
        ),
        (
            "invalid UTF-8 in UI strings",
            "i18n/lt.ftl",
            Bytes(b"site-title = Projektas\nnews = Naujien\xf3s\n"),
            "i18n/lt.ftl:2:15",
            "not valid UTF-8",
        ),
        (
            "unknown language in file name",
            "content/news/x.de.md",
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n"),
            "content/news/x.de.md",
            "language `de`",
        ),
        (
            "no language in file name",
            "content/news/x.md",
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n"),
            "content/news/x.md",
            "which language",
        ),
        (
            "unknown language in config",
            "content/site.yaml",
            Edit("default_language: lv", "default_language: xx"),
            "content/site.yaml:2:19",
            "not one of",
        ),
        (
            "bad locale",
            "content/site.yaml",
            Edit("locale: lt-LT", "locale: \"lt LT!\""),
            "content/site.yaml:",
            "not a locale",
        ),
        (
            "February 30th",
            NEWS,
            Text("---\ntitle: A\ndate: 2018-02-30\nsummary: S\n---\n"),
            "content/news/x.lv.md:3:7",
            "not a date",
        ),
        (
            "month 13",
            NEWS,
            Text("---\ntitle: A\ndate: 2018-13-01\nsummary: S\n---\n"),
            "content/news/x.lv.md:3:7",
            "not a date",
        ),
        (
            "date with text",
            NEWS,
            Text("---\ntitle: A\ndate: vakar\nsummary: S\n---\n"),
            "content/news/x.lv.md:3:7",
            "not a date",
        ),
        (
            "duplicate keys",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\ndate: 2026-01-02\nsummary: S\n---\n"),
            "content/news/x.lv.md:4:1",
            "given twice",
        ),
        (
            "unknown field",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsumary: S\n---\n"),
            "content/news/x.lv.md:4:1",
            "`sumary` is not a field",
        ),
        (
            "missing title",
            NEWS,
            Text("---\ndate: 2026-01-01\nsummary: S\n---\n"),
            "content/news/x.lv.md:2:1",
            "the field `title` is missing",
        ),
        (
            "missing summary",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\n---\n"),
            "content/news/x.lv.md:2:1",
            "needs a summary",
        ),
        (
            "unclosed front matter",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\n"),
            "content/news/x.lv.md:",
            "not closed",
        ),
        (
            "image without alt",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\nimage: /a.png\n---\n"),
            "content/news/x.lv.md:5:8",
            "alternative text",
        ),
        (
            "javascript image",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nimage: javascript:alert(1)\nimage_alt: A\n---\n",
            ),
            "content/news/x.lv.md:5:8",
            "not an image address",
        ),
        (
            "percent-encoded javascript image",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nimage: \"%6Aavascript%3Aalert(1)\"\nimage_alt: A\n---\n",
            ),
            "content/news/x.lv.md:5:8",
            "not an image address",
        ),
        (
            "image from another site",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nimage: https://example.org/a.jpg\nimage_alt: A\n---\n",
            ),
            "content/news/x.lv.md:5:8",
            "another site",
        ),
        (
            "gallery photo from another site",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\ngallery:\n  - src: https://example.org/a.jpg\n    alt: A\n---\n",
            ),
            "content/news/x.lv.md:6:10",
            "another site",
        ),
        (
            "javascript video transcript",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n![V](https://youtu.be/dQw4w9WgXcQ \"transcript=javascript:alert(1)\")\n",
            ),
            "content/news/x.lv.md:6:1",
            "javascript:alert(1)",
        ),
        (
            "video poster from another site",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n![V](https://youtu.be/dQw4w9WgXcQ \"poster=https://example.org/p.jpg\")\n",
            ),
            "content/news/x.lv.md:6:1",
            "poster",
        ),
        (
            "data: link in Markdown",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\nSk. [šo](data:text/html,x)\n"),
            "content/news/x.lv.md:6:5",
            "data:text/html,x",
        ),
        (
            "typed video placeholder",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\nTeksts &#xE000;video0&#xE001;\n",
            ),
            "content/news/x.lv.md:6:8",
            "U+E000",
        ),
        (
            "slug with a path",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\nslug: ../../etc/passwd\n---\n"),
            "content/news/x.lv.md:5:7",
            "cannot be used as a slug",
        ),
        (
            "slug with backslashes",
            NEWS,
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\nslug: 'a\\b'\n---\n"),
            "content/news/x.lv.md:5:7",
            "cannot be used as a slug",
        ),
        (
            "section name with a path",
            "content/site.yaml",
            Edit("news: jaunumi", "news: ../../jaunumi"),
            "content/site.yaml:",
            "cannot be used in a URL",
        ),
        (
            "theme name with a path",
            "content/site.yaml",
            Edit("news_per_page: 10", "news_per_page: 10\ntheme: ../../etc"),
            "content/site.yaml:",
            "plain folder name",
        ),
        (
            "programme logo outside",
            "content/site.yaml",
            Edit(
                "news_per_page: 10",
                "news_per_page: 10\nprogramme_logo: ../../secret.png",
            ),
            "content/site.yaml:",
            "programme_logo",
        ),
        (
            "base_url not http",
            "content/site.yaml",
            Edit(
                "base_url: https://example.eu",
                "base_url: javascript:alert(1)",
            ),
            "content/site.yaml:1:11",
            "https://",
        ),
        (
            "money with 3 decimals",
            "content/data/budget.yaml",
            Edit("total: 100000.00", "total: 100000.001"),
            "content/data/budget.yaml:3:8",
            "two decimals",
        ),
        (
            "money as words",
            "content/data/budget.yaml",
            Edit("erdf: 85000.00", "erdf: daudz"),
            "content/data/budget.yaml:4:7",
            "not an amount",
        ),
        (
            "partner logo on another host",
            "content/data/partners.yaml",
            Edit(
                "    coordinates: [55.9349, 23.3137]",
                "    coordinates: [55.9349, 23.3137]\n    logo: '\\evil.example/x.png'",
            ),
            "content/data/partners.yaml:16:11",
            "not the path of a file of the site",
        ),
        (
            "project image from another site",
            "content/data/project.yaml",
            Edit(
                "activities: []",
                "activities: []\nimage:\n  src: https://evil.example/x.jpg\n  alt: { lv: A, lt: A }",
            ),
            "content/data/project.yaml:23:8",
            "not the path of a file of the site",
        ),
        (
            "partner website javascript",
            "content/data/partners.yaml",
            Edit(
                "    coordinates: [55.9349, 23.3137]",
                "    coordinates: [55.9349, 23.3137]\n    website: javascript:alert(1)",
            ),
            "content/data/partners.yaml:",
            "http",
        ),
        (
            "coordinates out of range",
            "content/data/partners.yaml",
            Edit("[55.9349, 23.3137]", "[155.9349, 23.3137]"),
            "content/data/partners.yaml:15:18",
            "coordinates",
        ),
        (
            "bad Fluent syntax",
            "i18n/lv.ftl",
            Edit("nav-home = Sākums", "nav-home = { Sākums"),
            "i18n/lv.ftl:",
            "Fluent syntax error",
        ),
        (
            "Fluent message defined twice",
            "i18n/lv.ftl",
            Edit("nav-home = Sākums", "nav-home = Sākums\nnav-home = Otrreiz"),
            "i18n/lv.ftl",
            "error",
        ),
        (
            "missing ftl file",
            "i18n/lt.ftl",
            Bytes(b"\xff\xfe"),
            "i18n/lt.ftl",
            "UTF-8",
        ),
        (
            "broken template syntax",
            "templates/home.html",
            Text(
                "{% extends \"base.html\" %}\n{% block content %}\n{% for x in %}\n{% endblock content %}\n",
            ),
            "templates/home.html:3:",
            "template error",
        ),
        (
            "unknown template variable",
            "templates/home.html",
            Text(
                "{% extends \"base.html\" %}\n{% block content %}{{ nope.nope }}{% endblock content %}\n",
            ),
            "templates/home.html:2:",
            "template error",
        ),
        (
            "unknown UI string in a template",
            "templates/home.html",
            Text(
                "{% extends \"base.html\" %}\n{% block content %}{{ t(key=\"no-such-key\") }}{% endblock content %}\n",
            ),
            "templates/home.html:2:",
            "no-such-key",
        ),
        (
            "event end before start",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nevent:\n  start: 2026-02-01T10:00\n  end: 2026-02-01T09:00\n  timezone: Europe/Riga\n  location: Jelgava\n---\n",
            ),
            "content/news/x.lv.md:7:8",
            "ends before",
        ),
        (
            "unknown time zone",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\nevent:\n  start: 2026-02-01T10:00\n  timezone: Mars/Olympus\n  location: Jelgava\n---\n",
            ),
            "content/news/x.lv.md:7:13",
            "time zone",
        ),
        (
            "YAML alias bomb",
            "content/data/project.yaml",
            Text(
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n",
            ),
            "content/data/project.yaml:",
            "error",
        ),
        (
            "placeables nested thousands deep",
            "i18n/lv.ftl",
            Edit(
                "skip-to-content = ",
                "deep = { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { \"x\" } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }\nskip-to-content = ",
            ),
            "i18n/lv.ftl:",
            "nested more than 30 deep",
        ),
        (
            "messages that refer to each other",
            "i18n/lv.ftl",
            Edit(
                "skip-to-content = ",
                "loop-a = { loop-b }\nloop-b = { loop-a }\nskip-to-content = { loop-a } ",
            ),
            "i18n/lv.ftl:",
            "refers to itself: loop-a → loop-b → loop-a",
        ),
        (
            "a control character in a data file",
            "content/data/partners.yaml",
            Edit("name:", "note: \"\\e\"\n    name:"),
            "content/data/partners.yaml:",
            "control character",
        ),
        (
            "two pages at one address",
            "content/news/again.lv.md",
            Text("---\ntitle: Projekts ir sācies\ndate: 2026-01-01\nsummary: S\n---\n"),
            "content/news/",
            "two pages would be published",
        ),
        (
            "a line break in translation_key (it would add lines to the .ics)",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\ntranslation_key: \"a\\r\\nATTENDEE:mailto:x@example.eu\"\n---\n",
            ),
            "content/news/x.lv.md:5:18",
            "translation_key",
        ),
        (
            "base_url with a user name and password",
            "content/site.yaml",
            Edit(
                "base_url: https://example.eu",
                "base_url: https://user:secret@example.eu",
            ),
            "content/site.yaml:",
            "user name or password",
        ),
        (
            "base_url with a ; that would break the web server's address list",
            "content/site.yaml",
            Edit(
                "base_url: https://example.eu",
                "base_url: \"https://example.eu/a;b$c\"",
            ),
            "content/site.yaml:",
            "base_url",
        ),
        (
            "a line break in a news file's name (the name is the key, written into the .ics)",
            "content/news/x\r\nATTENDEE:mailto:a@example.eu.lv.md",
            Text("---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n"),
            "content/news/x",
            "control character",
        ),
        (
            "a picture in raw HTML without alternative text",
            NEWS,
            Text(
                "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\nTeksts.\n\n<p><img src=\"/assets/eu-emblem.svg\"></p>\n",
            ),
            "content/news/x.lv.md:8:4",
            "alternative text",
        ),
    ]
}

#[test]
fn every_bad_input_is_reported_plainly_without_panic_or_output() {
    let cases = cases();
    assert!(cases.len() >= 30, "the matrix has {} cases", cases.len());
    let mut failures = Vec::new();
    for (what, file, content, location, words) in cases {
        let site = starter();
        let path = site.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        match content {
            Content::Text(t) => std::fs::write(&path, t).unwrap(),
            Content::Bytes(b) => std::fs::write(&path, b).unwrap(),
            Content::Edit(from, to) => replace_in(site.path(), file, from, to),
            Content::Huge => std::fs::write(
                &path,
                format!(
                    "---\ntitle: A\ndate: 2026-01-01\nsummary: S\n---\n{}",
                    "x".repeat(17 * 1024 * 1024)
                ),
            )
            .unwrap(),
        }
        let out = site.path().join("public");
        let o = tilts(&["build", "--root", site.path().to_str().unwrap()]);
        let err = stderr(&o);
        let ok = o.status.code() == Some(1)
            && err
                .lines()
                .any(|l| l.starts_with(location) && (l.contains(words) || err.contains(words)))
            && !err.contains("panicked")
            && !out.exists();
        if !ok {
            failures.push(format!(
                "{what}: exit {:?}, output exists: {}\n{err}",
                o.status.code(),
                out.exists()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases failed:\n{}",
        failures.len(),
        failures.join("\n---\n")
    );
}
