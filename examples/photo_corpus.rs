//! Writes N deterministic camera-sized JPEGs (gradients, shapes and
//! noise, so that they compress like photos) for the photo benchmark
//! (`bench/photos.sh`), the same bytes on every run.
//!
//! cargo run --release --example photo_corpus -- OUT_DIR [N] [WIDTH] [HEIGHT]

use rayon::prelude::*;

fn photo(seed: u32, w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let n = (x.wrapping_mul(73_856_093)
            ^ y.wrapping_mul(19_349_663)
            ^ seed.wrapping_mul(83_492_791))
            % 24;
        let (cx, cy) = (w * (seed % 7 + 1) / 8, h * (seed % 5 + 1) / 6);
        let d = (x.abs_diff(cx) + y.abs_diff(cy)) * 255 / (w + h);
        image::Rgb([
            ((x * 200 / w) as u8).wrapping_add(n as u8),
            ((y * 200 / h) as u8).wrapping_add(d as u8),
            ((seed * 37 % 200) as u8).wrapping_add(n as u8),
        ])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 88,
        ))
        .unwrap();
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(
        args.next()
            .expect("usage: photo_corpus OUT_DIR [N] [W] [H]"),
    );
    let n: u32 = args.next().map_or(200, |s| s.parse().unwrap());
    let w: u32 = args.next().map_or(4000, |s| s.parse().unwrap());
    let h: u32 = args.next().map_or(3000, |s| s.parse().unwrap());
    std::fs::create_dir_all(&out).unwrap();
    let bytes: usize = (0..n)
        .into_par_iter()
        .map(|i| {
            let p = photo(i, w, h);
            std::fs::write(out.join(format!("photo-{i:03}.jpg")), &p).unwrap();
            p.len()
        })
        .sum();
    println!(
        "{n} photos of {w}×{h}, {:.0} MB in all, in {}",
        bytes as f64 / 1e6,
        out.display()
    );
}
