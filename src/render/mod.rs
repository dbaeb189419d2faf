//! Rendering: Tera templates with the locale functions, run over every route
//! in parallel. Templates are parsed once and shared by all threads.

pub mod context;
pub mod functions;
mod list_context;
mod page_deps;
mod pagination;
mod progress;
mod route_context;
mod route_key;
mod tag_context;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::PageSink;
use crate::site::{Route, Site};

use crate::theme::Theme;
pub use functions::LocaleData;
pub use progress::Progress;
pub use route_context::NAV_KEYS;
use route_context::route_context;

/// Rendered pages of the previous build by output file, with the
/// fingerprint of what they were made from (see `route_key`).
#[derive(Debug, Clone, Default)]
pub struct RenderCache {
    pages: crate::memo::Memo<bytes::Bytes>,
    /// The routes the pages were made for, the language bases and each
    /// document's fingerprint then. When the next build has the very same
    /// routes (the layout was reused, so no listing changed) and bases,
    /// only pages that show the body of a changed document can differ.
    layout_key: u128,
    bases: Vec<u128>,
    documents: Vec<u128>,
    /// The templates the pages were rendered with, for the next build
    /// with the same inputs (parsing them takes milliseconds `serve`
    /// would rather spend elsewhere).
    pub templates: Option<KeptRenderer>,
}

/// A renderer and its locale data, with the fingerprint of the inputs
/// they were made from.
#[derive(Clone)]
pub struct KeptRenderer {
    pub inputs: u128,
    pub renderer: Arc<Renderer>,
    pub locale: Arc<LocaleData>,
}

impl std::fmt::Debug for KeptRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeptRenderer({:032x})", self.inputs)
    }
}

impl RenderCache {
    /// Whether the key of `route` is certainly the same as last time,
    /// without computing it.
    fn unchanged(&self, config: &SiteConfig, site: &Site, route: &Route) -> bool {
        // The listings are all unchanged: only the bodies it shows matter.
        !page_deps::page_deps(config, site, route)
            .shown
            .iter()
            .any(|&i| self.documents[i] != site.documents[i].fingerprint)
    }
}

/// How many pages were rendered and how many taken from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderStats {
    pub rendered: usize,
    pub reused: usize,
}

/// What lets a render reuse the previous build's pages.
pub struct Reuse<'a> {
    /// The previous build's pages; `None`: render everything.
    pub previous: Option<&'a RenderCache>,
    /// Return what was rendered, for the next build.
    pub keep: bool,
    pub progress: &'a Progress,
    /// Fingerprint of everything besides the page context that pages depend on.
    pub inputs: u128,
    /// A rule every freshly rendered HTML page must pass (the EU block,
    /// from `validate::pages`); a finding does not stop the build.
    pub page_rule: PageRule<'a>,
    /// Told the pages rendered afresh as soon as every page is made and
    /// none failed, before they are gathered (`serve` shows them while the
    /// rest of the build goes on).
    pub pages_ready: Option<PagesReady<'a>>,
}

/// Takes the pages rendered afresh: each page's output path and bytes.
pub type PagesReady<'a> = &'a dyn Fn(Vec<(Arc<str>, bytes::Bytes)>);

/// A rule over one rendered page.
pub type PageRule<'a> = &'a (dyn Fn(&Route, &[u8]) -> Option<Diagnostic> + Sync);

/// Parsed templates plus the data their functions need.
pub struct Renderer {
    tera: Tera,
    origins: BTreeMap<String, PathBuf>,
}

impl Renderer {
    /// Parses all templates of `theme`; syntax errors name the template file and line.
    pub fn new(theme: &Theme, locale: Arc<LocaleData>) -> Result<Self, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        functions::register(&mut tera, locale);
        let origins: BTreeMap<String, PathBuf> = theme
            .templates
            .iter()
            .map(|(n, s)| (n.clone(), s.origin.clone()))
            .collect();
        let sources: Vec<(String, String)> = theme
            .templates
            .iter()
            .map(|(n, s)| (n.clone(), s.text.clone()))
            .collect();
        let renderer = Self { tera, origins };
        let mut renderer = renderer;
        if let Err(e) = renderer.tera.add_raw_templates(sources) {
            return Err(Diagnostics::from_iter([renderer.diagnostic(&e)]));
        }
        Ok(renderer)
    }

    /// Renders template `name`; errors become a diagnostic at the template's line.
    /// The page's bytes as Tera writes them: they are not checked again for
    /// UTF-8 (`Tera::render` does, a twentieth of a build's time).
    pub fn render(&self, name: &str, ctx: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut page = Vec::with_capacity(PAGE_CAPACITY);
        self.tera
            .render_to(name, ctx, &mut page)
            .map_err(|e| self.diagnostic(&e))?;
        // `serve` and in-memory builds keep every page: no spare room.
        page.shrink_to_fit();
        Ok(page)
    }

    fn diagnostic(&self, err: &tera::Error) -> Diagnostic {
        use std::error::Error as _;
        match err.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                let file = self
                    .origins
                    .get(r.filename())
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(r.filename()));
                let span = r.span();
                let mut message = format!("template error: {}", r.message());
                let mut source = err.source();
                while let Some(s) = source {
                    message.push_str(&format!(": {s}"));
                    source = s.source();
                }
                Diagnostic::error(file, message)
                    .at(span.start_line as u32, span.start_col as u32 + 1)
            }
            _ => {
                // Other errors carry their place only in the rendered report
                // (" --> name:line:col"); recover it for file:line:column.
                let text = err.to_string();
                let place = text.split(" --> ").nth(1).and_then(|rest| {
                    let head = rest.lines().next()?;
                    let mut parts = head.rsplitn(3, ':');
                    let col: u32 = parts.next()?.trim().parse().ok()?;
                    let line: u32 = parts.next()?.trim().parse().ok()?;
                    Some((parts.next()?.to_string(), line, col))
                });
                let message = text
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("error: ")
                    .to_string();
                match place {
                    Some((name, line, col)) => {
                        let file = self
                            .origins
                            .get(&name)
                            .cloned()
                            .unwrap_or_else(|| PathBuf::from(name));
                        Diagnostic::error(file, format!("template error: {message}")).at(line, col)
                    }
                    None => Diagnostic::error("themes", format!("template error: {text}")),
                }
            }
        }
    }
}

/// A page's key, its bytes (when held), whether it was rendered now, and
/// what the page rule found.
type Rendered = (u128, Option<bytes::Bytes>, bool, Option<Box<Diagnostic>>);

/// What rendering one page reads.
struct PageJob<'a> {
    config: &'a SiteConfig,
    site: &'a Site,
    data: Option<&'a SiteData>,
    renderer: &'a Renderer,
    shared: &'a [route_context::Shared],
    previous: Option<&'a RenderCache>,
    /// The previous pages, when they were made for the very same routes.
    same_layout: Option<&'a RenderCache>,
    bases: &'a [u128],
    page_rule: PageRule<'a>,
    /// Where each page goes as soon as it is made (`None`: in one batch).
    sink: Option<&'a dyn PageSink>,
    hold: bool,
}

impl PageJob<'_> {
    /// One page: taken from the previous build when its key is the same,
    /// else rendered (and checked by the page rule).
    fn page(&self, route: &Route) -> Result<Rendered, Box<Diagnostic>> {
        let (config, site) = (self.config, self.site);
        let file = &route.file;
        let cached = self.previous.and_then(|p| p.pages.entry(file));
        let key = match (self.same_layout, cached) {
            (Some(p), Some((k, _))) if p.unchanged(config, site, route) => k,
            _ => route_key::route_key(config, site, route, self.bases),
        };
        let (bytes, fresh) = match cached {
            Some((k, bytes)) if k == key => (bytes.clone(), false),
            _ => {
                let page = route_context(config, site, self.data, route, self.shared);
                let html = self.renderer.render(route.template(), &page.ctx)?;
                (bytes::Bytes::from(html), true)
            }
        };
        // A cached page passed this check when it was made: a build with
        // errors leaves no cache behind.
        let problem = (fresh && route.is_html())
            .then(|| (self.page_rule)(route, &bytes).map(Box::new))
            .flatten();
        if let Some(sink) = self.sink {
            sink.put_shared(file, bytes.clone())
                .map_err(|e| Box::new(Diagnostic::error(crate::config::CONFIG_PATH, e)))?;
        }
        Ok((key, self.hold.then_some(bytes), fresh, problem))
    }
}

/// Room for a typical page, so that writing one seldom grows the buffer.
const PAGE_CAPACITY: usize = 32 * 1024;

/// Renders every route of `site` into `sink`; page
/// problems that do not stop the build (a missing EU block) come back apart.
///
/// `reuse.inputs` fingerprints everything besides the page context that
/// rendering depends on (templates, UI strings, configuration); pages whose
/// context and inputs are unchanged since `reuse.previous` are taken from it.
pub fn render_site(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    renderer: &Renderer,
    reuse: Reuse,
    sink: &dyn PageSink,
) -> Result<(Option<RenderCache>, RenderStats, Vec<Diagnostic>), Diagnostics> {
    let Reuse {
        previous,
        progress,
        inputs,
        page_rule,
        keep,
        pages_ready,
    } = reuse;
    let shared = route_context::shared_contexts(config, data, &site.media);
    let bases = route_key::language_bases(site, data, &shared, inputs);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = site.routes.len();
    let batches = sink.takes_batches();
    let job = PageJob {
        config,
        site,
        data,
        renderer,
        shared: &shared,
        previous,
        same_layout: previous.filter(|p| {
            p.layout_key == site.layout_key
                && p.bases == bases
                && p.documents.len() == site.documents.len()
        }),
        bases: &bases,
        page_rule,
        // A sink on disk writes as pages are made; one in memory takes
        // them all at the end, in one step.
        sink: (!batches).then_some(sink),
        // Pages stay in memory after this loop only for a memory sink or
        // a cache; a build to disk streams them out and keeps nothing.
        hold: batches || keep,
    };
    let results: Vec<Result<Rendered, Box<Diagnostic>>> = site
        .routes
        .par_iter()
        .map(|route| {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if n.is_multiple_of(500) || n == total {
                progress.report(n, total);
            }
            job.page(route)
        })
        .collect();
    if let Some(ready) = pages_ready {
        tell_fresh(site, &results, ready);
    }
    let mut cache = keep.then(|| RenderCache {
        pages: crate::memo::Memo::with_capacity(total),
        layout_key: site.layout_key,
        bases,
        documents: site.documents.iter().map(|d| d.fingerprint).collect(),
        templates: None,
    });
    let (stats, problems, diags) = gather(site, results, cache.as_mut(), batches.then_some(sink));
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok((cache, stats, problems))
    }
}

/// Hands the pages rendered afresh to `ready`, unless there are none, a
/// page failed or broke the page rule with an error.
fn tell_fresh(site: &Site, results: &[Result<Rendered, Box<Diagnostic>>], ready: PagesReady) {
    let mut fresh = Vec::new();
    for (route, result) in site.routes.iter().zip(results) {
        match result {
            Ok((_, _, _, Some(problem))) if problem.is_error() => return,
            Ok((_, Some(bytes), true, _)) => fresh.push((route.file.clone(), bytes.clone())),
            Ok(_) => {}
            Err(_) => return,
        }
    }
    // Nothing new to show: the browsers reload once the build is done.
    if !fresh.is_empty() {
        ready(fresh);
    }
}

/// Counts what was rendered and reused, keeps the pages in `cache`, hands
/// them to a sink that takes them in one batch, and separates what the
/// page rule found (`problems`) from what stops the build.
fn gather(
    site: &Site,
    results: Vec<Result<Rendered, Box<Diagnostic>>>,
    mut cache: Option<&mut RenderCache>,
    batch_sink: Option<&dyn PageSink>,
) -> (RenderStats, Vec<Diagnostic>, Diagnostics) {
    let mut stats = RenderStats::default();
    let mut diags = Diagnostics::new();
    let mut problems = Vec::new();
    let capacity = batch_sink.map_or(0, |_| site.routes.len() + 1);
    let mut batch = Vec::with_capacity(capacity);
    for (route, r) in site.routes.iter().zip(results) {
        match r {
            Ok((key, bytes, fresh, problem)) => {
                problems.extend(problem.map(|p| *p));
                if fresh {
                    stats.rendered += 1;
                } else {
                    stats.reused += 1;
                }
                if let (Some(_), Some(bytes)) = (batch_sink, &bytes) {
                    batch.push((route.file.clone(), bytes.clone()));
                }
                if let (Some(cache), Some(bytes)) = (cache.as_deref_mut(), bytes) {
                    cache.pages.insert(route.file.clone(), key, bytes);
                }
            }
            Err(d) => diags.push(*d),
        }
    }
    if let Some(sink) = batch_sink {
        for result in sink.put_many(batch) {
            if let Err(e) = result {
                diags.push(Diagnostic::error(crate::config::CONFIG_PATH, e));
            }
        }
    }
    (stats, problems, diags)
}
