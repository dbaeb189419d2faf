//! One photo made ready for the web: turned upright by its EXIF
//! orientation, resized to the widths a page asks for (never larger than
//! it is), encoded as WebP with a JPEG (or PNG) fallback, cropped to
//! 1200×630 for social previews, and published without its metadata.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

/// The widths made of every photo by default (those below its own width,
/// and its own width when it is below the largest): a 360 px phone to a
/// wide screen. `photo_widths:` in `site.yaml` sets others.
pub const WIDTHS: [u32; 4] = [360, 720, 1080, 1600];

/// A photo larger than this many pixels is refused (a decompression bomb
/// declares a huge canvas in a small file).
pub const MAX_PIXELS: u64 = 50_000_000;

/// The social preview's size.
pub const OG: (u32, u32) = (1200, 630);

const WEBP_QUALITY: f32 = 80.0;
const JPEG_QUALITY: u8 = 82;

/// Why a photo could not be processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JPEG, PNG or WebP inside, whatever its name says.
    Unsupported,
    /// The data is broken.
    Corrupt(String),
    /// Width × height over [`MAX_PIXELS`].
    TooLarge { width: u32, height: u32 },
}

/// What was made of one photo: names are suffixes of the source's stem
/// (`.w720.webp`), or `None` for the published original.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Made {
    /// Upright size.
    pub width: u32,
    pub height: u32,
    /// The widths made, smallest first.
    pub widths: Vec<u32>,
    /// `jpg` or `png`: the fallback's format.
    pub fallback: String,
    /// The social preview's size, when one was made.
    pub og: Option<(u32, u32)>,
}

/// The files of a processed photo: (suffix, bytes); suffix `""` is the
/// original without metadata.
pub type Files = Vec<(String, Vec<u8>)>;

/// What processing is asked for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settings {
    /// The widths to make, smallest first.
    pub widths: Vec<u32>,
    /// Publish the original as it is.
    pub keep_metadata: bool,
}

/// Processes `bytes`.
pub fn process(bytes: &[u8], settings: &Settings) -> Result<(Made, Files), Problem> {
    let format = image::guess_format(bytes).map_err(|_| Problem::Unsupported)?;
    if !matches!(
        format,
        image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP
    ) {
        return Err(Problem::Unsupported);
    }
    let corrupt = |e: image::ImageError| Problem::Corrupt(e.to_string());
    let reader = || ImageReader::with_format(Cursor::new(bytes), format);
    let (w, h) = reader().into_dimensions().map_err(corrupt)?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Problem::TooLarge {
            width: w,
            height: h,
        });
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(w);
    limits.max_image_height = Some(h);
    let mut decoder = {
        let mut r = reader();
        r.limits(limits);
        r.into_decoder().map_err(corrupt)?
    };
    let orientation = decoder.orientation().map_err(corrupt)?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(corrupt)?;
    img.apply_orientation(orientation);
    let png = format == image::ImageFormat::Png;
    let fallback = if png { "png" } else { "jpg" };
    let upright = orientation == image::metadata::Orientation::NoTransforms;
    // The original, upright and without metadata: as it is when it was
    // upright (not a pixel changes), else encoded again.
    let original = match (
        settings.keep_metadata,
        upright.then(|| super::strip::strip(bytes)).flatten(),
    ) {
        (true, _) => bytes.to_vec(),
        (false, Some(stripped)) => stripped,
        (false, None) => encode_fallback(&img, png, 92)?,
    };
    let mut files: Files = vec![(String::new(), original)];
    let widths = widths(&settings.widths, img.width());
    for &width in &widths {
        let resized = if width == img.width() {
            img.clone()
        } else {
            let height = scaled(img.height(), width, img.width());
            img.resize_exact(width, height, FilterType::Lanczos3)
        };
        files.push((format!(".w{width}.webp"), encode_webp(&resized)?));
        files.push((
            format!(".w{width}.{fallback}"),
            encode_fallback(&resized, png, JPEG_QUALITY)?,
        ));
    }
    let og = social_preview(&img);
    let og_size = (og.width(), og.height());
    files.push((".og.jpg".to_string(), encode_fallback(&og, false, 85)?));
    let made = Made {
        width: img.width(),
        height: img.height(),
        widths,
        fallback: fallback.to_string(),
        og: Some(og_size),
    };
    Ok((made, files))
}

/// The widths to make of a photo `width` pixels wide, of `wanted`
/// (sorted, not empty).
pub fn widths(wanted: &[u32], width: u32) -> Vec<u32> {
    let mut out: Vec<u32> = wanted.iter().copied().filter(|&w| w < width).collect();
    let largest = width.min(wanted[wanted.len() - 1]);
    if out.last() != Some(&largest) {
        out.push(largest);
    }
    out
}

/// `height` scaled by `to / from`, at least one pixel.
fn scaled(height: u32, to: u32, from: u32) -> u32 {
    ((u64::from(height) * u64::from(to) + u64::from(from) / 2) / u64::from(from)).max(1) as u32
}

/// The largest 1200:630 crop of the middle, scaled down to 1200×630 when
/// larger (a smaller photo gives a smaller preview: nothing is enlarged).
fn social_preview(img: &DynamicImage) -> DynamicImage {
    let (w, h) = (img.width(), img.height());
    let (ow, oh) = OG;
    let (cw, ch) = if u64::from(w) * u64::from(oh) > u64::from(h) * u64::from(ow) {
        (scaled(h, ow, oh).min(w), h)
    } else {
        (w, scaled(w, oh, ow).min(h))
    };
    let crop = img.crop_imm((w - cw) / 2, (h - ch) / 2, cw, ch);
    if cw > ow {
        crop.resize_exact(ow, oh, FilterType::Lanczos3)
    } else {
        crop
    }
}

fn encode_webp(img: &DynamicImage) -> Result<Vec<u8>, Problem> {
    let img = if img.color().has_alpha() {
        DynamicImage::ImageRgba8(img.to_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.to_rgb8())
    };
    let encoder = webp::Encoder::from_image(&img).map_err(|e| Problem::Corrupt(e.to_string()))?;
    Ok(encoder.encode(WEBP_QUALITY).to_vec())
}

/// JPEG (no alpha) or PNG; neither carries metadata.
fn encode_fallback(img: &DynamicImage, png: bool, quality: u8) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    let result = if png {
        img.write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
    } else {
        let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
        rgb.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, quality,
        ))
    };
    result.map_err(|e| Problem::Corrupt(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_never_enlarge() {
        assert_eq!(widths(&WIDTHS, 2400), [360, 720, 1080, 1600]);
        assert_eq!(widths(&WIDTHS, 1000), [360, 720, 1000]);
        assert_eq!(widths(&WIDTHS, 720), [360, 720]);
        assert_eq!(widths(&WIDTHS, 200), [200]);
        assert_eq!(widths(&[480, 960], 2400), [480, 960]);
    }

    #[test]
    fn previews_are_cropped_not_stretched() {
        let wide = DynamicImage::new_rgb8(2400, 1000);
        let p = social_preview(&wide);
        assert_eq!((p.width(), p.height()), OG);
        let small = DynamicImage::new_rgb8(600, 600);
        let p = social_preview(&small);
        assert_eq!((p.width(), p.height()), (600, 315));
    }
}
