//! The published JSON Schema: `schema/yousaid.schema.json` must be exactly what the types
//! generate, and any change to it shows up in review as a snapshot change.

use std::path::Path;

const REGENERATE: &str = "cargo run -p yousaid-cli -- schema > schema/yousaid.schema.json";

#[test]
fn the_committed_schema_matches_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/yousaid.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; create it with `{REGENERATE}`",
            path.display()
        )
    });
    let generated = yousaid::json_schema_string();
    assert!(
        committed == generated,
        "schema/yousaid.schema.json is out of date with the Rust types.\n\
         Regenerate it with `{REGENERATE}`, review the diff, and commit it\n\
         (then accept the snapshot change with `cargo insta test --accept`)."
    );
}

#[test]
fn schema_snapshot() {
    insta::assert_json_snapshot!("yousaid.schema", yousaid::json_schema());
}

#[test]
fn the_schema_describes_the_format() {
    let schema = yousaid::json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["$defs"]["Format"]["const"], "yousaid/2");
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["format", "title"]);
    assert_eq!(schema["additionalProperties"], false);
}

/// Standard validators (ajv, Python `jsonschema`) refuse inline regex flags such as `(?i)`.
#[test]
fn the_schema_uses_no_inline_regex_flags() {
    let text = yousaid::json_schema_string();
    assert!(
        !text.contains("(?"),
        "an inline flag or group extension in a pattern"
    );
}
