//! `tilts serve` end to end: a real server on a free loopback port, real
//! HTTP requests, real file edits.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Server {
    child: Child,
    addr: String,
    /// What the server printed on stdout so far.
    printed: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    /// What the server printed on stderr so far.
    errors: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Server {
    /// How many builds the server has reported ("Built in … ms").
    fn builds(&self) -> usize {
        let printed = self.printed.lock().unwrap();
        printed.iter().filter(|l| l.starts_with("Built in")).count()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(root: &std::path::Path, extra: &[&str]) -> Server {
    let mut args = vec!["--root", root.to_str().unwrap()];
    args.extend_from_slice(extra);
    serve_in(&std::env::current_dir().unwrap(), &args)
}

/// `tilts serve --port 0 ARGS` started in the folder `cwd`, as a person
/// would start it from a terminal there.
fn serve_in(cwd: &std::path::Path, args: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tilts"))
        .current_dir(cwd)
        .args(["serve", "--port", "0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let errors = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let keep_errors = errors.clone();
    std::thread::spawn(move || {
        for line in stderr.map_while(Result::ok) {
            keep_errors.lock().unwrap().push(line);
        }
    });
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let printed = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let addr = loop {
        let line = lines.next().expect("serve printed its address").unwrap();
        printed.lock().unwrap().push(line.clone());
        // "Serving DIR at http://…", in any language.
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().to_string();
        }
    };
    // Keep reading stdout so the server never blocks on a full pipe.
    let keep = printed.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            keep.lock().unwrap().push(line);
        }
    });
    Server {
        child,
        addr,
        printed,
        errors,
    }
}

/// A minimal HTTP/1.1 GET: (status, body).
fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("timed out waiting for {what}");
}

const ITEM: &str = "content/news/first.lv.md";
const ITEM_URL: &str = "/lv/jaunumi/projekts-ir-sacies/";

#[test]
fn serves_pages_and_reflects_edits() {
    let site = starter();
    let server = serve(site.path(), &[]);
    let (status, body) = get(&server.addr, ITEM_URL);
    assert_eq!(status, 200);
    assert!(body.contains("<html lang=\"lv\">"));
    assert!(body.contains("<script src=\"/__tilts/live.js\" defer></script></body>"));
    // Links point at the local server.
    assert!(body.contains(&format!(
        "<link rel=\"canonical\" href=\"http://{}{ITEM_URL}\">",
        server.addr
    )));

    replace_in(
        site.path(),
        ITEM,
        "Šeit rakstiet ziņas tekstu.",
        "Jauns teksts no redaktora.",
    );
    wait_for("the edit to be served", || {
        get(&server.addr, ITEM_URL)
            .1
            .contains("Jauns teksts no redaktora.")
    });
    assert!(
        !site.path().join("public").exists(),
        "serve never writes into the site folder"
    );
}

/// Every file under `dir` but the photo cache, as sorted relative paths.
fn sources(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".tilts-cache")
        .map(|e| {
            e.unwrap()
                .path()
                .strip_prefix(dir)
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    files.sort();
    files
}

/// What the README says: serve writes nothing into the site folder but
/// the photo cache in `.tilts-cache/` (which `build` shares).
#[test]
fn serve_writes_only_the_photo_cache_into_the_site_folder() {
    let site = starter();
    let photo = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8, y as u8, 90]));
    std::fs::create_dir_all(site.path().join("static/images")).unwrap();
    photo
        .save(site.path().join("static/images/photo.jpg"))
        .unwrap();
    let before = sources(site.path());
    let server = serve(site.path(), &[]);
    wait_for("the photo to be served", || {
        get(&server.addr, "/images/photo.w64.webp").0 == 200
    });
    assert_eq!(sources(site.path()), before);
    let cache = site.path().join(".tilts-cache/images");
    assert!(
        std::fs::read_dir(&cache).unwrap().count() >= 1,
        "the photo is kept in the cache"
    );
}

#[test]
fn a_broken_edit_keeps_the_last_good_page_and_reports_the_error() {
    let site = starter();
    let server = serve(site.path(), &[]);
    let (_, good) = get(&server.addr, ITEM_URL);
    replace_in(site.path(), ITEM, "date: 2026-01-15", "date: 2026-13-45");
    wait_for("the failed build to be reported", || {
        get(&server.addr, "/__tilts/status")
            .1
            .contains("\"ok\":false")
    });
    let (_, status) = get(&server.addr, "/__tilts/status");
    assert!(status.contains("content/news/first.lv.md:3:7"), "{status}");
    assert!(status.contains("is not a date"), "{status}");
    let (code, still) = get(&server.addr, ITEM_URL);
    assert_eq!(code, 200);
    assert_eq!(still, good, "the last good page is still served");

    replace_in(site.path(), ITEM, "date: 2026-13-45", "date: 2026-01-16");
    wait_for("recovery", || {
        get(&server.addr, "/__tilts/status")
            .1
            .contains("\"ok\":true")
    });
    assert!(
        get(&server.addr, ITEM_URL)
            .1
            .contains("Publicēts <time datetime=\"2026-01-16\">2026. gada 16. janvārī</time>")
    );
}

/// The log, the overlay's words and the page before a first good build
/// are in the language of `--messages` (#32 item 1).
#[test]
fn the_preview_speaks_the_users_language() {
    let site = starter();
    replace_in(site.path(), ITEM, "date: 2026-01-15", "date: 2026-13-45");
    let server = serve(site.path(), &["--messages", "lv"]);
    let serving = server.printed.lock().unwrap()[0].clone();
    assert!(serving.starts_with("Vietne "), "{serving}");
    assert!(serving.contains(" ir redzama adresē http://"), "{serving}");
    let (_, status) = get(&server.addr, "/__tilts/status");
    assert!(status.contains("\"ok\":false"), "{status}");
    for said in [
        "\"label\":\"kļūda\"",
        "\"title\":\"Pēdējo izmaiņu neizdevās uzbūvēt.",
        "\"close\":\"Aizvērt\"",
        "\"hint\":\"padoms\"",
        "nav datums",
    ] {
        assert!(status.contains(said), "{said}: {status}");
    }
    let (code, page) = get(&server.addr, "/lv/");
    assert_eq!(code, 503);
    assert!(page.contains("<html lang=\"lv\">"), "{page}");
    assert!(page.contains("Vietni vēl neizdevās uzbūvēt"), "{page}");
    assert!(!page.contains("could not be built"), "{page}");
}

#[test]
fn a_link_the_built_site_lacks_keeps_the_last_good_page_after_the_early_one() {
    // The edited page goes out before the checks of the built site; when
    // they find an error, the last good page comes back with the report.
    let site = starter();
    let server = serve(site.path(), &[]);
    let (_, good) = get(&server.addr, ITEM_URL);
    replace_in(
        site.path(),
        ITEM,
        "Šeit rakstiet ziņas tekstu.",
        "Skatīt [nekurieni](/lv/nav-tadas-lapas/).",
    );
    wait_for("the failed build to be reported", || {
        get(&server.addr, "/__tilts/status")
            .1
            .contains("\"ok\":false")
    });
    let (_, status) = get(&server.addr, "/__tilts/status");
    assert!(status.contains("/lv/nav-tadas-lapas/"), "{status}");
    let (code, still) = get(&server.addr, ITEM_URL);
    assert_eq!(code, 200);
    assert_eq!(still, good, "the last good page is served again");
}

#[test]
fn reading_the_sources_does_not_start_another_build() {
    // A build reads every source; inotify reports reads as events. They
    // must not start a new build (which would read again, for ever).
    let site = starter();
    let server = serve(site.path(), &[]);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(server.builds(), 1, "only the first build, with no edits");
    replace_in(
        site.path(),
        ITEM,
        "Šeit rakstiet ziņas tekstu.",
        "Vēl viens teksts.",
    );
    wait_for("the rebuild", || server.builds() == 2);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(server.builds(), 2, "one build per edit");
}

#[test]
fn a_save_that_pauses_between_truncating_and_writing_builds_once() {
    // Some programs truncate a file, then write it; under load the two can
    // be far apart. The preview waits for the file to be closed, and does
    // not build the empty file in between.
    let site = starter();
    let server = serve(site.path(), &[]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(server.builds(), 1);
    let path = site.path().join(ITEM);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Šeit rakstiet ziņas tekstu.", "Pēc pauzes ierakstīts.");
    // Truncated; a pause; the whole front matter and part of the text; a
    // pause; the rest; a pause; closed. A build of either half-saved state
    // would succeed, and count.
    let (first, rest) = text.split_at(text.find("Pēc pauzes").unwrap() + 3);
    let mut file = std::fs::File::create(&path).unwrap();
    for part in [first, rest] {
        std::thread::sleep(Duration::from_millis(300));
        file.write_all(part.as_bytes()).unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    drop(file);
    wait_for("the rebuild", || server.builds() >= 2);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(server.builds(), 2, "one build for the save");
    assert!(
        get(&server.addr, ITEM_URL)
            .1
            .contains("Pēc pauzes ierakstīts.")
    );
}

#[test]
fn connected_browsers_get_the_reload_signal() {
    let site = starter();
    let server = serve(site.path(), &[]);
    let mut s = TcpStream::connect(&server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET /__tilts/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
        server.addr
    )
    .unwrap();
    let mut reader = BufReader::new(s);
    let mut line = String::new();
    // Headers first.
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
    }
    replace_in(
        site.path(),
        ITEM,
        "Šeit rakstiet ziņas tekstu.",
        "Vēl viens teksts.",
    );
    let start = Instant::now();
    loop {
        line.clear();
        reader
            .read_line(&mut line)
            .expect("the event stream stays open");
        if line.contains("event: reload") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no reload event");
    }
    // The edited page went out before the rest of the build: the rest
    // (search index, feeds) follows without a second reload.
    wait_for("the build to finish", || server.builds() == 2);
    reader
        .get_mut()
        .set_read_timeout(Some(Duration::from_millis(1500)))
        .unwrap();
    let mut rest = String::new();
    while let Ok(n) = reader.read_line(&mut rest) {
        if n == 0 {
            break;
        }
    }
    assert!(!rest.contains("event: reload"), "a second reload: {rest}");
}

#[test]
fn only_site_files_are_served() {
    let site = starter();
    let server = serve(site.path(), &["--poll"]);
    for bad in [
        "/../content/site.yaml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/lv/..%2f..%2fetc/passwd",
        "/a\\..\\b",
    ] {
        assert_eq!(get(&server.addr, bad).0, 400, "{bad}");
    }
    assert_eq!(get(&server.addr, "/content/site.yaml").0, 404);
    let (code, body) = get(&server.addr, "/lt/nav-tada/");
    assert_eq!(code, 404);
    assert!(
        body.contains("Puslapis nerastas"),
        "the language's own 404 page"
    );
    assert_eq!(get(&server.addr, "/lv/jaunumi").0, 301);
    assert_eq!(
        get(&server.addr, "/assets/").0,
        404,
        "no directory listings"
    );
}

#[test]
fn warns_when_bound_beyond_loopback() {
    let site = starter();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tilts"))
        .args([
            "serve",
            "--port",
            "0",
            "--bind",
            "0.0.0.0",
            "--root",
            site.path().to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let warned = lines.any(|l| l.unwrap().contains("warning: serving on 0.0.0.0"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(warned);
}

#[test]
fn requests_during_rebuilds_always_get_a_whole_page() {
    let site = starter();
    let server = serve(site.path(), &[]);
    let addr = server.addr.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let addr = addr.clone();
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut seen = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) && seen < 2000 {
                    let (code, body) = get(&addr, ITEM_URL);
                    assert_eq!(code, 200);
                    assert!(body.trim_end().ends_with("</html>"), "a whole page");
                    assert!(
                        body.contains("Versija A")
                            || body.contains("Versija B")
                            || body.contains("Šeit rakstiet"),
                        "old or new, never a mix"
                    );
                    seen += 1;
                }
                seen
            })
        })
        .collect();
    let mut text = "Šeit rakstiet ziņas tekstu.".to_string();
    for i in 0..6 {
        let next = if i % 2 == 0 {
            "Versija A."
        } else {
            "Versija B."
        };
        replace_in(site.path(), ITEM, &text, next);
        text = next.to_string();
        let marker = next.trim_end_matches('.').to_string();
        wait_for("the rebuild", || get(&addr, ITEM_URL).1.contains(&marker));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let total: usize = readers
        .into_iter()
        .map(|r| r.join().expect("no reader saw a broken page"))
        .sum();
    assert!(total > 20, "{total} requests");
}

#[test]
fn editors_atomic_saves_and_data_and_string_changes_are_picked_up() {
    let site = starter();
    let server = serve(site.path(), &[]);
    // An editor's atomic save: write a temporary file, then rename it over the original.
    let path = site.path().join(ITEM);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Šeit rakstiet ziņas tekstu.", "Saglabāts ar pārdēvēšanu.");
    let tmp = site.path().join("content/news/.first.lv.md.swp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    wait_for("the renamed file to be served", || {
        get(&server.addr, ITEM_URL)
            .1
            .contains("Saglabāts ar pārdēvēšanu.")
    });

    replace_in(
        site.path(),
        "content/data/partners.yaml",
        "lv: Partneris Lietuvā",
        "lv: Jauns partneris",
    );
    wait_for("the data change", || {
        get(&server.addr, "/lv/partneri/")
            .1
            .contains("Jauns partneris")
    });

    replace_in(
        site.path(),
        "i18n/lt.ftl",
        "nav-home = Pradžia",
        "nav-home = Pradinis",
    );
    wait_for("the UI string change", || {
        get(&server.addr, "/lt/").1.contains(">Pradinis</a>")
    });
}

/// Every kind of edit an author makes, each of which must be served.
fn every_kind_of_edit_is_served(server: &Server, site: &std::path::Path) {
    // A plain write.
    replace_in(
        site,
        ITEM,
        "Šeit rakstiet ziņas tekstu.",
        "Pirmais labojums.",
    );
    wait_for("a plain write to be served", || {
        get(&server.addr, ITEM_URL).1.contains("Pirmais labojums.")
    });
    // An editor's atomic save: a temporary file renamed over the original.
    let path = site.join(ITEM);
    let text = std::fs::read_to_string(&path).unwrap();
    let tmp = site.join("content/news/.first.lv.md.tmp");
    std::fs::write(&tmp, text.replace("Pirmais labojums.", "Otrais labojums.")).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    wait_for("an atomic save to be served", || {
        get(&server.addr, ITEM_URL).1.contains("Otrais labojums.")
    });
    // `sed -i`, which writes a new file and renames it, as its users run it.
    let sed = Command::new("sed")
        .current_dir(site)
        .args(["-i", "s/Otrais labojums./Trešais labojums./", ITEM])
        .status()
        .unwrap();
    assert!(sed.success());
    wait_for("a sed -i edit to be served", || {
        get(&server.addr, ITEM_URL).1.contains("Trešais labojums.")
    });
    // A new file, then the same file deleted.
    write(
        site,
        "content/news/second.lv.md",
        "---\ntitle: Otrā ziņa\ndate: 2026-02-01\nsummary: Vēl viena.\n---\nVēl viena ziņa.\n",
    );
    let second = "/lv/jaunumi/otra-zina/";
    wait_for("a new file to be served", || {
        get(&server.addr, second).0 == 200
    });
    std::fs::remove_file(site.join("content/news/second.lv.md")).unwrap();
    wait_for("a deleted file to be gone", || {
        get(&server.addr, second).0 == 404
    });
}

#[test]
fn serve_started_inside_the_site_folder_without_root_sees_every_edit() {
    let site = starter();
    let server = serve_in(site.path(), &[]);
    let started = Instant::now();
    replace_in(
        site.path(),
        ITEM,
        "Šeit rakstiet ziņas tekstu.",
        "Ātrs labojums.",
    );
    wait_for("the edit to be served", || {
        get(&server.addr, ITEM_URL).1.contains("Ātrs labojums.")
    });
    // Generous for a shared machine; the debounce is 20 ms.
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "the edit took {:?} to show",
        started.elapsed()
    );
    replace_in(
        site.path(),
        ITEM,
        "Ātrs labojums.",
        "Šeit rakstiet ziņas tekstu.",
    );
    every_kind_of_edit_is_served(&server, site.path());
    assert!(!site.path().join("public").exists());
}

#[test]
fn serve_with_a_relative_root_sees_every_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    tilts::init::create_site(&site).unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let server = serve_in(&elsewhere, &["--root", "../site"]);
    every_kind_of_edit_is_served(&server, &site);
}

/// A GET with the given `Host` header: the status code.
fn status_with_host(addr: &str, host: &str) -> u16 {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET /lv/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    let _ = s.read_to_string(&mut raw);
    raw.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn only_requests_naming_the_server_are_answered() {
    let site = starter();
    let server = serve(site.path(), &[]);
    let port = server.addr.rsplit(':').next().unwrap();
    for host in [
        server.addr.clone(),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ] {
        assert_eq!(status_with_host(&server.addr, &host), 200, "{host}");
    }
    // A name that a hostile page's DNS points at 127.0.0.1 (DNS rebinding).
    for host in [
        format!("rebind.example:{port}"),
        "attacker.test".to_string(),
    ] {
        assert_eq!(status_with_host(&server.addr, &host), 421, "{host}");
    }
}

#[test]
fn idle_connections_are_closed() {
    let site = starter();
    let server = serve(site.path(), &["--idle-timeout", "1"]);
    // A connection that never sends a request.
    let mut silent = TcpStream::connect(&server.addr).unwrap();
    silent
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let start = Instant::now();
    let mut buf = [0u8; 64];
    let n = silent.read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0, "the server closes a silent connection");
    assert!(start.elapsed() < Duration::from_secs(10));
    // A kept-alive connection after its answer.
    let mut kept = TcpStream::connect(&server.addr).unwrap();
    kept.set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    write!(kept, "GET /lv/ HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr).unwrap();
    let mut raw = Vec::new();
    let start = Instant::now();
    let mut chunk = [0u8; 8192];
    loop {
        match kept.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&chunk[..n]),
        }
    }
    assert!(String::from_utf8_lossy(&raw).starts_with("HTTP/1.1 200"));
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "closed after idling"
    );
}

#[test]
fn serve_survives_ui_strings_that_would_crash_the_parser() {
    let site = starter();
    let server = serve(site.path(), &[]);
    let deep = format!("deep = {}\"x\"{}\n", "{ ".repeat(20000), " }".repeat(20000));
    let path = site.path().join("i18n/lv.ftl");
    let original = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{original}{deep}")).unwrap();
    wait_for("the nesting to be reported in the .ftl file", || {
        let (_, status) = get(&server.addr, "/__tilts/status");
        status.contains("i18n/lv.ftl:") && status.contains("nested more than 30 deep")
    });
    assert_eq!(get(&server.addr, ITEM_URL).0, 200, "still serving");
    std::fs::write(&path, original).unwrap();
    wait_for("recovery", || {
        get(&server.addr, "/__tilts/status")
            .1
            .contains("\"ok\":true")
    });
}

#[test]
fn a_busy_port_names_a_free_one() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = starter();
    let o = tilts(&[
        "serve",
        "--root",
        site.path().to_str().unwrap(),
        "--port",
        &port,
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("port {port} on 127.0.0.1 is already in use")),
        "{err}"
    );
    let suggested: u16 = err
        .split("try --port ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        std::net::TcpListener::bind(("127.0.0.1", suggested)).is_ok(),
        "{err}"
    );
}

const LV_ITEM: &str = "content/news/2018-05-21-auce-projekta.lv.md";
const LV_ITEM_URL: &str = "/lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/";

/// A misspelling saved in a news item is shown in `serve`: in the status
/// the page's panel reads, at its line and column, and in the terminal;
/// fixing it makes it go (#32 item 5).
#[test]
fn a_misspelling_is_shown_after_an_edit_and_goes_when_fixed() {
    if !std::path::Path::new("/usr/share/hunspell/lv_LV.aff").is_file() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install hunspell-lv"
        );
        return eprintln!("skipped: install hunspell-lv to run this test");
    }
    let site = example_copy();
    let server = serve(site.path(), &["--messages", "en"]);
    let status = |page: &str| get(&server.addr, &format!("/__tilts/status?page={page}")).1;
    let page = LV_ITEM_URL.replace('/', "%2F");
    assert!(
        status(&page).contains("\"proofing\":[]"),
        "{}",
        status(&page)
    );

    let builds = server.builds();
    replace_in(
        site.path(),
        LV_ITEM,
        "Auces novada pašvaldība kopā",
        "Auces novada pasvaldibba kopā",
    );
    wait_for("the misspelling to be found", || {
        status(&page).contains("pasvaldibba")
    });
    let found = status(&page);
    assert!(found.contains("\"line\":8,\"column\":14"), "{found}");
    assert!(
        found.contains(&format!("\"location\":\"{LV_ITEM}:8:14\"")),
        "{found}"
    );
    assert!(found.contains("unknown word “pasvaldibba”"), "{found}");
    assert!(found.contains("\"count\":\"1 finding\""), "{found}");
    // Other pages do not show it.
    assert!(status("/lv/").contains("\"proofing\":[]"));
    // The terminal lists it, one line, as `check` says it.
    let line = format!("{LV_ITEM}:8:14: warning: unknown word “pasvaldibba”");
    wait_for("the terminal to list it", || {
        server
            .errors
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with(&line))
    });
    assert!(server.builds() > builds);

    replace_in(site.path(), LV_ITEM, "pasvaldibba", "pašvaldība");
    // ("projektss" would do as well, but the site's words accept any
    // ending of the data files' "Projekts…".)
    wait_for("the finding to go", || {
        !status(&page).contains("pasvaldibba")
    });
    assert!(status(&page).contains("\"proofing\":[]"));
}

/// The findings of the first build are listed too, and the panel and the
/// terminal speak the language of `--messages`.
#[test]
fn proofreading_findings_are_in_the_users_language() {
    if !std::path::Path::new("/usr/share/hunspell/lv_LV.aff").is_file() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install hunspell-lv"
        );
        return eprintln!("skipped: install hunspell-lv to run this test");
    }
    let site = example_copy();
    replace_in(
        site.path(),
        LV_ITEM,
        "Auces novada pašvaldība kopā",
        "Auces novada pasvaldibba kopā",
    );
    let server = serve(site.path(), &["--messages", "lv"]);
    let (_, status) = get(
        &server.addr,
        &format!("/__tilts/status?page={LV_ITEM_URL}index.html"),
    );
    for said in [
        "\"message\":\"nezināms vārds „pasvaldibba“",
        "\"count\":\"1 piezīme\"",
        "\"title\":\"Pareizrakstība un tipogrāfija šajā lapā\"",
        "\"close\":\"Aizvērt\"",
    ] {
        assert!(status.contains(said), "{said}: {status}");
    }
    let line = format!("{LV_ITEM}:8:14: brīdinājums: nezināms vārds „pasvaldibba“");
    wait_for("the terminal to list it", || {
        server
            .errors
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.starts_with(&line))
    });
}

/// `serve --no-proofing` reads no spelling.
#[test]
fn serve_without_proofing_shows_no_findings() {
    let site = example_copy();
    replace_in(
        site.path(),
        LV_ITEM,
        "Auces novada pašvaldība kopā",
        "Auces novada pasvaldibba kopā",
    );
    let server = serve(site.path(), &["--no-proofing", "--messages", "en"]);
    let (_, status) = get(&server.addr, &format!("/__tilts/status?page={LV_ITEM_URL}"));
    assert!(status.contains("\"proofing\":[]"), "{status}");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        !server
            .errors
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("pasvaldibba"))
    );
}
