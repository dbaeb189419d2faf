//! Embeds the built-in theme: every file under `themes/default/templates/`
//! and `themes/default/static/`, found by walking the folders, so that no
//! list kept by hand can leave one out (one once left out `menu.js`, and
//! every site made by `tilts init` lacked its phone menu).

#[path = "src/editor_noise.rs"]
mod editor_noise;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let theme = manifest.join("themes/default");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/editor_noise.rs");
    let mut out = String::new();
    for (kind, constant) in [
        ("templates", "DEFAULT_TEMPLATES"),
        ("static", "DEFAULT_STATIC"),
    ] {
        let dir = theme.join(kind);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        walk(&dir, &dir, &mut files);
        files.sort();
        writeln!(out, "const {constant}: &[(&str, &[u8])] = &[").expect("a String");
        for rel in files {
            let path = dir.join(&rel);
            writeln!(
                out,
                "    ({rel:?}, include_bytes!({:?})),",
                path.display().to_string()
            )
            .expect("a String");
        }
        writeln!(out, "];").expect("a String");
    }
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    std::fs::write(dest.join("builtin_theme.rs"), out).expect("OUT_DIR is writable");
}

/// Every ordinary file under `dir`, as a `/`-separated path relative to
/// `base`.
fn walk(base: &Path, dir: &Path, files: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.expect("a readable folder");
        let path = entry.path();
        // An editor's backup or swap file, or a hidden one, is no part of
        // the theme (the test of the embedded list skips the same).
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || editor_noise::is_editor_noise(&name) {
            continue;
        }
        let kind = entry.file_type().expect("a file type");
        if kind.is_dir() {
            walk(base, &path, files);
        } else if kind.is_file() {
            let rel = path.strip_prefix(base).expect("under base");
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
}
