//! The rules that read the rendered site, run by every build (`build`,
//! `check` and `serve` alike, so that nothing `check` calls an error is ever
//! published): links and anchors in Markdown, links into the wrong
//! language, images without alternative text or without a file (inline and
//! front matter), unused UI strings, and which news items lack a
//! translation. Pure functions over the site and what was written.

use std::collections::{BTreeSet, HashMap};

use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::config::SiteConfig;
use crate::content::{Document, LinkRef};
use crate::diagnostic::Diagnostic;
use crate::i18n::Translations;
use crate::messages::{in_language, msg};
use crate::output::PageSink;
use crate::site::Site;
use crate::theme::Theme;

use super::translations;

/// All the rules; `output` is what the build wrote.
pub fn check(
    config: &SiteConfig,
    site: &Site,
    output: &dyn PageSink,
    translations: &Translations,
    theme: &Theme,
) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let route_by_file: FxHashMap<&str, usize> = site
        .routes
        .iter()
        .enumerate()
        .map(|(i, r)| (&*r.file, i))
        .collect();
    let indices: Vec<usize> = (0..site.documents.len()).collect();
    // In parallel, in chunks of documents, each with its own memo.
    let mut out: Vec<Diagnostic> = indices
        .par_chunks(512)
        .flat_map_iter(|chunk| {
            let mut links = LinkChecker {
                config,
                site,
                output,
                route_by_file: &route_by_file,
                ids: IdIndex::default(),
                resolved: FxHashMap::default(),
            };
            chunk
                .iter()
                .flat_map(|&i| documents_links_and_images(&mut links, i))
                .collect::<Vec<_>>()
        })
        .collect();
    out.extend(translations::missing(config, site));
    out.extend(translations::disagreeing(config, site));
    out.extend(unused_messages(config, translations, theme));
    out.extend(super::theme_files::missing(theme, output));
    out
}

/// The front-matter images and the links of document `i`.
fn documents_links_and_images(links: &mut LinkChecker, i: usize) -> Vec<Diagnostic> {
    let (config, site, output) = (links.config, links.site, links.output);
    let doc = &site.documents[i];
    let mut out = Vec::new();
    for image in doc.image.iter().chain(&doc.gallery) {
        out.extend(check_front_matter_image(config, site, output, doc, image));
    }
    // Its own address, made only for the links that need it.
    let mut own_path = None;
    for link in &doc.links {
        if let Some(d) = links.check(doc, &mut own_path, i, link) {
            out.push(d);
        }
    }
    out
}

/// Checks links against what was written. Site-absolute addresses are
/// resolved once per build however many pages use them (a site of 20 000
/// items links to its home page tens of thousands of times).
struct LinkChecker<'a> {
    config: &'a SiteConfig,
    site: &'a Site,
    output: &'a dyn PageSink,
    route_by_file: &'a FxHashMap<&'a str, usize>,
    ids: IdIndex,
    /// Site-absolute path → (output file, whether it was written).
    resolved: FxHashMap<String, (Rc<str>, bool)>,
}

impl LinkChecker<'_> {
    /// The output file a link's path leads to, and whether it was written.
    /// Site-absolute paths are resolved once per build; relative ones from
    /// the document's own address (made on first need).
    fn target(
        &mut self,
        path: &str,
        doc_index: usize,
        own_path: &mut Option<String>,
    ) -> (Rc<str>, bool) {
        let (config, site, output) = (self.config, self.site, self.output);
        if path.starts_with('/') {
            if let Some(known) = self.resolved.get(path) {
                return known.clone();
            }
            let file: Rc<str> =
                output_file(output, &crate::content::site_path(config, "", path)).into();
            let exists = output.has_written(&file);
            self.resolved
                .insert(path.to_string(), (file.clone(), exists));
            return (file, exists);
        }
        let own = own_path.get_or_insert_with(|| site.document_path(config, doc_index));
        let target = if path.is_empty() {
            own.clone()
        } else {
            crate::content::site_path(config, own, path)
        };
        let file = output_file(output, &target);
        let exists = output.has_written(&file);
        (file.into(), exists)
    }

    fn check(
        &mut self,
        doc: &Document,
        own_path: &mut Option<String>,
        doc_index: usize,
        link: &LinkRef,
    ) -> Option<Diagnostic> {
        let (config, site, output) = (self.config, self.site, self.output);
        let at = |d: Diagnostic| d.at(link.line, link.column);
        if link.is_image && !link.has_text {
            let id = match link.raw_html {
                true => "check-raw-image-no-alt",
                false => "check-image-no-alt",
            };
            return Some(at(Diagnostic::error(
                &doc.source,
                msg(id).arg("url", &link.url),
            )));
        }
        let url = link.url.trim();
        if url.starts_with("//")
            || url
                .split_once(':')
                .is_some_and(|(scheme, _)| !scheme.contains('/'))
        {
            return None; // external: http(s), mailto, tel
        }
        let (path, fragment) = match url.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (url, None),
        };
        // `/lv/meklet/?q=…`: the query is for the page's script, not a place.
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        let (file, exists) = self.target(path, doc_index, own_path);
        // A photo refused at its file is there, only not published.
        if !exists && refused(site, &file) {
            return None;
        }
        if !exists {
            let id = if link.is_image {
                "check-image-missing"
            } else {
                "check-link-missing"
            };
            let codes: Vec<String> = config
                .languages
                .iter()
                .map(|l| format!("{}/{}/", config.base_path, l.code))
                .collect();
            return Some(at(Diagnostic::error(
                &doc.source,
                msg(id).arg("url", url).arg("starts", codes.join(", ")),
            )));
        }
        // `plans.pdf#page=2`, `photo.jpg#x`: for the viewer, not a place in a page.
        let is_page = file.ends_with(".html") || file.ends_with(".htm");
        if let Some(id) = fragment.filter(|f| !f.is_empty() && is_page)
            && !self.ids.has(output, &file, id)
        {
            let message = if path.is_empty() {
                msg("check-anchor-here").arg("id", id)
            } else {
                msg("check-anchor-there").arg("url", url).arg("id", id)
            };
            return Some(at(Diagnostic::error(&doc.source, message)));
        }
        let route = &site.routes[*self.route_by_file.get(&*file)?];
        if route.lang != doc.lang
            && let Some(same) = &route.translations[doc.lang]
        {
            return Some(at(Diagnostic::warning(
                &doc.source,
                msg("check-other-language")
                    .arg("url", url)
                    .message("theirs", in_language(&config.languages[route.lang].code))
                    .message("ours", in_language(&config.languages[doc.lang].code))
                    .arg("same", format!("{}/{same}", config.base_path)),
            )));
        }
        None
    }
}

/// Ids (`id="…"`) in each output HTML file, read on first use.
#[derive(Default)]
struct IdIndex {
    cache: HashMap<String, BTreeSet<String>>,
}

impl IdIndex {
    fn has(&mut self, output: &dyn PageSink, file: &str, id: &str) -> bool {
        let ids = self.cache.entry(file.to_string()).or_insert_with(|| {
            let bytes = output.written(file).unwrap_or_default();
            let html = String::from_utf8_lossy(&bytes);
            html.split(" id=\"")
                .skip(1)
                .filter_map(|s| s.split('"').next())
                .map(str::to_string)
                .collect()
        });
        ids.contains(id)
    }
}

/// A front-matter `image:` of this site must be a file the site has.
fn check_front_matter_image(
    config: &SiteConfig,
    site: &Site,
    output: &dyn PageSink,
    doc: &Document,
    image: &crate::content::Image,
) -> Option<Diagnostic> {
    let src = image.src.trim();
    if !src.starts_with('/') || src.starts_with("//") {
        return None; // https://… (checked as an address when parsed)
    }
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let file = output_file(output, &crate::content::site_path(config, "", path));
    // A photo refused at its file is there, only not published.
    if output.has_written(&file) || refused(site, &file) {
        // A format browsers do not all show (HEIC from a phone, TIFF).
        let lower = path.to_ascii_lowercase();
        let shown = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg", ".avif"];
        return (!shown.iter().any(|ext| lower.ends_with(ext))).then(|| {
            Diagnostic::error(&doc.source, msg("check-image-format").arg("src", src))
                .at(image.line, image.column)
        });
    }
    Some(
        Diagnostic::error(&doc.source, msg("check-image-not-in-site").arg("src", src))
            .at(image.line, image.column),
    )
}

/// Whether `file` (as [`output_file`] gives it) is a photo the media stage
/// refused, at the photo's file.
fn refused(site: &Site, file: &str) -> bool {
    let path = file.strip_suffix("/index.html").unwrap_or(file);
    site.media.refused.contains(path)
}

/// The file a path names: itself, or the `index.html` of the folder.
fn output_file(output: &dyn PageSink, target_path: &str) -> String {
    if target_path.is_empty() || target_path.ends_with('/') {
        format!("{target_path}index.html")
    } else if output.has_written(target_path) {
        target_path.to_string()
    } else {
        format!("{target_path}/index.html")
    }
}

/// Messages that no template uses, reported at their line in each `.ftl` file.
fn unused_messages(
    config: &SiteConfig,
    translations: &Translations,
    theme: &Theme,
) -> Vec<Diagnostic> {
    let mut literal = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    for t in theme.templates.values() {
        for quote in ['"', '\''] {
            let marker = format!("key={quote}");
            for part in t.text.split(&marker).skip(1) {
                if let Some((key, rest)) = part.split_once(quote) {
                    if rest.trim_start().starts_with('~') {
                        prefixes.insert(key.to_string());
                    } else {
                        literal.insert(key.to_string());
                    }
                }
            }
        }
    }
    // Nav labels come from the site structure rather than template literals.
    literal.extend(crate::render::NAV_KEYS.iter().map(|k| k.to_string()));
    literal.extend(
        crate::render::functions::FILTER_KEYS
            .iter()
            .map(|k| k.to_string()),
    );
    let mut out = Vec::new();
    for i in 0..config.languages.len() {
        let file = translations.file(i);
        for key in translations.keys(i) {
            if literal.contains(key) || prefixes.iter().any(|p| key.starts_with(p.as_str())) {
                continue;
            }
            let line = translations.line_of(i, key).unwrap_or(1);
            out.push(
                Diagnostic::warning(file, msg("ui-message-unused").arg("key", key)).at(line, 1),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::content::join_relative;

    #[test]
    fn relative_links_resolve_against_the_page_folder() {
        assert_eq!(join_relative("lv/jaunumi/a/", "../b/"), "lv/jaunumi/b/");
        assert_eq!(
            join_relative("lv/jaunumi/a/", "../../par-projektu/"),
            "lv/par-projektu/"
        );
        assert_eq!(
            join_relative("lv/jaunumi/a/", "foto.jpg"),
            "lv/jaunumi/a/foto.jpg"
        );
    }
}
