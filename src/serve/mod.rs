//! `tilts serve`: build, serve from memory, watch, rebuild incrementally and
//! reload the browsers. A failed rebuild keeps the last good site online and
//! shows its problems in the terminal and in an overlay in the browser.
//! Nothing is ever written into the site folder.

mod guard;
pub mod http;
mod overlay;
mod proofing;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::builder::{BuildCache, BuildOptions, BuildResult, build_incremental_with};
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg, text};
use http::{AppState, DiagnosticView, Snapshot};

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder, absolute and without links ([`crate::cli::site_root`]):
    /// the watcher reports absolute paths, which must start with it.
    pub root: PathBuf,
    /// The site folder as the user named it, for messages.
    pub shown_root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub drafts: bool,
    /// Poll the file system instead of waiting for its events.
    pub poll: bool,
    /// Open the site in the default browser.
    pub open: bool,
    /// Sanitize Markdown HTML.
    pub safe: bool,
    /// A connection that moves no byte for this long is closed.
    pub idle_timeout: std::time::Duration,
    /// Proofread the documents that changed after each build.
    pub proofing: bool,
}

/// Runs the server until interrupted.
pub fn run(options: ServeOptions) -> Result<()> {
    let listener = listen(options.bind, options.port)?;
    let base_url = base_url(listener.local_addr()?);
    let build_options = BuildOptions {
        root: options.root.clone(),
        base_url: Some(base_url.clone()),
        drafts: options.drafts,
        strict: false,
        keep_going: false,
        progress: Default::default(),
        safe: options.safe,
        // The preview shows scheduled items, marked as such.
        future: true,
        ..BuildOptions::new(options.root.clone())
    };

    // Watch before the first build, so that no save is missed: the cache
    // reads only the files the watcher names.
    let (tx, rx) = mpsc::channel::<crate::watch::Batch>();
    let _watcher = crate::watch::watch(&options.root, options.poll, tx)?;
    let mut cache = match options.proofing {
        true => BuildCache::watched().with_proofreading(),
        false => BuildCache::watched(),
    };
    let state = AppState::new(Snapshot::default());
    rebuild(&build_options, &mut cache, &state);
    if !options.bind.is_loopback() {
        let message = msg("serve-reachable").arg("bind", options.bind);
        eprintln!("{}: {}", text(&msg("label-warning")), text(&message));
    }
    let serving = msg("serve-serving")
        .arg("dir", options.shown_root.display())
        .arg("url", format!("{base_url}/"));
    println!("{}", text(&serving));
    let _ = std::io::stdout().flush();
    if options.open {
        open_browser(&format!("{base_url}/"));
    }

    let rebuild_state = state.clone();
    std::thread::spawn(move || {
        while let Some(paths) = crate::watch::next_change(&rx, crate::watch::WRITE_GRACE) {
            cache.note_changes(&build_options.root, &paths);
            rebuild(&build_options, &mut cache, &rebuild_state);
        }
    });
    serve_http(listener, state, options.bind, options.idle_timeout)
}

/// The preview's socket; a port in use is said in plain words.
fn listen(bind: IpAddr, port: u16) -> Result<std::net::TcpListener> {
    let listener = match std::net::TcpListener::bind(SocketAddr::new(bind, port)) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            anyhow::bail!("{}", text(&busy_port_message(bind, port)))
        }
        Err(e) => {
            let message = msg("serve-cannot-listen").arg("address", SocketAddr::new(bind, port));
            return Err(e).with_context(|| text(&message));
        }
    };
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// The address pages link to: the bound one, or 127.0.0.1 when bound to
/// every interface.
fn base_url(addr: SocketAddr) -> String {
    let host = if addr.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        addr.ip().to_string()
    };
    let host = if addr.is_ipv6() {
        format!("[{host}]")
    } else {
        host
    };
    format!("http://{host}:{}", addr.port())
}

/// Answers requests until Ctrl+C, only for its own address, dropping idle
/// connections.
fn serve_http(
    listener: std::net::TcpListener,
    state: AppState,
    bind: IpAddr,
    idle: std::time::Duration,
) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = guard::IdleClosingListener {
            inner: tokio::net::TcpListener::from_std(listener)?,
            idle,
        };
        let app = http::router(state).layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                guard::check_host(bind, request, next)
            },
        ));
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .context(text(&msg("serve-stopped")))
    })
}

/// Builds once and publishes the result; on failure the last good files
/// stay. The pages rendered afresh go out (and the browsers reload) as soon
/// as they are made; the search index, feeds and the checks of the built
/// site follow without a second reload, or with the failure if a check
/// finds an error. Reports to the terminal like `tilts build`.
fn rebuild(options: &BuildOptions, cache: &mut BuildCache, state: &AppState) {
    let started = Instant::now();
    let last_good = state.snapshot();
    let shown_early = std::cell::Cell::new(None);
    let show_pages = |pages: Vec<(std::sync::Arc<str>, bytes::Bytes)>| {
        let current = state.snapshot();
        // A path it could not take is said by the rest of the build,
        // which puts the same paths.
        if let Ok(files) = current.files.with_pages(pages) {
            state.publish(Snapshot {
                files,
                ok: true,
                diagnostics: Vec::new(),
                proofing: current.proofing.clone(),
            });
            shown_early.set(Some(started.elapsed()));
        }
    };
    let result = build_incremental_with(options, cache, Some(&show_pages));
    let (result, diagnostics): (Option<BuildResult>, Vec<Diagnostic>) = match result {
        Ok(r) => {
            let d = r.diagnostics.sorted();
            (Some(r), d)
        }
        Err(e) => (
            None,
            vec![Diagnostic::error(&options.root, format!("{e:#}"))],
        ),
    };
    for d in &diagnostics {
        eprintln!("{}", d.render_with_snippet(&options.root));
    }
    let proofread = result.as_ref().and_then(|r| r.proofing.as_ref());
    let proofread = proofread.map(proofing::report).is_some();
    let proofing = cache.proof_pages().unwrap_or_default();
    let views: Vec<DiagnosticView> = diagnostics.iter().map(DiagnosticView::from).collect();
    match result.and_then(|r| r.built) {
        Some(built) => {
            let built_in = msg("serve-built")
                .num("ms", started.elapsed().as_millis())
                .num("rendered", built.render_stats.rendered)
                .num("reused", built.render_stats.reused);
            let built_in = match shown_early.get() {
                Some(t) => msg("serve-built-early")
                    .message("built", built_in)
                    .num("ms", t.as_millis()),
                None => built_in,
            };
            println!("{}", text(&built_in));
            let snapshot = Snapshot {
                files: built.output,
                ok: true,
                diagnostics: views,
                proofing,
            };
            let quiet = shown_early.get().is_some() && only_unseen_changes(state, &snapshot);
            match quiet {
                true => state.publish_quietly(snapshot, proofread),
                false => state.publish(snapshot),
            }
        }
        None => {
            eprintln!("{}", text(&msg("serve-build-failed")));
            state.publish(Snapshot {
                // The last good files (not the pages shown early), copied
                // only when a build fails.
                files: last_good.files.clone(),
                ok: false,
                diagnostics: views,
                proofing,
            });
        }
    }
}

/// Whether the files of `snapshot` that differ from those served are
/// files no page loads as it is shown. The pages shown early may load a
/// file only the rest of the build made (a new photo, a changed
/// stylesheet): then the browsers reload again.
fn only_unseen_changes(state: &AppState, snapshot: &Snapshot) -> bool {
    let early = state.snapshot();
    snapshot
        .files
        .changed_since(&early.files)
        .iter()
        .all(|path| no_page_loads(path))
}

/// Whether `path` is a file that no page loads as it is shown: the search
/// index (fetched when a query is typed), the sitemap, robots.txt and
/// calendar files.
fn no_page_loads(path: &str) -> bool {
    let index = |rest: &str| {
        rest.strip_prefix(crate::publish::SEARCH_DIR)
            .is_some_and(|r| r.starts_with('/') && r.ends_with(".json"))
    };
    path.split_once('/').is_some_and(|(_, rest)| index(rest))
        || path.ends_with(".ics")
        || matches!(path, "sitemap.xml" | "robots.txt")
}

/// Port `port` is taken: say so, and name a free one nearby.
fn busy_port_message(bind: IpAddr, port: u16) -> Message {
    let free = (1..=50)
        .filter_map(|step| port.checked_add(step))
        .find(|&p| std::net::TcpListener::bind(SocketAddr::new(bind, p)).is_ok());
    let message = match free {
        Some(p) => msg("serve-port-busy").arg("free", p),
        None => msg("serve-port-busy-none"),
    };
    message.arg("port", port).arg("bind", bind)
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("{}", text(&msg("serve-no-browser").arg("url", url)));
    }
}

/// Whether `root` looks like a site (for a clear message before serving).
pub fn looks_like_site(root: &Path) -> bool {
    root.join(crate::config::CONFIG_PATH).is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_no_page_loads_spare_a_second_reload() {
        for quiet in [
            "lv/search/index.json",
            "lt/search/s/3.json",
            "sitemap.xml",
            "robots.txt",
            "lv/jaunumi/atklasana/event.ics",
        ] {
            assert!(no_page_loads(quiet), "{quiet}");
        }
        for loud in [
            "style.css",
            "lv/jaunumi/search/index.html",
            "search/index.json",
            "media/photo-640.webp",
            "lv/index.html",
        ] {
            assert!(!no_page_loads(loud), "{loud}");
        }
    }
}
