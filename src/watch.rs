//! Watching the site's source folders: a pure classifier that says whether a
//! changed path matters, and the notify watcher (debounced, editors' atomic
//! saves included) that feeds `serve`.

use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use anyhow::{Context, Result};
use notify::RecursiveMode;
use notify::event::{AccessKind, AccessMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer_opt};

/// The folders under the site root whose changes trigger a rebuild.
pub const WATCHED: &[&str] = &["content", "themes", "i18n", "templates", "static"];

/// What kind of source a changed path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Content,
    Data,
    Config,
    Translations,
    Theme,
    Static,
    /// Editor backups, hidden files, output folders: no rebuild.
    Ignored,
}

/// Classifies `path` (absolute, or relative to `root`). Pure: no file access.
pub fn classify(root: &Path, path: &Path) -> ChangeKind {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let Some(name) = parts.last() else {
        return ChangeKind::Ignored;
    };
    // Dotfiles count only in static/ (`.well-known/`, `.htaccess`), as
    // the build publishes them; elsewhere they are editors' and tools'.
    let in_static = parts.first().is_some_and(|p| p == "static")
        || (parts.first().is_some_and(|p| p == "themes")
            && parts.get(2).is_some_and(|p| p == "static"));
    let editor_noise = parts.iter().any(|p| crate::fsio::is_editor_noise(p))
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || (!in_static && parts.iter().any(|p| p.starts_with('.')));
    if editor_noise {
        return ChangeKind::Ignored;
    }
    match parts.first().map(String::as_str) {
        Some("content") if parts.get(1).map(String::as_str) == Some("data") => ChangeKind::Data,
        Some("content") if parts.len() == 2 && name == "site.yaml" => ChangeKind::Config,
        Some("content") => ChangeKind::Content,
        Some("i18n") => ChangeKind::Translations,
        Some("themes") | Some("templates") => ChangeKind::Theme,
        Some("static") => ChangeKind::Static,
        _ => ChangeKind::Ignored,
    }
}

/// Watches the source folders of `root` and sends each debounced batch of
/// relevant paths to `tx`. Keep the returned value alive while watching.
pub fn watch(
    root: &Path,
    poll: bool,
    tx: Sender<Vec<PathBuf>>,
) -> Result<Box<dyn std::any::Any + Send>> {
    let root_owned = root.to_path_buf();
    let handler = move |result: DebounceEventResult| {
        // A watcher that lost events asks for a rescan: the root itself
        // tells the build cache to read every file again.
        let events = match result {
            Ok(events) if !events.iter().any(|e| e.need_rescan()) => events,
            _ => {
                let _ = tx.send(vec![root_owned.clone()]);
                return;
            }
        };
        let mut paths: Vec<PathBuf> = events
            .iter()
            // Reading a file is an event too (inotify's open and close);
            // a build reads the sources, so these must not start another.
            // Closing a file written to is a change.
            .filter(|e| match e.kind {
                notify::EventKind::Access(access) => {
                    matches!(access, AccessKind::Close(AccessMode::Write))
                }
                _ => true,
            })
            .flat_map(|e| e.paths.iter().cloned())
            .filter(|p| classify(&root_owned, p) != ChangeKind::Ignored)
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    };
    // Quiet time after the last event before a batch is sent. Editors'
    // save sequences (write a temporary file, rename it) take a few
    // milliseconds; a longer wait would only delay every preview.
    let timeout = Duration::from_millis(20);
    let tick = Some(Duration::from_millis(5));
    let dirs: Vec<PathBuf> = WATCHED
        .iter()
        .map(|d| root.join(d))
        // A folder that is a link to a place outside the site is not read,
        // so it is not watched either.
        .filter(|d| crate::fsio::walkable_dir_inside(root, d))
        .collect();
    if poll {
        let config = notify::Config::default().with_poll_interval(Duration::from_millis(500));
        let mut debouncer = new_debouncer_opt::<_, notify::PollWatcher, _>(
            timeout,
            tick,
            handler,
            notify_debouncer_full::NoCache,
            config,
        )
        .context("cannot start the polling file watcher")?;
        for d in &dirs {
            debouncer
                .watch(d, RecursiveMode::Recursive)
                .with_context(|| format!("cannot watch {}", d.display()))?;
        }
        Ok(Box::new(debouncer))
    } else {
        let mut debouncer = notify_debouncer_full::new_debouncer(timeout, tick, handler)
            .context("cannot start the file watcher (try --poll)")?;
        for d in &dirs {
            debouncer
                .watch(d, RecursiveMode::Recursive)
                .with_context(|| format!("cannot watch {}", d.display()))?;
        }
        Ok(Box::new(debouncer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_sources_and_ignores_noise() {
        let root = Path::new("/site");
        let c = |p: &str| classify(root, Path::new(p));
        assert_eq!(c("/site/content/news/a.lv.md"), ChangeKind::Content);
        assert_eq!(c("/site/content/data/budget.yaml"), ChangeKind::Data);
        assert_eq!(c("/site/content/site.yaml"), ChangeKind::Config);
        assert_eq!(c("/site/i18n/lt.ftl"), ChangeKind::Translations);
        assert_eq!(
            c("/site/themes/default/templates/base.html"),
            ChangeKind::Theme
        );
        assert_eq!(c("/site/templates/home.html"), ChangeKind::Theme);
        assert_eq!(c("/site/static/img/a.png"), ChangeKind::Static);
        assert_eq!(c("/site/content/news/.a.lv.md.swp"), ChangeKind::Ignored);
        assert_eq!(c("/site/content/news/a.lv.md~"), ChangeKind::Ignored);
        assert_eq!(c("/site/content/news/#a.lv.md#"), ChangeKind::Ignored);
        assert_eq!(c("/site/public/index.html"), ChangeKind::Ignored);
        assert_eq!(c("/site/.git/index"), ChangeKind::Ignored);
        assert_eq!(c("/site/static/.htaccess"), ChangeKind::Static);
        assert_eq!(
            c("/site/static/.well-known/security.txt"),
            ChangeKind::Static
        );
        assert_eq!(c("/site/static/.DS_Store"), ChangeKind::Ignored);
        assert_eq!(c("/site/static/.logo.svg.swp"), ChangeKind::Ignored);
        assert_eq!(c("/site/content/news/.x.lv.md"), ChangeKind::Ignored);
    }
}
