//! `yousaid diff OLD NEW`: what changed between two versions of a summary.

use std::path::PathBuf;

use yousaid::{OutputFormat, RenderOptions};

use crate::input::Source;
use crate::outcome::{Failure, Outcome};
use crate::output;

/// Print what changed between two versions of a summary: suggestions, responses and actions
/// added, removed or edited, status changes, new progress, barriers and dates moved.
///
/// The text, Markdown and HTML formats are the "Update since <date>" bulletin, ready to send
/// to the people who took part; JSON is the full change list, field by field.
///
/// Items are matched by ID. Exit status: 0 when the changes are printed (whether or not there
/// are any); 1 when a file does not load; 2 when one cannot be read, or --output's extension
/// names a format it does not write.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The earlier version; `-` reads standard input.
    #[arg(value_name = "OLD")]
    old: Source,

    /// The later version; `-` reads standard input.
    #[arg(value_name = "NEW")]
    new: Source,

    /// `text` (wrapped for e-mail), `md` (Markdown), `html` (a standalone page), `fragment`
    /// (HTML to embed in an e-mail or page) or `json` (the change list as data). Without it:
    /// from the extension of --output (`.txt`, `.md`, `.html`, `.json`; any other, such as
    /// `.pdf`, is refused), else text.
    #[arg(long, value_enum)]
    format: Option<DiffFormat>,

    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Md,
    Html,
    Fragment,
    Json,
}

/// The extensions of the formats, each with the format it names.
const EXTENSIONS: &[(&str, DiffFormat)] = &[
    ("txt", DiffFormat::Text),
    ("text", DiffFormat::Text),
    ("md", DiffFormat::Md),
    ("markdown", DiffFormat::Md),
    ("html", DiffFormat::Html),
    ("htm", DiffFormat::Html),
    ("json", DiffFormat::Json),
];

/// What a format writes, for messages: a fragment is HTML too.
fn kind(format: DiffFormat) -> &'static str {
    match format {
        DiffFormat::Text => "text",
        DiffFormat::Md => "Markdown",
        DiffFormat::Html | DiffFormat::Fragment => "HTML",
        DiffFormat::Json => "JSON",
    }
}

/// Loads both versions and prints the changes.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    if args.old == Source::Stdin && args.new == Source::Stdin {
        return Err(Failure::new(
            Outcome::Unreadable,
            "error[invalid-argument]: only one of OLD and NEW can be `-` (standard input)",
        ));
    }
    let format = output::choose_format(
        args.output.as_deref(),
        args.format,
        EXTENSIONS,
        DiffFormat::Text,
        kind,
    )?;
    let old = args.old.load()?;
    let new = args.new.load()?;
    let format = match format {
        DiffFormat::Text => OutputFormat::Text,
        DiffFormat::Md => OutputFormat::Markdown,
        DiffFormat::Html => OutputFormat::Html,
        DiffFormat::Fragment => OutputFormat::Fragment,
        DiffFormat::Json => {
            let changes = yousaid::diff(&old, &new);
            output::write(args.output.as_deref(), &output::json(&changes)?)?;
            return Ok(Outcome::Clean);
        }
    };
    let text = new
        .bulletin(&old, &RenderOptions::new().format(format))
        .map_err(Failure::from)?;
    output::write(args.output.as_deref(), &text)?;
    Ok(Outcome::Clean)
}
