//! The text an author wrote in one file, as runs with their place in the
//! file: the front matter's title, summary and image description, and the
//! Markdown's text (not code, addresses, raw HTML or link targets).

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::content::front_matter;
use crate::yaml::Spanned;

/// A piece of running text: `text[offset..offset + len]` of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub offset: usize,
    pub len: usize,
    /// Runs of one paragraph, heading, list item or table cell share it.
    pub block: usize,
    /// From the front matter (shown as written: no smart quotes).
    pub front_matter: bool,
}

/// What one file has to proofread.
pub struct Runs {
    pub runs: Vec<Run>,
    /// `proofing: false` in the front matter.
    pub off: bool,
}

/// The runs of `text` (a whole news item or page, `\n` line ends). `None`
/// when its front matter cannot be read (the build reports that).
pub fn runs(text: &str, file: &std::path::Path) -> Option<Runs> {
    let split = front_matter::split(text, file).ok()?;
    let (fm, problems) = front_matter::parse(&split, file);
    let fm = fm.filter(|_| problems.is_empty())?;
    let yaml_at = offset_in(text, split.yaml);
    let body_at = offset_in(text, split.body);
    let mut runs = Vec::new();
    let fields = [
        fm.title.as_ref(),
        fm.summary.as_ref(),
        fm.image_alt.as_ref(),
    ];
    for (block, field) in fields.into_iter().flatten().enumerate() {
        if let Some((start, len)) = scalar_text(split.yaml, field) {
            runs.push(Run {
                offset: yaml_at + start,
                len,
                block,
                front_matter: true,
            });
        }
    }
    // The three fields are blocks 0, 1 and 2; the body's blocks follow.
    body_runs(split.body, body_at, fields.len(), &mut runs);
    Some(Runs {
        runs,
        off: fm.proofing == Some(false),
    })
}

/// Where `part` (a slice of `whole`) starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// The text of a YAML scalar inside `yaml`, without its quotes.
fn scalar_text(yaml: &str, value: &Spanned<String>) -> Option<(usize, usize)> {
    let span = value.referenced.span();
    let start = usize::try_from(span.byte_offset()?).ok()?;
    let len = usize::try_from(span.byte_len()?).ok()?;
    let raw = yaml.get(start..start + len)?;
    let quoted = raw.len() >= 2
        && ((raw.starts_with('"') && raw.ends_with('"'))
            || (raw.starts_with('\'') && raw.ends_with('\'')));
    Some(if quoted {
        (start + 1, len - 2)
    } else {
        (start, len)
    })
}

/// The Markdown's text runs; `first_block` numbers its first block.
fn body_runs(body: &str, body_at: usize, first_block: usize, runs: &mut Vec<Run>) {
    let mut block = first_block;
    // The first text of a paragraph, where a caption's marker would be.
    let mut paragraph_start = false;
    // Inside code blocks, autolinks and e-mail links nothing is proofread.
    let mut skip = 0usize;
    for (event, range) in
        Parser::new_ext(body, crate::content::markdown::options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Paragraph) => {
                block += 1;
                paragraph_start = true;
            }
            Event::Start(Tag::Heading { .. } | Tag::Item | Tag::TableCell) => block += 1,
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                skip = skip.saturating_sub(1)
            }
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => skip += 1,
            Event::End(TagEnd::Link) if skip > 0 => skip -= 1,
            Event::Text(_) if skip == 0 && !range.is_empty() => {
                // `Table: …` (a caption): the marker is syntax, not text.
                let raw = &body[range.clone()];
                let marker = match std::mem::take(&mut paragraph_start) {
                    true => crate::content::table_captions::CAPTION_MARKERS
                        .iter()
                        .find(|m| raw.starts_with(**m))
                        .map_or(0, |m| m.len()),
                    false => 0,
                };
                runs.push(Run {
                    offset: body_at + range.start + marker,
                    len: range.len() - marker,
                    block,
                    front_matter: false,
                })
            }
            _ => {}
        }
    }
}

/// 1-based line and column (in characters) of byte `offset` of `text`.
pub fn position(text: &str, line_starts: &[usize], offset: usize) -> (u32, u32) {
    let line = line_starts.partition_point(|&s| s <= offset);
    let start = line_starts[line - 1];
    let column = text[start..offset].chars().count() + 1;
    (line as u32, column as u32)
}

/// Byte offsets where each line of `text` starts.
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        let runs = runs(text, std::path::Path::new("a.lv.md")).unwrap();
        runs.runs
            .iter()
            .map(|r| &text[r.offset..r.offset + r.len])
            .collect()
    }

    #[test]
    fn front_matter_and_text_but_no_code_or_addresses() {
        let text = "---\ntitle: \"Jauns projekts\"\nsummary: Īsi par to\n---\nTeksts ar `kodu` un <https://zpr.lv>.\n\n```\nkods\n```\n\n| a |\n|---|\n| b |\n\nTabula: Izmaksas\n";
        assert_eq!(
            texts(text),
            [
                "Jauns projekts",
                "Īsi par to",
                "Teksts ar ",
                " un ",
                ".",
                "a",
                "b",
                " Izmaksas"
            ]
        );
    }

    #[test]
    fn positions_count_characters() {
        let text = "ā\nbē c";
        let starts = line_starts(text);
        assert_eq!(position(text, &starts, text.find('c').unwrap()), (2, 4));
    }
}
