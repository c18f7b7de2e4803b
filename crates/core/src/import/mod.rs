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
//! line over the length limit) is an [`Error`](crate::Error) of kind
//! [`ErrorKind::BadInput`](crate::ErrorKind::BadInput) with its line (and column) set.
//!
//! The importers:
//! - `outline`: plain-text and Markdown notes (headings, questions, nested bullets, "I will"
//!   commitments, "You said: / We did:" pairs, closing words);
//! - `merge`: near-duplicate points raised by several groups, merged into one point that
//!   records every group, with a similarity measure and a threshold;
//! - [`table`]: CSV, Excel `.xlsx` (feature `xlsx`) and rows from a program (a pandas
//!   DataFrame), one row a point, a pair or an action, headers recognised or mapped;
//! - [`polis`]: Polis conversation exports (`comments.csv`, `summary.csv`).

use serde::Serialize;

pub mod polis;
pub mod table;

use crate::id::Id;
use crate::summary::Summary;

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
