//! Metadata out of published images, without touching a pixel: the
//! camera's EXIF (with its GPS position), XMP, IPTC and comments go; what
//! the picture needs to look right (colour profile, Adobe colour
//! transform) stays. Photos of people with disabilities and of children
//! must not carry where they were taken.

/// `bytes` without metadata, when the format is one we strip (JPEG, PNG,
/// WebP); `None` for other formats or data that does not parse.
pub fn strip(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp(bytes)
    } else {
        None
    }
}

/// JPEG: every segment up to the image data, but APP1 (EXIF, XMP), APP13
/// (IPTC, Photoshop), APP12 and comments; from the first scan on, the
/// rest as it is.
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut at = 2;
    loop {
        // Fill bytes before a marker are allowed.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        if bytes.get(at) != Some(&0xFF) {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        match marker {
            // Start of scan: the image data follows; keep everything.
            0xDA => {
                out.extend_from_slice(&bytes[at..]);
                return Some(out);
            }
            // Markers without a length.
            0xD0..=0xD7 | 0x01 => {
                out.extend_from_slice(&bytes[at..at + 2]);
                at += 2;
                continue;
            }
            0xD9 => {
                out.extend_from_slice(&bytes[at..at + 2]);
                return Some(out);
            }
            _ => {}
        }
        let len = u16::from_be_bytes([*bytes.get(at + 2)?, *bytes.get(at + 3)?]) as usize;
        let end = at + 2 + len;
        if len < 2 || end > bytes.len() {
            return None;
        }
        let metadata = matches!(marker, 0xE1 | 0xEC | 0xED | 0xFE);
        if !metadata {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
}

/// PNG: every chunk but text (`tEXt`, `zTXt`, `iTXt`), EXIF (`eXIf`) and
/// the time of the last edit (`tIME`).
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..8].to_vec();
    let mut at = 8;
    while at < bytes.len() {
        let len = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind = bytes.get(at + 4..at + 8)?;
        let end = at.checked_add(12)?.checked_add(len)?;
        if end > bytes.len() {
            return None;
        }
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
    Some(out)
}

/// WebP: every RIFF chunk but `EXIF` and `XMP `, with their flags cleared
/// in the `VP8X` header and the RIFF size made right.
fn webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..12].to_vec();
    let mut at = 12;
    while at < bytes.len() {
        let kind = bytes.get(at..at + 4)?;
        let len = u32::from_le_bytes(bytes.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        // Chunks are padded to an even length.
        let end = (at + 8).checked_add(len + (len & 1))?.min(bytes.len());
        match kind {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let start = out.len();
                out.extend_from_slice(&bytes[at..end]);
                // Flags: bit 3 EXIF, bit 2 XMP.
                if let Some(flags) = out.get_mut(start + 8) {
                    *flags &= !0b0000_1100;
                }
            }
            _ => out.extend_from_slice(&bytes[at..end]),
        }
        at = end;
    }
    let size = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
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
}
