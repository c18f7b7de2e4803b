//! `yousaid stamp FILE --date DATE [--note TEXT]`: records a new publication of a summary.

use std::path::PathBuf;

use yousaid::Date;

use crate::commands::report::parse_date;
use crate::input::Source;
use crate::outcome::{Failure, Outcome};
use crate::output;

/// Mark a summary as published on a date, keeping the previous publication in its revisions.
///
/// The previous publication date, if any, is appended to `revisions` with --note saying what
/// that publication was ("Six-month update."); then `published` is set to --date. The stamped
/// summary is written to --output, or to standard output.
///
/// Exit status: 0 when stamped; 1 when the file does not load or --date is not after the
/// current publication date; 2 when it cannot be read or the output cannot be written.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The summary; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: Source,

    /// The new publication date (YYYY-MM-DD); must be after the current one.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Date,

    /// What the previous publication was, kept with its date in `revisions`.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,

    /// Write the stamped summary to this file (it may be FILE itself) instead of standard
    /// output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Loads, stamps and writes the summary.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    let mut summary = args.file.load()?;
    summary
        .stamp(args.date, args.note.as_deref())
        .map_err(|e| {
            Failure::new(
                Outcome::Problems,
                format!("{}: error[{}]: {}", args.file, e.code(), e.message()),
            )
        })?;
    let mut json = summary.to_json_string(true);
    json.push('\n');
    output::write(args.output.as_deref(), &output::inert_json(json))?;
    Ok(Outcome::Clean)
}
