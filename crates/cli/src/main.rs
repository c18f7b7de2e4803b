//! `yousaid`: the command-line tool for "You said, we did" summaries.
//!
//! This file holds the list of commands and the dispatch only. Each command lives in
//! `commands/<name>.rs` with its `Args` and its `run`; reading a FILE-or-`-` argument and
//! reporting a load error happen in one place, `input.rs`; writing to a file or standard output
//! in `output.rs`; exit statuses are defined in `outcome.rs`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod commands;
mod input;
mod outcome;
mod output;

/// "You said, we did" summaries: check them, report on them, compare and publish versions.
///
/// Exit status: 0 when every command succeeded and every file is clean (warnings allowed),
/// 1 when a document has errors (it does not load, or validation found errors),
/// 2 when an input cannot be read or the command line is wrong.
#[derive(Debug, Parser)]
#[command(name = "yousaid", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Validate(commands::validate::Args),
    Schema(commands::schema::Args),
    Report(commands::report::Args),
    Diff(commands::diff::Args),
    Stamp(commands::stamp::Args),
    Render(commands::render::Args),
    Import(commands::import::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate(args) => commands::validate::run(args),
        Command::Schema(args) => commands::schema::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Diff(args) => commands::diff::run(args),
        Command::Stamp(args) => commands::stamp::run(args),
        Command::Render(args) => commands::render::run(args),
        Command::Import(args) => commands::import::run(args),
    };
    outcome::finish(result)
}
