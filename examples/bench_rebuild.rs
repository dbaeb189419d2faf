//! Measures how long `tilts serve` takes to rebuild after one news item is
//! edited: a warm build, then an edit and a rebuild, five times each for
//! an edit of the body and of the title, as `serve` does it (the watcher
//! names the changed file) and without the watcher's list (every file read
//! and compared). This is the library part of serve's latency: the file
//! watcher's 100 ms debounce comes on top.
//!
//! cargo run --release --example bench_rebuild -- /tmp/corpus
//! (ROUNDS=N for N edits of each kind instead of 5; EDITS=body or
//! EDITS=title for that edit only; PROOFING=0 without the proofreading of
//! the edited file that `serve` does unless `--no-proofing`)

use std::path::Path;
use std::time::Instant;

use tilts::{BuildCache, BuildOptions, build_incremental};

fn main() {
    let root = std::env::args()
        .nth(1)
        .expect("usage: bench_rebuild SITE_DIR");
    let root = Path::new(&root);
    let file = root.join("content/news/n000001.lv.md");
    let original = std::fs::read_to_string(&file).expect("the corpus has n000001.lv.md");
    let body = |i: usize| original.replacen("\n---\n", &format!("\n---\nLabojums {i}.\n\n"), 1);
    let title = |i: usize| original.replacen("title: ", &format!("title: {i} "), 1);
    // EDITS=body (or title) measures only that edit, as serve makes it.
    let only = std::env::var("EDITS").ok();
    let kinds = [("body", true), ("title", true), ("body", false)];
    for (edit, watched) in kinds
        .into_iter()
        .filter(|(e, w)| only.as_deref().is_none_or(|o| o == *e && *w))
    {
        let medians = measure(root, &file, watched, |i| {
            if edit == "body" { body(i) } else { title(i) }
        });
        println!(
            "{edit} edit, {}: median {medians:.0} ms",
            if watched {
                "watcher names the file (serve)"
            } else {
                "every file read and compared"
            }
        );
    }
    std::fs::write(&file, original).unwrap();
}

fn measure(root: &Path, file: &Path, watched: bool, edit: impl Fn(usize) -> String) -> f64 {
    let options = BuildOptions::new(root);
    let mut cache = if watched {
        BuildCache::watched()
    } else {
        BuildCache::default()
    };
    if std::env::var("PROOFING").as_deref() != Ok("0") {
        cache = cache.with_proofreading();
    }
    let t = Instant::now();
    let first = build_incremental(&options, &mut cache).expect("build");
    assert!(first.built.is_some(), "the site builds");
    println!(
        "warm-up build: {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let mut times = Vec::new();
    let rounds = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for i in 0..rounds {
        std::fs::write(file, edit(i)).unwrap();
        let t = Instant::now();
        if watched {
            cache.note_changes(root, &[file.to_path_buf()]);
        }
        let r = build_incremental(&options, &mut cache).expect("build");
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let built = r.built.expect("the edit builds");
        let phases: Vec<String> = built
            .phases
            .iter()
            .map(|(n, d)| format!("{n} {:.1}", d.as_secs_f64() * 1000.0))
            .collect();
        println!(
            "  rebuild {i}: {ms:.0} ms ({} pages rendered, {} reused; {})",
            built.render_stats.rendered,
            built.render_stats.reused,
            phases.join(", ")
        );
        times.push(ms);
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
