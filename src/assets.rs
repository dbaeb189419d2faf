//! The assets stage: the theme's and the site's static files, copied into
//! the output after every generated file, so that a static file that would
//! take the place of a page, a feed or the sitemap is reported as what it
//! is. Photos are published as what the media stage made of them; a
//! gallery's captions file is read, not published.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::media::Media;
use crate::output::PageSink;
use crate::theme::Theme;

/// Puts every static file into `sink` (a processed photo as its files:
/// the original without metadata and its sizes); a clash with a generated
/// file is an error at the static file.
pub fn put_static_files(theme: &Theme, media: &Media, sink: &dyn PageSink) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for (path, bytes) in &theme.static_files {
        // A gallery's captions are shown on its page, not published.
        if crate::media::gallery::is_captions_file(path) {
            continue;
        }
        let origin = theme
            .static_origins
            .get(path)
            .cloned()
            .unwrap_or_else(|| Path::new("(built in)/themes/default/static").join(path));
        if sink.has_written(path) {
            diags.push(
                Diagnostic::error(
                    &origin,
                    format!("this static file would take the place of /{path}, which tilts makes from the site's content"),
                )
                .with_hint(format!(
                    "rename or move {}; /{path} is generated on every build",
                    origin.display()
                )),
            );
            continue;
        }
        let files = match media.images.get(path) {
            Some(photo) => photo.files.clone(),
            None => vec![(path.clone(), bytes::Bytes::from(bytes.clone()))],
        };
        for (path, bytes) in files {
            if let Err(e) = sink.put(&path, bytes) {
                diags.push(Diagnostic::error(PathBuf::from(&origin), e));
            }
        }
    }
    diags
}
