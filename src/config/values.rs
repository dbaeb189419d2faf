//! Single values of `site.yaml`, each read and checked: the base URL, the
//! programme logo's path, the time zone and the photo widths.

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
        return crate::media::process::WIDTHS.to_vec();
    };
    let mut widths = raw.value.clone();
    widths.sort_unstable();
    widths.dedup();
    if widths.is_empty() || widths.iter().any(|w| !(16..=4000).contains(w)) {
        let (l, c) = raw.pos();
        diags.push(
            Diagnostic::error(file, "photo_widths must list widths from 16 to 4000 pixels")
                .at(l, c)
                .with_hint("for example photo_widths: [360, 720, 1080, 1600]"),
        );
        return crate::media::process::WIDTHS.to_vec();
    }
    widths
}

/// `programme_logo:` or `favicon:` (`key`) as an output path (`images/logo.png`).
pub(super) fn site_file(p: &Spanned<String>, key: &str) -> Result<String, String> {
    let path = p.value.trim_start_matches('/').to_string();
    let plain = !path.is_empty()
        && path
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != ".." && !s.contains('\\'));
    if plain {
        Ok(path)
    } else {
        Err(format!(
            "{key} `{}` must be a path like /images/logo.png",
            p.value
        ))
    }
}

/// `timezone:` (default Europe/Riga) and its name.
pub(super) fn time_zone(
    written: Option<&Spanned<String>>,
) -> Result<(jiff::tz::TimeZone, String), String> {
    let name = written
        .map_or("Europe/Riga", |t| t.value.trim())
        .to_string();
    match jiff::tz::TimeZone::get(&name) {
        Ok(tz) => Ok((tz, name)),
        Err(_) => Err(format!("`{name}` is not a time zone")),
    }
}

pub(super) fn split_base_url(url: &str) -> Result<(String, String), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("base_url `{url}` must start with https:// or http://"))?;
    let trimmed = url.trim_end_matches('/').to_string();
    if rest.trim_end_matches('/').is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c == '?' || c == '#')
    {
        return Err(format!("base_url `{url}` is not a plain site address"));
    }
    let path = match rest.find('/') {
        Some(i) => rest[i..].trim_end_matches('/').to_string(),
        None => String::new(),
    };
    Ok((trimmed, path))
}
