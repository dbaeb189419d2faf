//! Measures how long `tilts serve` takes to rebuild after one news item is
//! edited: a warm incremental build, then an edit and a rebuild, five times.
//! This is the library part of serve's latency (file watching adds its
//! 100 ms debounce on top).
//!
//! cargo run --release --example bench_rebuild -- /tmp/corpus

use std::time::Instant;

use tilts::{BuildCache, BuildOptions, build_incremental};

fn main() {
    let root = std::env::args()
        .nth(1)
        .expect("usage: bench_rebuild SITE_DIR");
    let options = BuildOptions::new(&root);
    let mut cache = BuildCache::default();
    let t = Instant::now();
    let first = build_incremental(&options, &mut cache).expect("build");
    assert!(first.built.is_some(), "the site builds");
    println!(
        "warm-up build: {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let file = std::path::Path::new(&root).join("content/news/n000001.lv.md");
    let original = std::fs::read_to_string(&file).expect("the corpus has n000001.lv.md");
    let mut times = Vec::new();
    for i in 0..5 {
        std::fs::write(
            &file,
            original.replacen("\n---\n", &format!("\n---\nLabojums {i}.\n\n"), 1),
        )
        .unwrap();
        let t = Instant::now();
        let r = build_incremental(&options, &mut cache).expect("build");
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let built = r.built.expect("the edit builds");
        let phases: Vec<String> = built
            .phases
            .iter()
            .map(|(n, d)| format!("{n} {:.0}", d.as_secs_f64() * 1000.0))
            .collect();
        println!(
            "rebuild {i}: {ms:.0} ms ({} pages rendered, {} reused; {})",
            built.render_stats.rendered,
            built.render_stats.reused,
            phases.join(", ")
        );
        times.push(ms);
    }
    std::fs::write(&file, original).unwrap();
    times.sort_by(f64::total_cmp);
    println!("median one-item rebuild: {:.0} ms", times[times.len() / 2]);
}
