//! The integration tests, in one test binary (one link instead of one per
//! file, as mdBook does): each module is one concern, run against the
//! built `tilts` binary and the library. `cargo test --test suite NAME::`
//! runs one of them.

mod common;

mod addresses;
mod atomic_output;
mod authoring;
mod bad_input;
mod bad_input_matrix;
mod build_validates;
mod data_checks;
mod dates_and_schedule;
mod example_site;
mod fuzz_regressions;
mod hostile_input;
mod incremental;
mod init_site;
mod media;
mod output_safety;
mod own_language;
mod pages;
mod parallel;
mod periods;
mod places;
mod plurals;
mod proofing;
mod publishing;
mod serve;
mod site_structure;
mod special_files;
mod topics;
mod translations_in_step;
mod yaml_mistakes;
