//! The only build path, used by `build`, `check` and `serve`:
//! config → content + data + i18n + theme → site → rendered output.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};

mod cache;
mod options;
mod proofing;
mod run;
mod stages;
pub use cache::BuildCache;
use cache::Made;
pub use options::BuildOptions;
use run::Run;

use crate::config;
use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{MemorySink, Output, PageSink, StagingSink};
use crate::publish::PublishCache;
pub use crate::render::Progress;
use crate::render::{self, LocaleData, RenderCache, RenderStats};
use crate::site::Site;
use crate::theme::Theme;
use crate::validate::{self, TranslationTable};
use std::sync::Arc;

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
    /// With `proofread`: the unknown words and the safe typography fixes
    /// (the findings are among the diagnostics).
    pub proofing: Option<crate::proof::Proofing>,
}

/// Builds the site under `options.root` in memory. Infrastructure failures are
/// `Err`; problems in the site's own files are diagnostics in the result.
pub fn build(options: &BuildOptions) -> Result<BuildResult> {
    let sink = MemorySink::default();
    let mut result = build_into(options, Stages::default(), &sink, false)?;
    if let Some(built) = &mut result.built {
        built.output = sink.into_output();
    }
    Ok(result)
}

/// Like [`build`], reusing what `cache` holds from the previous build and
/// leaving in it what this build produced (only after a successful build).
pub fn build_incremental(options: &BuildOptions, cache: &mut BuildCache) -> Result<BuildResult> {
    build_incremental_with(options, cache, None)
}

/// Like [`build_incremental`]; `pages_ready` is told the pages rendered
/// afresh as soon as every page is made without an error, while the
/// search index, the feeds and the checks of the built site are still to
/// come (`serve` shows an edited page before they are done).
pub fn build_incremental_with(
    options: &BuildOptions,
    cache: &mut BuildCache,
    pages_ready: Option<render::PagesReady>,
) -> Result<BuildResult> {
    let sink = MemorySink::default();
    let stages = Stages {
        cache: Some(cache),
        pages_ready,
    };
    let mut result = build_into(options, stages, &sink, false)?;
    if let Some(built) = &mut result.built {
        built.output = sink.into_output();
    }
    Ok(result)
}

/// What a build hands on between builds and tells while it runs.
#[derive(Default)]
struct Stages<'a> {
    /// What the last build made, and where this one leaves what it made
    /// (`None`: a one-off build, which keeps nothing).
    cache: Option<&'a mut BuildCache>,
    /// Told the pages rendered afresh before the rest of the build.
    pages_ready: Option<render::PagesReady<'a>>,
}

/// The build itself: every file goes to `sink` as soon as it is made.
/// `built.output` is left empty; the sink has the files. `addresses`:
/// record the documents' addresses (for `build_to_disk`).
fn build_into(
    options: &BuildOptions,
    stages: Stages,
    sink: &dyn PageSink,
    addresses: bool,
) -> Result<BuildResult> {
    let (mut cache, pages_ready) = (stages.cache, stages.pages_ready);
    let mut run = Run::new(options);
    let Some(config) = run.take(stages::configure(options)) else {
        return run.finish(None, None);
    };
    let keep = cache.is_some();
    let made = cache.as_deref().and_then(|c| c.made.as_ref());
    let changed = cache.as_deref().and_then(BuildCache::changed_files);
    let settings_changed = proofing::settings_may_change(changed);
    let mut inputs = run.take(stages::read_inputs(options, &config, made, keep, changed));
    run.phase("read");
    let (mut site, mut layout, left_out) = run.take(stages::assemble(
        options,
        &config,
        &mut inputs,
        made.map(|m| &m.layout),
    ));
    // The same routes as last time (the layout was reused) have the same
    // sources: their finding is kept with them.
    let sources = layout.checked.get_or_insert_with(|| {
        Diagnostics::from_iter(validate::pages::one_source_per_file(
            &site.documents,
            &site.routes,
        ))
    });
    run.diags.extend(sources.iter().cloned());
    run.phase("assemble");
    let media_memo = media(&mut run, &config, &inputs, &mut site, made, keep);
    let reuse = Reusing {
        made,
        keep,
        pages_ready,
    };
    let Some(written) = write_site(&mut run, &config, &mut site, &mut inputs, reuse, sink) else {
        return run.finish(None, None);
    };
    let memo = cache.as_deref_mut().and_then(|c| c.proof.as_mut());
    let asked = proofing::Asked::new(options, memo, settings_changed, &run.diags);
    let proofing = proofing::check_and_proofread(&mut run, &config, &site, sink, &written, asked);
    let behind = stages::translations_behind(&run.options.root, &config, &site);
    run.diags.extend(behind);
    // The table is `check`'s report; other builds do not print it.
    let table = options
        .keep_going
        .then(|| validate::translation_table(&site, &config));
    run.phase("checks");
    if !run.diags.has_errors()
        && let Some(cache) = cache
    {
        keep_made(
            cache,
            inputs.parsed.take(),
            written.rendered,
            written.published,
            layout,
            media_memo,
        );
    }
    let built = Built {
        output: Output::new(),
        render_stats: written.stats,
        phases: std::mem::take(&mut run.phases),
        pages_per_language: stages::pages_per_language(&config, &site),
        left_out,
        addresses: if addresses {
            crate::output::Addresses::of(&config, &site)
        } else {
            Default::default()
        },
        duration: run.started.elapsed(),
    };
    let mut result = run.finish(Some(built), table)?;
    result.proofing = proofing;
    Ok(result)
}

/// Keeps what a build without errors made, for the next (when every stage
/// made its part).
fn keep_made(
    cache: &mut BuildCache,
    parsed: Option<crate::content::ParseCache>,
    rendered: Option<RenderCache>,
    published: Option<PublishCache>,
    layout: crate::site::Layout,
    media: Option<crate::media::MediaMemo>,
) {
    if let (Some(parsed), Some(rendered), Some(published), Some(media)) =
        (parsed, rendered, published, media)
    {
        cache.keep(Made {
            parsed,
            rendered,
            published,
            layout,
            media,
        });
    }
}

/// The media stage: photos processed, documents labelled; the photos for
/// the next build.
fn media(
    run: &mut Run,
    config: &SiteConfig,
    inputs: &stages::Inputs,
    site: &mut Site,
    made: Option<&Made>,
    keep: bool,
) -> Option<crate::media::MediaMemo> {
    let theme = inputs.theme.as_ref()?;
    let previous = made.map(|m| &m.media);
    // The files the site names, found when a photo cannot be used.
    let named = std::cell::OnceCell::new();
    let shown = |path: &str| {
        named
            .get_or_init(|| crate::media::used::named_files(config, site, inputs.data.as_ref()))
            .contains(path)
    };
    // What is kept for the next build holds its photos in memory.
    let (mut media, memo) = run.take(stages::media(
        &run.options.root,
        config,
        theme,
        previous,
        keep,
        &shown,
    ));
    media.unpublished = crate::media::gallery::named_captions(&site.documents);
    if let Some(formatters) = &inputs.formatters {
        let max = config.max_document_mb;
        run.diags
            .extend(media.add_documents(theme, formatters, max));
    }
    site.media = media;
    run.phase("photos");
    Some(memo)
}

/// Lets go of each document's HTML once its pages are written, in a build
/// that keeps nothing: the search index is made in the room it took.
fn release_bodies(site: &mut Site) {
    for doc in &mut site.documents {
        if let Some(doc) = Arc::get_mut(doc) {
            doc.html = String::new();
        }
    }
}

/// What writing the site may take from the last build, and whom it tells.
struct Reusing<'a> {
    made: Option<&'a Made>,
    keep: bool,
    pages_ready: Option<render::PagesReady<'a>>,
}

/// What the render, publish and assets stages made.
struct Written {
    theme: Theme,
    data: crate::data::SiteData,
    locale: Arc<LocaleData>,
    stats: RenderStats,
    /// For the next build, when one is kept.
    rendered: Option<RenderCache>,
    published: Option<PublishCache>,
}

/// Renders the pages, then the generated files and the static files,
/// into `sink`. `None` when a stage before could not give what rendering
/// needs, or `build` stops at errors in the sources.
fn write_site(
    run: &mut Run,
    config: &SiteConfig,
    site: &mut Site,
    inputs: &mut stages::Inputs,
    reusing: Reusing,
    sink: &dyn PageSink,
) -> Option<Written> {
    let Reusing {
        made,
        keep,
        pages_ready,
    } = reusing;
    let (Some(translations), Some(theme), Some(formatters), Some(data)) = (
        inputs.translations.take(),
        inputs.theme.take(),
        inputs.formatters.take(),
        inputs.data.take(),
    ) else {
        return None;
    };
    // `check` goes on with the files that could be read, to report
    // everything at once; `build` stops here.
    if run.diags.has_errors() && !run.options.keep_going {
        return None;
    }
    let previous_templates = made.and_then(|m| m.rendered.templates.as_ref());
    let templates = run.take(stages::renderer(
        config,
        &theme,
        translations,
        formatters,
        previous_templates,
    ))?;
    let (renderer, locale, fingerprint) =
        (&templates.renderer, &templates.locale, templates.inputs);
    run.diags
        .extend(validate::pages::missing_logo(config, &theme));
    run.diags
        .extend(validate::pages::missing_project_logo(&data, &theme));
    let eu_rule = validate::eu_block::EuBlockRule::new(&theme, &data, config);
    let reuse = render::Reuse {
        previous: made.map(|m| &m.rendered),
        keep,
        progress: &run.options.progress,
        inputs: fingerprint,
        page_rule: &|route, html| eu_rule.problem(route, html),
        // Only a build that has no error so far shows its pages early.
        pages_ready: pages_ready.filter(|_| !run.diags.has_errors()),
    };
    let rendered = render::render_site(config, site, Some(&data), renderer, reuse, sink);
    if !keep {
        release_bodies(site);
    }
    run.phase("render");
    let (rendered, stats) = match rendered {
        Ok((mut cache, stats, problems)) => {
            run.diags.extend(problems);
            if let Some(cache) = &mut cache {
                cache.templates = Some(templates.clone());
            }
            (cache, stats)
        }
        Err(d) => {
            run.diags.extend(d);
            return None;
        }
    };
    let previous = made.map(|m| &m.published);
    let published = crate::publish::add_outputs(
        config,
        site,
        sink,
        config.fingerprint(),
        previous,
        keep,
        Some(&locale.formatters),
    )
    .map_err(|e| run.diags.push(Diagnostic::error(config::CONFIG_PATH, e)))
    .ok()
    .flatten();
    run.phase("feeds, sitemap, search");
    run.diags
        .extend(crate::assets::put_static_files(&theme, &site.media, sink));
    // The icon tilts makes, unless the site has its own.
    if config.favicon.is_none() && !theme.static_files.contains_key(crate::assets::MADE_FAVICON) {
        let icon = crate::assets::made_favicon(&data.project.acronym);
        if let Err(e) = sink.put(crate::assets::MADE_FAVICON, bytes::Bytes::from(icon)) {
            run.diags.push(Diagnostic::error(config::CONFIG_PATH, e));
        }
    }
    run.phase("static files");
    Some(Written {
        theme,
        data,
        locale: locale.clone(),
        stats,
        rendered,
        published,
    })
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
        .with_context(|| crate::fsio::about("output-not-found", output_dir))?;
    let output_dir = crate::output::resolve_output(&root, &output_dir)?;
    let sink = StagingSink::new(&output_dir, force)?.with_writer(write);
    let result = build_into(options, Stages::default(), &sink, true)?;
    // A write that failed is the disk's problem, not the site's: said
    // once, not once per file.
    if let Some(failure) = sink.failure() {
        let message = crate::messages::msg("output-not-written")
            .arg("detail", failure)
            .arg("output", output_dir.display());
        anyhow::bail!("{}", crate::messages::text(&message));
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
