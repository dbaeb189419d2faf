//! WebP: the picture's chunks (`VP8 `, `VP8L`, `VP8X`, `ALPH`, `ANIM`,
//! `ANMF`, `ICCP`), with the EXIF and XMP flags cleared in `VP8X` and the
//! RIFF size made right; `EXIF`, `XMP `, chunks tilts does not know and
//! anything after the RIFF size go.

const SHOWN: [&[u8; 4]; 7] = [
    b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP",
];

pub(super) fn strip(bytes: &[u8]) -> Option<Vec<u8>> {
    let size = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?) as usize;
    let riff = bytes.get(..size.checked_add(8)?.min(bytes.len()))?;
    let mut out = riff.get(..12)?.to_vec();
    let mut at = 12;
    while at < riff.len() {
        let kind = riff.get(at..at + 4)?;
        let len = u32::from_le_bytes(riff.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        // Chunks are padded to an even length.
        let end = (at + 8).checked_add(len + (len & 1))?.min(riff.len());
        if SHOWN.iter().any(|shown| shown[..] == *kind) {
            let start = out.len();
            out.extend_from_slice(&riff[at..end]);
            if kind == b"VP8X"
                && let Some(flags) = out.get_mut(start + 8)
            {
                // Flags: bit 3 EXIF, bit 2 XMP.
                *flags &= !0b0000_1100;
            }
        }
        at = end;
    }
    let size = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Some(out)
}
