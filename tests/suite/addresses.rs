//! Addresses that do not break: `slug:` keeps an address when a title is
//! corrected, `build` warns about every address that disappeared since the
//! last build, and `aliases:` turns an old address into a redirect.

use crate::common;

use common::*;

const ITEM: &str = "content/news/2018-05-21-auce-projekta.lv.md";
const OLD: &str = "lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/";
const NEW: &str = "lv/jaunumi/auce-piedalas-parrobezu-projekta-socquality/";

fn build_to(root: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["build", "--root", root.to_str().unwrap()];
    args.extend_from_slice(extra);
    tilts(&args)
}

#[test]
fn a_title_corrected_with_slug_keeps_its_address() {
    let site = example_copy();
    let p = site.path();
    replace_in(
        p,
        ITEM,
        "translation_key:",
        "slug: auces-novads-piedalas-parrobezu-projekta-socquality\ntranslation_key:",
    );
    assert_eq!(build_to(p, &[]).status.code(), Some(0));
    replace_in(
        p,
        ITEM,
        "title: Auces novads piedalās",
        "title: Auce piedalās",
    );
    let o = build_to(p, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        !stderr(&o).contains("was on the site until now"),
        "{}",
        stderr(&o)
    );
    let page = std::fs::read_to_string(p.join("public").join(OLD).join("index.html")).unwrap();
    assert!(page.contains("<h1>Auce piedalās"));
}

#[test]
fn a_lost_address_is_reported_with_the_alias_that_keeps_it() {
    let site = example_copy();
    let p = site.path();
    assert_eq!(build_to(p, &[]).status.code(), Some(0));
    replace_in(
        p,
        ITEM,
        "title: Auces novads piedalās",
        "title: Auce piedalās",
    );

    // --strict: the lost address stops the build; the site stays as it was.
    let o = build_to(p, &["--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(p.join("public").join(OLD).join("index.html").exists());

    let o = build_to(p, &[]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{ITEM}: warning: the address /{OLD} was on the site until now; this item is at /{NEW} instead")),
        "{err}"
    );
    assert!(
        err.contains(&format!("hint: add `aliases: [\"/{OLD}\"]` to this file")),
        "{err}"
    );
    // Said once: the next build compares with this one.
    assert!(!stderr(&build_to(p, &[])).contains("was on the site until now"));

    // The alias: the old address sends readers on, and nothing is reported.
    replace_in(
        p,
        ITEM,
        "translation_key:",
        &format!("aliases: [\"/{OLD}\"]\ntranslation_key:"),
    );
    let o = build_to(p, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let redirect = std::fs::read_to_string(p.join("public").join(OLD).join("index.html")).unwrap();
    let target = format!("https://socquality.example.eu/{NEW}");
    assert!(
        redirect.contains(&format!("<link rel=\"canonical\" href=\"{target}\">")),
        "{redirect}"
    );
    assert!(redirect.contains(&format!(
        "<meta http-equiv=\"refresh\" content=\"0; url=/{NEW}\">"
    )));
    assert!(redirect.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(redirect.contains(&format!(
        "Tā tagad atrodama šeit: <a href=\"/{NEW}\">Auce piedalās"
    )));
    assert!(redirect.contains("id=\"eu-funding\""));
    let sitemap = std::fs::read_to_string(p.join("public/sitemap.xml")).unwrap();
    assert!(!sitemap.contains(OLD) && sitemap.contains(NEW));
}

#[test]
fn a_removed_item_is_reported_at_content() {
    let site = example_copy();
    let p = site.path();
    assert_eq!(build_to(p, &[]).status.code(), Some(0));
    std::fs::remove_file(p.join(ITEM)).unwrap();
    let err = stderr(&build_to(p, &[]));
    assert!(
        err.contains(&format!(
            "content: warning: the address /{OLD} was on the site until now and is gone"
        )),
        "{err}"
    );
}

#[test]
fn redirect_lists_for_static_hosts() {
    let site = example_copy();
    let p = site.path();
    replace_in(
        p,
        ITEM,
        "translation_key:",
        "aliases: [vecais, /zinas/123.html]\ntranslation_key:",
    );
    replace_in(
        p,
        "content/site.yaml",
        "news_per_page: 10",
        "news_per_page: 10\nredirect_files: [netlify, nginx]",
    );
    let r = build_ok(p);
    let target = "/lv/jaunumi/auces-novads-piedalas-parrobezu-projekta-socquality/";
    let netlify = page(&r, "_redirects");
    assert!(
        netlify.contains(&format!("/lv/jaunumi/vecais/ {target} 301\n")),
        "{netlify}"
    );
    assert!(netlify.contains(&format!("/zinas/123.html {target} 301\n")));
    let nginx = page(&r, "nginx-redirects.conf");
    assert!(
        nginx.contains("map $uri $tilts_redirect {\n    default \"\";\n"),
        "{nginx}"
    );
    assert!(nginx.contains(&format!("    /lv/jaunumi/vecais/ {target};\n")));
    assert!(page(&r, "zinas/123.html").contains("http-equiv=\"refresh\""));
}

#[test]
fn an_alias_cannot_take_another_page_or_leave_the_site() {
    let site = example_copy();
    let p = site.path();
    replace_in(
        p,
        ITEM,
        "translation_key:",
        "aliases: [/lv/partneri/]\ntranslation_key:",
    );
    let m = messages(&tilts::build(&tilts::BuildOptions::new(p)).unwrap());
    assert!(
        m.contains(&format!(
            "{ITEM}: error: two pages would be published at /lv/partneri/"
        )),
        "{m}"
    );
    replace_in(
        p,
        ITEM,
        "aliases: [/lv/partneri/]",
        "aliases: [\"/../../etc/\"]",
    );
    let m = messages(&tilts::build(&tilts::BuildOptions::new(p)).unwrap());
    assert!(
        m.contains(&format!(
            "{ITEM}:6:11: error: `/../../etc/` cannot be an address of this site"
        )),
        "{m}"
    );
}

#[test]
fn a_fifo_in_place_of_the_marker_does_not_hold_the_build() {
    let site = example_copy();
    let p = site.path();
    std::fs::create_dir_all(p.join("public")).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(p.join("public/.tilts-output"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        .args(["build", "--root", p.to_str().unwrap()])
        .env("LC_ALL", "C")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..600 {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            assert!(p.join("public/index.html").exists());
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    panic!("the build waited on the FIFO");
}

#[test]
fn an_alias_in_the_place_of_a_static_file_is_refused_at_its_line() {
    let site = example_copy();
    let p = site.path();
    replace_in(
        p,
        ITEM,
        "translation_key:",
        "aliases: [/assets/style.css]\ntranslation_key:",
    );
    let o = build_to(p, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&format!(
            "{ITEM}:6:11: error: `/assets/style.css` cannot be an address of this site"
        )),
        "{}",
        stderr(&o)
    );
}
