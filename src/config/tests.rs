//! Tests of the module beside this file.
use super::*;

#[test]
fn base_url_keeps_its_path_as_link_prefix() {
    assert_eq!(
        split_base_url("https://example.eu/socquality/").unwrap(),
        ("https://example.eu/socquality".into(), "/socquality".into())
    );
    assert_eq!(
        split_base_url("http://127.0.0.1:1111").unwrap(),
        ("http://127.0.0.1:1111".into(), "".into())
    );
    assert!(split_base_url("ftp://x").is_err());
    assert!(split_base_url("https://").is_err());
    assert_eq!(
        split_base_url("http://[::1]:1111/a/").unwrap(),
        ("http://[::1]:1111/a".into(), "/a".into())
    );
    assert!(split_base_url("https://zpr.gov.lv:443/socquality").is_ok());
    for good in [
        "https://ķekava.lv/projekts",
        "https://example.lv./",
        "https://example.eu/projekti/lli-317+(2018)/",
        "https://example.eu/sākums",
    ] {
        assert!(split_base_url(good).is_ok(), "{good}");
    }
}

/// `base_url` is written into every page, the feeds, the sitemap and
/// the web server's address list (an nginx map): only a plain address.
#[test]
fn a_base_url_that_would_break_a_file_format_is_refused() {
    for (bad, why) in [
        ("https://user:secret@example.eu", "config-base-url-user"),
        ("https://example.eu:0", "config-base-url-port"),
        ("https://example.eu:65536", "config-base-url-port"),
        ("https://example.eu:80x", "config-base-url-port"),
        ("https://example.eu:", "config-base-url-port"),
        ("https://exa;mple.eu", "config-base-url-host"),
        ("https://example.eu/a;b", "config-base-url-path"),
        ("https://example.eu/$host", "config-base-url-path"),
        ("https://example.eu/a/../b", "config-base-url-path"),
        ("https://example.eu/a b", "config-base-url-path"),
        ("https://example.eu/a\"b", "config-base-url-path"),
        ("https://example.eu/?q", "config-base-url-path"),
        ("https://example.eu/#x", "config-base-url-path"),
        ("https://example.eu/a\nb", "config-base-url-path"),
        ("https://-x.eu", "config-base-url-host"),
        ("https://[::1]x", "config-base-url-host"),
    ] {
        let err = split_base_url(bad).unwrap_err();
        assert_eq!(err.id(), "config-base-url-bad", "{bad}");
        let shown = err.render(crate::messages::Lang::En).0;
        let reason = crate::messages::msg(why)
            .render(crate::messages::Lang::En)
            .0;
        assert!(shown.contains(&reason), "{bad}: {shown}");
    }
}

#[test]
fn url_segments_are_plain_ascii() {
    assert!(is_url_segment("jaunumi"));
    assert!(!is_url_segment("../x"));
    assert!(!is_url_segment("Jaunumi"));
    assert!(!is_url_segment("budžets"));
    assert!(!is_url_segment(""));
}
