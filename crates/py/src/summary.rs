//! `yousaid._native.Summary`: a core [`yousaid::Summary`] owned by Python. Each method converts
//! its arguments, makes one call into the core and maps the error; the friendly surface
//! (keyword arguments, dates, typed objects) is the pure-Python `yousaid.Summary`.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;

use crate::data::{self, Size, Text};
use crate::error::to_py as py_err;

/// A "You said, we did" summary (native part; use `yousaid.Summary`).
///
/// Held in an [`Arc`] so that a copy (`copy.copy`) shares it; an edit copies it only while a
/// copy shares it too.
#[pyclass(module = "yousaid._native", name = "Summary", eq)]
#[derive(Clone, PartialEq)]
pub(crate) struct Summary {
    pub(crate) inner: Arc<yousaid::Summary>,
}

impl From<yousaid::Summary> for Summary {
    fn from(inner: yousaid::Summary) -> Self {
        Summary {
            inner: Arc::new(inner),
        }
    }
}

#[pymethods]
impl Summary {
    /// An empty summary with a title.
    #[new]
    fn new(title: Text) -> Self {
        yousaid::Summary::new(title.to_owned()).into()
    }

    /// Loads a summary from JSON text; the parse runs without holding the GIL.
    #[staticmethod]
    fn loads(py: Python<'_>, text: Text) -> PyResult<Self> {
        py.detach(|| yousaid::Summary::from_json_str(&text))
            .map(Self::from)
            .map_err(py_err)
    }

    /// Loads a summary from UTF-8 JSON bytes; the parse runs without holding the GIL.
    #[staticmethod]
    fn loads_bytes(py: Python<'_>, data: PyBackedBytes) -> PyResult<Self> {
        py.detach(|| yousaid::Summary::from_json_slice(&data))
            .map(Self::from)
            .map_err(py_err)
    }

    /// Builds a summary from plain data shaped like the JSON format: read straight from the
    /// Python objects ([`crate::fast::summary`]), or, when that gives up, through a JSON value,
    /// which also words the error with its path.
    #[staticmethod]
    fn from_dict(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        if let Some(summary) = crate::fast::summary(data) {
            return Ok(summary.into());
        }
        data::from_py(data)
            .and_then(yousaid::Summary::from_value)
            .map(Self::from)
            .map_err(py_err)
    }

    /// The summary as plain data, equal to `json.loads` of its JSON text.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &*self.inner)
    }

    /// The summary as JSON text: compact when `indent` is None.
    #[pyo3(signature = (indent=None))]
    fn to_json(&self, indent: Option<Size>) -> String {
        match indent {
            None => self.inner.to_json_string(false),
            Some(Size(n)) => self.inner.to_json_string_indented(n),
        }
    }

    /// One top-level field of the document as plain data (`title`, `owner`, `engagements`, …).
    fn field<'py>(&self, py: Python<'py>, name: Text) -> PyResult<Bound<'py, PyAny>> {
        let s = &self.inner;
        match &*name {
            "format" => data::to_py(py, &s.format),
            "title" => data::to_py(py, &s.title),
            "owner" => data::to_py(py, &s.owner),
            "publisher" => data::to_py(py, &s.publisher),
            "published" => data::to_py(py, &s.published),
            "revisions" => data::to_py(py, &s.revisions),
            "language" => data::to_py(py, &s.language),
            "translations" => data::to_py(py, &s.translations),
            "labels" => data::to_py(py, &s.labels),
            "part_of" => data::to_py(py, &s.part_of),
            "introduction" => data::to_py(py, &s.introduction),
            "purposes" => data::to_py(py, &s.purposes),
            "plan" => data::to_py(py, &s.plan),
            "engagements" => data::to_py(py, &s.engagements),
            "questions" => data::to_py(py, &s.questions),
            "themes" => data::to_py(py, &s.themes),
            "suggestions" => data::to_py(py, &s.suggestions),
            "actions" => data::to_py(py, &s.actions),
            "stated_counts" => data::to_py(py, &s.stated_counts),
            "contact" => data::to_py(py, &s.contact),
            "closing" => data::to_py(py, &s.closing),
            "copyright" => data::to_py(py, &s.copyright),
            "licence" => data::to_py(py, &s.licence),
            other => Err(py_err(yousaid::Error::new(
                yousaid::ErrorKind::InvalidArgument,
                format!("a summary has no field `{other}`"),
            ))),
        }
    }

    /// Replaces one top-level field of the document (not the lists of parts, which have their
    /// `add_*` methods) with a value given as plain data; `None` clears an optional field.
    fn set_field(&mut self, name: Text, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let s = self.edit();
        match &*name {
            "title" => s.title = data::part(value)?,
            "owner" => s.owner = data::part(value)?,
            "publisher" => s.publisher = data::part(value)?,
            "published" => s.published = data::part(value)?,
            "language" => s.language = data::part(value)?,
            "translations" => s.translations = data::part(value)?,
            "labels" => s.labels = data::part(value)?,
            "part_of" => s.part_of = data::part(value)?,
            "introduction" => s.introduction = data::part(value)?,
            "purposes" => s.purposes = data::part(value)?,
            "plan" => s.plan = data::part(value)?,
            "stated_counts" => s.stated_counts = data::part(value)?,
            "contact" => s.contact = data::part(value)?,
            "closing" => s.closing = data::part(value)?,
            "copyright" => s.copyright = data::part(value)?,
            "licence" => s.licence = data::part(value)?,
            other => {
                return Err(py_err(yousaid::Error::new(
                    yousaid::ErrorKind::InvalidArgument,
                    format!(
                        "`{other}` is not a field that can be set; use the add_* methods for parts"
                    ),
                )));
            }
        }
        Ok(())
    }

    /// Every suggestion and sub-point, depth first, each as `[plain data, depth]`.
    fn all_suggestions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.all_suggestions().collect::<Vec<_>>())
    }

    /// Every engagement and nested engagement, depth first, each as `[plain data, depth]`.
    fn all_engagements<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.all_engagements().collect::<Vec<_>>())
    }

    /// The engagement (at any depth) with this ID as plain data, or None.
    fn engagement<'py>(&self, py: Python<'py>, id: Text) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.engagement(&id))
    }

    /// Every action and sub-action, depth first, each as `[plain data, depth]`.
    fn all_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.all_actions().collect::<Vec<_>>())
    }

    /// The suggestion or sub-point with this ID as plain data, or None.
    fn suggestion<'py>(&self, py: Python<'py>, id: Text) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.suggestion(&id))
    }

    /// The action or sub-action with this ID as plain data, or None.
    fn action<'py>(&self, py: Python<'py>, id: Text) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.action(&id))
    }

    /// Every problem in the document, as plain data.
    fn validate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.validate().problems)
    }

    /// Raises `ValidationError`, carrying every problem, when validation finds errors; returns
    /// the warnings as plain data otherwise.
    fn check<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let report = self.inner.validate();
        let warnings: Vec<_> = report.warnings().cloned().collect();
        report.into_result().map_err(py_err)?;
        data::to_py(py, &warnings)
    }

    /// Flat records of one kind (`suggestions`, `actions` or `progress`) as of a date (ISO
    /// text) or now (None).
    #[pyo3(signature = (kind, as_of=None))]
    fn records<'py>(
        &self,
        py: Python<'py>,
        kind: Text,
        as_of: Option<Text>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let kind: yousaid::RecordKind = kind.parse().map_err(py_err)?;
        data::to_py(py, &self.view(as_of)?.records(kind))
    }

    /// Adds an engagement given as plain data.
    fn add_engagement(&mut self, engagement: &Bound<'_, PyAny>) -> PyResult<()> {
        self.edit().engagements.push(data::part(engagement)?);
        Ok(())
    }

    /// Adds a question given as plain data.
    fn add_question(&mut self, question: &Bound<'_, PyAny>) -> PyResult<()> {
        self.edit().questions.push(data::part(question)?);
        Ok(())
    }

    /// Adds a theme given as plain data.
    fn add_theme(&mut self, theme: &Bound<'_, PyAny>) -> PyResult<()> {
        self.edit().themes.push(data::part(theme)?);
        Ok(())
    }

    /// Adds a suggestion given as plain data, at the top level or under `parent`.
    #[pyo3(signature = (suggestion, parent=None))]
    fn add_suggestion(
        &mut self,
        suggestion: &Bound<'_, PyAny>,
        parent: Option<Text>,
    ) -> PyResult<()> {
        let suggestion = data::part(suggestion)?;
        match parent {
            None => self.edit().suggestions.push(suggestion),
            Some(p) => self.edit().add_point(&p, suggestion).map_err(py_err)?,
        }
        Ok(())
    }

    /// Adds an action given as plain data, at the top level or under `parent`.
    #[pyo3(signature = (action, parent=None))]
    fn add_action(&mut self, action: &Bound<'_, PyAny>, parent: Option<Text>) -> PyResult<()> {
        let action = data::part(action)?;
        match parent {
            None => self.edit().actions.push(action),
            Some(p) => self.edit().add_sub_action(&p, action).map_err(py_err)?,
        }
        Ok(())
    }

    /// Adds a progress entry given as plain data to an action's log.
    fn record_progress(&mut self, action_id: Text, entry: &Bound<'_, PyAny>) -> PyResult<()> {
        let entry = data::part(entry)?;
        self.edit()
            .record_progress(&action_id, entry)
            .map_err(py_err)
    }

    /// Sets the response, given as plain data, to a suggestion.
    fn respond(&mut self, suggestion_id: Text, response: &Bound<'_, PyAny>) -> PyResult<()> {
        let response = data::part(response)?;
        self.edit()
            .respond(&suggestion_id, response)
            .map_err(py_err)
    }

    /// The state of every action and sub-action as of a date (ISO text) or now (None).
    #[pyo3(signature = (as_of=None))]
    fn action_states<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<Text>,
    ) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.action_states())
    }

    /// The state of one action as of a date or now, or None when no action has the ID.
    #[pyo3(signature = (id, as_of=None))]
    fn action_state<'py>(
        &self,
        py: Python<'py>,
        id: Text,
        as_of: Option<Text>,
    ) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.action_state(&id))
    }

    /// How many top-level actions are in each status.
    #[pyo3(signature = (as_of=None))]
    fn status_counts<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<Text>,
    ) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.status_counts())
    }

    /// The actions overdue as of a date, or as of the publication date.
    #[pyo3(signature = (as_of=None))]
    fn overdue<'py>(&self, py: Python<'py>, as_of: Option<Text>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.overdue())
    }

    /// The actions with an open barrier.
    #[pyo3(signature = (as_of=None))]
    fn with_open_barriers<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<Text>,
    ) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.with_open_barriers())
    }

    /// The actions waiting on a dependency that is not done.
    #[pyo3(signature = (as_of=None))]
    fn waiting_on_dependencies<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<Text>,
    ) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.waiting_on_dependencies())
    }

    /// "You said, we did" pairs: each suggestion with its response and the actions answering it.
    #[pyo3(signature = (as_of=None))]
    fn pairs<'py>(&self, py: Python<'py>, as_of: Option<Text>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.pairs())
    }

    /// Whether a suggestion is answered and where the answer comes from (the one rule every
    /// view uses), or None.
    fn answer_of<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.inner.answer_of(id))
    }

    /// Coverage: which suggestions have an answer, by question, theme and group.
    #[pyo3(signature = (as_of=None))]
    fn coverage<'py>(&self, py: Python<'py>, as_of: Option<Text>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.coverage())
    }

    /// The plan's outcomes with the actions serving each.
    #[pyo3(signature = (as_of=None))]
    fn plan_view<'py>(&self, py: Python<'py>, as_of: Option<Text>) -> PyResult<Bound<'py, PyAny>> {
        data::to_py(py, &self.view(as_of)?.plan_view())
    }

    /// Renders the summary with the built-in templates, without holding the GIL.
    #[pyo3(signature = (view, format, as_of=None, template=None, template_source=None, width=None, layout=None, lang=None, labels=None))]
    #[expect(
        clippy::too_many_arguments,
        reason = "mirrors the keyword arguments of the Python API"
    )]
    fn render(
        &self,
        py: Python<'_>,
        view: Text,
        format: Text,
        as_of: Option<Text>,
        template: Option<Text>,
        template_source: Option<Text>,
        width: Option<Size>,
        layout: Option<Text>,
        lang: Option<Text>,
        labels: Option<std::collections::BTreeMap<String, String>>,
    ) -> PyResult<String> {
        let options = crate::render::render_options(
            &view,
            &format,
            as_of.as_deref(),
            template.as_deref(),
            template_source.as_deref(),
            width.map(|w| w.0),
            crate::render::Presentation {
                layout: layout.map(|l| l.to_owned()),
                lang: lang.map(|l| l.to_owned()),
                labels,
            },
        )?;
        py.detach(|| self.inner.render(&options)).map_err(py_err)
    }

    /// Renders the "Update since …" bulletin of what changed since `previous`, with the
    /// built-in templates, without holding the GIL.
    #[pyo3(signature = (previous, format, template=None, template_source=None, width=None, lang=None, labels=None))]
    #[expect(
        clippy::too_many_arguments,
        reason = "mirrors the keyword arguments of the Python API"
    )]
    fn bulletin(
        &self,
        py: Python<'_>,
        previous: PyRef<'_, Summary>,
        format: Text,
        template: Option<Text>,
        template_source: Option<Text>,
        width: Option<Size>,
        lang: Option<Text>,
        labels: Option<std::collections::BTreeMap<String, String>>,
    ) -> PyResult<String> {
        let options = crate::render::bulletin_options(
            &format,
            template.as_deref(),
            template_source.as_deref(),
            width.map(|w| w.0),
            crate::render::Presentation {
                layout: None,
                lang: lang.map(|l| l.to_owned()),
                labels,
            },
        )?;
        let previous = &previous.inner;
        py.detach(|| self.inner.bulletin(previous, &options))
            .map_err(py_err)
    }

    /// The cut-off date (ISO text) of the view as of a date, or None for the current view.
    #[pyo3(signature = (as_of=None))]
    fn cutoff(&self, as_of: Option<Text>) -> PyResult<Option<String>> {
        Ok(self.view(as_of)?.cutoff().map(|d| d.to_string()))
    }

    /// Publishes a new version dated `date` (ISO text): the previous publication date goes
    /// into the revisions with `note`.
    #[pyo3(signature = (date, note=None))]
    fn stamp(&mut self, date: Text, note: Option<Text>) -> PyResult<()> {
        let date = data::date(&date)?;
        self.edit().stamp(date, note.as_deref()).map_err(py_err)
    }

    fn __copy__(&self) -> Self {
        self.clone()
    }

    fn __deepcopy__(&self, _memo: &Bound<'_, PyAny>) -> Self {
        self.clone()
    }
}

impl Summary {
    /// The summary to edit, copied first if a copy shares it.
    fn edit(&mut self) -> &mut yousaid::Summary {
        Arc::make_mut(&mut self.inner)
    }

    /// The core's view as of a date given as ISO text, or of everything recorded.
    fn view(&self, as_of: Option<Text>) -> PyResult<yousaid::AsOf<'_>> {
        let date = as_of.map(|text| data::date(&text)).transpose()?;
        Ok(self.inner.at(date))
    }
}
