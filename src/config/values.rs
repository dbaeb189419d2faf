//! Single values of `site.yaml`, each read and checked: the base URL, the
//! programme logo's path, the time zone and the photo widths.

use crate::messages::{Message, msg};
use std::path::Path;

use super::SpannedPos;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::yaml::Spanned;

/// `photo_widths:`, sorted; each from 16 to 4000 pixels, at least one.
pub(super) fn photo_widths(
    raw: Option<&Spanned<Vec<u32>>>,
    file: &Path,
    diags: &mut Diagnostics,
) -> Vec<u32> {
    let Some(raw) = raw else {
        return super::PHOTO_WIDTHS.to_vec();
    };
    let mut widths = raw.value.clone();
    widths.sort_unstable();
    widths.dedup();
    if widths.is_empty() || widths.iter().any(|w| !(16..=4000).contains(w)) {
        let (l, c) = raw.pos();
        diags.push(Diagnostic::error(file, msg("config-photo-widths-bad")).at(l, c));
        return super::PHOTO_WIDTHS.to_vec();
    }
    widths
}

/// `programme_logo:` or `favicon:` (`key`) as an output path (`images/logo.png`).
pub(super) fn site_file(p: &Spanned<String>, key: &str) -> Result<String, Message> {
    let path = p.value.trim_start_matches('/').to_string();
    let plain = !path.is_empty()
        && path
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != ".." && !s.contains('\\'));
    if plain {
        Ok(path)
    } else {
        Err(msg("config-site-file-bad")
            .arg("key", key)
            .arg("value", &p.value))
    }
}

/// `timezone:` (default Europe/Riga) and its name.
pub(super) fn time_zone(
    written: Option<&Spanned<String>>,
) -> Result<(jiff::tz::TimeZone, String), Message> {
    let name = written
        .map_or("Europe/Riga", |t| t.value.trim())
        .to_string();
    match jiff::tz::TimeZone::get(&name) {
        Ok(tz) => Ok((tz, name)),
        Err(_) => Err(msg("config-timezone-bad").arg("value", &name)),
    }
}

/// `base_url` split into the address without its last `/` and its path
/// (`""` or `/sub/folder`), or why it cannot be the site's address. It is
/// written into every page, the feeds, the sitemap and the web server's
/// address list, so only a plain address passes: `http` or `https`, a
/// host of letters, digits, dots and hyphens (or `[IPv6]`), a port from 1
/// to 65535, and a path of URL-safe characters without `..`; no user
/// name or password, query, fragment, spaces, quotes, `;` or `$`.
pub(super) fn split_base_url(url: &str) -> Result<(String, String), Message> {
    let bad = |why: &'static str| {
        msg("config-base-url-bad")
            .arg("url", url.escape_debug())
            .message("why", msg(why))
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| msg("config-base-url-scheme").arg("url", url.escape_debug()))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].trim_end_matches('/')),
        None => (rest, ""),
    };
    if authority.contains('@') {
        return Err(bad("config-base-url-user"));
    }
    let (host, port) = match authority.find(']') {
        // `[::1]:1111`: the port after the bracket.
        Some(end) if authority.starts_with('[') => match &authority[end + 1..] {
            "" => (&authority[..=end], None),
            after => match after.strip_prefix(':') {
                Some(port) => (&authority[..=end], Some(port)),
                None => return Err(bad("config-base-url-host")),
            },
        },
        _ => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let host_ok = host_is_plain(host);
    if !host_ok {
        return Err(bad("config-base-url-host"));
    }
    if let Some(port) = port
        && !(port.len() <= 5
            && !port.is_empty()
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p)))
    {
        return Err(bad("config-base-url-port"));
    }
    let path_ok = path_is_plain(path);
    if !path_ok {
        return Err(bad("config-base-url-path"));
    }
    Ok((url.trim_end_matches('/').to_string(), path.to_string()))
}

/// A host of letters (of any alphabet: `ķekava.lv`, an IDN), digits, dots
/// and hyphens, with a dot at the end allowed (`example.lv.`, the fully
/// qualified form), or an IPv6 address in brackets.
fn host_is_plain(host: &str) -> bool {
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => {
            !v6.is_empty()
                && v6
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        }
        None => {
            let host = host.strip_suffix('.').unwrap_or(host);
            !host.is_empty()
                && host.split('.').all(|label| {
                    !label.is_empty()
                        && !label.starts_with('-')
                        && label.chars().all(|c| c.is_alphanumeric() || c == '-')
                })
        }
    }
}

/// Letters of any alphabet and what RFC 3986 allows in a path, but the
/// `;`, `$` and quotes a web server's configuration would read; no `.`
/// or `..` part and no empty one.
fn path_is_plain(path: &str) -> bool {
    path.chars().all(|c| {
        c.is_alphanumeric()
            || matches!(
                c,
                '/' | '-'
                    | '_'
                    | '.'
                    | '~'
                    | '%'
                    | '+'
                    | ','
                    | '='
                    | '@'
                    | '!'
                    | '('
                    | ')'
                    | '*'
                    | ':'
            )
    }) && path.split('/').all(|part| part != ".." && part != ".")
        && !path.contains("//")
}
