//! tilts: a static site generator for the bilingual publicity websites of
//! EU-funded cross-border projects.
//!
//! Data flows one way: `config` → `content` / `data` / `i18n` / `theme`
//! → `site` (routes) → `render` → `output` (atomic write). `builder` is the
//! only path through it; the `tilts` binary is a thin layer over `cli`.

pub(crate) mod assets;
pub mod builder;
pub mod cli;
pub(crate) mod clock;
pub mod config;
pub mod content;
pub mod control_chars;
pub(crate) mod data;
pub mod diagnostic;
mod editor_noise;
pub(crate) mod eject;
pub(crate) mod fingerprint;
pub(crate) mod fluent_numbers;
pub mod fsio;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod i18n;
pub mod init;

pub(crate) mod mark_translated;
pub(crate) mod media;
pub(crate) mod memo;
pub(crate) mod messages;
pub(crate) mod money;
pub(crate) mod new;
pub mod output;
pub(crate) mod proof;
pub(crate) mod publish;
pub(crate) mod render;
pub(crate) mod report;
pub(crate) mod serve;
pub(crate) mod site;
pub(crate) mod theme;
pub(crate) mod validate;
pub(crate) mod watch;
mod yaml;

pub use builder::{
    BuildCache, BuildOptions, BuildResult, Progress, build, build_incremental,
    build_incremental_with, build_to_disk,
};
pub use diagnostic::{Diagnostic, Diagnostics, Severity};
