//! Tests of Markdown rendering.

use super::*;

fn lt() -> (String, String) {
    ("„".into(), "“".into())
}

fn lv() -> (String, String) {
    ("“".into(), "”".into())
}

#[test]
fn quotes_follow_the_language() {
    let md = "Projekts \"SocQuality\" sākas.";
    assert!(render(md, &lv()).html.contains("“SocQuality”"));
    assert!(render(md, &lt()).html.contains("„SocQuality“"));
}

#[test]
fn typed_quotes_are_left_alone() {
    let html = render("Projektas „SocQuality“ prasideda.", &lt()).html;
    assert!(html.contains("„SocQuality“"), "{html}");
}

#[test]
fn headings_get_unique_ascii_ids_and_start_at_h2() {
    let r = render("# Mērķi\n\ntext\n\n## Mērķi\n", &lv());
    assert!(r.html.contains("<h2 id=\"merki\">Mērķi</h2>"), "{}", r.html);
    assert!(
        r.html.contains("<h3 id=\"merki-1\">Mērķi</h3>"),
        "{}",
        r.html
    );
    assert_eq!(r.headings.len(), 2);
}

#[test]
fn many_headings_of_one_text_and_explicit_ids_stay_unique() {
    let r = render("## A\n\n## A {#a-1}\n\n## A\n\n## A\n", &lv());
    let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["a", "a-1", "a-2", "a-3"]);
}

#[test]
fn nesting_deeper_than_the_limit_is_found_where_it_starts() {
    let ok = format!("{}x\n", "> ".repeat(MAX_NESTING - 5));
    assert_eq!(render(&ok, &lv()).too_deep_at, None);
    let md = format!("Sākums.\n\n{}x\n", "> ".repeat(MAX_NESTING + 5));
    assert!(render(&md, &lv()).too_deep_at.is_some_and(|o| o >= 9));
    let html = format!(
        "{}x{}",
        "<div>".repeat(MAX_NESTING + 1),
        "</div>".repeat(MAX_NESTING + 1)
    );
    assert!(render(&html, &lv()).too_deep_at.is_some());
    let flat = "<p>a<br>b<img src=x/></p>".repeat(500);
    assert_eq!(render(&flat, &lv()).too_deep_at, None);
}

#[test]
fn character_references_to_control_characters_are_dropped() {
    let r = render("a&#27;b `c&#8;` &#x0B;d\n", &lv());
    assert!(
        !r.html.chars().any(crate::control_chars::is_forbidden),
        "{:?}",
        r.html
    );
    assert!(r.html.contains("ab"), "{}", r.html);
}

#[test]
fn explicit_heading_ids_are_kept() {
    let r = render("## Budžets {#budget}\n", &lv());
    assert!(
        r.html.contains("<h2 id=\"budget\">Budžets</h2>"),
        "{}",
        r.html
    );
}

#[test]
fn tables_footnotes_strikethrough() {
    let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1] ~~old~~\n\n[^1]: Note.\n";
    let html = render(md, &lv()).html;
    assert!(html.contains("<table>"));
    assert!(html.contains("<del>old</del>"));
    assert!(html.contains("footnote-definition"));
}

#[test]
fn table_captions_follow_pandoc() {
    let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: Budžets <2018>\n\nText.\n";
    let html = render(md, &lv()).html;
    assert!(
        html.starts_with("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-1\"><table><caption id=\"table-1\">Budžets &lt;2018&gt;</caption><thead>"),
        "{html}"
    );
    assert!(!html.contains("Table:"));
    assert!(html.contains("<p>Text.</p>"));
    let md = "Lentelė: Prieš\n\n| a |\n|---|\n| 1 |\n";
    let html = render(md, &lt()).html;
    assert!(
        html.contains("<caption id=\"table-1\">Prieš</caption>"),
        "{html}"
    );
    // A caption after wins over one before; other paragraphs stay; a
    // caption with emphasis is still a caption.
    let md = "Tabula: Pirms\n\n| a |\n|---|\n| 1 |\n\nTable: *Pēc*\n\nTeksts.\n\nTabula: Otra **tabula**\n\n| b |\n|---|\n| 2 |\n";
    let html = render(md, &lv()).html;
    assert_eq!(
        html,
        "<p>Tabula: Pirms</p>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-1\"><table><caption id=\"table-1\">Pēc</caption><thead><tr><th style=\"text-align: right\">a</th></tr></thead><tbody>\n<tr><td style=\"text-align: right\">1</td></tr>\n</tbody></table>\n</div>\n<p>Teksts.</p>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-2\"><table><caption id=\"table-2\">Otra tabula</caption><thead><tr><th style=\"text-align: right\">b</th></tr></thead><tbody>\n<tr><td style=\"text-align: right\">2</td></tr>\n</tbody></table>\n</div>"
    );
}

#[test]
fn tables_scroll_in_a_named_region_with_numbers_aligned_right() {
    // Text left, numbers right, what the author aligned stays; no
    // caption: the region is named by the column headings.
    let md = "| Partneris | Kopā | Gads |\n|---|---|:--|\n| Auce | 91 079,82 € | 2018 |\n| Dobele | | 2019 |\n";
    let html = render(md, &lv()).html;
    assert!(
        html.starts_with("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Partneris, Kopā, Gads\"><table>"),
        "{html}"
    );
    assert!(html.contains("<tr><td>Auce</td><td style=\"text-align: right\">91 079,82 €</td><td style=\"text-align: left\">2018</td></tr>"), "{html}");
    assert!(html.ends_with("</tbody></table>\n</div>"), "{html}");
    // The region survives --safe.
    let safe = sanitize(&html);
    assert!(safe.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Partneris, Kopā, Gads\">"), "{safe}");
    assert!(safe.contains("style=\"text-align: right\""), "{safe}");
}

#[test]
fn sanitizing_removes_scripts_and_keeps_markdown() {
    let md = "## Virsraksts\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[a](javascript:alert(3)) [b](https://zemgale.lv)\n\n| a |\n|--:|\n| 1 |\n\nTeksts[^1].\n\n[^1]: Piezīme.\n";
    let html = sanitize(&render(md, &lv()).html);
    assert!(
        !html.contains("<script") && !html.contains("onerror") && !html.contains("javascript:"),
        "{html}"
    );
    assert!(html.contains("<h2 id=\"virsraksts\">"));
    assert!(html.contains("<a href=\"https://zemgale.lv\">b</a>"));
    assert!(html.contains("style=\"text-align: right\""));
    assert!(html.contains("footnote-definition"));
}

#[test]
fn links_and_images_are_recorded() {
    let r = render("[a](/lv/x/) ![](pic.jpg) ![Logo](l.png)", &lv());
    assert_eq!(r.links.len(), 3);
    assert!(!r.links[1].has_text && r.links[1].is_image);
    assert!(r.links[2].has_text);
}

#[test]
fn pictures_in_raw_html_are_found_in_any_letter_case() {
    let r = render(
        "Teksts <Img src=\"/a.jpg\"> un <IMG SRC=/b.png alt=\"B\">\n",
        &lv(),
    );
    let found: Vec<(&str, bool, bool)> = r
        .links
        .iter()
        .map(|l| (l.url.as_str(), l.has_text, l.raw_html))
        .collect();
    assert_eq!(found, [("/a.jpg", false, true), ("/b.png", true, true)]);
}
