//! Build time of 1 MB hostile Markdown files (item 5 of issue #12): each
//! case is parsed as a news item, rendered to HTML, and sanitized as with
//! `--safe`. Times should grow in proportion to the size: the run prints
//! each case at 256 KB and at 1 MB and the ratio (about 4 is linear).
//!
//! cargo run --release --example bench_hostile   (CASE=N: only the Nth case)

use std::path::Path;
use std::time::Instant;

use tilts::content::{Section, parse_source};

fn main() {
    let config = tilts::config::parse(
        "base_url: https://example.eu\ndefault_language: lv\nlanguages:\n  - {code: lv, locale: lv-LV, name: Latviešu, title: T, sections: {news: jaunumi, partners: partneri, budget: budzets, accessibility: a, events: e, search: s, page: lapa}}\n",
    )
    .expect("valid configuration");
    let sizes = [256 * 1024, 1024 * 1024];
    println!(
        "{:<32} {:>12} {:>12} {:>7} {:>12}",
        "case", "256 KB (ms)", "1 MB (ms)", "ratio", "1 MB --safe"
    );
    let small = tilts::fuzzing::hostile_markdown(sizes[0]);
    let large = tilts::fuzzing::hostile_markdown(sizes[1]);
    let only: Option<usize> = std::env::var("CASE").ok().and_then(|c| c.parse().ok());
    for (i, ((name, a), (_, b))) in small.iter().zip(&large).enumerate() {
        if only.is_some_and(|n| n != i) {
            continue;
        }
        let (ta, _) = time(a, &config);
        let (tb, safe) = time(b, &config);
        println!(
            "{name:<32} {ta:>12.1} {tb:>12.1} {:>7.1} {safe:>12.1}",
            tb / ta.max(0.01)
        );
    }
}

/// Milliseconds to parse and render, and then to sanitize.
fn time(body: &str, config: &tilts::config::SiteConfig) -> (f64, f64) {
    let text = format!("---\ntitle: T\ndate: 2026-01-01\nsummary: S\n---\n{body}");
    let start = Instant::now();
    let doc = parse_source(
        text.as_bytes(),
        Path::new("content/news/x.lv.md"),
        Section::News,
        "x",
        0,
        config,
    );
    let parsed = start.elapsed().as_secs_f64() * 1000.0;
    let start = Instant::now();
    if let Ok(doc) = doc {
        let _ = tilts::content::markdown::sanitize(&doc.html);
    }
    (parsed, start.elapsed().as_secs_f64() * 1000.0)
}
