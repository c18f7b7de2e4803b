//! The JSON Schema of the format, generated from the model's types.
//!
//! The published copy lives in `schema/yousaid.schema.json`; a test fails when it drifts from
//! what [`json_schema`] generates.

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
