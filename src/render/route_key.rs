//! What each page depends on, as one fingerprint, computed without building
//! its template context. A one-item edit in `serve` then costs a few hashes
//! per route to find the pages that show the item, and renders only those.
//!
//! What a page reads of the documents is declared once, in `page_deps`,
//! and hashed here as declared; the rest is the language's base.
//! `tests/suite/incremental.rs` edits each kind of input and compares an
//! incremental build with a clean one.

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::fingerprint::Fingerprint;
use crate::site::{Route, Site};

use super::page_deps::page_deps;
use super::route_context::Shared;

/// What every page of one language depends on: templates, UI strings and
/// configuration (`inputs`), the per-language shared context, the data
/// files, the build date and the main menu.
pub(super) fn language_bases(
    site: &Site,
    data: Option<&SiteData>,
    shared: &[Shared],
    inputs: u128,
) -> Vec<u128> {
    let data = data.map_or(0, |d| d.fingerprint);
    shared
        .iter()
        .enumerate()
        .map(|(lang, shared)| {
            let mut fp = Fingerprint::new();
            fp.u128(inputs)
                .u128(shared.fingerprint.finish())
                .u128(data)
                .u128(site.media.fingerprint)
                .bytes(site.today.as_bytes());
            for &i in &site.menu_pages[lang] {
                fp.u128(site.documents[i].listing_fingerprint);
            }
            // Which items are marked as scheduled: that changes with the
            // clock, not with any file (`serve`, `--future`).
            for (i, d) in site.documents.iter().enumerate() {
                if d.lang == lang && site.is_scheduled(i) {
                    fp.u128(d.listing_fingerprint);
                }
            }
            fp.finish()
        })
        .collect()
}

/// The fingerprint of everything the page of `route` is made from: its
/// language's base, its address and translations, and its declared
/// dependencies ([`page_deps`]).
pub(super) fn route_key(config: &SiteConfig, site: &Site, route: &Route, bases: &[u128]) -> u128 {
    let deps = page_deps(config, site, route);
    let mut fp = Fingerprint::new();
    if deps.all_languages {
        for base in bases {
            fp.u128(*base);
        }
    }
    fp.u128(bases[route.lang])
        .u128(route.lang as u128)
        .bytes(route.path.as_bytes())
        .bytes(route.template().as_bytes());
    for t in &route.translations {
        match t {
            Some(path) => fp.bytes(b"+").bytes(path.as_bytes()),
            None => fp.bytes(b"-"),
        };
    }
    // Documents by content, not by index: adding a file shifts the indices.
    fp.u128(deps.listed.len() as u128);
    for &i in deps.listed.iter() {
        fp.u128(site.documents[i].listing_fingerprint);
    }
    fp.u128(deps.shown.len() as u128);
    for &i in deps.shown {
        fp.u128(site.documents[i].fingerprint);
    }
    for n in deps.numbers {
        fp.u128(n as u128);
    }
    fp.finish()
}
