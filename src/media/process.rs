//! One photo made ready for the web: turned upright by its EXIF
//! orientation, resized to the widths a page asks for (never larger than
//! it is), encoded as WebP with a JPEG (or PNG) fallback, cropped to
//! 1200×630 for social previews, and published without its metadata.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use super::strip::jpeg::Damage;

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
    /// A JPEG that ends before its end marker.
    CutShort,
    /// A JPEG holding too little data for the size it claims.
    TooLittleData { width: u32, height: u32 },
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
    if format == image::ImageFormat::Jpeg {
        whole_jpeg(bytes)?;
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(w);
    limits.max_image_height = Some(h);
    let mut decoder = {
        let mut r = reader();
        r.limits(limits);
        r.into_decoder().map_err(corrupt)?
    };
    // Held until this photo's files are made: see `budget.rs`.
    let decoded = u64::from(w) * u64::from(h) * u64::from(decoder.color_type().bytes_per_pixel());
    let _share = super::budget::DECODED.take(decoded * super::budget::HELD_PER_DECODED_BYTE);
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
        // A WebP stays a WebP under its own name.
        (false, None) if format == image::ImageFormat::WebP => encode_webp(&img)?,
        (false, None) => encode_fallback(&img, png, 92)?,
    };
    let mut files: Files = vec![(String::new(), original)];
    let widths = widths(&settings.widths, img.width());
    for &width in &widths {
        let resized = if width == img.width() {
            img.clone()
        } else {
            let height = scaled(img.height(), width, img.width());
            resize(&img, width, height, None)
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

/// A damaged JPEG, which decoders show, the missing part grey.
fn whole_jpeg(bytes: &[u8]) -> Result<(), Problem> {
    match super::strip::jpeg::damage(bytes) {
        Some(Damage::CutShort) => Err(Problem::CutShort),
        Some(Damage::TooLittleData { width, height }) => {
            Err(Problem::TooLittleData { width, height })
        }
        None => Ok(()),
    }
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
    let (left, top) = ((w - cw) / 2, (h - ch) / 2);
    if cw > ow {
        resize(img, ow, oh, Some((left, top, cw, ch)))
    } else {
        img.crop_imm(left, top, cw, ch)
    }
}

/// `img` (or the part `crop`: left, top, width, height) at `width` ×
/// `height`, Lanczos3. With `fast_image_resize` (SIMD, 5–10 times faster
/// than the `image` crate's resize: most of a photo's processing time),
/// and with `image` for the pixel formats it does not take.
fn resize(
    img: &DynamicImage,
    width: u32,
    height: u32,
    crop: Option<(u32, u32, u32, u32)>,
) -> DynamicImage {
    use fast_image_resize::{FilterType as Filter, ResizeAlg, ResizeOptions, Resizer};
    let mut options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(Filter::Lanczos3));
    if let Some((l, t, w, h)) = crop {
        options = options.crop(f64::from(l), f64::from(t), f64::from(w), f64::from(h));
    }
    let mut out = DynamicImage::new(width, height, img.color());
    match Resizer::new().resize(img, &mut out, &options) {
        Ok(()) => out,
        Err(_) => {
            let part = match crop {
                Some((l, t, w, h)) => img.crop_imm(l, t, w, h),
                None => img.clone(),
            };
            part.resize_exact(width, height, FilterType::Lanczos3)
        }
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
        assert_eq!(
            widths(&crate::config::PHOTO_WIDTHS, 2400),
            [360, 720, 1080, 1600]
        );
        assert_eq!(widths(&crate::config::PHOTO_WIDTHS, 1000), [360, 720, 1000]);
        assert_eq!(widths(&crate::config::PHOTO_WIDTHS, 720), [360, 720]);
        assert_eq!(widths(&crate::config::PHOTO_WIDTHS, 200), [200]);
        assert_eq!(widths(&[480, 960], 2400), [480, 960]);
    }

    #[test]
    fn resizing_keeps_the_picture_and_crops_the_middle() {
        // Left half black, right half white.
        let halves = DynamicImage::ImageRgb8(image::RgbImage::from_fn(400, 200, |x, _| {
            image::Rgb(if x < 200 { [0, 0, 0] } else { [255, 255, 255] })
        }));
        let small = resize(&halves, 100, 50, None).to_rgb8();
        assert_eq!(small.dimensions(), (100, 50));
        assert!(small.get_pixel(10, 25)[0] < 10 && small.get_pixel(90, 25)[0] > 245);
        // Thirds red, green, blue: the preview is the green middle.
        let thirds = DynamicImage::ImageRgb8(image::RgbImage::from_fn(3600, 630, |x, _| {
            image::Rgb(match x / 1200 {
                0 => [255, 0, 0],
                1 => [0, 255, 0],
                _ => [0, 0, 255],
            })
        }));
        let p = social_preview(&thirds).to_rgb8();
        assert_eq!(p.dimensions(), OG);
        assert_eq!(p.get_pixel(600, 300).0, [0, 255, 0]);
        // Transparency stays (PNG logos).
        let clear = DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
            64,
            64,
            image::Rgba([0, 0, 0, 0]),
        ));
        assert_eq!(
            resize(&clear, 16, 16, None).to_rgba8().get_pixel(8, 8)[3],
            0
        );
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
