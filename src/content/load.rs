//! Finding and reading the content files, in parallel. `serve` keeps a
//! [`ParseCache`] between builds: unchanged files are not parsed again, and
//! when the file watcher has said which files changed, the others are not
//! even read.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;

use super::{Document, Section, parse_source};

/// Parsed documents by source file (each with the fingerprint of what it
/// was parsed from), and the file list of the walk that found them.
#[derive(Debug, Clone, Default)]
pub struct ParseCache {
    entries: HashMap<PathBuf, Arc<Document>>,
    /// The files the last walk found, and what it reported.
    found: Vec<Found>,
    found_problems: Vec<Diagnostic>,
    config_fingerprint: u128,
    /// Filled by a build (an empty cache has no file list to trust).
    filled: bool,
}

impl ParseCache {
    /// Whether the files of the last walk are still the files to read:
    /// each changed path in a content folder is a file read last time that
    /// is still there (an edit, not a new, removed or renamed file).
    fn walk_still_valid(&self, root: &Path, changed: &HashSet<PathBuf>) -> bool {
        changed.iter().all(|path| {
            let in_content = Section::ALL.iter().any(|s| path.starts_with(s.folder()));
            !in_content || (self.entries.contains_key(path) && root.join(path).is_file())
        })
    }
}

/// Finds and reads every content file. Drafts are left out unless `drafts`.
/// `config_fingerprint` changes whenever the configuration does, which
/// invalidates every cached document.
///
/// `changed`: the files (relative to `root`) that changed since the build
/// that filled `cache`, when a file watcher knows; the others are taken from
/// the cache without reading them. `None`: read every file and compare.
pub fn load(
    root: &Path,
    config: &SiteConfig,
    drafts: bool,
    cache: Option<&ParseCache>,
    config_fingerprint: u128,
    changed: Option<&HashSet<PathBuf>>,
) -> (Vec<Arc<Document>>, Diagnostics, Option<ParseCache>) {
    let mut diags = Diagnostics::new();
    // Trust the watcher only for a cache made with this configuration.
    let changed = changed
        .filter(|_| cache.is_some_and(|c| c.filled && c.config_fingerprint == config_fingerprint));
    let (files, problems) = match (cache, changed) {
        (Some(c), Some(changed)) if c.walk_still_valid(root, changed) => {
            (c.found.clone(), c.found_problems.clone())
        }
        _ => {
            let mut files = Vec::new();
            let mut problems = Vec::new();
            for section in Section::ALL {
                let (found, p) = discover(root, section, config);
                files.extend(found);
                problems.extend(p);
            }
            (files, problems)
        }
    };
    diags.extend(problems.iter().cloned());
    let results: Vec<Result<Arc<Document>, Diagnostic>> = files
        .par_iter()
        .map(|(path, section, name, lang)| {
            let cached = cache.and_then(|c| c.entries.get(path));
            if let (Some(doc), Some(changed)) = (cached, changed)
                && !changed.contains(path)
            {
                return Ok(doc.clone());
            }
            let bytes = crate::fsio::read_walked_file(root, path)
                .map_err(|e| Diagnostic::error(path, e.to_string()))?;
            let key = Fingerprint::new()
                .bytes(&bytes)
                .bytes(name.as_bytes())
                .value(&(*lang, *section as u8, config_fingerprint))
                .finish();
            if let Some(doc) = cached
                && doc.fingerprint == key
            {
                return Ok(doc.clone());
            }
            let mut doc = parse_source(&bytes, path, *section, name, *lang, config)?;
            doc.fingerprint = key;
            Ok(Arc::new(doc))
        })
        .collect();
    let mut docs = Vec::new();
    let mut next = cache.map(|_| ParseCache {
        found: files.clone(),
        found_problems: problems,
        config_fingerprint,
        filled: true,
        ..ParseCache::default()
    });
    for r in results {
        match r {
            Ok(d) => {
                if let Some(next) = &mut next {
                    next.entries.insert(d.source.clone(), d.clone());
                }
                if drafts || !d.draft {
                    docs.push(d);
                }
            }
            Err(d) => diags.push(d),
        }
    }
    (docs, diags, next)
}

type Found = (PathBuf, Section, String, usize);

/// The `.md` files of one section, sorted, with their name and language.
fn discover(root: &Path, section: Section, config: &SiteConfig) -> (Vec<Found>, Vec<Diagnostic>) {
    let dir = root.join(section.folder());
    let mut found = Vec::new();
    let mut problems = Vec::new();
    if !dir.is_dir() {
        return (found, problems);
    }
    if !crate::fsio::walkable_dir_inside(root, &dir) {
        problems.push(Diagnostic::warning(
            rel(root, &dir),
            "this folder is a link to a place outside the site folder; it is not read",
        ));
        return (found, problems);
    }
    let walk = WalkDir::new(&dir).follow_links(false).sort_by_file_name();
    for entry in walk.into_iter().filter_entry(|e| !is_hidden(e.file_name())) {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| p.to_path_buf())
                    .unwrap_or_else(|| dir.clone());
                problems.push(Diagnostic::error(
                    rel(root, &path),
                    format!("cannot read: {err}"),
                ));
                continue;
            }
        };
        let path = entry.path();
        let file_name = entry.file_name().to_string_lossy();
        if entry.file_type().is_dir() || !file_name.ends_with(".md") {
            continue;
        }
        let rel_path = rel(root, path);
        if entry.path_is_symlink() {
            problems.push(
                Diagnostic::warning(&rel_path, "symbolic links in content/ are not followed")
                    .with_hint("copy the file into the folder instead"),
            );
            continue;
        }
        let stem = &file_name[..file_name.len() - 3];
        let codes = || {
            config
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match stem.rsplit_once('.') {
            Some((name, code)) if !name.is_empty() => match config
                .languages
                .iter()
                .position(|l| l.code == code)
            {
                Some(lang) => found.push((rel_path, section, name.to_string(), lang)),
                None => problems.push(
                    Diagnostic::error(
                        &rel_path,
                        format!(
                            "the file name says language `{code}`, which this site does not have"
                        ),
                    )
                    .with_hint(format!(
                        "name the file NAME.LANG.md with LANG one of: {}",
                        codes()
                    )),
                ),
            },
            _ => problems.push(
                Diagnostic::error(
                    &rel_path,
                    "the file name does not say which language it is in",
                )
                .with_hint(format!(
                    "rename it to {stem}.LANG.md with LANG one of: {}",
                    codes()
                )),
            ),
        }
    }
    (found, problems)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.ends_with('~') || name.starts_with('#')
}

fn rel(root: &Path, path: &Path) -> PathBuf {
    crate::diagnostic::relative_to(path, root)
}
