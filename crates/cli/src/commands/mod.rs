//! One module per command, each with its clap `Args` and a `run(args) -> Result<Outcome, Failure>`.

pub mod schema;
pub mod validate;
