//! Mistakes a PR specialist can make: each one ends the build with a non-zero
//! exit, a plain message naming file:line:column, no panic and no output.

use crate::common;

use common::*;

const GOOD: &str =
    "---\ntitle: Labs virsraksts\ndate: 2026-02-01\nsummary: Īss kopsavilkums.\n---\nTeksts.\n";

/// Builds the starter site with `content/news/bad.lv.md` set to `text` through
/// the real binary, and returns (exit code, stderr).
fn build_with_news(text: &str) -> (i32, String, tempfile::TempDir) {
    let site = starter();
    write(site.path(), "content/news/bad.lv.md", text);
    let out = site.path().join("public");
    let o = tilts(&[
        "build",
        "--root",
        site.path().to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert!(!out.exists(), "a failed build must not write output");
    (o.status.code().unwrap(), stderr(&o), site)
}

#[test]
fn unknown_front_matter_field() {
    let (code, err, _s) =
        build_with_news("---\ntitle: A\ntitel: B\ndate: 2026-02-01\nsummary: S\n---\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("content/news/bad.lv.md:3:1: error: `titel` is not a field tilts knows here"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn impossible_date() {
    let (code, err, _s) = build_with_news("---\ntitle: A\ndate: 2018-13-45\nsummary: S\n---\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("content/news/bad.lv.md:3:7: error: `2018-13-45` is not a date"),
        "{err}"
    );
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn february_thirtieth() {
    let (code, err, _s) = build_with_news("---\ntitle: A\ndate: 2018-02-30\nsummary: S\n---\n");
    assert_eq!(code, 1);
    assert!(err.contains("bad.lv.md:3:7"), "{err}");
}

#[test]
fn missing_title() {
    let (code, err, _s) = build_with_news("---\ndate: 2026-02-01\nsummary: S\n---\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("content/news/bad.lv.md:2:1: error: the field `title` is missing here"),
        "{err}"
    );
}

#[test]
fn empty_title_and_missing_date_and_summary() {
    let (_, err, _s) = build_with_news("---\ntitle: \"  \"\ndate: 2026-02-01\nsummary: S\n---\n");
    assert!(
        err.contains("bad.lv.md:2:8: error: the title is empty"),
        "{err}"
    );
    let (_, err, _s) = build_with_news("---\ntitle: A\nsummary: S\n---\n");
    assert!(
        err.contains("bad.lv.md:2:1: error: a news item needs a date"),
        "{err}"
    );
    let (_, err, _s) = build_with_news("---\ntitle: A\ndate: 2026-02-01\n---\n");
    assert!(
        err.contains("bad.lv.md:2:1: error: a news item needs a summary"),
        "{err}"
    );
}

#[test]
fn two_pages_at_one_url() {
    let site = starter();
    // Same title as the starter's first.lv.md, so the same slug.
    write(
        site.path(),
        "content/news/again.lv.md",
        "---\ntitle: Projekts ir sācies\ndate: 2026-02-01\nsummary: S\n---\n",
    );
    let r = build(site.path());
    assert!(r.built.is_none());
    let m = messages(&r);
    assert!(
        m.contains("two pages would be published at /lv/jaunumi/projekts-ir-sacies/"),
        "{m}"
    );
    assert!(
        m.contains("content/news/again.lv.md") && m.contains("content/news/first.lv.md"),
        "both files are named: {m}"
    );
}

#[test]
fn page_slug_that_collides_with_a_section() {
    let site = starter();
    write(
        site.path(),
        "content/pages/x.lv.md",
        "---\ntitle: X\nslug: jaunumi\n---\n",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/pages/x.lv.md: error: two pages would be published at /lv/jaunumi/"),
        "{m}"
    );
}

#[test]
fn front_matter_not_closed_or_missing() {
    let (_, err, _s) = build_with_news("---\ntitle: A\n");
    assert!(
        err.contains("bad.lv.md:2:1: error: the front matter is not closed"),
        "{err}"
    );
    let (_, err, _s) = build_with_news("Tikai teksts\n");
    assert!(
        err.contains("bad.lv.md:1:1: error: the file must start with front matter"),
        "{err}"
    );
}

#[test]
fn yaml_syntax_errors_tabs_and_duplicates() {
    let (_, err, _s) = build_with_news("---\ntitle: \"A\ndate: 2026-02-01\n---\n");
    assert!(err.contains("bad.lv.md:2:"), "{err}");
    let (_, err, _s) =
        build_with_news("---\ntitle: A\ntitle: B\ndate: 2026-02-01\nsummary: S\n---\n");
    assert!(
        err.contains(
            "bad.lv.md:3:1: error: `title` is given twice here; it was first given on line 2"
        ),
        "{err}"
    );
}

#[test]
fn file_name_without_language_or_with_unknown_language() {
    let site = starter();
    write(site.path(), "content/news/plain.md", GOOD);
    write(site.path(), "content/news/other.de.md", GOOD);
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/news/plain.md: error: the file name does not say which language"),
        "{m}"
    );
    assert!(
        m.contains("content/news/other.de.md: error: the file name says language `de`"),
        "{m}"
    );
}

#[test]
fn invalid_utf8_bom_and_crlf() {
    let site = starter();
    std::fs::write(
        site.path().join("content/news/bad.lv.md"),
        b"---\ntitle: A\xff\n---\n",
    )
    .unwrap();
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/news/bad.lv.md:2:9: error: the file is not valid UTF-8 text"),
        "{m}"
    );

    let site = starter();
    write(
        site.path(),
        "content/news/ok.lv.md",
        &format!("\u{feff}{}", GOOD.replace('\n', "\r\n")),
    );
    build_ok(site.path());
}

#[test]
fn image_without_alt_text_and_unsafe_slug() {
    let (_, err, _s) =
        build_with_news("---\ntitle: A\ndate: 2026-02-01\nsummary: S\nimage: /a.jpg\n---\n");
    assert!(
        err.contains("bad.lv.md:5:8: error: the image has no alternative text"),
        "{err}"
    );
    let (_, err, _s) =
        build_with_news("---\ntitle: A\ndate: 2026-02-01\nsummary: S\nslug: ../../etc\n---\n");
    assert!(
        err.contains("bad.lv.md:5:7: error: `../../etc` cannot be used as a slug"),
        "{err}"
    );
}

#[test]
fn bad_site_config() {
    let site = starter();
    replace_in(
        site.path(),
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\nlanguagess: []",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/site.yaml:4:1: error: `languagess` is not a field tilts knows here"),
        "{m}"
    );

    let site = starter();
    replace_in(
        site.path(),
        "content/site.yaml",
        "default_language: lv",
        "default_language: et",
    );
    let m = messages(&build(site.path()));
    assert!(m.contains("content/site.yaml:2:19: error: default_language `et` is not one of the configured languages"), "{m}");
}

#[test]
fn missing_site_config_is_explained() {
    let empty = tempfile::tempdir().unwrap();
    let o = tilts(&["build", "--root", empty.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("content/site.yaml: error: cannot read the site configuration"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("tilts init"));
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = starter();
    let out = site.path().join("public");
    let args = ["build", "--root", site.path().to_str().unwrap()];
    assert_eq!(tilts(&args).status.code(), Some(0), "first build");
    let before = std::fs::read(out.join("lv/index.html")).unwrap();
    write(
        site.path(),
        "content/news/first.lv.md",
        "---\ntitle: A\ndate: 2018-13-45\nsummary: S\n---\n",
    );
    let o = tilts(&args);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is unchanged"));
    assert_eq!(std::fs::read(out.join("lv/index.html")).unwrap(), before);
}

#[test]
fn fluent_syntax_errors_and_missing_messages() {
    let site = starter();
    replace_in(
        site.path(),
        "i18n/lt.ftl",
        "nav-home = Pradžia",
        "nav-home = { Pradžia",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("i18n/lt.ftl:") && m.contains("Fluent syntax error"),
        "{m}"
    );

    // A message missing in lt: warning, the lv text is shown; --strict makes it an error.
    let site = starter();
    replace_in(site.path(), "i18n/lt.ftl", "nav-home = Pradžia\n", "");
    let r = build_ok(site.path());
    assert!(messages(&r).contains("i18n/lt.ftl: warning: message `nav-home` is missing; the i18n/lv.ftl text is shown instead"), "{}", messages(&r));
    assert!(page(&r, "lt/index.html").contains(">Sākums</a>"));
    let strict = tilts::build(&tilts::BuildOptions {
        strict: true,
        ..tilts::BuildOptions::new(site.path())
    })
    .unwrap();
    assert!(strict.built.is_none());
}

#[test]
fn template_errors_name_the_template_file_and_line() {
    let site = starter();
    write(
        site.path(),
        "templates/404.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{{ nosuch.field }}\n{% endblock content %}\n",
    );
    let m = messages(&build(site.path()));
    assert!(m.contains("templates/404.html:3:"), "{m}");

    let site = starter();
    write(
        site.path(),
        "templates/404.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{% if %}\n",
    );
    let m = messages(&build(site.path()));
    assert!(m.contains("templates/404.html:3:"), "{m}");
}

#[test]
fn a_theme_without_the_eu_block_is_refused() {
    let site = starter();
    let base =
        std::fs::read_to_string(example_root().join("themes/default/templates/base.html")).unwrap();
    let start = base.find("  {% if project.eu %}{{ <eu_block").unwrap();
    let end = base[start..].find('\n').unwrap() + start + 1;
    write(
        site.path(),
        "templates/base.html",
        &format!("{}{}", &base[..start], &base[end..]),
    );
    let r = build(site.path());
    assert!(r.built.is_none());
    assert!(
        messages(&r).contains("has no EU funding block"),
        "{}",
        messages(&r)
    );
    let o = tilts(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_theme_script_or_stylesheet_that_is_no_file_is_an_error_at_the_template() {
    let site = starter();
    let base =
        std::fs::read_to_string(example_root().join("themes/default/templates/base.html")).unwrap();
    let edited = base.replace(
        "<script src=\"{{ site.base_path }}/assets/menu.js\" defer></script>",
        "<script src=\"{{ site.base_path }}/assets/menu.js\" defer></script>\n<script src=\"{{ site.base_path }}/assets/slider.js\" defer></script>",
    );
    assert_ne!(edited, base);
    write(site.path(), "templates/base.html", &edited);
    let r = build(site.path());
    assert!(r.built.is_none(), "build refuses it");
    let m = messages(&r);
    let line = edited
        .lines()
        .position(|l| l.contains("slider.js"))
        .unwrap()
        + 1;
    assert!(
        m.contains(&format!(
            "templates/base.html:{line}:34: error: the theme loads /assets/slider.js, which is not a file of the site"
        )),
        "{m}"
    );
    // Put the file in static/: no finding.
    write(site.path(), "static/assets/slider.js", "// a slider\n");
    assert_eq!(messages(&build(site.path())), "");
}
