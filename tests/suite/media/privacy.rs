//! Every place a photo format allows metadata is emptied before the photo
//! is published; photos tilts cannot clean are never published.

use super::*;

fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend(((body.len() + 2) as u16).to_be_bytes());
    s.extend(body);
    s
}

/// A JPEG with the position in every place the format allows: EXIF, XMP
/// and a comment (see `photo`), APP2 (MPF), APP3, APP11 (C2PA), another
/// comment, an EXIF segment after the scan, and a motion photo's second
/// picture and video after the end marker.
fn jpeg_everywhere(w: u32, h: u32) -> Vec<u8> {
    let p = photo(w, h, 1);
    let mut out = p[..2].to_vec();
    for (marker, body) in [
        (0xE2, &b"MPF\0II*\0"[..]),
        (0xE3, b"Meta\0"),
        (0xEB, b"JP\0\x01jumb c2pa.assertions"),
        (0xFE, b"comment"),
    ] {
        out.extend(segment(marker, &[body, GPS_MARK].concat()));
    }
    out.extend(&p[2..p.len() - 2]);
    out.extend(segment(0xE1, &exif(1)));
    out.extend([0xFF, 0xD9]);
    out.extend([0xFF, 0xD8]);
    out.extend(segment(0xE1, &exif(1)));
    out.extend(b"\0\0\0\x18ftypmp42 motion photo video ");
    out.extend(GPS_MARK);
    out
}

fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut body = kind.to_vec();
    body.extend(data);
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend(&body);
    c.extend(crc32(&body).to_be_bytes());
    c
}

/// A PNG with EXIF (`eXIf`), international text, and more after its end.
fn png_everywhere() -> Vec<u8> {
    let p = picture(120, 80, image::ImageFormat::Png);
    let iend = p.len() - 12;
    let mut out = p[..iend].to_vec();
    out.extend(png_chunk(b"eXIf", &exif(1)[6..]));
    out.extend(png_chunk(
        b"iTXt",
        &[&b"GPS\0\0\0\0\0"[..], GPS_MARK].concat(),
    ));
    out.extend(&p[iend..]);
    out.extend(b"Exif\0\0");
    out.extend(GPS_MARK);
    out
}

/// A WebP with an `EXIF` chunk (flagged in `VP8X`), and more after its
/// RIFF size.
fn webp_everywhere() -> Vec<u8> {
    webp_turned(1)
}

/// A 120×80 WebP whose EXIF says to turn it by `orientation`, with more
/// after its RIFF size.
fn webp_turned(orientation: u16) -> Vec<u8> {
    let p = picture(120, 80, image::ImageFormat::WebP);
    let mut body = b"WEBPVP8X".to_vec();
    body.extend(10u32.to_le_bytes());
    body.extend([0b0000_1000, 0, 0, 0]);
    body.extend(&119u32.to_le_bytes()[..3]);
    body.extend(&79u32.to_le_bytes()[..3]);
    body.extend(&p[12..]);
    let exif = exif(orientation)[6..].to_vec(); // a WebP's EXIF has no "Exif\0\0"
    body.extend(b"EXIF");
    body.extend((exif.len() as u32).to_le_bytes());
    body.extend(&exif);
    if exif.len() % 2 == 1 {
        body.push(0);
    }
    let mut out = b"RIFF".to_vec();
    out.extend((body.len() as u32).to_le_bytes());
    out.extend(body);
    out.extend(GPS_MARK);
    out.extend(b"Exif\0\0");
    out
}

#[test]
fn no_published_byte_carries_the_position_wherever_the_photo_hid_it() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/images/motion.jpg", &jpeg_everywhere(300, 200));
    write_bytes(root, "static/images/phone.jfif", &jpeg_everywhere(200, 100));
    write_bytes(root, "static/images/old.JPE", &jpeg_everywhere(100, 50));
    write_bytes(root, "static/images/drawing.png", &png_everywhere());
    write_bytes(root, "static/images/shared.webp", &webp_everywhere());
    // Formats tilts cannot read, so cannot clean: never published.
    let unreadable = [
        ("scan.tif", &b"II*\0"[..]),
        ("scan2.TIFF", b"MM\0*"),
        ("phone.heic", b"\0\0\0\x18ftypheic"),
        ("phone2.heif", b"\0\0\0\x18ftypmif1"),
    ];
    for (name, head) in unreadable {
        let bytes = [head, b"Exif\0\0", GPS_MARK].concat();
        write_bytes(root, &format!("static/images/{name}"), &bytes);
    }
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    // No page shows them: warnings, not a failed build.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for (name, _) in unreadable {
        let said = format!("static/images/{name}: warning:");
        assert!(stderr(&o).contains(&said), "{said}: {}", stderr(&o));
        assert!(!out.path().join("images").join(name).exists(), "{name}");
    }
    assert!(
        stderr(&o).contains("tilts cannot read HEIC pictures"),
        "{}",
        stderr(&o)
    );
    // The JPEG-named files are JPEGs, processed like any.
    for file in [
        "images/phone.jfif",
        "images/phone.w200.webp",
        "images/old.JPE",
        "images/old.w100.jpg",
        "images/motion.jpg",
        "images/drawing.png",
        "images/shared.webp",
    ] {
        let bytes = std::fs::read(out.path().join(file)).unwrap();
        assert!(image::load_from_memory(&bytes).is_ok(), "{file}");
    }
    let all = every_file(out.path());
    assert_no_position(&all);
    // The originals are whole pictures, only their metadata gone.
    let motion = std::fs::read(out.path().join("images/motion.jpg")).unwrap();
    assert!(motion.ends_with(&[0xFF, 0xD9]));
    let img = image::load_from_memory(&motion).unwrap();
    assert_eq!((img.width(), img.height()), (300, 200));
}

/// A WebP turned upright is encoded again: as a WebP, under its own name
/// (it was written as JPEG bytes named `.webp`).
#[test]
fn a_webp_turned_upright_stays_a_webp() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/images/turned.webp", &webp_turned(6));
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let published = std::fs::read(out.path().join("images/turned.webp")).unwrap();
    assert!(published.starts_with(b"RIFF") && &published[8..12] == b"WEBP");
    let img = image::load_from_memory_with_format(&published, image::ImageFormat::WebP).unwrap();
    assert_eq!((img.width(), img.height()), (80, 120), "turned upright");
    assert!(!contains(&published, GPS_MARK));
}
