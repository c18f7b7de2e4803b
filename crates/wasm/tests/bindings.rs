//! Unit tests of the bindings in a JavaScript engine (Node), through wasm-bindgen-test:
//! `scripts/test` runs them with `wasm-bindgen-test-runner`.
#![cfg(target_family = "wasm")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use yousaid_wasm::Summary;

const DOC: &str = r#"{
  "format": "yousaid/1",
  "title": "Library consultation",
  "suggestions": [{"id": "s1", "text": "Open on Sundays"}],
  "actions": [{"id": "a1", "title": "Pilot", "responds_to": [{"suggestion": "s1"}],
               "progress": [{"date": "2025-01-10", "status": "in_progress"}]}]
}"#;

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).expect("an object")
}

fn date(text: &str) -> yousaid_wasm::DateArg {
    JsValue::from_str(text).unchecked_into()
}

fn load(json: &str) -> Result<Summary, JsValue> {
    Summary::from_json(JsValue::from_str(json))
}

#[wasm_bindgen_test]
fn loads_text_and_objects() {
    let s = load(DOC).expect("loads");
    assert_eq!(s.title(), "Library consultation");
    let object = s.to_json().expect("converts");
    assert!(object.is_object());
    assert!(
        !object.is_instance_of::<js_sys::Map>(),
        "plain objects, not Maps"
    );
    let again = Summary::from_json(object).expect("loads from an object");
    let compact = || Some(JsValue::FALSE.unchecked_into());
    assert_eq!(
        again.to_json_string(compact()).expect("writes"),
        s.to_json_string(compact()).expect("writes")
    );
    assert!(again.equals(&s));
}

#[wasm_bindgen_test]
fn errors_are_yousaid_errors_with_code_and_position() {
    let err = load("{\n  \"format\": \"yousaid/1\",\n  \"titel\": \"x\"\n}").unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(
        get(&err, "name").as_string().as_deref(),
        Some("YousaidError")
    );
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("unknown-field")
    );
    assert_eq!(get(&err, "path").as_string().as_deref(), Some("titel"));
    assert_eq!(get(&err, "line").as_f64(), Some(3.0));
    assert!(get(&err, "column").as_f64().is_some());
    assert!(get(&err, "template").is_null());
    assert!(js_sys::Array::is_array(&get(&err, "problems")));
}

#[wasm_bindgen_test]
fn non_documents_are_invalid_arguments() {
    for value in [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_f64(1.0),
        JsValue::TRUE,
    ] {
        let err = Summary::from_json(value).unwrap_err();
        assert_eq!(
            get(&err, "code").as_string().as_deref(),
            Some("invalid-argument")
        );
    }
}

#[wasm_bindgen_test]
fn views_by_date() {
    let s = load(DOC).expect("loads");
    let early = s.as_of(Some(date("2025-01-01"))).expect("a date");
    let counts = early.status_counts().expect("counts");
    assert_eq!(get(&counts, "not_started").as_f64(), Some(1.0));
    let later = s.status_counts(Some(date("2025-02-01"))).expect("counts");
    assert_eq!(get(&later, "in_progress").as_f64(), Some(1.0));
    let err = s.as_of(Some(date("2025-02-30"))).unwrap_err();
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("invalid-argument")
    );
}

#[wasm_bindgen_test]
fn validation_report_is_plain_data() {
    let s = load(r#"{"format":"yousaid/1","title":"t","actions":[{"id":"a","title":"A","depends_on":["z"]}]}"#)
        .expect("loads");
    let report = s.validate().expect("report");
    let problems = js_sys::Array::from(&get(&report, "problems"));
    let first = problems.get(0);
    assert_eq!(
        get(&first, "code").as_string().as_deref(),
        Some("dangling-reference")
    );
    assert_eq!(
        get(&first, "severity").as_string().as_deref(),
        Some("error")
    );
    assert_eq!(
        get(&first, "path").as_string().as_deref(),
        Some("actions[0].depends_on[0]")
    );
}
