//! Reading a FILE argument (`-` is standard input) and loading the summary in it, with load
//! errors reported the same way by every command.

use std::fmt;
use std::io::Read;
use std::path::PathBuf;

use yousaid::Summary;
use yousaid::controls::one_line;

use crate::outcome::{Failure, Outcome};

/// Where a document comes from: a file, or standard input for `-`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

/// A name the core reads (a view, a format, an import format…), for clap: the core's
/// [`FromStr`](std::str::FromStr) with its message.
pub fn named<T: std::str::FromStr<Err = yousaid::Error>>(arg: &str) -> Result<T, String> {
    arg.parse()
        .map_err(|e: yousaid::Error| e.message().to_owned())
}

/// `-` is standard input; anything else a path. Clap reads a `Source` argument with it.
impl std::str::FromStr for Source {
    type Err = std::convert::Infallible;

    fn from_str(arg: &str) -> Result<Source, Self::Err> {
        Ok(if arg == "-" {
            Source::Stdin
        } else {
            Source::File(PathBuf::from(arg))
        })
    }
}

impl Source {
    /// Reads the whole input, at most [`yousaid::MAX_INPUT_BYTES`] plus one byte (so the loader
    /// can say it is too large without this reading gigabytes).
    pub fn read_bytes(&self) -> std::io::Result<Vec<u8>> {
        let limit = yousaid::MAX_INPUT_BYTES as u64 + 1;
        let mut bytes = Vec::new();
        match self {
            Source::Stdin => std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut bytes)?,
            Source::File(path) => std::fs::File::open(path)?
                .take(limit)
                .read_to_end(&mut bytes)?,
        };
        Ok(bytes)
    }

    /// [`Source::read_bytes`], with an error that names the input.
    pub fn read(&self) -> Result<Vec<u8>, Failure> {
        self.read_bytes()
            .map_err(|e| Failure::new(Outcome::Unreadable, describe_read_error(self, &e)))
    }

    /// Reads and loads the summary. A document that does not load is a [`Outcome::Problems`]
    /// failure whose message is [`describe_load_error`].
    pub fn load(&self) -> Result<Summary, Failure> {
        let bytes = self.read()?;
        Summary::from_json_slice(&bytes)
            .map_err(|e| Failure::new(Outcome::Problems, describe_load_error(self, &e)))
    }
}

impl fmt::Display for Source {
    /// The name used in messages: the path as given (on one line, without control
    /// characters), or `<stdin>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("<stdin>"),
            Source::File(path) => f.write_str(&one_line(&path.display().to_string())),
        }
    }
}

/// One line saying where and what: `file:line:column: error[code] path: message`, leaving out
/// what is not known (`file: error[code]: message`). The path and message may quote the
/// document (an unknown field's name): they are printed on the line, without control
/// characters.
pub fn describe_load_error(source: &Source, e: &yousaid::Error) -> String {
    let mut out = source.to_string();
    if let Some(line) = e.line() {
        out.push_str(&format!(":{line}"));
        if let Some(column) = e.column() {
            out.push_str(&format!(":{column}"));
        }
    }
    out.push_str(&format!(": error[{}]", e.code()));
    if let Some(path) = e.path() {
        out.push_str(&format!(" {}", one_line(path)));
    }
    out.push_str(&format!(": {}", one_line(e.message())));
    out
}

/// `file: error[io]: cannot read it: reason`.
pub fn describe_read_error(source: &Source, e: &std::io::Error) -> String {
    format!("{source}: error[io]: cannot read it: {e}")
}
