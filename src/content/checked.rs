//! Every field of one file's front matter checked, and every problem
//! kept: a file with three mistakes shows three in one run. A field that
//! another one is made from (the title, for the address) is not checked
//! again through it when it is wrong itself.

use super::fields::Fields;
use super::front_matter::RawFrontMatter;
use super::{GalleryFolder, Image, Moment, TagRef, event};
use crate::diagnostic::Diagnostic;

/// What the front matter says, checked.
#[derive(Default)]
pub(super) struct Values {
    pub title: String,
    /// `date`, `updated`, `expires`.
    pub dates: [Option<Moment>; 3],
    pub summary: String,
    pub slug: String,
    pub folder: String,
    pub key: String,
    pub image: Option<Image>,
    pub menu: Option<u32>,
    pub gallery: Vec<Image>,
    pub gallery_folder: Option<GalleryFolder>,
    pub event: Option<event::Event>,
    pub tags: Vec<TagRef>,
    pub aliases: Vec<String>,
    pub translated_from: Option<super::version::TranslatedFrom>,
    /// Right enough to build, but worth a word.
    pub warnings: Vec<Diagnostic>,
}

/// The values of `fm` (of the file `name`) and the errors in it.
pub(super) fn read(f: &Fields, fm: &RawFrontMatter, name: &str) -> (Values, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let title = f.title(fm);
    let slug = match &title {
        Ok(title) => kept(f.slug(fm, title), &mut errors),
        Err(_) => String::new(),
    };
    let (dates, problems) = f.dates(fm);
    errors.extend(problems);
    let (event, warnings) = kept(f.event(fm), &mut errors);
    let (gallery, gallery_folder) = kept(f.gallery(fm), &mut errors);
    let (translated_from, odd) = f.translated_from(fm);
    let warnings = warnings.into_iter().chain(odd).collect();
    let values = Values {
        title: kept(title, &mut errors),
        dates,
        summary: kept(f.summary(fm), &mut errors),
        slug,
        folder: kept(f.folder(name), &mut errors),
        key: kept(f.key(fm, name), &mut errors),
        image: kept(f.image(fm), &mut errors),
        menu: kept(f.menu(fm), &mut errors),
        gallery,
        gallery_folder,
        event,
        tags: f.tags(fm),
        aliases: kept(f.aliases(fm), &mut errors),
        translated_from,
        warnings,
    };
    (values, errors)
}

/// The value, or (with the error kept) an empty one in its place.
fn kept<T: Default>(result: Result<T, Diagnostic>, errors: &mut Vec<Diagnostic>) -> T {
    result.map_err(|d| errors.push(d)).unwrap_or_default()
}
