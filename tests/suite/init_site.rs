//! A site made by `tilts init` is what a new user gets: built from the
//! site folder with no flags, every script, stylesheet and picture its
//! pages load is published.

use crate::common::*;

/// Every `src="…"` and `href="…"` of `html` that names a file of the site
/// (not a page, not another site).
fn local_assets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["src=\"", "href=\""] {
        for piece in html.split(attr).skip(1) {
            let url = piece.split('"').next().unwrap_or("");
            let path = url.split(['?', '#']).next().unwrap_or("");
            let is_file = path
                .rsplit('/')
                .next()
                .is_some_and(|last| last.contains('.'));
            if path.starts_with('/') && !path.starts_with("//") && is_file {
                out.push(path.to_string());
            }
        }
    }
    out
}

#[test]
fn an_init_site_publishes_every_file_its_pages_load() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let o = tilts(&["init", site.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        .current_dir(&site)
        .arg("build")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let public = site.join("public");
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        for asset in local_assets(&html) {
            assert!(
                public.join(asset.trim_start_matches('/')).is_file(),
                "{} loads {asset}, which is not published",
                entry.path().display()
            );
            checked += 1;
        }
    }
    assert!(checked > 0);
    // The phone menu's script among them (once missing from the built-in
    // theme's list).
    assert!(public.join("assets/menu.js").is_file());
}
