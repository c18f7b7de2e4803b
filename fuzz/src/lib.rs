//! The fuzz targets of yousaid (cargo-fuzz / libFuzzer): see CONTRIBUTING.md, "Fuzzing".
//!
//! [`checks`] holds what each target checks, shared with the replay of `fuzz/crashers/` in the
//! core's ordinary tests; [`generate`] makes the structure-aware targets' documents.

pub mod checks;
pub mod generate;
