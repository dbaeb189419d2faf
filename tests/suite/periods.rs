//! The EU rules of each programme period (#27): the block on every page,
//! what `check` asks of a 2021–2027 project (Article 50), the programme
//! logo, the indicators and `init --period`.

use std::path::{Path, PathBuf};

use crate::common::*;

/// The 2021–2027 example: a fictional project under `examples/2021-2027`.
fn period_2021_root() -> PathBuf {
    example_root().join("examples/2021-2027")
}

fn period_2021_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&period_2021_root(), tmp.path());
    let _ = std::fs::remove_dir_all(tmp.path().join("public"));
    tmp
}

/// The EU block of a page, from its opening tag to its end.
fn eu_block(html: &str) -> &str {
    let start = html.find("<div id=\"eu-funding\"").expect("an EU block");
    let end = html[start..].find("\n  </div>").expect("the block's end") + start;
    &html[start..end]
}

const PROJECT: &str = "content/data/project.yaml";

#[test]
fn the_2014_2020_block_names_the_union_and_the_fund_in_each_language() {
    let site = example_copy();
    let r = build_ok(site.path());
    for (path, words, fund) in [
        (
            "lv/index.html",
            "Eiropas Savienība",
            "Eiropas Reģionālās attīstības fonds",
        ),
        (
            "lt/index.html",
            "Europos Sąjunga",
            "Europos regioninės plėtros fondas",
        ),
    ] {
        let html = page(&r, path);
        let block = eu_block(&html);
        let emblem = block.find("class=\"eu-emblem\"").unwrap();
        let name = block
            .find(&format!("<span class=\"eu-name\">{words}</span>"))
            .unwrap();
        let fund_at = block
            .find(&format!("<span class=\"eu-fund\">{fund}</span>"))
            .unwrap();
        assert!(
            emblem < name && name < fund_at,
            "emblem, name, fund: {block}"
        );
        assert!(block.contains("width=\"60\" height=\"40\""), "{block}");
    }
    // The bilingual root and the 404 page carry it too, in both languages.
    let root = page(&r, "index.html");
    assert!(root.contains("Eiropas Savienība") && root.contains("Europos Sąjunga"));
    assert!(page(&r, "404.html").contains("id=\"eu-funding\""));
}

#[test]
fn the_2021_2027_block_says_co_funded_in_the_page_language_and_names_no_fund() {
    let site = period_2021_copy();
    let r = build_ok(site.path());
    assert_eq!(messages(&r), "", "the fixture is clean");
    for (path, words) in [
        ("lv/index.html", "Līdzfinansē Eiropas Savienība"),
        ("lt/index.html", "Bendrai finansuoja Europos Sąjunga"),
        ("lv/jaunumi/index.html", "Līdzfinansē Eiropas Savienība"),
        (
            "lt/naujienos/index.html",
            "Bendrai finansuoja Europos Sąjunga",
        ),
        ("lv/404.html", "Līdzfinansē Eiropas Savienība"),
    ] {
        let html = page(&r, path);
        let block = eu_block(&html);
        let emblem = block.find("class=\"eu-emblem\"").unwrap();
        let said = block
            .find(&format!("<span class=\"eu-name\">{words}</span>"))
            .unwrap();
        assert!(
            emblem < said,
            "the emblem, then the words beside it: {block}"
        );
        assert!(
            !block.contains("class=\"eu-fund\"")
                && !block.contains("fonds")
                && !block.contains("fondas"),
            "{block}"
        );
        assert!(block.contains("width=\"72\" height=\"48\""), "{block}");
    }
    let root = page(&r, "index.html");
    let block = eu_block(&root);
    assert!(
        block.contains("Līdzfinansē Eiropas Savienība")
            && block.contains("Bendrai finansuoja Europos Sąjunga")
    );
    // An alias (redirect) page has the block too.
    for (path, bytes) in r.built.as_ref().unwrap().output.files() {
        if path.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes);
            assert!(html.contains("id=\"eu-funding\""), "{path} has no EU block");
        }
    }
}

#[test]
fn the_home_and_about_pages_describe_the_operation_with_the_eu_support() {
    let site = period_2021_copy();
    let r = build_ok(site.path());
    let home = page(&r, "lv/index.html");
    let operation = home
        .find("class=\"operation\"")
        .expect("the operation on the home page");
    assert!(
        operation < home.find("id=\"latest-news\"").unwrap(),
        "above the news"
    );
    assert!(home.contains("Eiropas Savienības finansējums projektam ir 490\u{a0}000,00\u{a0}€ jeb 80,00% no projekta kopējā budžeta."), "{home}");
    let about = page(&r, "lt/apie-projekta/index.html");
    for text in [
        "Trumpai apie projektą",
        "Numatomi rezultatai",
        "Pasiekti rezultatai",
        "Projekto rodikliai",
        "Projekto tikslai",
    ] {
        assert!(about.contains(text), "{text} on the About page");
    }
    // A 2014–2020 site shows none of it.
    let example = example_copy();
    let r = build_ok(example.path());
    assert!(!page(&r, "lv/index.html").contains("class=\"operation\""));
}

/// Sets the second indicator's target and achieved value.
fn with_flats(site: &Path, target: &str, achieved: &str) {
    replace_in(
        site,
        PROJECT,
        "    target: 3\n    achieved: { value: 1, date: 2026-09-30 }",
        &format!(
            "    target: {target}\n    achieved: {{ value: {achieved}, date: 2026-09-30 }}\n    exceeded: true"
        ),
    );
}

#[test]
fn indicator_units_take_the_plural_form_of_each_number() {
    let cases = [
        ("1", "1\u{a0}servisa dzīvoklis", "1\u{a0}paslaugų butas"),
        ("2", "2\u{a0}servisa dzīvokļi", "2\u{a0}paslaugų butai"),
        ("5", "5\u{a0}servisa dzīvokļi", "5\u{a0}paslaugų butai"),
        ("21", "21\u{a0}servisa dzīvoklis", "21\u{a0}paslaugų butas"),
        // CLDR groups Latvian thousands only from 10 000 on (minimum
        // grouping digits 2), Lithuanian from 1 000 on: ICU4X follows it.
        (
            "1000",
            "1000\u{a0}servisa dzīvokļu",
            "1\u{a0}000\u{a0}paslaugų butų",
        ),
        (
            "10000",
            "10\u{a0}000\u{a0}servisa dzīvokļu",
            "10\u{a0}000\u{a0}paslaugų butų",
        ),
        ("11", "11\u{a0}servisa dzīvokļu", "11\u{a0}paslaugų butų"),
    ];
    for (n, lv, lt) in cases {
        let site = period_2021_copy();
        with_flats(site.path(), "1", n);
        let r = build_ok(site.path());
        let lv_page = page(&r, "lv/par-projektu/index.html").replace("&nbsp;", "\u{a0}");
        let lt_page = page(&r, "lt/apie-projekta/index.html").replace("&nbsp;", "\u{a0}");
        assert!(lv_page.contains(&format!(">{lv}<")), "lv {n}: {lv}");
        assert!(lt_page.contains(&format!(">{lt}<")), "lt {n}: {lt}");
    }
    // The target 1 000 people: the genitive plural in both languages.
    let site = period_2021_copy();
    let r = build_ok(site.path());
    let lv = page(&r, "lv/par-projektu/index.html").replace("&nbsp;", "\u{a0}");
    assert!(
        lv.contains("1000\u{a0}cilvēku") && lv.contains("1021\u{a0}cilvēks"),
        "{lv}"
    );
    let lt = page(&r, "lt/apie-projekta/index.html").replace("&nbsp;", "\u{a0}");
    assert!(
        lt.contains("1\u{a0}000\u{a0}žmonių") && lt.contains("1\u{a0}021\u{a0}žmogus"),
        "{lt}"
    );
    assert!(
        lv.contains("value=\"100\"") && lv.contains("102%"),
        "the bar stops at 100, the text says 102%"
    );
}

fn check_messages(site: &Path) -> String {
    messages(&build(site))
}

#[test]
fn check_reports_each_missing_article_50_part_at_the_file() {
    let site = period_2021_copy();
    let text = std::fs::read_to_string(site.path().join(PROJECT)).unwrap();
    // Without the description, the results and the aims.
    let start = text.find("description:").unwrap();
    let aims = text.find("aims:").unwrap();
    let groups = text.find("target_groups:").unwrap();
    let results = text.find("results:").unwrap();
    let indicators = text.find("indicators:").unwrap();
    let cut = format!(
        "{}{}aims: []\n{}{}",
        &text[..start],
        "",
        &text[groups..results],
        &text[indicators..]
    );
    assert!(aims > start);
    write(site.path(), PROJECT, &cut);
    let m = check_messages(site.path());
    let period_line = "content/data/project.yaml:3:9: warning";
    for said in [
        "has no `description:`",
        "`aims:` lists none of the project's aims",
        "has no `results:`",
    ] {
        assert!(
            m.lines()
                .any(|l| l.starts_with(period_line) && l.contains(said)),
            "{said} at `period:`:\n{m}"
        );
    }
    // Results without `achieved:` and an English summary too long.
    let site = period_2021_copy();
    replace_in(
        site.path(),
        PROJECT,
        "  achieved:\n    - lv: Pielāgots pirmais servisa dzīvoklis Bauskā.\n      lt: Pritaikytas pirmasis paslaugų butas Bauskėje.\n",
        "",
    );
    replace_in(
        site.path(),
        PROJECT,
        "target_people: 1000\n",
        "target_people: 1000\nsummary_limit: 40\n",
    );
    let m = check_messages(site.path());
    assert!(m.contains("`results:` has no `achieved:`"), "{m}");
    assert!(
        m.contains("the English summary has 182 characters; the programme accepts at most 40"),
        "{m}"
    );
    // No English summary at all.
    let site = period_2021_copy();
    replace_in(
        site.path(),
        PROJECT,
        "  en: Two municipalities",
        "  # en: Two municipalities",
    );
    assert!(
        check_messages(site.path()).contains("`description:` has no summary in English (`en:`)")
    );
}

#[test]
fn a_missing_or_unknown_period_is_an_error_that_says_what_to_write() {
    let site = example_copy();
    replace_in(site.path(), PROJECT, "period: 2014-2020\n", "");
    let r = build(site.path());
    assert!(r.built.is_none());
    let m = messages(&r);
    assert!(
        m.contains(
            "content/data/project.yaml:1:1: error: project.yaml does not say which programme period"
        ),
        "{m}"
    );
    assert!(
        m.contains("`period: 2021-2027`") && m.contains("`period: 2014-2020`"),
        "{m}"
    );
    assert!(
        !m.contains("has no EU funding block"),
        "no cascade onto every page: {m}"
    );
    let site = example_copy();
    replace_in(
        site.path(),
        PROJECT,
        "period: 2014-2020",
        "period: 2007-2013",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("`2007-2013` is not a programme period") && m.contains("2014-2020, 2021-2027"),
        "{m}"
    );
    // A 2014–2020 project dated in 2025 is probably in the wrong period.
    let site = period_2021_copy();
    replace_in(
        site.path(),
        PROJECT,
        "period: 2021-2027",
        "period: 2014-2020",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("the project starts in 2025, outside the programme period `2014-2020`"),
        "{m}"
    );
}

#[test]
fn a_programme_logo_larger_than_the_emblem_is_reported_and_one_as_high_is_not() {
    let site = period_2021_copy();
    write_bytes(
        site.path(),
        "static/images/programme.png",
        &picture(300, 100, image::ImageFormat::Png),
    );
    let logo = |w: u32, h: u32| {
        format!(
            "programme_logo: {{ src: /images/programme.png, width: {w}, height: {h} }}\ncontact:"
        )
    };
    let project = site.path().join(PROJECT);
    let original = std::fs::read_to_string(&project).unwrap();
    std::fs::write(&project, original.replace("contact:", &logo(150, 48))).unwrap();
    let r = build_ok(site.path());
    assert_eq!(messages(&r), "");
    assert!(
        page(&r, "lv/index.html")
            .contains("src=\"/images/programme.png\" width=\"150\" height=\"48\"")
    );
    std::fs::write(&project, original.replace("contact:", &logo(300, 100))).unwrap();
    let r = build(site.path());
    let m = messages(&r);
    assert!(
        m.contains(
            "the logo /images/programme.png on /lv/ is larger (300×100) than the EU emblem (72×48)"
        ),
        "{m}"
    );
    assert!(
        m.contains("themes/default/templates/"),
        "at the template: {m}"
    );
    assert_eq!(
        m.matches("is larger").count(),
        2,
        "once per language, not on every page: {m}"
    );
    // The same logo on a 2014–2020 site is allowed (that period has no such rule).
    std::fs::write(
        &project,
        original
            .replace("contact:", &logo(300, 100))
            .replace("period: 2021-2027", "period: 2014-2020")
            .replace("start: 2025-01-01", "start: 2020-01-01"),
    )
    .unwrap();
    let m = messages(&build(site.path()));
    assert!(!m.contains("larger"), "{m}");
}

#[test]
fn an_interreg_logo_with_the_statement_replaces_the_emblem_and_needs_its_text() {
    let site = period_2021_copy();
    write_bytes(
        site.path(),
        "static/images/interreg.png",
        &picture(300, 100, image::ImageFormat::Png),
    );
    let project = site.path().join(PROJECT);
    let original = std::fs::read_to_string(&project).unwrap();
    let logo = "programme_logo:\n  src: /images/interreg.png\n  width: 180\n  height: 60\n  includes_eu_statement: true\ncontact:";
    std::fs::write(&project, original.replace("contact:", logo)).unwrap();
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/data/project.yaml:")
            && m.contains("needs `alt:` text in every language"),
        "{m}"
    );
    let with_alt = logo.replace(
        "  includes_eu_statement",
        "  alt:\n    lv: Interreg Latvija–Lietuva. Līdzfinansē Eiropas Savienība\n    lt: Interreg Latvija–Lietuva. Bendrai finansuoja Europos Sąjunga\n  includes_eu_statement",
    );
    std::fs::write(&project, original.replace("contact:", &with_alt)).unwrap();
    let r = build_ok(site.path());
    let html = page(&r, "lt/index.html");
    let block = eu_block(&html);
    assert!(
        block.contains("alt=\"Interreg Latvija–Lietuva. Bendrai finansuoja Europos Sąjunga\""),
        "{block}"
    );
    assert!(
        !block.contains("eu-emblem"),
        "the logo stands in for the emblem: {block}"
    );
    // Half the text is an error at the key.
    let half = with_alt.replace(
        "    lt: Interreg Latvija–Lietuva. Bendrai finansuoja Europos Sąjunga\n",
        "",
    );
    std::fs::write(&project, original.replace("contact:", &half)).unwrap();
    let m = messages(&build(site.path()));
    assert!(
        m.contains("the programme logo's text: no text in language `lt`")
            || m.contains("the programme logo's text"),
        "{m}"
    );
}

#[test]
fn indicators_are_checked_for_units_targets_and_dates() {
    let site = period_2021_copy();
    replace_in(
        site.path(),
        PROJECT,
        "      lt: { one: paslaugų butas, few: paslaugų butai, many: paslaugų buto, other: paslaugų butų }\n",
        "      lt: { one: paslaugų butas, other: paslaugų butų }\n",
    );
    replace_in(
        site.path(),
        PROJECT,
        "      lv: { zero: risinājumu, one: risinājums, other: risinājumi }\n",
        "",
    );
    replace_in(
        site.path(),
        PROJECT,
        "achieved: { value: 2, date: 2025-03-31 }",
        "achieved: { value: 3, date: 2024-12-31 }",
    );
    let m = check_messages(site.path());
    assert!(
        m.contains(
            "indicator “Pielāgoti servisa dzīvokļi”: the unit under `lt:` lacks the forms few, many"
        ),
        "{m}"
    );
    assert!(
        m.contains("indicator “Organizāciju ieviesti vai paplašināti risinājumi”: `unit:` has no forms for `lv`"),
        "{m}"
    );
    assert!(
        m.contains("the achieved value 3 is above the target 2"),
        "{m}"
    );
    assert!(
        m.contains("the date 2024-12-31 is outside the project's period (2025-01-01 – 2027-06-30)"),
        "{m}"
    );
    // Each at its line: the date's own.
    let line = std::fs::read_to_string(site.path().join(PROJECT))
        .unwrap()
        .lines()
        .position(|l| l.contains("2024-12-31"))
        .unwrap()
        + 1;
    assert!(
        m.contains(&format!("content/data/project.yaml:{line}:")),
        "{m}"
    );
    // Marked as exceeded, the same value is no finding; marked without
    // being above, it is.
    let site = period_2021_copy();
    replace_in(
        site.path(),
        PROJECT,
        "achieved: { value: 2, date: 2025-03-31 }",
        "achieved: { value: 2, date: 2025-03-31 }\n    exceeded: true",
    );
    assert!(
        check_messages(site.path())
            .contains("is marked `exceeded: true`, but its achieved value is not above the target")
    );
}

#[test]
fn init_makes_a_2021_2027_starter_unless_told_otherwise_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("new");
    let o = tilts(&["init", site.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("EU rules of the programme period 2021-2027")
            && stdout(&o).contains("--period 2014-2020"),
        "{}",
        stdout(&o)
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        .current_dir(&site)
        .args(["check"])
        .env("LC_ALL", "C")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = format!("{}{}", stdout(&o), stderr(&o));
    // The Article 50 parts are listed to fill in; the site still builds.
    assert!(
        said.contains("has no `description:`") && said.contains("has no `results:`"),
        "{said}"
    );
    assert!(site.join("content/data/project.yaml").exists());
    let r = build_ok(&site);
    assert!(page(&r, "lv/index.html").contains("Līdzfinansē Eiropas Savienība"));

    let old = tmp.path().join("old");
    let o = tilts(&["init", "--period", "2014-2020", old.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r = build_ok(&old);
    assert_eq!(messages(&r), "");
    let html = page(&r, "lt/index.html");
    assert!(eu_block(&html).contains("Europos regioninės plėtros fondas"));
    let o = tilts(&[
        "init",
        "--period",
        "2028-2034",
        tmp.path().join("x").to_str().unwrap(),
    ]);
    assert_ne!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("2014-2020, 2021-2027"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_poster_page_shows_the_project_and_the_block_and_stays_out_of_the_sitemap() {
    let site = period_2021_copy();
    let r = build_ok(site.path());
    for (path, words, aim) in [
        (
            "lv/plakats/index.html",
            "Līdzfinansē Eiropas Savienība",
            "Padarīt pašvaldību pakalpojumus",
        ),
        (
            "lt/plakatas/index.html",
            "Bendrai finansuoja Europos Sąjunga",
            "savivaldybių paslaugos būtų prieinamos",
        ),
    ] {
        let html = page(&r, path);
        assert!(eu_block(&html).contains(words), "{path}");
        assert!(
            html.contains(aim) && html.contains("class=\"poster-support\""),
            "{path}"
        );
        assert!(
            html.contains("<meta name=\"robots\" content=\"noindex\">"),
            "{path}"
        );
    }
    assert!(
        !page(&r, "sitemap.xml").contains("plakat"),
        "a poster is not a page to find"
    );
    // The stylesheet puts it on one A3 sheet in print (the browser suite
    // prints it with Chromium and reads the PDF's pages and paper).
    let css = page(&r, "assets/style.css");
    assert!(
        css.contains("@page poster { size: A3 portrait;")
            && css.contains(".poster-page { page: poster;")
    );
    // Without `poster:` in `sections`, the address is `poster`.
    let site = period_2021_copy();
    replace_in(site.path(), "content/site.yaml", ", poster: plakats", "");
    let r = build_ok(site.path());
    assert!(page(&r, "lv/poster/index.html").contains("Līdzfinansē Eiropas Savienība"));
}
