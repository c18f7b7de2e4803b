//! Bytes loaded as a document; what loads validates, with a well-formed report.
//! The checks: `yousaid_fuzz::checks::validate`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| yousaid_fuzz::checks::validate(data));
