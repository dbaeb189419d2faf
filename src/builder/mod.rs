//! The only build path, used by `build`, `check` and `serve`:
//! config → content + data + i18n + theme → site → rendered output.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

mod cache;
pub use cache::BuildCache;

use crate::config::{self, SiteConfig};
use crate::content;
use crate::data;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::i18n::{LocaleFormatter, Translations};
use crate::lint::{self, TranslationTable};
use crate::output::{MemorySink, Output, PageSink, StagingSink};
use crate::render::{self, LocaleData, RenderStats, Renderer};
use crate::site::{self, RouteKind};

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Replaces `base_url` from the configuration.
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Warnings count as errors.
    pub strict: bool,
    /// `check`: after errors in the sources, go on with what could be read,
    /// to report everything at once (`build` stops at the first stage with
    /// errors). Every build runs every rule either way.
    pub keep_going: bool,
    /// Told how many pages are rendered, for a progress line.
    pub progress: Progress,
    /// Sanitize Markdown HTML even if the configuration does not ask for it.
    pub safe: bool,
    /// The build date `YYYY-MM-DD` (splits upcoming from past events).
    /// Default: `SOURCE_DATE_EPOCH` if set, else today (UTC).
    pub today: Option<String>,
    /// The build's clock in seconds since 1970: items dated later are
    /// scheduled. Default: `SOURCE_DATE_EPOCH` if set, else now.
    pub now: Option<i64>,
    /// Publish items dated in the future (marked as scheduled).
    pub future: bool,
    /// Publish items whose `expires:` has passed.
    pub expired: bool,
}

/// A callback `(pages done, pages in all)` called now and then while rendering.
#[derive(Clone, Default)]
pub struct Progress(Option<Arc<dyn Fn(usize, usize) + Send + Sync>>);

impl Progress {
    pub fn new(f: impl Fn(usize, usize) + Send + Sync + 'static) -> Self {
        Self(Some(Arc::new(f)))
    }

    pub fn report(&self, done: usize, total: usize) {
        if let Some(f) = &self.0 {
            f(done, total);
        }
    }
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Progress(callback)"
        } else {
            "Progress(none)"
        })
    }
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            base_url: None,
            drafts: false,
            strict: false,
            keep_going: false,
            progress: Progress::default(),
            safe: false,
            today: None,
            now: None,
            future: false,
            expired: false,
        }
    }
}

/// A finished build in memory.
#[derive(Debug)]
pub struct Built {
    pub output: Output,
    /// Pages rendered in this build and pages reused from the cache.
    pub render_stats: RenderStats,
    /// How long each step took, in order.
    pub phases: Vec<(&'static str, Duration)>,
    /// Pages per language code, in configuration order.
    pub pages_per_language: Vec<(String, usize)>,
    /// Items the schedule left out: dated later, or expired.
    pub left_out: crate::content::schedule::LeftOut,
    /// Every address that shows a document (its page and its aliases),
    /// for the next build to see which of them disappeared.
    pub addresses: crate::output::Addresses,
    pub duration: Duration,
}

/// The outcome: diagnostics always, output only when there were no errors.
#[derive(Debug)]
pub struct BuildResult {
    pub diagnostics: Diagnostics,
    pub built: Option<Built>,
    /// With `keep_going` (`check`): which news items exist in which language.
    pub translation_table: Option<TranslationTable>,
}

/// Builds the site under `options.root` in memory. Infrastructure failures are
/// `Err`; problems in the site's own files are diagnostics in the result.
pub fn build(options: &BuildOptions) -> Result<BuildResult> {
    build_incremental(options, &mut BuildCache::disabled())
}

/// Like [`build`], reusing what `cache` holds from the previous build and
/// leaving in it what this build produced (only after a successful build).
pub fn build_incremental(options: &BuildOptions, cache: &mut BuildCache) -> Result<BuildResult> {
    let sink = MemorySink::default();
    let mut result = build_into(options, cache, &sink)?;
    let output = sink.into_output();
    if let Some(built) = &mut result.built {
        built.output = output;
    }
    Ok(result)
}

/// The build itself: every file goes to `sink` as soon as it is made.
/// `built.output` is left empty; the sink has the files.
fn build_into(
    options: &BuildOptions,
    cache: &mut BuildCache,
    sink: &dyn PageSink,
) -> Result<BuildResult> {
    let started = Instant::now();
    let root = options.root.as_path();
    let mut diags = Diagnostics::new();
    let finish = |mut diags: Diagnostics, built: Option<Built>| {
        if options.strict {
            diags.promote_warnings();
        }
        let built = if diags.has_errors() { None } else { built };
        Ok(BuildResult {
            diagnostics: diags,
            built,
            translation_table: None,
        })
    };

    let mut config = match config::load(root) {
        Ok(c) => c,
        Err(d) => return finish(d, None),
    };
    if let Some(url) = &options.base_url
        && let Err(message) = config.set_base_url(url)
    {
        diags.push(Diagnostic::error("--base-url", message));
        return finish(diags, None);
    }

    config.safe_html |= options.safe;
    let config_fp = config.fingerprint();
    // Independent inputs, read in parallel.
    let (
        (docs, drafts, content_diags, parsed),
        ((data, data_diags), ((translations, i18n_diags), theme)),
    ) = rayon::join(
        || {
            content::load(
                root,
                &config,
                options.drafts,
                (!cache.disabled).then_some(&cache.parsed),
                config_fp,
                cache.changed.as_ref(),
            )
        },
        || {
            rayon::join(
                || data::load(root, &config),
                || {
                    rayon::join(
                        || Translations::load(root, &config),
                        || render::theme::load(root, &config),
                    )
                },
            )
        },
    );
    diags.extend(content_diags);
    diags.extend(data_diags);
    diags.extend(i18n_diags);
    let (theme, theme_diags) = theme;
    diags.extend(theme_diags);
    let formatters = match locale_formatters(&config) {
        Ok(f) => Some(f),
        Err(d) => {
            diags.push(d);
            None
        }
    };

    let mut phases = vec![("read", started.elapsed())];
    let mut mark = Instant::now();
    let mut phase = |name: &'static str| {
        phases.push((name, mark.elapsed()));
        mark = Instant::now();
    };
    let now = options.now.unwrap_or_else(build_clock);
    let (docs, left_out) = content::schedule::select(docs, now, options.future, options.expired);
    let no_tags = crate::data::tags::TagSet::default();
    let tags = data.as_ref().map_or(&no_tags, |d| &d.tags);
    let (site, site_diags, layout) = site::assemble_reusing(
        &config,
        docs,
        config_fp,
        (!cache.disabled).then_some(&cache.layout),
        tags,
    );
    phase("assemble");
    let mut site = site;
    site.today = options.today.clone().unwrap_or_else(build_date);
    site.now = now;
    site.drafts = drafts;
    diags.extend(site_diags);
    let (Some(translations), Some(theme), Some(formatters), Some(data)) =
        (translations, theme, formatters, data)
    else {
        return finish(diags, None);
    };
    // `check` goes on with the files that could be read, to report
    // everything at once; `build` stops here.
    if diags.has_errors() && !options.keep_going {
        return finish(diags, None);
    }

    let translations_fp = translations.fingerprint();
    let locale = Arc::new(LocaleData {
        codes: config.languages.iter().map(|l| l.code.clone()).collect(),
        translations,
        formatters,
    });
    let renderer = match Renderer::new(&theme, locale.clone()) {
        Ok(r) => r,
        Err(d) => {
            diags.extend(d);
            return finish(diags, None);
        }
    };
    let mut inputs = Fingerprint::new();
    inputs.value(&config_fp).value(&translations_fp);
    for (name, t) in &theme.templates {
        inputs.bytes(name.as_bytes()).bytes(t.text.as_bytes());
    }
    let rendered = render::render_site(
        &config,
        &site,
        Some(&data),
        &theme,
        &renderer,
        render::Reuse {
            previous: (!cache.disabled).then_some(&cache.rendered),
            progress: &options.progress,
            inputs: inputs.finish(),
        },
        sink,
    );
    phase("render");
    let (rendered_cache, render_stats) = match rendered {
        Ok((cache, stats, problems)) => {
            diags.extend(problems);
            (cache, stats)
        }
        Err(d) => {
            diags.extend(d);
            return finish(diags, None);
        }
    };
    let published = match crate::publish::add_outputs(
        &config,
        &site,
        sink,
        config_fp,
        (!cache.disabled).then_some(&cache.published),
    ) {
        Ok(p) => p,
        Err(e) => {
            diags.push(Diagnostic::error(config::CONFIG_PATH, e));
            None
        }
    };
    phase("feeds, sitemap, search");
    diags.extend(crate::assets::put_static_files(&theme, sink));
    phase("static files");
    // The rules that read what was written; in every build, so that
    // nothing `check` calls an error is published.
    diags.extend(lint::lint(
        &config,
        &site,
        sink,
        &locale.translations,
        &theme,
    ));
    // The table is `check`'s report; other builds do not print it.
    let translation_table = options
        .keep_going
        .then(|| lint::translation_table(&site, &config));

    let pages_per_language = config
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                l.code.clone(),
                site.routes
                    .iter()
                    .filter(|r| {
                        r.lang == i
                            && r.is_html()
                            && !matches!(r.kind, RouteKind::Root | RouteKind::RootNotFound)
                    })
                    .count(),
            )
        })
        .collect();
    if !diags.has_errors()
        && let (Some(parsed), Some(rendered), Some(published)) = (parsed, rendered_cache, published)
    {
        let watched = cache.watched;
        let previous = std::mem::replace(
            cache,
            BuildCache {
                parsed,
                rendered,
                published,
                layout,
                disabled: false,
                watched,
                // Until the next successful build, changes add up.
                changed: watched.then(HashSet::new),
            },
        );
        // Freeing tens of thousands of cached pages takes milliseconds
        // that the next preview need not wait for.
        rayon::spawn(move || drop(previous));
    }
    phase("checks");
    let built = Built {
        output: Output::new(),
        render_stats,
        phases,
        pages_per_language,
        left_out,
        addresses: crate::output::Addresses::of(&config, &site),
        duration: started.elapsed(),
    };
    let mut result = finish(diags, Some(built))?;
    result.translation_table = translation_table;
    Ok(result)
}

/// Builds and, when there were no errors, replaces `output_dir` atomically.
/// An output that is or holds the site's sources is refused before
/// anything is read or written (with `force` too); a link to a folder is
/// written through to its target and kept.
pub fn build_to_disk(
    options: &BuildOptions,
    output_dir: &Path,
    force: bool,
) -> Result<BuildResult> {
    build_to_disk_with(options, output_dir, force, Box::new(crate::fsio::write))
}

/// [`build_to_disk`] with the function that writes each file given, so
/// that tests can make writing fail (a full disk) half-way.
pub fn build_to_disk_with(
    options: &BuildOptions,
    output_dir: &Path,
    force: bool,
    write: crate::output::WriteFn,
) -> Result<BuildResult> {
    let root = crate::fsio::site_root(&options.root)?;
    let output_dir = std::path::absolute(output_dir)
        .with_context(|| format!("cannot find the output folder {}", output_dir.display()))?;
    let output_dir = crate::output::resolve_output(&root, &output_dir)?;
    let sink = StagingSink::new(&output_dir, force)?.with_writer(write);
    let result = build_into(options, &mut BuildCache::disabled(), &sink)?;
    // A write that failed is the disk's problem, not the site's: said
    // once, not once per file.
    if let Some(failure) = sink.failure() {
        anyhow::bail!(
            "the site could not be written: {failure}; nothing was published and {} is unchanged",
            output_dir.display()
        );
    }
    let mut result = result;
    if let Some(built) = &result.built {
        let previous = crate::output::Addresses::read(&output_dir);
        let gone = built.addresses.gone_since(&previous);
        if options.strict && !gone.is_empty() {
            result.diagnostics.extend(gone.into_iter().map(|mut d| {
                d.severity = crate::diagnostic::Severity::Error;
                d
            }));
            result.built = None;
        } else {
            result.diagnostics.extend(gone);
        }
    }
    if let Some(built) = &result.built {
        sink.finish(&built.addresses.to_text())?;
    }
    // Without `finish` the staging folder is removed and the output stays as it was.
    Ok(result)
}

fn locale_formatters(config: &SiteConfig) -> Result<Vec<LocaleFormatter>, Diagnostic> {
    config
        .languages
        .iter()
        .map(|l| {
            LocaleFormatter::new(&l.locale).map_err(|e| Diagnostic::error(config::CONFIG_PATH, e))
        })
        .collect()
}

/// `SOURCE_DATE_EPOCH` (reproducible builds), else the system clock.
fn build_clock() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| jiff::Timestamp::now().as_second())
}

/// `SOURCE_DATE_EPOCH` (reproducible builds) as a date, else today (UTC).
fn build_date() -> String {
    match std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        Some(secs) => crate::new::date_from_unix(secs),
        None => crate::new::today(),
    }
}
