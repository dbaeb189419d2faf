//! What is said of a photo that cannot be published: at its file, an
//! error when a page shows it, else a warning (it is left out); two photos
//! that would be published under one name; photo formats tilts cannot read,
//! so cannot clean of their metadata.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Text};
use crate::messages::{Message, msg};

use super::{Processed, process};

/// The name of a photo format tilts does not read, by `path`'s ending:
/// such a photo is never published (it would carry its metadata).
pub fn unreadable_format(path: &str) -> Option<&'static str> {
    let lower = path.to_ascii_lowercase();
    let ext = lower.rsplit_once('.')?.1;
    match ext {
        "tif" | "tiff" => Some("TIFF"),
        "heic" | "heif" => Some("HEIC"),
        "avif" => Some("AVIF"),
        _ => None,
    }
}

/// What is said of `problem`, at `origin`: an error when `shown` (a page
/// names the photo), else a warning that it is left out.
pub fn refused(origin: PathBuf, problem: Text, shown: impl FnOnce() -> bool) -> Diagnostic {
    match problem {
        Text::Msg(m) if !shown() => {
            Diagnostic::warning(origin, msg("media-left-out").message("problem", m))
        }
        problem => Diagnostic::error(origin, problem),
    }
}

pub fn message(problem: &process::Problem) -> Message {
    match problem {
        process::Problem::Unsupported => msg("media-unsupported"),
        process::Problem::Corrupt(detail) => msg("media-corrupt").arg("detail", detail),
        process::Problem::TooLarge { width, height } => msg("media-too-large")
            .num("width", *width)
            .num("height", *height)
            .num("megapixels", process::MAX_PIXELS / 1_000_000),
        process::Problem::CutShort => msg("media-cut-short"),
        process::Problem::TooLittleData { width, height } => msg("media-too-little-data")
            .num("width", *width)
            .num("height", *height),
    }
}

/// An error at each photo one of whose files another photo would be
/// published as too (`a.jpg` and `a.png` both make `a.w720.webp`),
/// naming both; `origin` gives a photo's file.
pub fn clashes(
    images: &BTreeMap<String, Arc<Processed>>,
    origin: impl Fn(&str) -> PathBuf,
) -> Vec<Diagnostic> {
    let mut by_name: BTreeMap<&str, &str> = BTreeMap::new();
    let mut found: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    for (path, photo) in images {
        for (name, _) in &photo.files {
            if let Some(first) = by_name.insert(name, path)
                && first != path
            {
                found.entry((first, path)).or_insert(name);
            }
        }
    }
    found
        .into_iter()
        .map(|((first, second), name)| {
            Diagnostic::error(
                origin(second),
                msg("media-same-name")
                    .arg("other", origin(first).display())
                    .arg("file", format!("/{name}")),
            )
        })
        .collect()
}
