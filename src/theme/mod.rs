//! The theme: templates and static files. The default theme is compiled into
//! the binary; a site's `themes/NAME/` and then its `templates/` and `static/`
//! folders override it file by file.

use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

mod static_file;
pub use static_file::{Stamp, StaticFile};

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics, relative_to};
use crate::fsio::{MAX_SOURCE_BYTES, MAX_STATIC_BYTES};

// The built-in theme's templates and static files (`DEFAULT_TEMPLATES`,
// `DEFAULT_STATIC`: path under `templates/` or `static/`, bytes), every
// file of `themes/default/templates/` and `themes/default/static/`,
// embedded by `build.rs` from the folders themselves.
include!(concat!(env!("OUT_DIR"), "/builtin_theme.rs"));

/// A template's text and where it came from (for error messages).
#[derive(Debug, Clone)]
pub struct TemplateSource {
    pub text: String,
    pub origin: PathBuf,
}

/// All templates and static files, overrides applied.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub templates: BTreeMap<String, TemplateSource>,
    /// Output path (relative, `/`-separated) → the file.
    pub static_files: BTreeMap<String, StaticFile>,
    /// Output path → the file it comes from (relative to the site root),
    /// for messages; files built into tilts are not listed.
    pub static_origins: BTreeMap<String, PathBuf>,
}

/// The built-in theme's files as `(path under the theme folder, bytes)`:
/// `templates/…` and `static/…`, for `tilts theme eject`.
pub fn builtin_files() -> impl Iterator<Item = (String, &'static [u8])> {
    DEFAULT_TEMPLATES
        .iter()
        .map(|(n, b)| (format!("templates/{n}"), *b))
        .chain(
            DEFAULT_STATIC
                .iter()
                .map(|(n, b)| (format!("static/{n}"), *b)),
        )
}

/// Loads the theme named in the configuration, with the site's overrides.
/// Warnings (links that were not followed) come back with the theme; any
/// error means no theme.
pub fn load(root: &Path, config: &SiteConfig) -> (Option<Theme>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let mut theme = Theme::default();
    let builtin = Path::new("(built in)/themes/default");
    for (name, bytes) in DEFAULT_TEMPLATES {
        theme.templates.insert(
            name.to_string(),
            TemplateSource {
                text: String::from_utf8_lossy(bytes).into_owned(),
                origin: builtin.join("templates").join(name),
            },
        );
    }
    for (name, bytes) in DEFAULT_STATIC {
        theme
            .static_files
            .insert(name.to_string(), StaticFile::Builtin(bytes));
    }

    let theme_dir = root.join("themes").join(&config.theme);
    if config.theme != "default" && !theme_dir.is_dir() {
        diags.push(Diagnostic::error(
            crate::config::CONFIG_PATH,
            msg("theme-not-found").arg("name", &config.theme),
        ));
        return (None, diags);
    }
    for dir in [theme_dir.join("templates"), root.join("templates")] {
        for (name, path) in files_under(root, &dir, false, &mut diags) {
            let origin = relative_to(&path, root);
            let text = read_file(&path, &origin, MAX_SOURCE_BYTES).and_then(|bytes| {
                String::from_utf8(bytes)
                    .map_err(|e| crate::diagnostic::not_utf8(e.as_bytes(), &origin))
            });
            match text {
                Ok(text) => {
                    theme
                        .templates
                        .insert(name, TemplateSource { text, origin });
                }
                Err(d) => diags.push(d),
            }
        }
    }
    for dir in [theme_dir.join("static"), root.join("static")] {
        for (name, path) in files_under(root, &dir, true, &mut diags) {
            let origin = relative_to(&path, root);
            // Found, not read: what needs the bytes reads them.
            let found = std::fs::symlink_metadata(&path)
                .map_err(crate::fsio::SiteFileError::from)
                .and_then(|meta| {
                    crate::fsio::check_regular(&meta, MAX_STATIC_BYTES)?;
                    Ok(StaticFile::Disk {
                        path,
                        stamp: Stamp::of(&meta),
                    })
                });
            match found {
                Ok(file) => {
                    theme.static_files.insert(name.clone(), file);
                    theme.static_origins.insert(name, origin);
                }
                Err(e) => diags.push(Diagnostic::error(&origin, e.to_string())),
            }
        }
    }
    if diags.has_errors() {
        (None, diags)
    } else {
        (Some(theme), diags)
    }
}

/// Reads a file a walk found (without following links), refusing pipes,
/// devices and files over `limit`.
fn read_file(path: &Path, shown: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    crate::fsio::read_walked_file_up_to(path, limit)
        .map_err(|e| Diagnostic::error(shown, e.to_string()))
}

/// Regular files under `dir`, sorted, as (`/`-separated relative name, path).
/// Symbolic links and names that are not plain are skipped with a diagnostic.
/// Dotfiles are kept where `dotfiles` (static files: `.well-known/`,
/// `.htaccess`); editors' and tools' files never are.
fn files_under(
    root: &Path,
    dir: &Path,
    dotfiles: bool,
    diags: &mut Diagnostics,
) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return out;
    }
    if !crate::fsio::walkable_dir_inside(root, dir) {
        diags.push(Diagnostic::warning(
            relative_to(dir, root),
            msg("folder-links-out"),
        ));
        return out;
    }
    for entry in WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err.path().unwrap_or(dir);
                diags.push(Diagnostic::error(
                    relative_to(path, root),
                    msg("cannot-read").arg("detail", err),
                ));
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let path = entry.path();
        if entry.path_is_symlink() {
            diags.push(Diagnostic::warning(
                relative_to(path, root),
                msg("theme-symlink"),
            ));
            continue;
        }
        let rel = path.strip_prefix(dir).unwrap_or(path);
        let parts: Option<Vec<&str>> = rel
            .components()
            .map(|c| match c {
                std::path::Component::Normal(s) => s.to_str().filter(|s| {
                    !crate::fsio::is_editor_noise(s) && (dotfiles || !s.starts_with('.'))
                }),
                _ => None,
            })
            .collect();
        if let Some(parts) = parts {
            out.push((parts.join("/"), path.to_path_buf()))
        }
    }
    out
}

#[cfg(test)]
#[path = "language_choice_tests.rs"]
mod language_choice_tests;

#[cfg(test)]
mod builtin_tests {
    /// The built-in theme is the folder `themes/default/` as it is: every
    /// template and static file in it is embedded, and nothing else.
    #[test]
    fn every_file_of_the_theme_folder_is_built_in() {
        let theme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let mut on_disk: Vec<String> = ["templates", "static"]
            .iter()
            .flat_map(|kind| {
                walkdir::WalkDir::new(theme.join(kind))
                    .into_iter()
                    .filter_entry(|e| {
                        let name = e.file_name().to_string_lossy();
                        !name.starts_with('.') && !crate::fsio::is_editor_noise(&name)
                    })
                    .map(|e| e.unwrap())
                    .filter(|e| e.file_type().is_file())
                    .map(|e| {
                        e.path()
                            .strip_prefix(&theme)
                            .unwrap()
                            .to_string_lossy()
                            .replace('\\', "/")
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = super::builtin_files().map(|(name, _)| name).collect();
        built_in.sort();
        assert_eq!(built_in, on_disk);
        assert!(built_in.contains(&"static/assets/menu.js".to_string()));
        for (name, bytes) in super::builtin_files() {
            assert_eq!(bytes, std::fs::read(theme.join(&name)).unwrap(), "{name}");
        }
    }
}
