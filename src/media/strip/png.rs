//! PNG: the critical chunks of the standard (`IHDR`, `PLTE`, `IDAT`,
//! `IEND`), and of the others only those that show the picture (colour,
//! transparency, pixel size, animation); nothing after
//! `IEND`. Text (`tEXt`, `zTXt`, `iTXt`), EXIF (`eXIf`, `zxIf`), C2PA
//! (`caBX`), the time of the last edit (`tIME`) and every chunk tilts does
//! not know go.

/// Ancillary chunks that change how the picture looks.
const SHOWN: [&[u8; 4]; 15] = [
    b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"cICP", b"mDCV", b"cLLI", b"sBIT", b"bKGD",
    b"hIST", b"pHYs", b"acTL", b"fcTL", b"fdAT",
];

pub(super) fn strip(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes.get(..8)?.to_vec();
    let mut at = 8;
    loop {
        let len = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind = bytes.get(at + 4..at + 8)?;
        let end = at.checked_add(12)?.checked_add(len)?;
        let chunk = bytes.get(at..end)?;
        // A critical chunk no standard defines could carry anything (and
        // no decoder would show the picture with it): it goes too.
        let critical = matches!(kind, b"IHDR" | b"PLTE" | b"IDAT" | b"IEND");
        if critical || SHOWN.iter().any(|shown| shown[..] == *kind) {
            out.extend_from_slice(chunk);
        }
        if kind == b"IEND" {
            return Some(out);
        }
        at = end;
    }
}
