//! Translations that stay in step with their source: a warning at each
//! translation whose `translated_from:` names a version of the default
//! language's text other than the one there now, saying which paragraphs
//! changed since (when the version it was made from is kept in
//! `content/translated-from/`). A translation without `translated_from:`
//! is not compared (sites from before it).

use std::path::Path;

use crate::config::SiteConfig;
use crate::content::Document;
use crate::content::version::{self, Changes};
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};
use crate::site::Site;

/// Reads a file of the site (relative to its root) as text, if it can.
pub type ReadText<'a> = &'a dyn Fn(&Path) -> Option<String>;

/// Each translation (of the documents of `site`) that is behind its
/// source, with the source.
pub fn behind<'a>(
    config: &SiteConfig,
    site: &'a Site,
) -> impl Iterator<Item = (&'a Document, &'a Document)> + 'a {
    let default = config.default_language;
    super::translations::translation_groups(site).flat_map(move |group| {
        let docs = &site.documents[group];
        let source = docs.iter().find(|d| d.lang == default);
        docs.iter().filter_map(move |d| {
            let source = source?;
            let from = d.translated_from.as_ref()?;
            (d.lang != default && from.version != source.version).then_some((&**d, &**source))
        })
    })
}

/// The warning at each translation behind its source.
pub fn check(config: &SiteConfig, site: &Site, read: ReadText) -> Vec<Diagnostic> {
    behind(config, site)
        .map(|(translation, source)| warning(config, translation, source, read))
        .collect()
}

fn warning(
    config: &SiteConfig,
    translation: &Document,
    source: &Document,
    read: ReadText,
) -> Diagnostic {
    let Some(from) = &translation.translated_from else {
        unreachable!("only translations with `translated_from:` are behind");
    };
    let changes = changed_since(&from.version, source, read)
        .filter(|c| *c != Changes::default())
        .map_or_else(|| msg("step-changes-unknown"), summary);
    let message = match &from.date {
        Some(date) => msg("step-source-changed").arg("date", date),
        None => msg("step-source-changed-undated"),
    };
    let message = message
        .arg("code", &config.languages[source.lang].code)
        .arg("source", source.source.display())
        .arg("file", translation.source.display())
        .message("changes", changes);
    Diagnostic::warning(&translation.source, message).at(from.line, from.column)
}

/// What changed in `source` since the version `old`, when that version
/// is kept and the source can be read again.
fn changed_since(old: &str, source: &Document, read: ReadText) -> Option<Changes> {
    let kept = read(&version::snapshot_path(old))?;
    // A kept file that is not that version (edited by hand) says nothing.
    if version::hash(&kept) != old {
        return None;
    }
    let text = read(&source.source)?;
    let now = version::text_of_file(&text, &source.title, &source.summary)?;
    Some(version::changes(&kept, &now))
}

/// "the title changed, 2 paragraphs added, 1 paragraph changed".
fn summary(c: Changes) -> Message {
    let counted = |id, n: usize| (n > 0).then(|| msg(id).num("count", n));
    let parts = [
        c.title.then(|| msg("step-title-changed")),
        c.summary.then(|| msg("step-summary-changed")),
        counted("step-paragraphs-changed", c.changed),
        counted("step-paragraphs-added", c.added),
        counted("step-paragraphs-removed", c.removed),
    ];
    let mut parts = parts.into_iter().flatten();
    let first = parts.next().unwrap_or_else(|| msg("step-changes-unknown"));
    parts.fold(first, |list, item| {
        msg("step-list").message("list", list).message("item", item)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    #[test]
    fn summaries_read_in_each_language() {
        let c = Changes {
            changed: 1,
            added: 2,
            ..Changes::default()
        };
        let said = |lang| summary(c).render(lang).0;
        assert_eq!(said(Lang::En), "1 paragraph changed, 2 paragraphs added");
        assert_eq!(
            said(Lang::Lv),
            "1 rindkopa mainīta, 2 rindkopas pievienotas"
        );
        assert_eq!(
            said(Lang::Lt),
            "pakeista 1 pastraipa, pridėtos 2 pastraipos"
        );
    }
}
