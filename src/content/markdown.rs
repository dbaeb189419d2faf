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
    /// A video's poster, which must be a file of the site.
    pub is_poster: bool,
    /// A picture written as an `<img>` tag in raw HTML.
    pub raw_html: bool,
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
    /// The byte offset of the first table heading cell without text.
    pub empty_header_at: Option<usize>,
    /// The figures of the videos, whose placeholders are in `html` until
    /// [`super::video::place`] (after the sanitizer) puts them in.
    pub videos: Vec<String>,
}

pub(crate) fn options() -> Options {
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
/// The pictures of a piece of raw HTML at byte `offset`, checked as
/// Markdown pictures are.
fn raw_html_pictures(html: &str, offset: usize) -> impl Iterator<Item = LinkRef> + '_ {
    super::raw_html::images(html)
        .into_iter()
        .map(move |(at, src, has_alt)| {
            let mut link = LinkRef::at(&src, offset + at, true, has_alt);
            link.raw_html = true;
            link
        })
}

/// A text or code event without the control characters a character
/// reference brought in.
fn without_forbidden<'a>(event: &Event<'a>) -> Event<'a> {
    let (Event::Text(t) | Event::Code(t)) = event else {
        return event.clone();
    };
    let clean: String = t
        .chars()
        .filter(|c| !crate::control_chars::is_forbidden(*c))
        .collect();
    match event {
        Event::Code(_) => Event::Code(clean.into()),
        _ => Event::Text(clean.into()),
    }
}

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
    let mut ids = HeadingIds::default();
    let mut empty_header_at = None;
    for i in 0..events.len() {
        let offset = events[i].1;
        match &events[i].0 {
            Event::Start(Tag::Heading { .. }) => {
                let text = heading_text(&events[i + 1..]);
                let (start, heading) = ids.name(events[i].0.clone(), text, shift);
                events[i].0 = start;
                headings.push(heading);
            }
            Event::End(TagEnd::Heading(level)) if shift => {
                events[i].0 = Event::End(TagEnd::Heading(deeper(*level)));
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push(LinkRef::at(dest_url, offset, false, true))
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let has_text = !heading_text(&events[i + 1..]).trim().is_empty();
                links.push(LinkRef::at(dest_url, offset, true, has_text));
            }
            // A picture in raw HTML is checked as a Markdown one is.
            Event::Html(h) | Event::InlineHtml(h)
                if h.as_bytes()
                    .windows(4)
                    .any(|w| w.eq_ignore_ascii_case(b"<img")) =>
            {
                links.extend(raw_html_pictures(h, offset));
            }
            Event::Start(Tag::TableHead) => {
                empty_header_at = empty_header_at.or_else(|| empty_header_cell(&events[i..]));
            }
            Event::Text(t) if t.as_ref() == "“" => {
                events[i].0 = Event::Text(quotes.0.clone().into())
            }
            Event::Text(t) if t.as_ref() == "”" => {
                events[i].0 = Event::Text(quotes.1.clone().into())
            }
            // `&#27;` and the like: character references to control
            // characters are dropped (a literal one is refused earlier).
            Event::Text(t) | Event::Code(t) if crate::control_chars::any_forbidden(t) => {
                events[i].0 = without_forbidden(&events[i].0);
            }
            _ => {}
        }
    }

    let videos = super::video::embed(&mut events, &mut links);
    attach_table_captions(&mut events);
    let text = plain_text(&events);
    let too_deep_at = too_deep(&events);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter().map(|(e, _)| e));
    RenderedMarkdown {
        html: out,
        text,
        headings,
        links,
        too_deep_at,
        empty_header_at,
        videos,
    }
}

/// The offset of the first cell of the table head starting `events` that
/// has no text: a column without a heading, which a screen reader reads
/// out before each of its values (WCAG 1.3.1).
fn empty_header_cell(events: &[(Event, usize)]) -> Option<usize> {
    let mut cell = None;
    for (e, offset) in events {
        match e {
            Event::Start(Tag::TableCell) => cell = Some((*offset, false)),
            Event::Text(t) | Event::Code(t) if !t.trim().is_empty() => {
                if let Some((_, text)) = &mut cell {
                    *text = true;
                }
            }
            // A picture or raw HTML in a heading cell is its heading.
            Event::Start(Tag::Image { .. }) | Event::InlineHtml(_) => {
                if let Some((_, text)) = &mut cell {
                    *text = true;
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let Some((at, false)) = cell.take() {
                    return Some(at);
                }
            }
            Event::End(TagEnd::TableHead) => return None,
            _ => {}
        }
    }
    None
}

impl LinkRef {
    /// A target at `offset` in the Markdown (its line and column are set
    /// by the caller).
    pub(crate) fn at(url: &str, offset: usize, is_image: bool, has_text: bool) -> Self {
        LinkRef {
            url: url.to_string(),
            offset,
            line: 0,
            column: 0,
            is_image,
            has_text,
            is_poster: false,
            raw_html: false,
        }
    }
}

/// Gives each heading a unique id: `{#id}` when written, else from its
/// text; a repeated one gets `-1`, `-2`, …
#[derive(Default)]
struct HeadingIds {
    used: HashSet<String>,
    /// The next suffix to try for each base id: a hundred headings of one
    /// text take a hundred steps, not 5 000.
    next_suffix: HashMap<String, usize>,
}

impl HeadingIds {
    /// The heading's start event with its id (and level, one deeper with
    /// `shift`), and the heading as listed.
    fn name<'a>(&mut self, start: Event<'a>, text: String, shift: bool) -> (Event<'a>, Heading) {
        let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = start
        else {
            unreachable!("called at a heading's start")
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
        let next = self.next_suffix.entry(base.clone()).or_insert(1);
        while !self.used.insert(unique.clone()) {
            unique = format!("{base}-{next}");
            *next += 1;
        }
        let level = if shift { deeper(level) } else { level };
        let heading = Heading {
            level: level as u8,
            id: unique.clone(),
            text,
        };
        let start = Event::Start(Tag::Heading {
            level,
            id: Some(CowStr::from(unique)),
            classes,
            attrs,
        });
        (start, heading)
    }
}

/// The text without markup, words apart where blocks and lines end.
fn plain_text(events: &[(Event, usize)]) -> String {
    let mut text = String::new();
    for (e, _) in events {
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
    text.trim_end().to_string()
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
                .add_tag_attributes(
                    "div",
                    [
                        "class",
                        "id",
                        "role",
                        "tabindex",
                        "aria-label",
                        "aria-labelledby",
                    ],
                )
                .add_tag_attributes("caption", ["id"])
                .add_tag_attributes("th", ["style"])
                .add_tag_attributes("td", ["style"])
                .attribute_filter(|_, attr, value| {
                    // A table's scrolling region, as Markdown makes it.
                    if attr == "role" || attr == "tabindex" {
                        return matches!((attr, value), ("role", "region") | ("tabindex", "0"))
                            .then(|| value.into());
                    }
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
#[path = "markdown_tests.rs"]
mod tests;
