//! `aliases:` in front matter: the old addresses of an item, each of which
//! becomes a page that sends visitors (and search engines) on to the item.

use crate::config::SiteConfig;

use super::Section;

/// The output path (`lv/jaunumi/vecais/`, or `zinas/123.html`) an alias
/// stands for, or `None` when it cannot be an address of this site.
///
/// `/lv/jaunumi/vecais/` (from the site root, with or without the base
/// path and the last `/`) is taken as it is; a bare name (`vecais`) is a
/// sibling of the item in its section and language.
pub fn output_path(
    alias: &str,
    config: &SiteConfig,
    section: Section,
    lang: usize,
) -> Option<String> {
    let alias = alias.trim();
    if alias.is_empty() || alias == "/" {
        return None;
    }
    let path = match alias.strip_prefix('/') {
        Some(rest) => {
            let base = config.base_path.trim_start_matches('/');
            match rest.strip_prefix(base).filter(|_| !base.is_empty()) {
                Some(r) if r.starts_with('/') => r[1..].to_string(),
                _ => rest.to_string(),
            }
        }
        None => {
            let language = &config.languages[lang];
            match section {
                Section::News => format!("{}/{}/{alias}", language.code, language.sections.news),
                Section::Page => format!("{}/{alias}", language.code),
            }
        }
    };
    let path = path.trim_end_matches('/');
    let plain = |s: &str| {
        !s.is_empty()
            && s != "."
            && s != ".."
            // `con`, `nul`, `com1` …: a folder no Windows host can hold.
            && !crate::config::is_reserved_on_windows(s)
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    };
    if path.is_empty() || !path.split('/').all(plain) {
        return None;
    }
    let is_file = path.ends_with(".html") || path.ends_with(".htm");
    // A folder named like a file (`assets/style.css/`) would take the place
    // of a file of the site: only the last part of an `.html` alias has a dot.
    let (folders, last) = path.rsplit_once('/').unwrap_or(("", path));
    if folders.contains('.') || (!is_file && last.contains('.')) {
        return None;
    }
    Some(if is_file {
        path.to_string()
    } else {
        format!("{path}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base: &str) -> SiteConfig {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/site.yaml"),
        )
        .unwrap()
        .replace("https://socquality.example.eu", base);
        crate::config::parse(&text).unwrap()
    }

    #[test]
    fn addresses_from_the_root_or_beside_the_item() {
        let c = config("https://socquality.example.eu");
        let news = |a| output_path(a, &c, Section::News, 0);
        assert_eq!(
            news("/lv/jaunumi/vecais/").as_deref(),
            Some("lv/jaunumi/vecais/")
        );
        assert_eq!(
            news("/lv/jaunumi/vecais").as_deref(),
            Some("lv/jaunumi/vecais/")
        );
        assert_eq!(news("vecais").as_deref(), Some("lv/jaunumi/vecais/"));
        assert_eq!(news("/zinas/123.html").as_deref(), Some("zinas/123.html"));
        assert_eq!(
            output_path("par", &c, Section::Page, 1).as_deref(),
            Some("lt/par/")
        );
        for bad in [
            "",
            "/",
            "/lv/../x/",
            "/lv/jaunumi/a b/",
            "/?p=123",
            "vecais#x",
            "ā",
            "con",
            "/lv/jaunumi/NUL/",
            "/lv/aux.html",
            "/com1/x/",
            "lpt9",
        ] {
            assert_eq!(news(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_base_path_may_be_written_or_not() {
        let c = config("https://example.eu/socquality");
        let news = |a| output_path(a, &c, Section::News, 0);
        assert_eq!(
            news("/socquality/lv/jaunumi/x/").as_deref(),
            Some("lv/jaunumi/x/")
        );
        assert_eq!(news("/lv/jaunumi/x/").as_deref(), Some("lv/jaunumi/x/"));
    }
}
