//! How a processed photo is shown: `<picture>` with WebP and fallback
//! `srcset`s, `sizes` for the theme's column, and `width`/`height` so the
//! page does not jump while it loads.

use serde::Serialize;

use super::{Made, Media};

/// The widths a photo takes in the default theme: the main column is at
/// most 60rem wide with 1rem padding on each side.
pub const SIZES: &str = "(min-width: 60rem) 58rem, calc(100vw - 2rem)";

/// The widths of a gallery's thumbnails: a grid of columns at least 14rem
/// wide in the main column.
pub const GRID_SIZES: &str = "(min-width: 60rem) 19rem, (min-width: 32rem) 50vw, 100vw";

/// What a template needs to show a photo (`page.image`, cards).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Picture {
    /// The largest fallback, for `<img src>`.
    pub src: String,
    pub srcset: String,
    pub webp_srcset: String,
    pub sizes: &'static str,
    pub width: u32,
    pub height: u32,
    /// The 1200×630 crop for social previews, and its size.
    pub og: Option<(String, u32, u32)>,
    /// The smallest size, WebP and fallback, for thumbnails in lists.
    pub thumbnail: String,
    pub thumbnail_fallback: String,
    /// The smallest size's height.
    pub thumbnail_height: u32,
    pub thumbnail_width: u32,
}

/// The picture of the photo at `src` (`/images/a.jpg`); `url` makes an
/// address of a site path.
pub fn picture(made: &Made, src: &str, url: &dyn Fn(&str) -> String) -> Picture {
    let path = src.trim_start_matches('/');
    let stem = path.rfind('.').map_or(path, |dot| &path[..dot]);
    let variant = |w: u32, ext: &str| url(&format!("{stem}.w{w}.{ext}"));
    let set = |ext: &str| {
        made.widths
            .iter()
            .map(|&w| format!("{} {w}w", variant(w, ext)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let largest = *made.widths.last().unwrap_or(&made.width);
    Picture {
        src: variant(largest, &made.fallback),
        srcset: set(&made.fallback),
        webp_srcset: set("webp"),
        sizes: SIZES,
        width: made.width,
        height: made.height,
        og: made.og.map(|(w, h)| (url(&format!("{stem}.og.jpg")), w, h)),
        thumbnail: variant(made.widths[0], "webp"),
        thumbnail_fallback: variant(made.widths[0], &made.fallback),
        thumbnail_width: made.widths[0],
        thumbnail_height: ((u64::from(made.height) * u64::from(made.widths[0])
            + u64::from(made.width) / 2)
            / u64::from(made.width.max(1))) as u32,
    }
}

/// The markup of a picture; `lazy` for all but a page's first photo.
pub fn markup(p: &Picture, alt: &str, lazy: bool) -> String {
    format!(
        "<picture><source type=\"image/webp\" srcset=\"{webp}\" sizes=\"{sizes}\"><img src=\"{src}\" srcset=\"{srcset}\" sizes=\"{sizes}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\"{lazy} decoding=\"async\"></picture>",
        webp = p.webp_srcset,
        sizes = p.sizes,
        src = p.src,
        srcset = p.srcset,
        w = p.width,
        h = p.height,
        lazy = if lazy { " loading=\"lazy\"" } else { "" },
    )
}

/// `html` (rendered Markdown) with each `<img>` of a processed photo made
/// a `<picture>`, lazily loaded, and each link to a document told its type
/// and size in language `lang`; `None` when nothing changed. `alt` is kept
/// as the Markdown renderer escaped it.
pub fn rewrite(
    html: &str,
    media: &Media,
    lang: usize,
    base_path: &str,
    url: &dyn Fn(&str) -> String,
) -> Option<String> {
    let pictures = rewrite_images(html, media, base_path, url);
    let text = pictures.as_deref().unwrap_or(html);
    rewrite_documents(text, media, lang, base_path).or(pictures)
}

/// Each link to a document gets `(PDF, 1,2 MB)` at the end of its text.
fn rewrite_documents(html: &str, media: &Media, lang: usize, base_path: &str) -> Option<String> {
    if media.documents.is_empty() || !html.contains("<a href=\"") {
        return None;
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    let mut changed = false;
    while let Some(at) = rest.find("<a href=\"") {
        let href_start = at + "<a href=\"".len();
        let Some(href_len) = rest[href_start..].find('"') else {
            break;
        };
        let href = &rest[href_start..href_start + href_len];
        let path = href.strip_prefix(base_path).unwrap_or(href);
        let doc = path
            .strip_prefix('/')
            .and_then(|p| media.documents.get(p.split(['#', '?']).next().unwrap_or(p)));
        let close = rest[href_start..].find("</a>").map(|c| href_start + c);
        match (doc.and_then(|d| d.labels.get(lang)), close) {
            (Some(label), Some(close)) => {
                out.push_str(&rest[..close]);
                out.push_str(" <span class=\"file-info\">(");
                out.push_str(label);
                out.push_str(")</span>");
                rest = &rest[close..];
                changed = true;
            }
            _ => {
                out.push_str(&rest[..href_start]);
                rest = &rest[href_start..];
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

fn rewrite_images(
    html: &str,
    media: &Media,
    base_path: &str,
    url: &dyn Fn(&str) -> String,
) -> Option<String> {
    if !html.contains("<img ") || media.images.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len() + 512);
    let mut rest = html;
    let mut changed = false;
    while let Some(at) = rest.find("<img src=\"") {
        out.push_str(&rest[..at]);
        let tag_end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..tag_end];
        match image_in(tag, media, base_path) {
            Some((made, src, alt)) => {
                out.push_str(&markup(&picture(made, src, url), alt, true));
                changed = true;
            }
            None => out.push_str(tag),
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The processed photo an `<img src="…" alt="…">` tag shows, its path and
/// its escaped alternative text.
fn image_in<'a>(
    tag: &'a str,
    media: &'a Media,
    base_path: &str,
) -> Option<(&'a Made, &'a str, &'a str)> {
    let src = tag.strip_prefix("<img src=\"")?.split('"').next()?;
    let alt = tag.split(" alt=\"").nth(1)?.split('"').next()?;
    let path = src.strip_prefix(base_path).unwrap_or(src);
    let path = path.strip_prefix('/')?;
    let made = media.image(path)?;
    Some((made, path, alt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn links_to_documents_say_their_type_and_size() {
        let mut m = Media::default();
        m.documents.insert(
            "files/plans.pdf".into(),
            super::super::documents::DocumentFile {
                kind: "PDF",
                bytes: 1_258_291,
                labels: vec!["PDF, 1,2\u{a0}MB".into(), "PDF, 1,2\u{a0}MB".into()],
            },
        );
        let html =
            "<p><a href=\"/sub/files/plans.pdf\">Plāns</a> un <a href=\"/sub/lv/\">sākums</a></p>";
        assert_eq!(
            rewrite(html, &m, 1, "/sub", &url).unwrap(),
            "<p><a href=\"/sub/files/plans.pdf\">Plāns <span class=\"file-info\">(PDF, 1,2\u{a0}MB)</span></a> un <a href=\"/sub/lv/\">sākums</a></p>"
        );
    }

    fn media() -> Media {
        let mut m = Media::default();
        let made = Made {
            width: 1000,
            height: 500,
            widths: vec![360, 720, 1000],
            fallback: "jpg".into(),
            og: Some((952, 500)),
        };
        m.images.insert(
            "images/a.jpg".into(),
            Arc::new(super::super::Processed {
                made,
                files: Vec::new(),
            }),
        );
        m
    }

    fn url(p: &str) -> String {
        format!("/sub/{p}")
    }

    #[test]
    fn a_picture_has_both_formats_and_a_size() {
        let m = media();
        let p = picture(m.image("/images/a.jpg").unwrap(), "/images/a.jpg", &url);
        assert_eq!(p.src, "/sub/images/a.w1000.jpg");
        assert_eq!(
            p.webp_srcset,
            "/sub/images/a.w360.webp 360w, /sub/images/a.w720.webp 720w, /sub/images/a.w1000.webp 1000w"
        );
        assert_eq!(p.og, Some(("/sub/images/a.og.jpg".into(), 952, 500)));
        let html = markup(&p, "Auce", false);
        assert!(html.contains("width=\"1000\" height=\"500\" alt=\"Auce\" decoding=\"async\""));
        assert!(!html.contains("loading"));
    }

    #[test]
    fn markdown_images_of_processed_photos_become_pictures() {
        let m = media();
        let html = "<p><img src=\"/sub/images/a.jpg\" alt=\"Māja &amp; dārzs\" /> un <img src=\"/sub/assets/x.svg\" alt=\"x\" /></p>";
        let out = rewrite(html, &m, 0, "/sub", &url).unwrap();
        assert!(
            out.starts_with("<p><picture><source type=\"image/webp\""),
            "{out}"
        );
        assert!(
            out.contains("alt=\"Māja &amp; dārzs\" loading=\"lazy\""),
            "{out}"
        );
        assert!(
            out.ends_with(" un <img src=\"/sub/assets/x.svg\" alt=\"x\" /></p>"),
            "{out}"
        );
        assert_eq!(rewrite("<p>none</p>", &m, 0, "/sub", &url), None);
    }
}
