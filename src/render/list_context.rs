//! The values of the news lists: the home page's latest items, a page of
//! the news list with its pagination, the events page's upcoming and past
//! events.

use super::context::{self, EventCardCtx, Links, PaginationCtx};
use super::page_deps::PageDeps;
use super::route_context::PageContext;
use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::site::{Route, RouteKind, Site};

/// The home page, a news list page or the events page.
pub(super) fn insert(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    route: &Route,
    deps: &PageDeps,
    links: &Links,
    ctx: &mut PageContext,
) {
    match route.kind {
        RouteKind::Home => {
            lead_image(data, route.lang, links, ctx);
            let [total, latest, _] = deps.numbers;
            ctx.insert(
                "news",
                &context::news_cards(site, config, &deps.listed[..latest], links),
            );
            ctx.insert("news_total", &total);
            let (mut upcoming, _) = events(config, site, &deps.listed[latest..], links);
            upcoming.truncate(HOME_EVENTS);
            ctx.insert("upcoming", &upcoming);
        }
        RouteKind::NewsList { .. } => {
            // The topics, when the site has any (tags.yaml is in every key).
            if data.is_some_and(|d| !d.tags.tags.is_empty()) {
                let index = crate::site::tag_index_path(config, route.lang);
                ctx.insert("tags_url", &links.url(&index));
            }
            let [total, page, pages] = deps.numbers;
            ctx.insert(
                "news",
                &context::news_cards(site, config, &deps.listed, links),
            );
            ctx.insert("news_total", &total);
            let list_url = |p: usize| {
                let l = &config.languages[route.lang];
                if p == 1 {
                    links.url(&format!("{}/{}/", l.code, l.sections.news))
                } else {
                    links.url(&format!(
                        "{}/{}/{}/{p}/",
                        l.code, l.sections.news, l.sections.page
                    ))
                }
            };
            ctx.insert("pagination", &PaginationCtx::new(page, pages, list_url));
        }
        RouteKind::Events => {
            let (upcoming, past) = events(config, site, &deps.listed, links);
            ctx.insert("upcoming", &upcoming);
            ctx.insert("past", &past);
        }
        _ => {}
    }
}

/// How many of the next events the home page shows.
const HOME_EVENTS: usize = 3;

/// The events of the items `listed`: upcoming (soonest first) and past
/// (latest first). An event is upcoming until the end of its (last) day.
fn events<'a>(
    config: &SiteConfig,
    site: &'a Site,
    listed: &[usize],
    links: &Links,
) -> (Vec<EventCardCtx<'a>>, Vec<EventCardCtx<'a>>) {
    let mut upcoming = Vec::new();
    let mut past = Vec::new();
    for &i in listed {
        let d = &site.documents[i];
        let Some(event) = &d.event else { continue };
        let path = site.document_path(config, i);
        let card = EventCardCtx {
            title: &d.title,
            url: links.url(&path),
            summary: &d.summary,
            event: links.event(event, &path),
        };
        let last_day = &event.end.as_deref().unwrap_or(&event.start)[..10];
        if last_day >= site.today.as_str() {
            upcoming.push(card);
        } else {
            past.push(card);
        }
    }
    upcoming.sort_by(|a, b| a.event.start.cmp(b.event.start));
    past.sort_by(|a, b| b.event.start.cmp(a.event.start));
    (upcoming, past)
}

/// The home page's lead photo, from `project.yaml`.
fn lead_image(data: Option<&SiteData>, lang: usize, links: &Links, ctx: &mut PageContext) {
    if let Some((src, alt)) = data.and_then(|d| d.project_image(lang)) {
        let image = crate::content::Image {
            src: format!("/{}", src.trim().trim_start_matches('/')),
            alt: alt.to_string(),
            caption: None,
            line: 0,
            column: 0,
        };
        ctx.insert("lead_image", &links.image(&image));
    }
}
