//! `tilts new news "Title"` and `tilts new page "Title"`: a news item or a
//! page in every configured language at once, the translations marked as
//! untranslated drafts, the address fixed with `slug:`. Existing files are
//! never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::content::slug::slugify;
use crate::i18n::format::parse_iso_date;

/// Creates `content/news/DATE-SLUG.LANG.md` for every language; returns the
/// files written (relative to `root`).
pub fn create_news(
    root: &Path,
    config: &SiteConfig,
    title: &str,
    date: &str,
    lang: Option<&str>,
) -> Result<Vec<PathBuf>, String> {
    if parse_iso_date(date).is_none() {
        return Err(format!("`{date}` is not a date; write it as YYYY-MM-DD"));
    }
    let fields = |t: &str, slug: &str| {
        format!(
            "title: {t}\n# The web address; it stays when the title is corrected:\nslug: {slug}\ndate: {date}\n# One or two sentences for lists and previews:\nsummary: {t}\n"
        )
    };
    create(
        root,
        config,
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
) -> Result<Vec<PathBuf>, String> {
    let folder = folder
        .map(|f| f.trim_matches('/'))
        .filter(|f| !f.is_empty());
    if let Some(f) = folder
        && !f.split('/').all(crate::config::is_url_segment)
    {
        return Err(format!(
            "`{f}` cannot be part of a web address; use lowercase ASCII letters, digits and hyphens"
        ));
    }
    let base = match folder {
        Some(f) => format!("content/pages/{f}"),
        None => "content/pages".to_string(),
    };
    let fields = |t: &str, slug: &str| {
        format!(
            "title: {t}\n# The web address; it stays when the title is corrected:\nslug: {slug}\n# A place in the main menu (1 first), and a shorter label there:\n# menu: 5\n# menu_title: {t}\n"
        )
    };
    create(
        root,
        config,
        title,
        lang,
        &|slug| format!("{base}/{slug}"),
        &fields,
    )
}

/// One file per configured language at `stem(slug).LANG.md`: the given
/// language's ready, the others untranslated drafts. Nothing is written
/// when any of them exists.
fn create(
    root: &Path,
    config: &SiteConfig,
    title: &str,
    lang: Option<&str>,
    stem: &dyn Fn(&str) -> String,
    fields: &dyn Fn(&str, &str) -> String,
) -> Result<Vec<PathBuf>, String> {
    let main = match lang {
        Some(code) => config.language(code).ok_or_else(|| {
            let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            format!(
                "`{code}` is not one of this site's languages ({})",
                codes.join(", ")
            )
        })?,
        None => config.default_language(),
    };
    let title = title.trim();
    let slug = slugify(title);
    if slug.is_empty() {
        return Err("the title needs at least one letter or digit".to_string());
    }
    let stem = stem(&slug);
    let t = yaml_quote(title);
    let files: Vec<(PathBuf, String)> = config
        .languages
        .iter()
        .map(|l| {
            let path = PathBuf::from(format!("{stem}.{}.md", l.code));
            let text = if l.code == main.code {
                format!("---\n{}---\n\n", fields(&t, &slug))
            } else {
                format!(
                    "---\n# Untranslated: translate the title, summary, slug and text from {}, then remove `draft: true`.\n{}draft: true\n---\n\n",
                    main.name,
                    fields(&t, &slug)
                )
            };
            (path, text)
        })
        .collect();
    if let Some((existing, _)) = files.iter().find(|(p, _)| root.join(p).exists()) {
        return Err(format!(
            "{} already exists; nothing was written",
            existing.display()
        ));
    }
    let folder = Path::new(&stem).parent().unwrap_or(Path::new("content"));
    std::fs::create_dir_all(root.join(folder))
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let mut written = Vec::new();
    for (path, text) in &files {
        // create_new: even a file that appeared a moment ago is never replaced.
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(root.join(path))
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        f.write_all(text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path.clone());
    }
    Ok(written)
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
