//! Rendering: a summary as a publishable page, an HTML fragment, Markdown or plain text.
//!
//! Three [`View`]s — `full` (the whole published summary), `table` (the compact "You said |
//! We did | Status" table) and `tracker` (actions with status, progress and a chart) — each in
//! four [`OutputFormat`]s: a standalone HTML page (inline CSS, no scripts, nothing loaded from
//! elsewhere, a print stylesheet), an HTML fragment for embedding, GitHub-flavoured Markdown
//! and plain text wrapped for e-mail.
//!
//! ```
//! use yousaid::{Summary, RenderOptions, View, OutputFormat};
//! let summary = Summary::from_json_str(r#"{"format": "yousaid/1", "title": "Library consultation"}"#)?;
//! let page = summary.render(&RenderOptions::new())?;
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! let text = summary.render(&RenderOptions::new().view(View::Table).format(OutputFormat::Markdown))?;
//! assert!(text.starts_with("# Library consultation"));
//! # Ok::<(), yousaid::Error>(())
//! ```
//!
//! The templates are [minijinja](https://docs.rs/minijinja) templates embedded in the crate.
//! They all receive one [`Context`] (documented field by field in [`context`]); statuses,
//! "raised by N of M groups", pairs, coverage and counts are computed before the templates run,
//! so templates only display. A [`Renderer`] takes your own templates over the same context,
//! whole or extending a built-in one to replace single blocks.
//!
//! ## One path
//! Every render — [`Summary::render`], [`Renderer::render`], [`Renderer::render_to`], the
//! command line, the Python and npm packages — takes one route, on one thread: the
//! [`Context`] is built from the summary (a built-in view's template is given only the parts
//! its view shows), converted to template values through its `Serialize` derive, and the
//! template rendered over it. [`Renderer::render_to`] writes a page or fragment to any
//! [`std::io::Write`] as it is made, so the page is never held whole in memory.
//!
//! The view types of [`context`] are the only description of the context: adding a field
//! to a view type (and setting it where [`context`] builds that view) is the one edit that
//! gives it to every template, built-in or your own; nothing else lists the fields.
//!
//! Escaping lives in one place, the `escape` module: HTML (text and attributes), Markdown
//! and plain text, chosen by the template's name.
//!
//! ## Safety
//! - HTML output is auto-escaped; `href` is written only for `http`, `https` and `mailto`
//!   addresses ([`Url::is_allowed`](crate::Url::is_allowed)).
//! - Markdown output neutralises text that would form links, HTML, headings, lists, quotes,
//!   code blocks or tables, also after leading spaces (which are dropped).
//! - In every format, Unicode bidirectional embedding, override and isolate controls and
//!   C0/C1 control characters (other than line breaks and tabs) are removed from user text
//!   ([`controls::remove`](crate::controls::remove)); in plain text and HTML a carriage return is a line break, so
//!   that a value cannot return to the start of a line to overwrite it on a terminal.
//! - Template syntax and runtime errors are [`ErrorKind::Template`] errors naming the
//!   template and line; rendering never panics.

pub mod bulletin;
pub mod context;
mod escape;
pub mod labels;
pub mod layout;
pub mod options;
mod text;
mod tracking;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write as _};
use std::sync::{Arc, OnceLock};

use minijinja::Environment;
use minijinja::value::{Serde, Value};

pub use context::Context;
use context::{Frame, Needs};
pub use labels::{Labels, Lang};
pub use layout::Layout;
pub use options::{BulletinOptions, OptionValue};
pub use text::DEFAULT_WIDTH;

use crate::error::{Error, ErrorKind};
use crate::{Date, MAX_DEPTH, Summary};

/// Which part of the summary to render.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The whole published summary, in the order a reader expects (the default).
    #[default]
    Full,
    /// The compact "You said | We did | Status" table.
    Table,
    /// The action tracker: owner, due, status, progress, latest update, overdue marker, chart.
    Tracker,
}

crate::names::names! {
    View, "view" {
        Full => "full",
        Table => "table",
        Tracker => "tracker",
    }
}

/// What to render to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum OutputFormat {
    /// A standalone HTML page with inline CSS (the default).
    #[default]
    Html,
    /// An HTML fragment (a `<div>`) to embed in an existing page; headings start at `h2`.
    Fragment,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// Plain text, wrapped for e-mail.
    Text,
}

crate::names::names! {
    OutputFormat, "format" {
        Html => "html" | "page",
        Fragment => "fragment",
        Markdown => "markdown" | "md",
        Text => "text" | "txt",
    }
}

impl OutputFormat {
    /// The usual file extension: `html`, `html`, `md`, `txt`.
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Html | OutputFormat::Fragment => "html",
            OutputFormat::Markdown => "md",
            OutputFormat::Text => "txt",
        }
    }

    fn template_suffix(self) -> &'static str {
        match self {
            OutputFormat::Html | OutputFormat::Fragment => "html",
            OutputFormat::Markdown => "md",
            OutputFormat::Text => "txt",
        }
    }
}

/// How to render: view, format, date, template, text width.
///
/// ```
/// # use yousaid::{RenderOptions, View, OutputFormat, Date};
/// let opts = RenderOptions::new()
///     .view(View::Tracker)
///     .format(OutputFormat::Text)
///     .as_of(Date::constant(2015, 1, 31))
///     .width(60);
/// assert_eq!(opts.get_view(), View::Tracker);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    view: View,
    format: OutputFormat,
    as_of: Option<Date>,
    template: Option<String>,
    template_source: Option<String>,
    width: usize,
    layout: Option<Layout>,
    lang: Option<Lang>,
    labels: Vec<(&'static str, String)>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            view: View::Full,
            format: OutputFormat::Html,
            as_of: None,
            template: None,
            template_source: None,
            width: DEFAULT_WIDTH,
            layout: None,
            lang: None,
            labels: Vec::new(),
        }
    }
}

impl RenderOptions {
    /// The defaults: full view, HTML page, statuses as last recorded, the built-in template,
    /// text wrapped at 72 columns.
    pub fn new() -> Self {
        RenderOptions::default()
    }

    /// Sets the view (default: [`View::Full`]).
    pub fn view(mut self, view: View) -> Self {
        self.view = view;
        self
    }

    /// Sets the format (default: [`OutputFormat::Html`]).
    pub fn format(mut self, format: OutputFormat) -> Self {
        self.format = format;
        self
    }

    /// Shows statuses as they stood on this date: progress recorded later is left out and
    /// overdue is judged against it (default: none — everything recorded counts, and overdue
    /// is judged against the publication date, if any; see [`Summary::current`]).
    pub fn as_of(mut self, date: Date) -> Self {
        self.as_of = Some(date);
        self
    }

    /// Renders with the named template instead of the built-in one for the view and format
    /// (default: none). Add the template with [`Renderer::add_template`] first; a built-in
    /// name such as `table.md` works too.
    pub fn template(mut self, name: impl Into<String>) -> Self {
        self.template = Some(name.into());
        self
    }

    /// Renders with this template source, compiled for this render only and escaped for the
    /// format (default: none). It may extend a built-in template; it wins over
    /// [`template`](Self::template).
    ///
    /// ```
    /// # use yousaid::{RenderOptions, OutputFormat, Summary};
    /// let summary = Summary::new("Parks <and> play");
    /// let options = RenderOptions::new().format(OutputFormat::Markdown).template_source("# {{ summary.title }}");
    /// assert_eq!(summary.render(&options)?, "# Parks \\<and\\> play\n");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn template_source(mut self, source: impl Into<String>) -> Self {
        self.template_source = Some(source.into());
        self
    }

    /// Wraps plain text at this many columns (default: 72; 0 turns wrapping off).
    pub fn width(mut self, width: usize) -> Self {
        self.width = width;
        self
    }

    /// Arranges the full view in this [`Layout`] instead of the one chosen from what the
    /// document holds ([`Layout::choose`]; default: none, the chosen one).
    ///
    /// ```
    /// # use yousaid::{Summary, RenderOptions, Layout, OutputFormat};
    /// let s = Summary::new("Library consultation");
    /// let md = s.render(&RenderOptions::new().layout(Layout::Forum).format(OutputFormat::Markdown))?;
    /// assert!(md.starts_with("# Library consultation"));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn layout(mut self, layout: Layout) -> Self {
        self.layout = Some(layout);
        self
    }

    /// The layout set with [`RenderOptions::layout`], if any.
    pub fn get_layout(&self) -> Option<Layout> {
        self.layout
    }

    /// Renders the built-in labels, dates and figures in this language (default: Welsh for a
    /// document whose `language` is `cy` or `cy-GB`, else English).
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// Replaces built-in labels by key (see [`labels::CATALOGUE`] and `docs/templates.md`).
    /// These win over the document's own `labels`, which win over the catalogue; a later
    /// pair wins over an earlier one.
    ///
    /// ```
    /// # use yousaid::{Summary, RenderOptions, OutputFormat};
    /// let summary = Summary::from_json_str(r#"{"format": "yousaid/2", "title": "Library",
    ///     "suggestions": [{"id": "s1", "text": "Open on Sundays"}]}"#)?;
    /// let opts = RenderOptions::new()
    ///     .format(OutputFormat::Markdown)
    ///     .labels([("you_said_we_did", "What you told us, what we did")])?;
    /// assert!(summary.render(&opts)?.contains("## What you told us, what we did"));
    /// let err = RenderOptions::new().labels([("you_sed", "x")]).unwrap_err();
    /// assert_eq!(err.code(), "invalid-argument");
    /// assert!(err.to_string().contains("`you_sed`"));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// Errors: [`ErrorKind::InvalidArgument`] naming the first key the catalogue lacks.
    pub fn labels<K: AsRef<str>, V: Into<String>>(
        mut self,
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, Error> {
        for (k, v) in pairs {
            let key = labels::key(k.as_ref()).ok_or_else(|| labels::unknown_label(k.as_ref()))?;
            self.labels.push((key, v.into()));
        }
        Ok(self)
    }

    /// The language, if set.
    pub fn get_lang(&self) -> Option<Lang> {
        self.lang
    }

    /// The labels replaced, in the order given.
    pub fn get_labels(&self) -> &[(&'static str, String)] {
        &self.labels
    }

    /// The labels of a render of `summary`: the catalogue in the options' language (or the
    /// document's), the document's own labels over it, and the options' over those.
    /// A document label the catalogue lacks is left out (validation reports it).
    pub(crate) fn labels_for(&self, summary: &Summary) -> Labels {
        let lang = self
            .lang
            .unwrap_or_else(|| Lang::for_document(summary.language.as_deref()));
        let base = Labels::new(lang);
        if self.labels.is_empty() && summary.labels.is_empty() {
            return base;
        }
        let document = summary
            .labels
            .iter()
            .filter_map(|(k, v)| Some((labels::key(k)?, v.as_str())));
        let options = self.labels.iter().map(|(k, v)| (*k, v.as_str()));
        base.with_known(document.chain(options))
    }

    /// The view.
    pub fn get_view(&self) -> View {
        self.view
    }

    /// The format.
    pub fn get_format(&self) -> OutputFormat {
        self.format
    }

    /// The as-of date, if set.
    pub fn get_as_of(&self) -> Option<Date> {
        self.as_of
    }

    /// The template name, if set.
    pub fn get_template(&self) -> Option<&str> {
        self.template.as_deref()
    }

    /// The template source, if set.
    pub fn get_template_source(&self) -> Option<&str> {
        self.template_source.as_deref()
    }
}

/// The built-in templates, by name. Extend them (`{% extends "full.html" %}`) to replace
/// single blocks.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("page.html", include_str!("templates/page.html")),
    ("fragment.html", include_str!("templates/fragment.html")),
    ("style.css", include_str!("templates/style.css")),
    ("macros.html", include_str!("templates/macros.html")),
    ("full.html", include_str!("templates/full.html")),
    ("table.html", include_str!("templates/table.html")),
    ("tracker.html", include_str!("templates/tracker.html")),
    ("macros.md", include_str!("templates/macros.md")),
    ("full.md", include_str!("templates/full.md")),
    ("table.md", include_str!("templates/table.md")),
    ("tracker.md", include_str!("templates/tracker.md")),
    ("macros.txt", include_str!("templates/macros.txt")),
    ("full.txt", include_str!("templates/full.txt")),
    ("table.txt", include_str!("templates/table.txt")),
    ("tracker.txt", include_str!("templates/tracker.txt")),
    ("bulletin.html", include_str!("templates/bulletin.html")),
    ("bulletin.md", include_str!("templates/bulletin.md")),
    ("bulletin.txt", include_str!("templates/bulletin.txt")),
];

/// Joins words as prose: `a`, `a and b`, `a, b and c`, with the render's label `and` (or
/// the word given).
fn and_list(state: &minijinja::State<'_, '_>, items: Vec<Value>, word: Option<String>) -> String {
    let word = match word {
        Some(w) => w,
        None => label_text(state, "and").unwrap_or_else(|| "and".to_owned()),
    };
    let strs: Vec<String> = items.iter().map(|v| v.to_string()).collect();
    match strs.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let word = labels::and_before(&word, last);
            format!("{} {word} {last}", init.join(", "))
        }
    }
}

/// The text of the label `key` in the render's `labels`, if there is one.
fn label_text(state: &minijinja::State<'_, '_>, key: &str) -> Option<String> {
    let labels = state.lookup("labels")?;
    let text = labels.get_attr(key).ok()?;
    text.as_str().map(str::to_owned)
}

/// `label("key", name=value, …)`: the label `key` with each `{name}` replaced by its value.
fn label(
    state: &minijinja::State<'_, '_>,
    key: &str,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    // `n=1` picks the singular form `<key>_one` where the catalogue has one.
    let one = kwargs
        .get::<Option<Value>>("n")
        .ok()
        .flatten()
        .and_then(|n| i64::try_from(n).ok())
        == Some(1);
    let singular = one
        .then(|| label_text(state, &format!("{key}_one")))
        .flatten();
    let text = singular.or_else(|| label_text(state, key)).ok_or_else(|| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("unknown label `{key}`"),
        )
    })?;
    let mut args: Vec<(&str, String)> = Vec::new();
    for name in kwargs.args() {
        let v: Value = kwargs.get(name)?;
        args.push((name, v.to_string()));
    }
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Ok(labels::fill(&text, &args))
}

/// The text with its first letter in upper case.
fn upper_first(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The text padded with spaces to `width` characters (not bytes, so that "Wedi’i atal"
/// lines up with "Done").
fn pad_right(text: &str, width: usize) -> String {
    let len = text.chars().count();
    let mut out = text.to_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(len)));
    out
}

/// The text with its first letter in lower case.
fn lower_first(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Drops one full stop from the end of a text, so that it can lead into a colon ("Open on
/// Sundays: not started"). An ellipsis is kept.
fn no_full_stop(text: &str) -> String {
    match text.strip_suffix('.') {
        Some(rest) if !rest.ends_with('.') => rest.to_owned(),
        _ => text.to_owned(),
    }
}

/// Holds the template environment: the built-in templates plus your own.
///
/// ```
/// # use yousaid::{Summary, Renderer, RenderOptions, OutputFormat};
/// let summary = Summary::new("Library consultation");
/// let mut r = Renderer::new();
/// r.add_template("mine.md", "# {{ summary.title }} ({{ as_of.text }})")?;
/// let opts = RenderOptions::new().template("mine.md").as_of(yousaid::Date::constant(2025, 3, 1));
/// assert_eq!(r.render(&summary, &opts)?, "# Library consultation (1 March 2025)");
///
/// // Replace one block of a built-in view.
/// r.add_template("branded.html", r#"{% extends "full.html" %}{% block closing %}<p>Thanks!</p>{% endblock %}"#)?;
/// let html = r.render(&summary, &RenderOptions::new().template("branded.html"))?;
/// assert!(html.contains("<p>Thanks!</p>"));
///
/// // Mistakes are errors with the template name and line.
/// let err = r.add_template("broken.html", "line one\n{% if %}").unwrap_err();
/// assert_eq!(err.code(), "template");
/// assert_eq!(err.template_name(), Some("broken.html"));
/// assert_eq!(err.line(), Some(2));
/// # Ok::<(), yousaid::Error>(())
/// ```
#[derive(Debug)]
pub struct Renderer {
    env: Environment<'static>,
    /// The templates added with an explicit format, each with it.
    formats: Arc<HashMap<String, OutputFormat>>,
}

/// The name the template given by [`RenderOptions::template_source`] has in errors.
pub const TEMPLATE_SOURCE_NAME: &str = "template_source";

impl Default for Renderer {
    fn default() -> Self {
        Renderer::new()
    }
}

fn template_error(e: minijinja::Error) -> Error {
    let mut msg = e.kind().to_string();
    if let Some(detail) = e.detail() {
        msg.push_str(": ");
        msg.push_str(detail);
    }
    let mut err = Error::new(ErrorKind::Template, msg);
    if let Some(name) = e.name() {
        err = err.with_template(name);
    }
    if let Some(line) = e.line() {
        err = err.with_line(line);
    }
    err
}

impl Renderer {
    /// The template with this name, or a `not-found` error naming it.
    pub(super) fn template(&self, name: &str) -> Result<minijinja::Template<'_, '_>, Error> {
        self.env.get_template(name).map_err(|e| {
            if e.kind() == minijinja::ErrorKind::TemplateNotFound {
                Error::new(
                    ErrorKind::NotFound,
                    format!("no template named `{name}`: add it with Renderer::add_template"),
                )
            } else {
                template_error(e)
            }
        })
    }

    /// A renderer with the built-in templates ([`BUILTIN_TEMPLATES`]).
    pub fn new() -> Self {
        let mut env = Environment::new();
        env.set_auto_escape_callback(escape::escape_for);
        env.set_formatter(escape::format_value);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        env.add_filter("and_list", and_list);
        env.add_filter("no_full_stop", no_full_stop);
        env.add_filter("upper_first", upper_first);
        env.add_filter("lower_first", lower_first);
        env.add_filter("pad_right", pad_right);
        env.add_function("label", label);
        if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
        {
            env.set_syntax(syntax);
        }
        for (name, source) in BUILTIN_TEMPLATES {
            // The built-in templates are tested to compile; a failure here is a bug we want
            // to see in the tests rather than a panic in a user's program.
            if let Err(e) = env.add_template(name, source) {
                debug_assert!(false, "built-in template {name}: {e}");
            }
        }
        Renderer {
            env,
            formats: Arc::default(),
        }
    }

    /// Escapes each template as its format says, or as its name says when added without one.
    fn set_escaping(env: &mut Environment<'static>, formats: Arc<HashMap<String, OutputFormat>>) {
        env.set_auto_escape_callback(move |name| match formats.get(name) {
            Some(format) => escape::escape_for_format(*format),
            None => escape::escape_for(name),
        });
    }

    /// Adds a template (or replaces one, built-in names included) escaped for `format`: HTML
    /// for [`OutputFormat::Html`] and [`OutputFormat::Fragment`], Markdown neutralised for
    /// [`OutputFormat::Markdown`], nothing for [`OutputFormat::Text`] — whatever its name.
    ///
    /// ```
    /// # use yousaid::{OutputFormat, RenderOptions, Renderer, Summary};
    /// let mut renderer = Renderer::new();
    /// renderer.add_template_as("mine", "{{ summary.title }}", OutputFormat::Markdown)?;
    /// let options = RenderOptions::new().format(OutputFormat::Markdown).template("mine");
    /// assert_eq!(renderer.render(&Summary::new("<b>"), &options)?, "\\<b\\>\n");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// Errors: [`ErrorKind::Template`] with the template name and line when it does not
    /// compile.
    pub fn add_template_as(
        &mut self,
        name: &str,
        source: &str,
        format: OutputFormat,
    ) -> Result<(), Error> {
        let mut formats = HashMap::clone(&self.formats);
        formats.insert(name.to_owned(), format);
        self.formats = Arc::new(formats);
        Self::set_escaping(&mut self.env, Arc::clone(&self.formats));
        self.env
            .add_template_owned(name.to_owned(), source.to_owned())
            .map_err(template_error)
    }

    /// For options with a [`template_source`](RenderOptions::template_source): a copy of
    /// this renderer (sharing its compiled templates) with the source added, escaped for the
    /// format, and the options naming it.
    pub(super) fn with_template_source(
        &self,
        options: &RenderOptions,
    ) -> Result<Option<(Renderer, RenderOptions)>, Error> {
        let Some(source) = &options.template_source else {
            return Ok(None);
        };
        let mut once = Renderer {
            env: self.env.clone(),
            formats: Arc::clone(&self.formats),
        };
        once.add_template_as(TEMPLATE_SOURCE_NAME, source, options.format)?;
        let options = RenderOptions {
            template: Some(TEMPLATE_SOURCE_NAME.to_owned()),
            template_source: None,
            ..options.clone()
        };
        Ok(Some((once, options)))
    }

    /// Whether a template of this name is built in (`full.html`, `table.md`, …).
    ///
    /// ```
    /// assert!(yousaid::Renderer::is_builtin("tracker.txt"));
    /// assert!(!yousaid::Renderer::is_builtin("mine.html"));
    /// ```
    pub fn is_builtin(name: &str) -> bool {
        BUILTIN_TEMPLATES
            .iter()
            .any(|(builtin, _)| *builtin == name)
    }

    /// Adds a template (or replaces one, built-in names included). Its escaping follows its
    /// name: `.md` neutralises Markdown, `.txt` escapes nothing, anything else is
    /// HTML-escaped. To give the escaping whatever the name, use
    /// [`add_template_as`](Self::add_template_as).
    ///
    /// Errors: [`ErrorKind::Template`] with the template name and line when it does not
    /// compile.
    pub fn add_template(&mut self, name: &str, source: &str) -> Result<(), Error> {
        if self.formats.contains_key(name) {
            let mut formats = HashMap::clone(&self.formats);
            formats.remove(name);
            self.formats = Arc::new(formats);
            Self::set_escaping(&mut self.env, Arc::clone(&self.formats));
        }
        self.env
            .add_template_owned(name.to_owned(), source.to_owned())
            .map_err(template_error)
    }

    /// Renders a summary.
    ///
    /// Errors: [`ErrorKind::Template`] when a template fails at run time (name and line
    /// given), [`ErrorKind::NotFound`] when [`RenderOptions::template`] names no template,
    /// [`ErrorKind::InvalidArgument`] when sub-points or sub-actions nest deeper than 100
    /// levels.
    pub fn render(&self, summary: &Summary, options: &RenderOptions) -> Result<String, Error> {
        let mut page = Vec::new();
        self.render_into(summary, options, &mut page)?;
        // Templates write UTF-8 only; the check costs one quick pass.
        String::from_utf8(page).map_err(write_error)
    }

    /// Renders a summary into `out`. A page or fragment is written as it is made, so it is
    /// never held whole in memory; Markdown and text are made whole first, since they are
    /// tidied (and text wrapped) before they are written.
    ///
    /// ```
    /// # use yousaid::{Summary, Renderer, RenderOptions};
    /// let summary = Summary::new("Library consultation");
    /// let mut page = Vec::new();
    /// Renderer::new().render_to(&summary, &RenderOptions::new(), &mut page)?;
    /// assert!(page.starts_with(b"<!DOCTYPE html>"));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// Errors as [`Renderer::render`], and [`ErrorKind::Io`] when `out` fails; what was
    /// written before stays written.
    pub fn render_to(
        &self,
        summary: &Summary,
        options: &RenderOptions,
        out: impl io::Write,
    ) -> Result<(), Error> {
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        self.render_into(summary, options, &mut out)?;
        out.flush().map_err(write_error)
    }

    /// The one route of every render ([`Renderer::render`], [`Renderer::render_to`],
    /// [`Summary::render`], the command line and the bindings): the template the options
    /// name, the [`Context`] built from the summary, and the template rendered over it into
    /// `out`.
    fn render_into(
        &self,
        summary: &Summary,
        options: &RenderOptions,
        out: &mut impl io::Write,
    ) -> Result<(), Error> {
        check_depth(summary)?;
        if let Some((once, options)) = self.with_template_source(options)? {
            return once.render_into(summary, &options, out);
        }
        let (name, builtin): (Cow<'_, str>, bool) = match &options.template {
            Some(t) => (Cow::Borrowed(t.as_str()), false),
            None => (
                Cow::Owned(format!(
                    "{}.{}",
                    options.view.as_str(),
                    options.format.template_suffix()
                )),
                true,
            ),
        };
        let tmpl = self.template(&name)?;
        let context = Value::from(Serde(&Context::build(summary, options, builtin)));
        match options.format {
            OutputFormat::Html | OutputFormat::Fragment => tmpl
                .render_captured_to(context, out)
                .map(drop)
                .map_err(|e| match e.kind() {
                    minijinja::ErrorKind::WriteFailure => write_error(e),
                    _ => template_error(e),
                }),
            OutputFormat::Markdown | OutputFormat::Text => {
                let text = tmpl.render(context).map_err(template_error)?;
                out.write_all(finish(text, options).as_bytes())
                    .map_err(write_error)
            }
        }
    }
}

/// A template's output made ready: Markdown and text tidied, text wrapped.
fn finish(out: String, options: &RenderOptions) -> String {
    match options.format {
        OutputFormat::Text if options.width > 0 => text::tidy(&text::wrap(&out, options.width)),
        OutputFormat::Text | OutputFormat::Markdown => text::tidy(&out),
        OutputFormat::Html | OutputFormat::Fragment => out,
    }
}

fn write_error(e: impl fmt::Display) -> Error {
    Error::new(ErrorKind::Io, format!("cannot write the output: {e}"))
}

impl Frame {
    /// The frame of a render with these options, by a built-in template or not.
    fn new(options: &RenderOptions, builtin: bool) -> Self {
        let fragment = options.format == OutputFormat::Fragment;
        Frame {
            view: options.view.as_str(),
            shape: options.layout.unwrap_or_default(),
            format: options.format.as_str(),
            layout: if fragment {
                "fragment.html"
            } else {
                "page.html"
            },
            first_heading: if fragment { 2 } else { 1 },
            needs: match (builtin, options.view) {
                (true, View::Full) => Needs::Full,
                (true, View::Table) => Needs::Pairs,
                (true, View::Tracker) => Needs::Tracker,
                (false, _) => Needs::Everything,
            },
        }
    }
}

impl<'a> Context<'a> {
    /// The whole context a template receives when rendering `summary` with `options`, as
    /// plain data: serialise it to see what your own template can use.
    ///
    /// ```
    /// # use yousaid::{Summary, RenderOptions, render::Context};
    /// let summary = Summary::from_json_str(r#"{"format": "yousaid/1", "title": "Library consultation",
    ///     "suggestions": [{"id": "s1", "text": "Open on Sundays"}]}"#)?;
    /// let context = Context::new(&summary, &RenderOptions::new());
    /// let json = serde_json::to_value(&context).unwrap();
    /// assert_eq!(json["other_points"][0]["text"], "Open on Sundays");
    /// assert_eq!(json["pairs"][0]["status"], "No response yet");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// This is exactly what a template of your own receives; a built-in view's template is
    /// given only the parts it shows (the others empty).
    pub fn new(summary: &'a Summary, options: &RenderOptions) -> Self {
        Context::build(summary, options, false)
    }

    /// The context of a render with these options, by a built-in template (given only the
    /// parts its view shows) or not.
    fn build(summary: &'a Summary, options: &RenderOptions, builtin: bool) -> Self {
        let mut frame = Frame::new(options, builtin);
        if options.layout.is_none() {
            frame.shape = Layout::choose(summary);
        }
        context::build(
            summary,
            summary.at(options.as_of),
            frame,
            options.labels_for(summary),
        )
    }
}

fn check_depth(summary: &Summary) -> Result<(), Error> {
    let deep = nests_deeper(&summary.suggestions, |s| &s.points)
        || nests_deeper(&summary.actions, |a| &a.actions);
    if deep {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "sub-points or sub-actions nest more than {MAX_DEPTH} levels deep: flatten them to render"
            ),
        ));
    }
    Ok(())
}

/// Whether an item of the tree `items` lies [`MAX_DEPTH`] or more levels below the
/// top (which is level 0). Only lists of children are stacked, so the common flat document
/// costs one pass and no allocation beyond the first list.
fn nests_deeper<T>(items: &[T], children: fn(&T) -> &[T]) -> bool {
    let mut lists = vec![(items, 0)];
    while let Some((list, depth)) = lists.pop() {
        if depth >= MAX_DEPTH {
            return true;
        }
        lists.extend(
            list.iter()
                .map(children)
                .filter(|kids| !kids.is_empty())
                .map(|kids| (kids, depth + 1)),
        );
    }
    false
}

fn default_renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(Renderer::new)
}

impl Summary {
    /// Renders the summary with the built-in templates.
    ///
    /// ```
    /// # use yousaid::{Summary, RenderOptions, View, OutputFormat};
    /// let s = Summary::new("What you told us about the library");
    /// let md = s.render(&RenderOptions::new().format(OutputFormat::Markdown))?;
    /// assert!(md.starts_with("# What you told us about the library\n"));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// For your own templates use a [`Renderer`]. Errors as [`Renderer::render`].
    pub fn render(&self, options: &RenderOptions) -> Result<String, Error> {
        default_renderer().render(self, options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document whose deepest sub-point, or sub-action, is `depth` levels below the top.
    fn nested(depth: usize, actions: bool) -> Summary {
        let mut s = Summary::new("Deep");
        if actions {
            let mut a = crate::Action::new(format!("a{depth}"), "bottom");
            for i in (0..depth).rev() {
                let mut parent = crate::Action::new(format!("a{i}"), "x");
                parent.actions.push(a);
                a = parent;
            }
            s.actions.push(crate::Action::new("flat", "flat"));
            s.actions.push(a);
        } else {
            let mut p = crate::Suggestion::new(format!("p{depth}"), "bottom");
            for i in (0..depth).rev() {
                p = crate::Suggestion::new(format!("p{i}"), "x").point(p);
            }
            s.suggestions.push(crate::Suggestion::new("flat", "flat"));
            s.suggestions.push(p);
        }
        s
    }

    #[test]
    fn nesting_is_refused_from_the_limit_on() {
        for actions in [false, true] {
            assert!(check_depth(&nested(0, actions)).is_ok());
            assert!(check_depth(&nested(MAX_DEPTH - 1, actions)).is_ok());
            let e = check_depth(&nested(MAX_DEPTH, actions)).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidArgument);
        }
        assert!(check_depth(&Summary::new("Empty")).is_ok());
    }

    #[test]
    fn no_full_stop_drops_one_stop_only() {
        assert_eq!(no_full_stop("Meet head on."), "Meet head on");
        assert_eq!(no_full_stop("Meet head on"), "Meet head on");
        assert_eq!(no_full_stop("Wait and see..."), "Wait and see...");
        assert_eq!(no_full_stop(""), "");
    }
}
