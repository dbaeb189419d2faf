//! Watching the site's source folders: a pure classifier that says whether a
//! changed path matters, and the notify watcher (debounced, editors' atomic
//! saves included) that feeds `serve`.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify::RecursiveMode;
use notify::event::{AccessKind, AccessMode, ModifyKind};
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

/// One debounced batch of changed source paths.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Every relevant path that changed, sorted.
    pub paths: Vec<PathBuf>,
    /// Those whose writer has not closed them yet: the last event was a
    /// write, with no close after it. A program that truncates a file and
    /// then writes it may pause between the two; building in between
    /// would build a half-saved file and then build again.
    pub writing: Vec<PathBuf>,
}

/// How long a file still open for writing may hold back a rebuild. Saves
/// take milliseconds; a writer that keeps a file open longer (a log, a
/// copy of a large photo) gets its build after this.
pub const WRITE_GRACE: Duration = Duration::from_millis(1000);

/// Receives the next change: the first batch, and any that follow while a
/// file in them is still being written (at most `grace` long). Returns
/// every path changed, or `None` when the watcher has stopped.
pub fn next_change(rx: &Receiver<Batch>, grace: Duration) -> Option<Vec<PathBuf>> {
    let mut open: HashMap<PathBuf, bool> = HashMap::new();
    merge(rx.recv().ok()?, &mut open);
    let deadline = Instant::now() + grace;
    loop {
        // Coalesce a burst of saves into one rebuild.
        while let Ok(more) = rx.try_recv() {
            merge(more, &mut open);
        }
        if !open.values().any(|&writing| writing) {
            break;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(more) => merge(more, &mut open),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
    let mut paths: Vec<PathBuf> = open.into_keys().collect();
    paths.sort();
    Some(paths)
}

/// Adds a batch to the paths seen so far; a later batch says whether a
/// path is still open.
fn merge(batch: Batch, open: &mut HashMap<PathBuf, bool>) {
    for path in batch.paths {
        let writing = batch.writing.contains(&path);
        open.insert(path, writing);
    }
}

/// The batch a debounced list of events makes: relevant paths only, and
/// which of them are still open for writing (`closes` is false for
/// watchers that never report a close, such as polling).
fn batch_of(root: &Path, events: &[notify_debouncer_full::DebouncedEvent], closes: bool) -> Batch {
    let mut last_open: HashMap<&Path, bool> = HashMap::new();
    for event in events {
        let writing = match event.kind {
            // Reading a file is an event too (inotify's open and close);
            // a build reads the sources, so these must not start another.
            // Closing a file written to is a change.
            notify::EventKind::Access(AccessKind::Close(AccessMode::Write)) => false,
            notify::EventKind::Access(_) => continue,
            notify::EventKind::Modify(ModifyKind::Data(_)) => closes,
            _ => false,
        };
        for path in &event.paths {
            if classify(root, path) != ChangeKind::Ignored {
                last_open.insert(path, writing);
            }
        }
    }
    let mut paths: Vec<PathBuf> = last_open.keys().map(|p| p.to_path_buf()).collect();
    paths.sort();
    let mut writing: Vec<PathBuf> = last_open
        .iter()
        .filter(|(_, w)| **w)
        .map(|(p, _)| p.to_path_buf())
        .collect();
    writing.sort();
    Batch { paths, writing }
}

/// Watches the source folders of `root` and sends each debounced batch of
/// relevant paths to `tx`. Keep the returned value alive while watching.
pub fn watch(root: &Path, poll: bool, tx: Sender<Batch>) -> Result<Box<dyn std::any::Any + Send>> {
    let root_owned = root.to_path_buf();
    let handler = move |result: DebounceEventResult| {
        // A watcher that lost events asks for a rescan: the root itself
        // tells the build cache to read every file again.
        let events = match result {
            Ok(events) if !events.iter().any(|e| e.need_rescan()) => events,
            _ => {
                let paths = vec![root_owned.clone()];
                let _ = tx.send(Batch {
                    paths,
                    writing: Vec::new(),
                });
                return;
            }
        };
        let batch = batch_of(&root_owned, &events, !poll);
        if !batch.paths.is_empty() {
            let _ = tx.send(batch);
        }
    };
    // An event is sent once it is this old, with every other event as
    // old by the next tick: the events of an editor's save (write a
    // temporary file, rename it; a millisecond or two) go in one batch,
    // and a save whose file is still open for writing is waited for
    // (`next_change`). Every millisecond here is a millisecond of every
    // preview: the edited page is served about 15 ms after the save.
    let timeout = Duration::from_millis(10);
    let tick = Some(Duration::from_millis(3));
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

    fn event(kind: notify::EventKind, path: &str) -> notify_debouncer_full::DebouncedEvent {
        let event = notify::Event::new(kind).add_path(PathBuf::from(path));
        notify_debouncer_full::DebouncedEvent::new(event, Instant::now())
    }

    const WRITE: notify::EventKind =
        notify::EventKind::Modify(ModifyKind::Data(notify::event::DataChange::Any));
    const CLOSE: notify::EventKind =
        notify::EventKind::Access(AccessKind::Close(AccessMode::Write));
    const READ: notify::EventKind = notify::EventKind::Access(AccessKind::Open(AccessMode::Read));

    fn paths(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn a_batch_knows_which_files_are_still_being_written() {
        let root = Path::new("/site");
        let events = [
            event(WRITE, "/site/content/a.lv.md"),
            event(CLOSE, "/site/content/a.lv.md"),
            event(WRITE, "/site/content/b.lv.md"),
            event(READ, "/site/content/c.lv.md"),
            event(WRITE, "/site/public/index.html"),
        ];
        let batch = batch_of(root, &events, true);
        assert_eq!(
            batch.paths,
            paths(&["/site/content/a.lv.md", "/site/content/b.lv.md"])
        );
        assert_eq!(batch.writing, paths(&["/site/content/b.lv.md"]));
        // A polling watcher never reports a close: nothing waits for one.
        assert!(batch_of(root, &events, false).writing.is_empty());
        // Reads alone are no change.
        assert_eq!(batch_of(root, &events[3..4], true), Batch::default());
    }

    #[test]
    fn a_change_waits_for_its_files_to_be_closed() {
        let (tx, rx) = std::sync::mpsc::channel();
        let file = "/site/content/a.lv.md";
        // Truncated, then (a pause later) written and closed: one change.
        tx.send(Batch {
            paths: paths(&[file]),
            writing: paths(&[file]),
        })
        .unwrap();
        let sender = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            tx.send(Batch {
                paths: paths(&[file, "/site/content/b.lv.md"]),
                writing: vec![],
            })
            .unwrap();
            tx
        });
        let grace = Duration::from_secs(60);
        assert_eq!(
            next_change(&rx, grace),
            Some(paths(&[file, "/site/content/b.lv.md"]))
        );
        let tx = sender.join().unwrap();
        // A closed change does not wait for the next one.
        tx.send(Batch {
            paths: paths(&["/site/static/x.css"]),
            writing: vec![],
        })
        .unwrap();
        let asked = Instant::now();
        assert_eq!(
            next_change(&rx, grace),
            Some(paths(&["/site/static/x.css"]))
        );
        assert!(asked.elapsed() < Duration::from_secs(10), "it waited");
        // A writer that never closes holds the change back only for the grace.
        tx.send(Batch {
            paths: paths(&[file]),
            writing: paths(&[file]),
        })
        .unwrap();
        assert_eq!(
            next_change(&rx, Duration::from_millis(50)),
            Some(paths(&[file]))
        );
        drop(tx);
        assert_eq!(next_change(&rx, grace), None);
    }
}
