//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough,
//! heading ids and smart punctuation with the page language's quote marks.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use super::slug::slugify;

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
    pub offset: usize,
    pub is_image: bool,
    /// For images: whether alternative text was given.
    pub has_text: bool,
}

/// The HTML of a Markdown body and what was found in it.
#[derive(Debug, Clone, Default)]
pub struct RenderedMarkdown {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
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
                let mut unique = base.clone();
                let mut n = 1;
                while !used_ids.insert(unique.clone()) {
                    unique = format!("{base}-{n}");
                    n += 1;
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
                is_image: false,
                has_text: true,
            }),
            Event::Start(Tag::Image { dest_url, .. }) => {
                let has_text = !heading_text(&events[i + 1..]).trim().is_empty();
                links.push(LinkRef {
                    url: dest_url.to_string(),
                    offset: events[i].1,
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
            _ => {}
        }
        i += 1;
    }

    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter().map(|(e, _)| e));
    RenderedMarkdown {
        html: out,
        headings,
        links,
    }
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
fn heading_text(events: &[(Event, usize)]) -> String {
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
    fn links_and_images_are_recorded() {
        let r = render("[a](/lv/x/) ![](pic.jpg) ![Logo](l.png)", &lv());
        assert_eq!(r.links.len(), 3);
        assert!(!r.links[1].has_text && r.links[1].is_image);
        assert!(r.links[2].has_text);
    }
}
