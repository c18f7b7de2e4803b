//! `yousaid render FILE`: a summary as an HTML page, an HTML fragment, Markdown or plain text.

use std::path::{Path, PathBuf};

use yousaid::{Date, Lang, Layout, OutputFormat, RenderOptions, Renderer, Severity, View};

use crate::commands::report::parse_date;
use crate::input::{self, Source};
use crate::outcome::{Failure, Outcome};
use crate::output;
use crate::problems;

/// Render a summary: the whole published document (`full`), the "You said | We did | Status"
/// table (`table`) or the progress tracker with its chart (`tracker`), as a standalone HTML
/// page, an HTML fragment to embed, Markdown, or plain text for e-mail.
///
/// The document is validated first: errors are reported on standard error as `validate`
/// reports them (warnings are counted), and a document with errors is not rendered unless
/// --force is given.
///
/// Exit status: 0 when the output is written; 1 when the document does not load, has
/// validation errors (without --force) or a template fails; 2 when a file cannot be read or
/// written, or --output's extension names a format it does not write (`.pdf`).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The summary; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: Source,

    /// What to render: the whole summary (`full`), the compact table (`table`), or the
    /// tracker (`tracker`).
    #[arg(long, value_name = "VIEW", default_value = "full", value_parser = input::named::<View>)]
    view: View,

    /// What to render to: `html` (a page), `fragment`, `md` (or `markdown`), `text` (or
    /// `txt`). Without it: from the extension of --output (`.html`/`.htm` a page,
    /// `.md`/`.markdown` Markdown, `.txt` text; any other extension, such as `.pdf`, is
    /// refused), else an HTML page; with --template, from the template's extension. Given
    /// with an --output whose extension names another format, it is refused.
    #[arg(long, value_name = "FORMAT", value_parser = input::named::<OutputFormat>)]
    format: Option<OutputFormat>,

    /// Your own template (minijinja), given the same context as the built-in ones; it may
    /// extend a built-in view (`{% extends "full.html" %}`) to replace single blocks. It is
    /// escaped for the format: HTML, Markdown, or none for text.
    #[arg(long, value_name = "PATH")]
    template: Option<PathBuf>,

    /// Show statuses as they stood on this day (YYYY-MM-DD): later progress is left out and
    /// overdue is judged against it.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,

    /// How to arrange the full view: an event summary, consultation outcomes ("We asked /
    /// You said / We did" blocks), a feedback log grouped by place or period, a
    /// recommendation tracker, or forum questions and answers. Without it, the layout is
    /// chosen from what the document holds (see docs/modelling.md).
    #[arg(long, value_name = "LAYOUT", value_parser = input::named::<Layout>)]
    layout: Option<Layout>,

    /// The language of the built-in headings, labels, dates and figures. Without it: Welsh
    /// for a document whose `language` is `cy` (or `cy-GB`), else English.
    #[arg(long, value_name = "LANG", value_parser = input::named::<Lang>)]
    lang: Option<Lang>,

    /// Replace a built-in label (KEY=TEXT, as many as needed): `--label you_said="What you
    /// told us"`. These win over the document's own `labels`; docs/templates.md lists the
    /// keys.
    #[arg(long = "label", value_name = "KEY=TEXT", value_parser = label)]
    labels: Vec<String>,

    /// Render even when validation finds errors.
    #[arg(long)]
    force: bool,

    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

/// A `--label KEY=TEXT`, checked by the core as the arguments are read.
fn label(arg: &str) -> Result<String, String> {
    RenderOptions::new()
        .set("labels", arg)
        .map(|()| arg.to_owned())
        .map_err(|e| e.message().to_owned())
}

/// The extensions of the formats, each with the format it names.
const EXTENSIONS: &[(&str, OutputFormat)] = &[
    ("html", OutputFormat::Html),
    ("htm", OutputFormat::Html),
    ("md", OutputFormat::Markdown),
    ("markdown", OutputFormat::Markdown),
    ("txt", OutputFormat::Text),
    ("text", OutputFormat::Text),
];

/// What a format writes, for messages: a fragment is HTML too.
fn kind(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::Markdown => "Markdown",
        OutputFormat::Text => "text",
        _ => "HTML",
    }
}

/// The format to render to: --format; else the template's extension; else the extension of
/// --output (an HTML page when it has none), refused when it names no format (`.pdf`) or
/// another format than --format (see [`output::choose_format`]).
fn choose_format(args: &Args) -> Result<OutputFormat, Failure> {
    let given = args.format;
    match (&args.template, given) {
        // Your own template may write anything (CSV, XML…): its extension only chooses the
        // format (and so the escaping), and the output's extension is yours to choose.
        (Some(template), None) => {
            Ok(
                output::choose_format(Some(template), None, EXTENSIONS, OutputFormat::Html, kind)
                    .unwrap_or(OutputFormat::Html),
            )
        }
        _ => output::choose_format(
            args.output.as_deref(),
            given,
            EXTENSIONS,
            OutputFormat::Html,
            kind,
        ),
    }
}

/// Loads, validates and renders the summary.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    let format = choose_format(&args)?;
    let summary = args.file.load()?;
    let problems = summary.validate().problems;
    let errors_only = problems.iter().filter(|p| p.severity == Severity::Error);
    let mut report = problems::lines(&args.file, errors_only, &[]);
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    if warnings > 0 {
        report.push_str(&format!(
            "{}: {warnings} warning{}; `yousaid validate {}` lists {}\n",
            args.file,
            if warnings == 1 { "" } else { "s" },
            args.file,
            if warnings == 1 { "it" } else { "them" }
        ));
    }
    eprint!("{report}");
    if errors > 0 && !args.force {
        return Err(Failure::new(
            Outcome::Problems,
            format!(
                "{}: not rendered: the document has {errors} error{}; fix {} or pass --force",
                args.file,
                if errors == 1 { "" } else { "s" },
                if errors == 1 { "it" } else { "them" }
            ),
        ));
    }

    let mut options = RenderOptions::new().view(args.view).format(format);
    if let Some(d) = args.as_of {
        options = options.as_of(d);
    }
    if let Some(layout) = args.layout {
        options = options.layout(layout);
    }
    if let Some(lang) = args.lang {
        options = options.lang(lang);
    }
    for label in &args.labels {
        options
            .set("labels", label.as_str())
            .map_err(|e| Failure::new(Outcome::Problems, format!("error[{}]: {e}", e.code())))?;
    }
    let mut renderer = Renderer::new();
    if let Some(path) = &args.template {
        let source = std::fs::read_to_string(path).map_err(|e| {
            Failure::new(
                Outcome::Unreadable,
                format!("{}: error[io]: cannot read it: {e}", path.display()),
            )
        })?;
        let name = template_name(path);
        renderer
            .add_template_as(&name, &source, format)
            .map_err(|e| template_failure(path, &e))?;
        options = options.template(name);
    }
    let rendered = output::stream(args.output.as_deref(), |out| {
        renderer.render_to(&summary, &options, out)
    })?;
    match rendered {
        Ok(()) => Ok(Outcome::Clean),
        Err(e) => Err(match &args.template {
            Some(path) if e.code() == "template" => template_failure(path, &e),
            _ => Failure::new(
                Outcome::Problems,
                format!("{}: error[{}]: {}", args.file, e.code(), e),
            ),
        }),
    }
}

/// The name your template is added under: its path as given, so that it never replaces a
/// built-in template it may extend (`./full.html` for a `full.html`).
fn template_name(path: &Path) -> String {
    let name = path.display().to_string();
    if Renderer::is_builtin(&name) {
        format!("./{name}")
    } else {
        name
    }
}

/// `template.html:3: error[template]: message`, naming the template file the user gave.
fn template_failure(path: &Path, e: &yousaid::Error) -> Failure {
    let mut where_ = match e.template_name() {
        Some(name) if name == template_name(path) => path.display().to_string(),
        Some(name) => format!("{name} (built-in)"),
        None => path.display().to_string(),
    };
    if let Some(line) = e.line() {
        where_.push_str(&format!(":{line}"));
    }
    Failure::new(
        Outcome::Problems,
        format!("{where_}: error[template]: {}", e.message()),
    )
}
