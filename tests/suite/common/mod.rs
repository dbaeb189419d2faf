//! Helpers shared by the integration tests: fixture sites in temporary
//! folders, builds through the library, and runs of the real binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use tilts::{BuildOptions, BuildResult};

/// The repository root, which is the SocQuality example site.
pub fn example_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh copy of the example site (content, i18n, themes) in a temporary folder.
pub fn example_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for dir in ["content", "i18n", "themes"] {
        copy_dir(&example_root().join(dir), &tmp.path().join(dir));
    }
    tmp
}

/// A new starter site made by `tilts init`, with the parts of
/// `project.yaml` it leaves to fill in (Article 50) filled in as its
/// comments suggest, so that it builds without findings.
pub fn starter() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    tilts::init::create_site(tmp.path()).unwrap();
    fill_in_starter(tmp.path());
    tmp
}

/// Removes the `# ` before the lines `init` asks the user to fill in.
pub fn fill_in_starter(site: &Path) {
    let path = site.join("content/data/project.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text
        .find("# description:")
        .expect("the starter's lines to fill in");
    let filled: String = text[at..]
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(l)))
        .collect();
    std::fs::write(&path, format!("{}{filled}", &text[..at])).unwrap();
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

pub fn replace_in(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

pub fn build(root: &Path) -> BuildResult {
    tilts::build(&BuildOptions::new(root)).expect("no infrastructure error")
}

/// Builds and expects success; returns the result.
pub fn build_ok(root: &Path) -> BuildResult {
    let r = build(root);
    assert!(
        r.built.is_some(),
        "build failed:\n{}",
        r.diagnostics
            .sorted()
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    r
}

/// The text of output file `path` of a successful build.
pub fn page(result: &BuildResult, path: &str) -> String {
    let built = result.built.as_ref().expect("build succeeded");
    let bytes = built
        .output
        .get(path)
        .unwrap_or_else(|| panic!("no output file {path}"));
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// All diagnostics as text, sorted.
pub fn messages(result: &BuildResult) -> String {
    result
        .diagnostics
        .sorted()
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs the real `tilts` binary.
pub fn tilts(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_tilts"))
        // English messages whatever the machine's locale.
        .env("LC_ALL", "C")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Compares `actual` with `tests/golden/NAME`; `TILTS_BLESS=1` rewrites the file.
pub fn assert_golden(name: &str, actual: &str) {
    let path = example_root().join("tests/golden").join(name);
    if std::env::var_os("TILTS_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; run with TILTS_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the build at line {}:\n expected: {:?}\n   actual: {:?}\n(run with TILTS_BLESS=1 if the change is intended)",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

/// A real picture of `w`×`h` pixels in `format` (static files named like
/// photos are processed, so they must be photos).
pub fn picture(w: u32, h: u32, format: image::ImageFormat) -> Vec<u8> {
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        w,
        h,
        image::Rgb([40, 90, 160]),
    ));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// Writes `bytes` at `rel` under `root`, making folders.
pub fn write_bytes(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}
