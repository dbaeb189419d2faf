//! Captions for Markdown tables, as in Pandoc: a paragraph `Table: …`
//! (or `Tabula: …`, `Lentelė: …`) right after or right before a table.

use pulldown_cmark::{Event, Tag, TagEnd};

use super::markdown::{escape_html, heading_text};

/// A paragraph `Table: Caption` right after a table (or right before it)
/// becomes that table's `<caption>`, as in Pandoc: tables need captions.
/// One pass over the events into a new list (removing and inserting in
/// place would cost the length of the body for every table).
pub(super) fn attach_table_captions(events: &mut Vec<(Event, usize)>) {
    if !events
        .iter()
        .any(|(e, _)| matches!(e, Event::Start(Tag::Table(_))))
    {
        return;
    }
    let input = std::mem::take(events);
    let mut out: Vec<(Event, usize)> = Vec::with_capacity(input.len() + 8);
    // Where the paragraph being copied, and the last one copied, start in `out`.
    let mut open_paragraph: Option<usize> = None;
    let mut last_paragraph: Option<usize> = None;
    let mut skip_until = 0;
    let mut i = 0;
    while i < input.len() {
        if i < skip_until {
            i += 1;
            continue;
        }
        if !matches!(input[i].0, Event::Start(Tag::Table(_))) {
            match input[i].0 {
                Event::Start(Tag::Paragraph) => open_paragraph = Some(out.len()),
                Event::End(TagEnd::Paragraph) => last_paragraph = open_paragraph.take(),
                _ => {}
            }
            out.push(input[i].clone());
            i += 1;
            continue;
        }
        let end = i + input[i..]
            .iter()
            .position(|(e, _)| matches!(e, Event::End(TagEnd::Table)))
            .unwrap_or(input.len() - i - 1);
        let after = caption_at(&input, end + 1);
        let before = match (&after, last_paragraph) {
            (None, Some(start))
                if matches!(out.last(), Some((Event::End(TagEnd::Paragraph), _))) =>
            {
                caption_at(&out, start).map(|(_, c)| (start, c))
            }
            _ => None,
        };
        let caption = match (after, before) {
            (Some((stop, c)), _) => {
                skip_until = stop + 1;
                Some(c)
            }
            (None, Some((start, c))) => {
                out.truncate(start);
                Some(c)
            }
            (None, None) => None,
        };
        out.push(input[i].clone());
        if let Some(caption) = caption {
            let html = format!("<caption>{}</caption>", escape_html(&caption));
            out.push((Event::Html(html.into()), 0));
        }
        out.extend(input[i + 1..=end].iter().cloned());
        i = end + 1;
    }
    *events = out;
}

/// The caption text and last index of a `Table: …` paragraph starting at `i`.
/// What starts a caption paragraph.
pub(crate) const CAPTION_MARKERS: [&str; 3] = ["Table:", "Tabula:", "Lentelė:"];

fn caption_at(events: &[(Event, usize)], i: usize) -> Option<(usize, String)> {
    if !matches!(events.get(i)?.0, Event::Start(Tag::Paragraph)) {
        return None;
    }
    let end = i + events[i..]
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)))?;
    let text = heading_text(&events[i + 1..=end]);
    let caption = text
        .strip_prefix(CAPTION_MARKERS[0])
        .or_else(|| text.strip_prefix(CAPTION_MARKERS[1]))
        .or_else(|| text.strip_prefix(CAPTION_MARKERS[2]))?;
    Some((end, caption.trim().to_string()))
}
