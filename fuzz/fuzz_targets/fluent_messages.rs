#![no_main]
//! See `tilts::fuzzing::fluent_messages`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tilts::fuzzing::fluent_messages(data);
});
