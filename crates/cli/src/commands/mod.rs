//! One module per command, each with its clap `Args` and a `run(args) -> Result<Outcome, Failure>`.

pub mod diff;
pub mod import;
pub mod render;
pub mod report;
pub mod schema;
pub mod stamp;
pub mod validate;
