//! `yousaid schema`: prints the JSON Schema of the format, or of the results.

use std::path::PathBuf;

use crate::outcome::{Failure, Outcome};
use crate::output;

/// Print the JSON Schema (draft 2020-12) of the `yousaid/2` format.
///
/// The committed copy is `schema/yousaid.schema.json`; regenerate it with
/// `cargo run -p yousaid-cli -- schema > schema/yousaid.schema.json`. With `--results`, the
/// schema of the results the library returns (`schema/results.schema.json`).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the schema of the results (action states, status counts, pairs, coverage, plan
    /// view, changes, records, validation and import reports) instead of the format's.
    #[arg(long)]
    results: bool,
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Prints the schema.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    let schema = if args.results {
        yousaid::results_json_schema_string()
    } else {
        yousaid::json_schema_string()
    };
    output::write(args.output.as_deref(), &schema)?;
    Ok(Outcome::Clean)
}
