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

// The results schema (`schema/results.schema.json`): what the library returns as data. The
// typings of the bindings are generated from it (crates/wasm/js/results-types.mjs for
// TypeScript, crates/py/tools/results_types.py for Python), so renaming a field of a result
// fails here until the schema and the Python typings are regenerated, and then fails the type
// checks of the code that still uses the old name.

const REGENERATE_RESULTS: &str =
    "cargo run -p yousaid-cli -- schema --results > schema/results.schema.json";

#[test]
fn the_committed_results_schema_matches_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/results.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; create it with `{REGENERATE_RESULTS}`",
            path.display()
        )
    });
    assert!(
        committed == yousaid::results_json_schema_string(),
        "schema/results.schema.json is out of date with the Rust result types.\n\
         Regenerate it with `{REGENERATE_RESULTS}`, review the diff, and commit it;\n\
         then regenerate the Python typings (`python crates/py/tools/results_types.py`)\n\
         and accept the snapshot change with `cargo insta test --accept`."
    );
}

#[test]
fn results_schema_snapshot() {
    insta::assert_json_snapshot!("results.schema", yousaid::results_json_schema());
}

#[test]
fn the_results_schema_lists_every_result() {
    let schema = yousaid::results_json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["title"], "Results");
    let roots: Vec<&str> = schema["anyOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["$ref"].as_str().unwrap().trim_start_matches("#/$defs/"))
        .collect();
    assert_eq!(
        roots,
        [
            "ActionState",
            "StatusCounts",
            "Pair",
            "Answered",
            "CoverageReport",
            "OutcomeView",
            "Records",
            "Changes",
            "Report",
            "ImportReport"
        ]
    );
    // A result always carries its fields (`null` when there is no value), unless it leaves
    // one out when it is empty: then the field is not required.
    let required = |def: &str| -> Vec<&str> {
        schema["$defs"][def]["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect()
    };
    assert!(required("ActionState").contains(&"percent"));
    assert!(required("Report").contains(&"omitted"));
    assert!(!required("Recognised").contains(&"id"));
}

/// A definition of the results schema named as one of the model's is the model's own type,
/// with the same schema: the typings import it from the model's instead of repeating it.
#[test]
fn the_results_schema_shares_the_models_definitions() {
    let results = yousaid::results_json_schema();
    let model = yousaid::json_schema();
    let model_defs = model["$defs"].as_object().unwrap();
    let mut shared = Vec::new();
    for (name, def) in results["$defs"].as_object().unwrap() {
        if let Some(model_def) = model_defs.get(name) {
            assert_eq!(def, model_def, "`{name}` differs from the model's `{name}`");
            shared.push(name.as_str());
        }
    }
    assert!(shared.contains(&"Status") && shared.contains(&"ProgressEntry"));
}

#[test]
fn the_results_schema_uses_no_inline_regex_flags() {
    assert!(!yousaid::results_json_schema_string().contains("(?"));
}
