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

/// The programme logo of `project.yaml` must be a file of the site.
pub fn missing_project_logo(data: &crate::data::SiteData, theme: &Theme) -> Vec<Diagnostic> {
    let Some(logo) = &data.project.programme_logo else {
        return Vec::new();
    };
    let path = logo.src.value.trim().trim_start_matches('/');
    if path.is_empty() || theme.static_files.contains_key(path) {
        return Vec::new();
    }
    let (line, column) = crate::yaml::position(&logo.src, 1);
    vec![
        Diagnostic::error(
            crate::data::PROJECT_FILE,
            msg("project-logo-missing").arg("logo", path),
        )
        .at(line, column),
    ]
}
