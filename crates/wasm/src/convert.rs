//! Values across the boundary: plain JavaScript objects in and out.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use yousaid::{Error, ErrorKind};

use crate::error::to_js_error;

/// A Rust value as a plain JavaScript value: objects (not `Map`s), arrays, strings, numbers.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            to_js_error(Error::new(
                ErrorKind::InvalidArgument,
                format!("cannot convert the result to a JavaScript value: {e}"),
            ))
        })
}

/// JSON text from a string, or from a plain object (through `JSON.stringify`).
pub(crate) fn json_text(input: &JsValue, what: &str) -> Result<String, Error> {
    if let Some(text) = input.as_string() {
        return Ok(text);
    }
    if !input.is_object() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} must be JSON text or a plain object, not {}", type_of(input)),
        ));
    }
    match js_sys::JSON::stringify(input) {
        Ok(text) => text.as_string().ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("{what} cannot be written as JSON"),
            )
        }),
        Err(e) => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{what} cannot be written as JSON ({}); pass JSON text or a plain object",
                js_message(&e)
            ),
        )),
    }
}

fn type_of(value: &JsValue) -> String {
    value.js_typeof().as_string().unwrap_or_default()
}

fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .and_then(|e| e.message().as_string())
        .unwrap_or_else(|| "not serializable".to_owned())
}
