//! Template context: plain serializable structs built from the assembled
//! site, one set per route. Themes see only these names.

use std::borrow::Cow;

use serde::Serialize;

pub use super::pagination::PaginationCtx;

use crate::content::Moment;

use crate::config::SiteConfig;
use crate::content::Document;
use crate::site::{Route, RouteKind, Site};

#[derive(Debug, Serialize)]
pub struct SiteCtx<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub base_url: &'a str,
    pub base_path: &'a str,
    pub default_language: &'a str,
    pub languages: Vec<LanguageCtx<'a>>,
    /// Link to the accessibility statement in this language, when there is one.
    pub accessibility_url: Option<String>,
    /// The programme logo for the EU funding block, when configured.
    pub programme_logo: Option<String>,
    /// Its width at the 40 pixels of height it is shown at, when its
    /// pixels are known (a processed photo; not an SVG).
    pub programme_logo_width: Option<u32>,
    /// The site's icon (`favicon:`, or the one tilts makes) and its type.
    pub favicon: String,
    pub favicon_type: &'static str,
    /// This language's Atom feed, search page and events page.
    pub feed_url: String,
    pub search_url: String,
    pub events_url: String,
    pub news_url: String,
    /// Open Graph locales: this language's (`lv_LV`) and the others'.
    pub og_locale: String,
    pub og_locale_alternates: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LanguageCtx<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct PageCtx<'a> {
    pub kind: &'static str,
    /// The document's key (its file name or `translation_key`): `about`
    /// is the page that describes the project in full.
    pub key: &'a str,
    pub url: String,
    pub permalink: String,
    pub title: &'a str,
    pub summary: &'a str,
    pub date: Option<&'a str>,
    /// The local time `HH:MM` when the date has one.
    pub time: Option<&'a str>,
    /// For `<time datetime>`: the date, or RFC 3339 when a time is written.
    pub datetime: Option<&'a str>,
    /// `updated:`, when given.
    pub updated: Option<&'a Moment>,
    /// Dated after the build's clock (only shown in `serve` and with `--future`).
    pub scheduled: bool,
    pub content: Cow<'a, str>,
    pub image: Option<ImageCtx<'a>>,
    /// `gallery:`: each photo with its caption and the address of its
    /// largest size.
    pub gallery: Vec<GalleryPhotoCtx<'a>>,
    /// The text shows a video (the page loads `assets/video.js`).
    pub has_video: bool,
    pub source: Option<String>,
    pub event: Option<EventCtx<'a>>,
    /// Structured data for search engines, ready for a `<script>` element.
    pub json_ld: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GalleryPhotoCtx<'a> {
    #[serde(flatten)]
    pub image: ImageCtx<'a>,
    pub caption: Option<&'a str>,
    /// The photo at its largest size, opened from the thumbnail.
    pub large: String,
}

#[derive(Debug, Serialize)]
pub struct EventCtx<'a> {
    /// Local times as `YYYY-MM-DDTHH:MM` (format with `datetime_long`).
    pub start: &'a str,
    pub end: Option<&'a str>,
    pub timezone: &'a str,
    pub location: &'a str,
    pub ics_url: String,
}

/// An event in the events list.
#[derive(Debug, Serialize)]
pub struct EventCardCtx<'a> {
    pub title: &'a str,
    pub url: String,
    pub summary: &'a str,
    pub event: EventCtx<'a>,
}

/// One feed entry.
#[derive(Debug, Serialize)]
pub struct FeedEntryCtx<'a> {
    pub title: &'a str,
    pub permalink: String,
    /// RFC 3339 in the site's time zone.
    pub published: &'a str,
    /// `updated:`, else `published`.
    pub updated: &'a str,
    pub summary: &'a str,
    pub content: &'a str,
    /// The item's photo (an enclosure: its preview crop when processed).
    pub image: Option<ImageCtx<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ImageCtx<'a> {
    pub src: String,
    /// Absolute address, for social previews (the 1200×630 crop of a
    /// processed photo).
    pub permalink: String,
    pub alt: &'a str,
    /// The preview's width and height, when known.
    pub og_size: Option<(u32, u32)>,
    /// Sizes and variants of a processed photo.
    pub picture: Option<crate::media::html::Picture>,
}

/// A language-switcher entry: the same page in another language, or that
/// language's home page when there is no translation.
#[derive(Debug, Serialize)]
pub struct SwitchCtx<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub url: String,
    pub translated: bool,
}

#[derive(Debug, Serialize)]
pub struct AlternateCtx {
    pub hreflang: String,
    pub href: String,
}

#[derive(Debug, Serialize)]
pub struct NavCtx<'a> {
    /// Fluent key of the label, for generated sections.
    pub key: Option<&'static str>,
    /// The label, for pages.
    pub title: Option<&'a str>,
    pub url: String,
    pub current: bool,
}

#[derive(Debug, Serialize)]
pub struct NewsCardCtx<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: Option<&'a str>,
    pub time: Option<&'a str>,
    pub datetime: Option<&'a str>,
    pub scheduled: bool,
    pub summary: &'a str,
    pub image: Option<ImageCtx<'a>>,
}

/// Builds links with the base path, and absolute URLs with the base URL.
pub struct Links<'a> {
    pub config: &'a SiteConfig,
    /// The processed photos, whose pages show sizes and variants.
    pub media: &'a crate::media::Media,
}

impl Links<'_> {
    pub fn url(&self, path: &str) -> String {
        format!("{}/{}", self.config.base_path, path)
    }
    pub fn permalink(&self, path: &str) -> String {
        format!("{}/{}", self.config.base_url, path)
    }
    /// Image sources: site paths get the base path; full URLs stay.
    pub fn asset(&self, src: &str) -> String {
        match src.strip_prefix('/') {
            Some(rest) => self.url(rest),
            None => src.to_string(),
        }
    }
    /// Image sources as absolute addresses.
    pub fn asset_permalink(&self, src: &str) -> String {
        match src.strip_prefix('/') {
            Some(rest) => self.permalink(rest),
            None if src.contains("://") => src.to_string(),
            None => self.permalink(src),
        }
    }
    /// A gallery photo: its picture sized for the gallery's grid.
    pub fn gallery_photo<'a>(&self, image: &'a crate::content::Image) -> GalleryPhotoCtx<'a> {
        let mut ctx = self.image(image);
        let large = ctx
            .picture
            .as_ref()
            .map_or_else(|| ctx.src.clone(), |p| p.src.clone());
        if let Some(p) = &mut ctx.picture {
            p.sizes = crate::media::html::GRID_SIZES;
        }
        GalleryPhotoCtx {
            image: ctx,
            caption: image.caption.as_deref(),
            large,
        }
    }
    pub fn image<'a>(&self, image: &'a crate::content::Image) -> ImageCtx<'a> {
        let picture = self
            .media
            .image(&image.src)
            .map(|made| crate::media::html::picture(made, &image.src, &|path| self.url(path)));
        // A processed photo is previewed by its 1200×630 crop.
        let og = picture.as_ref().and_then(|p| p.og.clone());
        ImageCtx {
            src: self.asset(&image.src),
            permalink: match &og {
                Some((url, _, _)) => {
                    self.asset_permalink(url.strip_prefix(&self.config.base_path).unwrap_or(url))
                }
                None => self.asset_permalink(&image.src),
            },
            alt: &image.alt,
            og_size: og.map(|(_, w, h)| (w, h)),
            picture,
        }
    }
    pub fn event<'a>(
        &self,
        event: &'a crate::content::event::Event,
        page_path: &str,
    ) -> EventCtx<'a> {
        EventCtx {
            start: &event.start,
            end: event.end.as_deref(),
            timezone: &event.timezone,
            location: &event.location,
            ics_url: self.url(&format!("{page_path}{}", crate::publish::ICS_FILE)),
        }
    }
}

pub fn page<'a>(
    site: &'a Site,
    route: &Route,
    links: &Links,
    json_ld: Option<String>,
) -> PageCtx<'a> {
    let kind = route.kind.facts().name;
    let doc: Option<&Document> = match route.kind {
        RouteKind::NewsItem(i) | RouteKind::Page(i) | RouteKind::Alias(i) => {
            Some(&site.documents[i])
        }
        _ => None,
    };
    PageCtx {
        kind,
        key: doc.map_or("", |d| d.key.as_str()),
        url: links.url(&route.path),
        permalink: links.permalink(&route.path),
        title: doc.map_or("", |d| d.title.as_str()),
        summary: doc.map_or("", |d| d.summary.as_str()),
        date: doc.and_then(|d| d.date.as_deref()),
        time: doc.and_then(|d| d.published.as_ref()?.time.as_deref()),
        datetime: doc.and_then(|d| d.published.as_ref()).map(datetime_attr),
        updated: doc.and_then(|d| d.updated.as_ref()),
        scheduled: match route.kind {
            RouteKind::NewsItem(i) | RouteKind::Page(i) => site.is_scheduled(i),
            _ => false,
        },
        // Photos in the text as pictures of their sizes, loaded lazily.
        content: doc.map_or(Cow::Borrowed(""), |d| {
            let url = |path: &str| links.url(path);
            let (media, base) = (links.media, links.config.base_path.as_str());
            match crate::media::html::rewrite(&d.html, media, route.lang, base, &url) {
                Some(html) => Cow::Owned(html),
                None => Cow::Borrowed(d.html.as_str()),
            }
        }),
        image: doc.and_then(|d| d.image.as_ref()).map(|i| links.image(i)),
        has_video: doc.is_some_and(|d| d.html.contains("<figure class=\"video\"")),
        gallery: doc.map_or_else(Vec::new, |d| {
            d.gallery.iter().map(|i| links.gallery_photo(i)).collect()
        }),
        source: doc.map(|d| d.source.display().to_string()),
        event: doc
            .and_then(|d| d.event.as_ref())
            .map(|e| links.event(e, &route.path)),
        json_ld,
    }
}

/// The cards of documents `listed`, in order.
pub fn news_cards<'a>(
    site: &'a Site,
    config: &SiteConfig,
    listed: &[usize],
    links: &Links,
) -> Vec<NewsCardCtx<'a>> {
    listed
        .iter()
        .map(|&i| news_card(site, config, i, links))
        .collect()
}

pub fn news_card<'a>(
    site: &'a Site,
    config: &SiteConfig,
    i: usize,
    links: &Links,
) -> NewsCardCtx<'a> {
    let d = &site.documents[i];
    NewsCardCtx {
        title: &d.title,
        url: links.url(&site.document_path(config, i)),
        date: d.date.as_deref(),
        time: d.published.as_ref().and_then(|p| p.time.as_deref()),
        datetime: d.published.as_ref().map(datetime_attr),
        scheduled: site.is_scheduled(i),
        summary: &d.summary,
        image: d.image.as_ref().map(|img| links.image(img)),
    }
}

/// What `<time datetime>` says: the date alone when no time is written.
pub fn datetime_attr(m: &Moment) -> &str {
    if m.time.is_some() { &m.stamp } else { &m.date }
}

/// JSON for inside a `<script>` element: `<` is escaped so that no text in
/// the data can close the element.
pub fn script_json(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .expect("JSON values serialize")
        .replace('<', "\\u003c")
}

/// schema.org `NewsArticle` for a news item.
pub fn news_article_json_ld(
    doc: &Document,
    lang: &str,
    permalink: &str,
    image: Option<String>,
    publisher: Option<&str>,
) -> String {
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": doc.title,
        "description": doc.summary,
        "datePublished": doc.published.as_ref().map(|m| &m.stamp),
        "inLanguage": lang,
        "url": permalink,
        "mainEntityOfPage": permalink,
    });
    if let Some(updated) = &doc.updated {
        v["dateModified"] = serde_json::json!(updated.stamp);
    }
    if let Some(image) = image {
        v["image"] = serde_json::json!([image]);
    }
    if let Some(name) = publisher {
        let org = serde_json::json!({"@type": "Organization", "name": name});
        v["publisher"] = org.clone();
        v["author"] = org;
    }
    script_json(&v)
}
