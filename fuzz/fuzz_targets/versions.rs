//! Structure-aware: two versions of a document generated from the input
//! (`yousaid_fuzz::generate::Versions`) through the checks of `diff` and `bulletin`
//! (`yousaid_fuzz::checks::versions`). `cargo fuzz fmt versions <input>` prints them.

#![no_main]

use libfuzzer_sys::fuzz_target;
use yousaid_fuzz::generate::Versions;

fuzz_target!(|pair: Versions| yousaid_fuzz::checks::versions(&pair.0));
