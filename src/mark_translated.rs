//! `tilts check --mark-translated FILE`: records in a translation that
//! it is up to date with the current version of its source (the same
//! item in the site's default language). Only the `translated_from:` line
//! of the file is written (added before the closing `---` when it has
//! none); every other byte stays as the author wrote it. The source's
//! version is kept in `content/translated-from/`, for `check` to say later
//! what changed since.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::config::SiteConfig;
use crate::content::version;
use crate::messages::{Message, msg};

/// What marking one file did.
#[derive(Debug)]
pub enum Outcome {
    /// `translated_from:` written: the file, its source, the version.
    Marked(PathBuf, PathBuf, String),
    /// It already named the source's current version.
    Already(PathBuf, PathBuf),
    /// Not a translation that can be marked, and why.
    Refused(Message),
}

/// Marks `file` (a path as the user gave it: relative to the current
/// folder or to `root`) as translated from its source's current version.
pub fn mark(root: &Path, config: &SiteConfig, file: &Path) -> Result<Outcome> {
    let rel = relative(root, file);
    let (docs, ..) = crate::content::load(root, config, true, None, false, 0, None);
    let default = config.default_language;
    let code = config.languages[default].code.clone();
    let Some(doc) = docs.iter().find(|d| d.source == rel) else {
        return Ok(Outcome::Refused(
            msg("step-mark-not-found").arg("file", file.display()),
        ));
    };
    if doc.lang == default {
        let m = msg("step-mark-is-source").arg("code", code);
        return Ok(Outcome::Refused(m.arg("file", file.display())));
    }
    let source = docs
        .iter()
        .find(|d| d.section == doc.section && d.key == doc.key && d.lang == default);
    let Some(source) = source else {
        let m = msg("step-mark-no-source").arg("code", code);
        return Ok(Outcome::Refused(m.arg("file", file.display())));
    };
    let bytes = crate::fsio::read_site_file(root, &source.source)?;
    let text = String::from_utf8_lossy(&bytes);
    if let Some(kept) = version::text_of_file(&text, &source.title, &source.summary) {
        keep_version(root, &kept)?;
    }
    if doc.translated_from.as_ref().map(|f| &f.version) == Some(&source.version) {
        return Ok(Outcome::Already(rel, source.source.clone()));
    }
    let value = format!("{} {}", source.version, crate::clock::today());
    let written = crate::fsio::read_site_file(root, &rel)?;
    let written = String::from_utf8_lossy(&written);
    let Some(new) = with_translated_from(&written, &value) else {
        return Ok(Outcome::Refused(
            msg("step-mark-not-found").arg("file", file.display()),
        ));
    };
    crate::fsio::write_atomic(&root.join(&rel), new.as_bytes())?;
    Ok(Outcome::Marked(
        rel,
        source.source.clone(),
        source.version.clone(),
    ))
}

/// Keeps the version text `text` in `content/translated-from/` (once).
pub fn keep_version(root: &Path, text: &str) -> Result<()> {
    let path = root.join(version::snapshot_path(&version::hash(text)));
    if !path.is_file() {
        crate::fsio::write_atomic(&path, text.as_bytes())?;
    }
    Ok(())
}

/// `file` relative to the site's root: as given, if it is that already,
/// else from the current folder.
fn relative(root: &Path, file: &Path) -> PathBuf {
    if file.is_relative() && root.join(file).is_file() {
        let plain = |c: &std::path::Component| !matches!(c, std::path::Component::CurDir);
        return file.components().filter(plain).collect();
    }
    let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    let absolute = absolute.canonicalize().unwrap_or(absolute);
    absolute
        .strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| file.to_path_buf())
}

/// `text` (a whole content file) with its `translated_from:` line set to
/// `value`, or one added before the front matter's closing `---`; every
/// other byte as it was. `None` when the file has no front matter.
pub fn with_translated_from(text: &str, value: &str) -> Option<String> {
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let body = &text[bom.len()..];
    let mut lines = body.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let eol = if first.ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut out = String::with_capacity(text.len() + value.len() + 20);
    out.push_str(bom);
    out.push_str(first);
    let mut done = false;
    for line in lines.by_ref() {
        if line.trim_end() == "---" {
            if !done {
                out.push_str(&format!("translated_from: {value}{eol}"));
            }
            out.push_str(line);
            out.extend(lines);
            return Some(out);
        }
        if !done && line.starts_with("translated_from:") {
            let own_eol = &line[line.trim_end_matches(['\r', '\n']).len()..];
            out.push_str(&format!("translated_from: {value}{own_eol}"));
            done = true;
        } else {
            out.push_str(line);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::with_translated_from;

    #[test]
    fn only_the_line_is_written() {
        let text = "---\ntitle: A  \n# note\ntranslated_from: 000000000000 2026-01-01\ndraft: false\n---\nBody  \n";
        let new = with_translated_from(text, "3fa9c2e81b07 2026-12-01").unwrap();
        assert_eq!(
            new,
            text.replace("000000000000 2026-01-01", "3fa9c2e81b07 2026-12-01")
        );
    }

    #[test]
    fn the_line_is_added_with_the_file_s_line_ends() {
        let text = "\u{feff}---\r\ntitle: A\r\n---\r\n\r\nBody\r\n";
        let new = with_translated_from(text, "3fa9c2e81b07 2026-12-01").unwrap();
        assert_eq!(
            new,
            "\u{feff}---\r\ntitle: A\r\ntranslated_from: 3fa9c2e81b07 2026-12-01\r\n---\r\n\r\nBody\r\n"
        );
        assert_eq!(with_translated_from("title: A\n", "x"), None);
        assert_eq!(with_translated_from("---\ntitle: A\n", "x"), None);
    }
}
