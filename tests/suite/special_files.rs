//! Pipes, sockets and links in the site folder: refused with a message,
//! never waited on; links anywhere on a folder's path are not followed, and
//! the warnings about them reach the user.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// `tilts build` in `root`, killed (and the test failed) if it hangs.
fn build_within_a_minute(root: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tilts"))
        .args(["build", "--root", root.to_str().unwrap()])
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("tilts build hung on {}", root.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn mkfifo(path: &Path) {
    let _ = std::fs::remove_file(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[test]
fn pipes_anywhere_tilts_reads_are_refused_without_waiting() {
    for rel in [
        "content/news/pipe.lv.md",
        "content/site.yaml",
        "content/data/partners.yaml",
        "i18n/lv.ftl",
        "templates/page.html",
        "static/files/pipe.txt",
        "themes/default/static/x.css",
    ] {
        let site = starter();
        mkfifo(&site.path().join(rel));
        let (code, err) = build_within_a_minute(site.path());
        assert_eq!(code, Some(1), "{rel}: {err}");
        let line = err
            .lines()
            .find(|l| l.starts_with(&format!("{rel}: error: ")))
            .unwrap_or_else(|| panic!("{rel}: {err}"));
        assert!(
            line.contains("this is a named pipe (FIFO), not a file"),
            "{rel}: {err}"
        );
        assert!(!site.path().join("public").exists());
    }
}

#[test]
fn a_socket_in_static_is_refused() {
    let site = starter();
    let path = site.path().join("static/app.sock");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(&path).unwrap();
    let (code, err) = build_within_a_minute(site.path());
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("static/app.sock: error: this is a socket"),
        "{err}"
    );
}

#[test]
fn the_read_limit_holds_for_files_that_report_no_size() {
    // Files of the kernel's report a size of 0 and have content.
    let err = tilts::fsio::read_walked_file_up_to(Path::new("/proc/self/status"), 10)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("more than 0 MB") || err.contains("too large"),
        "{err}"
    );
    assert!(tilts::fsio::read_walked_file_up_to(Path::new("/proc/self/status"), 1 << 20).is_ok());
}

#[test]
fn a_linked_themes_folder_leading_outside_is_not_read_and_the_user_is_told() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    tilts::init::create_site(&site).unwrap();
    let outside = tmp.path().join("outside");
    write(
        &outside,
        "default/templates/page.html",
        "{% extends \"base.html\" %}{% block content %}OUTSIDE{% endblock content %}",
    );
    std::os::unix::fs::symlink(&outside, site.join("themes")).unwrap();
    // A link to a file inside templates/ is skipped with a warning too.
    write(&site, "elsewhere.html", "LINKED");
    std::fs::create_dir_all(site.join("templates")).unwrap();
    std::os::unix::fs::symlink(site.join("elsewhere.html"), site.join("templates/x.html")).unwrap();
    let (code, err) = build_within_a_minute(&site);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("themes/default/templates: warning: this folder is a link to a place outside the site folder"),
        "{err}"
    );
    assert!(
        err.contains("templates/x.html: warning: symbolic links are not followed"),
        "{err}"
    );
    let built: Vec<_> = walkdir::WalkDir::new(site.join("public"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .filter(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains("OUTSIDE")))
        .collect();
    assert!(built.is_empty(), "{built:?}");
}

/// Pipes in the places tilts keeps for itself (the output's lock, the
/// photo cache's index and entries) are not waited on: the build goes on.
#[test]
fn pipes_in_tilts_own_files_are_not_waited_on() {
    let site = starter();
    let root = site.path();
    std::fs::create_dir_all(root.join("static/images")).unwrap();
    image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8, y as u8, 9]))
        .save(root.join("static/images/a.jpg"))
        .unwrap();
    let (code, err) = build_within_a_minute(root);
    assert_eq!(code, Some(0), "{err}");
    mkfifo(&root.join(".public.tilts-lock"));
    mkfifo(&root.join(".tilts-cache/images/stamps.json"));
    let entry = std::fs::read_dir(root.join(".tilts-cache/images"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap();
    mkfifo(&entry.join("entry.json"));
    let (code, err) = build_within_a_minute(root);
    assert_eq!(code, Some(0), "{err}");
    assert!(root.join("public/images/a.w64.webp").is_file());
}
