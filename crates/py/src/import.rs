//! The importers (`yousaid.import_table`, `yousaid.import_polis`, …): each function converts
//! its arguments into [`ImportOptions`], makes one call into the core's
//! [`yousaid::import`] and returns the summary with the report as plain data. Choosing between
//! a path, a DataFrame and CSV text is done in `python/yousaid/__init__.py`.

use std::collections::BTreeMap;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use yousaid::import::{ImportOptions, Imported, polis, table};

use crate::data;
use crate::error::to_py as py_err;
use crate::summary::Summary;

fn options(columns: Option<BTreeMap<String, String>>, title: Option<String>) -> ImportOptions {
    let mut options = ImportOptions::default();
    options.columns = columns.unwrap_or_default();
    options.title = title;
    options
}

fn out<'py>(
    py: Python<'py>,
    imported: Result<Imported, yousaid::Error>,
) -> PyResult<(Summary, Bound<'py, PyAny>)> {
    let imported = imported.map_err(py_err)?;
    let report = data::to_py(py, &imported.report)?;
    Ok((imported.summary.into(), report))
}

/// Imports a CSV table: the summary and the report.
#[pyfunction]
#[pyo3(signature = (text, columns=None, title=None))]
pub(crate) fn import_csv<'py>(
    py: Python<'py>,
    text: PyBackedStr,
    columns: Option<BTreeMap<String, String>>,
    title: Option<String>,
) -> PyResult<(Summary, Bound<'py, PyAny>)> {
    let options = options(columns, title);
    let imported = py.detach(|| table::import_csv(&text, &options));
    out(py, imported)
}

/// Imports a table given as a header and rows of text (a DataFrame converted by the package).
#[pyfunction]
#[pyo3(signature = (header, rows, columns=None, title=None))]
pub(crate) fn import_rows<'py>(
    py: Python<'py>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    columns: Option<BTreeMap<String, String>>,
    title: Option<String>,
) -> PyResult<(Summary, Bound<'py, PyAny>)> {
    let options = options(columns, title);
    let imported = py.detach(|| table::import_rows(&header, &rows, &options));
    out(py, imported)
}

/// Imports an Excel `.xlsx` workbook.
#[pyfunction]
#[pyo3(signature = (data, columns=None, title=None))]
pub(crate) fn import_xlsx<'py>(
    py: Python<'py>,
    data: pyo3::pybacked::PyBackedBytes,
    columns: Option<BTreeMap<String, String>>,
    title: Option<String>,
) -> PyResult<(Summary, Bound<'py, PyAny>)> {
    let options = options(columns, title);
    let imported = py.detach(|| table::import_xlsx(&data, &options));
    out(py, imported)
}

/// Imports a Polis export: `comments.csv` and optionally `summary.csv`.
#[pyfunction]
#[pyo3(signature = (comments, summary=None, title=None))]
pub(crate) fn import_polis<'py>(
    py: Python<'py>,
    comments: PyBackedStr,
    summary: Option<PyBackedStr>,
    title: Option<String>,
) -> PyResult<(Summary, Bound<'py, PyAny>)> {
    let options = options(None, title);
    let imported = py.detach(|| polis::import_polis(&comments, summary.as_deref(), &options));
    out(py, imported)
}

/// Imports a file's bytes with the reader its name, `format` or content chooses (the core's
/// `import`): notes, Markdown, Word (when built in), CSV, `.xlsx` or Polis comments.
#[pyfunction]
#[pyo3(signature = (data, file_name=None, format=None, columns=None, title=None, merge_threshold=None))]
pub(crate) fn import_bytes<'py>(
    py: Python<'py>,
    data: pyo3::pybacked::PyBackedBytes,
    file_name: Option<String>,
    format: Option<String>,
    columns: Option<BTreeMap<String, String>>,
    title: Option<String>,
    merge_threshold: Option<f64>,
) -> PyResult<(Summary, Bound<'py, PyAny>)> {
    let mut options = options(columns, title);
    options.merge_threshold = merge_threshold;
    options.format = format
        .as_deref()
        .map(str::parse::<yousaid::import::ImportFormat>)
        .transpose()
        .map_err(py_err)?;
    let imported = py.detach(|| yousaid::import::import(&data, file_name.as_deref(), &options));
    out(py, imported)
}

/// Reads a column mapping file's JSON text into a dict of header → field.
#[pyfunction]
pub(crate) fn mapping_from_json(text: &str) -> PyResult<BTreeMap<String, String>> {
    table::mapping_from_json_str(text).map_err(py_err)
}

/// Registers the import functions on the native module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(import_csv, m)?)?;
    m.add_function(wrap_pyfunction!(import_rows, m)?)?;
    m.add_function(wrap_pyfunction!(import_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(import_polis, m)?)?;
    m.add_function(wrap_pyfunction!(mapping_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(import_bytes, m)?)?;
    Ok(())
}
