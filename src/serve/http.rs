//! The development server's HTTP side: files from the current in-memory
//! snapshot (never from disk), the live-reload event stream and the build
//! status. Every request reads one snapshot, so it gets a complete page of
//! either the previous or the new build, never half of each.

use std::convert::Infallible;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::output::Output;

pub use super::overlay::DiagnosticView;
use super::overlay::{OverlayWords, Status, failed_page};
use crate::messages::{msg, text};

const LIVE_JS: &str = include_str!("live.js");
pub(super) const LIVE_TAG: &str = "<script src=\"/__tilts/live.js\" defer></script>";

/// The build being served and how the latest build went.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// The last good build's files.
    pub files: Output,
    /// Whether the latest build succeeded.
    pub ok: bool,
    /// The latest build's problems.
    pub diagnostics: Vec<DiagnosticView>,
    /// The proofreading findings of each page (none without proofreading).
    pub proofing: Arc<crate::proof::PageFindings>,
}

/// What connected browsers are told.
#[derive(Debug, Clone)]
pub enum LiveEvent {
    Reload,
    /// The JSON status of a failed build.
    Failed(String),
    /// New proofreading findings, without a reload: the page asks for its own.
    Proofread,
}

/// Shared between the HTTP handlers and the rebuild thread.
#[derive(Clone)]
pub struct AppState {
    pub current: Arc<RwLock<Arc<Snapshot>>>,
    pub events: broadcast::Sender<LiveEvent>,
}

impl AppState {
    pub fn new(snapshot: Snapshot) -> Self {
        let (events, _) = broadcast::channel(16);
        Self {
            current: Arc::new(RwLock::new(Arc::new(snapshot))),
            events,
        }
    }

    /// The snapshot being served.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Publishes a new snapshot and tells the browsers.
    pub fn publish(&self, snapshot: Snapshot) {
        let event = if snapshot.ok {
            LiveEvent::Reload
        } else {
            LiveEvent::Failed(status_json(&snapshot, None))
        };
        self.replace(snapshot, Some(event));
    }

    /// Publishes a good snapshot without reloading the browsers: the
    /// pages they show went out already (the rest of a build).
    /// `proofread`: the build proofread files, and the browsers ask for
    /// their page's findings again.
    pub fn publish_quietly(&self, snapshot: Snapshot, proofread: bool) {
        match snapshot.ok {
            true => self.replace(snapshot, proofread.then_some(LiveEvent::Proofread)),
            false => self.publish(snapshot),
        }
    }

    fn replace(&self, snapshot: Snapshot, event: Option<LiveEvent>) {
        let previous = std::mem::replace(
            &mut *self.current.write().unwrap_or_else(|e| e.into_inner()),
            Arc::new(snapshot),
        );
        if let Some(event) = event {
            let _ = self.events.send(event);
        }
        // Freed after the new pages are out, not while requests wait for the lock.
        drop(previous);
    }
}

/// The status; with `page` (a URL path), that page's proofreading findings.
fn status_json(s: &Snapshot, page: Option<&str>) -> String {
    let proofing = page.map(|p| super::proofing::of_page(&s.proofing, p));
    let panel = proofing
        .as_ref()
        .map(|f| super::proofing::PanelWords::new(f.len()));
    serde_json::to_string(&Status {
        ok: s.ok,
        diagnostics: &s.diagnostics,
        words: OverlayWords::now(),
        proofing: proofing.unwrap_or_default(),
        proofing_words: panel,
    })
    .expect("status serializes")
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/__tilts/live.js", get(live_js))
        .route("/__tilts/events", get(events))
        .route("/__tilts/status", get(status))
        .fallback(get(file))
        .with_state(state)
}

async fn live_js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        LIVE_JS,
    )
        .into_response()
}

/// `/__tilts/status?page=/lv/jaunumi/x/`: the build's status and that
/// page's proofreading findings.
async fn status(State(state): State<AppState>, uri: Uri) -> Response {
    let page = uri
        .query()
        .into_iter()
        .flat_map(|q| q.split('&'))
        .find_map(|pair| pair.strip_prefix("page="));
    let body = status_json(&state.snapshot(), page);
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

async fn events(State(state): State<AppState>) -> impl IntoResponse {
    let stream = BroadcastStream::new(state.events.subscribe()).filter_map(|message| {
        let event = match message.ok()? {
            LiveEvent::Reload => Event::default().event("reload").data("reload"),
            LiveEvent::Failed(json) => Event::default().event("failed").data(json),
            LiveEvent::Proofread => Event::default().event("proofread").data("proofread"),
        };
        Some(Ok::<_, Infallible>(event))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn file(State(state): State<AppState>, uri: Uri) -> Response {
    let snapshot = state.snapshot();
    match resolve(uri.path(), &snapshot.files) {
        Resolved::File(path) => {
            let bytes = snapshot.files.get_shared(&path).unwrap_or_default();
            respond(StatusCode::OK, &path, bytes)
        }
        Resolved::Redirect(location) => {
            let mut r = StatusCode::MOVED_PERMANENTLY.into_response();
            if let Ok(v) = HeaderValue::from_str(&location) {
                r.headers_mut().insert(header::LOCATION, v);
            }
            r
        }
        Resolved::NotFound(Some(page)) => {
            let bytes = snapshot.files.get_shared(&page).unwrap_or_default();
            respond(StatusCode::NOT_FOUND, &page, bytes)
        }
        Resolved::NotFound(None) if !snapshot.ok => {
            let html = failed_page();
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response()
        }
        Resolved::NotFound(None) => {
            (StatusCode::NOT_FOUND, text(&msg("serve-not-found"))).into_response()
        }
        Resolved::BadRequest => {
            (StatusCode::BAD_REQUEST, text(&msg("serve-bad-request"))).into_response()
        }
    }
}

fn respond(status: StatusCode, path: &str, bytes: bytes::Bytes) -> Response {
    let content_type = content_type(path);
    let body = if content_type.starts_with("text/html") {
        bytes::Bytes::from(inject_live_reload(&bytes))
    } else {
        bytes
    };
    (
        status,
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// The live-reload script tag, placed before the last `</body>`.
fn inject_live_reload(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{LIVE_TAG}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{LIVE_TAG}").into_bytes(),
    }
}

/// What a request path maps to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    File(String),
    Redirect(String),
    /// Not found; the 404 page to show, if the site has one.
    NotFound(Option<String>),
    BadRequest,
}

/// Maps a URL path to a file of `files`. Pure, so it is tested on its own.
/// Encoded or plain `..`, backslashes and NUL are refused; directories are
/// only ever answered with their `index.html`.
pub fn resolve(path: &str, files: &Output) -> Resolved {
    let Ok(decoded) = percent_encoding::percent_decode_str(path).decode_utf8() else {
        return Resolved::BadRequest;
    };
    if decoded.contains(['\\', '\0']) || decoded.split('/').any(|s| s == ".." || s == ".") {
        return Resolved::BadRequest;
    }
    let trimmed = decoded.trim_start_matches('/');
    let key = if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    };
    if files.get(&key).is_some() {
        return Resolved::File(key);
    }
    if !trimmed.is_empty()
        && !trimmed.ends_with('/')
        && files.get(&format!("{trimmed}/index.html")).is_some()
    {
        return Resolved::Redirect(format!("/{trimmed}/"));
    }
    let lang_404 = trimmed
        .split('/')
        .next()
        .map(|lang| format!("{lang}/404.html"));
    let page = lang_404
        .filter(|p| files.get(p).is_some())
        .or_else(|| files.get("404.html").map(|_| "404.html".to_string()));
    Resolved::NotFound(page)
}

fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" | "jfif" | "jpe" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Output {
        let mut o = Output::new();
        for f in [
            "index.html",
            "404.html",
            "lv/index.html",
            "lv/404.html",
            "lt/naujienos/index.html",
            "assets/style.css",
        ] {
            o.insert(f, b"<html><body>x</body></html>".to_vec())
                .unwrap();
        }
        o
    }

    #[test]
    fn paths_map_to_files_folders_and_redirects() {
        let f = files();
        assert_eq!(resolve("/", &f), Resolved::File("index.html".into()));
        assert_eq!(resolve("/lv/", &f), Resolved::File("lv/index.html".into()));
        assert_eq!(
            resolve("/assets/style.css", &f),
            Resolved::File("assets/style.css".into())
        );
        assert_eq!(
            resolve("/lt/naujienos", &f),
            Resolved::Redirect("/lt/naujienos/".into())
        );
        assert_eq!(
            resolve("/lv/nav", &f),
            Resolved::NotFound(Some("lv/404.html".into()))
        );
        assert_eq!(
            resolve("/lt/nav", &f),
            Resolved::NotFound(Some("404.html".into()))
        );
    }

    #[test]
    fn traversal_attempts_are_refused() {
        let f = files();
        for bad in [
            "/../etc/passwd",
            "/lv/../../x",
            "/%2e%2e/etc/passwd",
            "/lv/%2E%2E/%2e%2e/x",
            "/a\\..\\b",
            "/%5c..%5cx",
            "/x%00",
            "/%ff",
        ] {
            assert_eq!(resolve(bad, &f), Resolved::BadRequest, "{bad}");
        }
    }

    #[test]
    fn live_reload_goes_before_the_body_end() {
        let out = String::from_utf8(inject_live_reload(b"<html><body>x</body></html>")).unwrap();
        assert_eq!(out, format!("<html><body>x{LIVE_TAG}</body></html>"));
    }

    #[test]
    fn content_types_are_specific_and_utf8() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("assets/eu-emblem.svg"), "image/svg+xml");
        assert_eq!(content_type("lv/event.ics"), "text/calendar; charset=utf-8");
    }
}
