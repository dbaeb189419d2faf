//! The addresses a build published, kept in the output's marker file, so
//! that the next build can say which ones disappeared — a title corrected
//! without `slug:`, a file renamed — and which `aliases:` line keeps old
//! links (shared on social media, printed on posters) working.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::site::{RouteKind, Site};

/// What marks the manifest's lines in the marker file.
const HEADER: &str = "# address\tsection\ttranslation key\tlanguage";

/// Address (`lv/jaunumi/x/`) → the document it shows, as
/// `(section, translation key, language code)`, which survive renames.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Addresses {
    by_path: BTreeMap<String, (String, String, String)>,
    /// The documents' current addresses and files, to point at.
    current: BTreeMap<(String, String, String), (String, std::path::PathBuf)>,
}

impl Addresses {
    /// The addresses of the documents of `site` (pages and aliases).
    pub fn of(config: &SiteConfig, site: &Site) -> Self {
        let mut out = Self::default();
        let id = |i: usize| {
            let d = &site.documents[i];
            let section = format!("{:?}", d.section).to_lowercase();
            (
                section,
                d.key.clone(),
                config.languages[d.lang].code.clone(),
            )
        };
        for r in site.routes.iter() {
            match r.kind {
                RouteKind::NewsItem(i) | RouteKind::Page(i) => {
                    out.by_path.insert(r.path.clone(), id(i));
                    out.current
                        .insert(id(i), (r.path.clone(), site.documents[i].source.clone()));
                }
                RouteKind::Alias(i) => {
                    out.by_path.insert(r.path.clone(), id(i));
                }
                _ => {}
            }
        }
        out
    }

    /// The manifest lines for the marker file.
    pub fn to_text(&self) -> String {
        let mut text = format!("{HEADER}\n");
        for (path, (section, key, lang)) in &self.by_path {
            text.push_str(&format!("{path}\t{section}\t{key}\t{lang}\n"));
        }
        text
    }

    /// What the marker file of the output `dir` lists (nothing when there
    /// is no marker, or it is from a version of tilts that kept none).
    pub fn read(dir: &Path) -> Self {
        // Only an ordinary file, read without waiting (a FIFO put there
        // would otherwise hold the build), and bounded.
        let bytes = crate::fsio::read_walked_file_up_to(&dir.join(super::MARKER), 64 << 20);
        let text = String::from_utf8(bytes.unwrap_or_default()).unwrap_or_default();
        let mut out = Self::default();
        for line in text.lines().skip_while(|l| *l != HEADER).skip(1) {
            let parts: Vec<&str> = line.split('\t').collect();
            if let [path, section, key, lang] = parts[..] {
                out.by_path.insert(
                    path.to_string(),
                    (section.to_string(), key.to_string(), lang.to_string()),
                );
            }
        }
        out
    }

    /// A warning for every address of `previous` this build no longer has,
    /// at the file of the document that moved (with the `aliases:` line to
    /// add), or at `content` when the document is gone.
    pub fn gone_since(&self, previous: &Addresses) -> Vec<Diagnostic> {
        let now: BTreeSet<&String> = self.by_path.keys().collect();
        previous
            .by_path
            .iter()
            .filter(|(path, _)| !now.contains(path))
            .map(|(path, id)| match self.current.get(id) {
                Some((new_path, source)) => Diagnostic::warning(
                    source,
                    msg("address-moved")
                        .arg("old", format!("/{path}"))
                        .arg("new", format!("/{new_path}")),
                ),
                None => Diagnostic::warning(
                    "content",
                    msg("address-gone").arg("old", format!("/{path}")),
                ),
            })
            .collect()
    }
}
