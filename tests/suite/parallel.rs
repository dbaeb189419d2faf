//! The parallel build gives exactly the output of a single-threaded one.

use crate::common;

use common::*;

fn build_with_threads(root: &std::path::Path, threads: usize) -> tilts::output::Output {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| tilts::build(&tilts::BuildOptions::new(root)).unwrap())
        .built
        .expect("builds")
        .output
}

#[test]
fn parallel_and_single_threaded_builds_are_identical() {
    let site = example_copy();
    // Enough items that the work is really spread over threads.
    for i in 0..120 {
        write(
            site.path(),
            &format!(
                "content/news/p{i:03}.{}.md",
                if i % 2 == 0 { "lv" } else { "lt" }
            ),
            &format!(
                "---\ntitle: Ziņa {i}\ndate: 2019-01-{:02}\nsummary: Kopsavilkums {i}.\ntranslation_key: k{}\n---\n## Daļa\n\nTeksts {i}.\n",
                i % 28 + 1,
                i / 2
            ),
        );
    }
    let one = build_with_threads(site.path(), 1);
    let many = build_with_threads(site.path(), 4);
    assert!(one.len() > 150);
    assert_eq!(one, many);
}
