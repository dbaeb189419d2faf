//! `tilts new news` and `tilts new page`.

use std::path::PathBuf;

use clap::Args;

use crate::messages::{Message, msg, text};

#[derive(Debug, Args)]
pub struct NewNewsArgs {
    /// The headline, in the language given by --lang.
    pub title: String,
    /// The site folder (with content/, i18n/, themes/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The date of the item (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// The language the title is written in (default: the site's default language).
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Debug, Args)]
pub struct NewPageArgs {
    /// The page's title, in the language given by --lang.
    pub title: String,
    /// The site folder (with content/, i18n/, themes/).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// A folder under content/pages/ (the address becomes /LANG/FOLDER/SLUG/).
    #[arg(long)]
    pub folder: Option<String>,
    /// The language the title is written in (default: the site's default language).
    #[arg(long)]
    pub lang: Option<String>,
}

impl NewPageArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let root = crate::fsio::site_root(&self.root)?;
        let Some(config) = load_config_or_print(&root) else {
            return Ok(1);
        };
        let created = crate::new::create_page(
            &root,
            &config,
            &self.title,
            self.folder.as_deref(),
            self.lang.as_deref(),
        );
        Ok(print_created(created))
    }
}

/// The site configuration, or its problems printed.
fn load_config_or_print(root: &std::path::Path) -> Option<crate::config::SiteConfig> {
    match crate::config::load(root) {
        Ok(c) => Some(c),
        Err(diags) => {
            for d in diags.sorted() {
                eprintln!("{}", d.render_with_snippet(root));
            }
            None
        }
    }
}

/// "Created …" for each file, or the error; the exit code.
fn print_created(created: Result<Vec<PathBuf>, Message>) -> i32 {
    match created {
        Ok(files) => {
            for f in files {
                println!("{}", text(&msg("cli-created").arg("file", f.display())));
            }
            0
        }
        Err(message) => {
            eprintln!("{}: {}", text(&msg("label-error")), text(&message));
            1
        }
    }
}

impl NewNewsArgs {
    pub fn run(self) -> anyhow::Result<i32> {
        let root = crate::fsio::site_root(&self.root)?;
        let Some(config) = load_config_or_print(&root) else {
            return Ok(1);
        };
        let date = self.date.unwrap_or_else(crate::clock::today);
        let created =
            crate::new::create_news(&root, &config, &self.title, &date, self.lang.as_deref());
        Ok(print_created(created))
    }
}
