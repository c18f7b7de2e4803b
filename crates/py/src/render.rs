//! Rendering: `Summary.render` and `Summary.bulletin` on the built-in templates and
//! `yousaid._native.Renderer` for your own. Renders run without holding the GIL, so several
//! threads render at once.

use pyo3::prelude::*;

use crate::data::{self, Size, Text};
use crate::error::to_py as py_err;
use crate::summary::Summary;

/// Reads the render options given as text (`"full"`, `"html"`, `"2025-03-01"`,
/// `"consultation"`).
pub(crate) fn options(
    view: &str,
    format: &str,
    as_of: Option<&str>,
    template: Option<String>,
    width: Option<usize>,
    layout: Option<&str>,
) -> PyResult<yousaid::RenderOptions> {
    let view: yousaid::View = view.parse().map_err(py_err)?;
    let format: yousaid::OutputFormat = format.parse().map_err(py_err)?;
    let mut options = yousaid::RenderOptions::new().view(view).format(format);
    if let Some(date) = as_of {
        options = options.as_of(data::date(date)?);
    }
    if let Some(name) = template {
        options = options.template(name);
    }
    if let Some(width) = width {
        options = options.width(width);
    }
    if let Some(layout) = layout {
        options = options.layout(layout.parse().map_err(py_err)?);
    }
    Ok(options)
}

/// Template environment: the built-in templates plus your own.
#[pyclass(module = "yousaid._native", name = "Renderer")]
pub(crate) struct Renderer {
    inner: yousaid::Renderer,
}

#[pymethods]
impl Renderer {
    /// A renderer with the built-in templates.
    #[new]
    fn new() -> Self {
        Renderer {
            inner: yousaid::Renderer::new(),
        }
    }

    /// Adds (or replaces) a template; its escaping follows its name (`.html`, `.md`, `.txt`).
    fn add_template(&mut self, name: Text, source: Text) -> PyResult<()> {
        self.inner.add_template(&name, &source).map_err(py_err)
    }

    /// Renders a summary.
    #[pyo3(signature = (summary, view, format, as_of=None, template=None, width=None, layout=None))]
    #[allow(
        clippy::too_many_arguments,
        reason = "mirrors the keyword arguments of the Python API"
    )]
    fn render(
        &self,
        py: Python<'_>,
        summary: PyRef<'_, Summary>,
        view: Text,
        format: Text,
        as_of: Option<Text>,
        template: Option<Text>,
        width: Option<Size>,
        layout: Option<Text>,
    ) -> PyResult<String> {
        let options = options(
            &view,
            &format,
            as_of.as_deref(),
            template.map(|t| t.to_owned()),
            width.map(|w| w.0),
            layout.as_deref(),
        )?;
        let summary = &summary.inner;
        py.detach(|| self.inner.render(summary, &options))
            .map_err(py_err)
    }

    /// Renders the "Update since …" bulletin from `previous` to `current`.
    #[pyo3(signature = (previous, current, format, template=None, width=None))]
    fn render_bulletin(
        &self,
        py: Python<'_>,
        previous: PyRef<'_, Summary>,
        current: PyRef<'_, Summary>,
        format: Text,
        template: Option<Text>,
        width: Option<Size>,
    ) -> PyResult<String> {
        let options = options(
            "full",
            &format,
            None,
            template.map(|t| t.to_owned()),
            width.map(|w| w.0),
            None,
        )?;
        let (previous, current) = (&previous.inner, &current.inner);
        py.detach(|| self.inner.render_bulletin(previous, current, &options))
            .map_err(py_err)
    }
}
