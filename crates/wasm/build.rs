//! Writes the published JSON Schema without its indentation into `OUT_DIR` for `schema()`:
//! the same JSON value in about two thirds of the bytes (the schema is the largest text in
//! the main module). Every line break and indentation of the pretty-printed file lies between
//! tokens (JSON strings cannot hold a raw line break), so joining the trimmed lines changes
//! nothing but the whitespace.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let source = manifest.join("../../schema/yousaid.schema.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).expect("schema/yousaid.schema.json is readable");
    let compact: String = text.lines().map(str::trim_start).collect();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    std::fs::write(Path::new(&out).join("schema.json"), compact).expect("OUT_DIR is writable");
}
