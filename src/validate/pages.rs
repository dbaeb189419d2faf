//! Rules about whole pages and addresses: one source per address, the
//! programme's logo, and the EU funding block on every page.

use std::path::PathBuf;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::config::SiteConfig;
use crate::content::Document;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::site::{Route, RouteKind};
use crate::theme::Theme;

/// Every output file must have exactly one source: two at one address
/// are an error at the document's file, naming the other.
pub fn one_source_per_file(documents: &[Arc<Document>], routes: &[Route]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let owner = |route: &Route| match route.kind {
        RouteKind::NewsItem(i) | RouteKind::Page(i) | RouteKind::Alias(i) => {
            documents[i].source.clone()
        }
        _ => PathBuf::from(crate::config::CONFIG_PATH),
    };
    let mut owners: FxHashMap<&str, usize> = FxHashMap::default();
    for (r, route) in routes.iter().enumerate() {
        let first = match owners.entry(route.path.as_str()) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(r);
                continue;
            }
            std::collections::hash_map::Entry::Occupied(o) => owner(&routes[*o.get()]),
        };
        let owner = owner(route);
        let (file, other) = if owner.starts_with("content/site.yaml") {
            (first, owner)
        } else {
            (owner, first)
        };
        let message = if other == std::path::Path::new(crate::config::CONFIG_PATH) {
            msg("path-taken-generated")
        } else {
            msg("path-taken").arg("other", other.display())
        };
        diags.push(Diagnostic::error(file, message.arg("path", &route.path)));
    }
    diags
}

/// `programme_logo:` and `favicon:` must be files of the site.
pub fn missing_logo(config: &SiteConfig, theme: &Theme) -> Vec<Diagnostic> {
    [
        (&config.programme_logo, "programme-logo-missing"),
        (&config.favicon, "favicon-missing"),
    ]
    .into_iter()
    .filter_map(|(path, id)| {
        let path = path.as_ref()?;
        (!theme.static_files.contains_key(path))
            .then(|| Diagnostic::error(crate::config::CONFIG_PATH, msg(id).arg("logo", path)))
    })
    .collect()
}

/// The marker every page's EU funding block carries (see `base.html`).
pub const EU_BLOCK_MARKER: &str = "id=\"eu-funding\"";

/// EU rules: every page of a funded project shows the EU emblem and the fund.
pub fn eu_block_problem(route: &Route, html: &[u8], theme: &Theme) -> Option<Diagnostic> {
    let has = |needle: &str| memchr::memmem::find(html, needle.as_bytes()).is_some();
    if has(EU_BLOCK_MARKER) && has("eu-emblem") {
        return None;
    }
    let template = theme
        .templates
        .get(route.template())
        .map_or_else(|| PathBuf::from(route.template()), |t| t.origin.clone());
    Some(Diagnostic::error(
        template,
        msg("page-no-eu-block").arg("path", &route.path),
    ))
}
