#!/usr/bin/env bash
# Fuzzes every target for 60 seconds (cargo-fuzz on the stable toolchain,
# one sanitizer build), with the seed folders below. Run it after a change
# to the code the targets reach; when every target ran without a crash it
# records that code's fingerprint in fuzz/fuzzed.txt — commit that file, and
# CI (.ci/run) does not fuzz the same code again. `fuzz/run.sh --check`
# only says whether the record matches the committed code.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the fuzz targets reach: the library (with the theme its build script
# embeds), the targets, the locks, the patched crate and this script. Taken
# from the committed tree (HEAD), so a record always names code that anyone
# can check out.
reached="src build.rs themes/default/templates themes/default/static fuzz/fuzz_targets
  fuzz/Cargo.toml fuzz/Cargo.lock fuzz/run.sh Cargo.toml Cargo.lock patches"
fingerprint() {
  git ls-tree -r HEAD -- $reached | sha256sum | cut -d' ' -f1
}
record=fuzz/fuzzed.txt
if [ "${1:-}" = --check ]; then
  [ -f "$record" ] && [ "$(cat "$record")" = "$(fingerprint)" ]
  exit
fi
# shellcheck disable=SC2086
if [ -n "$(git status --porcelain -- $reached)" ]; then
  echo "fuzz/run.sh: commit your changes first (the record names committed code)" >&2
  exit 2
fi
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
df -h . | tail -n 1
# Built on its own first, so that a failing build shows its whole error
# (the runs below show only their last lines); once more after a failure,
# with the disk and memory printed, because a download that failed once
# may pass the second time.
# -O for speed, -a for the debug assertions and overflow checks the
# tests' dev build has (an overflow there is a crash here too).
fuzz_build() { RUSTC_BOOTSTRAP=1 cargo fuzz build -O -a; }
if ! fuzz_build; then
  echo "fuzz build failed; disk and memory:"
  df -h .
  free -m || true
  fuzz_build
fi
seeds_front_matter_markdown="content/news content/pages"
seeds_data_files="content/data"
seeds_fluent_messages="i18n"
# Small photos with metadata everywhere are in tests/fuzz-regressions/; the
# theme's screenshots are whole JPEGs as an encoder writes them.
seeds_strip_metadata="themes/default/screenshots"
for t in front_matter_markdown data_files fluent_messages strip_metadata; do
  mkdir -p "fuzz/corpus/$t"
  seeds="seeds_$t"
  # A crash fails the run (pipefail); its last lines say which input.
  # shellcheck disable=SC2086
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O -a "$t" "fuzz/corpus/$t" "tests/fuzz-regressions/$t" ${!seeds} -- \
    -max_total_time=60 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 12
done
fingerprint > "$record"
echo "fuzz/run.sh: every target ran 60 s without a crash; $record records it (commit it)"
