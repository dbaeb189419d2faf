//! Photos: processed at build time into sizes and WebP with a fallback,
//! shown with `<picture>`, `srcset` and a size; published without any
//! metadata (a GPS-tagged photo proves it); upright by their EXIF
//! orientation; kept in a cache; and refused, at their file, when broken.

use crate::common;

use std::path::Path;

use common::*;

#[path = "media/damaged.rs"]
mod damaged;
#[path = "media/names.rs"]
mod names;
#[path = "media/privacy.rs"]
mod privacy;

/// A TIFF/EXIF block: an orientation, and a GPS folder with a text no
/// published byte may carry.
const GPS_MARK: &[u8] = b"TILTSGPS56N23E";

fn exif(orientation: u16) -> Vec<u8> {
    let mut t = b"Exif\0\0II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    // IFD0 at 8: orientation, and the GPS folder at 38.
    t.extend(2u16.to_le_bytes());
    t.extend([0x12, 0x01, 3, 0, 1, 0, 0, 0]);
    t.extend(orientation.to_le_bytes());
    t.extend([0, 0]);
    t.extend([0x25, 0x88, 4, 0, 1, 0, 0, 0]);
    t.extend(38u32.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    // GPS IFD at 38: GPSMapDatum, 15 characters at 56.
    t.extend(1u16.to_le_bytes());
    t.extend([0x12, 0x00, 2, 0, 15, 0, 0, 0]);
    t.extend(56u32.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    t.extend(GPS_MARK);
    t.push(0);
    t
}

/// A JPEG of `w`×`h` with EXIF (orientation, GPS), XMP and a comment.
fn photo(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 128])
    });
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut jpeg, 85,
        ))
        .unwrap();
    let segment = |marker: u8, body: &[u8]| {
        let mut s = vec![0xFF, marker];
        s.extend(((body.len() + 2) as u16).to_be_bytes());
        s.extend(body);
        s
    };
    let mut out = jpeg[..2].to_vec();
    out.extend(segment(0xE1, &exif(orientation)));
    out.extend(segment(
        0xE1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>TILTSGPS56N23E</x:xmpmeta>",
    ));
    out.extend(segment(0xFE, b"TILTSGPS56N23E comment"));
    out.extend(&jpeg[2..]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn every_file(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.is_file())
        .collect()
}

const ITEM: &str = "content/news/2018-05-15-projekta-sakums.lv.md";

fn site_with_photos() -> tempfile::TempDir {
    let site = example_copy();
    let root = site.path();
    let images = root.join("static/images");
    std::fs::create_dir_all(&images).unwrap();
    std::fs::write(images.join("kickoff.jpg"), photo(2400, 1600, 1)).unwrap();
    std::fs::write(images.join("portrait.jpg"), photo(400, 200, 6)).unwrap();
    replace_in(
        root,
        ITEM,
        "translation_key:",
        "image: /images/kickoff.jpg\nimage_alt: Projekta partneri sanāksmē Jelgavā\ntranslation_key:",
    );
    let mut text = std::fs::read_to_string(root.join(ITEM)).unwrap();
    text.push_str("\n![Dzīvojamā māja pēc remonta](/images/portrait.jpg)\n");
    std::fs::write(root.join(ITEM), text).unwrap();
    site
}

/// No file of `files` carries the GPS text or an EXIF header.
fn assert_no_position(files: &[std::path::PathBuf]) {
    for file in files {
        let bytes = std::fs::read(file).unwrap();
        assert!(
            !contains(&bytes, GPS_MARK),
            "{} carries the GPS text",
            file.display()
        );
        assert!(
            !contains(&bytes, b"Exif\0\0"),
            "{} carries EXIF",
            file.display()
        );
    }
}

/// The Latvian page of `ITEM` in the output `out`.
fn item_html(out: &Path) -> String {
    let page = "lv/jaunumi/sakas-projekts-socialo-pakalpojumu-pieejamibas-uzlabosanai/index.html";
    std::fs::read_to_string(out.join(page)).unwrap()
}

fn build_to(root: &Path, out: &Path) -> std::process::Output {
    tilts(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ])
}

#[test]
fn photos_are_published_in_sizes_without_metadata() {
    let site = site_with_photos();
    let out = tempfile::tempdir().unwrap();
    let o = build_to(site.path(), out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let public = out.path();
    // Every size below the photo's width, WebP and JPEG; a preview crop.
    for w in [360, 720, 1080, 1600] {
        for ext in ["webp", "jpg"] {
            let file = public.join(format!("images/kickoff.w{w}.{ext}"));
            let img = image::open(&file).unwrap();
            assert_eq!(
                (img.width(), img.height()),
                (w, (w * 2 + 1) / 3),
                "{}",
                file.display()
            );
        }
    }
    assert!(!public.join("images/kickoff.w2400.webp").exists());
    let og = image::open(public.join("images/kickoff.og.jpg")).unwrap();
    assert_eq!((og.width(), og.height()), (1200, 630));
    // No published byte carries the position, the XMP or the comment.
    let all = every_file(public);
    assert!(all.len() > 20);
    assert_no_position(&all);
    // The original is published whole, only its metadata gone.
    let original = image::open(public.join("images/kickoff.jpg")).unwrap();
    assert_eq!((original.width(), original.height()), (2400, 1600));
}

#[test]
fn pages_show_pictures_with_sizes_and_previews() {
    let site = site_with_photos();
    let out = tempfile::tempdir().unwrap();
    let o = build_to(site.path(), out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = item_html(out.path());
    // The item's photo: first on the page, so not lazy; a size, no jump.
    assert!(
        html.contains("<figure><picture><source type=\"image/webp\" srcset=\"/images/kickoff.w360.webp 360w, /images/kickoff.w720.webp 720w, /images/kickoff.w1080.webp 1080w, /images/kickoff.w1600.webp 1600w\""),
        "{html}"
    );
    assert!(html.contains(
        "<img src=\"/images/kickoff.w1600.jpg\" srcset=\"/images/kickoff.w360.jpg 360w,"
    ));
    assert!(html.contains("width=\"2400\" height=\"1600\" alt=\"Projekta partneri sanāksmē Jelgavā\" decoding=\"async\">"));
    // The photo in the text: lazy, upright by its EXIF orientation (a
    // 400×200 photo turned a quarter is 200×400).
    assert!(
        html.contains("width=\"200\" height=\"400\" alt=\"Dzīvojamā māja pēc remonta\" loading=\"lazy\" decoding=\"async\">"),
        "{html}"
    );
    let upright = image::open(out.path().join("images/portrait.jpg")).unwrap();
    assert_eq!((upright.width(), upright.height()), (200, 400));
    // Social previews use the 1200×630 crop.
    let og = html
        .lines()
        .find(|l| l.contains("property=\"og:image\""))
        .expect("an og:image");
    assert!(
        og.ends_with("/images/kickoff.og.jpg\">") && og.contains("content=\"https://"),
        "{og}"
    );
    let crop = image::open(out.path().join("images/kickoff.og.jpg")).unwrap();
    assert_eq!((crop.width(), crop.height()), (1200, 630));
    assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\">"));
}

#[test]
fn processed_photos_are_cached_and_a_changed_one_is_made_again() {
    let site = site_with_photos();
    let root = site.path();
    let out = tempfile::tempdir().unwrap();
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    let cache = root.join(".tilts-cache/images");
    // One folder per photo (and the index of the photos' stamps).
    let entries = || {
        std::fs::read_dir(&cache)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_dir())
            .count()
    };
    assert_eq!(entries(), 2);
    assert!(cache.join("stamps.json").is_file());
    let kickoff_entry = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read(p.join("original"))
                .is_ok_and(|bytes| image::load_from_memory(&bytes).is_ok_and(|i| i.width() == 2400))
        })
        .unwrap();
    let cached_og = kickoff_entry.join("og.jpg");
    let published_og = out.path().join("images/kickoff.og.jpg");
    let a_preview = |path: &Path| image::open(path).is_ok_and(|i| i.width() == 1200);
    // Made in the cold build, a photo's files are not held in memory
    // until they are published: they are linked from the cache already.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let (cached, published) = (
            std::fs::metadata(&cached_og).unwrap(),
            std::fs::metadata(&published_og).unwrap(),
        );
        assert_eq!(cached.ino(), published.ino(), "linked in the cold build");
    }
    // The next build takes the cache's files, as they were made.
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    assert!(a_preview(&published_og));
    assert_eq!(entries(), 2);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // Linked, not copied: the cache's file is the output's. The
        // person's own files are copied, never linked.
        let (cached, published) = (
            std::fs::metadata(&cached_og).unwrap(),
            std::fs::metadata(&published_og).unwrap(),
        );
        assert_eq!(
            (cached.dev(), cached.ino()),
            (published.dev(), published.ino())
        );
        std::fs::write(root.join("static/plan.txt"), "plāns").unwrap();
        assert_eq!(build_to(root, out.path()).status.code(), Some(0));
        let copy = std::fs::metadata(out.path().join("plan.txt")).unwrap();
        assert_eq!(copy.nlink(), 1);
        // Made cache files are read-only.
        let made = std::fs::metadata(kickoff_entry.join("original")).unwrap();
        assert_eq!(made.mode() & 0o222, 0);
        // Their owner (root, here in CI) can write to them all the same:
        // an output file edited in place changes the cache's file. The
        // entry's recorded hash tells, and the photo is made again.
        std::fs::set_permissions(&published_og, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::write(&published_og, b"edited in the output").unwrap();
        assert_eq!(std::fs::read(&cached_og).unwrap(), b"edited in the output");
        assert_eq!(build_to(root, out.path()).status.code(), Some(0));
        assert!(a_preview(&published_og), "the edit is not published again");
        assert!(a_preview(&cached_og), "the entry is made again");
        // A link planted in the cache is not published: the photo's
        // files are made again, and the output holds ordinary files.
        std::fs::remove_file(&cached_og).unwrap();
        std::os::unix::fs::symlink(root.join("content/site.yaml"), &cached_og).unwrap();
        assert_eq!(build_to(root, out.path()).status.code(), Some(0));
        let published = std::fs::symlink_metadata(&published_og).unwrap();
        assert!(published.file_type().is_file());
        assert!(a_preview(&published_og));
    }
    // A file of the same size with other bytes, written by hand into the
    // cache, is not published either.
    let size = std::fs::metadata(&cached_og).unwrap().len() as usize;
    std::fs::remove_file(&cached_og).unwrap();
    std::fs::write(&cached_og, vec![b'x'; size]).unwrap();
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    assert!(a_preview(&published_og));
    // An entry that names files outside itself is not followed.
    let entry_file = kickoff_entry.join("entry.json");
    let entry = std::fs::read_to_string(&entry_file).unwrap();
    assert!(entry.contains("\"fallback\":\"jpg\""), "{entry}");
    std::fs::write(
        &entry_file,
        entry.replace(
            "\"fallback\":\"jpg\"",
            "\"fallback\":\"/../../../content/site.yaml\"",
        ),
    )
    .unwrap();
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    assert!(a_preview(&published_og));
    assert!(
        std::fs::read_to_string(&entry_file)
            .unwrap()
            .contains("\"fallback\":\"jpg\"")
    );
    // A photo rewritten with other bytes of the same size, its
    // modification time set back: its stamp still differs (the status-change time), so it is
    // read and processed again.
    let kickoff = root.join("static/images/kickoff.jpg");
    let modified = std::fs::metadata(&kickoff).unwrap().modified().unwrap();
    // The same photo turned upside down by its EXIF orientation: the
    // same size in bytes, other bytes.
    let bytes = photo(2400, 1600, 3);
    assert_eq!(
        bytes.len() as u64,
        std::fs::metadata(&kickoff).unwrap().len()
    );
    std::fs::write(&kickoff, &bytes).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&kickoff)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    assert_eq!(entries(), 3, "the rewritten photo was made again");
    assert!(a_preview(&published_og));
    // A changed photo is processed again.
    std::fs::write(root.join("static/images/kickoff.jpg"), photo(1000, 500, 1)).unwrap();
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    assert_eq!(entries(), 4);
    let og = image::open(out.path().join("images/kickoff.og.jpg")).unwrap();
    assert_eq!((og.width(), og.height()), (952, 500));
    assert!(
        !out.path().join("images/kickoff.w1080.webp").exists(),
        "only sizes below 1000"
    );
}

/// A PNG declaring 60 000 × 60 000 pixels, in a few bytes.
fn bomb() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(60_000u32.to_be_bytes());
    ihdr.extend(60_000u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc32(&ihdr).to_be_bytes());
    for (kind, data) in [
        (&b"IDAT"[..], &b"x\x9c\x03\x00\x00\x00\x00\x01"[..]),
        (b"IEND", b""),
    ] {
        let mut chunk = kind.to_vec();
        chunk.extend(data);
        png.extend((data.len() as u32).to_be_bytes());
        png.extend(&chunk);
        png.extend(crc32(&chunk).to_be_bytes());
    }
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn links_to_documents_say_type_and_size_and_large_ones_are_warned_about() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/files/plans.pdf", &vec![b'%'; 1_258_291]);
    write_bytes(
        root,
        "static/files/video-report.pdf",
        &vec![b'%'; 12 * 1024 * 1024],
    );
    for (item, text) in [
        (
            ITEM,
            "\n[Projekta plāns](/files/plans.pdf) un [atskaite](/files/video-report.pdf).\n",
        ),
        (
            "content/news/2018-05-15-projekta-sakums.lt.md",
            "\n[Projekto planas](/files/plans.pdf).\n",
        ),
    ] {
        let mut all = std::fs::read_to_string(root.join(item)).unwrap();
        all.push_str(text);
        std::fs::write(root.join(item), all).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lv = item_html(out.path());
    assert!(
        lv.contains("<a href=\"/files/plans.pdf\">Projekta plāns <span class=\"file-info\">(PDF, 1,2\u{a0}MB)</span></a>"),
        "{lv}"
    );
    assert!(lv.contains("atskaite <span class=\"file-info\">(PDF, 12\u{a0}MB)</span>"));
    let lt = std::fs::read_to_string(out.path().join(
        "lt/naujienos/prasideda-projektas-socialiniu-paslaugu-prieinamumui-gerinti/index.html",
    ))
    .unwrap();
    assert!(lt.contains("Projekto planas <span class=\"file-info\">(PDF, 1,2\u{a0}MB)</span>"));
    // The large one is a warning at its file.
    let o = tilts(&["check", "--root", root.to_str().unwrap(), "--no-proofing"]);
    assert!(
        stdout(&o).contains(
            "static/files/video-report.pdf\n  warning: this document is 12 MB, more than 10 MB"
        ),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_photo_format_browsers_do_not_all_show_is_refused_at_its_line() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/images/phone.heic", b"ftypheic not shown");
    replace_in(
        root,
        ITEM,
        "translation_key:",
        "image: /images/phone.heic\nimage_alt: Sanāksme\ntranslation_key:",
    );
    let o = tilts(&["check", "--root", root.to_str().unwrap(), "--no-proofing"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(
            "8:8: error: the image /images/phone.heic is in a format not every browser shows"
        ),
        "{}",
        stdout(&o)
    );
    // Never published: it would carry its metadata.
    assert!(
        stdout(&o).contains("static/images/phone.heic\n  error: tilts cannot read HEIC pictures"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_gallery_is_a_grid_of_linked_thumbnails_with_captions() {
    let site = example_copy();
    let root = site.path();
    for (name, w) in [("camp-1.jpg", 1200), ("camp-2.jpg", 900)] {
        write_bytes(root, &format!("static/images/{name}"), &photo(w, w / 2, 1));
    }
    replace_in(
        root,
        ITEM,
        "translation_key:",
        "gallery:\n  - src: /images/camp-1.jpg\n    alt: Jaunieši pie ugunskura\n    caption: Vasaras nometne Dobelē\n  - src: /images/camp-2.jpg\n    alt: Sporta spēles pļavā\ntranslation_key:",
    );
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = item_html(out.path());
    assert!(html.contains("<section class=\"gallery\" aria-labelledby=\"gallery-heading\">\n    <h2 id=\"gallery-heading\">Fotogalerija</h2>"), "{html}");
    // Each thumbnail links to the photo's largest size; the link's name is
    // the photo's description; captions below; loaded when scrolled to.
    assert!(html.contains("<li><figure><a href=\"/images/camp-1.w1200.jpg\"><picture><source type=\"image/webp\" srcset=\"/images/camp-1.w360.webp 360w, /images/camp-1.w720.webp 720w, /images/camp-1.w1080.webp 1080w, /images/camp-1.w1200.webp 1200w\" sizes=\"(min-width: 60rem) 19rem"), "{html}");
    assert!(html.contains("alt=\"Jaunieši pie ugunskura\" loading=\"lazy\" decoding=\"async\"></picture></a><figcaption>Vasaras nometne Dobelē</figcaption></figure></li>"), "{html}");
    assert!(
        html.contains("<a href=\"/images/camp-2.w900.jpg\">"),
        "{html}"
    );
    // Every photo needs its description; a missing file is found at its line.
    replace_in(root, ITEM, "    alt: Sporta spēles pļavā\n", "");
    let o = tilts(&["check", "--root", root.to_str().unwrap(), "--no-proofing"]);
    assert!(
        stdout(&o).contains("12:10: error: this gallery photo has no alternative text"),
        "{}",
        stdout(&o)
    );
    replace_in(
        root,
        ITEM,
        "  - src: /images/camp-2.jpg\n",
        "  - src: /images/camp-3.jpg\n    alt: Spēles\n",
    );
    let o = tilts(&["check", "--root", root.to_str().unwrap(), "--no-proofing"]);
    assert!(
        stdout(&o)
            .contains("12:10: error: the image /images/camp-3.jpg is not a file of this site"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_gallery_can_be_a_folder_described_by_a_captions_file() {
    let site = example_copy();
    let root = site.path();
    for (name, w) in [("a-ugunskurs.jpg", 1200), ("b-speles.jpg", 900)] {
        write_bytes(
            root,
            &format!("static/photos/nometne/{name}"),
            &photo(w, w / 2, 1),
        );
    }
    // The captions file's order is the gallery's.
    let captions = "# Vasaras nometne\nb-speles.jpg:\n  alt: Sporta spēles pļavā\na-ugunskurs.jpg:\n  alt: Jaunieši pie ugunskura\n  caption: Vasaras nometne Dobelē\n";
    write(root, "static/photos/nometne/captions.lv.yaml", captions);
    replace_in(
        root,
        ITEM,
        "translation_key:",
        "gallery: photos/nometne\ntranslation_key:",
    );
    // As people run it: from inside the site, no flags.
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
            .args(args)
            .current_dir(root)
            .env("LC_ALL", "C")
            .output()
            .unwrap()
    };
    let o = run(&["build"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = item_html(&root.join("public"));
    let second = html
        .find("alt=\"Jaunieši pie ugunskura\"")
        .expect("first photo shown");
    let first = html
        .find("alt=\"Sporta spēles pļavā\"")
        .expect("second photo shown");
    assert!(first < second, "in the captions file's order: {html}");
    assert!(
        html.contains("<a href=\"/photos/nometne/a-ugunskurs.w1200.jpg\">"),
        "{html}"
    );
    assert!(
        html.contains("<figcaption>Vasaras nometne Dobelē</figcaption>"),
        "{html}"
    );
    assert!(
        !root.join("public/photos/nometne/captions.lv.yaml").exists(),
        "captions are not published"
    );
    assert!(
        root.join("public/photos/nometne/b-speles.w900.webp")
            .exists()
    );

    // A photo without a description is an error at the item's gallery line.
    write_bytes(
        root,
        "static/photos/nometne/c-kuka.jpg",
        &photo(800, 600, 1),
    );
    let o = run(&["check", "--no-proofing"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("8:10: error: the photo c-kuka.jpg in the gallery folder has no description in static/photos/nometne/captions.lv.yaml"),
        "{}",
        stdout(&o)
    );
    // A description of a photo that is not there: at its line in the captions file.
    write(
        root,
        "static/photos/nometne/captions.lv.yaml",
        &format!("{captions}c-kuka.jpg:\n  alt: Kūka\nd-kuka.jpg:\n  alt: Vēl viena\n"),
    );
    let o = run(&["check", "--no-proofing"]);
    assert!(
        stdout(&o).contains("static/photos/nometne/captions.lv.yaml\n  9:1: error: there is no photo d-kuka.jpg in the gallery folder static/photos/nometne"),
        "{}",
        stdout(&o)
    );
    // No description for the language, and no general one.
    std::fs::remove_file(root.join("static/photos/nometne/captions.lv.yaml")).unwrap();
    let o = run(&["check", "--no-proofing"]);
    assert!(
        stdout(&o)
            .contains("8:10: error: the gallery in static/photos/nometne has no captions file"),
        "{}",
        stdout(&o)
    );
    // A folder that is not one; a misspelled key.
    replace_in(root, ITEM, "gallery: photos/nometne", "gallery: ../nometne");
    let o = run(&["check", "--no-proofing"]);
    assert!(
        stdout(&o).contains("`../nometne` is not a folder tilts can use for a gallery"),
        "{}",
        stdout(&o)
    );
    replace_in(
        root,
        ITEM,
        "gallery: ../nometne",
        "gallery:\n  folder: photos/nometne\n  captoins: a.yaml",
    );
    let o = run(&["check", "--no-proofing"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("captoins"), "{}", stdout(&o));
}

#[test]
fn the_home_page_leads_with_the_projects_photo() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/images/projekts.jpg", &photo(1600, 1000, 1));
    let mut project = std::fs::read_to_string(root.join("content/data/project.yaml")).unwrap();
    project.push_str("image:\n  src: /images/projekts.jpg\n  alt:\n    lv: Partneri sanāksmē\n    lt: Partneriai susitikime\n");
    std::fs::write(root.join("content/data/project.yaml"), project).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lt = std::fs::read_to_string(out.path().join("lt/index.html")).unwrap();
    // First on the page: sized, not lazy, described in the page's language.
    assert!(lt.contains("<figure class=\"hero-photo\"><picture><source type=\"image/webp\" srcset=\"/images/projekts.w360.webp 360w"), "{lt}");
    assert!(lt.contains("width=\"1600\" height=\"1000\" alt=\"Partneriai susitikime\" decoding=\"async\"></picture></figure>"), "{lt}");
}

#[test]
fn a_video_loads_nothing_from_its_host_until_asked() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/images/atklasana.jpg", &photo(1280, 720, 1));
    write_bytes(root, "static/files/atklasana.txt", b"Teksts.");
    let mut text = std::fs::read_to_string(root.join(ITEM)).unwrap();
    text.push_str("\n![Projekta atklāšana Jelgavā](https://www.youtube.com/watch?v=dQw4w9WgXcQ \"poster=/images/atklasana.jpg transcript=/files/atklasana.txt\")\n\nVideo ir arī [šeit ![īsi](https://vimeo.com/76979871)] teikumā.\n");
    std::fs::write(root.join(ITEM), text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = item_html(out.path());
    assert!(
        html.contains("<figure class=\"video\" data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\" data-title=\"Projekta atklāšana Jelgavā\"><a class=\"video-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><picture>"),
        "{html}"
    );
    assert!(html.contains("<span class=\"video-title\">Projekta atklāšana Jelgavā</span></a><figcaption>Video atrodas vietnē YouTube."), "{html}");
    assert!(html.contains("<a href=\"/files/atklasana.txt\">Teksta atšifrējums <span class=\"file-info\">(TXT, 1\u{a0}KB)</span></a></figcaption></figure>"), "{html}");
    assert!(html.contains("<script src=\"/assets/video.js\" defer></script>"));
    // Nothing on the page loads from another site: no src points away.
    for src in html
        .split(" src=\"")
        .skip(1)
        .chain(html.split(" srcset=\"").skip(1))
    {
        assert!(
            src.starts_with('/'),
            "loads {}",
            &src[..src.find('"').unwrap()]
        );
    }
    // A video inside a sentence is a plain link to it.
    assert!(
        html.contains("<a href=\"https://vimeo.com/76979871\">īsi</a>"),
        "{html}"
    );
    // A page without a video loads no script for it.
    let other = std::fs::read_to_string(out.path().join("lv/index.html")).unwrap();
    assert!(!other.contains("video.js"));
    // The sanitizer (--safe) keeps the figure.
    let safe = tempfile::tempdir().unwrap();
    let o = tilts(&[
        "build",
        "--safe",
        "--root",
        root.to_str().unwrap(),
        "--output",
        safe.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = item_html(safe.path());
    assert!(
        html.contains(
            "data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\""
        ),
        "{html}"
    );
    assert!(html.contains("Video atrodas vietnē YouTube."));
}

#[test]
fn the_site_chooses_the_widths() {
    let site = site_with_photos();
    let root = site.path();
    replace_in(
        root,
        "content/site.yaml",
        "news_per_page:",
        "photo_widths: [960, 480]\nnews_per_page:",
    );
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.path().join("images/kickoff.w480.webp").exists());
    assert!(out.path().join("images/kickoff.w960.jpg").exists());
    assert!(!out.path().join("images/kickoff.w360.webp").exists());
    assert!(
        item_html(out.path())
            .contains("srcset=\"/images/kickoff.w480.webp 480w, /images/kickoff.w960.webp 960w\"")
    );
    replace_in(
        root,
        "content/site.yaml",
        "photo_widths: [960, 480]",
        "photo_widths: [0, 480]",
    );
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("photo_widths must list widths from 16 to 4000 pixels"),
        "{}",
        stderr(&o)
    );
}

/// A relative `image:` is relative to the item's address, as an inline
/// picture's is: the page, the social preview and the check all mean the
/// same file. One that leads nowhere is an error at its line (it used to
/// publish a broken `og:image`).
#[test]
fn a_relative_image_path_is_the_items_own_and_checked() {
    let site = site_with_photos();
    let root = site.path();
    // lv/jaunumi/SLUG/ → three folders up is the site's root.
    replace_in(
        root,
        ITEM,
        "image: /images/kickoff.jpg",
        "image: ../../../images/kickoff.jpg",
    );
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = item_html(out.path());
    assert!(
        html.contains("<meta property=\"og:image\" content=\"https://socquality.example.eu/images/kickoff.og.jpg\">"),
        "{html}"
    );
    assert!(html.contains("/images/kickoff.w720.webp"), "{html}");
    replace_in(
        root,
        ITEM,
        "image: ../../../images/kickoff.jpg",
        "image: ../../nothing.jpg",
    );
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{ITEM}:")), "{err}");
    assert!(
        err.contains("/lv/nothing.jpg is not a file of this site"),
        "{err}"
    );
}
