//! The stages of one build, each of one shape: what it reads in, a value
//! and its diagnostics out. `build_into` (in `mod.rs`) calls them in order.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, SiteConfig};
use crate::content::{self, Document, DraftRef, ParseCache};
use crate::data::{self, SiteData};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::i18n::{LocaleFormatter, Translations};
use crate::render::{KeptRenderer, LocaleData, Renderer};
use crate::site::{self, Layout, RouteKind, Site};
use crate::theme::Theme;
use crate::validate;

use super::{BuildOptions, Made};

/// `site.yaml`, with what the command line puts over it.
pub(super) fn configure(options: &BuildOptions) -> (Option<SiteConfig>, Diagnostics) {
    let mut config = match config::load(&options.root) {
        Ok(c) => c,
        Err(d) => return (None, d),
    };
    if let Some(url) = &options.base_url
        && let Err(message) = config.set_base_url(url)
    {
        return (
            None,
            Diagnostics::from_iter([Diagnostic::error("--base-url", message)]),
        );
    }
    config.safe_html |= options.safe;
    (Some(config), Diagnostics::new())
}

/// Everything the site is made from, read in parallel.
pub(super) struct Inputs {
    pub docs: Vec<Arc<Document>>,
    pub drafts: Vec<DraftRef>,
    /// The parse cache for the next build (when one is kept).
    pub parsed: Option<ParseCache>,
    pub data: Option<SiteData>,
    pub translations: Option<Translations>,
    pub theme: Option<Theme>,
    pub formatters: Option<Vec<LocaleFormatter>>,
}

/// Content, data files, UI strings and theme, independent of each other.
/// `previous`: what the last build made; `keep`: make the parse cache for
/// the next; `changed`: the files a watcher says changed since.
pub(super) fn read_inputs(
    options: &BuildOptions,
    config: &SiteConfig,
    previous: Option<&Made>,
    keep: bool,
    changed: Option<&HashSet<PathBuf>>,
) -> (Inputs, Diagnostics) {
    let root = options.root.as_path();
    let mut diags = Diagnostics::new();
    let (content, (data, (i18n, theme))) = rayon::join(
        || {
            content::load(
                root,
                config,
                options.drafts,
                previous.map(|m| &m.parsed),
                keep,
                config.fingerprint(),
                changed,
            )
        },
        || {
            rayon::join(
                || data::load(root, config),
                || {
                    rayon::join(
                        || Translations::load(root, config),
                        || crate::theme::load(root, config),
                    )
                },
            )
        },
    );
    let (mut docs, drafts, content_diags, parsed) = content;
    for d in [content_diags, data.1, i18n.1, theme.1] {
        diags.extend(d);
    }
    // A gallery of a folder is known once the static files are.
    if let Some(theme) = &theme.0 {
        diags.extend(crate::media::gallery::expand(&mut docs, theme, config));
    }
    // What the data files say must add up before any page shows it.
    let data = data.0.filter(|data| {
        let problems = validate::data::check(data, config);
        let usable = !problems.iter().any(Diagnostic::is_error);
        diags.extend(problems);
        usable
    });
    let formatters = config
        .languages
        .iter()
        .map(|l| {
            LocaleFormatter::new(&l.locale).map_err(|e| Diagnostic::error(config::CONFIG_PATH, e))
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| diags.push(d))
        .ok();
    let inputs = Inputs {
        docs,
        drafts,
        parsed,
        data,
        translations: i18n.0,
        theme: theme.0,
        formatters,
    };
    (inputs, diags)
}

/// The published documents (the schedule applied at the build's clock)
/// laid out as a site, reusing the previous layout when nothing listed
/// changed.
pub(super) fn assemble(
    options: &BuildOptions,
    config: &SiteConfig,
    inputs: &mut Inputs,
    previous: Option<&Layout>,
) -> ((Site, Layout, content::schedule::LeftOut), Diagnostics) {
    let now = options.now.unwrap_or_else(super::run::build_clock);
    let docs = std::mem::take(&mut inputs.docs);
    let (docs, left_out) = content::schedule::select(docs, now, options.future, options.expired);
    // Without the data files, no topic is known: none is checked.
    let no_tags = data::tags::TagSet::unread();
    let tags = inputs.data.as_ref().map_or(&no_tags, |d| &d.tags);
    let (mut site, diags, layout) =
        site::assemble_reusing(config, docs, config.fingerprint(), previous, tags);
    site.today = options.today.clone().unwrap_or_else(super::run::build_date);
    site.now = now;
    site.drafts = std::mem::take(&mut inputs.drafts);
    ((site, layout, left_out), diags)
}

/// The templates with their functions, and the fingerprint of everything
/// besides a page's own context that its bytes depend on; the last
/// build's when that is the same.
pub(super) fn renderer(
    config: &SiteConfig,
    theme: &Theme,
    translations: Translations,
    formatters: Vec<LocaleFormatter>,
    previous: Option<&KeptRenderer>,
) -> (Option<KeptRenderer>, Diagnostics) {
    let mut inputs = Fingerprint::new();
    inputs
        .value(&config.fingerprint())
        .value(&translations.fingerprint());
    for (name, t) in &theme.templates {
        inputs.bytes(name.as_bytes()).bytes(t.text.as_bytes());
        // Where it came from is in its error messages.
        inputs.bytes(t.origin.as_os_str().as_encoded_bytes());
    }
    let inputs = inputs.finish();
    if let Some(kept) = previous.filter(|p| p.inputs == inputs) {
        return (Some(kept.clone()), Diagnostics::new());
    }
    let locale = Arc::new(LocaleData {
        codes: config.languages.iter().map(|l| l.code.clone()).collect(),
        translations,
        formatters,
    });
    match Renderer::new(theme, locale.clone()) {
        Ok(r) => {
            let renderer = Arc::new(r);
            let kept = KeptRenderer {
                inputs,
                renderer,
                locale,
            };
            (Some(kept), Diagnostics::new())
        }
        Err(d) => (None, d),
    }
}

/// HTML pages per language code (the bilingual root pages aside).
pub(super) fn pages_per_language(config: &SiteConfig, site: &Site) -> Vec<(String, usize)> {
    config
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let pages = site.routes.iter().filter(|r| {
                r.lang == i
                    && r.is_html()
                    && !matches!(r.kind, RouteKind::Root | RouteKind::RootNotFound)
            });
            (l.code.clone(), pages.count())
        })
        .collect()
}

/// The photos among the static files, made ready for the web.
pub(super) fn media(
    root: &std::path::Path,
    config: &SiteConfig,
    theme: &Theme,
    previous: Option<&crate::media::MediaMemo>,
    in_memory: bool,
    shown: &dyn Fn(&str) -> bool,
) -> ((crate::media::Media, crate::media::MediaMemo), Diagnostics) {
    let settings = crate::media::process::Settings {
        widths: config.photo_widths.clone(),
        keep_metadata: config.keep_photo_metadata,
    };
    let (media, memo, diags) =
        crate::media::process_photos(root, theme, &settings, previous, in_memory, shown);
    ((media, memo), Diagnostics::from_iter(diags))
}

/// The translations made from an older version of their source, the
/// versions they were made from read from the site's files.
pub(super) fn translations_behind(
    root: &Path,
    config: &SiteConfig,
    site: &Site,
) -> Vec<Diagnostic> {
    let read = |rel: &Path| {
        let bytes = crate::fsio::read_site_file(root, rel).ok()?;
        String::from_utf8(bytes).ok()
    };
    crate::validate::in_step::check(config, site, &read)
}
