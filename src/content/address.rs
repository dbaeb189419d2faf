//! Addresses that content puts into markup (`href`, `src`): a Markdown
//! link or image, a video's poster and transcript, an `image:` or a gallery
//! photo of the front matter, a website in a data file. Only `http:`,
//! `https:`, `mailto:`, `tel:` (a phone number people tap to call: it runs
//! nothing) and paths of the site pass, in every mode: a `javascript:` or
//! `data:` address is never a legitimate one. Pictures and posters must
//! moreover be the site's own files (see [`is_foreign`]).
//!
//! The scheme is read as a browser reads it, and then some: spaces and
//! control characters in front are dropped, tabs and line breaks inside are
//! removed (the URL standard does both), and character references
//! (`&#106;`, `&colon;`) and percent escapes (`%6A`) are decoded, so that
//! an address that would become `javascript:` after one more reading is
//! refused too.

use std::path::Path;

use super::{LinkRef, Section};
use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// The first link, image, poster or transcript of a Markdown text whose
/// address may not be put into the page, at its place.
pub(super) fn check_links(links: &[LinkRef], file: &Path) -> Result<(), Diagnostic> {
    for link in links {
        // `[here]()` links to the page itself.
        let message = if !link.url.trim().is_empty() && !is_safe_link(&link.url) {
            msg("md-bad-address").arg("value", &link.url)
        } else if link.is_poster && is_foreign(&link.url) {
            msg("md-foreign-poster").arg("value", &link.url)
        } else {
            continue;
        };
        return Err(Diagnostic::error(file, message).at(link.line, link.column));
    }
    Ok(())
}

/// A link target that is a site path, a relative path, or an
/// http(s), mailto or tel URL.
pub(crate) fn is_safe_link(url: &str) -> bool {
    if url.trim().is_empty() || url.contains(['\0', '\\', '<', '>', '"']) {
        return false;
    }
    let allowed = match scheme(url, false) {
        Some(s) => matches!(s.as_str(), "http" | "https" | "mailto" | "tel"),
        None => true,
    };
    // A browser does not decode `%3A` before it reads the scheme; a tool
    // further on might: what would then run script is refused as well.
    let runs_script = scheme(url, true).is_some_and(|s| {
        matches!(
            s.as_str(),
            "javascript" | "vbscript" | "livescript" | "data" | "file" | "blob" | "filesystem"
        )
    });
    allowed && !runs_script
}

/// Whether `url` leads away from the site (`https://…`, `//host/…` or any
/// other scheme): what a browser would load from another origin.
pub(crate) fn is_foreign(url: &str) -> bool {
    let s = normalized(url);
    s.starts_with("//") || scheme(url, false).is_some()
}

/// The scheme a browser could read in `url`, in lower case; `None` for a
/// path. Character references are decoded as a browser decodes them in an
/// attribute; percent escapes too when `percent`. Only what RFC 3986
/// allows a scheme to be counts (`Sanāksme 10:30.pdf` is a path).
fn scheme(url: &str, percent: bool) -> Option<String> {
    let mut s = normalized(url);
    // A few rounds: `&amp;#106;` is `&#106;` after one.
    for _ in 0..4 {
        let next = normalized(&decode(&s, percent));
        if next == s {
            break;
        }
        s = next;
    }
    let head = s.split(['/', '?', '#']).next().unwrap_or("");
    let (scheme, _) = head.split_once(':')?;
    let mut chars = scheme.chars();
    let grammatical = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    grammatical.then(|| scheme.to_ascii_lowercase())
}

/// `url` without leading spaces and controls, and without tabs and line
/// breaks anywhere.
fn normalized(url: &str) -> String {
    url.trim_start_matches(|c: char| c <= ' ' || c.is_whitespace() || c.is_control())
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// One round of decoding: percent escapes and character references.
fn decode(s: &str, percent: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if percent
            && bytes[i] == b'%'
            && let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
        } else if bytes[i] == b'&'
            && let Some((c, len)) = reference(&s[i..])
        {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += len;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The character a reference at the start of `s` stands for (`&#106;`,
/// `&#x6a`, `&colon;` …) and its length.
pub(super) fn reference(s: &str) -> Option<(char, usize)> {
    const NAMED: [(&str, char); 5] = [
        ("&colon;", ':'),
        ("&tab;", '\t'),
        ("&newline;", '\n'),
        ("&amp;", '&'),
        ("&percnt;", '%'),
    ];
    let cut = s.char_indices().nth(12).map_or(s.len(), |(i, _)| i);
    let head = s[..cut].to_ascii_lowercase();
    if let Some((name, c)) = NAMED.iter().find(|(n, _)| head.starts_with(n)) {
        return Some((*c, name.len()));
    }
    let rest = head.strip_prefix("&#")?;
    let (radix, start) = if rest.starts_with('x') {
        (16, 3)
    } else {
        (10, 2)
    };
    let digits = head[start..]
        .chars()
        .take_while(|c| c.is_digit(radix))
        .count();
    let code = u32::from_str_radix(head.get(start..start + digits)?, radix).ok()?;
    let len = start + digits;
    let len = len + usize::from(head.as_bytes().get(len) == Some(&b';'));
    Some((char::from_u32(code)?, len))
}

/// Resolves a relative link against the folder URL of the page it is on.
pub fn join_relative(base: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    if !base.ends_with('/') {
        parts.pop();
    }
    let trailing = rel.ends_with('/');
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut joined = parts.join("/");
    if trailing && !joined.is_empty() {
        joined.push('/');
    }
    joined
}

/// The output path (relative, `/`-separated) a site-absolute or relative
/// URL path stands for, seen from the page at `own_path`.
pub fn site_path(config: &SiteConfig, own_path: &str, path: &str) -> String {
    if let Some(abs) = path.strip_prefix('/') {
        // The base path `/sub` is a whole folder: `/subway/a.jpg` is not in it.
        match abs.strip_prefix(config.base_path.trim_start_matches('/')) {
            Some(rest)
                if !config.base_path.is_empty() && (rest.is_empty() || rest.starts_with('/')) =>
            {
                rest.trim_start_matches('/').to_string()
            }
            _ => abs.to_string(),
        }
    } else {
        join_relative(own_path, path)
    }
}

/// The address of a document (`lv/jaunumi/SLUG/`, `lt/FOLDER/SLUG/`),
/// relative to the site's root.
pub fn address(
    config: &SiteConfig,
    section: Section,
    lang: usize,
    folder: &str,
    slug: &str,
) -> String {
    let lang = &config.languages[lang];
    let folder = match section {
        Section::News => lang.sections.news.as_str(),
        Section::Page => folder,
    };
    // Joined by hand: `format!` took a tenth of laying out a large site.
    let mut path = String::with_capacity(lang.code.len() + folder.len() + slug.len() + 3);
    path.push_str(&lang.code);
    path.push('/');
    // A page without a folder is right under its language.
    if section == Section::News || !folder.is_empty() {
        path.push_str(folder);
        path.push('/');
    }
    path.push_str(slug);
    path.push('/');
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_and_paths_are_safe() {
        for ok in [
            "/images/a.jpg",
            "https://zpr.gov.lv",
            "HTTP://zpr.gov.lv",
            "mailto:info@example.eu",
            "pic.jpg",
            "../faili/plans.pdf#page=2",
            "/lv/a:b/",
            "https://example.org/a%20b?x=1&amp;y=2",
            "//cdn.example.org/a.jpg",
            "tel:+37163012345",
            "atskaite%3A2019.pdf",
            "Sanāksme 10:30.pdf",
        ] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "\u{1}\u{8}javascript:alert(1)",
            "\u{a0}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,x",
            "DATA:image/svg+xml,x",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript&colon;alert(1)",
            "&#106avascript:alert(1)",
            "&amp;#106;avascript:alert(1)",
            "%6Aavascript:alert(1)",
            "javascript%3Aalert(1)",
            "%20javascript:alert(1)",
            "",
            "  ",
            "a\"onerror=\"x",
            "\\\\host\\share",
        ] {
            assert!(!is_safe_link(bad), "{bad:?}");
        }
    }

    #[test]
    fn foreign_addresses_are_told_from_the_sites_own() {
        for foreign in [
            "https://example.org/a.jpg",
            " HTTP://example.org/a.jpg",
            "//example.org/a.jpg",
            "&#104;ttps://example.org/a.jpg",
        ] {
            assert!(is_foreign(foreign), "{foreign}");
        }
        for own in ["/images/a.jpg", "a.jpg", "../a.jpg", "/lv/a:b.jpg"] {
            assert!(!is_foreign(own), "{own}");
        }
    }
}
