//! The one error type of the library, [`Error`], and its stable [`ErrorKind`].
//!
//! Every fallible operation returns [`Error`]. Branch on [`Error::kind`] (or its stable string
//! form [`Error::code`], which the Python and JavaScript bindings pass on); read where the
//! problem is from [`Error::path`], [`Error::line`] and [`Error::column`]. When a document is
//! refused because it does not validate, [`Error::problems`] lists every problem found.

use std::fmt;

use crate::validate::Problem;

/// What went wrong. Each kind has a stable machine code ([`ErrorKind::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed JSON (`json-syntax`).
    Syntax,
    /// A value has the wrong JSON type: a string where a number belongs (`wrong-type`).
    WrongType,
    /// A value has the right type but is not allowed: an unknown status, a malformed date
    /// (`invalid-value`).
    InvalidValue,
    /// An object has a field the format does not define (`unknown-field`).
    UnknownField,
    /// A required field is missing (`missing-field`).
    MissingField,
    /// The document has no `format` tag (`missing-format`).
    MissingFormat,
    /// The `format` tag names a format or version this library does not read
    /// (`unsupported-format`).
    UnsupportedFormat,
    /// The input nests deeper than the loader allows (`too-deep`).
    TooDeep,
    /// The input is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) (`too-large`).
    TooLarge,
    /// Reading or writing failed (`io`).
    Io,
    /// The document has validation errors; see [`Error::problems`] (`invalid-document`).
    Invalid,
    /// A template failed to compile or to render (`template`).
    Template,
    /// An argument is not acceptable: an unknown view name, a bad date string
    /// (`invalid-argument`).
    InvalidArgument,
    /// An ID names nothing in the document (`not-found`).
    NotFound,
    /// An importer cannot read its input: a CSV with ragged rows, a broken workbook, a binary
    /// file, a line over the length limit (`bad-input`). The line (and column) say where.
    BadInput,
}

impl ErrorKind {
    /// The stable machine code, as passed to Python and JavaScript.
    ///
    /// ```
    /// assert_eq!(yousaid::ErrorKind::UnknownField.code(), "unknown-field");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "json-syntax",
            ErrorKind::WrongType => "wrong-type",
            ErrorKind::InvalidValue => "invalid-value",
            ErrorKind::UnknownField => "unknown-field",
            ErrorKind::MissingField => "missing-field",
            ErrorKind::MissingFormat => "missing-format",
            ErrorKind::UnsupportedFormat => "unsupported-format",
            ErrorKind::TooDeep => "too-deep",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::Io => "io",
            ErrorKind::Invalid => "invalid-document",
            ErrorKind::Template => "template",
            ErrorKind::InvalidArgument => "invalid-argument",
            ErrorKind::NotFound => "not-found",
            ErrorKind::BadInput => "bad-input",
        }
    }

    /// Every kind, for bindings that map each to an exception class.
    pub const ALL: [ErrorKind; 15] = [
        ErrorKind::Syntax,
        ErrorKind::WrongType,
        ErrorKind::InvalidValue,
        ErrorKind::UnknownField,
        ErrorKind::MissingField,
        ErrorKind::MissingFormat,
        ErrorKind::UnsupportedFormat,
        ErrorKind::TooDeep,
        ErrorKind::TooLarge,
        ErrorKind::Io,
        ErrorKind::Invalid,
        ErrorKind::Template,
        ErrorKind::InvalidArgument,
        ErrorKind::NotFound,
        ErrorKind::BadInput,
    ];

    /// True for the kinds raised while reading a document (syntax, types, fields, format,
    /// limits): the bindings group these as parse errors.
    pub fn is_parse(self) -> bool {
        matches!(
            self,
            ErrorKind::Syntax
                | ErrorKind::WrongType
                | ErrorKind::InvalidValue
                | ErrorKind::UnknownField
                | ErrorKind::MissingField
                | ErrorKind::MissingFormat
                | ErrorKind::UnsupportedFormat
                | ErrorKind::TooDeep
                | ErrorKind::TooLarge
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error type of every fallible operation.
///
/// ```
/// use yousaid::{Summary, ErrorKind};
/// let err = Summary::from_json_str(r#"{"format": "yousaid/1", "titel": "x"}"#).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownField);
/// assert_eq!(err.code(), "unknown-field");
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().contains("did you mean `title`?"), "{err}");
/// ```
#[derive(Debug, Clone)]
pub struct Error {
    repr: Box<Repr>,
}

#[derive(Debug, Clone)]
struct Repr {
    kind: ErrorKind,
    message: String,
    path: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    template: Option<String>,
    problems: Vec<Problem>,
}

impl Error {
    /// An error of a kind with a message (lower-case, saying what to do).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            repr: Box::new(Repr {
                kind,
                message: message.into(),
                path: None,
                line: None,
                column: None,
                template: None,
                problems: Vec::new(),
            }),
        }
    }

    /// Sets the JSON path of the problem (`actions[0].progress[0].percent`), for errors found
    /// outside the loader, such as a binding's check of the values it is given.
    ///
    /// ```
    /// # use yousaid::{Error, ErrorKind};
    /// let err = Error::new(ErrorKind::InvalidValue, "not a finite number").with_path("actions[0].weight");
    /// assert_eq!(err.path(), Some("actions[0].weight"));
    /// assert_eq!(err.to_string(), "not a finite number at `actions[0].weight`");
    /// ```
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        let path = path.into();
        // serde_path_to_error says `?` where it does not know the path (syntax errors).
        self.repr.path = (!path.is_empty() && path != "." && path != "?").then_some(path);
        self
    }

    /// Sets the line and column (1-based) of the problem.
    pub(crate) fn with_position(mut self, line: usize, column: usize) -> Self {
        if line > 0 {
            self.repr.line = Some(line);
            // serde_json says column 0 when the input ends right after a newline.
            self.repr.column = Some(column.max(1));
        }
        self
    }

    /// Takes the line and column of another error.
    pub(crate) fn with_position_of(mut self, other: &Error) -> Self {
        self.repr.line = other.repr.line;
        self.repr.column = other.repr.column;
        self
    }

    /// Sets the line (1-based) of the problem when no column is known (template errors).
    pub(crate) fn with_line(mut self, line: usize) -> Self {
        if line > 0 {
            self.repr.line = Some(line);
        }
        self
    }

    /// Sets the template the problem is in.
    pub(crate) fn with_template(mut self, name: impl Into<String>) -> Self {
        self.repr.template = Some(name.into());
        self
    }

    /// The validation problems behind an [`ErrorKind::Invalid`] error.
    pub(crate) fn with_problems(mut self, problems: Vec<Problem>) -> Self {
        self.repr.problems = problems;
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.repr.kind
    }

    /// The stable machine code of [`Error::kind`], e.g. `unknown-field`.
    pub fn code(&self) -> &'static str {
        self.repr.kind.code()
    }

    /// The message without the location.
    pub fn message(&self) -> &str {
        &self.repr.message
    }

    /// Where in the document, as a JSON path: `actions[3].progress[0].date`.
    pub fn path(&self) -> Option<&str> {
        self.repr.path.as_deref()
    }

    /// The line (1-based) in the input or template.
    pub fn line(&self) -> Option<usize> {
        self.repr.line
    }

    /// The column (1-based) in the input.
    pub fn column(&self) -> Option<usize> {
        self.repr.column
    }

    /// The template the error is in, for [`ErrorKind::Template`].
    pub fn template_name(&self) -> Option<&str> {
        self.repr.template.as_deref()
    }

    /// Every validation problem, for [`ErrorKind::Invalid`]; empty otherwise.
    pub fn problems(&self) -> &[Problem] {
        &self.repr.problems
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr.message)?;
        if let Some(path) = &self.repr.path {
            write!(f, " at `{path}`")?;
        }
        if let Some(t) = &self.repr.template {
            write!(f, " in template `{t}`")?;
        }
        match (self.repr.line, self.repr.column) {
            (Some(l), Some(c)) => write!(f, " (line {l}, column {c})")?,
            (Some(l), None) => write!(f, " (line {l})")?,
            _ => {}
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::new(ErrorKind::Io, e.to_string())
    }
}
