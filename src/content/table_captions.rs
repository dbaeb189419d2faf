//! Markdown tables made readable: a caption from a paragraph `Table: …`
//! (or `Tabula: …`, `Lentelė: …`) right after or right before the table,
//! as in Pandoc; columns of numbers aligned right (unless the Markdown
//! says otherwise); and every table in its own labelled region that
//! scrolls sideways when the table is wider than the screen.

use pulldown_cmark::{Alignment, Event, Tag, TagEnd};

use super::markdown::{escape_html, heading_text};

/// A paragraph `Table: Caption` right after a table (or right before it)
/// becomes that table's `<caption>`, as in Pandoc: tables need captions.
/// Each table is put in a region named by its caption (or its column
/// headings) that scrolls sideways, and its columns of numbers are
/// aligned right.
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
    let mut tables = 0;
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
        tables += 1;
        push_table(&mut out, &input[i..=end], caption, tables);
        i = end + 1;
    }
    *events = out;
}

/// The table `table` (its events, start to end) in its scrolling region,
/// with its caption and its columns of numbers aligned right.
fn push_table<'a>(
    out: &mut Vec<(Event<'a>, usize)>,
    table: &[(Event<'a>, usize)],
    caption: Option<String>,
    n: usize,
) {
    let label = match &caption {
        Some(_) => format!("aria-labelledby=\"table-{n}\""),
        None => format!("aria-label=\"{}\"", escape_html(&header_text(table))),
    };
    let region = format!("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" {label}>");
    out.push((Event::Html(region.into()), 0));
    let (start, at) = &table[0];
    let start = match start {
        Event::Start(Tag::Table(alignments)) => Event::Start(Tag::Table(align_numbers(
            alignments,
            &table[1..table.len() - 1],
        ))),
        other => other.clone(),
    };
    out.push((start, *at));
    if let Some(caption) = caption {
        let html = format!(
            "<caption id=\"table-{n}\">{}</caption>",
            escape_html(&caption)
        );
        out.push((Event::Html(html.into()), 0));
    }
    out.extend(table[1..].iter().cloned());
    out.push((Event::Html("</div>".into()), 0));
}

/// A table's name when it has no caption: its column headings.
fn header_text(table: &[(Event, usize)]) -> String {
    let head_end = table
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::TableHead)))
        .unwrap_or(0);
    let mut cells = Vec::new();
    let mut start = 0;
    for (k, (e, _)) in table[..head_end].iter().enumerate() {
        match e {
            Event::Start(Tag::TableCell) => start = k,
            Event::End(TagEnd::TableCell) => {
                let text = heading_text(&table[start + 1..k]);
                if !text.trim().is_empty() {
                    cells.push(text.trim().to_string());
                }
            }
            _ => {}
        }
    }
    cells.join(", ")
}

/// The columns' alignment: as written, and right for a column whose
/// body cells are all numbers (money, percentages, areas) that the
/// Markdown leaves unaligned.
fn align_numbers(written: &[Alignment], body: &[(Event, usize)]) -> Vec<Alignment> {
    let mut numeric = vec![None::<bool>; written.len()];
    let head_end = body
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::TableHead)))
        .unwrap_or(0);
    let (mut column, mut start) = (0, 0);
    for (k, (e, _)) in body.iter().enumerate().skip(head_end) {
        match e {
            Event::Start(Tag::TableRow) => column = 0,
            Event::Start(Tag::TableCell) => start = k,
            Event::End(TagEnd::TableCell) => {
                let text = heading_text(&body[start + 1..k]);
                if let Some(n) = numeric.get_mut(column)
                    && !text.trim().is_empty()
                {
                    *n = Some(n.unwrap_or(true) && is_number(&text));
                }
                column += 1;
            }
            _ => {}
        }
    }
    written
        .iter()
        .zip(numeric)
        .map(|(a, n)| match (a, n) {
            (Alignment::None, Some(true)) => Alignment::Right,
            (a, _) => *a,
        })
        .collect()
}

/// Whether a cell holds a number: digits with separators, a sign, and a
/// currency, per cent or unit (`791 256,20 €`, `85 %`, `−3`, `120 m²`).
pub(super) fn is_number(text: &str) -> bool {
    let mut t = text.trim();
    for unit in ["EUR", "€", "%", "m²", "km", "kg", "ha"] {
        if let Some(rest) = t.strip_suffix(unit) {
            t = rest;
            break;
        }
    }
    let t = t.trim_start_matches('€').trim();
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.' | ',' | '+' | '-' | '−')
        })
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

#[cfg(test)]
mod tests {
    use super::is_number;

    #[test]
    fn numbers_in_cells() {
        for yes in [
            "791 256,20 €",
            "672\u{a0}576,74",
            "85 %",
            "−3",
            "120 m²",
            "2018",
            "€ 5",
            "1 000 EUR",
        ] {
            assert!(is_number(yes), "{yes}");
        }
        for no in ["Auce", "2018.–2020.", "ERPF", "", "3 dzīvokļi", "tel. 123"] {
            assert!(!is_number(no), "{no}");
        }
    }
}
