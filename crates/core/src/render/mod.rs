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
//! ## Speed and memory
//! The context's long lists (points, pairs, actions, tracker rows) are made item by item as a
//! template reads them, from the summary itself: a render holds no copy of the context, and
//! does only the work its template shows. [`Renderer::render_shared`] renders a summary held
//! in an [`Arc`] without copying it ([`Summary::render`] and
//! [`Renderer::render`] copy it first), and [`Renderer::render_to`] writes a page to any
//! [`std::io::Write`] as it is made, so the page is never held whole in memory either.
//!
//! A large summary (a thousand top-level suggestions and actions or more) uses a second
//! thread where there is a second core: its look-ups are made side by side, and the full view
//! rendered to a string has its long sections — what was said, "you said, we did" and next
//! steps — rendered side by side and joined, byte for byte the page one thread makes. A page
//! streamed by `render_to` is made on one thread, so that it still never waits whole in
//! memory; your own templates, and a renderer whose built-in templates you replaced, render
//! on one thread too.
//!
//! ## Safety
//! - HTML output is auto-escaped; `href` is written only for `http`, `https` and `mailto`
//!   addresses ([`Url::is_allowed`](crate::Url::is_allowed)).
//! - Markdown output neutralises text that would form links, HTML, headings, lists, quotes,
//!   code blocks or tables, also after leading spaces (which are dropped).
//! - In every format, Unicode bidirectional embedding, override and isolate controls and
//!   C0/C1 control characters (other than line breaks and tabs) are removed from user text
//!   ([`controls::remove`]); in plain text and HTML a carriage return is a line break, so
//!   that a value cannot return to the start of a line to overwrite it on a terminal.
//! - Template syntax and runtime errors are [`ErrorKind::Template`] errors naming the
//!   template and line; rendering never panics.

pub mod bulletin;
pub mod context;
mod lazy;
mod markdown;
#[cfg(not(target_family = "wasm"))]
mod parallel;
/// WebAssembly has one thread: everything runs in turn, and no page is split.
#[cfg(target_family = "wasm")]
mod parallel {
    use minijinja::{Environment, value::Value};

    #[derive(Debug, Clone, Copy)]
    pub(super) enum When {
        Worthwhile,
    }

    pub(super) fn large(_: &crate::Summary) -> bool {
        false
    }

    pub(super) fn second_core() -> bool {
        false
    }

    pub(super) fn join<A, B>(_: bool, a: impl FnOnce() -> A, b: impl FnOnce() -> B) -> (A, B) {
        (a(), b())
    }

    pub(super) fn worthwhile(_: &str, _: &crate::Summary, _: When) -> bool {
        false
    }

    pub(super) fn render(_: &Environment<'_>, _: &str, _: &Value) -> Option<String> {
        None
    }
}
mod text;
mod tracking;

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write as _};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, State};

pub use context::Context;
use context::{Frame, Needs};
pub use text::DEFAULT_WIDTH;

use crate::controls;
use crate::error::{Error, ErrorKind};
use crate::{Date, Summary};

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

impl View {
    /// Every view.
    pub const ALL: [View; 3] = [View::Full, View::Table, View::Tracker];

    /// The name used on the command line and in the context: `full`, `table`, `tracker`.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Full => "full",
            View::Table => "table",
            View::Tracker => "tracker",
        }
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses `full`, `table` or `tracker`.
///
/// ```
/// # use yousaid::View;
/// assert_eq!("tracker".parse::<View>()?, View::Tracker);
/// assert_eq!("graph".parse::<View>().unwrap_err().code(), "invalid-argument");
/// # Ok::<(), yousaid::Error>(())
/// ```
impl FromStr for View {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        View::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    format!("unknown view `{s}`: use full, table or tracker"),
                )
            })
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

impl OutputFormat {
    /// Every format.
    pub const ALL: [OutputFormat; 4] = [
        OutputFormat::Html,
        OutputFormat::Fragment,
        OutputFormat::Markdown,
        OutputFormat::Text,
    ];

    /// The name used in the context: `html`, `fragment`, `markdown`, `text`.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputFormat::Html => "html",
            OutputFormat::Fragment => "fragment",
            OutputFormat::Markdown => "markdown",
            OutputFormat::Text => "text",
        }
    }

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

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses `html`, `fragment`, `md` or `markdown`, `text` or `txt`.
///
/// ```
/// # use yousaid::OutputFormat;
/// assert_eq!("md".parse::<OutputFormat>()?, OutputFormat::Markdown);
/// assert_eq!("text".parse::<OutputFormat>()?, OutputFormat::Text);
/// assert!("pdf".parse::<OutputFormat>().is_err());
/// # Ok::<(), yousaid::Error>(())
/// ```
impl FromStr for OutputFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.to_ascii_lowercase().as_str() {
            "html" | "page" => Ok(OutputFormat::Html),
            "fragment" => Ok(OutputFormat::Fragment),
            "md" | "markdown" => Ok(OutputFormat::Markdown),
            "text" | "txt" => Ok(OutputFormat::Text),
            _ => Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("unknown format `{s}`: use html, fragment, md or text"),
            )),
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
    width: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            view: View::Full,
            format: OutputFormat::Html,
            as_of: None,
            template: None,
            width: DEFAULT_WIDTH,
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

    /// Wraps plain text at this many columns (default: 72; 0 turns wrapping off).
    pub fn width(mut self, width: usize) -> Self {
        self.width = width;
        self
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

/// How a template's output is escaped, from its name: `.md`/`.markdown` neutralise Markdown,
/// `.txt`/`.text`/`.css` nothing, everything else (`.html` and names without an extension) is
/// HTML-escaped.
fn escape_for(name: &str) -> AutoEscape {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "md" | "markdown" => AutoEscape::Custom(Cow::Borrowed("markdown")),
        "txt" | "text" | "css" => AutoEscape::None,
        _ => AutoEscape::Html,
    }
}

fn format_value(
    out: &mut minijinja::Output,
    state: &mut State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    if value.is_safe() {
        return minijinja::escape_formatter(out, state, value);
    }
    let owned;
    let s: &str = match value.as_str() {
        Some(s) => s,
        None if value.is_undefined() || value.is_none() => return Ok(()),
        None => {
            owned = value.to_string();
            &owned
        }
    };
    match state.auto_escape() {
        // Most text printed is HTML: cleaned and escaped in one pass.
        AutoEscape::Html => html_escape_into(out, s),
        AutoEscape::Custom(name) if name == "markdown" => {
            markdown::escape_into(out, &controls::remove(s))
        }
        _ => out.write_str(&no_carriage_return(controls::remove(s))),
    }
    .map_err(minijinja::Error::from)
}

/// Plain text has line feeds only: a carriage return (alone, or before a line feed) becomes
/// one. Printed on a terminal, a lone carriage return would take the rest of a value back to
/// the start of its line, to overwrite what came before it.
fn no_carriage_return(s: Cow<'_, str>) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        s
    }
}

/// What [`html_escape_into`] does with a byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HtmlByte {
    /// Written as it is.
    Keep,
    /// Written as an entity (a carriage return as a line feed, or nothing before one).
    Escape,
    /// May begin a character that [`controls::remove`] removes: looked at as a character.
    Suspect,
}

/// [`HtmlByte`] of every byte: one table look-up per byte of text.
static HTML_BYTES: [HtmlByte; 256] = {
    let mut table = [HtmlByte::Keep; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'<' | b'>' | b'&' | b'"' | b'\'' | b'/' | b'\r' => HtmlByte::Escape,
            // The bytes `controls::remove` looks at: C0 controls but tab and line breaks,
            // DEL, and the lead bytes of C1 controls and of the bidirectional controls.
            b if controls::is_suspect(b) => HtmlByte::Suspect,
            _ => HtmlByte::Keep,
        };
        b += 1;
    }
    table
};

/// Writes `s` cleaned (as [`controls::remove`] and [`no_carriage_return`]) and HTML-escaped
/// (as [`minijinja::HtmlEscape`]: `<`, `>`, `&`, `"`, `'` and `/`) straight into the output,
/// in one pass over its bytes.
fn html_escape_into(out: &mut impl fmt::Write, s: &str) -> fmt::Result {
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        match HTML_BYTES[usize::from(b)] {
            HtmlByte::Keep => {}
            HtmlByte::Escape => {
                let entity = match b {
                    b'<' => "&lt;",
                    b'>' => "&gt;",
                    b'&' => "&amp;",
                    b'"' => "&quot;",
                    b'\'' => "&#x27;",
                    b'/' => "&#x2f;",
                    // A carriage return is a line feed, or nothing before one (as
                    // `no_carriage_return`; an HTML parser reads them so anyway).
                    _ if s.as_bytes().get(i + 1) == Some(&b'\n') => "",
                    _ => "\n",
                };
                out.write_str(&s[start..i])?;
                out.write_str(entity)?;
                start = i + 1;
            }
            HtmlByte::Suspect => {
                // A suspect byte is ASCII or a lead byte, so `i` starts a character; its
                // continuation bytes are kept, so `start` is never passed by `i`.
                if let Some(c) = s[i..].chars().next()
                    && controls::is_removed(c)
                {
                    out.write_str(&s[start..i])?;
                    start = i + c.len_utf8();
                }
            }
        }
    }
    out.write_str(&s[start..])
}

/// Joins words as English prose: `a`, `a and b`, `a, b and c`.
fn and_list(items: Vec<Value>, word: Option<String>) -> String {
    let word = word.as_deref().unwrap_or("and");
    let strs: Vec<String> = items.iter().map(|v| v.to_string()).collect();
    match strs.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
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

use parallel::When as Split;

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
    /// True once a built-in template has been replaced: from then on a page is always
    /// rendered on one thread (see `parallel`), since what the templates do is no longer
    /// known.
    replaced_builtin: bool,
}

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
    fn template(&self, name: &str) -> Result<minijinja::Template<'_, '_>, Error> {
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
        env.set_auto_escape_callback(escape_for);
        env.set_formatter(format_value);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        env.add_filter("and_list", and_list);
        env.add_filter("no_full_stop", no_full_stop);
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
            replaced_builtin: false,
        }
    }

    /// Adds a template (or replaces one, built-in names included). Its escaping follows its
    /// name: `.md` neutralises Markdown, `.txt` escapes nothing, anything else is
    /// HTML-escaped.
    ///
    /// Errors: [`ErrorKind::Template`] with the template name and line when it does not
    /// compile.
    pub fn add_template(&mut self, name: &str, source: &str) -> Result<(), Error> {
        self.env
            .add_template_owned(name.to_owned(), source.to_owned())
            .map_err(template_error)?;
        self.replaced_builtin |= BUILTIN_TEMPLATES.iter().any(|(n, _)| *n == name);
        Ok(())
    }

    /// Renders a summary.
    ///
    /// The templates run over a copy of the summary; [`Renderer::render_shared`] renders one
    /// you already share without copying it.
    ///
    /// Errors: [`ErrorKind::Template`] when a template fails at run time (name and line
    /// given), [`ErrorKind::NotFound`] when [`RenderOptions::template`] names no template,
    /// [`ErrorKind::InvalidArgument`] when sub-points or sub-actions nest deeper than 100
    /// levels.
    pub fn render(&self, summary: &Summary, options: &RenderOptions) -> Result<String, Error> {
        // Refused before the copy, whose recursion an absurdly deep summary could overflow.
        check_depth(summary)?;
        self.render_shared(&Arc::new(summary.clone()), options)
    }

    /// Renders a summary held in an [`Arc`], without copying it: the template objects share
    /// it while the render runs.
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use yousaid::{Summary, Renderer, RenderOptions};
    /// let summary = Arc::new(Summary::new("Library consultation"));
    /// let html = Renderer::new().render_shared(&summary, &RenderOptions::new())?;
    /// assert!(html.contains("Library consultation"));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// Errors as [`Renderer::render`].
    pub fn render_shared(
        &self,
        summary: &Arc<Summary>,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        self.render_string(summary, options, Split::Worthwhile)
    }

    /// Renders to a string, the full view of a large summary on two threads when `split` says
    /// so (see `parallel`).
    fn render_string(
        &self,
        summary: &Arc<Summary>,
        options: &RenderOptions,
        split: Split,
    ) -> Result<String, Error> {
        let (tmpl, context) = self.prepare(summary, options)?;
        if options.template.is_none()
            && !self.replaced_builtin
            && parallel::worthwhile(tmpl.name(), summary, split)
            && let Some(out) = parallel::render(&self.env, tmpl.name(), &context)
        {
            return Ok(finish(out, options));
        }
        let out = tmpl.render(context).map_err(template_error)?;
        Ok(finish(out, options))
    }

    /// Renders a summary held in an [`Arc`] into `out`. A page or fragment is written as it is
    /// made, so it is never held whole in memory; Markdown and text are made whole first,
    /// since they are tidied (and text wrapped) before they are written.
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use yousaid::{Summary, Renderer, RenderOptions};
    /// let summary = Arc::new(Summary::new("Library consultation"));
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
        summary: &Arc<Summary>,
        options: &RenderOptions,
        out: impl io::Write,
    ) -> Result<(), Error> {
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        let written = match options.format {
            OutputFormat::Html | OutputFormat::Fragment => {
                let (tmpl, context) = self.prepare(summary, options)?;
                tmpl.render_captured_to(context, &mut out)
                    .map(drop)
                    .map_err(|e| match e.kind() {
                        minijinja::ErrorKind::WriteFailure => write_error(e),
                        _ => template_error(e),
                    })?;
                Ok(())
            }
            OutputFormat::Markdown | OutputFormat::Text => {
                out.write_all(self.render_shared(summary, options)?.as_bytes())
            }
        };
        written.and_then(|()| out.flush()).map_err(write_error)
    }

    /// The template for a render and its context.
    fn prepare(
        &self,
        summary: &Arc<Summary>,
        options: &RenderOptions,
    ) -> Result<(minijinja::Template<'_, '_>, Value), Error> {
        check_depth(summary)?;
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
        let frame = Frame::new(options, builtin);
        let data = lazy::Prepared::new(Arc::clone(summary), options.as_of, frame.needs);
        Ok((tmpl, lazy::Root::value(Arc::new(data), frame)))
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
    /// Templates get the same data made as they read it, item by item, rather than all at
    /// once; a built-in view's template is given only the parts it shows.
    pub fn new(summary: &'a Summary, options: &RenderOptions) -> Self {
        let view = match options.as_of {
            Some(d) => summary.as_of(d),
            None => summary.current(),
        };
        context::build(summary, view, Frame::new(options, false))
    }
}

const MAX_RENDER_DEPTH: usize = 100;

fn check_depth(summary: &Summary) -> Result<(), Error> {
    let deep = nests_deeper(&summary.suggestions, |s| &s.points)
        || nests_deeper(&summary.actions, |a| &a.actions);
    if deep {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "sub-points or sub-actions nest more than {MAX_RENDER_DEPTH} levels deep: flatten them to render"
            ),
        ));
    }
    Ok(())
}

/// Whether an item of the tree `items` lies [`MAX_RENDER_DEPTH`] or more levels below the
/// top (which is level 0). Only lists of children are stacked, so the common flat document
/// costs one pass and no allocation beyond the first list.
fn nests_deeper<T>(items: &[T], children: fn(&T) -> &[T]) -> bool {
    let mut lists = vec![(items, 0)];
    while let Some((list, depth)) = lists.pop() {
        if depth >= MAX_RENDER_DEPTH {
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
    /// For your own templates use a [`Renderer`]. The templates run over a copy of the
    /// summary; [`Summary::render_shared`] renders one shared in an [`Arc`] without copying
    /// it. Errors as [`Renderer::render`].
    pub fn render(&self, options: &RenderOptions) -> Result<String, Error> {
        default_renderer().render(self, options)
    }

    /// Renders a summary shared in an [`Arc`] with the built-in templates, without copying it
    /// ([`Renderer::render_shared`] with the built-in templates).
    ///
    /// ```
    /// # use std::sync::Arc;
    /// # use yousaid::{Summary, RenderOptions};
    /// let summary = Arc::new(Summary::new("What you told us about the library"));
    /// let page = summary.render_shared(&RenderOptions::new())?;
    /// assert!(page.contains("What you told us about the library"));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn render_shared(self: &Arc<Self>, options: &RenderOptions) -> Result<String, Error> {
        default_renderer().render_shared(self, options)
    }
}

/// The bundled examples and the shared fixtures that load, for the tests of the render
/// modules.
#[cfg(test)]
fn test_documents() -> Vec<(std::path::PathBuf, Summary)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut paths = vec![
        root.join("examples/west-yorkshire-2014/summary.json"),
        root.join("examples/riverside-library-2025/summary.json"),
    ];
    let mut fixtures: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .expect("the shared fixtures")
        .filter_map(|e| Some(e.ok()?.path().join("input.json")))
        .collect();
    fixtures.sort();
    paths.extend(fixtures);
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p, Summary::from_json_str(&text).ok()?))
        })
        .collect()
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
            assert!(check_depth(&nested(MAX_RENDER_DEPTH - 1, actions)).is_ok());
            let e = check_depth(&nested(MAX_RENDER_DEPTH, actions)).unwrap_err();
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

    #[test]
    fn html_escaping_matches_minijinja() {
        for s in [
            "",
            "plain",
            "<script>alert('x')</script>",
            "a & b / c \"d\"",
            "é<€>",
            "&&&",
            "/",
        ] {
            let mut ours = String::new();
            html_escape_into(&mut ours, s).unwrap();
            assert_eq!(ours, minijinja::HtmlEscape(s).to_string(), "{s}");
        }
    }

    /// The one-pass HTML writer cleans as `controls::remove` does and escapes as minijinja does: every
    /// character alone and beside others, including escaped ones and ones removed.
    #[test]
    fn html_escaping_cleans_in_the_same_pass() {
        let every = (0..=0x10FFFFu32).filter_map(char::from_u32);
        for c in every {
            for s in [
                c.to_string(),
                format!("a{c}b"),
                format!("<{c}>"),
                format!("\u{202E}{c}\u{7}&"),
                format!("\r{c}\r\n{c}\r"),
                format!("{c}{c}"),
            ] {
                let mut ours = String::new();
                html_escape_into(&mut ours, &s).unwrap();
                let cleaned = no_carriage_return(controls::remove(&s));
                let expected = minijinja::HtmlEscape(&cleaned).to_string();
                assert_eq!(ours, expected, "U+{:04X}", c as u32);
            }
        }
    }
}
