//! Plain data across the boundary, so the core's serde model is the single definition of
//! shape: Python dicts, lists, strings, numbers and `None` in (with `pythonize`, after a check
//! that gives every refusal its path: [`from_py`], [`part`]), the same out ([`to_py`]); and
//! the argument types that refuse what Python would raise its own errors for ([`Text`],
//! [`Size`]). The two speed-ups for whole documents are fenced in [`crate::fast`].

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyString, PyTuple};
use pyo3::{Borrowed, FromPyObject};
use serde::Serialize;
use yousaid::{Error, ErrorKind};

/// The deepest nesting accepted: the loader's, for JSON text.
const MAX_DEPTH: usize = yousaid::load::MAX_JSON_DEPTH;

/// Reads plain Python data into a JSON value. Refused, with the path of the value: nesting
/// deeper than the loader allows (and so also self-containing lists and dicts, instead of
/// overflowing the stack), NaN and infinite floats (JSON has no such numbers, and reading them
/// as `null` would drop them), text holding a lone surrogate, and objects that are not plain
/// data (a `datetime.date` included: give dates as ISO text).
pub(crate) fn from_py(obj: &Bound<'_, PyAny>) -> Result<serde_json::Value, Error> {
    check(obj, 0, &mut Vec::new())?;
    pythonize::depythonize(obj).map_err(|e| {
        // Find the value it could not read, to say where it is.
        locate(obj, &mut Vec::new()).unwrap_or_else(|| {
            Error::new(
                ErrorKind::WrongType,
                format!(
                    "{e}; pass plain data: dicts with string keys, lists, strings, numbers, booleans and None"
                ),
            )
        })
    })
}

/// One step of the path to a value: a dict key (kept as the object, written out only for an
/// error) or a list index.
enum Step<'py> {
    Key(Bound<'py, PyAny>),
    Index(usize),
}

/// The path as the core writes it: `actions[0].progress[1].percent`.
fn path(steps: &[Step<'_>]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                match key
                    .cast::<PyString>()
                    .ok()
                    .and_then(|k| k.to_cow().ok().map(|k| k.into_owned()))
                {
                    Some(k) => out.push_str(&k),
                    None => out.push_str(&key.repr().map(|r| r.to_string()).unwrap_or_default()),
                }
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn at(error: Error, steps: &[Step<'_>]) -> Error {
    error.with_path(path(steps))
}

/// The items of a list, tuple or set, or `None` for any other object.
fn items<'py>(obj: &Bound<'py, PyAny>) -> Option<Vec<Bound<'py, PyAny>>> {
    if let Ok(list) = obj.cast::<PyList>() {
        Some(list.iter().collect())
    } else if let Ok(tuple) = obj.cast::<PyTuple>() {
        Some(tuple.iter().collect())
    } else if let Ok(set) = obj.cast::<PySet>() {
        Some(set.iter().collect())
    } else if let Ok(set) = obj.cast::<PyFrozenSet>() {
        Some(set.iter().collect())
    } else {
        None
    }
}

/// Refuses nesting deeper than the loader allows and floats that are not finite, with their
/// path.
fn check<'py>(
    obj: &Bound<'py, PyAny>,
    depth: usize,
    steps: &mut Vec<Step<'py>>,
) -> Result<(), Error> {
    if let Ok(f) = obj.cast::<PyFloat>() {
        return finite(f.value()).map(drop).map_err(|e| at(e, steps));
    }
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyInt>() || obj.is_none() {
        return Ok(());
    }
    let too_deep = || {
        Error::new(
            ErrorKind::TooDeep,
            format!(
                "the data nests deeper than {MAX_DEPTH} levels (or contains itself); flatten deeply nested sub-points or sub-actions"
            ),
        )
    };
    if let Ok(dict) = obj.cast::<PyDict>() {
        if depth >= MAX_DEPTH {
            return Err(too_deep());
        }
        for (key, value) in dict.iter() {
            steps.push(Step::Key(key));
            check(&value, depth + 1, steps)?;
            steps.pop();
        }
    } else if let Some(items) = items(obj) {
        if depth >= MAX_DEPTH {
            return Err(too_deep());
        }
        for (i, item) in items.iter().enumerate() {
            steps.push(Step::Index(i));
            check(item, depth + 1, steps)?;
            steps.pop();
        }
    }
    Ok(())
}

/// A number a document can hold: NaN and the infinities cannot be written as JSON.
pub(crate) fn finite(value: f64) -> Result<f64, Error> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::new(
            ErrorKind::InvalidValue,
            format!(
                "`{value}` is not a number a summary can hold; give a finite number, or leave the field out"
            ),
        ))
    }
}

/// The first value plain data cannot hold, as an error with its path: a key that is not
/// text, text with a lone surrogate, an object of another kind.
fn locate<'py>(obj: &Bound<'py, PyAny>, steps: &mut Vec<Step<'py>>) -> Option<Error> {
    if let Ok(dict) = obj.cast::<PyDict>() {
        for (key, value) in dict.iter() {
            let Ok(text) = key.cast::<PyString>() else {
                let key = key.repr().map(|r| r.to_string()).unwrap_or_default();
                return Some(at(
                    Error::new(
                        ErrorKind::WrongType,
                        format!("the key {key} is not text; every key must be a string"),
                    ),
                    steps,
                ));
            };
            if text.to_cow().is_err() {
                return Some(at(lone_surrogate("a key"), steps));
            }
            steps.push(Step::Key(key));
            let found = locate(&value, steps);
            steps.pop();
            if found.is_some() {
                return found;
            }
        }
        return None;
    }
    if let Some(items) = items(obj) {
        for (i, item) in items.iter().enumerate() {
            steps.push(Step::Index(i));
            let found = locate(item, steps);
            steps.pop();
            if found.is_some() {
                return found;
            }
        }
        return None;
    }
    if let Ok(text) = obj.cast::<PyString>() {
        return text
            .to_cow()
            .is_err()
            .then(|| at(lone_surrogate("the text"), steps));
    }
    if pythonize::depythonize::<serde_json::Value>(obj).is_ok() {
        return None;
    }
    let type_name = obj
        .get_type()
        .fully_qualified_name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_owned());
    let hint = if type_name == "datetime.date" || type_name == "datetime.datetime" {
        "; give dates as ISO text (`date.isoformat()`: 2025-01-31)"
    } else {
        "; pass plain data: dicts with string keys, lists, strings, numbers, booleans and None"
    };
    Some(at(
        Error::new(
            ErrorKind::WrongType,
            format!("a `{type_name}` is not plain data{hint}"),
        ),
        steps,
    ))
}

fn lone_surrogate(what: &str) -> Error {
    Error::new(
        ErrorKind::InvalidValue,
        format!(
            "{what} holds a lone surrogate (such as '\\ud800'), which is not Unicode text; decode the source with errors='replace' or fix it"
        ),
    )
}

/// A `str` argument. Text holding a lone surrogate, which cannot be UTF-8, is refused with an
/// `InvalidValueError` rather than Python's `UnicodeEncodeError`; another type stays a
/// `TypeError`.
pub(crate) struct Text(PyBackedStr);

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'a, 'py> FromPyObject<'a, 'py> for Text {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let text = obj.cast::<PyString>()?.to_owned();
        match PyBackedStr::try_from(text) {
            Ok(text) => Ok(Text(text)),
            Err(_) => Err(crate::error::to_py(lone_surrogate("the text"))),
        }
    }
}

/// A whole number from 0 up (a width, an indent). Another type stays a `TypeError`; a
/// negative or huge number is an `InvalidArgumentError` rather than an `OverflowError`.
pub(crate) struct Size(pub(crate) usize);

impl<'a, 'py> FromPyObject<'a, 'py> for Size {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let number = obj.cast::<PyInt>()?;
        number.extract::<usize>().map(Size).map_err(|_| {
            crate::error::to_py(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "expected a whole number from 0 up, not {}",
                    number.to_owned()
                ),
            ))
        })
    }
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
    crate::fast::to_python(py, value)
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
