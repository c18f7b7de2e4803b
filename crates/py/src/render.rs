//! Rendering: `Summary.render` and `Summary.bulletin` on the built-in templates and
//! `yousaid._native.Renderer` for your own. Renders run without holding the GIL, so several
//! threads render at once.

use std::collections::BTreeMap;

use pyo3::prelude::*;

use crate::data::{Size, Text};
use crate::error::to_py as py_err;
use crate::summary::Summary;

/// How the page is presented, as given to a render: the full view's layout, the language,
/// and the labels replaced by key.
#[derive(Default)]
pub(crate) struct Presentation {
    pub layout: Option<String>,
    pub lang: Option<String>,
    pub labels: Option<BTreeMap<String, String>>,
}

/// The render options as the Python API gives them (text, a whole number or None each), read
/// by the core: the same names, aliases and values as on the command line and in JavaScript.
fn options<const N: usize>(
    given: [(&str, yousaid::render::OptionValue); N],
) -> PyResult<yousaid::RenderOptions> {
    let mut options = yousaid::RenderOptions::new();
    for (name, value) in given {
        options.set(name, value).map_err(py_err)?;
    }
    Ok(options)
}

/// The options of a render, as `Summary.render` and `Renderer.render` take them.
pub(crate) fn render_options(
    view: &str,
    format: &str,
    as_of: Option<&str>,
    template: Option<&str>,
    template_source: Option<&str>,
    width: Option<usize>,
    presentation: Presentation,
) -> PyResult<yousaid::RenderOptions> {
    options([
        ("view", view.into()),
        ("format", format.into()),
        ("as_of", as_of.into()),
        ("template", template.into()),
        ("template_source", template_source.into()),
        ("width", width.into()),
        ("layout", presentation.layout.into()),
        ("lang", presentation.lang.into()),
        ("labels", presentation.labels.into()),
    ])
}

/// The options of a bulletin, as `Summary.bulletin` and `Renderer.render_bulletin` take them.
pub(crate) fn bulletin_options(
    format: &str,
    template: Option<&str>,
    template_source: Option<&str>,
    width: Option<usize>,
    presentation: Presentation,
) -> PyResult<yousaid::RenderOptions> {
    options([
        ("format", format.into()),
        ("template", template.into()),
        ("template_source", template_source.into()),
        ("width", width.into()),
        ("lang", presentation.lang.into()),
        ("labels", presentation.labels.into()),
    ])
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

    /// Adds (or replaces) a template; its escaping follows `format` when given, else its
    /// name (`.html`, `.md`, `.txt`).
    #[pyo3(signature = (name, source, format=None))]
    fn add_template(&mut self, name: Text, source: Text, format: Option<Text>) -> PyResult<()> {
        match format {
            Some(format) => format
                .parse()
                .and_then(|format| self.inner.add_template_as(&name, &source, format)),
            None => self.inner.add_template(&name, &source),
        }
        .map_err(py_err)
    }

    /// Renders a summary.
    #[pyo3(signature = (summary, view, format, as_of=None, template=None, template_source=None, width=None, layout=None, lang=None, labels=None))]
    #[expect(
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
        template_source: Option<Text>,
        width: Option<Size>,
        layout: Option<Text>,
        lang: Option<Text>,
        labels: Option<BTreeMap<String, String>>,
    ) -> PyResult<String> {
        let options = render_options(
            &view,
            &format,
            as_of.as_deref(),
            template.as_deref(),
            template_source.as_deref(),
            width.map(|w| w.0),
            Presentation {
                layout: layout.map(|l| l.to_owned()),
                lang: lang.map(|l| l.to_owned()),
                labels,
            },
        )?;
        let summary = &summary.inner;
        py.detach(|| self.inner.render(summary, &options))
            .map_err(py_err)
    }

    /// Renders the "Update since …" bulletin from `previous` to `current`.
    #[pyo3(signature = (previous, current, format, template=None, template_source=None, width=None, lang=None, labels=None))]
    #[expect(
        clippy::too_many_arguments,
        reason = "mirrors the keyword arguments of the Python API"
    )]
    fn render_bulletin(
        &self,
        py: Python<'_>,
        previous: PyRef<'_, Summary>,
        current: PyRef<'_, Summary>,
        format: Text,
        template: Option<Text>,
        template_source: Option<Text>,
        width: Option<Size>,
        lang: Option<Text>,
        labels: Option<BTreeMap<String, String>>,
    ) -> PyResult<String> {
        let options = bulletin_options(
            &format,
            template.as_deref(),
            template_source.as_deref(),
            width.map(|w| w.0),
            Presentation {
                layout: None,
                lang: lang.map(|l| l.to_owned()),
                labels,
            },
        )?;
        let (previous, current) = (&previous.inner, &current.inner);
        py.detach(|| self.inner.render_bulletin(previous, current, &options))
            .map_err(py_err)
    }
}
