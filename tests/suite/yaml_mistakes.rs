//! The YAML mistakes PR specialists make most, in front matter and in every
//! data file, each answered in plain words at the line where it is — in
//! English, Latvian and Lithuanian (`--messages`). One golden file per file
//! and mistake holds `tilts check`'s report for that file in all three.

use crate::common;

use common::*;

const NEWS: &str = "content/news/2018-05-21-auce-projekta.lv.md";
const PARTNERS: &str = "content/data/partners.yaml";
const PROJECT: &str = "content/data/project.yaml";
const BUDGET: &str = "content/data/budget.yaml";
const ACCESSIBILITY: &str = "content/data/accessibility.yaml";
const SITE: &str = "content/site.yaml";
const TAGS: &str = "content/data/tags.yaml";

/// (golden name, file, replace this, with this, the message id's words in English)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn cases() -> Vec<Case> {
    let title = "title: Auces novads piedalās pārrobežu projektā “SocQuality”";
    vec![
        // Front matter of a news item.
        (
            "news-colon",
            NEWS,
            "title: Auces novads piedalās",
            "title: Auces novads: piedalās",
            "contains “: ”",
        ),
        (
            "news-unclosed-quote",
            NEWS,
            title,
            "title: \"Auces novads piedalās pārrobežu projektā “SocQuality”",
            "never closed",
        ),
        (
            "news-tab",
            NEWS,
            "\ndate: 2018-05-21",
            "\n\tdate: 2018-05-21",
            "tab",
        ),
        (
            "news-indent",
            NEWS,
            "\ndate: 2018-05-21",
            "\n  date: 2018-05-21",
            "indented by 2 spaces",
        ),
        (
            "news-not-pair",
            NEWS,
            "\ndate: 2018-05-21",
            "\nAuces novads\ndate: 2018-05-21",
            "not a `key: value`",
        ),
        (
            "news-duplicate",
            NEWS,
            "\ndate: 2018-05-21",
            "\ndate: 2018-05-21\ndate: 2018-05-22",
            "given twice",
        ),
        // partners.yaml: a list of partners.
        (
            "partners-colon",
            PARTNERS,
            "lv: Auces novada pašvaldība",
            "lv: Auces novads: pašvaldība",
            "contains “: ”",
        ),
        (
            "partners-unclosed-quote",
            PARTNERS,
            "lv: Auces novada pašvaldība",
            "lv: \"Auces novada pašvaldība",
            "never closed",
        ),
        (
            "partners-tab",
            PARTNERS,
            "    role: partner\n",
            "\trole: partner\n",
            "tab",
        ),
        (
            "partners-indent",
            PARTNERS,
            "    role: partner\n    name:",
            "    role: partner\n   name:",
            "indented by 3 spaces",
        ),
        (
            "partners-not-pair",
            PARTNERS,
            "  - id: auce\n",
            "  - Auce\n  - id: auce\n",
            "only a text",
        ),
        (
            "partners-duplicate",
            PARTNERS,
            "    role: partner\n",
            "    role: partner\n    role: lead\n",
            "given twice",
        ),
        // project.yaml: texts in both languages, lists of them.
        (
            "project-colon",
            PROJECT,
            "acronym: SocQuality",
            "acronym: Projekts: SocQuality",
            "contains “: ”",
        ),
        (
            "project-unclosed-quote",
            PROJECT,
            "      lv: Grupu dzīvokļu attīstīšana",
            "      lv: 'Grupu dzīvokļu attīstīšana",
            "never closed",
        ),
        (
            "project-tab",
            PROJECT,
            "  - lv: bērni\n",
            "\t- lv: bērni\n",
            "tab",
        ),
        (
            "project-indent",
            PROJECT,
            "  - lv: bērni\n    lt: vaikai",
            "  - lv: bērni\n     lt: vaikai",
            "indented by 5 spaces",
        ),
        (
            "project-not-pair",
            PROJECT,
            "  - partner: dobele\n",
            "  - Dobele\n  - partner: dobele\n",
            "only a text",
        ),
        (
            "project-duplicate",
            PROJECT,
            "\nstart: 2018-03-01",
            "\nstart: 2018-03-01\nstart: 2018-04-01",
            "given twice",
        ),
        // budget.yaml: figures and cost lines.
        (
            "budget-colon",
            BUDGET,
            "\ncurrency: EUR",
            "\ncurrency: valūta: EUR",
            "contains “: ”",
        ),
        (
            "budget-unclosed-quote",
            BUDGET,
            "co_financing_rate: \"0.85\"",
            "co_financing_rate: \"0.85",
            "never closed",
        ),
        (
            "budget-tab",
            BUDGET,
            "    total: 91079.82",
            "\ttotal: 91079.82",
            "tab",
        ),
        (
            "budget-indent",
            BUDGET,
            "    erdf: 77418.00",
            "  erdf: 77418.00",
            "indented by 2 spaces",
        ),
        (
            "budget-not-pair",
            BUDGET,
            "  - partner: auce\n",
            "  - Auce\n  - partner: auce\n",
            "only a text",
        ),
        (
            "budget-duplicate",
            BUDGET,
            "\ntotal: 791256.20",
            "\ntotal: 791256.20\ntotal: 791256.21",
            "given twice",
        ),
        // accessibility.yaml: the statement.
        (
            "accessibility-colon",
            ACCESSIBILITY,
            "\nstatus: partial",
            "\nstatus: daļēji: partial",
            "contains “: ”",
        ),
        (
            "accessibility-unclosed-quote",
            ACCESSIBILITY,
            "  url: https://www.zemgale.lv",
            "  url: \"https://www.zemgale.lv",
            "never closed",
        ),
        (
            "accessibility-tab",
            ACCESSIBILITY,
            "  url: https://www.zemgale.lv",
            "\turl: https://www.zemgale.lv",
            "tab",
        ),
        (
            "accessibility-indent",
            ACCESSIBILITY,
            "  url: https://www.zemgale.lv",
            "   url: https://www.zemgale.lv",
            "indented by 3 spaces",
        ),
        (
            "accessibility-not-pair",
            ACCESSIBILITY,
            "\nprepared: 2026-11-23",
            "\nsagatavots\nprepared: 2026-11-23",
            "not a `key: value`",
        ),
        (
            "accessibility-duplicate",
            ACCESSIBILITY,
            "\nprepared: 2026-11-23",
            "\nprepared: 2026-11-23\nprepared: 2026-11-24",
            "given twice",
        ),
        // site.yaml: the webmaster's file, the same mistakes.
        (
            "site-colon",
            SITE,
            "    name: Latviešu",
            "    name: Valoda: Latviešu",
            "contains “: ”",
        ),
        (
            "site-unclosed-quote",
            SITE,
            "    name: Latviešu",
            "    name: \"Latviešu",
            "never closed",
        ),
        (
            "site-tab",
            SITE,
            "      news: jaunumi",
            "\tnews: jaunumi",
            "tab",
        ),
        (
            "site-indent",
            SITE,
            "    locale: lv-LV",
            "   locale: lv-LV",
            "indented by 3 spaces",
        ),
        (
            "site-not-pair",
            SITE,
            "  - code: lt\n",
            "  - lietuviešu\n  - code: lt\n",
            "only a text",
        ),
        (
            "site-duplicate",
            SITE,
            "\nnews_per_page: 10",
            "\nnews_per_page: 10\nnews_per_page: 12",
            "given twice",
        ),
        // A value of the wrong shape (valid YAML the fields cannot take):
        // a single value or fields where a list belongs, a list where
        // fields or one value belong, a whole file as a bare list. (The
        // old value, moved under a name of its own, comes after the error.)
        (
            "news-tags-value",
            NEWS,
            "tags: [infrastruktura, pakalpojumi]",
            "tags: infrastruktura",
            "5:7: error: `tags` must be a list, not a single value",
        ),
        (
            "news-tags-fields",
            NEWS,
            "tags: [infrastruktura, pakalpojumi]",
            "tags:\n  infrastruktura: yes",
            "6:3: error: `tags` must be a list, not `name: value` fields",
        ),
        (
            "news-title-list",
            NEWS,
            "title: Auces novads piedalās",
            "title: [Auces novads, piedalās]",
            "2:8: error: `title` must be a single value, not a list",
        ),
        (
            "tags-bare-list",
            TAGS,
            "tags:\n",
            "",
            "4:3: error: this file must start with `tags:`",
        ),
        (
            "tags-value",
            TAGS,
            "tags:\n",
            "tags: infrastruktura\nold_tags:\n",
            "4:7: error: `tags` must be a list, not a single value",
        ),
        (
            "tags-fields",
            TAGS,
            "tags:\n",
            "tags:\n  infrastruktura: Infrastruktūra\nold_tags:\n",
            "5:3: error: `tags` must be a list, not `name: value` fields",
        ),
        (
            "tags-item-value",
            TAGS,
            "tags:\n",
            "tags:\n  - projekta-darbs\n  - infrastruktura\nold_tags:\n",
            "5:5: error: each item of `tags` must be `name: value` fields, not a single value",
        ),
        (
            "partners-bare-list",
            PARTNERS,
            "partners:\n",
            "",
            "5:3: error: this file must start with `partners:`",
        ),
        (
            "partners-fields",
            PARTNERS,
            "partners:\n",
            "partners:\n  zpr: Zemgales plānošanas reģions\nold_partners:\n",
            "6:3: error: `partners` must be a list, not `name: value` fields",
        ),
        (
            "partners-name-list",
            PARTNERS,
            "    name:\n      lv: Zemgales plānošanas reģions\n      lt: Žiemgalos planavimo regionas\n      en: Zemgale Planning Region\n",
            "    name:\n      - Zemgales plānošanas reģions\n",
            "9:7: error: `name` must be `name: value` fields, not a list",
        ),
        (
            "site-languages-value",
            SITE,
            "languages:\n",
            "languages: lv\nold_languages:\n",
            "6:12: error: `languages` must be a list, not a single value",
        ),
        (
            "site-languages-fields",
            SITE,
            "languages:\n",
            "languages:\n  lv: Latviešu\nold_languages:\n",
            "7:3: error: `languages` must be a list, not `name: value` fields",
        ),
    ]
}

/// `check`'s report lines about `file` (its heading and what is under it).
fn report_for(report: &str, file: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in report.lines() {
        if !line.starts_with(' ') {
            inside = line == file;
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn each_yaml_mistake_is_named_in_plain_words_where_it_is_in_three_languages() {
    let cases = cases();
    std::thread::scope(|scope| {
        for case in &cases {
            scope.spawn(move || check_case(case));
        }
    });
}

fn check_case(&(name, file, from, to, english): &Case) {
    let site = example_copy();
    let root = site.path();
    let original = std::fs::read_to_string(root.join(file)).unwrap();
    assert_eq!(
        original.matches(from).count().min(1),
        1,
        "{name}: `{from}` not in {file}"
    );
    std::fs::write(root.join(file), original.replacen(from, to, 1)).unwrap();
    let mut golden = String::new();
    for lang in ["en", "lv", "lt"] {
        let o = tilts(&[
            "check",
            "--messages",
            lang,
            "--root",
            root.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{name} ({lang}): {}", stdout(&o));
        let section = report_for(&stdout(&o), file);
        assert!(
            !section.is_empty(),
            "{name} ({lang}): nothing about {file}:\n{}",
            stdout(&o)
        );
        if lang == "en" {
            assert!(
                section.contains(english),
                "{name}: expected “{english}” in\n{section}"
            );
            for jargon in [
                "mapping values",
                "simple key",
                "scanning",
                "while parsing",
                "did not find",
            ] {
                assert!(
                    !section.contains(jargon),
                    "{name}: parser jargon in\n{section}"
                );
            }
        }
        golden.push_str(&format!("# --messages {lang}\n{section}\n"));
    }
    assert_golden(&format!("yaml_mistakes/{name}.txt"), &golden);
}

#[test]
fn the_locale_chooses_the_language_and_the_flag_wins() {
    let site = example_copy();
    let root = site.path().to_str().unwrap().to_string();
    replace_in(
        site.path(),
        NEWS,
        "\ndate: 2018-05-21",
        "\n\tdate: 2018-05-21",
    );
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"));
        cmd.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("NO_COLOR", "1");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        stdout(
            &cmd.args(["check", "--root", &root])
                .args(args)
                .output()
                .unwrap(),
        )
    };
    assert!(
        run(&[("LANG", "lv_LV.UTF-8")], &[])
            .contains("kļūda: šeit atkāpei lietota tabulācijas zīme")
    );
    assert!(
        run(&[("LANG", "lt_LT.UTF-8")], &[])
            .contains("klaida: čia įtraukai naudojamas tabuliavimo ženklas")
    );
    assert!(
        run(
            &[("LANG", "lv_LV.UTF-8"), ("LC_MESSAGES", "lt_LT.UTF-8")],
            &[]
        )
        .contains("klaida:")
    );
    assert!(run(&[("LANG", "de_DE.UTF-8")], &[]).contains("error: a tab is used"));
    assert!(
        run(&[("LANG", "lv_LV.UTF-8")], &["--messages", "en"]).contains("error: a tab is used")
    );
    // File, line and column stay as they are in every language.
    let lt = run(&[("LANG", "lt_LT.UTF-8")], &[]);
    assert!(lt.contains(&format!("{NEWS}\n  3:1: klaida")), "{lt}");
}

#[test]
fn an_unknown_messages_language_is_refused_with_the_choices() {
    let o = tilts(&["check", "--messages", "de"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("lv, lt and en"), "{}", stderr(&o));
}
