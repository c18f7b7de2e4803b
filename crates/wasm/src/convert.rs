//! Values across the boundary: plain JavaScript objects in and out, dates as ISO text.
#![cfg_attr(
    feature = "import",
    expect(
        dead_code,
        reason = "the import module uses only the text and options conversions"
    )
)]

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use yousaid::{Date, Error, ErrorKind};

use crate::error::to_js_error;

#[wasm_bindgen]
extern "C" {
    /// An optional date argument, `YYYY-MM-DD` or a `Date`, typed `string | Date` in
    /// TypeScript; any value arrives (there is no check at the boundary) and
    /// [`optional_date`] refuses the rest.
    #[wasm_bindgen(typescript_type = "string | globalThis.Date")]
    #[derive(Debug)]
    pub type DateArg;

    /// An optional string argument, typed `string` in TypeScript; checked by
    /// [`optional_text`].
    #[wasm_bindgen(typescript_type = "string")]
    #[derive(Debug)]
    pub type TextArg;

    /// An optional output format argument, typed `OutputFormat` in TypeScript; checked by
    /// the core when parsed.
    #[wasm_bindgen(typescript_type = "OutputFormat")]
    #[derive(Debug)]
    pub type FormatArg;

    /// The options of `render`, typed `RenderOptions` in TypeScript; checked when converted.
    #[wasm_bindgen(typescript_type = "RenderOptions")]
    #[derive(Debug)]
    pub type RenderOptionsArg;

    /// The optional `pretty` argument of `toJSONString`: a boolean or a number of spaces.
    #[wasm_bindgen(typescript_type = "boolean | number")]
    #[derive(Debug)]
    pub type PrettyArg;

    /// The options of `bulletin`, typed `BulletinOptions` in TypeScript; checked when
    /// converted.
    #[wasm_bindgen(typescript_type = "BulletinOptions")]
    #[derive(Debug)]
    pub type BulletinOptionsArg;
}

/// A Rust value as a plain JavaScript value: objects (not `Map`s), arrays, strings, numbers.
///
/// Written as JSON text and parsed by `JSON.parse`: one serializer (serde_json's, which the
/// core already uses) for every type keeps the module small, and `JSON.parse` builds large
/// objects faster than crossing the boundary once per value.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| {
        to_js_error(Error::new(
            ErrorKind::InvalidArgument,
            format!("cannot convert the result to a JavaScript value: {e}"),
        ))
    })?;
    js_sys::JSON::parse(&text)
}

/// An optional options object (`what` names it, `fields` lists its fields for the message):
/// `undefined` or `null` give the defaults; anything but a plain object, or an object with an
/// unknown or mistyped field, is an `invalid-argument` error. Read from JSON bytes, as the
/// core reads documents: one serde_json reader in the module.
pub(crate) fn options_object<T: DeserializeOwned + Default>(
    value: JsValue,
    what: &str,
    fields: &str,
) -> Result<T, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} must be an object: {fields}, all optional"),
        ));
    }
    let text = json_text(&with_dates_as_text(value), what)?;
    serde_json::from_slice(text.as_bytes()).map_err(|e| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!("{what}: {e}; give {fields}, all optional"),
        )
    })
}

/// An options object with each `Date` value written as its local day, `YYYY-MM-DD` (a shallow
/// copy when there is one; the caller's object is left alone).
fn with_dates_as_text(value: JsValue) -> JsValue {
    let object: &js_sys::Object = value.unchecked_ref();
    let entries = js_sys::Object::entries(object);
    let dates: Vec<(JsValue, String)> = entries
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            let date = entry.get(1).dyn_into::<js_sys::Date>().ok()?;
            Some((entry.get(0), local_day(&date)?))
        })
        .collect();
    if dates.is_empty() {
        return value;
    }
    let copy = js_sys::Object::assign(&js_sys::Object::new(), object);
    for (key, day) in dates {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&copy, &key, &day.into());
    }
    copy.into()
}

/// A `Date`'s local day as `YYYY-MM-DD`; `None` for an invalid date.
fn local_day(date: &js_sys::Date) -> Option<String> {
    let (year, month, day) = (date.get_full_year(), date.get_month(), date.get_date());
    if date.get_time().is_nan() {
        return None;
    }
    Some(format!("{year:04}-{:02}-{day:02}", month + 1))
}

/// JSON text from a string, or from a plain object (through `JSON.stringify`, which also
/// refuses cycles and `BigInt`s with a clear message instead of recursing). Text longer than
/// the core reads is refused before it is copied into the module's memory; so is an object
/// holding NaN or an infinity, which `JSON.stringify` would write as `null`.
pub(crate) fn json_text(input: &JsValue, what: &str) -> Result<String, Error> {
    if input.is_string() {
        return string_within_limit(input, what);
    }
    if !input.is_object() {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{what} must be JSON text or a plain object, not {}",
                type_of(input)
            ),
        ));
    }
    match js_sys::JSON::stringify(input) {
        Ok(text) if text.is_string() => {
            let text = string_within_limit(&text, what)?;
            // `JSON.stringify` writes NaN and the infinities as `null`: look for them (a walk
            // over the object) only when the text has a `null` value at all.
            if has_null_value(&text)
                && let Some((path, n)) = non_finite(input)
            {
                return Err(not_finite(n).with_path(path));
            }
            Ok(text)
        }
        Ok(_) => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} cannot be written as JSON"),
        )),
        Err(e) => Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{what} cannot be written as JSON ({}); pass JSON text or a plain object",
                js_message(&e)
            ),
        )),
    }
}

/// A JavaScript string as Rust text, refused with `too-large` before it is copied when it is
/// longer than the core reads: a string of more UTF-16 units than
/// [`MAX_INPUT_BYTES`](yousaid::MAX_INPUT_BYTES) has more UTF-8 bytes too.
fn string_within_limit(input: &JsValue, what: &str) -> Result<String, Error> {
    let units = input.unchecked_ref::<js_sys::JsString>().length() as usize;
    if units > yousaid::MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "{what} is larger than {} MiB, the most yousaid reads; split the summary",
                yousaid::MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    input
        .as_string()
        .ok_or_else(|| Error::new(ErrorKind::InvalidArgument, format!("{what} must be text")))
}

/// Whether `JSON.stringify`'s output (which has no whitespace) may hold a `null` value: a
/// `null` right after `:`, `,` or `[`. Text inside strings rarely reads so; when it does, the
/// walk that follows finds nothing.
fn has_null_value(json: &str) -> bool {
    json.match_indices("null")
        .any(|(i, _)| i > 0 && matches!(json.as_bytes()[i - 1], b':' | b',' | b'['))
}

/// The JSON path and value of the first NaN or infinite number in a plain object, in the
/// order `JSON.stringify` writes it.
fn non_finite(input: &JsValue) -> Option<(String, f64)> {
    let mut stack: Vec<(JsValue, String)> = vec![(input.clone(), String::new())];
    while let Some((value, path)) = stack.pop() {
        if let Some(n) = value.as_f64() {
            if !n.is_finite() {
                return Some((path, n));
            }
        } else if js_sys::Array::is_array(&value) {
            let items = js_sys::Array::from(&value);
            for i in (0..items.length()).rev() {
                stack.push((items.get(i), format!("{path}[{i}]")));
            }
        } else if value.is_object() {
            let entries = js_sys::Object::entries(value.unchecked_ref());
            for entry in entries.iter().collect::<Vec<_>>().into_iter().rev() {
                let entry = js_sys::Array::from(&entry);
                let key = entry.get(0).as_string().unwrap_or_default();
                let path = if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                };
                stack.push((entry.get(1), path));
            }
        }
    }
    None
}

fn not_finite(n: f64) -> Error {
    let shown = if n.is_nan() {
        "NaN"
    } else if n > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    };
    Error::new(
        ErrorKind::InvalidValue,
        format!(
            "`{shown}` is not a number a summary can hold (JSON has none); give a finite number, or leave the field out"
        ),
    )
}

/// A part of a document (a progress entry, a response, a sub-point…) from a plain object or
/// JSON text, with the core's errors (unknown fields, wrong types, paths).
pub(crate) fn from_js<T: DeserializeOwned>(input: &JsValue, what: &str) -> Result<T, Error> {
    let input = if input.is_object() && !js_sys::Array::is_array(input) {
        &with_dates_as_text(input.clone())
    } else {
        input
    };
    yousaid::load::from_json_str(&json_text(input, what)?)
}

/// A string argument. Parameters typed `&str` would let a number or an object reach the
/// module as a bad pointer (a trap); taken as a value and checked here, it is an error.
pub(crate) fn text(input: &JsValue, what: &str) -> Result<String, Error> {
    input.as_string().ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} must be a string, not {}", type_of(input)),
        )
    })
}

/// An optional string argument: `undefined` and `null` are none.
pub(crate) fn optional_text(input: Option<&JsValue>, what: &str) -> Result<Option<String>, Error> {
    match input.filter(|i| !i.is_undefined() && !i.is_null()) {
        Some(input) => text(input, what).map(Some),
        None => Ok(None),
    }
}

/// An array of strings.
pub(crate) fn texts(input: &JsValue, what: &str) -> Result<Vec<String>, Error> {
    if !js_sys::Array::is_array(input) {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} must be an array of strings, not {}", type_of(input)),
        ));
    }
    js_sys::Array::from(input)
        .iter()
        .map(|item| text(&item, what))
        .collect()
}

/// An exact date given as `YYYY-MM-DD` or as a `Date` (its local day).
pub(crate) fn date(input: &JsValue, what: &str) -> Result<Date, Error> {
    optional_date(Some(input), what)?.ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!("{what} is required: give YYYY-MM-DD"),
        )
    })
}

/// An optional exact date given as `YYYY-MM-DD` or as a `Date` (its local day): `undefined`
/// and `null` are none.
pub(crate) fn optional_date(input: Option<&JsValue>, what: &str) -> Result<Option<Date>, Error> {
    let Some(input) = input.filter(|i| !i.is_undefined() && !i.is_null()) else {
        return Ok(None);
    };
    let text = match input.dyn_ref::<js_sys::Date>() {
        Some(date) => local_day(date),
        None => input.as_string(),
    }
    .ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "{what} must be a YYYY-MM-DD string or a valid Date, not {}",
                type_of(input)
            ),
        )
    })?;
    parse_date(&text, what).map(Some)
}

/// An exact date from `YYYY-MM-DD` text.
fn parse_date(text: &str, what: &str) -> Result<Date, Error> {
    yousaid::date::parse_exact(text)
        .map_err(|e| Error::new(ErrorKind::InvalidArgument, format!("{what}: {e}")))
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
