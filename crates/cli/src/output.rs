//! Writing a command's result to standard output or to a file (`-o FILE`).

use std::io::Write;
use std::path::Path;

use crate::outcome::{Failure, Outcome};

/// Writes `text` to the file, or to standard output when there is none (or it is `-`). A
/// closed pipe on standard output (`yousaid schema | head`) is not an error.
pub fn write(to: Option<&Path>, text: &str) -> Result<(), Failure> {
    match to {
        Some(path) if path != Path::new("-") => std::fs::write(path, text).map_err(|e| {
            Failure::new(
                Outcome::Unreadable,
                format!("{}: error[io]: cannot write it: {e}", path.display()),
            )
        }),
        _ => stdout(text),
    }
}

/// Writes to standard output; a closed pipe ends quietly.
pub fn stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::new(
            Outcome::Unreadable,
            format!("<stdout>: error[io]: cannot write: {e}"),
        )),
    }
}
