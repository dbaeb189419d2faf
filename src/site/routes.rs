//! Every output page's route: the pages tilts makes itself, one per
//! document and per old address of it, and the check that no two share an
//! address.

use rustc_hash::FxHashMap;

use super::{Route, RouteKind, document_path, news_list_path};
use crate::config::SiteConfig;
use crate::content::{Document, Section};

/// The pages tilts makes itself: the root chooser and its 404, and per
/// language the home page, the news list pages, the section pages, the
/// feed and the 404 page.
pub(super) fn generated(config: &SiteConfig, news: &[Vec<usize>]) -> Vec<Route> {
    let n_lang = config.languages.len();
    let mut routes = Vec::new();
    let all_langs =
        |f: &dyn Fn(usize) -> String| (0..n_lang).map(|l| Some(f(l))).collect::<Vec<_>>();
    // The root chooses between the languages: its alternates are their home pages.
    let root_translations = all_langs(&|l| format!("{}/", config.languages[l].code));
    routes.push(Route {
        file: Default::default(),
        kind: RouteKind::Root,
        lang: config.default_language,
        path: String::new(),
        translations: root_translations.clone(),
    });
    routes.push(Route {
        file: Default::default(),
        kind: RouteKind::RootNotFound,
        lang: config.default_language,
        path: "404.html".into(),
        translations: root_translations,
    });
    let pages_per_lang: Vec<usize> = news
        .iter()
        .map(|list| list.len().div_ceil(config.news_per_page).max(1))
        .collect();
    for (lang, language) in config.languages.iter().enumerate() {
        let code = &language.code;
        routes.push(Route {
            file: Default::default(),
            kind: RouteKind::Home,
            lang,
            path: format!("{code}/"),
            translations: all_langs(&|l| format!("{}/", config.languages[l].code)),
        });
        for page in 1..=pages_per_lang[lang] {
            routes.push(Route {
                file: Default::default(),
                kind: RouteKind::NewsList {
                    page,
                    pages: pages_per_lang[lang],
                },
                lang,
                path: news_list_path(config, lang, page),
                translations: all_langs(&|l| {
                    news_list_path(config, l, page.min(pages_per_lang[l]))
                }),
            });
        }
        // Generated section pages, one per language, at their localized names.
        type SectionName = fn(&crate::config::Sections) -> &String;
        let sections: [(RouteKind, SectionName); 5] = [
            (RouteKind::Partners, |s| &s.partners),
            (RouteKind::Budget, |s| &s.budget),
            (RouteKind::Events, |s| &s.events),
            (RouteKind::Search, |s| &s.search),
            (RouteKind::Accessibility, |s| &s.accessibility),
        ];
        for (kind, name) in sections {
            let sec = |l: usize| {
                format!(
                    "{}/{}/",
                    config.languages[l].code,
                    name(&config.languages[l].sections)
                )
            };
            routes.push(Route {
                file: Default::default(),
                kind,
                lang,
                path: sec(lang),
                translations: all_langs(&sec),
            });
        }
        routes.push(Route {
            file: Default::default(),
            kind: RouteKind::Feed,
            lang,
            path: format!("{code}/atom.xml"),
            translations: all_langs(&|l| format!("{}/atom.xml", config.languages[l].code)),
        });
        routes.push(Route {
            file: Default::default(),
            kind: RouteKind::NotFound,
            lang,
            path: format!("{code}/404.html"),
            translations: all_langs(&|l| format!("{}/404.html", config.languages[l].code)),
        });
    }
    routes
}

/// A page per document, and one per old address of it (`aliases:`).
pub(super) fn of_documents(config: &SiteConfig, documents: &[&Document]) -> Vec<Route> {
    let n_lang = config.languages.len();
    let mut routes = Vec::new();
    // (section, key, language) → document, so pairing is linear in the number of documents.
    let paths: Vec<String> = documents.iter().map(|d| document_path(config, d)).collect();
    let by_key: FxHashMap<(Section, &str, usize), usize> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| ((d.section, d.key.as_str(), d.lang), i))
        .collect();
    for (i, doc) in documents.iter().enumerate() {
        let translations = (0..n_lang)
            .map(|l| {
                by_key
                    .get(&(doc.section, doc.key.as_str(), l))
                    .map(|&j| paths[j].clone())
            })
            .collect();
        routes.push(Route {
            file: Default::default(),
            kind: match doc.section {
                Section::News => RouteKind::NewsItem(i),
                Section::Page => RouteKind::Page(i),
            },
            lang: doc.lang,
            path: paths[i].clone(),
            translations,
        });
        for alias in &doc.aliases {
            routes.push(Route {
                file: Default::default(),
                kind: RouteKind::Alias(i),
                lang: doc.lang,
                path: alias.clone(),
                translations: vec![None; n_lang],
            });
        }
    }

    routes
}
