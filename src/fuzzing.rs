//! Entry points for the fuzz targets in `fuzz/` and for their regression
//! tests in `tests/suite/fuzz_regressions.rs`. Each takes arbitrary bytes and
//! must return without panicking, whatever the bytes are.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::config::SiteConfig;
use crate::content::{self, Section};
use crate::data::model;
use crate::i18n::Translations;
use crate::validate::data as checks;

const CONFIG: &str = "base_url: https://example.eu\ndefault_language: lv\nlanguages:\n  - {code: lv, locale: lv-LV, name: Latviešu, title: T, sections: {news: jaunumi, partners: partneri, budget: budzets, accessibility: a, events: e, search: s, page: lapa}}\n  - {code: lt, locale: lt-LT, name: Lietuvių, title: T, sections: {news: naujienos, partners: partneriai, budget: biudzetas, accessibility: a, events: e, search: s, page: puslapis}}\n";

fn config() -> &'static SiteConfig {
    static CONFIG_CELL: OnceLock<SiteConfig> = OnceLock::new();
    CONFIG_CELL
        .get_or_init(|| crate::config::parse(CONFIG).expect("the fuzzing configuration is valid"))
}

/// A Markdown file with front matter, read as a news item and as a page, in both languages.
pub fn front_matter_and_markdown(bytes: &[u8]) {
    let file = Path::new("content/news/fuzz.lv.md");
    for section in [Section::News, Section::Page] {
        for lang in 0..2 {
            if let Ok(doc) = content::parse_source(bytes, file, section, "fuzz", lang, config()) {
                let _ = content::markdown::sanitize(&doc.html);
            }
        }
    }
}

/// A YAML text read as each of the data files, checked when it parses.
pub fn data_files(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let file = Path::new("content/data/fuzz.yaml");
    let partners = crate::yaml::parse::<model::Partners>(text, file, 1).ok();
    if let Ok(project) = crate::yaml::parse::<model::Project>(text, file, 1) {
        let empty = model::Partners {
            partners: Vec::new(),
        };
        let _ = checks::check_project_and_partners(
            &project,
            partners.as_ref().unwrap_or(&empty),
            config(),
        );
    }
    if let Ok(budget) = crate::yaml::parse::<model::Budget>(text, file, 1) {
        let empty = model::Partners {
            partners: Vec::new(),
        };
        let _ = checks::check_budget(&budget, partners.as_ref().unwrap_or(&empty), config());
    }
    if let Ok(a) = crate::yaml::parse::<model::Accessibility>(text, file, 1) {
        let _ = checks::check_accessibility(&a, config());
    }
    let _ = text.parse::<crate::money::Money>();
}

/// A Fluent text used as both languages' UI strings; every message is
/// formatted with numbers that exercise every plural category.
pub fn fluent_messages(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let sources = vec![
        (PathBuf::from("i18n/lv.ftl"), Ok(text.clone())),
        (PathBuf::from("i18n/lt.ftl"), Ok(text)),
    ];
    let (Some(t), _) = Translations::from_sources(config(), sources) else {
        return;
    };
    let keys: Vec<String> = t.keys(0).iter().take(50).cloned().collect();
    for key in keys {
        for lang in 0..2 {
            for n in [
                "0", "1", "2", "5", "11", "21", "22", "111", "0.5", "1.5", "-3", "1e3",
            ] {
                let mut args = FluentArgs::new();
                if let Some(v) = crate::i18n::fluent::number_arg(n) {
                    args.set("count", v);
                }
                args.set("name", FluentValue::from("Auce"));
                let _ = t.format(lang, &key, &args);
            }
        }
    }
}

/// Any bytes through the metadata stripper (as a JPEG, PNG or WebP) and
/// the JPEG damage check. What comes out is no longer than what went in,
/// is the same when stripped again, and has no segment or chunk that can
/// hold metadata.
pub fn strip_metadata(bytes: &[u8]) {
    use crate::media::strip::{jpeg, strip};
    let _ = jpeg::damage(bytes);
    let Some(out) = strip(bytes) else {
        return;
    };
    assert!(out.len() <= bytes.len(), "stripping made it longer");
    assert_eq!(
        strip(&out).as_deref(),
        Some(&out[..]),
        "stripping again changes it"
    );
    if out.starts_with(&[0xFF, 0xD8]) {
        let walked = jpeg::walk(&out, |segment| {
            let body = segment.bytes.get(4..).unwrap_or_default();
            let kept = match segment.marker {
                0xE0 => body.starts_with(b"JFIF\0") && body.len() == 14,
                0xE2 => body.starts_with(b"ICC_PROFILE\0"),
                0xEE => body.starts_with(b"Adobe"),
                // The segments that make the picture, and no other.
                0xC0..=0xCF | 0xDB | 0xDD | 0xDC | 0xDA | 0xD9 => true,
                _ => false,
            };
            assert!(kept, "marker {:02X} kept", segment.marker);
        });
        assert_eq!(walked, Ok(()), "the stripped JPEG is not whole");
    } else {
        for kind in [
            &b"eXIf"[..],
            b"zxIf",
            b"tEXt",
            b"zTXt",
            b"iTXt",
            b"EXIF",
            b"XMP ",
        ] {
            assert!(
                !chunk_kinds(&out).any(|k| k == kind),
                "{} kept",
                String::from_utf8_lossy(kind)
            );
        }
    }
}

/// The kinds of a PNG's or a WebP's chunks.
fn chunk_kinds(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let png = bytes.starts_with(b"\x89PNG");
    let mut at = if png { 8 } else { 12 };
    std::iter::from_fn(move || {
        let (kind, len) = match png {
            true => (bytes.get(at + 4..at + 8)?, bytes.get(at..at + 4)?),
            false => (bytes.get(at..at + 4)?, bytes.get(at + 4..at + 8)?),
        };
        let len: [u8; 4] = len.try_into().ok()?;
        let len = match png {
            true => u32::from_be_bytes(len) as usize + 4,
            false => u32::from_le_bytes(len) as usize + (u32::from_le_bytes(len) & 1) as usize,
        };
        at = at.checked_add(8)?.checked_add(len)?;
        Some(kind)
    })
}

/// Markdown bodies of about `size` bytes built to find slow paths: many
/// headings of one text, many links on one line and on many lines, many
/// captioned tables, deep block quotes, lists and raw HTML. Used by the
/// hostile-input test and by `examples/bench_hostile.rs`.
pub fn hostile_markdown(size: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(size / unit.len().max(1) + 1);
    vec![
        ("repeated headings", fill("## Jaunumi\n\n")),
        ("many links on one line", fill("[saite](/lv/) ")),
        ("many links, one per line", fill("[saite](/lv/)\n")),
        ("many images", fill("![attēls](/a.png) ")),
        (
            "many tables with captions",
            fill("| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: Paraksts\n\n"),
        ),
        (
            "many tables, captions before",
            fill("Tabula: Paraksts\n\n| a |\n|---|\n| 1 |\n\n"),
        ),
        (
            "deep block quotes",
            format!("{}teksts\n", ">".repeat(size / 2)),
        ),
        (
            "deep lists",
            (0..size / 40)
                .map(|i| format!("{}- x\n", "  ".repeat(i % 2000)))
                .collect(),
        ),
        (
            "deep raw HTML",
            format!(
                "{}x{}",
                "<div>".repeat(size / 11),
                "</div>".repeat(size / 11)
            ),
        ),
        (
            "deep emphasis",
            format!("{}x{}", "*_".repeat(size / 4), "_*".repeat(size / 4)),
        ),
        (
            "nested links",
            format!("{}x{}", "[".repeat(size / 8), "](/lv/)".repeat(size / 8)),
        ),
        (
            "quotes and footnotes",
            fill("\"Teksts\"[^1] ") + "\n\n[^1]: Piezīme.\n",
        ),
    ]
}
