//! Splitting a Markdown file into its YAML front matter and body, and reading
//! the front matter with positions kept for later checks.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::yaml::{self, Spanned};

/// Front matter of a news item or page, as written. Unknown fields are errors.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    /// Required; missing, it is reported with the other fields' problems.
    #[serde(default)]
    pub title: Option<Spanned<String>>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub summary: Option<Spanned<String>>,
    /// When the item was last changed in substance (shown, and used by feeds).
    #[serde(default)]
    pub updated: Option<Spanned<String>>,
    /// From this date or time on, the item is left out of the site.
    #[serde(default)]
    pub expires: Option<Spanned<String>>,
    /// Old addresses of the item; each one sends visitors on to it.
    #[serde(default)]
    pub aliases: Option<Vec<Spanned<String>>>,
    /// Topics, by their id in `content/data/tags.yaml`.
    #[serde(default)]
    pub tags: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub slug: Option<Spanned<String>>,
    #[serde(default)]
    pub translation_key: Option<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub image: Option<Spanned<String>>,
    #[serde(default)]
    pub image_alt: Option<Spanned<String>>,
    /// Pages only: position in the main navigation.
    #[serde(default)]
    pub menu: Option<Spanned<u32>>,
    /// Pages only: the label in the main navigation, when shorter than the title.
    #[serde(default)]
    pub menu_title: Option<Spanned<String>>,
    /// News only: an event the item announces.
    #[serde(default)]
    pub event: Option<super::event::RawEvent>,
    /// Photos shown as a gallery below the text: a list, each with its
    /// description, or a folder of photos with a captions file.
    #[serde(default)]
    pub gallery: Option<Spanned<RawGallery>>,
    /// A translation: the version of the default language's text it was
    /// made from, and when (`tilts check --mark-translated` writes it).
    #[serde(default)]
    pub translated_from: Option<Spanned<String>>,
    /// `false`: `tilts check` does not proofread this file.
    #[serde(default)]
    pub proofing: Option<bool>,
}

/// `gallery:`: a list of photos, or a folder (`gallery: photos/kickoff`, or
/// `folder:` with `captions:` naming the captions file).
#[derive(Debug)]
pub enum RawGallery {
    Photos(Vec<RawGalleryPhoto>),
    Folder(RawGalleryFolder),
}

/// `gallery:` as a folder of photos under `static/`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGalleryFolder {
    pub folder: String,
    /// The captions file in the folder (default `captions.LANG.yaml`, else
    /// `captions.yaml`).
    #[serde(default)]
    pub captions: Option<String>,
}

// By hand rather than `#[serde(untagged)]`: an untagged enum loses the
// positions of the values inside it, and its error names no field.
impl<'de> Deserialize<'de> for RawGallery {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = RawGallery;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of photos or a folder of photos")
            }
            fn visit_str<E: serde::de::Error>(self, folder: &str) -> Result<RawGallery, E> {
                Ok(RawGallery::Folder(RawGalleryFolder {
                    folder: folder.to_string(),
                    captions: None,
                }))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, a: A) -> Result<RawGallery, A::Error> {
                Deserialize::deserialize(SeqAccessDeserializer::new(a)).map(RawGallery::Photos)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, a: A) -> Result<RawGallery, A::Error> {
                Deserialize::deserialize(MapAccessDeserializer::new(a)).map(RawGallery::Folder)
            }
        }
        d.deserialize_any(Either)
    }
}

/// One photo of `gallery:`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGalleryPhoto {
    pub src: Spanned<String>,
    /// What the photo shows, for people who cannot see it (required).
    #[serde(default)]
    pub alt: Option<Spanned<String>>,
    /// A line shown under the photo.
    #[serde(default)]
    pub caption: Option<String>,
}

/// A file cut at its front matter fences. Lines are 1-based.
#[derive(Debug)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// The line the YAML starts on (2: after the opening `---`).
    pub yaml_line: u32,
    pub body: &'a str,
    /// The line the body starts on.
    pub body_line: u32,
}

/// Cuts `text` (already without BOM, with `\n` line ends) into front matter and body.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let missing = || Diagnostic::error(file, msg("fm-missing")).at(1, 1);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| (text.trim_end() == "---").then_some(""))
        .ok_or_else(missing)?;
    let mut offset = 0;
    for (n, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body,
                body_line: n as u32 + 3,
            });
        }
        offset += line.len();
    }
    let lines = text.lines().count() as u32;
    Err(Diagnostic::error(file, msg("fm-not-closed")).at(lines.max(1), 1))
}

/// Reads the YAML part of `split`: the front matter, if it can be read,
/// and its problems. Every field tilts does not know is reported at once;
/// without them, the rest is read on (and its own problems reported).
pub fn parse(split: &Split, file: &Path) -> (Option<RawFrontMatter>, Vec<Diagnostic>) {
    let first = match yaml::parse(split.yaml, file, split.yaml_line) {
        Ok(fm) => return (Some(fm), Vec::new()),
        Err(d) => d,
    };
    if first.key.as_ref().map(|k| k.id()) != Some("yaml-unknown-field") {
        return (None, vec![first]);
    }
    let known = field_names();
    // Should the parser ever word its list differently: its own finding.
    if !known.iter().any(|f| f == "title") {
        return (None, vec![first]);
    }
    let unknown: Vec<(u32, String)> = yaml::top_level_keys(split.yaml)
        .into_iter()
        .filter(|(_, key)| !known.contains(key))
        .collect();
    if unknown.is_empty() {
        return (None, vec![first]);
    }
    let mut problems: Vec<Diagnostic> = unknown
        .iter()
        .map(|(line, key)| {
            let message = msg("yaml-unknown-field")
                .arg("field", key)
                .arg("expected", known.join(", "));
            Diagnostic::error(file, message).at(line + split.yaml_line - 1, 1)
        })
        .collect();
    let lines: Vec<u32> = unknown.iter().map(|(line, _)| *line).collect();
    let rest = yaml::without_entries(split.yaml, &lines);
    match yaml::parse(&rest, file, split.yaml_line) {
        Ok(fm) => (Some(fm), problems),
        Err(d) => {
            problems.push(d);
            (None, problems)
        }
    }
}

/// The fields of front matter, as the parser names them (asked once, with
/// a field no one writes).
fn field_names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let said = serde_saphyr::from_str::<RawFrontMatter>("tilts-no-such-field: 1")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        let list = said.split("expected one of ").nth(1).unwrap_or("");
        let list = list.lines().next().unwrap_or("");
        list.split(", ")
            .map(|f| f.trim_matches('`').to_string())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let text = "---\ntitle: A\ndate: 2018-05-16\n---\nBody\n";
        let s = split(text, Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: A\ndate: 2018-05-16\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_reported() {
        let e = split("title: A\n", Path::new("a.md")).unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = split("---\ntitle: A\nbody\n", Path::new("a.md")).unwrap_err();
        assert!(e.message.contains("not closed"));
    }

    #[test]
    fn field_errors_point_into_the_file() {
        let text = "---\ntitle: A\ntitel: B\n---\n";
        let s = split(text, Path::new("a.md")).unwrap();
        let (_, e) = parse(&s, Path::new("a.md"));
        assert_eq!((e[0].line, e[0].column), (Some(3), Some(1)));
    }

    #[test]
    fn every_unknown_field_is_reported_and_the_rest_read() {
        let text = "---\ntitel: A\ndate: 2018-05-16\nsumary: |\n  S\nslug: x\n---\n";
        let s = split(text, Path::new("a.md")).unwrap();
        let (fm, e) = parse(&s, Path::new("a.md"));
        let found: Vec<_> = e.iter().map(|d| (d.line, d.message.clone())).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, Some(2));
        assert_eq!(found[1].0, Some(4));
        assert!(found[1].1.contains("`sumary`"), "{found:?}");
        let hint = e[1].hint.clone().unwrap_or_default();
        assert!(hint.contains("title, date, summary"), "{hint}");
        assert_eq!(fm.unwrap().slug.unwrap().value, "x");
    }
}
