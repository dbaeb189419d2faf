//! `tilts new news "Title"` and `tilts new page "Title"`: a news item or a
//! page in every configured language at once, the translations marked as
//! untranslated drafts, the address fixed with `slug:`. Existing files are
//! never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::content::Section;
use crate::content::slug::slugify;
use crate::i18n::format::parse_iso_date;
use crate::messages::{Message, msg, text};

/// `# …`: a comment line in the language of the messages.
fn comment(id: &'static str) -> String {
    format!("# {}\n", text(&msg(id)))
}

/// Creates `content/news/DATE-SLUG.LANG.md` for every language; returns the
/// files written (relative to `root`).
pub fn create_news(
    root: &Path,
    config: &SiteConfig,
    title: &str,
    date: &str,
    lang: Option<&str>,
) -> Result<Vec<PathBuf>, Message> {
    if parse_iso_date(date).is_none() {
        return Err(msg("new-bad-date").arg("value", date));
    }
    let fields = |t: &str, slug: &str| {
        let (address, summary) = (comment("new-comment-slug"), comment("new-comment-summary"));
        format!("title: {t}\n{address}slug: {slug}\ndate: {date}\n{summary}summary: {t}\n")
    };
    create(
        root,
        (config, Section::News),
        title,
        lang,
        &|slug| format!("content/news/{date}-{slug}"),
        &fields,
    )
}

/// Creates `content/pages/[FOLDER/]SLUG.LANG.md` for every language (the
/// page's address is `/LANG/[FOLDER/]SLUG/`); returns the files written.
pub fn create_page(
    root: &Path,
    config: &SiteConfig,
    title: &str,
    folder: Option<&str>,
    lang: Option<&str>,
) -> Result<Vec<PathBuf>, Message> {
    let folder = folder
        .map(|f| f.trim_matches('/'))
        .filter(|f| !f.is_empty());
    if let Some(f) = folder
        && !f.split('/').all(crate::config::is_url_segment)
    {
        return Err(msg("new-bad-folder").arg("folder", f));
    }
    let base = match folder {
        Some(f) => format!("content/pages/{f}"),
        None => "content/pages".to_string(),
    };
    let fields = |t: &str, slug: &str| {
        let (address, menu) = (comment("new-comment-slug"), comment("new-comment-menu"));
        format!("title: {t}\n{address}slug: {slug}\n{menu}# menu: 5\n# menu_title: {t}\n")
    };
    create(
        root,
        (config, Section::Page),
        title,
        lang,
        &|slug| format!("{base}/{slug}"),
        &fields,
    )
}

/// One file per configured language at `stem(slug).LANG.md`: the given
/// language's ready, the others untranslated drafts. Nothing is written
/// when any of them exists. The other languages' files name the default
/// language's version they are translated from (`translated_from:`).
/// Writes into every translation of `files` the version of the source it
/// is made from (`translated_from:`), before the closing `---`.
fn record_version(config: &SiteConfig, version: &str, files: &mut [(PathBuf, String)]) {
    let code = &config.default_language().code;
    let lines = format!(
        "# {}\ntranslated_from: {version} {}\n",
        text(&msg("step-comment-translated-from").arg("code", code)),
        crate::clock::today()
    );
    for (i, (_, text)) in files.iter_mut().enumerate() {
        if i != config.default_language {
            // Before the closing `---` and the empty body.
            text.insert_str(text.len() - "---\n\n".len(), &lines);
        }
    }
}

fn create(
    root: &Path,
    (config, section): (&SiteConfig, Section),
    title: &str,
    lang: Option<&str>,
    stem: &dyn Fn(&str) -> String,
    fields: &dyn Fn(&str, &str) -> String,
) -> Result<Vec<PathBuf>, Message> {
    let main = match lang {
        Some(code) => config.language(code).ok_or_else(|| {
            let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            msg("new-unknown-language")
                .arg("code", code)
                .arg("codes", codes.join(", "))
        })?,
        None => config.default_language(),
    };
    let title = title.trim();
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(msg("new-title-no-letters"));
    }
    let stem = stem(&slug);
    let t = yaml_quote(title);
    let mut files: Vec<(PathBuf, String)> = config
        .languages
        .iter()
        .map(|l| {
            let path = PathBuf::from(format!("{stem}.{}.md", l.code));
            let text = if l.code == main.code {
                format!("---\n{}---\n\n", fields(&t, &slug))
            } else {
                let note = msg("new-comment-untranslated").arg("code", &main.code);
                format!(
                    "---\n# {}\n{}draft: true\n---\n\n",
                    text(&note),
                    fields(&t, &slug)
                )
            };
            (path, text)
        })
        .collect();
    let source = source_version(config, section, &files[config.default_language]);
    if let Some((version, _)) = &source {
        record_version(config, version, &mut files);
    }
    if let Some((existing, _)) = files.iter().find(|(p, _)| root.join(p).exists()) {
        return Err(msg("new-exists").arg("file", existing.display()));
    }
    let folder = Path::new(&stem).parent().unwrap_or(Path::new("content"));
    std::fs::create_dir_all(root.join(folder))
        .map_err(|e| cannot("new-cannot-create", folder, e))?;
    let mut written = Vec::new();
    for (path, text) in &files {
        // create_new: even a file that appeared a moment ago is never replaced.
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(root.join(path))
            .map_err(|e| cannot("new-cannot-create", path, e))?;
        f.write_all(text.as_bytes())
            .map_err(|e| cannot("new-cannot-write", path, e))?;
        written.push(path.clone());
    }
    if let Some((version, kept)) = source {
        crate::mark_translated::keep_version(root, &kept).map_err(|e| {
            cannot(
                "new-cannot-write",
                &crate::content::version::snapshot_path(&version),
                e,
            )
        })?;
    }
    Ok(written)
}

/// The version of the default language's new file `(path, text)`, and
/// its text to keep.
fn source_version(
    config: &SiteConfig,
    section: Section,
    (path, text): &(PathBuf, String),
) -> Option<(String, String)> {
    let lang = config.default_language;
    let doc = crate::content::parse_source(text.as_bytes(), path, section, "new", lang, config);
    let doc = doc.ok()?;
    let kept = crate::content::version::text_of_file(text, &doc.title, &doc.summary)?;
    Some((doc.version, kept))
}

/// "cannot create FILE: why".
fn cannot(id: &'static str, path: &Path, e: impl std::fmt::Display) -> Message {
    msg(id).arg("file", path.display()).arg("detail", e)
}

/// A YAML double-quoted string.
fn yaml_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_yaml() {
        assert_eq!(
            yaml_quote("Projekts: \"SocQuality\""),
            "\"Projekts: \\\"SocQuality\\\"\""
        );
    }
}
