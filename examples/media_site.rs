//! Makes the example site with photos, a gallery folder, a video and a
//! document, for the browser suite (the example site itself has no
//! photos): layout shift, axe on a gallery page and on a page with a video.
//!
//! cargo run --example media_site -- OUT_DIR
//! tilts build --root OUT_DIR
//! node tests/browser/run.mjs --site OUT_DIR/public --expect-media

use std::path::Path;

/// A deterministic picture of a camera's proportions: a sky, a field and
/// a sun, in colours chosen by `seed` (about 100 KB as JPEG).
fn photo(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let horizon = h * (55 + seed % 15) / 100;
    let (sun_x, sun_y, sun_r) = (w * (20 + seed * 17 % 60) / 100, horizon / 2, h / 9);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (dx, dy) = (x as i64 - sun_x as i64, y as i64 - sun_y as i64);
        if dx * dx + dy * dy < (sun_r * sun_r) as i64 {
            return image::Rgb([250, 214, 120]);
        }
        if y < horizon {
            let t = y * 255 / horizon;
            image::Rgb([
                (90 + t / 3) as u8,
                (150 + t / 4) as u8,
                230 - (seed * 13 % 40) as u8,
            ])
        } else {
            let t = (y - horizon) * 255 / (h - horizon);
            let stripe = ((x / 40 + y / 25) % 2) as u8 * 10;
            image::Rgb([
                (60 + seed * 23 % 60) as u8 + stripe,
                (140 - t / 4) as u8,
                70,
            ])
        }
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 85,
        ))
        .unwrap();
    out
}

/// A logo: a blue square with a gold band, on transparency (PNG).
fn wide_logo() -> Vec<u8> {
    let img = image::RgbaImage::from_fn(600, 160, |x, _| {
        if x < 160 {
            image::Rgba([0, 51, 153, 255])
        } else {
            image::Rgba([200, 16, 46, 255])
        }
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(img)
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
        .unwrap();
    out
}

fn logo() -> Vec<u8> {
    let img = image::RgbaImage::from_fn(320, 128, |x, y| {
        if x < 128 && (40..88).contains(&y) {
            image::Rgba([255, 204, 0, 255])
        } else if x < 128 {
            image::Rgba([0, 51, 153, 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(img)
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
        .unwrap();
    out
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn write(root: &Path, path: &str, bytes: impl AsRef<[u8]>) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Puts `add` after the front matter's first line that starts with `after`.
fn add_to(root: &Path, file: &str, after: &str, add: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find(after).expect(after);
    let line_end = at + text[at..].find('\n').unwrap() + 1;
    std::fs::write(
        &path,
        format!("{}{add}{}", &text[..line_end], &text[line_end..]),
    )
    .unwrap();
}

fn append(root: &Path, file: &str, add: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\n{add}")).unwrap();
}

fn main() {
    let out = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: media_site OUT_DIR"));
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let _ = std::fs::remove_dir_all(&out);
    for dir in ["content", "i18n", "themes"] {
        copy_tree(&repo.join(dir), &out.join(dir));
    }
    let root = out.as_path();
    write(root, "static/images/sanaksme.jpg", photo(2400, 1600, 1));
    write(root, "static/images/atklasana.jpg", photo(1600, 900, 2));
    for (i, name) in ["nometne-1.jpg", "nometne-2.jpg", "nometne-3.jpg"]
        .iter()
        .enumerate()
    {
        write(
            root,
            &format!("static/photos/nometne/{name}"),
            photo(1200, 800 + i as u32 * 200, 3 + i as u32),
        );
    }
    write(
        root,
        "static/photos/nometne/captions.lv.yaml",
        "nometne-1.jpg:\n  alt: Saule virs pļavas\n  caption: Pirmā nometnes diena\nnometne-2.jpg:\n  alt: Zila debess virs zaļa lauka\nnometne-3.jpg:\n  alt: Vakara saule virs lauka\n  caption: Noslēguma vakars\n",
    );
    write(
        root,
        "static/photos/nometne/captions.lt.yaml",
        "nometne-1.jpg:\n  alt: Saulė virš pievos\n  caption: Pirmoji stovyklos diena\nnometne-2.jpg:\n  alt: Mėlynas dangus virš žalio lauko\nnometne-3.jpg:\n  alt: Vakaro saulė virš lauko\n  caption: Baigiamasis vakaras\n",
    );
    // The home page's lead photo, and the lead partner's logo.
    append(
        root,
        "content/data/project.yaml",
        "image:\n  src: /images/sanaksme.jpg\n  alt:\n    lv: Projekta partneri sanāksmē\n    lt: Projekto partneriai susitikime\n",
    );
    write(root, "static/images/logos/zpr.png", logo());
    // A programme logo wider and taller than the header has room for
    // (600 × 160): the theme bounds it; the browser suite measures the
    // header at 360 × 640.
    write(root, "static/images/programme-wide.png", wide_logo());
    append(
        root,
        "content/site.yaml",
        "programme_logo: /images/programme-wide.png\n",
    );
    let partners = root.join("content/data/partners.yaml");
    let text = std::fs::read_to_string(&partners).unwrap().replacen(
        "    website: https://www.zemgale.lv\n",
        "    website: https://www.zemgale.lv\n    logo: /images/logos/zpr.png\n",
        1,
    );
    std::fs::write(&partners, text).unwrap();
    write(
        root,
        "static/files/plans.pdf",
        b"%PDF-1.4\n% tilts test document\n%%EOF\n",
    );
    for (lang, alt, text_alt) in [
        (
            "lv",
            "Sanāksmes dalībnieki pie galda",
            "Atklāšanas pasākuma zāle",
        ),
        (
            "lt",
            "Susitikimo dalyviai prie stalo",
            "Atidarymo renginio salė",
        ),
    ] {
        let item = format!("content/news/2018-05-15-projekta-sakums.{lang}.md");
        add_to(
            root,
            &item,
            "summary:",
            &format!("image: /images/sanaksme.jpg\nimage_alt: {alt}\n"),
        );
        append(
            root,
            &item,
            &format!("![{text_alt}](/images/atklasana.jpg)\n"),
        );
        let auce = format!("content/news/2018-05-21-auce-projekta.{lang}.md");
        add_to(root, &auce, "summary:", "gallery: photos/nometne\n");
        let plan = if lang == "lv" {
            "Projekta plāns"
        } else {
            "Projekto planas"
        };
        append(root, &auce, &format!("[{plan}](/files/plans.pdf)\n"));
    }
    append(
        root,
        "content/pages/about.lv.md",
        "![Projekta atklāšana Jelgavā](https://www.youtube.com/watch?v=aqz-KE-bpKQ \"poster=/images/atklasana.jpg transcript=/files/plans.pdf\")\n",
    );
    append(
        root,
        "content/pages/about.lt.md",
        "![Projekto atidarymas Jelgavoje](https://vimeo.com/76979871 \"poster=/images/atklasana.jpg\")\n",
    );
    println!("{}", out.display());
}
