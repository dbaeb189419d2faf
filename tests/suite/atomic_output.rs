//! The published folder is never left half-written: a build that fails, a
//! disk that fills up or a process killed mid-write leaves the previous
//! output byte for byte as it was.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use common::*;

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn leftovers(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-") || n.contains(".old-"))
        .collect()
}

#[test]
fn a_full_disk_half_way_leaves_the_previous_output() {
    let site = starter();
    let out = site.path().join("public");
    let first = build_ok(site.path()).built.unwrap().output;
    first.write_atomically(&out, false).unwrap();
    let before = tree(&out);

    replace_in(
        site.path(),
        "content/news/first.lv.md",
        "Šeit rakstiet",
        "Jauns teksts. Šeit rakstiet",
    );
    let second = build_ok(site.path()).built.unwrap().output;
    let written = std::sync::atomic::AtomicUsize::new(0);
    let err = second
        .write_atomically_with(
            &out,
            false,
            Box::new(move |path, bytes| {
                if written.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 5 {
                    return Err(anyhow::Error::from(std::io::Error::from_raw_os_error(28)));
                }
                tilts::fsio::write(path, bytes)
            }),
        )
        .unwrap_err();
    assert!(
        format!("{err:#}").contains("No space left on device"),
        "{err:#}"
    );
    assert_eq!(tree(&out), before, "the previous output is untouched");
    assert!(
        leftovers(site.path()).is_empty(),
        "the staging folder is removed: {:?}",
        leftovers(site.path())
    );
}

#[test]
fn a_template_error_leaves_the_previous_output() {
    let site = starter();
    let root = site.path().to_str().unwrap();
    assert_eq!(tilts(&["build", "--root", root]).status.code(), Some(0));
    let before = tree(&site.path().join("public"));
    write(
        site.path(),
        "templates/page.html",
        "{% extends \"base.html\" %}{% block content %}{{ page.title | nosuchfilter }}{% endblock content %}",
    );
    write(site.path(), "content/pages/x.lv.md", "---\ntitle: X\n---\n");
    let o = tilts(&["build", "--root", root]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("templates/page.html:1:"),
        "{}",
        stderr(&o)
    );
    assert_eq!(tree(&site.path().join("public")), before);
}

#[test]
fn killing_a_build_mid_write_leaves_the_previous_output() {
    let site = starter();
    for i in 0..1500 {
        write(
            site.path(),
            &format!("content/news/n{i:04}.lv.md"),
            &format!(
                "---\ntitle: Ziņa numur {i}\ndate: 2026-01-{:02}\nsummary: Kopsavilkums {i}.\n---\n{}\n",
                i % 28 + 1,
                "Teksts ar vārdiem. ".repeat(40)
            ),
        );
    }
    let root = site.path().to_str().unwrap();
    let out = site.path().join("public");
    assert_eq!(tilts(&["build", "--root", root]).status.code(), Some(0));
    let before = tree(&out);
    replace_in(
        site.path(),
        "content/news/n0001.lv.md",
        "Kopsavilkums 1.",
        "Jauns kopsavilkums.",
    );

    let mut killed_mid_write = false;
    for _attempt in 0..5 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
            .args(["build", "--root", root])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the staging folder exists, then kill at once.
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if leftovers(site.path())
                .iter()
                .any(|n| n.contains(".staging-"))
            {
                child.kill().unwrap();
                killed_mid_write = true;
                break;
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let status = child.wait().unwrap();
        if killed_mid_write {
            assert!(!status.success());
            break;
        }
        // The build finished before we saw it write: restore and try again.
        std::fs::remove_dir_all(&out).unwrap();
        replace_in(
            site.path(),
            "content/news/n0001.lv.md",
            "Jauns kopsavilkums.",
            "Kopsavilkums 1.",
        );
        assert_eq!(tilts(&["build", "--root", root]).status.code(), Some(0));
        replace_in(
            site.path(),
            "content/news/n0001.lv.md",
            "Kopsavilkums 1.",
            "Jauns kopsavilkums.",
        );
    }
    assert!(killed_mid_write, "the build was never caught writing");
    assert_eq!(
        tree(&out),
        before,
        "the previous output is intact after the kill"
    );

    // The next build completes and clears what the killed one left behind.
    assert_eq!(tilts(&["build", "--root", root]).status.code(), Some(0));
    assert!(
        leftovers(site.path()).is_empty(),
        "{:?}",
        leftovers(site.path())
    );
    assert!(
        std::fs::read_to_string(out.join("lv/jaunumi/zina-numur-1/index.html"))
            .unwrap()
            .contains("Jauns kopsavilkums.")
    );
}

#[test]
fn a_full_disk_is_said_once_and_not_blamed_on_the_site() {
    let site = example_copy();
    let out = site.path().join("public");
    let written = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = written.clone();
    let err = tilts::builder::build_to_disk_with(
        &tilts::BuildOptions::new(site.path()),
        &out,
        false,
        Box::new(move |path, bytes| {
            if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 3 {
                return Err(anyhow::Error::from(std::io::Error::from_raw_os_error(28))
                    .context(format!("cannot write {}", path.display())));
            }
            tilts::fsio::write(path, bytes)
        }),
    )
    .unwrap_err();
    let text = format!("{err:#}");
    assert_eq!(
        text.matches("No space left on device").count(),
        1,
        "said once: {text}"
    );
    assert!(!text.contains("site.yaml"), "{text}");
    assert!(!out.exists());
    // Later files were not even tried.
    assert!(written.load(std::sync::atomic::Ordering::SeqCst) < 10);
}
