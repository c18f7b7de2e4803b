//! The JSON Schemas generated from the Rust types: the format (the model's types) and the
//! results the library returns (action states, status counts, pairs, coverage, the plan view,
//! changes, records, validation and import reports).
//!
//! The published copies live in `schema/yousaid.schema.json` and `schema/results.schema.json`;
//! a test fails when either drifts from what [`json_schema`] and [`results_json_schema`]
//! generate. The typings of the bindings (TypeScript in the npm package, Python in the wheel)
//! are generated from them.

use schemars::JsonSchema;

use crate::{
    ActionState, Answered, Changes, CoverageReport, ImportReport, OutcomeView, Pair, Records,
    Report, StatusCounts,
};

/// The JSON Schema (draft 2020-12) of the `yousaid/2` format, as a JSON value.
///
/// ```
/// let schema = yousaid::json_schema();
/// assert_eq!(schema["title"], "Summary");
/// assert_eq!(schema["$defs"]["Format"]["const"], "yousaid/2");
/// ```
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(crate::Summary);
    // A generated schema is plain JSON data; converting it cannot fail.
    let mut value = serde_json::to_value(&schema).unwrap_or_default();
    tidy_descriptions(&mut value);
    value
}

/// Every result the library returns as data, by the Rust type that holds it: what the results
/// schema's root accepts, each variant a definition of the schema.
#[derive(JsonSchema)]
#[schemars(
    untagged,
    title = "Results",
    description = "The results yousaid returns as data (the same in Rust, Python and \
                   JavaScript), each one a definition of this schema."
)]
#[expect(
    dead_code,
    reason = "never built: only its schema is used, to list the results"
)]
enum Results {
    ActionState(ActionState),
    StatusCounts(StatusCounts),
    Pair(Pair),
    Answered(Answered),
    CoverageReport(CoverageReport),
    OutcomeView(OutcomeView),
    Records(Records),
    Changes(Changes),
    Report(Report),
    ImportReport(ImportReport),
}

/// The JSON Schema (draft 2020-12) of the results: every shape the library returns as data
/// (the [`ActionState`]s and [`StatusCounts`] of a view, [`Pair`]s, the [`Answered`] rule,
/// the [`CoverageReport`], the plan view's [`OutcomeView`]s, [`Records`], the [`Changes`]
/// of a diff, the validation [`Report`] and the [`ImportReport`]), as it is serialized: a
/// property is required unless the result leaves it out when it is empty.
///
/// ```
/// let schema = yousaid::results_json_schema();
/// assert_eq!(schema["title"], "Results");
/// assert!(schema["$defs"]["ActionState"]["required"]
///     .as_array()
///     .unwrap()
///     .contains(&"percent".into()));
/// ```
pub fn results_json_schema() -> serde_json::Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Results>();
    // A generated schema is plain JSON data; converting it cannot fail.
    let mut value = serde_json::to_value(&schema).unwrap_or_default();
    tidy_descriptions(&mut value);
    value
}

/// The results schema as pretty-printed text, exactly as committed in
/// `schema/results.schema.json`.
pub fn results_json_schema_string() -> String {
    let mut s = serde_json::to_string_pretty(&results_json_schema()).unwrap_or_default();
    s.push('\n');
    s
}

/// Descriptions come from the rustdoc comments; keep their prose and drop what only makes
/// sense in rustdoc: code examples and intra-doc link targets.
fn tidy_descriptions(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(s) if key == "description" => *s = prose(s),
                    _ => tidy_descriptions(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy_descriptions),
        _ => {}
    }
}

fn prose(doc: &str) -> String {
    // Drop fenced code blocks.
    let mut out = String::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            out.push_str(line);
            out.push('\n');
        }
    }
    // "[`Outcome`](crate::Outcome)" becomes "`Outcome`".
    let mut text = String::new();
    let mut rest = out.trim_end();
    while let Some(i) = rest.find("](") {
        let Some(j) = rest[i..].find(')') else { break };
        text.push_str(&rest[..i]);
        rest = &rest[i + j + 1..];
        if let Some(k) = text.rfind('[') {
            text.remove(k);
        }
    }
    text.push_str(rest);
    // "[`Action::declared_status`]" becomes "`Action::declared_status`".
    text.replace("[`", "`").replace("`]", "`")
}

/// The JSON Schema as pretty-printed text, exactly as committed in
/// `schema/yousaid.schema.json`.
pub fn json_schema_string() -> String {
    let mut s = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    s.push('\n');
    s
}
