//! What each page depends on, as one fingerprint, computed without building
//! its template context. A one-item edit in `serve` then costs a few hashes
//! per route to find the pages that show the item, and renders only those.
//!
//! The rule that keeps incremental builds byte-identical to clean ones:
//! whatever `route_context` reads must be hashed here. `tests/incremental.rs`
//! edits each kind of input and compares the two.

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::fingerprint::Fingerprint;
use crate::site::{Route, RouteKind, Site};

use super::route_context::{Shared, feed_news, home_news, list_news};

/// What every page of one language depends on: templates, UI strings and
/// configuration (`inputs`), the per-language shared context, the data
/// files, the build date and the main menu.
pub(super) fn language_bases(
    site: &Site,
    data: Option<&SiteData>,
    shared: &[Shared],
    inputs: u128,
) -> Vec<u128> {
    let data = Fingerprint::new()
        .bytes(format!("{data:?}").as_bytes())
        .finish();
    shared
        .iter()
        .enumerate()
        .map(|(lang, shared)| {
            let mut fp = Fingerprint::new();
            fp.u128(inputs)
                .u128(shared.fingerprint.finish())
                .u128(data)
                .bytes(site.today.as_bytes());
            for &i in &site.menu_pages[lang] {
                fp.u128(site.documents[i].listing_fingerprint);
            }
            fp.finish()
        })
        .collect()
}

/// The fingerprint of everything the page of `route` is made from.
pub(super) fn route_key(config: &SiteConfig, site: &Site, route: &Route, base: u128) -> u128 {
    let mut fp = Fingerprint::new();
    fp.u128(base)
        .u128(route.lang as u128)
        .bytes(route.path.as_bytes());
    for t in &route.translations {
        match t {
            Some(path) => fp.bytes(b"+").bytes(path.as_bytes()),
            None => fp.bytes(b"-"),
        };
    }
    // Documents by content, not by index: adding a file shifts the indices.
    let listings = |fp: &mut Fingerprint, docs: &[usize]| {
        for &i in docs {
            fp.u128(site.documents[i].listing_fingerprint);
        }
    };
    match &route.kind {
        RouteKind::Root => fp.bytes(b"root"),
        RouteKind::Home => {
            fp.bytes(b"home").u128(site.news[route.lang].len() as u128);
            listings(&mut fp, home_news(config, site, route.lang));
            &mut fp
        }
        RouteKind::NewsList { page, pages } => {
            fp.bytes(b"list")
                .u128(*page as u128)
                .u128(*pages as u128)
                .u128(site.news[route.lang].len() as u128);
            listings(&mut fp, list_news(config, site, route.lang, *page));
            &mut fp
        }
        RouteKind::NewsItem(i) => fp.bytes(b"item").u128(site.documents[*i].fingerprint),
        RouteKind::Page(i) => fp.bytes(b"page").u128(site.documents[*i].fingerprint),
        RouteKind::Partners => fp.bytes(b"partners"),
        RouteKind::Budget => fp.bytes(b"budget"),
        RouteKind::Accessibility => fp.bytes(b"accessibility"),
        RouteKind::Events => {
            fp.bytes(b"events");
            for &i in &site.news[route.lang] {
                if site.documents[i].event.is_some() {
                    fp.u128(site.documents[i].listing_fingerprint);
                }
            }
            &mut fp
        }
        RouteKind::Search => fp.bytes(b"search"),
        RouteKind::Feed => {
            fp.bytes(b"feed");
            for &i in feed_news(site, route.lang) {
                // Feeds carry the whole text.
                fp.u128(site.documents[i].fingerprint);
            }
            &mut fp
        }
        RouteKind::NotFound => fp.bytes(b"404"),
    };
    fp.finish()
}
