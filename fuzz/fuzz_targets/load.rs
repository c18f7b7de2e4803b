//! Bytes loaded as a document; what loads saves and loads again unchanged.
//! The checks: `yousaid_fuzz::checks::load`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| yousaid_fuzz::checks::load(data));
