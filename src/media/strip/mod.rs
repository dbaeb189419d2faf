//! Metadata out of published images, without touching a pixel: the
//! camera's EXIF (with its GPS position), XMP, IPTC, C2PA, comments and
//! whatever a phone appends after the picture go; what the picture needs to
//! look right (colour profile, Adobe colour transform) stays. Photos of
//! people with disabilities and of children must not carry where they were
//! taken. What a format allows is kept by a list of what is needed, not by
//! a list of what is known to be metadata: a chunk nobody knows goes too.

pub mod jpeg;
mod png;
mod webp;

/// `bytes` without metadata, when the format is one we strip (JPEG, PNG,
/// WebP); `None` for other formats or data that does not parse (the caller
/// then encodes the picture again, which carries no metadata).
pub fn strip(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg::strip(bytes)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png::strip(bytes)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        webp::strip(bytes)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
