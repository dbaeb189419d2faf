//! The data files' checks, one by one on small fixture data: each message
//! names the file and line and shows the numbers; figures are never changed.

use crate::common;

use common::*;

const PARTNERS: &str = "content/data/partners.yaml";
const BUDGET: &str = "content/data/budget.yaml";

fn budget(text: &str) -> String {
    let site = starter();
    write(site.path(), BUDGET, text);
    messages(&build(site.path()))
}

const HEAD: &str = "currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.00\nerdf: 85000.00\n";

#[test]
fn partner_erdf_plus_own_must_equal_total() {
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 1000.00\n    erdf: 850.00\n    own: 150.01\n"
    ));
    assert!(m.contains(&format!("{BUDGET}:7:12: warning: partner `lead`: ERDF €850.00 + own co-financing €150.01 = €1,000.01, not the total €1,000.00")), "{m}");
}

#[test]
fn cost_lines_may_not_exceed_the_partner_total() {
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 1000.00\n    erdf: 850.00\n    own: 150.00\n    cost_lines:\n      - name: {{ lv: A, lt: A }}\n        amount: 600.00\n      - name: {{ lv: B, lt: B }}\n        amount: 400.01\n"
    ));
    assert!(m.contains(&format!("{BUDGET}:7:12: warning: partner `lead`: cost lines add up to €1,000.01, more than the total €1,000.00")), "{m}");
}

/// One line larger than its partner's whole total is an error at the line
/// (as a partner's figures larger than theirs are), besides the warning
/// that the lines add up to more.
#[test]
fn a_cost_line_larger_than_its_partners_total_is_an_error() {
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 1000.00\n    erdf: 850.00\n    own: 150.00\n    cost_lines:\n      - name: {{ lv: A, lt: A }}\n        amount: 1000.01\n"
    ));
    assert!(m.contains(&format!("{BUDGET}:12:17: error: partner `lead`: the cost line €1,000.01 is more than partner `lead`: total €1,000.00")), "{m}");
    // A line equal to the total is no error.
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 1000.00\n    erdf: 850.00\n    own: 150.00\n    cost_lines:\n      - name: {{ lv: A, lt: A }}\n        amount: 1000.00\n"
    ));
    assert!(!m.contains("error"), "{m}");
}

#[test]
fn erdf_above_the_rate_is_a_warning_with_the_numbers() {
    let m =
        budget("currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.00\nerdf: 85001.01\n");
    assert!(m.contains(&format!("{BUDGET}:4:7: warning: project: ERDF €85,001.01 is more than 0.85 × total €100,000.00 = €85,000.00 (by €1.01, tolerance €1.00)")), "{m}");
    // Within the tolerance for cent rounding: no warning.
    let m =
        budget("currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.00\nerdf: 85001.00\n");
    assert!(!m.contains("warning"), "{m}");
    // The tolerance is configurable.
    let m = budget(
        "currency: EUR\nco_financing_rate: \"0.85\"\ntolerance: 5.00\ntotal: 100000.00\nerdf: 85004.00\n",
    );
    assert!(!m.contains("warning"), "{m}");
    // And per partner.
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 1000.00\n    erdf: 900.00\n    own: 100.00\n"
    ));
    assert!(
        m.contains(&format!(
            "{BUDGET}:8:11: warning: partner `lead`: ERDF €900.00 is more than 0.85"
        )),
        "{m}"
    );
}

#[test]
fn partner_budgets_must_sum_to_the_project_total_when_all_are_given() {
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 60000.00\n    erdf: 51000.00\n    own: 9000.00\n  - partner: partner\n    total: 30000.00\n    erdf: 25500.00\n    own: 4500.00\n"
    ));
    assert!(m.contains(&format!("{BUDGET}:3:8: warning: the partners' budgets add up to €90,000.00, but the project total is €100,000.00")), "{m}");
}

#[test]
fn unknown_partner_ids_are_errors() {
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: nobody\n    total: 1.00\n    erdf: 0.85\n    own: 0.15\n"
    ));
    assert!(
        m.contains(&format!(
            "{BUDGET}:6:14: error: there is no partner `nobody` in {PARTNERS}"
        )),
        "{m}"
    );
}

#[test]
fn duplicate_partner_ids_and_missing_names_are_errors() {
    let site = starter();
    replace_in(site.path(), PARTNERS, "  - id: partner", "  - id: lead");
    let m = messages(&build(site.path()));
    assert!(
        m.contains(&format!(
            "{PARTNERS}:9:9: error: partner id `lead` is used twice"
        )),
        "{m}"
    );

    let site = starter();
    replace_in(
        site.path(),
        PARTNERS,
        "name: { lv: Partneris Lietuvā, lt: Partneris Lietuvoje }",
        "name: { lv: Partneris Lietuvā }",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains(&format!(
            "{PARTNERS}:11:11: error: partner `partner`'s name has no text in Lithuanian"
        )),
        "{m}"
    );
}

#[test]
fn money_with_three_decimals_is_refused_at_its_place() {
    let m =
        budget("currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.005\nerdf: 85000.00\n");
    assert!(
        m.contains(&format!(
            "{BUDGET}:3:8: error: `100000.005` has more than two decimals"
        )),
        "{m}"
    );
}

#[test]
fn website_must_be_http_or_https() {
    let site = starter();
    replace_in(
        site.path(),
        PARTNERS,
        "    country: LT",
        "    country: LT\n    website: javascript:alert(1)",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains(&format!(
            "{PARTNERS}:14:14: error: `javascript:alert(1)` must be an http:// or https:// address"
        )),
        "{m}"
    );
}

#[test]
fn strict_turns_data_warnings_into_errors() {
    let site = starter();
    write(
        site.path(),
        BUDGET,
        "currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.00\nerdf: 90000.00\n",
    );
    let out = site.path().join("public");
    let root = site.path().to_str().unwrap();
    assert_eq!(tilts(&["build", "--root", root]).status.code(), Some(0));
    assert_eq!(
        tilts(&["build", "--root", root, "--strict"]).status.code(),
        Some(1)
    );
    assert_eq!(tilts(&["check", "--root", root]).status.code(), Some(0));
    assert_eq!(
        tilts(&["check", "--root", root, "--strict"]).status.code(),
        Some(2)
    );
    assert!(out.exists());
}

#[test]
fn a_partner_name_change_reaches_every_page_that_shows_it() {
    let site = example_copy();
    replace_in(
        site.path(),
        PARTNERS,
        "lv: Auces novada pašvaldība",
        "lv: Auces novada dome",
    );
    let r = build_ok(site.path());
    assert!(page(&r, "lv/partneri/index.html").contains("Auces novada dome"));
    assert!(page(&r, "lv/budzets/index.html").contains("Auces novada dome"));
    assert!(!page(&r, "lv/budzets/index.html").contains("Auces novada pašvaldība"));
}

#[test]
fn partners_page_lists_the_lead_first_grouped_by_country_with_a_map() {
    let r = build_ok(&example_root());
    let html = page(&r, "lv/partneri/index.html");
    let lv = &html[html.find("<main").unwrap()..];
    let lead = lv.find("Zemgales plānošanas reģions").unwrap();
    let auce = lv.find("<h3>Auces novada pašvaldība").unwrap();
    let latvia = lv.find(">Latvija</h2>").unwrap();
    let lithuania = lv.find(">Lietuva</h2>").unwrap();
    assert!(latvia < lead && lead < auce && auce < lithuania);
    // The map: a marker per partner, the countries' outlines from Natural Earth.
    let map = &lv[lv.find("<svg class=\"partner-map\"").unwrap()..];
    let map = &map[..map.find("</svg>").unwrap()];
    assert_eq!(map.matches("<circle ").count(), 8);
    assert_eq!(map.matches("class=\"map-land home\"").count(), 2);
    assert!(map.contains(">Igaunija</text>") && map.contains(">Baltijas jūra</text>"));
    assert!(lv.contains("Projektā sadarbojas 8 partneri"));
    for name in [
        "Jonišķu A. Raudoniķa Mākslas skolas Atvērtais jauniešu centrs",
        "Rokišķu Jauniešu centrs",
        "Kretingas Dienas aktivitāšu centrs",
        "Viesītes novada pašvaldība",
        "Jaunjelgavas novada pašvaldība",
        "Dobeles novada pašvaldība",
    ] {
        assert!(lv.contains(name), "{name}");
    }
    // The map's text alternative takes the plural form of the whole phrase.
    assert!(lv.contains("Karte ar 8 partneru atrašanās vietām"), "{lv}");
}

#[test]
fn data_errors_show_a_snippet_of_the_line() {
    let site = starter();
    write(
        site.path(),
        BUDGET,
        "currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.005\nerdf: 85000.00\n",
    );
    let o = tilts(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{BUDGET}:3:8: error: `100000.005` has more than two decimals; amounts are kept to the cent\n 3 | total: 100000.005\n   |        ^")), "{err}");
}

#[test]
fn the_accessibility_statement_is_generated_and_linked_from_every_page() {
    let r = build_ok(&example_root());
    let lv = page(&r, "lv/pieklustamiba/index.html");
    assert!(lv.contains("Vietne daļēji atbilst standartam WCAG 2.1 AA (EN 301 549 V3.2.1)"));
    assert!(lv.contains("Sagatavošanas datums: 2026. gada 23. novembris</p>"));
    assert!(lv.contains("<h2>Izpildes panākšanas procedūra</h2>"));
    let lt = page(&r, "lt/prieinamumas/index.html");
    assert!(lt.contains("Parengimo data: 2026 m. lapkričio 23 d.</p>"));
    for (path, bytes) in r.built.as_ref().unwrap().output.files() {
        if path.ends_with(".html") && path != "index.html" {
            let html = String::from_utf8_lossy(bytes);
            assert!(
                html.contains("/pieklustamiba/\">Paziņojums par piekļūstamību</a>")
                    || html.contains("/prieinamumas/\">Pareiškimas dėl prieinamumo</a>"),
                "{path}"
            );
        }
    }
}

#[test]
fn the_statement_needs_a_contact_and_an_enforcement_body() {
    let site = starter();
    replace_in(
        site.path(),
        "content/data/accessibility.yaml",
        "  url: https://example.eu\nenforcement:",
        "enforcement:",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/data/accessibility.yaml: error: the contact needs an email or a url"),
        "{m}"
    );
    let site = starter();
    replace_in(
        site.path(),
        "content/data/accessibility.yaml",
        "status: partial",
        "status: mostly",
    );
    let m = messages(&build(site.path()));
    assert!(
        m.contains("content/data/accessibility.yaml:6:9: error: `mostly` is not one of the values allowed here"),
        "{m}"
    );
}

#[test]
fn amounts_below_zero_and_parts_above_their_whole_are_errors() {
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 1000.00\n    erdf: 1200.00\n    own: -200.00\n"
    ));
    assert!(
        m.contains(&format!(
            "{BUDGET}:9:10: error: the amount €-200.00 is below zero"
        )),
        "{m}"
    );
    assert!(
        m.contains(&format!(
            "{BUDGET}:8:11: error: partner `lead`: ERDF €1,200.00 is more than its total €1,000.00"
        )),
        "{m}"
    );
    let m = budget("currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100.00\nerdf: 100.01\n");
    assert!(
        m.contains(&format!(
            "{BUDGET}:4:7: error: the project's ERDF €100.01 is more than its total €100.00"
        )),
        "{m}"
    );
    let m = budget(&format!(
        "{HEAD}partners:\n  - partner: lead\n    total: 100000.01\n    erdf: 85000.00\n    own: 15000.01\n"
    ));
    assert!(m.contains(&format!("{BUDGET}:7:12: error: partner `lead`: total €100,000.01 is more than the project total €100,000.00")), "{m}");
    let m = budget("currency: EUR\nco_financing_rate: \"0.85\"\ntotal: -5.00\nerdf: -6.00\n");
    assert!(
        m.contains(&format!(
            "{BUDGET}:3:8: error: the amount €-5.00 is below zero"
        )),
        "{m}"
    );
}

#[test]
fn every_share_on_the_budget_page_is_between_0_and_100_percent() {
    // Figures at the edges that pass the checks: all ERDF, no ERDF, one
    // partner with the whole budget, an empty partner.
    for partners in [
        "  - partner: lead\n    total: 100000.00\n    erdf: 100000.00\n    own: 0.00\n",
        "  - partner: lead\n    total: 100000.00\n    erdf: 0.00\n    own: 100000.00\n",
        "  - partner: lead\n    total: 0.00\n    erdf: 0.00\n    own: 0.00\n",
    ] {
        let site = starter();
        write(
            site.path(),
            BUDGET,
            &format!(
                "currency: EUR\nco_financing_rate: \"1\"\ntolerance: 0.00\ntotal: 100000.00\nerdf: 85000.00\npartners:\n{partners}"
            ),
        );
        let r = build(site.path());
        assert!(r.built.is_some(), "{}", messages(&r));
        for lang in ["lv", "lt"] {
            let html = r
                .built
                .as_ref()
                .unwrap()
                .output
                .files()
                .find(|(p, _)| {
                    p.starts_with(&format!("{lang}/budz")) || p.starts_with(&format!("{lang}/biud"))
                })
                .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
                .expect("a budget page");
            let mut checked = 0;
            for (i, _) in html.match_indices('%') {
                let before: String = html[..i]
                    .chars()
                    .rev()
                    .skip_while(|c| *c == '\u{a0}' || *c == ' ')
                    .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '−'))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                if before.is_empty() {
                    continue;
                }
                assert!(
                    !before.starts_with(['-', '−']),
                    "{lang}: negative share {before}%"
                );
                let value: f64 = before.replace(',', ".").parse().unwrap_or(0.0);
                assert!((0.0..=100.0).contains(&value), "{lang}: share {before}%");
                checked += 1;
            }
            assert!(checked >= 3, "{lang}: only {checked} shares found");
        }
    }
}

#[test]
fn a_budget_of_fewer_partners_says_how_many_it_shows() {
    let site = starter();
    write(
        site.path(),
        BUDGET,
        &format!(
            "{HEAD}partners:\n  - partner: lead\n    total: 60000.00\n    erdf: 51000.00\n    own: 9000.00\n"
        ),
    );
    let r = build(site.path());
    let m = messages(&r);
    assert!(
        m.contains(&format!("{BUDGET}:3:8: warning: the budget of 1 of the 2 partners is given; together €60,000.00, of the project total €100,000.00")),
        "{m}"
    );
    let built = r.built.as_ref().expect("a warning only");
    let text = |path: &str| String::from_utf8_lossy(built.output.get(path).unwrap()).into_owned();
    assert!(
        text("lv/budzets/index.html")
            .contains("Tabulā parādīts 1 no 2 partneru budžetiem, kopā 60\u{a0}000,00\u{a0}€."),
        "{}",
        text("lv/budzets/index.html")
    );
    assert!(
        text("lt/biudzetas/index.html").contains(
            "Lentelėje rodomas 1 iš 2 partnerių biudžetų, iš viso 60\u{a0}000,00\u{a0}€."
        )
    );
}

/// Data files with one of each kind of finding, reported in the three
/// languages tilts speaks (golden files).
#[test]
fn data_findings_read_in_english_latvian_and_lithuanian() {
    let site = starter();
    let p = site.path();
    write(
        p,
        BUDGET,
        "currency: EUR\nco_financing_rate: \"0.85\"\ntotal: 100000.00\nerdf: 90000.00\npartners:\n  - partner: lead\n    total: 60000.00\n    erdf: 50000.00\n    own: 9000.00\n  - partner: nobody\n    total: 1000.00\n    erdf: -5.00\n    own: 1005.00\n",
    );
    replace_in(p, PARTNERS, "    role: partner\n", "    role: lead\n");
    replace_in(p, PARTNERS, "country: LT", "country: Lietuva");
    replace_in(
        p,
        PARTNERS,
        "town: { lv: Šauļi, lt: Šiauliai }",
        "town: { lv: Šauļi }",
    );
    replace_in(
        p,
        "content/data/accessibility.yaml",
        "  url: https://example.eu\nenforcement:",
        "  email: info at example.eu\nenforcement:",
    );
    replace_in(
        p,
        "content/data/project.yaml",
        "end: 2027-12-31",
        "end: 2025-12-31",
    );
    for lang in ["en", "lv", "lt"] {
        let o = tilts(&["check", "--messages", lang, "--root", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
        assert_golden(&format!("data-findings.{lang}.txt"), &stdout(&o));
    }
}

#[test]
fn contacts_and_logos_from_the_data_files_are_shown() {
    let site = example_copy();
    let root = site.path();
    let mut project = std::fs::read_to_string(root.join("content/data/project.yaml")).unwrap();
    project.push_str("contact:\n  address: Katoļu iela 2b, Jelgava, LV-3001\n  email: info@example.lv\n  phone: +371 6300 0000\n");
    std::fs::write(root.join("content/data/project.yaml"), project).unwrap();
    replace_in(
        root,
        "content/data/partners.yaml",
        "    website: https://www.auce.lv\n",
        "    website: https://www.auce.lv\n    logo: images/logos/auce.svg\n    email: dome@example.lv\n",
    );
    write(
        root,
        "static/images/logos/auce.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 4\"/>",
    );
    let r = build_ok(root);
    let home = page(&r, "lv/index.html");
    let footer = &home[home.find("<footer").unwrap()..];
    assert!(
        footer.contains("<strong>Zemgales plānošanas reģions</strong> (vadošais partneris)"),
        "{footer}"
    );
    assert!(footer.contains("<address>Katoļu iela 2b, Jelgava, LV-3001<br><a href=\"mailto:info@example.lv\">info@example.lv</a><br><a href=\"tel:+37163000000\">+371 6300 0000</a><br></address>"), "{footer}");
    assert!(
        footer.contains("<a href=\"https://www.zemgale.lv\">www.zemgale.lv</a>"),
        "{footer}"
    );
    let partners = page(&r, "lt/partneriai/index.html");
    assert!(partners.contains("<img class=\"partner-logo\" src=\"/images/logos/auce.svg\" width=\"160\" height=\"64\" alt=\"Aucės savivaldybė\""), "{partners}");
    assert!(partners.contains("<a href=\"mailto:dome@example.lv\">dome@example.lv</a>"));
    // The icon tilts makes, named on every page.
    assert!(home.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));
    let icon = String::from_utf8(
        r.built
            .as_ref()
            .unwrap()
            .output
            .get("favicon.svg")
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(icon.contains(">S</text>"), "{icon}");
    // The site's own icon, which must exist.
    replace_in(
        root,
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\nfavicon: /images/icon.ico",
    );
    let o = tilts(&["build", "--root", root.to_str().unwrap()]);
    assert!(
        stderr(&o).contains("favicon: there is no file /images/icon.ico in the site"),
        "{}",
        stderr(&o)
    );
    write(root, "static/images/icon.ico", "ico");
    let r = build_ok(root);
    assert!(
        page(&r, "lv/index.html")
            .contains("<link rel=\"icon\" href=\"/images/icon.ico\" type=\"image/x-icon\">")
    );
    assert!(
        r.built
            .as_ref()
            .unwrap()
            .output
            .get("favicon.svg")
            .is_none()
    );
}
