//! `yousaid schema`: prints the JSON Schema of the format.

use std::path::PathBuf;

use crate::outcome::{Failure, Outcome};
use crate::output;

/// Print the JSON Schema (draft 2020-12) of the `yousaid/2` format.
///
/// The committed copy is `schema/yousaid.schema.json`; regenerate it with
/// `cargo run -p yousaid-cli -- schema > schema/yousaid.schema.json`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Prints the schema.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    output::write(args.output.as_deref(), &yousaid::json_schema_string())?;
    Ok(Outcome::Clean)
}
