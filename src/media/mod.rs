//! The media stage: every photo among the site's static files (JPEG, PNG,
//! WebP) is made ready for the web (`process.rs`: upright, resized, WebP
//! with a fallback, a social preview) and published without its metadata
//! (`strip.rs`). What it makes is kept in `.tilts-cache/images/` at the
//! site root, by the photo's bytes and the processing's settings: a photo
//! is processed again only when it changed. `serve` also keeps the last
//! results in memory.

mod budget;
mod cache;
pub mod documents;
pub mod gallery;
pub mod html;
mod problems;
pub mod process;
mod stamps;
pub mod strip;
pub mod used;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Text};
use crate::fingerprint::Fingerprint;
use crate::memo::Memo;
use crate::messages::msg;
use crate::theme::{StaticFile, Theme};

pub use process::Made;

/// The version of the processing every cached file depends on (with the
/// site's settings): change it when the processing changes, and every
/// cached result is made again.
const VERSION: &str = "tilts-media-3;lanczos3-fir;webp80;jpeg82;og1200x630";

/// What was made of one photo, ready to publish: (output path, file).
#[derive(Debug)]
pub struct Processed {
    pub made: Made,
    pub files: Vec<(String, Body)>,
}

/// A made file: its bytes, or where it is in the cache of processed
/// photos (`build` links it into the output: no byte is read or copied).
#[derive(Debug, Clone)]
pub enum Body {
    Bytes(Bytes),
    Cached(PathBuf),
}

/// The last build's photos by output path, for `serve`.
pub type MediaMemo = Memo<Arc<Processed>>;

/// The photos of a site.
#[derive(Debug, Default)]
pub struct Media {
    /// By output path (`images/a.jpg`).
    pub images: BTreeMap<String, Arc<Processed>>,
    /// The photos that could not be used, by path: never published (they
    /// would carry their metadata).
    pub refused: BTreeSet<String>,
    /// Static files read and not published (captions files a gallery
    /// names), by path.
    pub unpublished: BTreeSet<String>,
    /// Documents (PDF, office files) by output path, with their labels.
    pub documents: BTreeMap<String, documents::DocumentFile>,
    /// Changes when any photo, document size or the processing does
    /// (part of every page's key: pages show sizes and variants).
    pub fingerprint: u128,
}

impl Media {
    /// The processed photo at `path` (an address in the site, with or
    /// without the leading `/`).
    pub fn image(&self, path: &str) -> Option<&Made> {
        self.images
            .get(path.trim_start_matches('/'))
            .map(|p| &p.made)
    }
}

/// Whether the static file at `path` is a photo this stage processes
/// (`.jfif` and `.jpe` are JPEG).
pub fn is_photo(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".jpg", ".jpeg", ".jfif", ".jpe", ".png", ".webp"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// Processes the photos among `theme`'s static files (not the ones built
/// into tilts), in parallel, reusing `previous` and the disk cache;
/// `in_memory` (for `serve`) reads cached files into memory instead of
/// naming them. Returns the photos, what to keep for the next build, and
/// what is wrong, at the photo's file, with each that cannot be used: an
/// error when `shown(path)` (a page shows it), else a warning.
pub fn process_photos(
    root: &Path,
    theme: &Theme,
    settings: &process::Settings,
    previous: Option<&MediaMemo>,
    in_memory: bool,
    shown: &dyn Fn(&str) -> bool,
) -> (Media, MediaMemo, Vec<Diagnostic>) {
    let photos: Vec<(&String, &StaticFile)> = theme
        .static_files
        .iter()
        .filter(|(path, _)| {
            (is_photo(path) || problems::unreadable_format(path).is_some())
                && theme.static_origins.contains_key(*path)
        })
        .collect();
    let cache = cache::DiskCache::at(root);
    let index = stamps::StampIndex::load(cache.dir());
    let job = Job {
        settings,
        previous,
        cache: &cache,
        index: &index,
        in_memory,
    };
    let results: Vec<_> = photos
        .par_iter()
        .map(|(path, file)| (*path, job.photo(path, file)))
        .collect();
    let mut media = Media::default();
    let mut memo = MediaMemo::with_capacity(results.len());
    let mut fingerprint = Fingerprint::new();
    let mut diags = Vec::new();
    let mut stamps = HashMap::new();
    for (path, result) in results {
        match result {
            Ok((key, entry, p)) => {
                fingerprint.bytes(path.as_bytes()).u128(key);
                memo.insert(Arc::from(path.as_str()), key, p.clone());
                media.images.insert(path.clone(), p);
                if let Some(entry) = entry {
                    stamps.insert(path.clone(), entry);
                }
            }
            Err(problem) => {
                let origin = theme.static_origins[path].clone();
                diags.push(problems::refused(origin, problem, || shown(path)));
                media.refused.insert(path.clone());
            }
        }
    }
    diags.extend(problems::clashes(&media.images, |path| {
        theme.static_origins[path].clone()
    }));
    index.save(stamps);
    media.fingerprint = fingerprint.finish();
    (media, memo, diags)
}

/// What every photo of a build is processed with.
struct Job<'a> {
    settings: &'a process::Settings,
    previous: Option<&'a MediaMemo>,
    cache: &'a cache::DiskCache,
    index: &'a stamps::StampIndex,
    in_memory: bool,
}

type Photo = (u128, Option<stamps::Entry>, Arc<Processed>);

impl Job<'_> {
    /// One photo: its key (the fingerprint of its bytes, known from its
    /// stamp when unchanged, and the settings), its index entry, and
    /// what was made of it — remembered, cached, or made now.
    fn photo(&self, path: &str, file: &StaticFile) -> Result<Photo, Text> {
        if let Some(format) = problems::unreadable_format(path) {
            return Err(msg("media-format-unreadable").arg("format", format).into());
        }
        let unreadable = |e: crate::fsio::SiteFileError| Text::from(e.to_string());
        let stamp = file.disk().map(|(_, stamp)| stamp);
        let known = stamp.and_then(|stamp| self.index.content(path, stamp));
        let (content, mut bytes) = match known {
            Some(content) => (content, None),
            None => {
                let bytes = file.read().map_err(unreadable)?;
                (Fingerprint::new().bytes(&bytes).finish(), Some(bytes))
            }
        };
        let entry = stamp.map(|stamp| stamps::Entry { stamp, content });
        let key = Fingerprint::new()
            .bytes(VERSION.as_bytes())
            .value(self.settings)
            .u128(content)
            .finish();
        if let Some(p) = self.previous.and_then(|m| m.get(path, key)) {
            return Ok((key, entry, p.clone()));
        }
        if let Some(p) = self.cache.read(key, path, self.in_memory) {
            return Ok((key, entry, Arc::new(p)));
        }
        let bytes = match bytes.take() {
            Some(bytes) => bytes,
            None => file.read().map_err(unreadable)?,
        };
        let (made, files) = process::process(&bytes, self.settings)
            .map_err(|p| Text::from(problems::message(&p)))?;
        // Once in the cache, a one-off build names the cached files and
        // lets go of the bytes: the made photos are not all held until
        // they are published (1 000 photos took 814 MB).
        let files = match self.cache.write(key, &made, &files) {
            Some(cached) if !self.in_memory => cached,
            _ => files
                .into_iter()
                .map(|(suffix, bytes)| (suffix, Body::Bytes(bytes.into())))
                .collect(),
        };
        Ok((key, entry, Arc::new(named(path, made, files))))
    }
}

impl Media {
    /// Adds the documents among `theme`'s static files, labelled in each
    /// language; one larger than `max_mb` megabytes is a warning at its
    /// file (readers on mobile data pay for it).
    pub fn add_documents(
        &mut self,
        theme: &Theme,
        formatters: &[crate::i18n::LocaleFormatter],
        max_mb: u32,
    ) -> Vec<Diagnostic> {
        self.documents = documents::documents(theme.static_files.iter(), formatters);
        let mut fingerprint = Fingerprint::new();
        fingerprint.u128(self.fingerprint);
        let mut diags = Vec::new();
        for (path, doc) in &self.documents {
            fingerprint
                .bytes(path.as_bytes())
                .u128(u128::from(doc.bytes));
            if doc.bytes > u64::from(max_mb) * 1024 * 1024
                && let Some(origin) = theme.static_origins.get(path)
            {
                diags.push(Diagnostic::warning(
                    origin.clone(),
                    msg("media-document-large")
                        .num("megabytes", doc.bytes.div_ceil(1024 * 1024))
                        .num("limit", max_mb),
                ));
            }
        }
        self.fingerprint = fingerprint.finish();
        diags
    }
}

/// The files of a photo under their output paths: `images/a.jpg` and
/// `images/a.w720.webp`, …
fn named(path: &str, made: Made, files: Vec<(String, Body)>) -> Processed {
    let stem = path.rfind('.').map_or(path, |dot| &path[..dot]);
    let files = files
        .into_iter()
        .map(|(suffix, body)| {
            let name = match suffix.is_empty() {
                true => path.to_string(),
                false => format!("{stem}{suffix}"),
            };
            (name, body)
        })
        .collect();
    Processed { made, files }
}
