#![no_main]
//! See `tilts::fuzzing::data_files`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tilts::fuzzing::data_files(data);
});
