//! Where the output may go: never onto the sources. A build replaces its
//! output folder as a whole, so an output that is the site folder, holds
//! it, or lies inside one of its source folders would delete what the
//! authors wrote.

use std::path::{Component, Path, PathBuf};

use anyhow::{Result, bail};

/// The site's source folders: an output inside any of them is refused.
pub const SOURCE_FOLDERS: &[&str] = &["content", "i18n", "themes", "templates", "static"];

/// The real place the output folder `output` (absolute) stands for, checked
/// against the site folder `root` (absolute, links resolved). A link is
/// followed to its target, which is then written to and the link kept.
pub fn resolve_output(root: &Path, output: &Path) -> Result<PathBuf> {
    let real = real_path(output)?;
    let refuse = |why: &str| {
        bail!(
            "the output folder {} {why} {}; a build replaces its output folder as a whole, which would delete the site's sources. Choose a folder of its own, such as {}",
            output.display(),
            root.display(),
            root.join("public").display()
        )
    };
    if real == root {
        return refuse("is the site folder");
    }
    if root.starts_with(&real) {
        return refuse("contains the site folder");
    }
    for folder in SOURCE_FOLDERS {
        let source = root.join(folder);
        let source = std::fs::canonicalize(&source).unwrap_or(source);
        if real.starts_with(&source) {
            return refuse(&format!("is inside {folder}/ of the site folder"));
        }
    }
    Ok(real)
}

/// `path` with every link resolved, also when its last parts do not exist
/// yet: the nearest existing folder is resolved and the rest appended.
fn real_path(path: &Path) -> Result<PathBuf> {
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && meta.file_type().is_symlink()
    {
        return match std::fs::canonicalize(path) {
            Ok(target) => Ok(target),
            Err(e) => bail!(
                "the output {} is a link to a place that cannot be opened ({e}); create its target or remove the link",
                path.display()
            ),
        };
    }
    let mut existing = path.to_path_buf();
    let mut rest = Vec::new();
    while std::fs::symlink_metadata(&existing).is_err() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut real = std::fs::canonicalize(&existing).unwrap_or(existing);
    for name in rest.iter().rev() {
        real.push(name);
    }
    // `a/../b` where `a` does not exist: resolve the names lexically.
    let mut clean = PathBuf::new();
    for c in real.components() {
        match c {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    Ok(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        for f in SOURCE_FOLDERS {
            std::fs::create_dir_all(root.join(f)).unwrap();
        }
        let root = std::fs::canonicalize(&root).unwrap();
        (tmp, root)
    }

    #[test]
    fn the_sources_are_never_an_output() {
        let (tmp, root) = site();
        for bad in [
            root.clone(),
            root.join("content/../"),
            tmp.path().to_path_buf(),
            PathBuf::from("/"),
            root.join("content"),
            root.join("content/news/out"),
            root.join("themes/default/static/x"),
            root.join("templates"),
            root.join("static/public"),
            root.join("i18n"),
        ] {
            let err = resolve_output(&root, &bad).unwrap_err().to_string();
            assert!(err.contains(&bad.display().to_string()), "{err}");
            assert!(err.contains(&root.display().to_string()), "{err}");
        }
        assert_eq!(
            resolve_output(&root, &root.join("public")).unwrap(),
            root.join("public")
        );
        assert_eq!(
            resolve_output(&root, &tmp.path().join("www/new/site")).unwrap(),
            std::fs::canonicalize(tmp.path())
                .unwrap()
                .join("www/new/site")
        );
    }

    #[test]
    fn a_linked_output_is_its_target_and_checked_as_such() {
        let (tmp, root) = site();
        let www = tmp.path().join("www");
        std::fs::create_dir(&www).unwrap();
        std::os::unix::fs::symlink(&www, root.join("public")).unwrap();
        assert_eq!(
            resolve_output(&root, &root.join("public")).unwrap(),
            std::fs::canonicalize(&www).unwrap()
        );
        std::os::unix::fs::symlink(root.join("content"), tmp.path().join("sneaky")).unwrap();
        assert!(resolve_output(&root, &tmp.path().join("sneaky")).is_err());
        std::os::unix::fs::symlink(tmp.path().join("nowhere"), tmp.path().join("dangling"))
            .unwrap();
        assert!(resolve_output(&root, &tmp.path().join("dangling")).is_err());
    }
}
