//! Where the output may go: never onto the sources. A build replaces its
//! output folder as a whole, so an output that is the site folder, holds
//! it, or lies inside one of its source folders would delete what the
//! authors wrote.

use crate::messages::{Message, msg, text};
use std::path::{Component, Path, PathBuf};

use anyhow::{Result, bail};

/// The site's source folders: an output inside any of them is refused.
pub const SOURCE_FOLDERS: &[&str] = &["content", "i18n", "themes", "templates", "static"];

/// The real place the output folder `output` (absolute) stands for, checked
/// against the site folder `root` (absolute, links resolved). A link is
/// followed to its target, which is then written to and the link kept.
pub fn resolve_output(root: &Path, output: &Path) -> Result<PathBuf> {
    let real = real_path(output)?;
    let refuse = |why: Message| {
        let message = why
            .arg("output", output.display())
            .arg("root", root.display())
            .arg("suggestion", root.join("public").display());
        bail!("{}", text(&message))
    };
    if real == root {
        return refuse(msg("output-is-site"));
    }
    if root.starts_with(&real) {
        return refuse(msg("output-contains-site"));
    }
    for folder in SOURCE_FOLDERS {
        let source = root.join(folder);
        let source = std::fs::canonicalize(&source).unwrap_or(source);
        if real.starts_with(&source) {
            return refuse(msg("output-in-sources").arg("folder", folder));
        }
    }
    // The history of the repository the site is in (the site folder's own
    // or a folder above it): a build there would rewrite it.
    for git in root.ancestors().map(|dir| dir.join(".git")) {
        let git = std::fs::canonicalize(&git).unwrap_or(git);
        if real.starts_with(&git) {
            return refuse(msg("output-in-repository").arg("git", git.display()));
        }
    }
    Ok(real)
}

/// How many links one path may pass through, as the kernel allows
/// (`MAXSYMLINKS`); more is a loop.
const MAX_LINKS: usize = 40;

/// `path` (absolute) resolved the way the kernel will resolve it when the
/// build creates it: each link followed where it stands, `..` taken after
/// the link it follows (not lexically), and the parts that do not exist
/// yet appended as the folders `create_dir_all` will make. A path that
/// goes through a link and then `..` lands where the kernel lands.
fn real_path(path: &Path) -> Result<PathBuf> {
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && meta.file_type().is_symlink()
        && std::fs::metadata(path).is_err()
    {
        bail!(
            "{}",
            text(&msg("output-link-broken").arg("output", path.display()))
        );
    }
    let mut real = PathBuf::new();
    // Whether `real` exists: below a missing folder nothing is a link.
    let mut exists = true;
    let mut links = 0;
    let mut pending = Vec::new();
    push_components(&mut pending, path);
    while let Some(part) = pending.pop() {
        let part = match part {
            Part::Root(root) => {
                real = root;
                exists = true;
                continue;
            }
            Part::Parent => {
                real.pop();
                // The parent of a folder to be made is the folder it is made in.
                exists = exists || std::fs::symlink_metadata(&real).is_ok();
                continue;
            }
            Part::Name(name) => name,
        };
        let next = real.join(&part);
        let meta = if exists {
            std::fs::symlink_metadata(&next).ok()
        } else {
            None
        };
        match meta {
            Some(meta) if meta.file_type().is_symlink() => {
                links += 1;
                if links > MAX_LINKS {
                    let message = msg("output-link-loop").arg("output", path.display());
                    bail!("{}", text(&message));
                }
                let target = std::fs::read_link(&next).map_err(|e| {
                    let message = msg("output-link-unreadable")
                        .arg("link", next.display())
                        .arg("detail", e);
                    anyhow::anyhow!("{}", text(&message))
                })?;
                push_components(&mut pending, &target);
            }
            Some(_) => real = next,
            None => {
                exists = false;
                real = next;
            }
        }
    }
    Ok(canonical_prefix(real))
}

/// `real` with its existing part in the form `canonicalize` gives, as
/// the site folder is: on Windows the `\\?\` drive prefix, on a file
/// system that ignores case the names as they are on the disk (`Content`
/// is `content`), so that comparing it with the sources' folders means
/// what the kernel means. The parts still to be made are appended as they
/// are.
fn canonical_prefix(real: PathBuf) -> PathBuf {
    let mut existing = real.as_path();
    let mut rest = Vec::new();
    while std::fs::symlink_metadata(existing).is_err() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return real,
        }
    }
    let Ok(mut canonical) = std::fs::canonicalize(existing) else {
        return real;
    };
    canonical.extend(rest.iter().rev());
    canonical
}

/// One part of a path still to be resolved.
enum Part {
    /// The root (with its drive on Windows): an absolute path starts again.
    Root(PathBuf),
    Parent,
    Name(std::ffi::OsString),
}

/// Puts `path`'s parts on the stack `pending` so that the first part is
/// taken first.
fn push_components(pending: &mut Vec<Part>, path: &Path) {
    let mut root = PathBuf::new();
    let mut parts = Vec::new();
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => root.push(c),
            Component::Normal(name) => parts.push(Part::Name(name.to_os_string())),
            Component::ParentDir => parts.push(Part::Parent),
            Component::CurDir => {}
        }
    }
    pending.extend(parts.into_iter().rev());
    if !root.as_os_str().is_empty() {
        pending.push(Part::Root(root));
    }
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

    /// A link and then `..` go where the kernel goes: to the link target's
    /// parent, not back to the folder the link is in. The lexical reading
    /// accepted these and `--force` replaced `content/news` or `content/`.
    #[test]
    fn dot_dot_after_a_link_is_taken_from_the_link_target() {
        let (tmp, root) = site();
        std::fs::create_dir_all(root.join("content/news/2018")).unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(root.join("content/news/2018"), &link).unwrap();
        for bad in [
            link.join(".."),
            link.join("new/.."),
            link.join("new/../.."),
            link.join("new/deeper/../../../x"),
            tmp.path().join("missing/../link/.."),
        ] {
            let err = resolve_output(&root, &bad).unwrap_err().to_string();
            assert!(err.contains("inside content/"), "{bad:?}: {err}");
        }
        // A relative link, followed from the folder it is in.
        std::os::unix::fs::symlink("site/content/news/2018", tmp.path().join("rel")).unwrap();
        assert!(resolve_output(&root, &tmp.path().join("rel/new/..")).is_err());
        // `..` after a folder that does not exist is its parent.
        assert_eq!(
            resolve_output(&root, &root.join("public/new/../other")).unwrap(),
            root.join("public/other")
        );
    }

    #[test]
    fn the_repository_history_is_protected_like_the_sources() {
        let (tmp, root) = site();
        std::fs::create_dir(root.join(".git")).unwrap();
        assert!(resolve_output(&root, &root.join(".git")).is_err());
        assert!(resolve_output(&root, &root.join(".git/objects/out")).is_err());
        // The repository may be a folder above the site.
        std::fs::create_dir(tmp.path().join(".git")).unwrap();
        let err = resolve_output(&root, &tmp.path().join(".git/x"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("repository"), "{err}");
    }

    #[test]
    fn a_loop_of_links_is_an_error_not_a_hang() {
        let (tmp, root) = site();
        std::os::unix::fs::symlink(tmp.path().join("b"), tmp.path().join("a")).unwrap();
        std::os::unix::fs::symlink(tmp.path().join("a"), tmp.path().join("b")).unwrap();
        assert!(resolve_output(&root, &tmp.path().join("a/out")).is_err());
    }
}
