//! What one build keeps for the next, for `serve`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::content::ParseCache;
use crate::publish::PublishCache;
use crate::render::RenderCache;
use crate::site;

/// What one build keeps for the next: parsed documents and rendered pages
/// with the fingerprints of their inputs. `serve` holds one between rebuilds;
/// a cached result is only used when its inputs are unchanged, so an
/// incremental build is byte-identical to a clean one. A one-off build
/// has none (`build_into` takes `None`: it would only cost memory).
#[derive(Debug, Clone, Default)]
pub struct BuildCache {
    /// What the last successful build made; `None` before the first.
    pub(super) made: Option<Made>,
    /// What changed since, as a file watcher reports it; `None` when no
    /// watcher reports (every file is read and compared).
    pub(super) changes: Option<ChangeSet>,
    /// `serve`'s proofreading of the documents that changed, with the
    /// findings of the others; `None`: no proofreading.
    pub(super) proof: Option<crate::proof::ProofMemo>,
}

/// One generation: what a successful build made, stage by stage.
#[derive(Debug, Clone)]
pub(super) struct Made {
    pub parsed: ParseCache,
    pub rendered: RenderCache,
    pub published: PublishCache,
    pub layout: site::Layout,
    pub media: crate::media::MediaMemo,
}

/// What changed since the last successful build: not known (every file is
/// read and compared), or these files, relative to the site root (as a
/// file watcher reports them; the others are taken from the cache unread).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ChangeSet {
    #[default]
    Everything,
    Files(HashSet<PathBuf>),
}

impl ChangeSet {
    /// The changed files, when they are known.
    pub fn files(&self) -> Option<&HashSet<PathBuf>> {
        match self {
            ChangeSet::Everything => None,
            ChangeSet::Files(files) => Some(files),
        }
    }
}

impl BuildCache {
    /// A cache whose owner calls [`BuildCache::note_changes`] with every
    /// path a file watcher reports (`serve`). Content files it was not told
    /// about are then taken from the cache without being read.
    pub fn watched() -> Self {
        Self {
            made: None,
            changes: Some(ChangeSet::Files(HashSet::new())),
            proof: None,
        }
    }

    /// This cache proofreads, after each build without errors, the
    /// documents that changed since the last (`serve` without
    /// `--no-proofing`): the build's `proofing` has their findings, and
    /// [`BuildCache::proof_pages`] every page's.
    pub fn with_proofreading(mut self) -> Self {
        self.proof = Some(crate::proof::ProofMemo::default());
        self
    }

    /// The proofreading findings of each page, as of the last build that
    /// proofread.
    pub fn proof_pages(&self) -> Option<std::sync::Arc<crate::proof::PageFindings>> {
        self.proof.as_ref().map(crate::proof::ProofMemo::pages)
    }

    /// The files changed since the last build, when a watcher says which.
    pub(super) fn changed_files(&self) -> Option<&HashSet<PathBuf>> {
        self.changes.as_ref().and_then(ChangeSet::files)
    }

    /// Records paths (absolute, or relative to `root`) that changed since
    /// the last build. A path outside `root`, or `root` itself (a watcher
    /// that lost track asks for a rescan this way), makes the next build
    /// read everything. A cache without a watcher ignores them.
    pub fn note_changes(&mut self, root: &Path, paths: &[PathBuf]) {
        let Some(changes) = &mut self.changes else {
            return;
        };
        let canonical_root = std::fs::canonicalize(root).ok();
        for path in paths {
            let rel = path.strip_prefix(root).ok().or_else(|| {
                canonical_root
                    .as_deref()
                    .and_then(|r| path.strip_prefix(r).ok())
            });
            match (rel, &mut *changes) {
                (Some(rel), ChangeSet::Files(changed)) if !rel.as_os_str().is_empty() => {
                    changed.insert(rel.to_path_buf());
                }
                _ => *changes = ChangeSet::Everything,
            }
        }
    }

    /// Keeps what a successful build made, for the next one; the changes
    /// start again from none. The old contents are freed on another
    /// thread: freeing tens of thousands of cached pages takes
    /// milliseconds the next preview need not wait for.
    pub(super) fn keep(&mut self, made: Made) {
        let previous = self.made.replace(made);
        // Until the next successful build, changes add up.
        self.changes = self
            .changes
            .as_ref()
            .map(|_| ChangeSet::Files(HashSet::new()));
        rayon::spawn(move || drop(previous));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noted(root: &str, paths: &[&str]) -> Option<HashSet<PathBuf>> {
        let mut cache = BuildCache::watched();
        let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
        cache.note_changes(Path::new(root), &paths);
        cache.changed_files().cloned()
    }

    #[test]
    fn watcher_paths_become_site_relative() {
        let expected: HashSet<PathBuf> = [PathBuf::from("content/news/a.lv.md")].into();
        assert_eq!(
            noted("/site", &["/site/content/news/a.lv.md"]),
            Some(expected.clone())
        );
        // `serve --root .` watches ./content, and notify reports ./content/….
        assert_eq!(noted(".", &["./content/news/a.lv.md"]), Some(expected));
    }

    #[test]
    fn a_path_elsewhere_or_the_root_itself_means_read_everything() {
        assert_eq!(noted("/site", &["/elsewhere/a.lv.md"]), None);
        assert_eq!(noted("/site", &["/site"]), None);
        assert_eq!(
            noted("/site", &["/site/content/news/a.lv.md", "/site"]),
            None
        );
    }

    #[test]
    fn an_unwatched_cache_never_trusts_a_list() {
        let mut cache = BuildCache::default();
        cache.note_changes(Path::new("/site"), &[PathBuf::from("/site/content/x.md")]);
        assert_eq!(cache.changed_files(), None);
    }
}
