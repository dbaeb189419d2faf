//! The assets stage: the theme's and the site's static files, copied into
//! the output after every generated file, so that a static file that would
//! take the place of a page, a feed or the sitemap is reported as what it
//! is. Photos are published as what the media stage made of them; a
//! gallery's captions file is read, not published.

use std::path::Path;

use bytes::Bytes;
use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::media::{Body, Media};
use crate::output::{PageSink, Transfer};
use crate::theme::{StaticFile, Theme};

/// Puts every static file into `sink` (a processed photo as its files:
/// the original without metadata and its sizes); a clash with a generated
/// file is an error at the static file.
pub fn put_static_files(theme: &Theme, media: &Media, sink: &dyn PageSink) -> Vec<Diagnostic> {
    let files: Vec<(&String, &StaticFile)> = theme
        .static_files
        .iter()
        // A gallery's captions are shown on its page, not published; a
        // photo that could not be cleaned of its metadata is not either.
        .filter(|(path, _)| {
            !crate::media::gallery::is_captions_file(path)
                && !media.unpublished.contains(*path)
                && !media.refused.contains(*path)
        })
        .collect();
    // In parallel: a sink on disk copies or links each file.
    let found: Vec<Vec<Diagnostic>> = files
        .par_iter()
        .map(|(path, file)| {
            let origin = theme
                .static_origins
                .get(*path)
                .cloned()
                .unwrap_or_else(|| Path::new("(built in)/themes/default/static").join(path));
            put_static_file(path, file, &origin, media, sink)
        })
        .collect();
    found.into_iter().flatten().collect()
}

fn put_static_file(
    path: &str,
    file: &StaticFile,
    origin: &Path,
    media: &Media,
    sink: &dyn PageSink,
) -> Vec<Diagnostic> {
    if sink.has_written(path) {
        return vec![Diagnostic::error(
            origin,
            crate::messages::msg("static-takes-generated")
                .arg("path", path)
                .arg("file", origin.display()),
        )];
    }
    let put = |path: &str, body: &Body| match body {
        Body::Bytes(bytes) => sink.put(path, bytes.clone()),
        Body::Cached(cached) => sink.put_file(path, cached, Transfer::Link),
    };
    let results = match (media.images.get(path), file) {
        (Some(photo), _) => photo
            .files
            .iter()
            .map(|(path, body)| put(path, body))
            .collect(),
        (None, StaticFile::Builtin(bytes)) => vec![sink.put(path, Bytes::from_static(bytes))],
        (None, StaticFile::Disk { path: source, .. }) => {
            vec![sink.put_file(path, source, Transfer::Copy)]
        }
    };
    results
        .into_iter()
        .filter_map(Result::err)
        .map(|e| Diagnostic::error(origin, e))
        .collect()
}

/// Where the icon tilts makes goes, for a site without `favicon:`.
pub const MADE_FAVICON: &str = "favicon.svg";

/// The media type of an icon, by its name.
pub fn favicon_type(path: &str) -> &'static str {
    match path
        .rsplit('.')
        .next()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "image/png",
    }
}

/// The icon tilts makes: the first letter of the project's acronym, white
/// on the EU blue, in a rounded square (readable at 16 pixels).
pub fn made_favicon(acronym: &str) -> String {
    let letter: String = acronym
        .chars()
        .find(|c| c.is_alphanumeric())
        .map_or_else(|| "·".to_string(), |c| c.to_uppercase().collect());
    let letter = letter.replace('&', "&amp;").replace('<', "&lt;");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"12\" fill=\"#003399\"/><path d=\"M8 52 Q32 30 56 52\" fill=\"none\" stroke=\"#ffcc00\" stroke-width=\"4\"/><text x=\"32\" y=\"40\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"34\" font-weight=\"700\" fill=\"#fff\" text-anchor=\"middle\">{letter}</text></svg>\n"
    )
}
