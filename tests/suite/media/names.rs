//! What a photo is published as: two photos never under one name; a
//! gallery's captions file never.

use super::*;

#[test]
fn two_photos_that_would_be_published_under_one_name_are_both_named() {
    for (a, b) in [("a.jpg", "a.png"), ("a.jpg", "a.jpeg"), ("a.JPG", "a.jpg")] {
        let site = example_copy();
        let root = site.path();
        write_bytes(root, &format!("static/images/{a}"), &photo(400, 200, 1));
        let second = match b.ends_with(".png") {
            true => picture(400, 200, image::ImageFormat::Png),
            false => photo(400, 200, 1),
        };
        write_bytes(root, &format!("static/images/{b}"), &second);
        let out = tempfile::tempdir().unwrap();
        let o = build_to(root, out.path());
        assert_eq!(o.status.code(), Some(1), "{a} {b}: {}", stderr(&o));
        let said = stderr(&o);
        assert!(
            said.lines()
                .any(|l| l.contains(&format!("static/images/{a}"))
                    && l.contains(&format!("static/images/{b}"))
                    && l.contains("images/a.w360.webp")),
            "{a} {b}: {said}"
        );
    }
}

#[test]
fn a_gallerys_captions_file_is_never_published_whatever_its_name() {
    let site = example_copy();
    let root = site.path();
    write_bytes(root, "static/photos/talka/a.jpg", &photo(400, 200, 1));
    write(
        root,
        "static/photos/talka/captions.yaml",
        "a.jpg:\n  alt: Talka\n",
    );
    write(
        root,
        "static/photos/talka/apraksti.yaml",
        "a.jpg:\n  alt: Talka pie upes\n",
    );
    write(
        root,
        "static/photos/talka/captions.lt.yaml",
        "a.jpg:\n  alt: Talka\n",
    );
    replace_in(
        root,
        ITEM,
        "translation_key:",
        "gallery:\n  folder: photos/talka\n  captions: apraksti.yaml\ntranslation_key:",
    );
    let out = tempfile::tempdir().unwrap();
    let o = build_to(root, out.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(item_html(out.path()).contains("Talka pie upes"));
    for name in ["captions.yaml", "apraksti.yaml", "captions.lt.yaml"] {
        let file = out.path().join("photos/talka").join(name);
        assert!(!file.exists(), "{name} published");
    }
    assert!(out.path().join("photos/talka/a.w360.webp").exists());
}
