//! `build` publishes nothing that `check` calls an error: one validator
//! serves both, and `check` is `build` without writing.

use crate::common;

use common::*;

const BROKEN: &str = "content/news/broken.lv.md";

/// A starter site with one item that has every kind of broken reference.
fn site_with_broken_references() -> tempfile::TempDir {
    let site = starter();
    write_bytes(
        site.path(),
        "static/images/there.png",
        &picture(4, 4, image::ImageFormat::Png),
    );
    write(
        site.path(),
        BROKEN,
        "---\n\
         title: Salauztas saites\n\
         date: 2026-02-01\n\
         summary: Pārbaude.\n\
         image: /images/missing.jpg\n\
         image_alt: Bilde, kuras nav\n\
         ---\n\
         Saite uz [nekurieni](/lv/nav-tadas-lapas/).\n\n\
         Attēls bez apraksta: ![](/images/there.png)\n\n\
         Attēls, kura nav: ![Apraksts](/images/nav.png)\n\n\
         Enkurs, kura nav: [šeit](#nav-enkura).\n\n\
         Meklēšana ar vaicājumu: [meklēt](/lv/meklet/?q=projekts) un [ar enkuru](/lv/meklet/?q=a#search-results).\n",
    );
    site
}

/// The error lines (`file:line:col: error: …`) a command printed.
fn error_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| l.contains("error: "))
        .map(|l| l.trim().to_string())
        .collect();
    lines.sort();
    lines
}

#[test]
fn build_refuses_what_check_calls_an_error_and_writes_nothing() {
    let site = site_with_broken_references();
    let root = site.path().to_str().unwrap();
    for extra in [&[][..], &["--strict"][..]] {
        let mut args = vec!["build", "--root", root];
        args.extend_from_slice(extra);
        let o = tilts(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(
            !site.path().join("public").exists(),
            "nothing was published"
        );
        let built = error_lines(&stderr(&o));
        for expected in [
            "content/news/broken.lv.md:5:8: error: the image /images/missing.jpg is not a file of this site",
            "content/news/broken.lv.md:8:10: error: the link /lv/nav-tadas-lapas/ leads to no page or file of this site",
            "content/news/broken.lv.md:10:22: error: the image /images/there.png has no alternative text",
            "content/news/broken.lv.md:12:19: error: the image /images/nav.png leads to no page or file of this site",
            "content/news/broken.lv.md:14:19: error: there is no #nav-enkura on this page",
        ] {
            assert!(
                built.contains(&expected.to_string()),
                "missing {expected:?} in {built:#?}"
            );
        }
        // --strict also promotes the warning that the item has no lt version.
        assert_eq!(built.len(), 5 + extra.len(), "{built:#?}");
        assert!(!stderr(&o).contains("meklet"), "a query string is no error");

        // check reports the same errors, in its own layout.
        let c = tilts(&["check", "--root", root]);
        assert_eq!(c.status.code(), Some(1));
        let report = stdout(&c);
        for line in built.iter().filter(|l| !l.contains(".md: ")) {
            let rest = line.split_once(".md:").unwrap().1;
            assert!(report.contains(rest), "check lacks {rest:?}:\n{report}");
        }
        assert!(report.contains("5 errors"), "{report}");
    }

    // Mended, it builds (and publishes).
    let text = std::fs::read_to_string(site.path().join(BROKEN)).unwrap();
    let mended = text
        .replace("image: /images/missing.jpg", "image: /images/there.png")
        .replace("[nekurieni](/lv/nav-tadas-lapas/)", "[sākumu](/lv/)")
        .replace("![](/images/there.png)", "![Apraksts](/images/there.png)")
        .replace(
            "![Apraksts](/images/nav.png)",
            "![Apraksts](/images/there.png)",
        )
        .replace("[šeit](#nav-enkura)", "[šeit](#main)");
    std::fs::write(site.path().join(BROKEN), mended).unwrap();
    let o = tilts(&["build", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(site.path().join("public/lv/index.html").is_file());
}

#[test]
fn a_link_into_the_other_language_is_reported_by_build_too() {
    let site = starter();
    write(
        site.path(),
        "content/news/cross.lv.md",
        "---\ntitle: Saite\ndate: 2026-02-01\nsummary: S.\n---\nSkatīt [lietuviski](/lt/naujienos/projektas-prasidejo/).\n",
    );
    let root = site.path().to_str().unwrap();
    let o = tilts(&["build", "--root", root]);
    assert!(
        stderr(&o).contains("content/news/cross.lv.md:6:8: warning: the link /lt/naujienos/"),
        "{}",
        stderr(&o)
    );
    let strict = tilts(&["build", "--root", root, "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}

#[test]
fn a_static_file_in_the_place_of_a_generated_one_is_named() {
    let site = starter();
    write(site.path(), "static/robots.txt", "User-agent: *\n");
    write(site.path(), "static/lv/index.html", "mine");
    let o = tilts(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(
            "static/robots.txt: error: this static file would take the place of /robots.txt"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "static/lv/index.html: error: this static file would take the place of /lv/index.html"
        ),
        "{err}"
    );
    assert!(!err.contains("site.yaml"), "{err}");
}

#[test]
fn static_keeps_the_dotfiles_hosts_need_and_skips_editor_noise() {
    let site = starter();
    for (rel, text) in [
        (
            "static/.well-known/security.txt",
            "Contact: mailto:x@example.eu\n",
        ),
        ("static/.htaccess", "ErrorDocument 404 /404.html\n"),
        ("static/.DS_Store", "noise"),
        ("static/images/.logo.svg.swp", "noise"),
        ("static/images/logo.svg~", "noise"),
        ("static/.git/config", "noise"),
        ("static/images/logo.svg", "<svg/>"),
    ] {
        write(site.path(), rel, text);
    }
    let r = build_ok(site.path());
    let out = &r.built.as_ref().unwrap().output;
    for kept in [".well-known/security.txt", ".htaccess", "images/logo.svg"] {
        assert!(out.get(kept).is_some(), "{kept} is published");
    }
    for noise in [
        ".DS_Store",
        "images/.logo.svg.swp",
        "images/logo.svg~",
        ".git/config",
    ] {
        assert!(out.get(noise).is_none(), "{noise} is not published");
    }
}

#[test]
fn names_windows_keeps_for_devices_are_refused_as_addresses() {
    for (front_matter, location) in [
        ("title: Con\n", "content/news/x.lv.md:2:8"),
        ("title: Ziņa\nslug: nul\n", "content/news/x.lv.md:3:7"),
        ("title: Ziņa\nslug: com1\n", "content/news/x.lv.md:3:7"),
    ] {
        let site = starter();
        write(
            site.path(),
            "content/news/x.lv.md",
            &format!("---\n{front_matter}date: 2026-02-01\nsummary: S.\n---\nTeksts.\n"),
        );
        let r = build(site.path());
        let text = messages(&r);
        assert!(r.built.is_none(), "{front_matter}");
        assert!(text.contains(location), "{front_matter}: {text}");
        assert!(text.contains("Windows"), "{text}");
    }
    let site = starter();
    replace_in(
        site.path(),
        "content/site.yaml",
        "search: meklet",
        "search: aux",
    );
    let text = messages(&build(site.path()));
    assert!(
        text.contains("content/site.yaml:") && text.contains("`aux`"),
        "{text}"
    );
}

/// `#page=2` on a PDF and a fragment on a picture are for the viewer, not
/// places in a page: only the file is checked. A missing anchor in a page
/// still is.
#[test]
fn anchors_on_files_that_are_not_pages_are_not_checked() {
    let site = starter();
    write(site.path(), "static/files/plans.pdf", "%PDF-1.4\n");
    write_bytes(
        site.path(),
        "static/images/there.png",
        &picture(4, 4, image::ImageFormat::Png),
    );
    write(
        site.path(),
        "content/news/files.lv.md",
        "---\ntitle: Faili\ndate: 2026-02-01\nsummary: S\n---\n\
         [Plāns](/files/plans.pdf#page=2), [attēls](/images/there.png#x) \
         un [nav](/lv/#nav-tada).\n",
    );
    let m = messages(&build(site.path()));
    assert!(!m.contains("plans.pdf"), "{m}");
    assert!(!m.contains("there.png"), "{m}");
    assert!(m.contains("content/news/files.lv.md:6:"), "{m}");
    assert!(m.contains("nav-tada"), "{m}");
}
