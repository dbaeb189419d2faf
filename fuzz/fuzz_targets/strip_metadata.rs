#![no_main]
//! See `tilts::fuzzing::strip_metadata`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tilts::fuzzing::strip_metadata(data);
});
