//! The one place where a core [`yousaid::Error`] becomes a JavaScript `Error`.
//!
//! The result has `name` `"YousaidError"`, `message`, and the properties `code` (the stable
//! [`yousaid::Error::code`]), `path`, `line`, `column`, `template` (each `null` when not known)
//! and `problems` (the validation problems of an `invalid-document` error, else empty).
//!
//! The errors wasm-bindgen's generated code throws before reaching the module (a wrong class
//! of argument, an object used after `free()`) and WebAssembly traps are mapped to the same
//! shape by the package's entry points (`crates/wasm/npm/errors.js`), which wrap every export.

use wasm_bindgen::prelude::*;

use crate::convert::to_js;

/// The `name` every error thrown by the package carries.
pub(crate) const ERROR_NAME: &str = "YousaidError";

/// Maps a core error to a `YousaidError`.
pub(crate) fn to_js_error(error: yousaid::Error) -> JsValue {
    let js = js_sys::Error::new(&error.to_string());
    js.set_name(ERROR_NAME);
    let problems = serde_problems(&error);
    let fields: [(&str, JsValue); 6] = [
        ("code", error.code().into()),
        ("path", error.path().map_or(JsValue::NULL, JsValue::from)),
        ("line", position(error.line())),
        ("column", position(error.column())),
        (
            "template",
            error.template_name().map_or(JsValue::NULL, JsValue::from),
        ),
        ("problems", problems),
    ];
    for (key, value) in fields {
        // Setting a property on a fresh `Error` cannot fail.
        let _ = js_sys::Reflect::set(&js, &key.into(), &value);
    }
    js.into()
}

fn position(n: Option<usize>) -> JsValue {
    n.map_or(JsValue::NULL, |n| JsValue::from(n as f64))
}

fn serde_problems(error: &yousaid::Error) -> JsValue {
    // Problems are plain data; converting them cannot fail, but an empty list beats a panic.
    to_js(error.problems()).unwrap_or_else(|_| js_sys::Array::new().into())
}
