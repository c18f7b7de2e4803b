//! Writing a command's result to standard output or to a file (`-o FILE`).

use std::io::Write;
use std::path::Path;

use crate::outcome::{Failure, Outcome};

/// `value` as pretty-printed JSON ending in a line break, made inert ([`inert_json`]).
pub fn json(value: &impl serde::Serialize) -> Result<String, Failure> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::new(Outcome::Problems, format!("error[json]: {e}")))?;
    text.push('\n');
    Ok(inert_json(text))
}

/// JSON text with the characters [`yousaid::controls`] removes from text written as `\uXXXX`
/// escapes: the same JSON data, inert on a terminal. (serde_json escapes the C0 controls;
/// DEL, the C1 controls and the bidirectional controls it writes as they are, and in JSON they
/// can only occur inside strings, where an escape means the same.)
pub fn inert_json(text: String) -> String {
    if !text.contains(yousaid::controls::is_removed) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if yousaid::controls::is_removed(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The format to write: `given` (--format) when there is one, else the one the output file's
/// extension names in `by_extension` (`("md", Markdown)`…), else `default`. `kind` says what a
/// format writes ("HTML", "Markdown"…): formats of one kind go in files of the same extensions.
///
/// Refused, with exit status 2: an extension that names none of them when --format is not
/// given (`-o out.pdf`), and one that names another kind than --format (`-o out.md --format
/// html`). With --format, an extension that names none is the user's choice.
pub fn choose_format<F: Copy>(
    to: Option<&Path>,
    given: Option<F>,
    by_extension: &[(&str, F)],
    default: F,
    kind: impl Fn(F) -> &'static str,
) -> Result<F, Failure> {
    let to = to.filter(|p| *p != Path::new("-"));
    let Some(ext) = to.and_then(Path::extension) else {
        return Ok(given.unwrap_or(default));
    };
    let ext = yousaid::controls::one_line(&ext.to_string_lossy()).into_owned();
    let named = by_extension
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(&ext))
        .map(|(_, f)| *f);
    let file = yousaid::controls::one_line(&to.unwrap_or(Path::new("")).display().to_string())
        .into_owned();
    let refuse = |message: String| {
        Failure::new(
            Outcome::Unreadable,
            format!("{file}: error[invalid-argument]: {message}"),
        )
    };
    match (given, named) {
        (Some(given), Some(named)) if kind(given) != kind(named) => Err(refuse(format!(
            "--format writes {}, but the file name says {} (`.{ext}`); make them agree",
            kind(given),
            kind(named)
        ))),
        (Some(given), _) => Ok(given),
        (None, Some(named)) => Ok(named),
        (None, None) => {
            let mut kinds: Vec<String> = Vec::new();
            for (e, f) in by_extension {
                let k = kind(*f);
                if !kinds.iter().any(|seen| seen.starts_with(&format!("{k} "))) {
                    kinds.push(format!("{k} (`.{e}`)"));
                }
            }
            let last = kinds.pop().unwrap_or_default();
            Err(refuse(format!(
                "yousaid cannot write `.{ext}` files; it writes {} or {last}: name the output \
                 so, or give --format to write one of them anyway",
                kinds.join(", ")
            )))
        }
    }
}

/// Writes `text` to the file, or to standard output when there is none (or it is `-`), as
/// [`stream`] does. A closed pipe on standard output (`yousaid schema | head`) is not an error.
pub fn write(to: Option<&Path>, text: &str) -> Result<(), Failure> {
    match stream(to, |out| {
        out.write_all(text.as_bytes()).map_err(yousaid::Error::from)
    })? {
        Ok(()) => Ok(()),
        Err(e) => Err(Failure::from(e)),
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
/// is `-`): `produce` writes it. A regular file (or a link to one) is written beside its final
/// name and renamed into place only when `produce` succeeds, so a failure never leaves half a
/// file behind (nor touches a file that was there). Anything else that exists — `/dev/null`,
/// a named pipe, `/dev/stdout`, a terminal — is opened and written directly, never replaced.
/// A closed pipe on standard output is not an error.
///
/// `produce` fails with a [`yousaid::Error`]; one with code `io` is a write failure, any
/// other is handed back as it is for the caller to describe.
pub fn stream(
    to: Option<&Path>,
    produce: impl FnOnce(&mut dyn Write) -> Result<(), yousaid::Error>,
) -> Result<Result<(), yousaid::Error>, Failure> {
    let Some(path) = to.filter(|p| *p != Path::new("-")) else {
        let mut out = ClosedPipeIsEnd(std::io::stdout().lock());
        return match produce(&mut out) {
            Err(e) if e.code() == "io" => Err(Failure::new(
                Outcome::Unreadable,
                format!("<stdout>: error[io]: cannot write: {}", e.message()),
            )),
            other => Ok(other),
        };
    };
    let shown = yousaid::controls::one_line(&path.display().to_string()).into_owned();
    let unwritable = |e: &dyn std::fmt::Display| {
        Failure::new(
            Outcome::Unreadable,
            format!("{shown}: error[io]: cannot write it: {e}"),
        )
    };
    let target = match std::fs::metadata(path) {
        // A link is followed: the file it names is replaced, the link kept.
        Ok(meta) if meta.is_file() => std::fs::canonicalize(path).map_err(|e| unwritable(&e))?,
        Ok(_) => {
            // Not a regular file: written in place, as `>` in a shell would.
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)
                .map_err(|e| unwritable(&e))?;
            return match produce(&mut file) {
                Err(e) if e.code() == "io" => Err(unwritable(&e.message())),
                other => Ok(other),
            };
        }
        Err(_) => path.to_path_buf(),
    };
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let partial = target.with_file_name(format!(".{name}.partial"));
    let mut file = std::fs::File::create(&partial).map_err(|e| unwritable(&e))?;
    let produced = produce(&mut file);
    let finished = match produced {
        Ok(()) => {
            drop(file);
            std::fs::rename(&partial, &target).map_err(|e| unwritable(&e))
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
