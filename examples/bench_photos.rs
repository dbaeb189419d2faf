//! Measures the media stage: a site with N camera-sized photos (2400×1600
//! JPEG with EXIF) built cold (every photo processed), then again (every
//! photo from `.tilts-cache/images`), then with one photo changed.
//!
//! cargo run --release --example bench_photos -- SITE_COPY_DIR [N]
//! (SITE_COPY_DIR: a copy of the example site; photos go into static/images)

use std::path::Path;
use std::time::Instant;

use tilts::{BuildOptions, build};

fn photo(seed: u32) -> Vec<u8> {
    let (w, h) = (2400u32, 1600u32);
    // Gradients and noise: a JPEG of a realistic size (about 1 MB).
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let n = (x.wrapping_mul(73_856_093) ^ y.wrapping_mul(19_349_663) ^ seed) % 48;
        image::Rgb([
            ((x * 255 / w) as u8).wrapping_add(n as u8),
            ((y * 255 / h) as u8).wrapping_add(n as u8),
            (seed * 37 % 255) as u8,
        ])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 90,
        ))
        .unwrap();
    out
}

fn timed(root: &Path, label: &str) {
    let started = Instant::now();
    let result = build(&BuildOptions::new(root)).unwrap();
    assert!(result.built.is_some(), "{:?}", result.diagnostics);
    println!("{label}: {:.2} s", started.elapsed().as_secs_f64());
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root =
        std::path::PathBuf::from(args.next().expect("usage: bench_photos SITE_COPY_DIR [N]"));
    let n: u32 = args.next().map_or(20, |s| s.parse().unwrap());
    let images = root.join("static/images");
    std::fs::create_dir_all(&images).unwrap();
    let _ = std::fs::remove_dir_all(root.join(".tilts-cache"));
    let mut bytes = 0;
    for i in 0..n {
        let p = photo(i);
        bytes += p.len();
        std::fs::write(images.join(format!("photo-{i:03}.jpg")), p).unwrap();
    }
    println!(
        "{n} photos of 2400×1600, {:.1} MB in all",
        bytes as f64 / 1e6
    );
    timed(&root, "cold build (every photo processed)");
    timed(&root, "again (every photo from the cache)");
    std::fs::write(images.join("photo-000.jpg"), photo(9999)).unwrap();
    timed(&root, "one photo changed");
}
