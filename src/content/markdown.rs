//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough,
//! heading ids and smart punctuation with the page language's quote marks.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

pub use super::nesting::MAX_NESTING;
use super::nesting::too_deep;
use super::slug::slugify;
use super::table_captions::attach_table_captions;

/// A heading of the rendered text, for anchors and link checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link or image target in the Markdown, with its byte offset in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub url: String,
    /// Byte offset in the Markdown text.
    pub offset: usize,
    /// Line and column in the source file (set by the caller, which knows
    /// where the Markdown starts).
    pub line: u32,
    pub column: u32,
    pub is_image: bool,
    /// For images: whether alternative text was given.
    pub has_text: bool,
}

/// The HTML of a Markdown body and what was found in it.
#[derive(Debug, Clone, Default)]
pub struct RenderedMarkdown {
    pub html: String,
    /// The text without markup, for search.
    pub text: String,
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
    /// The byte offset where the text first nests deeper than
    /// [`MAX_NESTING`] (block quotes, lists, emphasis and raw HTML together).
    pub too_deep_at: Option<usize>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Renders `markdown`; `quotes` are the language's opening and closing marks.
///
/// Headings get ids from their text (unless `{#id}` is given); a body that uses
/// `#` headings is shifted down one level, because the page title is the `h1`.
pub fn render(markdown: &str, quotes: &(String, String)) -> RenderedMarkdown {
    let mut events: Vec<(Event, usize)> = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .map(|(e, range)| (e, range.start))
        .collect();
    let shift = events.iter().any(|(e, _)| {
        matches!(
            e,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            })
        )
    });

    let mut headings = Vec::new();
    let mut links = Vec::new();
    let mut used_ids = HashSet::new();
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i].0 {
            Event::Start(Tag::Heading { .. }) => {
                let text = heading_text(&events[i + 1..]);
                let Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) = events[i].0.clone()
                else {
                    unreachable!()
                };
                let base = id.map(|s| s.to_string()).unwrap_or_else(|| {
                    let s = slugify(&text);
                    if s.is_empty() {
                        "section".to_string()
                    } else {
                        s
                    }
                });
                // The next suffix to try for each base id: a hundred
                // headings of one text take a hundred steps, not 5 000.
                let mut unique = base.clone();
                let next = next_suffix.entry(base.clone()).or_insert(1);
                while !used_ids.insert(unique.clone()) {
                    unique = format!("{base}-{next}");
                    *next += 1;
                }
                let level = if shift { deeper(level) } else { level };
                headings.push(Heading {
                    level: level as u8,
                    id: unique.clone(),
                    text,
                });
                events[i].0 = Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(unique)),
                    classes,
                    attrs,
                });
            }
            Event::End(TagEnd::Heading(level)) if shift => {
                events[i].0 = Event::End(TagEnd::Heading(deeper(*level)));
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(LinkRef {
                url: dest_url.to_string(),
                offset: events[i].1,
                line: 0,
                column: 0,
                is_image: false,
                has_text: true,
            }),
            Event::Start(Tag::Image { dest_url, .. }) => {
                let has_text = !heading_text(&events[i + 1..]).trim().is_empty();
                links.push(LinkRef {
                    url: dest_url.to_string(),
                    offset: events[i].1,
                    line: 0,
                    column: 0,
                    is_image: true,
                    has_text,
                });
            }
            Event::Text(t) if t.as_ref() == "“" => {
                events[i].0 = Event::Text(quotes.0.clone().into())
            }
            Event::Text(t) if t.as_ref() == "”" => {
                events[i].0 = Event::Text(quotes.1.clone().into())
            }
            // `&#27;` and the like: character references to control
            // characters are dropped (a literal one is refused earlier).
            Event::Text(t) | Event::Code(t)
                if t.chars().any(crate::control_chars::is_forbidden) =>
            {
                let clean: String = t
                    .chars()
                    .filter(|c| !crate::control_chars::is_forbidden(*c))
                    .collect();
                events[i].0 = match events[i].0 {
                    Event::Code(_) => Event::Code(clean.into()),
                    _ => Event::Text(clean.into()),
                };
            }
            _ => {}
        }
        i += 1;
    }

    attach_table_captions(&mut events);
    let mut text = String::new();
    for (e, _) in &events {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak | Event::End(_)
                if !text.ends_with(' ') && !text.is_empty() =>
            {
                text.push(' ')
            }
            _ => {}
        }
    }
    let text = text.trim_end().to_string();
    let too_deep_at = too_deep(&events);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter().map(|(e, _)| e));
    RenderedMarkdown {
        html: out,
        text,
        headings,
        links,
        too_deep_at,
    }
}

pub(super) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String");
    out
}

/// Removes raw HTML that could run code or load things (scripts, event
/// handlers, iframes, `javascript:` links) from rendered Markdown, keeping
/// everything Markdown itself produces (heading ids, footnotes, tables).
pub fn sanitize(html: &str) -> String {
    use std::sync::OnceLock;
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER
        .get_or_init(|| {
            let mut b = ammonia::Builder::default();
            b.link_rel(None)
                .url_schemes(["http", "https", "mailto"].into_iter().collect())
                .add_tags(["caption"])
                .add_tag_attributes("h1", ["id"])
                .add_tag_attributes("h2", ["id"])
                .add_tag_attributes("h3", ["id"])
                .add_tag_attributes("h4", ["id"])
                .add_tag_attributes("h5", ["id"])
                .add_tag_attributes("h6", ["id"])
                .add_tag_attributes("sup", ["class", "id"])
                .add_tag_attributes("div", ["class", "id"])
                .add_tag_attributes("th", ["style"])
                .add_tag_attributes("td", ["style"])
                .attribute_filter(|_, attr, value| {
                    if attr == "style" {
                        let ok = [
                            "text-align: left",
                            "text-align: center",
                            "text-align: right",
                        ]
                        .contains(&value);
                        return ok.then(|| value.into());
                    }
                    Some(value.into())
                });
            b
        })
        .clean(html)
        .to_string()
}

fn deeper(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// The plain text up to the end of the element that starts just before `events`.
pub(super) fn heading_text(events: &[(Event, usize)]) -> String {
    let mut depth = 0;
    let mut text = String::new();
    for (e, _) in events {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
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
            html.starts_with("<table><caption>Budžets &lt;2018&gt;</caption><thead>"),
            "{html}"
        );
        assert!(!html.contains("Table:"));
        assert!(html.contains("<p>Text.</p>"));
        let md = "Lentelė: Prieš\n\n| a |\n|---|\n| 1 |\n";
        let html = render(md, &lt()).html;
        assert!(
            html.starts_with("<table><caption>Prieš</caption>"),
            "{html}"
        );
        // A caption after wins over one before; other paragraphs stay; a
        // caption with emphasis is still a caption.
        let md = "Tabula: Pirms\n\n| a |\n|---|\n| 1 |\n\nTable: *Pēc*\n\nTeksts.\n\nTabula: Otra **tabula**\n\n| b |\n|---|\n| 2 |\n";
        let html = render(md, &lv()).html;
        assert_eq!(
            html,
            "<p>Tabula: Pirms</p>\n<table><caption>Pēc</caption><thead><tr><th>a</th></tr></thead><tbody>\n<tr><td>1</td></tr>\n</tbody></table>\n<p>Teksts.</p>\n<table><caption>Otra tabula</caption><thead><tr><th>b</th></tr></thead><tbody>\n<tr><td>2</td></tr>\n</tbody></table>\n"
        );
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
}
