//! Every output page's route: the pages tilts makes itself, one per
//! document and per old address of it, and the check that no two share an
//! address.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::{Route, RouteKind, document_path, news_list_path};
use crate::config::SiteConfig;
use crate::content::{Document, Section};

/// The pages tilts makes itself: the root chooser and its 404, and per
/// language the home page, the news list pages, the section pages, the
/// feed and the 404 page.
pub(super) fn generated(config: &SiteConfig, news: &[Vec<usize>]) -> Vec<Route> {
    let pages_per_lang: Vec<usize> = news
        .iter()
        .map(|list| list.len().div_ceil(config.news_per_page).max(1))
        .collect();
    let mut routes = roots(config);
    for lang in 0..config.languages.len() {
        routes.extend(of_language(config, lang, &pages_per_lang));
    }
    routes
}

/// A generated page; its output file is set once all routes are known.
fn route(kind: RouteKind, lang: usize, path: String, translations: Vec<Option<String>>) -> Route {
    Route {
        file: Default::default(),
        kind,
        lang,
        path,
        translations,
    }
}

/// `f(language)` for every language: a page that exists in all of them.
fn in_every_language(config: &SiteConfig, f: &dyn Fn(usize) -> String) -> Vec<Option<String>> {
    (0..config.languages.len()).map(|l| Some(f(l))).collect()
}

/// The root and its 404 page, which choose between the languages: their
/// alternates are the languages' home pages.
fn roots(config: &SiteConfig) -> Vec<Route> {
    let homes = in_every_language(config, &|l| format!("{}/", config.languages[l].code));
    let lang = config.default_language;
    vec![
        route(RouteKind::Root, lang, String::new(), homes.clone()),
        route(RouteKind::RootNotFound, lang, "404.html".into(), homes),
    ]
}

/// One language's generated pages: home, news list pages, the sections
/// at their localized names, the feed and the 404 page.
fn of_language(config: &SiteConfig, lang: usize, pages_per_lang: &[usize]) -> Vec<Route> {
    let all = |f: &dyn Fn(usize) -> String| in_every_language(config, f);
    let code = |l: usize| &config.languages[l].code;
    let mut routes = vec![route(
        RouteKind::Home,
        lang,
        format!("{}/", code(lang)),
        all(&|l| format!("{}/", code(l))),
    )];
    let pages = pages_per_lang[lang];
    for page in 1..=pages {
        routes.push(route(
            RouteKind::NewsList { page, pages },
            lang,
            news_list_path(config, lang, page),
            all(&|l| news_list_path(config, l, page.min(pages_per_lang[l]))),
        ));
    }
    type SectionName = fn(&crate::config::Sections) -> &String;
    let sections: [(RouteKind, SectionName); 6] = [
        (RouteKind::Partners, |s| &s.partners),
        (RouteKind::Budget, |s| &s.budget),
        (RouteKind::Events, |s| &s.events),
        (RouteKind::Search, |s| &s.search),
        (RouteKind::Accessibility, |s| &s.accessibility),
        (RouteKind::Poster, |s| &s.poster),
    ];
    for (kind, name) in sections {
        let sec = |l: usize| format!("{}/{}/", code(l), name(&config.languages[l].sections));
        routes.push(route(kind, lang, sec(lang), all(&sec)));
    }
    for (kind, file) in [
        (RouteKind::Feed, "atom.xml"),
        (RouteKind::NotFound, "404.html"),
    ] {
        let at = |l: usize| format!("{}/{file}", code(l));
        routes.push(route(kind, lang, at(lang), all(&at)));
    }
    routes
}

/// A page per document, and one per old address of it (`aliases:`).
pub(super) fn of_documents(config: &SiteConfig, documents: &[&Document]) -> Vec<Route> {
    let n_lang = config.languages.len();
    let paths: Vec<String> = documents
        .par_iter()
        .map(|d| document_path(config, d))
        .collect();
    // (section, key, language) → document, so pairing is linear in the number of documents.
    let by_key: FxHashMap<(Section, &str, usize), usize> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| ((d.section, d.key.as_str(), d.lang), i))
        .collect();
    // In parallel: a route is a handful of strings, 20 000 of them add up.
    documents
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, doc)| {
            let translations = (0..n_lang)
                .map(|l| {
                    by_key
                        .get(&(doc.section, doc.key.as_str(), l))
                        .map(|&j| paths[j].clone())
                })
                .collect();
            let page = Route {
                file: Default::default(),
                kind: match doc.section {
                    Section::News => RouteKind::NewsItem(i),
                    Section::Page => RouteKind::Page(i),
                },
                lang: doc.lang,
                path: paths[i].clone(),
                translations,
            };
            let aliases = doc.aliases.iter().map(move |alias| Route {
                file: Default::default(),
                kind: RouteKind::Alias(i),
                lang: doc.lang,
                path: alias.clone(),
                translations: vec![None; n_lang],
            });
            std::iter::once(page).chain(aliases)
        })
        .collect()
}
