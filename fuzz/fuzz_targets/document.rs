//! Structure-aware: a document generated from the input (`yousaid_fuzz::generate::Document`)
//! through the checks of `load`, `validate` and `render` (`yousaid_fuzz::checks::document`).
//! `cargo fuzz fmt document <input>` prints the document.

#![no_main]

use libfuzzer_sys::fuzz_target;
use yousaid_fuzz::generate::Document;

fuzz_target!(|doc: Document| yousaid_fuzz::checks::document(doc.0.as_bytes()));
