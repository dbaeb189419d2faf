//! Topics (`content/data/tags.yaml`): one id per topic, its name and
//! address in each language, so that a topic page links to the same topic
//! in the other language. News items name topics by id (`tags: [jauniesi]`).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::Localized;
use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::fingerprint::Fingerprint;
use crate::messages::msg;
use crate::yaml::Spanned;

pub const TAGS_FILE: &str = "content/data/tags.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTags {
    tags: Vec<RawTag>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTag {
    id: Spanned<String>,
    name: Localized,
    #[serde(default)]
    slug: Option<Localized>,
}

/// One topic in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub id: String,
    /// Per configured language.
    pub names: Vec<String>,
    /// Per configured language: the address segment (`/lv/temas/SLUG/`).
    pub slugs: Vec<String>,
}

/// All topics, in the order of `tags.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TagSet {
    pub tags: Vec<Tag>,
    index: BTreeMap<String, usize>,
    pub fingerprint: u128,
    /// The data files could not be read: the topics are unknown, and what
    /// news items name is not checked against them.
    pub unread: bool,
}

impl TagSet {
    /// The topics of a site whose data files have errors.
    pub fn unread() -> TagSet {
        TagSet {
            unread: true,
            fingerprint: 1,
            ..TagSet::default()
        }
    }

    /// The position of topic `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// Reads `tags.yaml` (text already read; `None`: the site has none).
pub fn parse(text: Option<&str>, config: &SiteConfig) -> Result<TagSet, Vec<Diagnostic>> {
    let Some(text) = text else {
        return Ok(TagSet::default());
    };
    let file = std::path::Path::new(TAGS_FILE);
    let raw: RawTags = crate::yaml::parse(text, file, 1).map_err(|d| vec![d])?;
    let mut out = TagSet {
        fingerprint: Fingerprint::new().bytes(text.as_bytes()).finish(),
        ..TagSet::default()
    };
    let mut problems = Vec::new();
    let mut taken: Vec<BTreeMap<String, String>> = vec![BTreeMap::new(); config.languages.len()];
    for raw in raw.tags {
        let id = raw.id.value.trim().to_string();
        let at = |d: Diagnostic| {
            let (l, c) = crate::yaml::position(&raw.id, 1);
            d.at(l, c)
        };
        if out.index.contains_key(&id) {
            problems.push(at(Diagnostic::error(
                file,
                msg("tag-id-twice").arg("id", &id),
            )));
            continue;
        }
        let mut names = Vec::new();
        let mut slugs = Vec::new();
        for (l, lang) in config.languages.iter().enumerate() {
            let name = raw.name.value.get(&lang.code).map_or("", |n| n.trim());
            if name.is_empty() {
                super::model::languages_present(
                    TAGS_FILE,
                    msg("what-tag-name").arg("id", &id),
                    &raw.name,
                    config,
                    &mut problems,
                );
                break;
            }
            let slug = raw
                .slug
                .as_ref()
                .and_then(|s| s.value.get(&lang.code))
                .map(|s| s.trim().to_string())
                .unwrap_or_else(|| crate::content::slug::slugify(name));
            if !crate::config::is_url_segment(&slug) {
                problems.push(at(Diagnostic::error(
                    file,
                    msg("tag-bad-slug").arg("id", &id).arg("slug", &slug),
                )));
            } else if let Some(other) = taken[l].insert(slug.clone(), id.clone()) {
                problems.push(at(Diagnostic::error(
                    file,
                    msg("tag-slug-twice")
                        .arg("id", &id)
                        .arg("other", other)
                        .arg("slug", &slug),
                )));
            }
            names.push(name.to_string());
            slugs.push(slug);
        }
        if names.len() == config.languages.len() {
            out.index.insert(id.clone(), out.tags.len());
            out.tags.push(Tag { id, names, slugs });
        }
    }
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(out)
}
