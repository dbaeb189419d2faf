//! JPEG, segment by segment from the start of image to its end marker,
//! every scan's entropy-coded data stepped over: the segments that show
//! the picture (tables, frame, scans, restart interval), the JFIF header
//! without its thumbnail, an ICC colour profile and the Adobe colour
//! transform. Every other APPn segment (EXIF, XMP, MPF, FlashPix, JUMBF
//! and C2PA, IPTC, …), every comment, and whatever follows the end marker
//! (the second picture or the video of a motion photo) go. Also tells
//! whether a JPEG is cut short or holds too little data for its size,
//! which decoders do not say (they fill the rest with grey).

/// One segment of a JPEG.
pub struct Segment<'a> {
    pub marker: u8,
    /// Marker, length and body (the marker alone when it has no length).
    pub bytes: &'a [u8],
    /// After a start of scan: the entropy-coded data that follows it.
    pub scan: &'a [u8],
}

/// Why a JPEG could not be walked to its end marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    /// The data ends before the end marker.
    Short,
    /// Something other than a segment where one must be.
    Malformed,
}

/// Calls `visit` with every segment after the start of image, up to and
/// with the end marker.
pub fn walk<'a>(bytes: &'a [u8], mut visit: impl FnMut(&Segment<'a>)) -> Result<(), Broken> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return Err(Broken::Malformed);
    }
    let mut at = 2;
    loop {
        // Fill bytes before a marker are allowed.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let (Some(&first), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else {
            return Err(Broken::Short);
        };
        if first != 0xFF || matches!(marker, 0x00 | 0xD8) {
            return Err(Broken::Malformed);
        }
        let end = if matches!(marker, 0xD0..=0xD7 | 0x01 | 0xD9) {
            at + 2
        } else {
            let (Some(&high), Some(&low)) = (bytes.get(at + 2), bytes.get(at + 3)) else {
                return Err(Broken::Short);
            };
            let len = usize::from(u16::from_be_bytes([high, low]));
            if len < 2 {
                return Err(Broken::Malformed);
            }
            at + 2 + len
        };
        if end > bytes.len() {
            return Err(Broken::Short);
        }
        let scan_end = match marker {
            0xDA => entropy_end(bytes, end).ok_or(Broken::Short)?,
            _ => end,
        };
        visit(&Segment {
            marker,
            bytes: &bytes[at..end],
            scan: &bytes[end..scan_end],
        });
        if marker == 0xD9 {
            return Ok(());
        }
        at = scan_end;
    }
}

/// Where the entropy-coded data from `from` ends: at the first 0xFF
/// followed by neither a stuffed zero nor a restart marker.
fn entropy_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let ff = at + memchr::memchr(0xFF, bytes.get(at..)?)?;
        match bytes.get(ff + 1)? {
            0x00 | 0xD0..=0xD7 => at = ff + 2,
            _ => return Some(ff),
        }
    }
}

/// The JPEG without metadata; `None` when it cannot be walked to its end.
pub(super) fn strip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    walk(bytes, |segment| {
        let body = segment.bytes.get(4..).unwrap_or_default();
        match segment.marker {
            // JFIF: its 14 bytes, without the thumbnail.
            0xE0 if body.len() >= 14 && body.starts_with(b"JFIF\0") => {
                out.extend_from_slice(&[0xFF, 0xE0, 0, 16]);
                out.extend_from_slice(&body[..12]);
                out.extend_from_slice(&[0, 0]);
            }
            0xE2 if body.starts_with(b"ICC_PROFILE\0") => out.extend_from_slice(segment.bytes),
            0xEE if body.starts_with(b"Adobe") => out.extend_from_slice(segment.bytes),
            // What the picture is made of: frame headers (SOF0–15 but
            // DHT, JPG and DAC), Huffman and arithmetic tables, quantization
            // tables, the restart interval, the number of lines, the scans
            // and the end; and nothing else, so no segment a decoder does
            // not need (APPn, COM, JPGn, reserved ones) carries metadata.
            0xC0..=0xCF | 0xDB | 0xDD | 0xDC | 0xDA | 0xD9 => out.extend_from_slice(segment.bytes),
            _ => {}
        }
        out.extend_from_slice(segment.scan);
    })
    .ok()?;
    Some(out)
}

/// What is wrong with a JPEG that a decoder would show anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The file ends before the picture's end marker.
    CutShort,
    /// The frame header claims `width` × `height` pixels, and the scans
    /// hold fewer bytes than the smallest picture of that size could.
    TooLittleData { width: u32, height: u32 },
}

/// Whether `bytes` (a JPEG) is cut short or holds too little data for the
/// size it claims: each 8×8 block of each component takes at least a bit
/// in a Huffman-coded picture (a DC code; a baseline one also an end of
/// block). Malformed data is for the decoder to report.
pub fn damage(bytes: &[u8]) -> Option<Damage> {
    let mut frame = None;
    let mut data = 0u64;
    let walked = walk(bytes, |segment| {
        // Huffman-coded frames: baseline, extended, progressive.
        if matches!(segment.marker, 0xC0..=0xC2) {
            frame = frame.or_else(|| blocks(segment.bytes));
        }
        data += segment.scan.len() as u64;
    });
    match walked {
        Err(Broken::Short) => Some(Damage::CutShort),
        Err(Broken::Malformed) => None,
        Ok(()) => {
            let (width, height, blocks) = frame?;
            (data * 8 < blocks).then_some(Damage::TooLittleData { width, height })
        }
    }
}

/// A frame header's width, height and number of 8×8 blocks (all
/// components); `None` when the height is left to a later marker.
fn blocks(sof: &[u8]) -> Option<(u32, u32, u64)> {
    let body = sof.get(4..)?;
    let height = u32::from(u16::from_be_bytes([*body.get(1)?, *body.get(2)?]));
    let width = u32::from(u16::from_be_bytes([*body.get(3)?, *body.get(4)?]));
    let count = usize::from(*body.get(5)?);
    let sampling: Vec<(u64, u64)> = body
        .get(6..6 + 3 * count)?
        .chunks_exact(3)
        .map(|c| (u64::from(c[1] >> 4), u64::from(c[1] & 0x0F)))
        .collect();
    let h_max = sampling.iter().map(|s| s.0).max()?;
    let v_max = sampling.iter().map(|s| s.1).max()?;
    if height == 0 || width == 0 || h_max == 0 || v_max == 0 {
        return None;
    }
    let side =
        |pixels: u32, factor: u64, max: u64| (u64::from(pixels) * factor).div_ceil(max).div_ceil(8);
    let total = sampling
        .iter()
        .map(|&(h, v)| side(width, h, h_max) * side(height, v, v_max))
        .sum();
    Some((width, height, total))
}
