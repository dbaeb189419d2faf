//! Template context: plain serializable structs built from the assembled
//! site, one set per route. Themes see only these names.

use serde::Serialize;

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
    pub url: String,
    pub permalink: String,
    pub title: &'a str,
    pub summary: &'a str,
    pub date: Option<&'a str>,
    pub content: &'a str,
    pub image: Option<ImageCtx<'a>>,
    pub source: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ImageCtx<'a> {
    pub src: String,
    pub alt: &'a str,
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
    pub summary: &'a str,
    pub image: Option<ImageCtx<'a>>,
}

#[derive(Debug, Serialize)]
pub struct PaginationCtx {
    pub current: usize,
    pub total: usize,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
}

/// Builds links with the base path, and absolute URLs with the base URL.
pub struct Links<'a> {
    pub config: &'a SiteConfig,
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
}

pub fn page<'a>(site: &'a Site, route: &Route, links: &Links) -> PageCtx<'a> {
    let kind = match route.kind {
        RouteKind::Root => "root",
        RouteKind::Home => "home",
        RouteKind::NewsList { .. } => "news_list",
        RouteKind::NewsItem(_) => "news",
        RouteKind::Page(_) => "page",
        RouteKind::Partners => "partners",
        RouteKind::Budget => "budget",
        RouteKind::Accessibility => "accessibility",
        RouteKind::NotFound => "not_found",
    };
    let doc: Option<&Document> = match route.kind {
        RouteKind::NewsItem(i) | RouteKind::Page(i) => Some(&site.documents[i]),
        _ => None,
    };
    PageCtx {
        kind,
        url: links.url(&route.path),
        permalink: links.permalink(&route.path),
        title: doc.map_or("", |d| d.title.as_str()),
        summary: doc.map_or("", |d| d.summary.as_str()),
        date: doc.and_then(|d| d.date.as_deref()),
        content: doc.map_or("", |d| d.html.as_str()),
        image: doc.and_then(|d| d.image.as_ref()).map(|i| ImageCtx {
            src: links.asset(&i.src),
            alt: &i.alt,
        }),
        source: doc.map(|d| d.source.display().to_string()),
    }
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
        summary: &d.summary,
        image: d.image.as_ref().map(|img| ImageCtx {
            src: links.asset(&img.src),
            alt: &img.alt,
        }),
    }
}
