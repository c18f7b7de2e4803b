//! How a command ends, and the exit status that says so.

use std::fmt;
use std::process::ExitCode;

/// The result of a command, worst first when several files are involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Done; every document is clean (warnings allowed). Exit status 0.
    Clean,
    /// A document has errors: it does not load, or validation found errors. Exit status 1.
    Problems,
    /// An input could not be read, or an output could not be written. Exit status 2 (clap also
    /// uses 2 for a wrong command line).
    Unreadable,
}

impl Outcome {
    /// The exit status.
    pub fn code(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::Problems => 1,
            Outcome::Unreadable => 2,
        }
    }
}

/// An error that ends a command. `main` prints it to standard error once, then exits with its
/// outcome's status.
#[derive(Debug)]
pub struct Failure {
    /// The exit status to end with.
    pub outcome: Outcome,
    /// The whole message, starting with the file it is about when there is one.
    pub message: String,
}

impl Failure {
    /// A failure with an outcome and a message.
    pub fn new(outcome: Outcome, message: impl Into<String>) -> Self {
        Failure {
            outcome,
            message: message.into(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<yousaid::Error> for Failure {
    /// An error from the core with no file to name: unreadable for I/O, problems otherwise.
    fn from(e: yousaid::Error) -> Self {
        let outcome = match e.kind() {
            yousaid::ErrorKind::Io => Outcome::Unreadable,
            _ => Outcome::Problems,
        };
        Failure::new(outcome, format!("error[{}]: {e}", e.code()))
    }
}

/// Prints a failure, if any, and turns the outcome into the process exit status.
pub fn finish(result: Result<Outcome, Failure>) -> ExitCode {
    match result {
        Ok(outcome) => ExitCode::from(outcome.code()),
        Err(failure) => {
            // A message may quote a document (a stamp error, a template's); it is one line.
            eprintln!("yousaid: {}", yousaid::controls::one_line(&failure.message));
            ExitCode::from(failure.outcome.code())
        }
    }
}
