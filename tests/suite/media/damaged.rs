//! Photos that cannot be shown whole: an error at their file when a page
//! shows them, a warning when none does (and then they are left out).

use super::*;

/// A JPEG whose scans are cut off in the middle.
fn cut_in_the_picture() -> Vec<u8> {
    let p = photo(600, 400, 1);
    p[..p.len() * 3 / 5].to_vec()
}

/// A JPEG whose frame header says 4000 × 3000 pixels, with the data of a
/// 64 × 48 one.
fn claims_more() -> Vec<u8> {
    let mut p = picture(64, 48, image::ImageFormat::Jpeg);
    let sof = p.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    p[sof + 5..sof + 7].copy_from_slice(&3000u16.to_be_bytes());
    p[sof + 7..sof + 9].copy_from_slice(&4000u16.to_be_bytes());
    p
}

#[test]
fn broken_photos_a_page_shows_are_refused_at_their_file_and_the_output_stays() {
    let site = site_with_photos();
    let root = site.path();
    let out = tempfile::tempdir().unwrap();
    assert_eq!(build_to(root, out.path()).status.code(), Some(0));
    let before = std::fs::read(out.path().join("lv/index.html")).unwrap();
    let item = std::fs::read_to_string(root.join(ITEM)).unwrap();
    let cases: [(&str, Vec<u8>, &str); 6] = [
        (
            "broken.jpg",
            {
                // Cut inside the JPEG's own headers, before any picture.
                let p = photo(300, 200, 1);
                let sof = p.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
                p[..sof + 6].to_vec()
            },
            "static/images/broken.jpg: error: this picture cannot be read",
        ),
        (
            "notes.jpg",
            b"GIF89a not really a photo".to_vec(),
            "static/images/notes.jpg: error: this file is not a JPEG, PNG or WebP picture",
        ),
        (
            "bomb.png",
            bomb(),
            "static/images/bomb.png: error: this picture is 60",
        ),
        (
            "cut.jpg",
            cut_in_the_picture(),
            "static/images/cut.jpg: error: this picture is cut short",
        ),
        (
            "no-end.jpg",
            {
                let p = photo(300, 200, 1);
                p[..p.len() - 2].to_vec()
            },
            "static/images/no-end.jpg: error: this picture is cut short",
        ),
        (
            "claims-more.jpg",
            claims_more(),
            "static/images/claims-more.jpg: error: this picture says it is",
        ),
    ];
    for (name, bytes, said) in cases {
        let file = root.join("static/images").join(name);
        std::fs::write(&file, bytes).unwrap();
        let shown = format!("{item}\n![Bojāts attēls](/images/{name})\n");
        std::fs::write(root.join(ITEM), shown).unwrap();
        let o = build_to(root, out.path());
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(said), "{name}: {}", stderr(&o));
        // Said once, at the photo: not again at the page as a missing image.
        assert!(!stderr(&o).contains(".lv.md"), "{name}: {}", stderr(&o));
        assert_eq!(
            std::fs::read(out.path().join("lv/index.html")).unwrap(),
            before
        );
        std::fs::remove_file(&file).unwrap();
    }
}

#[test]
fn a_broken_photo_no_page_shows_is_a_warning_and_left_out() {
    let site = site_with_photos();
    let root = site.path();
    write_bytes(root, "static/images/old/cut.jpg", &cut_in_the_picture());
    write_bytes(root, "static/images/old/claims-more.jpg", &claims_more());
    write_bytes(root, "static/images/old/notes.png", b"not a picture");
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for (name, said) in [
        ("cut.jpg", "this picture is cut short"),
        ("claims-more.jpg", "this picture says it is"),
        ("notes.png", "this file is not a JPEG, PNG or WebP picture"),
    ] {
        let at = format!("static/images/old/{name}: warning: {said}");
        assert!(stderr(&o).contains(&at), "{at}: {}", stderr(&o));
        assert!(!out.path().join("images/old").join(name).exists(), "{name}");
    }
    assert!(stderr(&o).contains("no page shows it"), "{}", stderr(&o));
    // Shown by a page, the same photo fails the build.
    replace_in(root, ITEM, "/images/kickoff.jpg", "/images/old/cut.jpg");
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("static/images/old/cut.jpg: error: this picture is cut short"),
        "{}",
        stderr(&o)
    );
}
