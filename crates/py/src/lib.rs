//! The native part of the Python package `yousaid`: `yousaid._native`.
//!
//! Thin by design: [`summary::Summary`] wraps a core [`yousaid::Summary`]; plain data crosses
//! as Python dicts and lists ([`data`], with the speed-ups for whole documents fenced in
//! [`fast`]); errors become `yousaid` exceptions in one place ([`error`]). Everything Pythonic
//! (keyword arguments, `datetime.date`, typed objects, files) is in
//! `python/yousaid/__init__.py`.

use pyo3::prelude::*;

mod data;
mod error;
mod fast;
mod import;
mod render;
mod summary;

/// The JSON Schema of the format, as pretty-printed JSON text.
#[pyfunction]
fn schema() -> String {
    yousaid::json_schema_string()
}

/// What changed between two versions of a summary, as plain data.
#[pyfunction]
fn diff<'py>(
    py: Python<'py>,
    old: PyRef<'py, summary::Summary>,
    new: PyRef<'py, summary::Summary>,
) -> PyResult<Bound<'py, PyAny>> {
    data::to_py(py, &yousaid::diff(&old.inner, &new.inner))
}

/// A document given as plain data, migrated to the current format (a `yousaid/1` document is
/// rewritten as `yousaid/2`; a current one comes back unchanged).
#[pyfunction]
fn migrate<'py>(py: Python<'py>, document: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let value = data::from_py(document).map_err(error::to_py)?;
    data::to_py(py, &yousaid::migrate(value).map_err(error::to_py)?)
}

/// The status an action states for itself (its progress log's last, else its own `status`),
/// from the action as plain data; `None` when it states none, which is not "not started".
#[pyfunction]
fn declared_status(action: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
    let action: yousaid::Action = data::part(action)?;
    Ok(action.declared_status().map(yousaid::Status::as_str))
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<summary::Summary>()?;
    m.add_class::<render::Renderer>()?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(diff, m)?)?;
    m.add_function(wrap_pyfunction!(migrate, m)?)?;
    m.add_function(wrap_pyfunction!(declared_status, m)?)?;
    m.add_function(wrap_pyfunction!(error::error_classes, m)?)?;
    import::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("MAX_INPUT_BYTES", yousaid::MAX_INPUT_BYTES)?;
    Ok(())
}
