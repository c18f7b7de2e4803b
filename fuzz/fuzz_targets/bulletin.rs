//! Two documents separated by a form feed; the bulletin of the second since the first, in every format.
//! The checks: `yousaid_fuzz::checks::bulletin`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| yousaid_fuzz::checks::bulletin(data));
