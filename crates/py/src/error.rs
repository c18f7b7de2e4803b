//! The one place core errors become Python exceptions.
//!
//! The exception classes live in the pure-Python package (`yousaid.Error` and its subclasses,
//! so they can also derive from `LookupError` or `OSError` where that fits); each core
//! [`ErrorKind`] maps to exactly one of them here.

use pyo3::prelude::*;
use yousaid::ErrorKind;

/// The name of the `yousaid` exception class for a kind of error.
pub(crate) fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Syntax => "JsonSyntaxError",
        ErrorKind::WrongType => "WrongTypeError",
        ErrorKind::InvalidValue => "InvalidValueError",
        ErrorKind::UnknownField => "UnknownFieldError",
        ErrorKind::MissingField => "MissingFieldError",
        ErrorKind::MissingFormat => "MissingFormatError",
        ErrorKind::UnsupportedFormat => "UnsupportedFormatError",
        ErrorKind::TooDeep => "TooDeepError",
        ErrorKind::TooLarge => "TooLargeError",
        ErrorKind::Io => "IoError",
        ErrorKind::Invalid => "ValidationError",
        ErrorKind::Template => "TemplateError",
        ErrorKind::InvalidArgument => "InvalidArgumentError",
        ErrorKind::NotFound => "NotFoundError",
        ErrorKind::BadInput => "BadInputError",
        // A kind added to the core after this binding: the base class still carries its code.
        _ => "Error",
    }
}

/// Converts a core error into the matching `yousaid` exception, with its code, path, line,
/// column, template and problems.
pub(crate) fn to_py(err: yousaid::Error) -> PyErr {
    Python::attach(|py| build(py, &err).unwrap_or_else(|e| e))
}

fn build(py: Python<'_>, err: &yousaid::Error) -> PyResult<PyErr> {
    let class = py.import("yousaid")?.getattr(class_name(err.kind()))?;
    let problems = crate::data::to_py(py, err.problems())?;
    let exception = class.call1((
        err.to_string(),
        err.code(),
        err.path(),
        err.line(),
        err.column(),
        err.template_name(),
        problems,
    ))?;
    Ok(PyErr::from_value(exception))
}

/// Every error code with the name of its exception class, so tests can check the mapping.
#[pyfunction]
pub(crate) fn error_classes() -> Vec<(&'static str, &'static str)> {
    ErrorKind::ALL
        .iter()
        .map(|k| (k.code(), class_name(*k)))
        .collect()
}
