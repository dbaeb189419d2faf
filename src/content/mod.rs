//! Content files: discovered in a sorted walk, read in parallel, each turned
//! from `NAME.LANG.md` into a [`Document`] or into diagnostics.

mod address;
mod aliases;
mod checked;
pub mod event;
mod fields;
pub mod front_matter;
mod load;
pub mod markdown;
pub mod moment;
mod nesting;
pub(crate) mod raw_html;
pub mod schedule;
pub mod slug;
pub(crate) mod table_captions;
pub mod version;
pub mod video;
mod words;
pub use words::distinct_words;

/// How much of a text the search index keeps for snippets.
const EXCERPT_CHARS: usize = 600;

use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::fingerprint::Fingerprint;
use crate::messages::msg;

pub use address::address;
pub(crate) use address::{is_foreign, is_safe_link, join_relative, site_path};
pub use load::{ParseCache, load};
pub use markdown::{Heading, LinkRef};
pub use moment::Moment;

/// The kinds of Markdown content, each in its own folder under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// `content/news/`: dated items, listed newest first.
    News,
    /// `content/pages/`: pages such as "About the project".
    Page,
}

impl Section {
    pub const ALL: [Section; 2] = [Section::News, Section::Page];

    pub fn folder(self) -> &'static str {
        match self {
            Section::News => "content/news",
            Section::Page => "content/pages",
        }
    }
}

/// A news item or page left out because it is a draft, or because its
/// file has errors (`failed`: its language version is there, to be fixed,
/// not missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRef {
    pub section: Section,
    pub key: String,
    pub lang: usize,
    pub source: PathBuf,
    pub failed: bool,
}

/// An image named in front matter.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Image {
    pub src: String,
    pub alt: String,
    /// Gallery photos: a line shown under the photo.
    pub caption: Option<String>,
    /// Where `image:` is written in the source file.
    pub line: u32,
    pub column: u32,
}

/// `gallery:` naming a folder under `static/`: its photos, in the order of
/// the captions file that describes them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GalleryFolder {
    /// Under `static/`, without slashes at either end (`photos/kickoff`).
    pub folder: String,
    /// The captions file's name in the folder (`captions:`), if given.
    pub captions: Option<String>,
    /// Where `gallery:` is written in the source file.
    pub line: u32,
    pub column: u32,
}

/// A topic named in front matter, by id, and where.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct TagRef {
    pub id: String,
    pub line: u32,
    pub column: u32,
}

/// One news item or page in one language, ready for assembly.
#[derive(Debug, Clone)]
pub struct Document {
    pub section: Section,
    /// Source file relative to the site root.
    pub source: PathBuf,
    /// Index of the language in the configuration.
    pub lang: usize,
    /// Documents sharing a key (the file name, or `translation_key`) are translations.
    pub key: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The local date of `published`, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `date:`, with the time when one is written ([`moment`]).
    pub published: Option<Moment>,
    /// `updated:`: when the item was last changed in substance.
    pub updated: Option<Moment>,
    /// `expires:`: from then on the item is left out of the site.
    pub expires: Option<Moment>,
    /// `aliases:`, as output paths: old addresses that lead here.
    pub aliases: Vec<String>,
    /// Pages: the folder under `content/pages/` (`projekts/…`), "" for none.
    pub folder: String,
    /// Pages: a shorter label for the main menu (`menu_title:`).
    pub menu_title: Option<String>,
    /// `tags:`, in the order written (checked against `tags.yaml` when the
    /// site is assembled).
    pub tags: Vec<TagRef>,
    pub draft: bool,
    pub image: Option<Image>,
    /// `gallery:`, shown below the text (for a folder: filled in when the
    /// static files are known, see `media::gallery`).
    pub gallery: Vec<Image>,
    /// `gallery: FOLDER`: where the gallery's photos and captions are.
    pub gallery_folder: Option<GalleryFolder>,
    pub menu: Option<u32>,
    pub event: Option<event::Event>,
    pub html: String,
    /// Each word of the body once, lowercased, for the search index.
    pub words: String,
    /// The opening of the body's text, for the snippets of search results.
    pub excerpt: String,
    pub headings: Vec<Heading>,
    pub links: Vec<LinkRef>,
    /// What is right enough to build but worth a word (reported on every
    /// build, also when the document comes from the cache).
    pub warnings: Vec<Diagnostic>,
    /// The version of the title, summary and text ([`version`]), which
    /// translations made from this document name.
    pub version: String,
    /// `translated_from:`: the version of the source this was made from.
    pub translated_from: Option<version::TranslatedFrom>,
    /// Fingerprint of the source file and of all it was parsed with (set by
    /// [`load`]): equal fingerprints, equal documents.
    pub fingerprint: u128,
    /// Fingerprint of what other pages show of this document: lists, cards,
    /// menus, events and links to it (everything but the body).
    pub listing_fingerprint: u128,
}

/// Turns the bytes of one file into a document, or gives every problem
/// found in it (all of its front matter's, and its text's).
pub fn parse_source(
    bytes: &[u8],
    file: &Path,
    section: Section,
    name: &str,
    lang: usize,
    config: &SiteConfig,
) -> Result<Document, Vec<Diagnostic>> {
    let text = decoded_text(bytes, file).map_err(|d| vec![d])?;
    let split = front_matter::split(&text, file).map_err(|d| vec![d])?;
    let (fm, mut errors) = front_matter::parse(&split, file);
    let f = fields::Fields {
        file,
        yaml_line: split.yaml_line,
        config,
        section,
        lang,
    };
    let values = fm.as_ref().map(|fm| {
        let (values, problems) = checked::read(&f, fm, name);
        errors.extend(problems);
        values
    });
    let rendered = body(&split, file, config, lang).map_err(|d| errors.push(d));
    let (Some(fm), Some(mut v), Ok(rendered)) = (fm, values, rendered) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut warnings = std::mem::take(&mut v.warnings);
    warnings.extend(crate::control_chars::invisible(
        split.yaml,
        file,
        split.yaml_line,
    ));
    if let Some(offset) = rendered.empty_header_at {
        let (l, c) = crate::diagnostic::line_cols(split.body, &[offset])[0];
        warnings.push(
            Diagnostic::warning(file, msg("md-table-empty-header")).at(split.body_line + l - 1, c),
        );
    }
    let menu_title = fm.menu_title.map(|t| t.value.trim().to_string());
    v.warnings = warnings;
    let version = version::hash(&version::normalized(&v.title, &v.summary, split.body));
    Ok(document(
        version,
        (file, section, lang, config),
        v,
        (fm.draft, menu_title.filter(|t| !t.is_empty())),
        rendered,
    ))
}

/// The document of the version `version` of the file `at` (its name, section, language and
/// configuration) from its checked front matter (with `draft:` and
/// `menu_title:`) and its text.
fn document(
    version: String,
    at: (&Path, Section, usize, &SiteConfig),
    mut v: checked::Values,
    (draft, menu_title): (bool, Option<String>),
    rendered: markdown::RenderedMarkdown,
) -> Document {
    let (file, section, lang, config) = at;
    // A relative picture path is relative to the item's own address, as
    // an inline picture's is; made a path of the site here, so that the
    // page, the lists' cards, the social preview and the check of the
    // built site all mean the same file.
    let own = address(config, section, lang, &v.folder, &v.slug);
    for picture in v.image.iter_mut().chain(v.gallery.iter_mut()) {
        if !picture.src.starts_with('/') && !is_foreign(&picture.src) {
            picture.src = format!("/{}", join_relative(&own, &picture.src));
        }
    }
    let [published, updated, expires] = std::mem::take(&mut v.dates);
    let date = published.as_ref().map(|m| m.date.clone());
    let listing_fingerprint = Fingerprint::new()
        // Paths as bytes: a name that is not UTF-8 has no JSON form.
        .bytes(file.as_os_str().as_encoded_bytes())
        .value(&(
            section as u8,
            lang,
            &v.key,
            &v.slug,
            &v.title,
            &v.summary,
            &date,
        ))
        .value(&(draft, &v.image, v.menu, &v.event))
        .value(&(&published, &updated, &expires, &v.aliases))
        .value(&(&v.folder, &menu_title, &v.tags))
        .finish();
    Document {
        section,
        source: file.to_path_buf(),
        lang,
        key: v.key,
        slug: v.slug,
        title: v.title,
        summary: v.summary,
        date,
        published,
        updated,
        expires,
        aliases: v.aliases,
        folder: v.folder,
        tags: v.tags,
        menu_title,
        draft,
        image: v.image,
        gallery: v.gallery,
        gallery_folder: v.gallery_folder,
        menu: v.menu,
        event: v.event,
        html: rendered.html,
        words: words::distinct_words(&rendered.text),
        excerpt: words::excerpt(&rendered.text, EXCERPT_CHARS),
        headings: rendered.headings,
        links: rendered.links,
        warnings: v.warnings,
        version,
        translated_from: v.translated_from,
        fingerprint: 0,
        listing_fingerprint,
    }
}

/// The Markdown body as HTML, its links placed at their line and column.
fn body(
    split: &front_matter::Split,
    file: &Path,
    config: &SiteConfig,
    lang: usize,
) -> Result<markdown::RenderedMarkdown, Diagnostic> {
    let mut rendered = markdown::render(split.body, &config.languages[lang].quotes);
    if let Some(offset) = rendered.too_deep_at {
        let (l, c) = crate::diagnostic::line_cols(split.body, &[offset])[0];
        return Err(Diagnostic::error(
            file,
            msg("md-too-deep").num("max", markdown::MAX_NESTING as i64),
        )
        .at(split.body_line + l - 1, c));
    }
    let offsets: Vec<usize> = rendered.links.iter().map(|l| l.offset).collect();
    let positions = crate::diagnostic::line_cols(split.body, &offsets);
    for (link, (l, c)) in rendered.links.iter_mut().zip(positions) {
        link.line = split.body_line + l - 1;
        link.column = c;
    }
    address::check_links(&rendered.links, file)?;
    if config.safe_html {
        rendered.html = markdown::sanitize(&rendered.html);
    }
    let videos = rendered.videos.len();
    if let Some((offset, mark)) = video::typed_mark(split.body, &rendered.html, videos) {
        let (l, c) = crate::diagnostic::line_cols(split.body, &[offset])[0];
        let message = msg("md-reserved-char").arg("char", format!("U+{:04X}", mark as u32));
        return Err(Diagnostic::error(file, message).at(split.body_line + l - 1, c));
    }
    if !rendered.videos.is_empty() {
        rendered.html = video::place(&rendered.html, &rendered.videos);
    }
    // Kept until the page is made: no room to spare on each of thousands.
    rendered.html.shrink_to_fit();
    Ok(rendered)
}

/// UTF-8 text without BOM and with `\n` line ends, or an error at the first bad byte.
pub(crate) fn decode_text(bytes: &[u8], file: &Path) -> Result<String, Diagnostic> {
    decoded_text(bytes, file).map(std::borrow::Cow::into_owned)
}

/// [`decode_text`], borrowing `bytes` when they need no change (most
/// files: a content file is read on every build, and copying each one
/// cost a few per cent of a build).
fn decoded_text<'a>(bytes: &'a [u8], file: &Path) -> Result<std::borrow::Cow<'a, str>, Diagnostic> {
    // simdutf8 checks Latvian and Lithuanian text (letters of two and
    // three bytes on every line) several times faster than the standard
    // library; where it finds a fault, `not_utf8` places it.
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => {
            if let Some(d) = crate::control_chars::literal(text, file) {
                return Err(d);
            }
            let text = text.trim_start_matches('\u{feff}');
            Ok(match memchr::memchr(b'\r', text.as_bytes()) {
                Some(_) => text.replace("\r\n", "\n").into(),
                None => text.into(),
            })
        }
        Err(_) => Err(crate::diagnostic::not_utf8(bytes, file)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let e = decode_text(b"ok\nab\xff", Path::new("x.md")).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(3)));
    }

    #[test]
    fn bom_and_crlf_are_normalized() {
        assert_eq!(
            decode_text("\u{feff}a\r\nb".as_bytes(), Path::new("x")).unwrap(),
            "a\nb"
        );
    }
}
