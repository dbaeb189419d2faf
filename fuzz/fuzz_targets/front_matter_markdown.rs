#![no_main]
//! See `tilts::fuzzing::front_matter_and_markdown`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    tilts::fuzzing::front_matter_and_markdown(data);
});
