//! Bytes loaded as a document; what loads renders in every view and format, as of a date or not, with nothing from the document active in the output.
//! The checks: `yousaid_fuzz::checks::render`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| yousaid_fuzz::checks::render(data));
