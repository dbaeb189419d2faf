//! Rendering: Tera templates with the locale functions, run over every route
//! in parallel. Templates are parsed once and shared by all threads.

pub mod context;
pub mod functions;
pub mod theme;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::config::SiteConfig;
use crate::data::SiteData;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::Fingerprint;
use crate::output::Output;
use crate::site::{Route, RouteKind, Site};

pub use functions::LocaleData;
pub use theme::Theme;

use context::{AlternateCtx, LanguageCtx, Links, NavCtx, PaginationCtx, SiteCtx, SwitchCtx};

/// A template context that also fingerprints everything put into it, so that
/// a page whose context did not change need not be rendered again.
pub struct PageContext {
    ctx: Context,
    fingerprint: Fingerprint,
}

impl PageContext {
    fn new(base: u128) -> Self {
        let mut fingerprint = Fingerprint::new();
        fingerprint.value(&base);
        Self {
            ctx: Context::new(),
            fingerprint,
        }
    }

    pub fn insert<T: serde::Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.fingerprint.bytes(key.as_bytes()).value(value);
        self.ctx.insert(key, value);
    }
}

/// Rendered pages of the previous build by output file, with the
/// fingerprint of their template context.
#[derive(Debug, Clone, Default)]
pub struct RenderCache {
    pages: HashMap<String, (u128, Vec<u8>)>,
}

/// How many pages were rendered and how many taken from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderStats {
    pub rendered: usize,
    pub reused: usize,
}

/// What lets a render reuse the previous build's pages.
pub struct Reuse<'a> {
    pub previous: &'a RenderCache,
    pub progress: &'a crate::builder::Progress,
    /// Fingerprint of everything besides the page context that pages depend on.
    pub inputs: u128,
}

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
    pub fn render(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera.render(name, ctx).map_err(|e| self.diagnostic(&e))
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
            _ => Diagnostic::error("themes", format!("template error: {err}")),
        }
    }
}

/// Renders every route of `site` and adds the theme's static files.
///
/// `reuse.inputs` fingerprints everything besides the page context that
/// rendering depends on (templates, UI strings, configuration); pages whose
/// context and inputs are unchanged since `reuse.previous` are taken from it.
pub fn render_site(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    theme: &Theme,
    renderer: &Renderer,
    reuse: Reuse,
) -> Result<(Output, RenderCache, RenderStats), Diagnostics> {
    let Reuse {
        previous,
        progress,
        inputs,
    } = reuse;
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = site.routes.len();
    type Rendered = (String, u128, Vec<u8>, bool);
    let results: Vec<Result<Rendered, Diagnostic>> = site
        .routes
        .par_iter()
        .map(|route| {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if n.is_multiple_of(500) || n == total {
                progress.report(n, total);
            }
            let page = route_context(config, site, data, route, inputs);
            let key = page.fingerprint.finish();
            let file = route.output_file();
            if let Some((k, bytes)) = previous.pages.get(&file)
                && *k == key
            {
                return Ok((file, key, bytes.clone(), false));
            }
            renderer
                .render(route.template(), &page.ctx)
                .map(|html| (file, key, html.into_bytes(), true))
        })
        .collect();
    let mut cache = RenderCache::default();
    let mut stats = RenderStats::default();
    let results: Vec<Result<(String, Vec<u8>), Diagnostic>> = results
        .into_iter()
        .map(|r| {
            r.map(|(file, key, bytes, rendered)| {
                if rendered {
                    stats.rendered += 1;
                } else {
                    stats.reused += 1;
                }
                cache.pages.insert(file.clone(), (key, bytes.clone()));
                (file, bytes)
            })
        })
        .collect();
    let mut output = Output::new();
    let mut diags = Diagnostics::new();
    for r in results {
        match r {
            Ok((path, bytes)) => {
                if let Err(e) = output.insert(&path, bytes) {
                    diags.push(Diagnostic::error(crate::config::CONFIG_PATH, e));
                }
            }
            Err(d) => diags.push(d),
        }
    }
    // Static hosts look for /404.html: the default language's page.
    let default_404 = format!("{}/404.html", config.default_language().code);
    if let Some(bytes) = output.get(&default_404).map(<[u8]>::to_vec) {
        output
            .insert("404.html", bytes)
            .expect("a fixed path is valid");
    }
    for (path, bytes) in &theme.static_files {
        if let Err(e) = output.insert(path, bytes.clone()) {
            diags.push(Diagnostic::error(PathBuf::from("static").join(path), e));
        }
    }
    if let Some(logo) = &config.programme_logo
        && output.get(logo).is_none()
    {
        diags.push(
            Diagnostic::error(
                crate::config::CONFIG_PATH,
                format!("programme_logo: there is no file /{logo} in the site"),
            )
            .with_hint(format!(
                "put the logo at static/{logo}, or correct the path"
            )),
        );
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok((output, cache, stats))
    }
}

/// Everything a template sees for one route.
fn route_context(
    config: &SiteConfig,
    site: &Site,
    data: Option<&SiteData>,
    route: &Route,
    inputs: u128,
) -> PageContext {
    let links = Links { config };
    let lang = &config.languages[route.lang];
    let mut ctx = PageContext::new(inputs);
    ctx.insert("lang", &lang.code);
    ctx.insert(
        "site",
        &SiteCtx {
            title: &lang.title,
            description: &lang.description,
            base_url: &config.base_url,
            base_path: &config.base_path,
            default_language: &config.default_language().code,
            languages: config
                .languages
                .iter()
                .map(|l| LanguageCtx {
                    code: &l.code,
                    name: &l.name,
                    url: links.url(&format!("{}/", l.code)),
                })
                .collect(),
            accessibility_url: site
                .has_data_pages
                .then(|| links.url(&format!("{}/{}/", lang.code, lang.sections.accessibility))),
            programme_logo: config.programme_logo.as_ref().map(|p| links.url(p)),
        },
    );
    ctx.insert("page", &context::page(site, route, &links));

    let switcher: Vec<SwitchCtx> = config
        .languages
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != route.lang)
        .map(|(i, l)| match &route.translations[i] {
            Some(path) => SwitchCtx {
                code: &l.code,
                name: &l.name,
                url: links.url(path),
                translated: true,
            },
            None => SwitchCtx {
                code: &l.code,
                name: &l.name,
                url: links.url(&format!("{}/", l.code)),
                translated: false,
            },
        })
        .collect();
    ctx.insert("translations", &switcher);

    let mut alternates: Vec<AlternateCtx> = config
        .languages
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            route.translations[i].as_ref().map(|p| AlternateCtx {
                hreflang: l.code.clone(),
                href: links.permalink(p),
            })
        })
        .collect();
    let default = config.default_language;
    if let Some(p) = route.translations[default].as_ref() {
        alternates.push(AlternateCtx {
            hreflang: "x-default".into(),
            href: links.permalink(p),
        });
    }
    if route.kind == RouteKind::NotFound {
        alternates.clear();
    }
    ctx.insert("alternates", &alternates);

    ctx.insert("nav", &nav(config, site, route, &links));

    match route.kind {
        RouteKind::Home => {
            let cards: Vec<_> = site.news[route.lang]
                .iter()
                .take(config.news_per_page.min(5))
                .map(|&i| context::news_card(site, config, i, &links))
                .collect();
            ctx.insert("news", &cards);
            ctx.insert("news_total", &site.news[route.lang].len());
        }
        RouteKind::NewsList { page, pages } => {
            let per = config.news_per_page;
            let cards: Vec<_> = site.news[route.lang]
                .iter()
                .skip((page - 1) * per)
                .take(per)
                .map(|&i| context::news_card(site, config, i, &links))
                .collect();
            ctx.insert("news", &cards);
            ctx.insert("news_total", &site.news[route.lang].len());
            let list_url = |p: usize| {
                let l = &config.languages[route.lang];
                if p == 1 {
                    links.url(&format!("{}/{}/", l.code, l.sections.news))
                } else {
                    links.url(&format!(
                        "{}/{}/{}/{p}/",
                        l.code, l.sections.news, l.sections.page
                    ))
                }
            };
            ctx.insert(
                "pagination",
                &PaginationCtx {
                    current: page,
                    total: pages,
                    prev_url: (page > 1).then(|| list_url(page - 1)),
                    next_url: (page < pages).then(|| list_url(page + 1)),
                },
            );
        }
        _ => {}
    }
    if let Some(data) = data {
        data.insert_into(&mut ctx, route.lang);
    }
    ctx
}

fn nav<'a>(config: &SiteConfig, site: &'a Site, route: &Route, links: &Links) -> Vec<NavCtx<'a>> {
    let lang = &config.languages[route.lang];
    let section = |key: &'static str, path: String, current: bool| NavCtx {
        key: Some(key),
        title: None,
        url: links.url(&path),
        current,
    };
    let mut items = vec![section(
        "nav-home",
        format!("{}/", lang.code),
        route.kind == RouteKind::Home,
    )];
    items.push(section(
        "nav-news",
        format!("{}/{}/", lang.code, lang.sections.news),
        matches!(
            route.kind,
            RouteKind::NewsList { .. } | RouteKind::NewsItem(_)
        ),
    ));
    for &i in &site.menu_pages[route.lang] {
        items.push(NavCtx {
            key: None,
            title: Some(&site.documents[i].title),
            url: links.url(&site.document_path(config, i)),
            current: route.kind == RouteKind::Page(i),
        });
    }
    if site.has_data_pages {
        items.push(section(
            "nav-partners",
            format!("{}/{}/", lang.code, lang.sections.partners),
            route.kind == RouteKind::Partners,
        ));
        items.push(section(
            "nav-budget",
            format!("{}/{}/", lang.code, lang.sections.budget),
            route.kind == RouteKind::Budget,
        ));
    }
    items
}
