//! tilts: a static site generator for the bilingual publicity websites of
//! EU-funded cross-border projects.
//!
//! Data flows one way: `config` → `content` / `data` / `i18n` / `render::theme`
//! → `site` (routes) → `render` → `output` (atomic write). `builder` is the
//! only path through it; the `tilts` binary is a thin layer over `cli`.

pub mod assets;
pub mod builder;
pub mod cli;
pub mod config;
pub mod content;
pub mod control_chars;
pub mod data;
pub mod diagnostic;
pub mod eject;
pub mod fingerprint;
pub mod fsio;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod i18n;
pub mod init;
pub mod lint;
pub mod messages;
pub mod money;
pub mod new;
pub mod output;
pub mod publish;
pub mod render;
pub mod report;
pub mod serve;
pub mod site;
pub mod watch;
mod yaml;

pub use builder::{
    BuildCache, BuildOptions, BuildResult, Progress, build, build_incremental, build_to_disk,
};
pub use diagnostic::{Diagnostic, Diagnostics, Severity};
