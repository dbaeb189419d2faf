//! Inputs that fuzzing found or that guard its weak spots, kept as
//! regression tests: each file under `tests/fuzz-regressions/TARGET/` goes
//! through the same entry point as the fuzz target of that name.

use std::path::Path;

fn run_all(target: &str, f: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let result = std::panic::catch_unwind(|| f(&bytes));
        assert!(result.is_ok(), "{} panics", path.display());
        n += 1;
    }
    n
}

#[test]
fn front_matter_and_markdown() {
    assert!(
        run_all(
            "front_matter_markdown",
            tilts::fuzzing::front_matter_and_markdown
        ) >= 3
    );
}

#[test]
fn data_files() {
    assert!(run_all("data_files", tilts::fuzzing::data_files) >= 2);
}

#[test]
fn fluent_messages() {
    assert!(run_all("fluent_messages", tilts::fuzzing::fluent_messages) >= 1);
}

#[test]
fn strip_metadata() {
    assert!(run_all("strip_metadata", tilts::fuzzing::strip_metadata) >= 5);
}
