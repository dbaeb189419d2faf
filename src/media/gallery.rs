//! `gallery: FOLDER`: the photos of a folder under `static/`, described by
//! a captions file in the same folder. Read once the static files are
//! known (the content stage reads only the item): the gallery is the
//! captions file's photos in its order, each with its `alt:` (required)
//! and optional `caption:`.
//!
//! ```yaml
//! # static/photos/kickoff/captions.lv.yaml
//! sanaksme-1.jpg:
//!   alt: Partneri sēž pie gara galda Jelgavā
//!   caption: Projekta atklāšanas sanāksme
//! ```
//!
//! The file is `captions.LANG.yaml` for the item's language, else
//! `captions.yaml`, unless the item names another (`captions:`). Captions
//! files are read, never published.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::config::SiteConfig;
use crate::content::{Document, GalleryFolder, Image};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::messages::msg;
use crate::theme::Theme;
use crate::yaml::{self, Spanned};

/// Whether `path` (a static file's path) is a gallery's captions file:
/// `captions.yaml` or `captions.LANG.yaml`, in any folder.
pub fn is_captions_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_prefix("captions")
        .and_then(|rest| rest.strip_suffix(".yaml"))
        .is_some_and(|middle| {
            middle.is_empty()
                || middle.strip_prefix('.').is_some_and(|lang| {
                    !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
        })
}

/// The captions files `docs` name (`captions:`), by path: read, not
/// published.
pub fn named_captions(docs: &[Arc<Document>]) -> std::collections::BTreeSet<String> {
    docs.iter()
        .filter_map(|doc| doc.gallery_folder.as_ref())
        .filter_map(|f| Some(format!("{}/{}", f.folder, f.captions.as_ref()?)))
        .collect()
}

/// Fills in the gallery of every document that names a folder, from
/// `theme`'s static files. A filled document gets a new fingerprint, so
/// that a changed photo list or caption renders its page again.
pub fn expand(docs: &mut [Arc<Document>], theme: &Theme, config: &SiteConfig) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for doc in docs.iter_mut() {
        let Some(folder) = &doc.gallery_folder else {
            continue;
        };
        let lang = &config.languages[doc.lang].code;
        match photos(&doc.source, folder, lang, theme) {
            Ok(gallery) => {
                let doc = Arc::make_mut(doc);
                doc.fingerprint = Fingerprint::new()
                    .u128(doc.fingerprint)
                    .value(&gallery)
                    .finish();
                doc.gallery = gallery;
            }
            Err(problems) => diags.extend(problems),
        }
    }
    diags
}

/// One entry of a captions file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCaption {
    #[serde(default)]
    alt: Option<Spanned<String>>,
    #[serde(default)]
    caption: Option<String>,
}

/// A captions file: photo name → description, in the order written.
struct Captions(Vec<(Spanned<String>, RawCaption)>);

impl<'de> Deserialize<'de> for Captions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = Captions;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("each photo's file name, with alt: and caption: under it")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Captions, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = a.next_entry()? {
                    entries.push(entry);
                }
                Ok(Captions(entries))
            }
        }
        d.deserialize_map(Entries)
    }
}

/// The gallery of `folder`, or what is wrong with it.
fn photos(
    source: &Path,
    folder: &GalleryFolder,
    lang: &str,
    theme: &Theme,
) -> Result<Vec<Image>, Vec<Diagnostic>> {
    let at_item = |message| vec![Diagnostic::error(source, message).at(folder.line, folder.column)];
    let shown = format!("static/{}", folder.folder);
    let prefix = format!("{}/", folder.folder);
    // The photos directly in the folder (a folder inside is another gallery).
    let in_folder: BTreeMap<&str, &str> = theme
        .static_files
        .range(prefix.clone()..)
        .map(|(path, _)| path.as_str())
        .take_while(|path| path.starts_with(&prefix))
        .filter_map(|path| Some((path.strip_prefix(&prefix)?, path)))
        .filter(|(name, path)| !name.contains('/') && super::is_photo(path))
        .collect();
    if in_folder.is_empty() {
        return Err(at_item(msg("gallery-no-photos").arg("folder", &shown)));
    }
    let candidates = match &folder.captions {
        Some(name) => vec![name.clone()],
        None => vec![format!("captions.{lang}.yaml"), "captions.yaml".to_string()],
    };
    let Some((path, bytes)) = candidates
        .iter()
        .find_map(|name| theme.static_files.get_key_value(&format!("{prefix}{name}")))
    else {
        return Err(at_item(
            msg("gallery-no-captions")
                .arg("folder", &shown)
                .arg("file", &candidates[0]),
        ));
    };
    let origin = theme
        .static_origins
        .get(path)
        .cloned()
        .unwrap_or_else(|| PathBuf::from("static").join(path));
    let bytes = bytes
        .read()
        .map_err(|e| vec![Diagnostic::error(&origin, e.to_string())])?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| vec![crate::diagnostic::not_utf8(&bytes, &origin)])?;
    let captions: Captions = yaml::parse(text, &origin, 1).map_err(|d| vec![d])?;
    described(captions, &in_folder, &origin, &shown, source, folder)
}

/// The captions' photos in order; every photo in the folder described,
/// every description of a photo in the folder.
fn described(
    captions: Captions,
    in_folder: &BTreeMap<&str, &str>,
    origin: &Path,
    shown: &str,
    source: &Path,
    folder: &GalleryFolder,
) -> Result<Vec<Image>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut gallery = Vec::new();
    for (name, raw) in &captions.0 {
        let (line, column) = yaml::position(name, 1);
        let Some(path) = in_folder.get(name.value.as_str()) else {
            problems.push(
                Diagnostic::error(
                    origin,
                    msg("gallery-caption-no-photo")
                        .arg("photo", &name.value)
                        .arg("folder", shown),
                )
                .at(line, column),
            );
            continue;
        };
        let alt = raw.alt.as_ref().map_or("", |a| a.value.trim());
        if alt.is_empty() {
            problems.push(Diagnostic::error(origin, msg("fm-gallery-no-alt")).at(line, column));
            continue;
        }
        gallery.push(Image {
            src: format!("/{path}"),
            alt: alt.to_string(),
            caption: raw
                .caption
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_string),
            // A photo's problems are reported where the item names the gallery.
            line: folder.line,
            column: folder.column,
        });
    }
    let captions_name = origin.display().to_string();
    for photo in in_folder.keys() {
        if !captions.0.iter().any(|(name, _)| name.value == *photo) {
            problems.push(
                Diagnostic::error(
                    source,
                    msg("gallery-photo-undescribed")
                        .arg("photo", *photo)
                        .arg("captions", &captions_name),
                )
                .at(folder.line, folder.column),
            );
        }
    }
    if problems.is_empty() {
        Ok(gallery)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_files_by_name() {
        for yes in [
            "captions.yaml",
            "a/b/captions.lv.yaml",
            "captions.pt-BR.yaml",
        ] {
            assert!(is_captions_file(yes), "{yes}");
        }
        for no in [
            "captions.yml",
            "a/mycaptions.yaml",
            "captions..yaml",
            "captions.lv.txt",
            "captions",
        ] {
            assert!(!is_captions_file(no), "{no}");
        }
    }
}
