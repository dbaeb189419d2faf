//! Assembly: documents paired into translations, news lists per language and
//! one [`Route`] per output page, each with the URL of its translations.
//! Two routes at one URL are an error naming both sources.

use std::sync::Arc;

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::content::{Document, Section};
use crate::data::tags::TagSet;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

mod routes;
mod tags;
pub(crate) use tags::{index_path as tag_index_path, tag_path};

/// What an output page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteKind {
    /// The site root: a language chooser that sends visitors to the default language.
    Root,
    Home,
    /// Page `page` (1-based) of `pages` of the news list.
    NewsList {
        page: usize,
        pages: usize,
    },
    /// A news item (index into `Site::documents`).
    NewsItem(usize),
    /// A page from `content/pages/` (index into `Site::documents`).
    Page(usize),
    Partners,
    Budget,
    /// The accessibility statement, from `content/data/accessibility.yaml`.
    Accessibility,
    /// The project on one A3 sheet or a public screen: the electronic
    /// equivalent of the poster (Article 50(1)(d) of Regulation (EU)
    /// 2021/1060; Annex XII 2.2 of No 1303/2013).
    Poster,
    /// Upcoming and past events announced in news items.
    Events,
    /// The search page (the index is written beside it).
    Search,
    /// The Atom feed of the language's news.
    Feed,
    NotFound,
    /// `/404.html`, which static hosts show for any missing address: in
    /// every language, since it cannot know which one the visitor reads.
    RootNotFound,
    /// An old address of a document (`aliases:`), sending visitors on to it.
    Alias(usize),
    /// All topics of a language, with how many items each has.
    TagIndex,
    /// Page `page` of `pages` of the items of topic `tag` (in `tags.yaml` order).
    Tag {
        tag: usize,
        page: usize,
        pages: usize,
    },
    /// The Atom feed of a topic.
    TagFeed(usize),
}

/// One output page.
#[derive(Debug, Clone)]
pub struct Route {
    pub kind: RouteKind,
    pub lang: usize,
    /// Path under the site root, `lv/jaunumi/` (a folder with `index.html`) or `404.html`.
    pub path: String,
    /// For each language, the path of this page in it (`None`: no translation).
    pub translations: Vec<Option<String>>,
    /// [`Route::output_file`], made once and shared by the caches and the output.
    pub file: Arc<str>,
}

/// What a page kind is, declared once: its template, the `page.kind`
/// templates see, whether it is HTML, and whether it belongs in the
/// sitemap and search results. (What it is made from is declared in
/// `render/page_deps.rs`.)
pub struct KindFacts {
    pub template: &'static str,
    pub name: &'static str,
    pub html: bool,
    pub indexable: bool,
}

impl RouteKind {
    pub fn facts(&self) -> KindFacts {
        // (template, name, html, indexable)
        let (template, name, html, indexable) = match self {
            RouteKind::Root => ("root.html", "root", true, false),
            RouteKind::Home => ("home.html", "home", true, true),
            RouteKind::NewsList { .. } => ("news_list.html", "news_list", true, true),
            RouteKind::NewsItem(_) => ("news_item.html", "news", true, true),
            RouteKind::Page(_) => ("page.html", "page", true, true),
            RouteKind::Partners => ("partners.html", "partners", true, true),
            RouteKind::Budget => ("budget.html", "budget", true, true),
            RouteKind::Accessibility => ("accessibility.html", "accessibility", true, true),
            RouteKind::Poster => ("poster.html", "poster", true, false),
            RouteKind::Events => ("events.html", "events", true, true),
            RouteKind::Search => ("search.html", "search", true, true),
            RouteKind::Feed | RouteKind::TagFeed(_) => ("atom.xml", "feed", false, false),
            RouteKind::NotFound => ("404.html", "not_found", true, false),
            RouteKind::RootNotFound => ("root_404.html", "not_found", true, false),
            RouteKind::Alias(_) => ("alias.html", "alias", true, false),
            RouteKind::TagIndex => ("tags.html", "tags", true, true),
            RouteKind::Tag { .. } => ("tag.html", "tag", true, true),
        };
        KindFacts {
            template,
            name,
            html,
            indexable,
        }
    }
}

impl Route {
    /// Whether this route is an HTML page (feeds are not).
    pub fn is_html(&self) -> bool {
        self.kind.facts().html
    }

    /// Whether the page belongs in the sitemap and search results.
    pub fn is_indexable(&self) -> bool {
        self.kind.facts().indexable
    }

    /// The file this route is written to, relative to the output folder.
    pub fn output_file(&self) -> String {
        if self.path.is_empty() || self.path.ends_with('/') {
            format!("{}index.html", self.path)
        } else {
            self.path.clone()
        }
    }

    pub fn template(&self) -> &'static str {
        self.kind.facts().template
    }
}

/// The assembled site.
#[derive(Debug)]
pub struct Site {
    pub documents: Vec<std::sync::Arc<Document>>,
    /// Per language: indices of its news items, newest first.
    pub news: Vec<Vec<usize>>,
    /// Per language: indices of its pages that are in the main menu, in menu order.
    pub menu_pages: Vec<Vec<usize>>,
    /// Per language, per topic (`tags.yaml` order): its news items, newest first.
    pub tags: Vec<Vec<Vec<usize>>>,
    /// Shared with the [`Layout`] that `serve` keeps between builds.
    pub routes: Arc<Vec<Route>>,
    /// The fingerprint of everything the routes were laid out from: equal
    /// keys, equal routes (and equal listings on every page).
    pub layout_key: u128,
    /// The build's date (`YYYY-MM-DD`), which splits upcoming from past events.
    pub today: String,
    /// The build's clock (seconds since 1970): items dated later are
    /// scheduled (only on the site with `--future` and in `serve`).
    pub now: i64,
    /// News items left out as drafts, for the hint that a missing
    /// translation exists as a draft, and files left out for their errors
    /// (a version that is there, not missing).
    pub drafts: Vec<crate::content::DraftRef>,
    /// The processed photos (set by the builder after the media stage).
    pub media: crate::media::Media,
}

impl Site {
    /// Whether document `i` is dated after the build's clock.
    pub fn is_scheduled(&self, i: usize) -> bool {
        crate::content::schedule::is_scheduled(&self.documents[i], self.now)
    }

    /// The URL path of document `i`.
    pub fn document_path(&self, config: &SiteConfig, i: usize) -> String {
        document_path(config, &self.documents[i])
    }
}

fn document_path(config: &SiteConfig, doc: &Document) -> String {
    crate::content::address(config, doc.section, doc.lang, &doc.folder, &doc.slug)
}

fn news_list_path(config: &SiteConfig, lang: usize, page: usize) -> String {
    let l = &config.languages[lang];
    if page <= 1 {
        format!("{}/{}/", l.code, l.sections.news)
    } else {
        format!("{}/{}/{}/{page}/", l.code, l.sections.news, l.sections.page)
    }
}

/// What assembly made of a list of documents, kept by `serve`: when the
/// next build's documents show the same listings (titles, dates, slugs,
/// keys, files, in the same order), only their bodies changed, and the
/// lists and routes are taken from here.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    key: u128,
    /// Position in the sorted documents of each loaded document.
    order: Vec<usize>,
    news: Vec<Vec<usize>>,
    menu_pages: Vec<Vec<usize>>,
    tags: Vec<Vec<Vec<usize>>>,
    routes: Arc<Vec<Route>>,
    diags: Diagnostics,
    /// What the builder's rules over these routes found (one source per
    /// address), kept with them: the same routes give the same findings.
    pub checked: Option<Diagnostics>,
}

/// Pairs translations, sorts lists and lays out every route, or reuses
/// `previous` when the documents' listings are unchanged (`config_fingerprint` stands for the configuration). Returns
/// the layout for the next build.
pub fn assemble_reusing(
    config: &SiteConfig,
    documents: Vec<Arc<Document>>,
    config_fingerprint: u128,
    previous: Option<&Layout>,
    tags: &TagSet,
) -> (Site, Diagnostics, Layout) {
    let mut key = crate::fingerprint::Fingerprint::new();
    key.u128(config_fingerprint).u128(tags.fingerprint);
    for d in &documents {
        key.u128(d.listing_fingerprint);
    }
    let key = key.finish();
    let layout = match previous {
        Some(p) if p.key == key && p.order.len() == documents.len() => p.clone(),
        _ => Layout {
            key,
            ..layout(config, &documents, tags)
        },
    };
    let mut sorted: Vec<Option<Arc<Document>>> = vec![None; documents.len()];
    for (doc, &at) in documents.into_iter().zip(&layout.order) {
        sorted[at] = Some(doc);
    }
    let site = Site {
        documents: sorted
            .into_iter()
            .map(|d| d.expect("a permutation"))
            .collect(),
        news: layout.news.clone(),
        menu_pages: layout.menu_pages.clone(),
        tags: layout.tags.clone(),
        routes: layout.routes.clone(),
        layout_key: layout.key,
        today: String::new(),
        now: 0,
        drafts: Vec::new(),
        media: Default::default(),
    };
    (site, layout.diags.clone(), layout)
}

/// Pairs translations, sorts lists and lays out every route.
fn layout(config: &SiteConfig, loaded: &[Arc<Document>], tag_set: &TagSet) -> Layout {
    let mut diags = Diagnostics::new();
    let (order, by_position) = stable_order(loaded);
    let documents: Vec<&Document> = by_position.iter().map(|&i| &*loaded[i]).collect();
    diags.extend(keys_taken_twice(config, &documents));
    let (news, menu_pages) = lists(config, &documents);
    let mut routes = routes::generated(config, &news);
    routes.extend(routes::of_documents(config, &documents));
    let tags = tags::lists(config, &documents, &news, tag_set, &mut diags);
    routes.extend(tags::routes(config, tag_set, &tags));
    routes
        .par_iter_mut()
        .for_each(|route| route.file = route.output_file().into());
    Layout {
        key: 0,
        order,
        news,
        menu_pages,
        tags,
        routes: Arc::new(routes),
        diags,
        checked: None,
    }
}

/// Stable order whatever the file system did: section, key, language.
/// Sorted by keys taken out once (each document is looked at once, not
/// at every comparison); the position last, so the order is the stable
/// one. Returns each loaded document's position, and the loaded index at
/// each position.
fn stable_order(loaded: &[Arc<Document>]) -> (Vec<usize>, Vec<usize>) {
    let mut keyed: Vec<(Section, &str, usize, usize)> = loaded
        .iter()
        .enumerate()
        .map(|(i, d)| (d.section, d.key.as_str(), d.lang, i))
        .collect();
    keyed.sort_unstable();
    let by_position: Vec<usize> = keyed.into_iter().map(|k| k.3).collect();
    let mut order = vec![0; loaded.len()];
    for (at, &i) in by_position.iter().enumerate() {
        order[i] = at;
    }
    (order, by_position)
}

/// Two files of one language claiming one translation key (`documents`
/// in their stable order, so such files are neighbours).
fn keys_taken_twice(config: &SiteConfig, documents: &[&Document]) -> Vec<Diagnostic> {
    documents
        .windows(2)
        .filter(|pair| {
            pair[0].section == pair[1].section
                && pair[0].key == pair[1].key
                && pair[0].lang == pair[1].lang
        })
        .map(|pair| {
            Diagnostic::error(
                &pair[1].source,
                msg("key-taken")
                    .arg("other", pair[0].source.display())
                    .arg("code", &config.languages[pair[0].lang].code)
                    .arg("key", &pair[0].key),
            )
        })
        .collect()
}

/// Per language: the news items, newest first (by the instant: items of
/// one day by their time; at the same moment by title, then key), and
/// the pages of the main menu in menu order.
fn lists(config: &SiteConfig, documents: &[&Document]) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let n_lang = config.languages.len();
    let mut news = vec![Vec::new(); n_lang];
    let mut menu_pages = vec![Vec::new(); n_lang];
    for (i, d) in documents.iter().enumerate() {
        match d.section {
            Section::News => news[d.lang].push(i),
            Section::Page if d.menu.is_some() => menu_pages[d.lang].push(i),
            Section::Page => {}
        }
    }
    for list in &mut news {
        let mut keyed: Vec<_> = list
            .iter()
            .map(|&i| {
                let d = documents[i];
                let instant = d.published.as_ref().map(|m| m.unix);
                (
                    std::cmp::Reverse(instant),
                    d.title.as_str(),
                    d.key.as_str(),
                    i,
                )
            })
            .collect();
        keyed.sort_unstable();
        *list = keyed.into_iter().map(|k| k.3).collect();
    }
    for list in &mut menu_pages {
        list.sort_by_key(|&i| (documents[i].menu, documents[i].key.clone()));
    }
    (news, menu_pages)
}
