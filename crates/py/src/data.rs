//! Plain data across the boundary: Python dicts, lists, strings, numbers and `None` in (with
//! `pythonize`), the same out ([`crate::objects`]), so the core's serde model is the single
//! definition of shape.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use serde::Serialize;
use yousaid::{Error, ErrorKind};

/// The deepest nesting accepted, as for JSON text (the loader refuses more than 128 levels).
const MAX_DEPTH: usize = 128;

/// Reads plain Python data into a JSON value, refusing nesting deeper than the loader allows
/// (and so also self-containing lists and dicts) instead of overflowing the stack.
pub(crate) fn from_py(obj: &Bound<'_, PyAny>) -> Result<serde_json::Value, Error> {
    check_depth(obj)?;
    pythonize::depythonize(obj).map_err(|e| {
        Error::new(
            ErrorKind::WrongType,
            format!(
                "{e}; pass plain data: dicts with string keys, lists, strings, numbers, booleans and None"
            ),
        )
    })
}

fn check_depth(obj: &Bound<'_, PyAny>) -> Result<(), Error> {
    let too_deep = || {
        Error::new(
            ErrorKind::TooDeep,
            format!(
                "the data nests deeper than {MAX_DEPTH} levels (or contains itself); flatten deeply nested sub-points or sub-actions"
            ),
        )
    };
    let mut stack = vec![(obj.clone(), 0usize)];
    while let Some((item, depth)) = stack.pop() {
        if let Ok(dict) = item.cast::<PyDict>() {
            if depth >= MAX_DEPTH {
                return Err(too_deep());
            }
            stack.extend(dict.values().iter().map(|v| (v, depth + 1)));
        } else if let Ok(list) = item.cast::<PyList>() {
            if depth >= MAX_DEPTH {
                return Err(too_deep());
            }
            stack.extend(list.iter().map(|v| (v, depth + 1)));
        } else if let Ok(tuple) = item.cast::<PyTuple>() {
            if depth >= MAX_DEPTH {
                return Err(too_deep());
            }
            stack.extend(tuple.iter().map(|v| (v, depth + 1)));
        }
    }
    Ok(())
}

/// Reads any part of the model from plain Python data.
pub(crate) fn part<T: serde::de::DeserializeOwned>(obj: &Bound<'_, PyAny>) -> PyResult<T> {
    from_py(obj)
        .and_then(yousaid::load::from_value)
        .map_err(crate::error::to_py)
}

/// Writes any serializable value as plain Python data, the same as `json.loads` of its JSON.
pub(crate) fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    crate::objects::to_python(py, value)
}

/// Reads an exact date given as ISO text (`2014-04-08`).
pub(crate) fn date(text: &str) -> PyResult<yousaid::Date> {
    text.parse().map_err(|_| {
        crate::error::to_py(Error::new(
            ErrorKind::InvalidArgument,
            format!("`{text}` is not a date; give a datetime.date or YYYY-MM-DD"),
        ))
    })
}
