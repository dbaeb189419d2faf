//! `content/site.yaml`: read as [`RawConfig`] (unknown keys are errors), then
//! checked field by field into a [`SiteConfig`] that the rest of tilts trusts.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::yaml::{self, Spanned};

mod language;
mod values;
use language::RawLanguage;
use values::{photo_widths, site_file, split_base_url, time_zone};

/// Where the site configuration lives, relative to the site root.
pub const CONFIG_PATH: &str = "content/site.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    languages: Vec<RawLanguage>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    news_per_page: Option<Spanned<u32>>,
    /// The programme logo, as a path in the built site (e.g. /images/logo.png).
    #[serde(default)]
    programme_logo: Option<Spanned<String>>,
    /// The browser tab's icon, a file of the site (default: one tilts makes).
    #[serde(default)]
    favicon: Option<Spanned<String>>,
    /// Strip raw HTML from Markdown with a sanitizer (also `--safe`).
    #[serde(default)]
    safe_html: bool,
    /// The IANA time zone of dates and times written without an offset.
    #[serde(default)]
    timezone: Option<Spanned<String>>,
    /// Redirect lists for static hosts, made from `aliases:`.
    #[serde(default)]
    redirect_files: Vec<RedirectFile>,
    /// What `tilts check` proofreads with.
    #[serde(default)]
    proofing: Option<RawProofing>,
    /// Publish the site's own photo files with their metadata (EXIF with
    /// GPS, XMP, IPTC); the sizes made of them never carry any.
    #[serde(default)]
    keep_photo_metadata: bool,
    /// `check` warns about documents larger than this (megabytes).
    #[serde(default)]
    max_document_mb: Option<u32>,
    /// The widths photos are made in (pixels).
    #[serde(default)]
    photo_widths: Option<Spanned<Vec<u32>>>,
}

/// `proofing:` in `site.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProofing {
    /// A Hunspell dictionary per language code, as a path without the
    /// `.aff`/`.dic` ending (relative to the site, or absolute).
    #[serde(default)]
    dictionaries: std::collections::BTreeMap<String, PathBuf>,
}

/// A redirect list a static host reads (`redirect_files:` in `site.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RedirectFile {
    /// `_redirects`, read by Netlify and Cloudflare Pages.
    Netlify,
    /// `nginx-redirects.conf`, a `map` for nginx.
    Nginx,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Absolute URL of the published site, without a trailing slash.
    pub base_url: String,
    /// The path part of `base_url` ("" or "/sub/folder"), prefixed to every link.
    pub base_path: String,
    pub languages: Vec<Language>,
    /// Index into `languages`.
    pub default_language: usize,
    pub theme: String,
    pub news_per_page: usize,
    /// Output path of the programme logo (without leading slash), shown in the EU block.
    pub programme_logo: Option<String>,
    /// Output path of the site's icon (`favicon:`), when the site has its own.
    pub favicon: Option<String>,
    /// Sanitize the HTML made from Markdown (raw HTML, scripts, event handlers).
    pub safe_html: bool,
    /// The time zone of dates and times written without an offset
    /// (`timezone:`, default Europe/Riga), and its name.
    pub timezone: jiff::tz::TimeZone,
    pub timezone_name: String,
    /// Redirect lists to write beside the pages.
    pub redirect_files: Vec<RedirectFile>,
    /// Publish original photos with their metadata (default: without).
    pub keep_photo_metadata: bool,
    /// Documents larger than this many megabytes are a warning (default 10).
    pub max_document_mb: u32,
    /// The widths photos are made in, sorted (default 360, 720, 1080, 1600).
    pub photo_widths: Vec<u32>,
    /// `proofing: dictionaries:`: a Hunspell dictionary per language code.
    pub dictionaries: std::collections::BTreeMap<String, PathBuf>,
    /// Fingerprint of the `site.yaml` text everything above was read from.
    pub source_fingerprint: u128,
}

/// One configured language.
#[derive(Debug, Clone)]
pub struct Language {
    /// The code used in URLs and file names (`lv`).
    pub code: String,
    /// The CLDR locale for formatting (`lv-LV`).
    pub locale: icu_locale_core::Locale,
    /// The same locale for Fluent.
    pub langid: unic_langid::LanguageIdentifier,
    /// The language's name in itself ("Latviešu").
    pub name: String,
    pub title: String,
    pub description: String,
    pub sections: Sections,
    /// Opening and closing quotation marks for smart quotes.
    pub quotes: (String, String),
}

/// Localized URL segments.
#[derive(Debug, Clone)]
pub struct Sections {
    pub news: String,
    pub partners: String,
    pub accessibility: String,
    pub events: String,
    pub search: String,
    pub budget: String,
    pub page: String,
    /// Topic pages (`tags:` in `sections`, default `tags`).
    pub tags: String,
    /// The poster page (`poster:` in `sections`, default `poster`).
    pub poster: String,
}

impl SiteConfig {
    pub fn default_language(&self) -> &Language {
        &self.languages[self.default_language]
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Replaces the base URL (`--base-url`, or the address `serve` listens on).
    pub fn set_base_url(&mut self, url: &str) -> Result<(), crate::messages::Message> {
        let (base_url, base_path) = split_base_url(url)?;
        self.base_url = base_url;
        self.base_path = base_path;
        Ok(())
    }
}

/// Reads and validates `content/site.yaml` under `root`.
pub fn load(root: &Path) -> Result<SiteConfig, Diagnostics> {
    let file = Path::new(CONFIG_PATH);
    let text = match crate::fsio::read_site_file(root, file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => match crate::control_chars::literal(&text, file) {
                Some(d) => return Err(one(d)),
                None => text,
            },
            Err(e) => return Err(one(crate::diagnostic::not_utf8(e.as_bytes(), file))),
        },
        Err(err) => {
            let detail = err.detail();
            return Err(one(Diagnostic::error(
                file,
                crate::messages::msg("config-unreadable").arg("detail", detail),
            )));
        }
    };
    parse(&text)
}

/// Validates the text of a `site.yaml`.
pub fn parse(text: &str) -> Result<SiteConfig, Diagnostics> {
    let file = Path::new(CONFIG_PATH);
    let raw: RawConfig = yaml::parse(text.trim_start_matches('\u{feff}'), file, 1).map_err(one)?;
    let mut config = validate(raw, file)?;
    config.source_fingerprint = crate::fingerprint::Fingerprint::new()
        .bytes(text.as_bytes())
        .finish();
    Ok(config)
}

impl SiteConfig {
    /// Changes when anything pages are made from changes: the text of
    /// `site.yaml` and what the command line put over it.
    pub fn fingerprint(&self) -> u128 {
        crate::fingerprint::Fingerprint::new()
            .u128(self.source_fingerprint)
            .bytes(self.base_url.as_bytes())
            .value(&self.safe_html)
            .finish()
    }
}

fn one(d: Diagnostic) -> Diagnostics {
    Diagnostics::from_iter([d])
}

fn validate(raw: RawConfig, file: &Path) -> Result<SiteConfig, Diagnostics> {
    let mut diags = Diagnostics::new();
    let err_at = |value: &dyn SpannedPos, message: crate::messages::Message| {
        let (l, c) = value.pos();
        Diagnostic::error(file, message).at(l, c)
    };

    let (base_url, base_path) = match split_base_url(&raw.base_url.value) {
        Ok(v) => v,
        Err(message) => {
            diags.push({
                let (l, c) = raw.base_url.pos();
                Diagnostic::error(file, message).at(l, c)
            });
            (String::new(), String::new())
        }
    };

    let (languages, default_language) =
        language::validate_languages(raw.languages, &raw.default_language, file, &mut diags);

    let theme = theme_name(raw.theme, &mut |v, m| diags.push(err_at(v, m)));
    let news_per_page = news_per_page(raw.news_per_page, &mut |v, m| diags.push(err_at(v, m)));

    let [programme_logo, favicon] =
        site_files([&raw.programme_logo, &raw.favicon], file, &mut diags);
    let (timezone, timezone_name) = match time_zone(raw.timezone.as_ref()) {
        Ok(tz) => tz,
        Err(message) => {
            let t = raw
                .timezone
                .as_ref()
                .expect("only a written zone can be wrong");
            diags.push(err_at(t, message));
            (jiff::tz::TimeZone::UTC, String::new())
        }
    };

    let photo_widths = photo_widths(raw.photo_widths.as_ref(), file, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(SiteConfig {
        timezone,
        timezone_name,
        redirect_files: raw.redirect_files,
        dictionaries: raw.proofing.unwrap_or_default().dictionaries,
        keep_photo_metadata: raw.keep_photo_metadata,
        max_document_mb: raw.max_document_mb.unwrap_or(10),
        photo_widths,
        base_url,
        base_path,
        languages,
        default_language,
        theme,
        news_per_page,
        programme_logo,
        favicon,
        safe_html: raw.safe_html,
        source_fingerprint: 0,
    })
}

/// A report of a value that is wrong, at its place.
type Report<'a> = dyn FnMut(&dyn SpannedPos, crate::messages::Message) + 'a;

/// `theme:`, a folder name under `themes/` (default `default`).
fn theme_name(raw: Option<Spanned<String>>, report: &mut Report) -> String {
    match raw {
        Some(t) if !is_url_segment(&t.value) => {
            report(
                &t,
                crate::messages::msg("config-theme-name-bad").arg("value", &t.value),
            );
            String::new()
        }
        Some(t) => t.value,
        None => "default".to_string(),
    }
}

/// `news_per_page:`, at least 1 (default 10).
fn news_per_page(raw: Option<Spanned<u32>>, report: &mut Report) -> usize {
    match raw {
        Some(n) if n.value == 0 => {
            report(&n, crate::messages::msg("config-news-per-page-zero"));
            1
        }
        Some(n) => n.value as usize,
        None => 10,
    }
}

/// The widths made of every photo by default (those below its own width,
/// and its own width when it is below the largest): a 360 px phone to a
/// wide screen. `photo_widths:` in `site.yaml` sets others.
pub const PHOTO_WIDTHS: [u32; 4] = [360, 720, 1080, 1600];

/// Lowercase ASCII letters, digits and inner hyphens: safe in any URL and path.
pub(crate) fn is_url_segment(s: &str) -> bool {
    !is_reserved_on_windows(s)
        && !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Names Windows keeps for devices (`con`, `nul`, `com1` …): a folder of
/// that name cannot be copied to a Windows host or most archive tools.
pub(crate) fn is_reserved_on_windows(s: &str) -> bool {
    let stem = s.split('.').next().unwrap_or(s).to_ascii_lowercase();
    matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit())
}

/// Anything that knows where in the YAML it came from.
/// `programme_logo:` and `favicon:` as output paths, each `None` when
/// absent or not a plain path (then with a diagnostic at its line).
fn site_files(
    [logo, icon]: [&Option<Spanned<String>>; 2],
    file: &Path,
    diags: &mut Diagnostics,
) -> [Option<String>; 2] {
    [(logo, "programme_logo"), (icon, "favicon")].map(|(value, key)| {
        let p = value.as_ref()?;
        site_file(p, key)
            .map_err(|m| {
                let (l, c) = p.pos();
                diags.push(Diagnostic::error(file, m).at(l, c));
            })
            .ok()
    })
}

trait SpannedPos {
    fn pos(&self) -> (u32, u32);
}

impl<T> SpannedPos for Spanned<T> {
    fn pos(&self) -> (u32, u32) {
        yaml::position(self, 1)
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
