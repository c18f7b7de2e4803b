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

/// Streams a command's result to the file, or to standard output when there is none (or it
/// is `-`): `produce` writes it. A file is written beside its final name and renamed into
/// place only when `produce` succeeds, so a failure never leaves half a file behind (nor
/// touches a file that was there). A closed pipe on standard output is not an error.
///
/// `produce` fails with a [`yousaid::Error`]; one with code `io` is a write failure, any
/// other is handed back as it is for the caller to describe.
pub fn stream(
    to: Option<&Path>,
    produce: impl FnOnce(&mut dyn Write) -> Result<(), yousaid::Error>,
) -> Result<Result<(), yousaid::Error>, Failure> {
    match to {
        Some(path) if path != Path::new("-") => {
            let unwritable = |e: &dyn std::fmt::Display| {
                Failure::new(
                    Outcome::Unreadable,
                    format!("{}: error[io]: cannot write it: {e}", path.display()),
                )
            };
            let name = path
                .file_name()
                .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
            let partial = path.with_file_name(format!(".{name}.partial"));
            let mut file = std::fs::File::create(&partial).map_err(|e| unwritable(&e))?;
            let produced = produce(&mut file);
            let finished = match produced {
                Ok(()) => {
                    drop(file);
                    std::fs::rename(&partial, path).map_err(|e| unwritable(&e))
                }
                Err(e) if e.code() == "io" => Err(unwritable(&e.message())),
                Err(e) => {
                    let _ = std::fs::remove_file(&partial);
                    return Ok(Err(e));
                }
            };
            if finished.is_err() {
                let _ = std::fs::remove_file(&partial);
            }
            finished.map(Ok)
        }
        _ => {
            let mut out = ClosedPipeIsEnd(std::io::stdout().lock());
            match produce(&mut out) {
                Err(e) if e.code() == "io" => Err(Failure::new(
                    Outcome::Unreadable,
                    format!("<stdout>: error[io]: cannot write: {}", e.message()),
                )),
                other => Ok(other),
            }
        }
    }
}

/// A writer that takes a closed pipe (`yousaid render … | head`) as the reader having had
/// enough: what follows is dropped quietly.
struct ClosedPipeIsEnd<W>(W);

impl<W: Write> Write for ClosedPipeIsEnd<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.0.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(buf.len()),
            other => other,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.0.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}
