//! The template context of one route: plain serializable values built from
//! the site, the data and the configuration. The documents it shows come
//! from the page's declaration (`page_deps`), which `route_key` hashes.

use tera::Context;

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::fingerprint::Fingerprint;
use crate::site::{Route, RouteKind, Site};

use super::context::{
    self, AlternateCtx, FeedEntryCtx, LanguageCtx, Links, NavCtx, SiteCtx, SwitchCtx,
};
use super::page_deps::page_deps;

/// The template context of one page.
pub struct PageContext {
    pub(super) ctx: Context,
}

impl PageContext {
    fn new() -> Self {
        Self {
            ctx: Context::new(),
        }
    }

    fn insert_shared(&mut self, shared: &Shared) {
        for (key, value) in &shared.entries {
            self.ctx.insert_value(*key, value.clone());
        }
    }

    pub fn insert<T: serde::Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.ctx.insert(key, value);
    }
}

/// Context values that are the same on every page of one language
/// (site, project, partners, budget, statement), serialized once per build
/// rather than once per page, with one fingerprint for all of them.
pub(crate) struct Shared {
    entries: Vec<(&'static str, tera::Value)>,
    pub(super) fingerprint: Fingerprint,
}

impl Shared {
    /// The value shared under `key` (`site`, `project`, …).
    fn get(&self, key: &str) -> Option<&tera::Value> {
        self.entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    fn push<T: serde::Serialize>(&mut self, key: &'static str, value: &T) {
        self.fingerprint.bytes(key.as_bytes()).value(value);
        self.entries
            .push((key, tera::Value::from_serializable(value)));
    }
}

/// The shared context of each language.
pub(crate) fn shared_contexts(
    config: &SiteConfig,
    data: Option<&SiteData>,
    media: &crate::media::Media,
) -> Vec<Shared> {
    let links = Links { config, media };
    (0..config.languages.len())
        .map(|l| {
            let lang = &config.languages[l];
            let mut shared = Shared {
                entries: Vec::new(),
                fingerprint: Fingerprint::new(),
            };
            shared.push("lang", &lang.code);
            shared.push("site", &site_ctx(config, l, &links));
            if let Some(data) = data {
                data.shared_contexts(l, &mut |key, value| shared.push(key, &value));
            }
            shared
        })
        .collect()
}

/// `lv-LV` → `lv_LV`, as Open Graph writes locales.
fn og_locale(locale: &icu_locale_core::Locale) -> String {
    locale.id.to_string().replace('-', "_")
}

pub(super) fn route_context(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    route: &Route,
    shared_by_language: &[Shared],
) -> PageContext {
    let links = Links {
        config,
        media: &site.media,
    };
    let deps = page_deps(config, site, route);
    let mut ctx = PageContext::new();
    ctx.insert_shared(&shared_by_language[route.lang]);
    if deps.all_languages {
        ctx.insert("by_language", &by_language(shared_by_language));
    }
    let json_ld = json_ld(config, site, data, route, &links);
    let mut page = context::page(site, route, &links, json_ld);
    if let RouteKind::Alias(i) = route.kind {
        // An old address: the page is the item's, wherever it is now.
        let target = site.document_path(config, i);
        (page.url, page.permalink) = (links.url(&target), links.permalink(&target));
    }
    ctx.insert("page", &page);
    ctx.insert("translations", &switcher(config, route, &links));
    ctx.insert("alternates", &alternates(config, route, &links));
    ctx.insert("nav", &nav(config, site, route, &links));
    match route.kind {
        RouteKind::Home | RouteKind::NewsList { .. } | RouteKind::Events => {
            super::list_context::insert(config, site, data, route, &deps, &links, &mut ctx);
        }
        RouteKind::Feed => feed_entries(config, site, deps.shown, &links, &mut ctx),
        RouteKind::TagIndex | RouteKind::Tag { .. } | RouteKind::TagFeed(_) => {
            super::tag_context::insert(config, site, data, route, &deps, &links, &mut ctx);
        }
        RouteKind::NewsItem(i) => {
            ctx.insert(
                "tags",
                &super::tag_context::of_document(config, site, data, i, &links),
            );
        }
        _ => {}
    }
    ctx
}

/// Each language's own site and project texts, for the root page.
fn by_language(shared_by_language: &[Shared]) -> Vec<tera::Value> {
    shared_by_language
        .iter()
        .map(|shared| {
            let mut map = tera::value::Map::new();
            for key in ["lang", "site", "project"] {
                if let Some(v) = shared.get(key) {
                    map.insert(key.into(), v.clone());
                }
            }
            tera::Value::from(map)
        })
        .collect()
}

/// Structured data for search engines: a news article, the partners.
fn json_ld(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    route: &Route,
    links: &Links,
) -> Option<String> {
    let lang = &config.languages[route.lang];
    match route.kind {
        RouteKind::NewsItem(i) => {
            let doc = &site.documents[i];
            Some(context::news_article_json_ld(
                doc,
                &lang.code,
                &links.permalink(&route.path),
                doc.image
                    .as_ref()
                    .map(|img| links.asset_permalink(&img.src)),
                data.and_then(|d| d.lead_partner_name(route.lang)),
            ))
        }
        RouteKind::Partners => {
            data.map(|d| context::script_json(&d.organizations_json_ld(route.lang)))
        }
        _ => None,
    }
}

/// The language switcher: this page in each other language, or that
/// language's home page.
fn switcher<'a>(config: &'a SiteConfig, route: &Route, links: &Links) -> Vec<SwitchCtx<'a>> {
    config
        .languages
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != route.lang)
        .map(|(i, l)| match &route.translations[i] {
            Some(path) => SwitchCtx {
                code: &l.code,
                name: &l.name,
                url: links.url(path),
                translated: true,
            },
            None => SwitchCtx {
                code: &l.code,
                name: &l.name,
                url: links.url(&format!("{}/", l.code)),
                translated: false,
            },
        })
        .collect()
}

/// `hreflang` alternates: the translations and `x-default` (none on a 404
/// or an old address; the root's `x-default` is the root itself).
fn alternates(config: &SiteConfig, route: &Route, links: &Links) -> Vec<AlternateCtx> {
    let mut alternates: Vec<AlternateCtx> = config
        .languages
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            route.translations[i].as_ref().map(|p| AlternateCtx {
                hreflang: l.code.clone(),
                href: links.permalink(p),
            })
        })
        .collect();
    let default = config.default_language;
    if let Some(p) = route.translations[default].as_ref() {
        alternates.push(AlternateCtx {
            hreflang: "x-default".into(),
            href: links.permalink(p),
        });
    }
    match route.kind {
        RouteKind::NotFound | RouteKind::RootNotFound | RouteKind::Alias(_) => alternates.clear(),
        // The root is the chooser for people and search engines alike.
        RouteKind::Root => {
            if let Some(x) = alternates.iter_mut().find(|a| a.hreflang == "x-default") {
                x.href = links.permalink("");
            }
        }
        _ => {}
    }
    alternates
}

/// The entries of a feed (`shown`, newest first) and when it last changed.
pub(super) fn feed_entries(
    config: &SiteConfig,
    site: &Site,
    shown: &[usize],
    links: &Links,
    ctx: &mut PageContext,
) {
    let entries: Vec<FeedEntryCtx> = shown
        .iter()
        .map(|&i| {
            let d = &site.documents[i];
            let published = d.published.as_ref().map_or("", |m| m.stamp.as_str());
            FeedEntryCtx {
                title: &d.title,
                permalink: links.permalink(&site.document_path(config, i)),
                published,
                updated: d.updated.as_ref().map_or(published, |m| m.stamp.as_str()),
                summary: &d.summary,
                content: &d.html,
                image: d.image.as_ref().map(|img| links.image(img)),
            }
        })
        .collect();
    // The feed changed when its latest entry did (compared as instants).
    let latest = shown
        .iter()
        .filter_map(|&i| {
            let d = &site.documents[i];
            d.updated.as_ref().or(d.published.as_ref())
        })
        .max_by_key(|m| m.unix);
    ctx.insert(
        "updated",
        &latest.map_or("1970-01-01T00:00:00Z", |m| m.stamp.as_str()),
    );
    ctx.insert("entries", &entries);
}

fn site_ctx<'a>(config: &'a SiteConfig, l: usize, links: &Links) -> SiteCtx<'a> {
    let lang = &config.languages[l];
    SiteCtx {
        title: &lang.title,
        description: &lang.description,
        base_url: &config.base_url,
        base_path: &config.base_path,
        default_language: &config.default_language().code,
        languages: config
            .languages
            .iter()
            .map(|l| LanguageCtx {
                code: &l.code,
                name: &l.name,
                url: links.url(&format!("{}/", l.code)),
            })
            .collect(),
        accessibility_url: Some(
            links.url(&format!("{}/{}/", lang.code, lang.sections.accessibility)),
        ),
        programme_logo: config.programme_logo.as_ref().map(|p| links.url(p)),
        programme_logo_width: config
            .programme_logo
            .as_deref()
            .and_then(|p| links.media.image(p))
            .filter(|made| made.height > 0)
            .map(|made| (40 * made.width).div_ceil(made.height)),
        favicon: links.url(
            config
                .favicon
                .as_deref()
                .unwrap_or(crate::assets::MADE_FAVICON),
        ),
        favicon_type: crate::assets::favicon_type(
            config
                .favicon
                .as_deref()
                .unwrap_or(crate::assets::MADE_FAVICON),
        ),
        feed_url: links.url(&format!("{}/atom.xml", lang.code)),
        search_url: links.url(&format!("{}/{}/", lang.code, lang.sections.search)),
        events_url: links.url(&format!("{}/{}/", lang.code, lang.sections.events)),
        news_url: links.url(&format!("{}/{}/", lang.code, lang.sections.news)),
        og_locale: og_locale(&lang.locale),
        og_locale_alternates: config
            .languages
            .iter()
            .filter(|l| l.code != lang.code)
            .map(|l| og_locale(&l.locale))
            .collect(),
    }
}

/// The Fluent keys of the navigation labels `nav` uses.
pub const NAV_KEYS: [&str; 6] = [
    "nav-home",
    "nav-news",
    "nav-events",
    "nav-partners",
    "nav-budget",
    "nav-search",
];

fn nav<'a>(config: &SiteConfig, site: &'a Site, route: &Route, links: &Links) -> Vec<NavCtx<'a>> {
    let lang = &config.languages[route.lang];
    let section = |key: &'static str, segment: &str, current: bool| NavCtx {
        key: Some(key),
        title: None,
        url: links.url(&format!("{}/{segment}", lang.code)),
        current,
    };
    let news = matches!(
        route.kind,
        RouteKind::NewsList { .. } | RouteKind::NewsItem(_)
    );
    let mut items = vec![
        section("nav-home", "", route.kind == RouteKind::Home),
        section("nav-news", &format!("{}/", lang.sections.news), news),
        section(
            "nav-events",
            &format!("{}/", lang.sections.events),
            route.kind == RouteKind::Events,
        ),
    ];
    for &i in &site.menu_pages[route.lang] {
        items.push(NavCtx {
            key: None,
            title: Some(
                site.documents[i]
                    .menu_title
                    .as_deref()
                    .unwrap_or(&site.documents[i].title),
            ),
            url: links.url(&site.document_path(config, i)),
            current: route.kind == RouteKind::Page(i),
        });
    }
    items.push(section(
        "nav-partners",
        &format!("{}/", lang.sections.partners),
        route.kind == RouteKind::Partners,
    ));
    items.push(section(
        "nav-budget",
        &format!("{}/", lang.sections.budget),
        route.kind == RouteKind::Budget,
    ));
    items.push(section(
        "nav-search",
        &format!("{}/", lang.sections.search),
        route.kind == RouteKind::Search,
    ));
    items
}
