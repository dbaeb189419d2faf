//! Videos without tracking: a Markdown image whose address is a YouTube or
//! Vimeo video, standing alone in its paragraph,
//!
//! ```markdown
//! ![Projekta atklāšana Jelgavā](https://www.youtube.com/watch?v=ID "poster=/images/atklasana.jpg transcript=/files/atklasana.pdf")
//! ```
//!
//! becomes a figure that loads nothing from the video's host: the poster
//! (a file of the site) and the title link to the video on the host's own
//! site (what a click does without JavaScript); `assets/video.js` puts the
//! host's privacy-enhanced player in its place when the visitor asks for
//! it. Under it, a notice names the host (the site's UI string
//! `video-notice`, put in by the `video_notices` filter) and, if given, a
//! link to captions or a transcript. Nothing from the content is run.

use pulldown_cmark::{Event, Tag, TagEnd};

use super::markdown::{LinkRef, escape_html};

/// A video at a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Video {
    /// The host's player, loaded only when asked for.
    pub embed: String,
    /// The video's page at its host (the link without JavaScript).
    pub page: String,
    /// The host's name, for the notice.
    pub host: &'static str,
}

/// The video at `url`, when it is one on YouTube or Vimeo.
pub fn parse(url: &str) -> Option<Video> {
    let rest = url.trim().strip_prefix("https://")?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let youtube_id = |id: &str| {
        let id = id.split(['?', '&', '#', '/']).next()?;
        (id.len() == 11
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then(|| id.to_string())
    };
    let youtube = if let Some(q) = rest.strip_prefix("youtube.com/watch?") {
        q.split('&')
            .find_map(|p| p.strip_prefix("v="))
            .and_then(youtube_id)
    } else if let Some(id) = rest
        .strip_prefix("youtu.be/")
        .or_else(|| rest.strip_prefix("youtube.com/embed/"))
        .or_else(|| rest.strip_prefix("youtube.com/shorts/"))
    {
        youtube_id(id)
    } else {
        None
    };
    if let Some(id) = youtube {
        return Some(Video {
            embed: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
            page: format!("https://www.youtube.com/watch?v={id}"),
            host: "YouTube",
        });
    }
    let vimeo = rest
        .strip_prefix("vimeo.com/")
        .or_else(|| rest.strip_prefix("player.vimeo.com/video/"))?;
    let id = vimeo.split(['?', '#', '/']).next()?;
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then(|| Video {
        embed: format!("https://player.vimeo.com/video/{id}?autoplay=1&dnt=1"),
        page: format!("https://vimeo.com/{id}"),
        host: "Vimeo",
    })
}

/// `poster=…` and `transcript=…` from the image's title.
fn options(title: &str) -> (Option<&str>, Option<&str>) {
    let mut poster = None;
    let mut transcript = None;
    for word in title.split_whitespace() {
        if let Some(p) = word.strip_prefix("poster=") {
            poster = Some(p);
        } else if let Some(t) = word.strip_prefix("transcript=") {
            transcript = Some(t);
        }
    }
    (poster, transcript)
}

/// The figure of a video.
pub fn markup(
    video: &Video,
    title: &str,
    poster: Option<&str>,
    transcript: Option<&str>,
) -> String {
    let title = escape_html(title);
    let poster = poster.map_or(String::new(), |p| {
        format!("<img src=\"{}\" alt=\"\">", escape_html(p))
    });
    let transcript = transcript.map_or(String::new(), |t| {
        format!(
            " <a href=\"{}\"><!--tilts:video-transcript--></a>",
            escape_html(t)
        )
    });
    format!(
        "<figure class=\"video\" data-embed=\"{embed}\" data-title=\"{title}\"><a class=\"video-link\" href=\"{page}\">{poster}<span class=\"video-title\">{title}</span></a><figcaption><!--tilts:video-notice {host}-->{transcript}</figcaption></figure>",
        embed = video.embed,
        page = video.page,
        host = video.host,
    )
}

/// The private-use characters that open and close a video's placeholder.
pub const MARKS: [char; 2] = ['\u{E000}', '\u{E001}'];

/// A placeholder for video `n` that survives the sanitizer.
fn placeholder(n: usize) -> String {
    format!("{}video{n}{}", MARKS[0], MARKS[1])
}

/// Where a placeholder's mark is typed in `markdown`, as a character or a
/// character reference (`&#xE000;`), and which, if anywhere; or, when
/// `html` (the text rendered) has marks that are not its `videos`
/// placeholders, the start. A typed placeholder would get a figure's
/// markup pasted where the author put it, inside an attribute as well,
/// after the sanitizer.
pub fn typed_mark(markdown: &str, html: &str, videos: usize) -> Option<(usize, char)> {
    let literal = markdown.char_indices().find(|(_, c)| MARKS.contains(c));
    let reference = || {
        markdown.match_indices("&#").find_map(|(i, _)| {
            super::address::reference(&markdown[i..])
                .filter(|(c, _)| MARKS.contains(c))
                .map(|(c, _)| (i, c))
        })
    };
    let extra = || (html.matches(MARKS).count() != 2 * videos).then_some((0, MARKS[0]));
    literal.or_else(reference).or_else(extra)
}

/// Turns each video image standing alone in its paragraph into a
/// placeholder (the figure is put in by [`place`], after sanitizing), and
/// a video image inside a sentence into a plain link. The poster and the
/// transcript join `links`, so they are checked like any other.
pub fn embed(events: &mut Vec<(Event, usize)>, links: &mut Vec<LinkRef>) -> Vec<String> {
    let mut videos = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let (
            Event::Start(Tag::Image {
                dest_url, title, ..
            }),
            offset,
        ) = &events[i]
        else {
            i += 1;
            continue;
        };
        let Some(video) = parse(dest_url) else {
            i += 1;
            continue;
        };
        let offset = *offset;
        let (poster, transcript) = options(title);
        let (poster, transcript) = (poster.map(str::to_string), transcript.map(str::to_string));
        let end = (i..events.len())
            .find(|&j| matches!(events[j].0, Event::End(TagEnd::Image)))
            .unwrap_or(events.len() - 1);
        let alt: String = events[i + 1..end]
            .iter()
            .filter_map(|(e, _)| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        for (url, is_poster) in [(&poster, true), (&transcript, false)] {
            if let Some(url) = url {
                links.push(LinkRef {
                    is_poster,
                    ..LinkRef::at(url, offset, is_poster, true)
                });
            }
        }
        let alone = i > 0
            && matches!(events[i - 1].0, Event::Start(Tag::Paragraph))
            && matches!(
                events.get(end + 1),
                Some((Event::End(TagEnd::Paragraph), _))
            );
        let (from, to, with) = if alone {
            videos.push(markup(
                &video,
                &alt,
                poster.as_deref(),
                transcript.as_deref(),
            ));
            let html = format!("\n{}\n", placeholder(videos.len() - 1));
            (i - 1, end + 1, Event::Html(html.into()))
        } else {
            let link = format!("<a href=\"{}\">{}</a>", video.page, escape_html(&alt));
            (i, end, Event::Html(link.into()))
        };
        events.splice(from..=to, [(with, offset)]);
        i = from + 1;
    }
    videos
}

/// `html` with each video's placeholder replaced by its figure.
pub fn place(html: &str, videos: &[String]) -> String {
    let mut out = html.to_string();
    for (n, figure) in videos.iter().enumerate() {
        out = out.replace(&placeholder(n), figure);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn youtube_and_vimeo_addresses() {
        let v = parse("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10").unwrap();
        assert_eq!(
            v.embed,
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
        assert_eq!(v.page, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assert_eq!(
            parse("https://youtu.be/dQw4w9WgXcQ").unwrap().host,
            "YouTube"
        );
        let v = parse("https://vimeo.com/76979871").unwrap();
        assert_eq!(
            v.embed,
            "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"
        );
        assert_eq!(parse("https://www.youtube.com/watch?v=bad\"id"), None);
        assert_eq!(parse("http://vimeo.com/1"), None);
        assert_eq!(parse("https://example.org/video.mp4"), None);
    }

    #[test]
    fn typed_placeholder_marks_are_found() {
        let ours = format!("<p>a</p>\n{}\n", placeholder(0));
        assert_eq!(typed_mark("a\n\n![v](https://youtu.be/x)", &ours, 1), None);
        assert_eq!(typed_mark("ab\u{E001}", "", 0), Some((2, '\u{E001}')));
        assert_eq!(typed_mark("a &#57344;", "", 0), Some((2, '\u{E000}')));
        assert_eq!(typed_mark("a &#xe001", "", 0), Some((2, '\u{E001}')));
        assert_eq!(typed_mark("a", &ours, 0), Some((0, '\u{E000}')));
    }
}
