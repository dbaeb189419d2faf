//! Which names are no part of a site (an editor's swap file, an operating
//! system's folder notes). A file of its own, with no imports: `build.rs`
//! uses it too, for the theme it embeds.

/// Files that editors, operating systems and version control leave beside
/// the real ones: never published, never a reason to rebuild. Other
/// dotfiles in `static/` are kept (hosts need `.well-known/`, `.htaccess`).
pub fn is_editor_noise(name: &str) -> bool {
    const NAMES: &[&str] = &[
        ".DS_Store",
        ".git",
        ".gitignore",
        ".gitkeep",
        ".gitattributes",
        ".hg",
        ".svn",
        ".idea",
        ".vscode",
        ".directory",
        "Thumbs.db",
        "desktop.ini",
    ];
    NAMES.contains(&name)
        || name.starts_with("._") // macOS resource forks
        || name.starts_with(".#") // Emacs locks
        || name.starts_with('#')
        || name.ends_with('~')
        || name.contains(".tilts-")
        || [".swp", ".swo", ".swx", ".tmp", ".bak"]
            .iter()
            .any(|ext| name.starts_with('.') && name.ends_with(ext))
}
