//! Each front-matter field checked and turned into what a [`Document`]
//! holds, with a located diagnostic (in the author's language) for what is
//! wrong.
//!
//! [`Document`]: super::Document

use std::path::Path;

use super::front_matter::{RawFrontMatter, RawGallery, RawGalleryFolder};
use super::version::TranslatedFrom;
use super::{GalleryFolder, Image, Moment, Section, TagRef, aliases, event, slug};
use crate::config::{SiteConfig, is_url_segment};
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};
use crate::yaml::{self, Spanned};

/// Reads the fields of one file's front matter.
pub(super) struct Fields<'a> {
    pub file: &'a Path,
    /// The line the YAML starts on.
    pub yaml_line: u32,
    pub config: &'a SiteConfig,
    pub section: Section,
    pub lang: usize,
}

type Checked<T> = Result<T, Diagnostic>;

impl Fields<'_> {
    fn at<T>(&self, value: &Spanned<T>, message: Message) -> Diagnostic {
        let (l, c) = yaml::position(value, self.yaml_line);
        Diagnostic::error(self.file, message).at(l, c)
    }

    /// An error about a field that is missing: where the fields start.
    fn missing(&self, message: Message) -> Diagnostic {
        Diagnostic::error(self.file, message).at(self.yaml_line, 1)
    }

    pub fn title(&self, fm: &RawFrontMatter) -> Checked<String> {
        let Some(written) = &fm.title else {
            return Err(self.missing(msg("yaml-missing-field").arg("field", "title")));
        };
        let title = written.value.trim().to_string();
        if title.is_empty() {
            return Err(self.at(written, msg("fm-title-empty")));
        }
        Ok(title)
    }

    /// An error at `title:` (where the fields start without one).
    fn at_title(&self, fm: &RawFrontMatter, message: Message) -> Diagnostic {
        match &fm.title {
            Some(title) => self.at(title, message),
            None => self.missing(message),
        }
    }

    fn moment(&self, field: &Option<Spanned<String>>) -> Checked<Option<Moment>> {
        match field {
            Some(d) => Moment::parse(&d.value, &self.config.timezone)
                .map(Some)
                .ok_or_else(|| self.at(d, msg("fm-not-a-date").arg("value", &d.value))),
            None => Ok(None),
        }
    }

    /// `date` (required for news), `updated` and `expires`, and the
    /// problems of each.
    pub fn dates(&self, fm: &RawFrontMatter) -> ([Option<Moment>; 3], Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut moment = |field| self.moment(field).map_err(|d| problems.push(d)).ok();
        let dates = [&fm.date, &fm.updated, &fm.expires].map(|field| moment(field).flatten());
        if fm.date.is_none() && self.section == Section::News {
            problems.push(self.missing(msg("fm-news-needs-date")));
        }
        (dates, problems)
    }

    pub fn summary(&self, fm: &RawFrontMatter) -> Checked<String> {
        match (&fm.summary, self.section) {
            (Some(s), Section::News) if s.value.trim().is_empty() => {
                Err(self.at(s, msg("fm-summary-empty")))
            }
            (Some(s), _) => Ok(s.value.trim().to_string()),
            (None, Section::News) => Err(self.missing(msg("fm-news-needs-summary"))),
            (None, Section::Page) => Ok(String::new()),
        }
    }

    /// `slug:`, or an address made from the title.
    pub fn slug(&self, fm: &RawFrontMatter, title: &str) -> Checked<String> {
        match &fm.slug {
            Some(s) if !is_url_segment(&s.value) => {
                Err(self.at(s, msg("fm-bad-slug").arg("value", &s.value)))
            }
            Some(s) => Ok(s.value.clone()),
            None => {
                let s = slug::slugify(title);
                if s.is_empty() {
                    return Err(self.at_title(fm, msg("fm-no-slug-from-title")));
                }
                if crate::config::is_reserved_on_windows(&s) {
                    return Err(self.at_title(fm, msg("fm-slug-reserved").arg("slug", &s)));
                }
                Ok(s)
            }
        }
    }

    /// A page in a folder of `content/pages/` is published under it.
    pub fn folder(&self, name: &str) -> Checked<String> {
        match name.rsplit_once('/') {
            Some((folder, _)) if folder.split('/').all(is_url_segment) => Ok(folder.to_string()),
            Some((folder, _)) => Err(Diagnostic::error(
                self.file,
                msg("page-bad-folder").arg("folder", folder),
            )),
            None => Ok(String::new()),
        }
    }

    /// `translation_key:`, or the file's name.
    pub fn key(&self, fm: &RawFrontMatter, name: &str) -> Checked<String> {
        match &fm.translation_key {
            Some(k) if k.value.trim().is_empty() => {
                Err(self.at(k, msg("fm-translation-key-empty")))
            }
            // The key becomes part of the address manifest and the `.ics`
            // UID: a line break in it would add lines to both.
            Some(k) if !is_key(k.value.trim()) => Err(self.at(
                k,
                msg("fm-translation-key-bad").arg("value", k.value.trim().escape_debug()),
            )),
            Some(k) => Ok(k.value.trim().to_string()),
            // The file's name is the key: a line break or tab in it
            // would do the same (spaces and any letters are fine there).
            None if name.chars().any(char::is_control) => Err(Diagnostic::error(
                self.file,
                msg("fm-file-name-bad").arg("name", name.escape_debug()),
            )),
            None => Ok(name.to_string()),
        }
    }

    /// `image:` with its required `image_alt:`.
    pub fn image(&self, fm: &RawFrontMatter) -> Checked<Option<Image>> {
        match (&fm.image, &fm.image_alt) {
            (Some(src), Some(alt)) if !alt.value.trim().is_empty() => {
                self.own_image(src)?;
                let (line, column) = yaml::position(src, self.yaml_line);
                Ok(Some(Image {
                    src: src.value.clone(),
                    alt: alt.value.trim().to_string(),
                    caption: None,
                    line,
                    column,
                }))
            }
            (Some(src), _) => Err(self.at(src, msg("fm-image-no-alt"))),
            (None, Some(alt)) => Err(self.at(alt, msg("fm-alt-without-image"))),
            (None, None) => Ok(None),
        }
    }

    /// An `image:` or a gallery photo: a file of the site. One from
    /// another site would be fetched from there by every visitor's browser,
    /// telling that site who reads the page, before anyone agreed to it.
    fn own_image(&self, src: &Spanned<String>) -> Checked<()> {
        if !super::is_safe_link(&src.value) {
            return Err(self.at(src, msg("fm-bad-image-address").arg("value", &src.value)));
        }
        if super::is_foreign(&src.value) {
            return Err(self.at(src, msg("fm-foreign-image").arg("value", &src.value)));
        }
        Ok(())
    }

    /// `gallery:`: each photo with its description (required, as for
    /// every image) and an optional caption; or a folder of photos, whose
    /// descriptions are read when the static files are known
    /// (`media::gallery`).
    pub fn gallery(&self, fm: &RawFrontMatter) -> Checked<(Vec<Image>, Option<GalleryFolder>)> {
        let Some(gallery) = &fm.gallery else {
            return Ok((Vec::new(), None));
        };
        let photos = match &gallery.value {
            RawGallery::Photos(photos) => photos,
            RawGallery::Folder(f) => {
                return self
                    .gallery_folder(gallery, f)
                    .map(|f| (Vec::new(), Some(f)));
            }
        };
        let photos = photos
            .iter()
            .map(|p| {
                self.own_image(&p.src)?;
                let alt = p.alt.as_ref().map_or("", |a| a.value.trim());
                if alt.is_empty() {
                    return Err(self.at(&p.src, msg("fm-gallery-no-alt")));
                }
                let (line, column) = yaml::position(&p.src, self.yaml_line);
                Ok(Image {
                    src: p.src.value.clone(),
                    alt: alt.to_string(),
                    caption: p
                        .caption
                        .as_ref()
                        .map(|c| c.trim().to_string())
                        .filter(|c| !c.is_empty()),
                    line,
                    column,
                })
            })
            .collect::<Checked<Vec<_>>>()?;
        Ok((photos, None))
    }

    /// `gallery: FOLDER`: a folder under `static/` and its captions file,
    /// both plain relative names.
    fn gallery_folder(
        &self,
        at: &Spanned<RawGallery>,
        raw: &RawGalleryFolder,
    ) -> Checked<GalleryFolder> {
        let folder = raw.folder.trim().trim_matches('/');
        let plain = |name: &str| {
            !name.is_empty()
                && !name.contains(['\\', ':', '?', '#'])
                && name
                    .split('/')
                    .all(|part| !part.is_empty() && part != "." && part != "..")
        };
        if !plain(folder) {
            return Err(self.at(at, msg("fm-gallery-bad-folder").arg("value", &raw.folder)));
        }
        let captions = raw.captions.as_deref().map(str::trim);
        if let Some(name) = captions
            && (!plain(name) || name.contains('/'))
        {
            return Err(self.at(at, msg("fm-gallery-bad-captions").arg("value", name)));
        }
        let (line, column) = yaml::position(at, self.yaml_line);
        Ok(GalleryFolder {
            folder: folder.to_string(),
            captions: captions.map(str::to_string),
            line,
            column,
        })
    }

    /// `menu:`, for pages only.
    pub fn menu(&self, fm: &RawFrontMatter) -> Checked<Option<u32>> {
        match (&fm.menu, self.section) {
            (Some(m), Section::News) => Err(self.at(m, msg("fm-menu-on-news"))),
            (m, _) => Ok(m.as_ref().map(|m| m.value)),
        }
    }

    /// `event:`, with warnings for times in a clock change.
    pub fn event(&self, fm: &RawFrontMatter) -> Checked<(Option<event::Event>, Vec<Diagnostic>)> {
        let Some(raw) = &fm.event else {
            return Ok((None, Vec::new()));
        };
        let zone = (self.config.timezone_name.as_str(), &self.config.timezone);
        let (e, event_warnings) =
            event::validate(raw, zone).map_err(|e| self.at(e.field, e.message))?;
        let warnings = event_warnings
            .into_iter()
            .map(|w| {
                let (l, c) = yaml::position(w.field, self.yaml_line);
                Diagnostic::warning(self.file, w.message).at(l, c)
            })
            .collect();
        Ok((Some(e), warnings))
    }

    /// `tags:`, as written (checked against `tags.yaml` when the site is assembled).
    pub fn tags(&self, fm: &RawFrontMatter) -> Vec<TagRef> {
        let named = fm
            .tags
            .iter()
            .flatten()
            .filter(|t| !t.value.trim().is_empty());
        named
            .map(|t| {
                let (line, column) = yaml::position(t, self.yaml_line);
                TagRef {
                    id: t.value.trim().to_string(),
                    line,
                    column,
                }
            })
            .collect()
    }

    /// `translated_from:`; one tilts did not write is a warning, and is
    /// left aside.
    pub fn translated_from(
        &self,
        fm: &RawFrontMatter,
    ) -> (Option<TranslatedFrom>, Option<Diagnostic>) {
        let Some(written) = &fm.translated_from else {
            return (None, None);
        };
        let (line, column) = yaml::position(written, self.yaml_line);
        match super::version::parse_value(&written.value) {
            Some((version, date)) => (
                Some(TranslatedFrom {
                    version,
                    date,
                    line,
                    column,
                }),
                None,
            ),
            None => {
                let message = msg("step-bad-value").arg("value", written.value.trim());
                (
                    None,
                    Some(Diagnostic::warning(self.file, message).at(line, column)),
                )
            }
        }
    }

    /// `aliases:`, as output paths.
    pub fn aliases(&self, fm: &RawFrontMatter) -> Checked<Vec<String>> {
        fm.aliases
            .iter()
            .flatten()
            .map(|alias| {
                aliases::output_path(&alias.value, self.config, self.section, self.lang)
                    .ok_or_else(|| self.at(alias, msg("fm-bad-alias").arg("value", &alias.value)))
            })
            .collect()
    }
}

/// Whether `key` can pair translations and be written into the address
/// manifest and an `.ics` UID: letters and digits (of any alphabet),
/// `-`, `_`, `.` and `/` (a page in a folder is `folder/name`).
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
}

#[cfg(test)]
mod key_tests {
    #[test]
    fn keys_of_any_alphabet_and_folders_pair_translations() {
        for good in ["kickoff-2018", "par/komanda", "sākums", "v1.2_final"] {
            assert!(super::is_key(good), "{good}");
        }
        for bad in ["a\r\nATTENDEE:x", "a\tb", "a b", "a;b", "", "a\"b"] {
            assert!(!super::is_key(bad), "{bad:?}");
        }
    }
}
