//! What topic pages (and news items, for their topics) put in the template
//! context: names and addresses in the page's language, counts, the items
//! of a topic page and the entries of a topic feed.

use serde::Serialize;

use super::context::{self, Links, PaginationCtx};
use super::page_deps::PageDeps;
use super::route_context::{PageContext, feed_entries};
use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::site::{Route, RouteKind, Site, tag_index_path, tag_path};

/// A topic as a page shows it.
#[derive(Debug, Serialize)]
pub(super) struct TagCtx<'a> {
    pub name: &'a str,
    pub url: String,
    /// The absolute address, for feeds.
    pub permalink: String,
    /// How many of the language's news items have it.
    pub count: usize,
    pub feed_url: String,
}

fn tag_ctx<'a>(
    config: &SiteConfig,
    site: &Site,
    data: &'a SiteData,
    lang: usize,
    tag: usize,
    links: &Links,
) -> TagCtx<'a> {
    let tags = &data.tags;
    TagCtx {
        name: &tags.tags[tag].names[lang],
        url: links.url(&tag_path(config, tags, lang, tag, 1)),
        permalink: links.permalink(&tag_path(config, tags, lang, tag, 1)),
        count: site.tags[lang][tag].len(),
        feed_url: links.url(&format!("{}atom.xml", tag_path(config, tags, lang, tag, 1))),
    }
}

/// The topics of news item `i` that have a page in its language.
pub(super) fn of_document<'a>(
    config: &SiteConfig,
    site: &Site,
    data: Option<&'a SiteData>,
    i: usize,
    links: &Links,
) -> Vec<TagCtx<'a>> {
    let Some(data) = data else { return Vec::new() };
    let lang = site.documents[i].lang;
    site.documents[i]
        .tags
        .iter()
        .filter_map(|t| data.tags.position(&t.id))
        .filter(|&k| !site.tags[lang][k].is_empty())
        .map(|k| tag_ctx(config, site, data, lang, k, links))
        .collect()
}

/// The topic index, a topic's page, or a topic's feed.
pub(super) fn insert(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    route: &Route,
    deps: &PageDeps,
    links: &Links,
    ctx: &mut PageContext,
) {
    let Some(data) = data else { return };
    let lang = route.lang;
    match route.kind {
        RouteKind::TagIndex => {
            let all: Vec<TagCtx> = (0..data.tags.tags.len())
                .filter(|&k| !site.tags[lang][k].is_empty())
                .map(|k| tag_ctx(config, site, data, lang, k, links))
                .collect();
            ctx.insert("tags", &all);
        }
        RouteKind::Tag { tag, page, pages } => {
            ctx.insert("tag", &tag_ctx(config, site, data, lang, tag, links));
            ctx.insert(
                "news",
                &context::news_cards(site, config, &deps.listed, links),
            );
            ctx.insert("news_total", &deps.numbers[0]);
            let url = |p: usize| links.url(&tag_path(config, &data.tags, lang, tag, p));
            ctx.insert("pagination", &PaginationCtx::new(page, pages, url));
            ctx.insert("tags_url", &links.url(&tag_index_path(config, lang)));
        }
        RouteKind::TagFeed(tag) => {
            ctx.insert("tag", &tag_ctx(config, site, data, lang, tag, links));
            feed_entries(config, site, deps.shown, links, ctx);
        }
        _ => {}
    }
}
