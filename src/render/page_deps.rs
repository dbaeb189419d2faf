//! One declaration per page kind of what the page is made from: which
//! documents it lists, which it shows whole, and which numbers it prints.
//! The template context (`route_context`) takes its documents from here,
//! the cache key (`route_key`) hashes exactly this, and the quick reuse
//! check (`RenderCache::unchanged`) asks it which bodies matter, so the
//! three cannot drift apart. Everything else a page reads is the same for
//! every page of its language (`route_key::language_bases`).
//!
//! A new page kind: add its `RouteKind`, declare it here, write its template.

use std::borrow::Cow;

use crate::config::SiteConfig;
use crate::site::{Route, RouteKind, Site};

/// How many of the newest items a feed carries.
pub(super) const FEED_ENTRIES: usize = 20;

/// How many of the newest items the home page lists.
const HOME_ENTRIES: usize = 5;

/// What one page is made from (indices into `Site::documents`).
pub(super) struct PageDeps<'a> {
    /// Documents the page lists: title, date, summary, address, image, event
    /// (their `listing_fingerprint`).
    pub listed: Cow<'a, [usize]>,
    /// Documents the page shows whole, body included (their `fingerprint`).
    pub shown: &'a [usize],
    /// Numbers the page prints: the news total, the page and the page count.
    pub numbers: [usize; 3],
    /// Whether the page shows every language's shared context, not only
    /// its own (the bilingual root page).
    pub all_languages: bool,
}

impl PageDeps<'_> {
    fn none() -> Self {
        Self {
            listed: Cow::Borrowed(&[]),
            shown: &[],
            numbers: [0; 3],
            all_languages: false,
        }
    }
}

/// The home page: the latest items, then every item with an event (for
/// the next events); the second number says where the first part ends.
fn home<'a>(config: &SiteConfig, site: &Site, news: &'a [usize]) -> PageDeps<'a> {
    let latest = &news[..news.len().min(config.news_per_page.min(HOME_ENTRIES))];
    let events = news
        .iter()
        .copied()
        .filter(|&i| site.documents[i].event.is_some());
    PageDeps {
        listed: Cow::Owned(latest.iter().copied().chain(events).collect()),
        numbers: [news.len(), latest.len(), 0],
        ..PageDeps::none()
    }
}

/// Page `page` of `pages` of a list of `items`, `per` to a page.
fn one_page_of(items: &[usize], per: usize, page: usize, pages: usize) -> PageDeps<'_> {
    let start = ((page - 1) * per).min(items.len());
    PageDeps {
        listed: Cow::Borrowed(&items[start..(start + per).min(items.len())]),
        numbers: [items.len(), page, pages],
        ..PageDeps::none()
    }
}

/// The declaration: what the page of `route` is made from.
pub(super) fn page_deps<'a>(config: &SiteConfig, site: &'a Site, route: &'a Route) -> PageDeps<'a> {
    let news = &site.news[route.lang];
    match &route.kind {
        // The latest items, then every item with an event (for the next
        // events); the second number says where the first part ends.
        RouteKind::Home => home(config, site, news),
        RouteKind::NewsList { page, pages } => {
            one_page_of(news, config.news_per_page, *page, *pages)
        }
        RouteKind::Events => PageDeps {
            listed: Cow::Owned(
                news.iter()
                    .copied()
                    .filter(|&i| site.documents[i].event.is_some())
                    .collect(),
            ),
            ..PageDeps::none()
        },
        RouteKind::Feed => PageDeps {
            shown: &news[..news.len().min(FEED_ENTRIES)],
            ..PageDeps::none()
        },
        RouteKind::NewsItem(i) | RouteKind::Page(i) => PageDeps {
            shown: std::slice::from_ref(i),
            ..PageDeps::none()
        },
        // The topic index counts each topic's items: all of them, listed.
        RouteKind::TagIndex => {
            let mut all: Vec<usize> = site.tags[route.lang].iter().flatten().copied().collect();
            all.sort_unstable();
            all.dedup();
            PageDeps {
                listed: Cow::Owned(all),
                ..PageDeps::none()
            }
        }
        RouteKind::Tag { tag, page, pages } => one_page_of(
            &site.tags[route.lang][*tag],
            config.news_per_page,
            *page,
            *pages,
        ),
        RouteKind::TagFeed(tag) => {
            let items = &site.tags[route.lang][*tag];
            PageDeps {
                shown: &items[..items.len().min(FEED_ENTRIES)],
                ..PageDeps::none()
            }
        }
        // An old address shows where the item is now: its title and address.
        RouteKind::Alias(i) => PageDeps {
            listed: Cow::Borrowed(std::slice::from_ref(i)),
            ..PageDeps::none()
        },
        RouteKind::Root | RouteKind::RootNotFound => PageDeps {
            all_languages: true,
            ..PageDeps::none()
        },
        RouteKind::Partners
        | RouteKind::Budget
        | RouteKind::Accessibility
        | RouteKind::Poster
        | RouteKind::Search
        | RouteKind::NotFound => PageDeps::none(),
    }
}
