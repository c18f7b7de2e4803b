//! Import: turn the notes, spreadsheets and exports people actually have into a [`Summary`],
//! losing nothing.
//!
//! Every importer returns an [`Imported`]: the summary it built and an [`ImportReport`] that
//! says what each piece of the input was recognised as, what was ambiguous, which points were
//! merged (with the originals kept, so a person can undo a merge), and every line or cell that
//! was **not used**, with its reference. Nothing of the input is dropped silently: each line or
//! cell ends in the document or in [`ImportReport::not_used`].
//!
//! Input that cannot be read at all (a CSV with ragged rows, a broken `.xlsx`, a binary file, a
//! line over the length limit) is an [`Error`] of kind
//! [`ErrorKind::BadInput`] with its line (and column) set.
//!
//! The importers:
//! - [`outline`]: plain-text and Markdown notes (headings, questions, nested bullets, "I will"
//!   commitments, "You said: / We did:" pairs, closing words): [`import_outline`],
//!   [`import_markdown`];
//! - `docx` (Cargo feature `docx`): Word documents, read into the same outline by their
//!   heading styles and list levels;
//! - [`merge`]: near-duplicate points raised by several groups, merged into one point that
//!   records every group, with a similarity measure and a threshold;
//! - [`table`]: CSV, Excel `.xlsx` (feature `xlsx`) and rows from a program (a pandas
//!   DataFrame), one row a point, a pair or an action, headers recognised or mapped;
//! - [`polis`]: Polis conversation exports (`comments.csv`, `summary.csv`).
//!
//! [`import()`] is the one entry point: it takes the bytes of a file (and its name, if known)
//! and chooses the reader from [`ImportOptions::format`], then the file's extension, then its
//! content.
//!
//! ```
//! use yousaid::import::{import, ImportOptions};
//!
//! let notes = b"Table 1\n\n- More buses on Sundays\n\nTable 2\n\n- More Sunday buses\n";
//! let mut options = ImportOptions::default();
//! options.merge_threshold = Some(yousaid::import::merge::DEFAULT_MERGE_THRESHOLD);
//! let imported = import(notes, Some("notes.txt"), &options)?;
//! assert_eq!(imported.summary.suggestions.len(), 1);
//! assert_eq!(imported.summary.suggestions[0].groups, ["table-1", "table-2"]);
//! assert_eq!(imported.report.merges[0].merged[0].text, "More Sunday buses");
//! # Ok::<(), yousaid::Error>(())
//! ```

use serde::Serialize;

use crate::error::{Error, ErrorKind};
use crate::id::Id;
use crate::summary::Summary;

#[cfg(feature = "docx")]
pub mod docx;
pub mod merge;
pub mod outline;
pub mod polis;
pub mod table;
mod text;

pub use outline::{import_markdown, import_outline};
pub use text::MAX_LINE_BYTES;

/// A summary built by an importer, with the report of how it was built.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The summary built from the input. It is not guaranteed to validate: check it with
    /// [`Summary::validate`].
    pub summary: Summary,
    /// What was recognised as what, what was ambiguous, what was merged and what was not used.
    pub report: ImportReport,
}

/// Where a piece of the input is: a line of a text, or a cell of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SourceRef {
    /// A line of a text input (1-based).
    Line {
        /// The line number, from 1.
        line: usize,
    },
    /// A cell of a table input (1-based row and column; row 1 is the first row of the file,
    /// the header row where there is one).
    Cell {
        /// The sheet's name, for a workbook.
        #[serde(skip_serializing_if = "Option::is_none")]
        sheet: Option<String>,
        /// The row number, from 1.
        row: usize,
        /// The column number, from 1.
        column: usize,
    },
    /// A whole row of a table input (1-based).
    Row {
        /// The sheet's name, for a workbook.
        #[serde(skip_serializing_if = "Option::is_none")]
        sheet: Option<String>,
        /// The row number, from 1.
        row: usize,
    },
    /// A paragraph of a document without lines (a Word file), counted from 1.
    Paragraph {
        /// The paragraph number, from 1.
        paragraph: usize,
    },
}

/// What a piece of the input was recognised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecognisedAs {
    /// The document's title.
    Title,
    /// A heading that became a section or grouping (an event, a group, a theme…).
    Heading,
    /// Introductory or other prose kept as prose.
    Prose,
    /// A question put to participants.
    Question,
    /// A point ("you said"), at any depth.
    Point,
    /// A commitment by the body ("I will…", "We will…").
    Commitment,
    /// A response to a point ("We did: …").
    Response,
    /// An action ("we did" / "we will") with its own entry.
    Action,
    /// The closing words (thanks, contact).
    Closing,
    /// A table's header row.
    Header,
    /// A table row, as a whole.
    Row,
    /// A discussion group (table, workshop) that raised points.
    Group,
    /// A theme.
    Theme,
    /// A figure kept as a result (a vote count).
    Figure,
    /// A point of the summary's purpose.
    Purpose,
    /// The copyright line.
    Copyright,
}

/// One piece of the input and what it became.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Recognised {
    /// Where it is in the input.
    pub at: SourceRef,
    /// What it was recognised as.
    #[serde(rename = "as")]
    pub as_: RecognisedAs,
    /// The ID of the item it became in the summary, where it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
}

/// A piece of the input that is not in the summary, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct NotUsed {
    /// Where it is in the input.
    pub at: SourceRef,
    /// The text of the line or cell, as it was.
    pub text: String,
    /// Why it was not used, in words.
    pub reason: String,
}

/// A piece of the input that could have been read more than one way; the report says which
/// way was taken, so a person can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Ambiguity {
    /// Where it is in the input.
    pub at: SourceRef,
    /// The text of the line or cell.
    pub text: String,
    /// What was unclear and what was chosen, in words.
    pub note: String,
}

/// One point as it was before a merge, kept so that the merge can be undone.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct MergedPoint {
    /// The ID the point would have had on its own.
    pub id: Id,
    /// Its text, as written.
    pub text: String,
    /// The groups that raised it.
    pub groups: Vec<Id>,
    /// Where it is in the input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<SourceRef>,
    /// How similar it is to the kept point, from 0 to 1.
    pub similarity: f64,
}

/// Near-duplicate points merged into one.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Merge {
    /// The ID of the point kept in the summary, which now records every group.
    pub kept: Id,
    /// The text kept.
    pub text: String,
    /// The points merged into it, as they were.
    pub merged: Vec<MergedPoint>,
}

/// Which importer read the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    /// Plain-text notes.
    Outline,
    /// Markdown notes.
    Markdown,
    /// A Word document.
    Docx,
    /// A CSV table.
    Csv,
    /// An Excel workbook.
    Xlsx,
    /// A Polis conversation export.
    Polis,
}

crate::names::names! {
    ImportFormat, "import format" {
        Outline => "outline" | "text" | "txt" | "plain",
        Markdown => "markdown" | "md",
        Docx => "docx",
        Csv => "csv",
        Xlsx => "xlsx",
        Polis => "polis",
    }
}

impl ImportFormat {
    /// The format a file name's extension names: `.txt` and `.text` outline, `.md` and
    /// `.markdown` Markdown, `.docx`, `.csv`, `.xlsx`.
    ///
    /// ```
    /// # use yousaid::import::ImportFormat;
    /// assert_eq!(ImportFormat::from_file_name("notes/Table 1.MD"), Some(ImportFormat::Markdown));
    /// assert_eq!(ImportFormat::from_file_name("notes"), None);
    /// ```
    pub fn from_file_name(name: &str) -> Option<ImportFormat> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(ImportFormat::Outline),
            "md" | "markdown" => Some(ImportFormat::Markdown),
            "docx" => Some(ImportFormat::Docx),
            "csv" => Some(ImportFormat::Csv),
            "xlsx" => Some(ImportFormat::Xlsx),
            _ => None,
        }
    }
}

/// How an import went: what each piece of the input became, and what did not become anything.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ImportReport {
    /// Which importer read the input.
    pub format: ImportFormat,
    /// What each used piece of the input was recognised as, in input order.
    pub recognised: Vec<Recognised>,
    /// Every piece of the input that is not in the summary, with why.
    pub not_used: Vec<NotUsed>,
    /// Pieces that could be read more than one way, with the reading taken.
    pub ambiguous: Vec<Ambiguity>,
    /// Near-duplicate points merged, with the originals.
    pub merges: Vec<Merge>,
}

impl ImportReport {
    /// An empty report for an importer.
    pub fn new(format: ImportFormat) -> Self {
        ImportReport {
            format,
            recognised: Vec::new(),
            not_used: Vec::new(),
            ambiguous: Vec::new(),
            merges: Vec::new(),
        }
    }
}

/// How to import: which reader, how columns map to fields, whether to merge near-duplicates.
///
/// The default reads the format from the file name or the content, recognises common table
/// headers, and merges nothing unless [`ImportOptions::merge_threshold`] is set.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ImportOptions {
    /// The reader to use; `None` chooses from the file name, then the content.
    pub format: Option<ImportFormat>,
    /// An explicit column mapping for tables: a header as it appears in the input (matched
    /// without regard to case or surrounding spaces) → the field it holds (`you_said`,
    /// `we_did`, `status`, `owner`, `due`, `place`, `period`, `theme`, `group`, …). Headers
    /// not named here are recognised as usual.
    pub columns: std::collections::BTreeMap<String, String>,
    /// Merge near-duplicate points raised by different groups when their similarity is at
    /// least this (0 to 1); `None` merges nothing. Every merge is listed in the report.
    pub merge_threshold: Option<f64>,
    /// The title of the summary, where the input gives none.
    pub title: Option<String>,
}

impl ImportOptions {
    /// Options that merge near-duplicate points at this similarity (see [`merge`]).
    ///
    /// ```
    /// # use yousaid::import::ImportOptions;
    /// let options = ImportOptions::default().merge(0.6);
    /// assert_eq!(options.merge_threshold, Some(0.6));
    /// ```
    pub fn merge(mut self, threshold: f64) -> Self {
        self.merge_threshold = Some(threshold);
        self
    }

    /// Sets the reader (default: chosen from the file name, then the content).
    pub fn format(mut self, format: ImportFormat) -> Self {
        self.format = Some(format);
        self
    }

    /// Sets the title used when the input gives none (default: none).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Refuses a merge threshold outside 0 to 1.
    pub(crate) fn check(&self) -> Result<(), Error> {
        match self.merge_threshold {
            Some(t) if !(t > 0.0 && t <= 1.0) => Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("the merge threshold must be above 0 and at most 1, not {t}"),
            )),
            _ => Ok(()),
        }
    }
}

/// Imports a file: notes, a table or an export, into a summary and a report.
///
/// The reader is [`ImportOptions::format`] if set; otherwise the one the file name's extension
/// names ([`ImportFormat::from_file_name`]); otherwise it is chosen from the content: a zip
/// archive is an Excel workbook when it holds `xl/workbook.xml` and a Word document otherwise,
/// text whose first line is a table header is a CSV table (a Polis `comments.csv` when it has
/// a `comment-body` column), text with a Markdown heading (`# …`) is Markdown, other text an
/// outline. A Polis export read this way has no `summary.csv`: call
/// [`polis::import_polis`] to give both. The bytes must be UTF-8 text for the text readers: binary input, NUL bytes and
/// lines over [`MAX_LINE_BYTES`] are [`bad-input`](ErrorKind::BadInput) errors with their line
/// and column.
///
/// Excel workbooks need the Cargo feature `xlsx` and Word documents the feature `docx`: without
/// them, asking for one is an [`invalid-argument`](ErrorKind::InvalidArgument) error.
///
/// ```
/// # use yousaid::import::{import, ImportOptions};
/// let imported = import(b"# Bus review\n\n- Later buses\n", None, &ImportOptions::default())?;
/// assert_eq!(imported.report.format.as_str(), "markdown");
/// let err = import(b"PK\x03\x04\0\0", Some("notes.txt"), &ImportOptions::default()).unwrap_err();
/// assert_eq!((err.code(), err.line(), err.column()), ("bad-input", Some(1), Some(5)));
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn import(
    bytes: &[u8],
    file_name: Option<&str>,
    options: &ImportOptions,
) -> Result<Imported, Error> {
    options.check()?;
    let format = options
        .format
        .or_else(|| file_name.and_then(ImportFormat::from_file_name))
        .map(|f| match f {
            // A Polis `comments.csv` is a CSV file of its own kind.
            ImportFormat::Csv if sniff(bytes) == ImportFormat::Polis => ImportFormat::Polis,
            f => f,
        })
        .unwrap_or_else(|| sniff(bytes));
    let mut imported = match format {
        ImportFormat::Outline => outline::read(text::check(bytes)?, false, options),
        ImportFormat::Markdown => outline::read(text::check(bytes)?, true, options),
        ImportFormat::Docx => import_docx(bytes, options),
        ImportFormat::Csv => table::import_csv(text::check(bytes)?, options),
        ImportFormat::Xlsx => import_xlsx(bytes, options),
        ImportFormat::Polis => polis::import_polis(text::check(bytes)?, None, options),
    }?;
    if imported.summary.title.is_empty()
        && let Some(stem) = file_name.and_then(file_stem)
    {
        imported.summary.title = stem.to_owned();
        // Only the engagements titled like the summary (tables' periods keep their own
        // titles).
        for event in &mut imported.summary.engagements {
            if event.title.is_empty() {
                event.title = stem.to_owned();
            }
        }
    }
    Ok(imported)
}

/// The file name without its folders and extension, if anything is left.
fn file_stem(name: &str) -> Option<&str> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s).trim();
    (!stem.is_empty()).then_some(stem)
}

/// The format of input whose name says nothing: a zip archive is a Word document; text with a
/// Markdown heading is Markdown; anything else an outline (whose reader refuses binary input).
fn sniff(bytes: &[u8]) -> ImportFormat {
    if bytes.starts_with(b"PK\x03\x04") {
        // A workbook's archive names its parts in plain text.
        return if memchr::memmem::find(bytes, b"xl/workbook.xml").is_some() {
            ImportFormat::Xlsx
        } else {
            ImportFormat::Docx
        };
    }
    if let Some(table) = table::sniff(bytes) {
        return table;
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let markdown = head.split(|&b| b == b'\n').any(|line| {
        let hashes = line.iter().take_while(|&&b| b == b'#').count();
        (1..=6).contains(&hashes) && line.get(hashes) == Some(&b' ')
    });
    if markdown {
        ImportFormat::Markdown
    } else {
        ImportFormat::Outline
    }
}

/// Adds an item to one of an item's own lists (its sub-points, groups, themes, answers),
/// making room for one item at first rather than four. A `Vec` that grows by `push` keeps room
/// for four items from the first: for a point with one sub-point, room for three more points
/// (912 bytes) it will never use. Most such lists hold one item: on the 100,000-point outline
/// of `scripts/bench import` this room was 32 MB of the import's 83 MB. The list still doubles
/// as it grows, so a long one costs no more time.
pub(crate) fn push<T>(list: &mut Vec<T>, item: T) {
    if list.len() == list.capacity() {
        list.reserve_exact(list.len().max(1));
    }
    list.push(item);
}

#[cfg(feature = "xlsx")]
fn import_xlsx(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    table::import_xlsx(bytes, options)
}

#[cfg(not(feature = "xlsx"))]
fn import_xlsx(_: &[u8], _: &ImportOptions) -> Result<Imported, Error> {
    Err(Error::new(
        ErrorKind::InvalidArgument,
        "xlsx import is not available in this build: enable the `xlsx` feature of yousaid, or save the sheet as CSV",
    ))
}

#[cfg(feature = "docx")]
fn import_docx(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    docx::import_docx(bytes, options)
}

#[cfg(not(feature = "docx"))]
fn import_docx(_: &[u8], _: &ImportOptions) -> Result<Imported, Error> {
    Err(Error::new(
        ErrorKind::InvalidArgument,
        "docx import is not available in this build: enable the `docx` feature of yousaid",
    ))
}
