//! Two documents separated by a form feed; the changes between them.
//! The checks: `yousaid_fuzz::checks::diff`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| yousaid_fuzz::checks::diff(data));
