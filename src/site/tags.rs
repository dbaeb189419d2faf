//! Topic pages: per language an index of all topics with their counts, a
//! paginated list per topic and an Atom feed per topic, each linked to the
//! same topic in the other languages.

use crate::config::SiteConfig;
use crate::content::Document;
use crate::data::tags::TagSet;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

use super::{Route, RouteKind};

/// Per language, per topic: the news items that name it, newest first.
/// `news` holds each language's items newest first; unknown topics are
/// warnings at the item's `tags:` line. When the data files could not be
/// read, one warning says that the topics are not checked.
pub(super) fn lists(
    config: &SiteConfig,
    documents: &[&Document],
    news: &[Vec<usize>],
    tags: &TagSet,
    diags: &mut Diagnostics,
) -> Vec<Vec<Vec<usize>>> {
    let mut lists = vec![vec![Vec::new(); tags.tags.len()]; config.languages.len()];
    if tags.unread {
        let first = news.iter().flatten().find_map(|&i| {
            let t = documents[i].tags.first()?;
            Some((&documents[i].source, t.line, t.column))
        });
        if let Some((source, line, column)) = first {
            diags.push(Diagnostic::warning(source, msg("tag-not-checked")).at(line, column));
        }
        return lists;
    }
    for (lang, items) in news.iter().enumerate() {
        for &i in items {
            for t in &documents[i].tags {
                match tags.position(&t.id) {
                    Some(k) if !lists[lang][k].contains(&i) => lists[lang][k].push(i),
                    Some(_) => {}
                    None => diags.push(
                        Diagnostic::warning(
                            &documents[i].source,
                            msg("tag-unknown").arg("id", &t.id),
                        )
                        .at(t.line, t.column),
                    ),
                }
            }
        }
    }
    lists
}

/// `lv/temas/`, `lv/temas/SLUG/`, `lv/temas/SLUG/lapa/2/`.
pub(crate) fn index_path(config: &SiteConfig, lang: usize) -> String {
    let l = &config.languages[lang];
    format!("{}/{}/", l.code, l.sections.tags)
}

pub(crate) fn tag_path(
    config: &SiteConfig,
    tags: &TagSet,
    lang: usize,
    tag: usize,
    page: usize,
) -> String {
    let base = format!(
        "{}{}/",
        index_path(config, lang),
        tags.tags[tag].slugs[lang]
    );
    match page {
        1 => base,
        n => format!("{base}{}/{n}/", config.languages[lang].sections.page),
    }
}

/// The topic routes of every language (none for a site without topics).
pub(super) fn routes(config: &SiteConfig, tags: &TagSet, lists: &[Vec<Vec<usize>>]) -> Vec<Route> {
    let mut routes = Vec::new();
    if tags.tags.is_empty() {
        return routes;
    }
    let n_lang = config.languages.len();
    let pages = |lang: usize, tag: usize| lists[lang][tag].len().div_ceil(config.news_per_page);
    for lang in 0..n_lang {
        routes.push(Route {
            file: Default::default(),
            kind: RouteKind::TagIndex,
            lang,
            path: index_path(config, lang),
            translations: (0..n_lang).map(|l| Some(index_path(config, l))).collect(),
        });
        for tag in (0..tags.tags.len()).filter(|&t| pages(lang, t) > 0) {
            let of = pages(lang, tag);
            let in_each = |page: usize, f: &dyn Fn(usize, usize) -> String| {
                (0..n_lang)
                    .map(|l| (pages(l, tag) > 0).then(|| f(l, page.min(pages(l, tag)))))
                    .collect::<Vec<_>>()
            };
            for page in 1..=of {
                routes.push(Route {
                    file: Default::default(),
                    kind: RouteKind::Tag {
                        tag,
                        page,
                        pages: of,
                    },
                    lang,
                    path: tag_path(config, tags, lang, tag, page),
                    translations: in_each(page, &|l, p| tag_path(config, tags, l, tag, p)),
                });
            }
            let feed = |l: usize, _| format!("{}atom.xml", tag_path(config, tags, l, tag, 1));
            routes.push(Route {
                file: Default::default(),
                kind: RouteKind::TagFeed(tag),
                lang,
                path: feed(lang, 1),
                translations: in_each(1, &feed),
            });
        }
    }
    routes
}
