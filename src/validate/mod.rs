//! Every rule about what the site says, in one room. A rule is a pure
//! function over values the stages made (the data files as read, the
//! assembled site, the theme, what was written); the builder calls each
//! one after the stage that made its values (`builder/mod.rs`), so the
//! stages know nothing of the rules.
//!
//! - [`data`]: the data files add up (budget to the cent, partners, dates,
//!   addresses, every text in every language);
//! - [`pages`]: one source per address, the programme's logo;
//! - [`eu_block`]: the EU funding block on every page, as the project's
//!   programme period declares it;
//! - [`theme_files`]: every file the theme's templates load was written;
//! - [`built_site`]: links and anchors, images and their alternative text,
//!   links into the other language, unused UI strings;
//! - [`translations`]: which documents lack a translation or disagree with
//!   it;
//! - [`in_step`]: which translations were made from an older version of
//!   their source.
//!
//! What a parser rejects stays with the parser, where the position is
//! known: front matter fields (`content/fields.rs`), `site.yaml`
//! (`config/`), UI strings (`i18n/fluent_checks.rs`) and YAML syntax
//! (`yaml/hints.rs`).

pub mod built_site;
pub mod data;
pub mod eu_block;
pub mod in_step;
pub mod pages;
pub mod theme_files;
pub mod translations;

pub use translations::{TranslationTable, translation_table};
