//! Files for readers other than browsers: the sitemap with hreflang
//! alternates, robots.txt, an iCalendar file per event and a search index
//! per language. Pure functions of the assembled site; feeds are templates
//! (`atom.xml`) so that themes can localize them.

use std::fmt::Write;
use std::sync::Arc;

use bytes::Bytes;

use crate::config::SiteConfig;
use crate::content::Document;
use crate::content::event::Event;
use crate::fingerprint::Fingerprint;
use crate::output::PageSink;

mod redirects;
mod search;
use crate::site::{Route, Site};
pub use search::SEARCH_DIR;

/// The name of an event's calendar file inside its news item's folder.
pub const ICS_FILE: &str = "event.ics";

/// What the previous build published, by fingerprint of its inputs, so
/// that a rebuild in `serve` redoes only what changed: the sitemap when the
/// site's layout changed, a search index when one of its documents did
/// (from cached per-document entries).
#[derive(Debug, Clone, Default)]
pub struct PublishCache {
    files: crate::memo::Memo<Bytes>,
    /// Each language's search index.
    search: Vec<search::Index>,
    /// The layout the sitemap was made from, and its key.
    layout_key: u128,
    sitemap_key: u128,
}

/// Adds the sitemap, robots.txt, calendar files and search indexes.
/// `config_fingerprint` changes whenever the configuration does. With
/// `previous`, unchanged files are taken from it; with `keep`, the cache for
/// the next build is returned.
pub fn add_outputs(
    config: &SiteConfig,
    site: &Site,
    output: &dyn PageSink,
    config_fingerprint: u128,
    previous: Option<&PublishCache>,
    keep: bool,
    formatters: Option<&[crate::i18n::LocaleFormatter]>,
) -> Result<Option<PublishCache>, String> {
    let mut next_files = crate::memo::Memo::default();
    let mut put = |path: String, key: u128, make: &dyn Fn() -> Bytes| {
        let bytes = match previous.and_then(|p| p.files.get(&path, key)) {
            Some(bytes) => bytes.clone(),
            None => make(),
        };
        if keep {
            next_files.insert(Arc::from(path.as_str()), key, bytes.clone());
        }
        output.put(&path, bytes)
    };
    // What the sitemap shows: each page's URL, translations and date. The
    // very same routes as last time (a reused layout: no listing changed)
    // show the same.
    let sitemap_key = match previous {
        Some(p) if p.layout_key == site.layout_key => p.sitemap_key,
        _ => {
            let mut layout = Fingerprint::new();
            layout.u128(config_fingerprint);
            for r in site.routes.iter().filter(|r| r.is_indexable()) {
                layout.bytes(r.path.as_bytes());
                for t in &r.translations {
                    layout.bytes(t.as_deref().unwrap_or("\0").as_bytes());
                }
                if let crate::site::RouteKind::NewsItem(i) = r.kind {
                    layout.bytes(lastmod(&site.documents[i]).unwrap_or("").as_bytes());
                }
            }
            layout.finish()
        }
    };
    put("sitemap.xml".into(), sitemap_key, &|| {
        sitemap(config, site).into()
    })?;
    output.put("robots.txt", robots(config).into())?;
    for (file, text) in redirects::redirect_files(config, site) {
        output.put(file, text.into())?;
    }
    for (i, doc) in site.documents.iter().enumerate() {
        if let Some(event) = &doc.event {
            let path = site.document_path(config, i);
            let key = Fingerprint::new()
                .u128(config_fingerprint)
                .u128(doc.fingerprint)
                .finish();
            put(format!("{path}{ICS_FILE}"), key, &|| {
                calendar(config, doc, event, &format!("{}/{path}", config.base_url)).into()
            })?;
        }
    }
    let indexes = search::indexes(
        config,
        site,
        formatters,
        previous.map(|p| &p.search[..]),
        keep,
    );
    let put_all: Vec<(Arc<str>, Bytes)> = indexes
        .iter()
        .flat_map(|index| index.files.iter().cloned())
        .collect();
    for result in output.put_many(put_all) {
        result?;
    }
    Ok(keep.then(|| PublishCache {
        files: next_files,
        search: indexes,
        layout_key: site.layout_key,
        sitemap_key,
    }))
}

/// An absolute URL, escaped for XML text and attributes. Written in place:
/// a sitemap has tens of thousands of them.
struct XmlUrl<'a>(&'a str, &'a str);

impl std::fmt::Display for XmlUrl<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for part in [self.0, "/", self.1] {
            let mut rest = part;
            while let Some(at) = rest.find(['&', '<', '>', '"']) {
                f.write_str(&rest[..at])?;
                f.write_str(match rest.as_bytes()[at] {
                    b'&' => "&amp;",
                    b'<' => "&lt;",
                    b'>' => "&gt;",
                    _ => "&quot;",
                })?;
                rest = &rest[at + 1..];
            }
            f.write_str(rest)?;
        }
        Ok(())
    }
}

/// `sitemap.xml`: every page, with `xhtml:link` alternates for each
/// translation (itself included) and `x-default`.
pub fn sitemap<'a>(config: &'a SiteConfig, site: &'a Site) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let abs = |p: &'a str| XmlUrl(&config.base_url, p);
    let mut routes: Vec<&Route> = site.routes.iter().filter(|r| r.is_indexable()).collect();
    routes.sort_by(|a, b| a.path.cmp(&b.path));
    for r in routes {
        let _ = writeln!(out, "  <url>\n    <loc>{}</loc>", abs(&r.path));
        if let crate::site::RouteKind::NewsItem(i) = r.kind
            && let Some(stamp) = lastmod(&site.documents[i])
        {
            let _ = writeln!(out, "    <lastmod>{stamp}</lastmod>");
        }
        let has_alternates = r.translations.iter().flatten().count() > 1;
        if has_alternates {
            for (l, t) in r.translations.iter().enumerate() {
                if let Some(p) = t {
                    let _ = writeln!(
                        out,
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        config.languages[l].code,
                        abs(p)
                    );
                }
            }
            if let Some(p) = &r.translations[config.default_language] {
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    abs(p)
                );
            }
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// A news item's `<lastmod>`: when it was updated, else published.
fn lastmod(doc: &Document) -> Option<&str> {
    doc.updated
        .as_ref()
        .or(doc.published.as_ref())
        .map(|m| m.stamp.as_str())
}

pub fn robots(config: &SiteConfig) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
        config.base_url
    )
}

/// An RFC 5545 calendar with one event, in UTC (no VTIMEZONE needed).
pub fn calendar(config: &SiteConfig, doc: &Document, event: &Event, permalink: &str) -> String {
    let host = config
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or("tilts")
        .split('/')
        .next()
        .unwrap_or("tilts");
    // DTSTAMP must be a UTC time; the item's publication date keeps builds reproducible.
    let stamp = doc
        .date
        .as_deref()
        .unwrap_or(&event.start[..10])
        .replace('-', "");
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//tilts//tilts//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}-{}@{host}", doc.key, config.languages[doc.lang].code),
        format!("DTSTAMP:{stamp}T000000Z"),
        format!("DTSTART:{}", event.start_utc),
    ];
    if let Some(end) = &event.end_utc {
        lines.push(format!("DTEND:{end}"));
    }
    lines.push(format!("SUMMARY:{}", ics_escape(&doc.title)));
    lines.push(format!("LOCATION:{}", ics_escape(&event.location)));
    lines.push(format!("DESCRIPTION:{}", ics_escape(&doc.summary)));
    lines.push(format!("URL:{permalink}"));
    lines.push("END:VEVENT".to_string());
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

/// TEXT escaping of RFC 5545 section 3.3.11.
fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a UTF-8 character) and ends it with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_escaped_for_xml() {
        assert_eq!(
            XmlUrl("https://a.lv", "x&y<z>\"").to_string(),
            "https://a.lv/x&amp;y&lt;z&gt;&quot;"
        );
        assert_eq!(XmlUrl("https://a.lv", "").to_string(), "https://a.lv/");
    }

    #[test]
    fn text_is_escaped_and_lines_folded_at_75_octets() {
        assert_eq!(ics_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "ā".repeat(60));
        let folded = fold(&long);
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }
}
