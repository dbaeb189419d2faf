//! The output can never hold the sources, a linked output is written
//! through, only tilts' own leftovers are cleaned, and builds of one output
//! take turns by a lock rather than by process ids.

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::*;

/// Every file under `dir`, as sorted relative paths.
fn listing(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| e.path().strip_prefix(dir).unwrap().display().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn an_output_on_the_sources_is_refused_even_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    tilts::init::create_site(&site).unwrap();
    std::fs::create_dir_all(site.join("static/img")).unwrap();
    std::fs::create_dir_all(site.join("templates")).unwrap();
    std::fs::create_dir_all(site.join(".git/objects")).unwrap();
    // A link into the sources, then `..`: the kernel resolves `..` from
    // the link's target, so these mean content/news and content/.
    std::os::unix::fs::symlink(site.join("content/news"), tmp.path().join("link")).unwrap();
    let before = listing(tmp.path());
    for (cwd, output) in [
        (&site, "."),
        (&site, ".."),
        (&site, "content"),
        (&site, "content/news/out"),
        (&site, "i18n"),
        (&site, "themes/x"),
        (&site, "templates"),
        (&site, "static/img"),
        (&tmp.path().to_path_buf(), "site"),
        (&tmp.path().to_path_buf(), "/"),
        (&site, "../link/new/.."),
        (&site, "../link/new/../.."),
        (&tmp.path().to_path_buf(), "link/a/b/../.."),
        (&site, ".git"),
        (&site, ".git/objects/x"),
    ] {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
            .current_dir(cwd)
            .args(["build", "--root", site.to_str().unwrap(), "--force"])
            .args(["--output", output])
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "--output {output}: {err}");
        assert!(err.contains(output), "names the output: {err}");
        assert!(
            err.contains(&std::fs::canonicalize(&site).unwrap().display().to_string()),
            "names the site: {err}"
        );
        assert_eq!(
            listing(tmp.path()),
            before,
            "--output {output} changed files"
        );
    }
}

#[test]
fn a_missing_root_is_an_error_and_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-site");
    for args in [
        vec!["build", "--root", missing.to_str().unwrap()],
        vec!["check", "--root", missing.to_str().unwrap()],
        vec!["serve", "--port", "0", "--root", missing.to_str().unwrap()],
        vec!["new", "news", "X", "--root", missing.to_str().unwrap()],
    ] {
        let o = tilts(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains("no-such-site"), "{}", stderr(&o));
        assert!(!missing.exists(), "{args:?} created the site folder");
    }
    assert!(listing(tmp.path()).len() == 1, "{:?}", listing(tmp.path()));
}

#[test]
fn a_linked_output_is_written_through_and_the_link_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    tilts::init::create_site(&site).unwrap();
    let www = tmp.path().join("www");
    std::fs::create_dir(&www).unwrap();
    std::os::unix::fs::symlink(&www, site.join("public")).unwrap();
    for _ in 0..2 {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
            .current_dir(&site)
            .arg("build")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let link = std::fs::symlink_metadata(site.join("public")).unwrap();
        assert!(link.file_type().is_symlink(), "the link is kept");
        assert!(www.join("lv/index.html").is_file(), "written to the target");
    }
    // A link to the sources is refused like the sources themselves.
    std::fs::remove_file(site.join("public")).unwrap();
    std::os::unix::fs::symlink(site.join("content"), site.join("public")).unwrap();
    let o = tilts(&["build", "--root", site.to_str().unwrap(), "--force"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(site.join("content/site.yaml").is_file());
}

#[test]
fn only_tilts_leftovers_are_cleaned() {
    let site = starter();
    let root = site.path();
    // A user's folders that look like leftovers, and real leftovers of a
    // build killed in another PID namespace (its id is alive here: 1).
    write(root, ".public.old-2024/index.html", "my archive");
    write(root, ".public.staging-backup/notes.txt", "mine");
    write(root, ".public.staging-1-abcdef/.tilts-staging", "");
    write(root, ".public.staging-1-abcdef/lv/index.html", "half");
    write(root, ".public.old-1/.tilts-staging", "");
    std::fs::create_dir(root.join(".public.staging-2-empty")).unwrap();
    let o = tilts(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(root.join(".public.old-2024/index.html")).unwrap(),
        "my archive"
    );
    assert!(root.join(".public.staging-backup/notes.txt").is_file());
    assert!(!root.join(".public.staging-1-abcdef").exists());
    assert!(!root.join(".public.old-1").exists());
    assert!(!root.join(".public.staging-2-empty").exists());
    assert!(!root.join("public/.tilts-staging").exists());
}

#[test]
fn a_build_waits_for_another_holding_the_lock() {
    use rustix::fs::{FlockOperation, flock};
    let site = starter();
    let root = site.path();
    // Another build, in a process whose id this one cannot see, is writing:
    // it holds the lock and has a staging folder with a dead-looking id.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(root.join(".public.tilts-lock"))
        .unwrap();
    flock(&lock, FlockOperation::LockExclusive).unwrap();
    write(root, ".public.staging-999999-xyzxyz/.tilts-staging", "");
    write(
        root,
        ".public.staging-999999-xyzxyz/lv/index.html",
        "theirs",
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        .args(["build", "--root", root.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(child.try_wait().unwrap().is_none(), "the build waits");
    assert!(
        root.join(".public.staging-999999-xyzxyz/lv/index.html")
            .is_file(),
        "the other build's staging folder is left alone while it runs"
    );
    assert!(!root.join("public").exists());
    drop(lock);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("waiting"));
    assert!(root.join("public/lv/index.html").is_file());
}

#[test]
fn concurrent_builds_of_one_output_all_succeed_and_leave_a_whole_site() {
    let site = starter();
    let root = site.path().to_str().unwrap().to_string();
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
                .args(["build", "--quiet", "--root", &root])
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert!(site.path().join("public/lv/index.html").is_file());
    let stray: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-") || n.contains(".old-"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

/// The marker put into the outgoing output and the lock beside it are
/// made anew: a link planted by either name, pointing at an author's
/// file or a place outside, is neither written through nor followed.
#[test]
fn links_planted_by_the_marker_and_lock_names_are_not_written_through() {
    let site = starter();
    let root = site.path();
    let o = tilts(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let victim = root.join("content/keep.txt");
    std::fs::write(&victim, "what the author wrote").unwrap();
    std::os::unix::fs::symlink(&victim, root.join("public/.tilts-staging")).unwrap();
    let lock = root.join(".public.tilts-lock");
    let _ = std::fs::remove_file(&lock);
    let elsewhere = site.path().join("made-through-the-lock");
    std::os::unix::fs::symlink(&elsewhere, &lock).unwrap();
    let o = tilts(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "what the author wrote"
    );
    assert!(!elsewhere.exists(), "the lock's link was followed");
    assert!(root.join("public/index.html").is_file());
}
