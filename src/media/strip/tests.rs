use super::*;

fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
    s.extend_from_slice(body);
    s
}

#[test]
fn jpeg_loses_exif_xmp_iptc_and_comments_but_keeps_the_rest() {
    let mut jpeg = vec![0xFF, 0xD8];
    jpeg.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    jpeg.extend(segment(0xE1, b"Exif\0\0GPS 56.65N 23.72E"));
    jpeg.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>"));
    jpeg.extend(segment(0xE2, b"ICC_PROFILE\0profile"));
    jpeg.extend(segment(0xED, b"Photoshop 3.0\0IPTC"));
    jpeg.extend(segment(0xFE, b"a comment"));
    jpeg.extend(segment(0xDB, b"quant"));
    jpeg.extend([0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xD9]);
    let out = strip(&jpeg).unwrap();
    let text = String::from_utf8_lossy(&out);
    for gone in ["GPS", "xmpmeta", "IPTC", "a comment"] {
        assert!(!text.contains(gone), "{gone}");
    }
    for kept in ["JFIF", "ICC_PROFILE", "quant"] {
        assert!(text.contains(kept), "{kept}");
    }
    assert!(out.ends_with(&[0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xD9]));
}

#[test]
fn png_loses_text_and_exif_chunks() {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    };
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &[0; 13]));
    png.extend(chunk(b"tEXt", b"GPS\0somewhere"));
    png.extend(chunk(b"eXIf", b"MM\0*exif"));
    png.extend(chunk(b"IDAT", b"pixels"));
    png.extend(chunk(b"IEND", b""));
    let out = strip(&png).unwrap();
    let text = String::from_utf8_lossy(&out);
    assert!(!text.contains("somewhere") && !text.contains("exif"));
    assert!(text.contains("IHDR") && text.contains("pixels") && text.contains("IEND"));
}

#[test]
fn webp_loses_exif_and_xmp_and_their_flags() {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = kind.to_vec();
        c.extend_from_slice(&(data.len() as u32).to_le_bytes());
        c.extend_from_slice(data);
        if data.len() % 2 == 1 {
            c.push(0);
        }
        c
    };
    let mut body = b"WEBP".to_vec();
    body.extend(chunk(b"VP8X", &[0b0000_1100, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    body.extend(chunk(b"VP8 ", b"frame"));
    body.extend(chunk(b"EXIF", b"GPS data"));
    body.extend(chunk(b"XMP ", b"<xmp/>"));
    let mut webp = b"RIFF".to_vec();
    webp.extend_from_slice(&(body.len() as u32).to_le_bytes());
    webp.extend(body);
    let out = strip(&webp).unwrap();
    let text = String::from_utf8_lossy(&out);
    assert!(!text.contains("GPS") && !text.contains("xmp"));
    assert!(text.contains("frame"));
    assert_eq!(out[20], 0, "flags cleared");
    assert_eq!(
        u32::from_le_bytes(out[4..8].try_into().unwrap()) as usize,
        out.len() - 8
    );
}

#[test]
fn other_formats_and_broken_data_are_not_stripped() {
    assert_eq!(strip(b"<svg/>"), None);
    assert_eq!(strip(&[0xFF, 0xD8, 0x00]), None);
}

/// What no stripped file may carry: the position, the EXIF header.
fn assert_clean(out: &[u8]) {
    let has = |needle: &[u8]| out.windows(needle.len()).any(|w| w == needle);
    assert!(!has(b"GPS"), "GPS left in {out:?}");
    assert!(!has(b"Exif\0\0"), "EXIF left in {out:?}");
    assert_eq!(
        strip(out).as_deref(),
        Some(out),
        "stripping again changes it"
    );
}

/// SOI, a quantization table, a frame header of `w`×`h` (one component).
fn jpeg_head(sof: u8, w: u16, h: u16) -> Vec<u8> {
    let mut j = vec![0xFF, 0xD8];
    j.extend(segment(0xDB, &[0; 65]));
    let mut frame = vec![8];
    frame.extend(h.to_be_bytes());
    frame.extend(w.to_be_bytes());
    frame.extend([1, 1, 0x11, 0]);
    j.extend(segment(sof, &frame));
    j.extend(segment(0xC4, b"huffman"));
    j
}

/// A scan header and entropy-coded data (with a stuffed byte and a restart).
fn scan(data: &[u8]) -> Vec<u8> {
    let mut s = segment(0xDA, &[1, 1, 0, 0, 63, 0]);
    s.extend(data);
    s.extend([0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD3, 0x56]);
    s
}

#[test]
fn jpeg_loses_what_follows_its_end_marker() {
    // A motion photo: the video (and a second EXIF) after the picture.
    let mut jpeg = jpeg_head(0xC0, 8, 8);
    jpeg.extend(scan(b"pixels"));
    jpeg.extend([0xFF, 0xD9]);
    let picture = jpeg.len();
    jpeg.extend([0xFF, 0xD8]);
    jpeg.extend(segment(0xE1, b"Exif\0\0GPS second image"));
    jpeg.extend(b"ftypmp42 video GPS");
    let out = strip(&jpeg).unwrap();
    assert_eq!(out, jpeg[..picture]);
    assert_clean(&out);
}

#[test]
fn jpeg_loses_metadata_between_progressive_scans() {
    let mut jpeg = jpeg_head(0xC2, 8, 8);
    jpeg.extend(scan(b"first scan"));
    let metadata = [
        segment(0xE1, b"Exif\0\0GPS between scans"),
        segment(0xFE, b"GPS comment"),
    ];
    jpeg.extend(metadata.concat());
    jpeg.extend(segment(0xC4, b"more huffman"));
    jpeg.extend(scan(b"second scan"));
    jpeg.extend([0xFF, 0xD9]);
    let out = strip(&jpeg).unwrap();
    assert_clean(&out);
    let text = String::from_utf8_lossy(&out);
    for kept in ["first scan", "second scan", "more huffman"] {
        assert!(text.contains(kept), "{kept}");
    }
    assert_eq!(out.len(), jpeg.len() - metadata.concat().len());
}

#[test]
fn jpeg_keeps_only_the_app_segments_the_picture_needs() {
    let mut jpeg = vec![0xFF, 0xD8];
    // JFIF with a 1×1 thumbnail: the thumbnail goes, the header stays.
    jpeg.extend(segment(0xE0, b"JFIF\0\x01\x02\0\0\x01\0\x01\x01\x01GPS"));
    jpeg.extend(segment(0xE0, b"JFXX\0\x10GPS thumbnail"));
    jpeg.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01profile"));
    jpeg.extend(segment(0xE2, b"MPF\0GPS multi-picture"));
    jpeg.extend(segment(0xE2, b"FPXR\0GPS flashpix"));
    jpeg.extend(segment(0xE3, b"Meta\0GPS kodak"));
    jpeg.extend(segment(0xE6, b"NITF\0GPS"));
    jpeg.extend(segment(0xEB, b"JP\0\0jumbc2pa GPS"));
    jpeg.extend(segment(0xEC, b"Ducky GPS"));
    jpeg.extend(segment(0xED, b"Photoshop 3.0\0GPS"));
    jpeg.extend(segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01"));
    jpeg.extend(segment(0xEF, b"GPS app15"));
    jpeg.extend(segment(0xFE, b"GPS comment"));
    jpeg.extend(jpeg_head(0xC0, 8, 8)[2..].iter());
    jpeg.extend(segment(0xDD, &[0, 4]));
    jpeg.extend(scan(b"pixels"));
    jpeg.extend([0xFF, 0xD9]);
    let out = strip(&jpeg).unwrap();
    assert_clean(&out);
    let mut expected = vec![0xFF, 0xD8];
    expected.extend(segment(0xE0, b"JFIF\0\x01\x02\0\0\x01\0\x01\0\0"));
    expected.extend(segment(0xE2, b"ICC_PROFILE\0\x01\x01profile"));
    expected.extend(segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01"));
    expected.extend(jpeg_head(0xC0, 8, 8)[2..].iter());
    expected.extend(segment(0xDD, &[0, 4]));
    expected.extend(scan(b"pixels"));
    expected.extend([0xFF, 0xD9]);
    assert_eq!(out, expected);
}

#[test]
fn jpeg_cut_short_is_not_stripped() {
    let mut jpeg = jpeg_head(0xC0, 8, 8);
    jpeg.extend(scan(b"pixels"));
    assert_eq!(strip(&jpeg), None, "no end marker");
    assert_eq!(strip(&jpeg[..40]), None, "cut in a segment");
}

fn png_chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    c.extend_from_slice(&[0, 0, 0, 0]);
    c
}

#[test]
fn png_keeps_only_what_shows_the_picture_and_stops_at_its_end() {
    let kept: [&[u8; 4]; 11] = [
        b"IHDR", b"iCCP", b"sRGB", b"gAMA", b"cHRM", b"pHYs", b"PLTE", b"tRNS", b"acTL", b"fcTL",
        b"IDAT",
    ];
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut expected = png.clone();
    for kind in kept {
        png.extend(png_chunk(kind, b"data"));
        expected.extend(png_chunk(kind, b"data"));
    }
    for kind in [
        b"eXIf", b"zxIf", b"iTXt", b"tEXt", b"zTXt", b"caBX", b"tIME", b"prVt",
    ] {
        png.extend(png_chunk(kind, b"Exif\0\0GPS"));
    }
    png.extend(png_chunk(b"fdAT", b"frame"));
    expected.extend(png_chunk(b"fdAT", b"frame"));
    png.extend(png_chunk(b"IEND", b""));
    expected.extend(png_chunk(b"IEND", b""));
    png.extend(b"GPS appended after the end");
    let out = strip(&png).unwrap();
    assert_eq!(out, expected);
    assert_clean(&out);
    assert_eq!(strip(&expected[..expected.len() - 12]), None, "no IEND");
}

#[test]
fn webp_loses_what_follows_its_riff_size() {
    let mut webp = b"RIFF".to_vec();
    webp.extend(16u32.to_le_bytes());
    webp.extend(b"WEBPVP8 ");
    webp.extend(4u32.to_le_bytes());
    webp.extend(b"fram");
    let whole = webp.clone();
    webp.extend(b"EXIF");
    webp.extend(12u32.to_le_bytes());
    webp.extend(b"Exif\0\0GPS 56");
    let out = strip(&webp).unwrap();
    assert_eq!(out, whole);
    assert_clean(&out);
}

#[test]
fn webp_keeps_only_known_picture_chunks() {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = kind.to_vec();
        c.extend_from_slice(&(data.len() as u32).to_le_bytes());
        c.extend_from_slice(data);
        c
    };
    let mut body = b"WEBP".to_vec();
    body.extend(chunk(b"VP8X", &[0b0011_1100, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    body.extend(chunk(b"ICCP", b"prof"));
    body.extend(chunk(b"ANIM", b"anim"));
    body.extend(chunk(b"ANMF", b"fram"));
    body.extend(chunk(b"XYZW", b"GPS!"));
    body.extend(chunk(b"EXIF", b"Exif\0\0GPS 56"));
    let mut webp = b"RIFF".to_vec();
    webp.extend((body.len() as u32).to_le_bytes());
    webp.extend(body);
    let out = strip(&webp).unwrap();
    assert_clean(&out);
    assert_eq!(out[20], 0b0011_0000, "ICC and animation flags kept");
    assert_eq!(out.len(), 12 + 18 + 3 * 12);
}

#[test]
fn a_jpeg_cut_short_or_too_small_for_its_size_is_damaged() {
    use super::jpeg::{Damage, damage};
    let whole = |sof, w, h| {
        let mut j = jpeg_head(sof, w, h);
        j.extend(scan(b"pixels"));
        j.extend([0xFF, 0xD9]);
        j
    };
    assert_eq!(damage(&whole(0xC0, 8, 8)), None);
    assert_eq!(damage(&whole(0xC2, 64, 64)), None, "64 blocks, 13 bytes");
    let cut = whole(0xC0, 8, 8);
    assert_eq!(damage(&cut[..cut.len() - 2]), Some(Damage::CutShort));
    assert_eq!(damage(&cut[..cut.len() - 5]), Some(Damage::CutShort));
    assert_eq!(
        damage(&whole(0xC0, 4000, 3000)),
        Some(Damage::TooLittleData {
            width: 4000,
            height: 3000
        })
    );
    // Arithmetic coding can take less than a bit a block: not judged.
    assert_eq!(damage(&whole(0xC9, 4000, 3000)), None);
    assert_eq!(damage(b"\xFF\xD8\x00junk"), None, "for the decoder to say");
}
