//! How deep rendered Markdown nests, counting block quotes, lists,
//! emphasis and raw HTML together: text nested deeper than a limit is
//! refused, since the HTML sanitizer's time grows with the square of it.

use pulldown_cmark::Event;

/// How deep Markdown and raw HTML may nest. Browsers stop nesting at 512
/// levels; real pages stay far below 100; and the HTML sanitizer's time
/// grows with the square of the depth.
pub const MAX_NESTING: usize = 100;

/// The first place where `events` nest deeper than [`MAX_NESTING`].
pub(super) fn too_deep(events: &[(Event, usize)]) -> Option<usize> {
    let mut depth = 0usize;
    for (e, offset) in events {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                depth = html_depth(html, depth);
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            return Some(*offset);
        }
    }
    None
}

/// The nesting depth after the raw HTML `html`, starting at `depth`;
/// returns early, past the limit, when it goes deeper than allowed.
fn html_depth(html: &str, mut depth: usize) -> usize {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + found + 1;
        let close = bytes.get(start) == Some(&b'/');
        let name_start = start + close as usize;
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        i = name_start + name_len;
        if name_len == 0 {
            continue;
        }
        let name = html[name_start..i].to_ascii_lowercase();
        if close {
            depth = depth.saturating_sub(1);
            continue;
        }
        let self_closing = memchr::memchr(b'>', &bytes[i..])
            .is_some_and(|end| end > 0 && bytes[i + end - 1] == b'/');
        if !self_closing && !VOID.contains(&name.as_str()) {
            depth += 1;
            if depth > MAX_NESTING {
                return depth;
            }
        }
    }
    depth
}
