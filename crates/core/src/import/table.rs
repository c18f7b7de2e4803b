//! Tables: CSV, Excel `.xlsx` (with the `xlsx` feature) and rows handed over by a program (a
//! pandas DataFrame from Python), one row a point, a pair or an action.
//!
//! A row with "you said" text becomes a [`Suggestion`]; a row with "we did" text becomes an
//! [`Action`]; a row with both becomes a suggestion and the action that answers it (fully: the
//! table puts them side by side and says no more). A row whose "we did" is empty is a point not
//! answered yet; a row with only "we did" is an action answering no point.
//!
//! ## Headers
//!
//! The header row is found among the first ten rows (rows above it, such as a title in `A1`,
//! become the title or are reported). Headers are recognised in any order and case, ignoring
//! spaces and punctuation ([`field_for_header`]); [`ImportOptions::columns`] (or a mapping file,
//! [`mapping_from_json_str`]) names the field of any other header. The fields ([`FIELDS`]):
//!
//! | field | common headers | becomes |
//! |---|---|---|
//! | `you_said` | You said, Suggestion, Comment, Feedback, Issue | the point's text |
//! | `we_did` | We did, Action, Response, What we did, Recommendation | the action's title |
//! | `status` | Status, Progress, RAG | the action's status ([`status_from_words`]) |
//! | `owner` | Owner, Lead, Responsible | the action's owner |
//! | `due` | Due, Due date, Deadline, By when | the action's due date |
//! | `place` | Ward, Department, Division, Estate, Service, Location | a theme (see below) |
//! | `period` | Month, Quarter, Period, Date, Year | an event for the period (see below) |
//! | `theme` | Theme, Topic, Category | a theme |
//! | `group` | Group, Raised by, Table | a discussion group that raised the point |
//! | `source` | Source, Channel | a theme (see below) |
//! | `id` | ID, No, Number, Ref, Reference | the ID of the point and of the action |
//! | `ignore` | (only by mapping) | nothing: its cells are reported as not used |
//!
//! ## Places and periods
//!
//! The model has no place or reporting period of its own yet. The importer keeps them in the
//! way that invents least:
//! - a **place** (a ward, a division) or a **source** (complaint, PALS, survey) becomes a
//!   [`Theme`] named by the cell, with the column's header as its description ("Ward"), and the
//!   points of the row carry it;
//! - a **period** (a month, a quarter) becomes an [`Engagement`] of kind `period` titled by the cell, with the header
//!   as its kind and the date the cell states where it reads as one ("December 2017" →
//!   `2017-12`, "Q3 2023/24" → `2023/24-Q3`), and the points of the row belong to it;
//! - a **group** ("Raised by") becomes a [`Group`] of the row's period event, or of one event
//!   for the whole table titled like the summary when there is no period column.
//!
//! Actions carry no themes or events, so on a row with only "we did" text these cells become
//! notes of the action in the form `Ward: Ward 15`.
//!
//! ## Nothing lost
//!
//! Every non-empty cell ends in the summary or in [`ImportReport::not_used`] with its cell
//! reference: cells of columns not recognised, a second column of the same field, status
//! words not known, dates not readable, an owner or status on a row with no action. Status
//! words read more than one way (RAG colours, "closed") are set and listed in
//! [`ImportReport::ambiguous`].
//!
//! ## Bad input
//!
//! A CSV with ragged rows, a binary file, a row over [`MAX_ROW_BYTES`], a broken workbook, or a
//! table with no "you said" or "we did" column is an [`ErrorKind::BadInput`] error with the
//! line (and column) where it is known.

use std::collections::BTreeMap;

use crate::id_map::{IdMap as HashMap, IdSet as HashSet};

use crate::action::{Action, Coverage, Status};
use crate::actor::Actor;
use crate::date::PartialDate;
use crate::engagement::{Engagement, EngagementKind, Group, GroupKind};
use crate::error::{Error, ErrorKind};
use crate::id::Id;
use crate::import::{
    Ambiguity, ImportFormat, ImportOptions, ImportReport, Imported, NotUsed, Recognised,
    RecognisedAs, SourceRef,
};
use crate::question::Theme;
use crate::suggestion::Suggestion;
use crate::summary::Summary;

/// The longest row (or line of a CSV) read, in bytes: 1 MiB. A longer one is refused as
/// [`ErrorKind::BadInput`], since no table of points has rows that long.
pub const MAX_ROW_BYTES: usize = 1 << 20;

/// How many rows the header row is looked for in.
const HEADER_SEARCH_ROWS: usize = 10;

/// The field names a column can be mapped to, as written in a column mapping.
pub const FIELDS: [&str; 12] = [
    "you_said", "we_did", "status", "owner", "due", "place", "period", "theme", "group", "source",
    "id", "ignore",
];

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    YouSaid,
    WeDid,
    Status,
    Owner,
    Due,
    Place,
    Period,
    Theme,
    Group,
    Source,
    Id,
    Ignore,
}

impl Field {
    const ALL: [Field; 12] = [
        Field::YouSaid,
        Field::WeDid,
        Field::Status,
        Field::Owner,
        Field::Due,
        Field::Place,
        Field::Period,
        Field::Theme,
        Field::Group,
        Field::Source,
        Field::Id,
        Field::Ignore,
    ];

    fn name(self) -> &'static str {
        FIELDS[Field::ALL.iter().position(|f| *f == self).unwrap_or(0)]
    }

    fn from_name(name: &str) -> Option<Field> {
        FIELDS
            .iter()
            .position(|f| *f == name.trim())
            .map(|i| Field::ALL[i])
    }

    /// Words for messages: `you said`, `we did`.
    fn words(self) -> String {
        self.name().replace('_', " ")
    }

    fn belongs_to_action(self) -> bool {
        matches!(self, Field::Status | Field::Owner | Field::Due)
    }

    fn belongs_to_point(self) -> bool {
        matches!(
            self,
            Field::Place | Field::Period | Field::Theme | Field::Group | Field::Source
        )
    }
}

/// A header reduced to lower-case words: `"We did:"` → `we did`, `"RAG_status"` → `rag status`.
fn normalise(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for word in header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Headers read as a field though they could mean another, with what to do about it.
fn header_note(normalised: &str) -> Option<&'static str> {
    match normalised {
        "recommendation" | "recommendations" => Some(
            "read as the action (what its owner is to do); map it to `you_said` if the rows are points people made",
        ),
        "date" => Some(
            "read as the period the row belongs to; map it to `due` if it is when the action is due",
        ),
        "response" | "responses" => {
            Some("read as what was done (an action); map it to `ignore` if it holds something else")
        }
        _ => None,
    }
}

/// The field a table header names, by the common words for it, ignoring case, spaces and
/// punctuation; `None` for a header not recognised.
///
/// ```
/// use yousaid::import::table::field_for_header;
/// assert_eq!(field_for_header("You said"), Some("you_said"));
/// assert_eq!(field_for_header("  WE DID: "), Some("we_did"));
/// assert_eq!(field_for_header("Ward name"), Some("place"));
/// assert_eq!(field_for_header("Shoe size"), None);
/// ```
pub fn field_for_header(header: &str) -> Option<&'static str> {
    recognise(&normalise(header)).map(Field::name)
}

fn recognise(normalised: &str) -> Option<Field> {
    let f = match normalised {
        "you said" | "you told us" | "what you said" | "what you told us" | "suggestion"
        | "suggestions" | "comment" | "comments" | "feedback" | "issue" | "issues" | "point"
        | "points" | "concern" | "concerns" | "patient comment" | "patient comments"
        | "you said comment" | "comment body" => Field::YouSaid,
        "we did" | "what we did" | "we will" | "what we will do" | "what we are doing"
        | "we are doing" | "action" | "actions" | "action taken" | "actions taken" | "response"
        | "responses" | "our response" | "recommendation" | "recommendations" => Field::WeDid,
        "status" | "progress" | "rag" | "rag status" | "rag rating" | "current status"
        | "state" => Field::Status,
        "owner" | "owners" | "lead" | "action owner" | "responsible" | "who" | "by whom"
        | "responsible person" | "lead officer" => Field::Owner,
        "due" | "due date" | "deadline" | "by when" | "target date" | "when"
        | "completion date" | "timescale" => Field::Due,
        "ward" | "ward name" | "department" | "division" | "directorate" | "estate" | "service"
        | "location" | "site" | "area" | "unit" | "team" | "place" => Field::Place,
        "month" | "quarter" | "period" | "date" | "year" | "reporting period" => Field::Period,
        "theme" | "themes" | "topic" | "topics" | "category" | "categories" | "subject" => {
            Field::Theme
        }
        "group" | "groups" | "raised by" | "table" | "workshop" | "forum" => Field::Group,
        "source" | "sources" | "channel" | "feedback source" | "how raised" => Field::Source,
        "id" | "no" | "number" | "ref" | "reference" | "ref no" | "item" => Field::Id,
        _ => return None,
    };
    Some(f)
}

/// How a status word reads: clearly as one [`Status`], as one of several (with the reading
/// taken and why it is not certain), or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusReading {
    /// The words mean this status.
    Clear(Status),
    /// The words usually mean this status but can mean another; the note says which.
    Ambiguous(Status, &'static str),
    /// The words are not a status this library knows: leave the status unset and report them.
    Unknown,
}

/// Reads a status in the words people use: "complete", "ongoing", "in hand", "not yet
/// started", RAG colours. Case, spaces and punctuation do not matter. Words it does not know
/// read as [`StatusReading::Unknown`]: they are reported, never guessed.
///
/// | words | status |
/// |---|---|
/// | complete, completed, done, finished, achieved, implemented, delivered, resolved, actioned | done |
/// | ongoing, in progress, in hand, underway, started, progress made, on track, progressing | in progress |
/// | not started, not yet started, planned, to do, yet to start | not started |
/// | blocked, on hold, stalled, paused | blocked |
/// | dropped, cancelled, withdrawn, will not do | dropped |
/// | closed | done, ambiguous: closed can mean stopped without being done |
/// | green, blue | done, ambiguous (RAG / BRAG colours; green can mean on track) |
/// | amber, yellow | in progress, ambiguous |
/// | red | blocked, ambiguous: red can mean late or not started |
///
/// ```
/// use yousaid::Status;
/// use yousaid::import::table::{status_from_words, StatusReading};
/// assert_eq!(status_from_words("In hand"), StatusReading::Clear(Status::InProgress));
/// assert_eq!(status_from_words("NOT YET STARTED"), StatusReading::Clear(Status::NotStarted));
/// assert!(matches!(status_from_words("Amber"), StatusReading::Ambiguous(Status::InProgress, _)));
/// assert_eq!(status_from_words("Not fully achieved"), StatusReading::Unknown);
/// ```
pub fn status_from_words(words: &str) -> StatusReading {
    use Status::*;
    use StatusReading::*;
    match normalise(words).as_str() {
        "complete" | "completed" | "done" | "finished" | "achieved" | "implemented"
        | "delivered" | "resolved" | "actioned" | "action complete" | "action completed"
        | "fully achieved" => Clear(Done),
        "ongoing" | "on going" | "in progress" | "in hand" | "underway" | "under way"
        | "started" | "progress made" | "on track" | "progressing" | "work in progress" | "wip"
        | "in train" => Clear(InProgress),
        "not started" | "not yet started" | "planned" | "to do" | "todo" | "yet to start"
        | "not begun" => Clear(NotStarted),
        "blocked" | "on hold" | "stalled" | "paused" => Clear(Blocked),
        "dropped" | "cancelled" | "canceled" | "withdrawn" | "will not do" | "not doing" => {
            Clear(Dropped)
        }
        "closed" => Ambiguous(
            Done,
            "`closed` read as done; it can also mean closed without being done",
        ),
        "green" | "g" => Ambiguous(
            Done,
            "a RAG colour: green read as done; in some ratings it means on track, not finished",
        ),
        "blue" | "b" => Ambiguous(Done, "a BRAG colour: blue read as done"),
        "amber" | "a" | "yellow" => Ambiguous(
            InProgress,
            "a RAG colour: amber read as in progress (with some risk)",
        ),
        "red" | "r" => Ambiguous(
            Blocked,
            "a RAG colour: red read as blocked; it can also mean late or not started",
        ),
        _ => Unknown,
    }
}

/// Reads a column mapping file: `{"columns": {"Comments from patients": "you_said", …}}`, a
/// header (as in the table) to one of the [`FIELDS`]. Fields not known are refused, naming the
/// known ones.
///
/// ```
/// use yousaid::import::table::mapping_from_json_str;
/// let m = mapping_from_json_str(r#"{"columns": {"Comments from patients": "you_said"}}"#)?;
/// assert_eq!(m["Comments from patients"], "you_said");
/// let err = mapping_from_json_str(r#"{"columns": {"X": "wibble"}}"#).unwrap_err();
/// assert_eq!(err.code(), "invalid-argument");
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn mapping_from_json_str(text: &str) -> Result<BTreeMap<String, String>, Error> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        columns: BTreeMap<String, String>,
    }
    let file: File = serde_json::from_str(text).map_err(|e| {
        // The position is the error's own; serde_json's text repeats it.
        let what = e.to_string();
        let what = what.rsplit_once(" at line ").map_or(what.as_str(), |(w, _)| w);
        Error::new(
            ErrorKind::InvalidArgument,
            format!(
                "the column mapping is not of the form {{\"columns\": {{\"header\": \"field\"}}}}: {what}"
            ),
        )
        .with_position(e.line(), e.column())
    })?;
    check_mapping(&file.columns)?;
    Ok(file.columns)
}

/// Checks every field named in a mapping and returns it by normalised header.
fn check_mapping(columns: &BTreeMap<String, String>) -> Result<HashMap<String, Field>, Error> {
    let mut out = HashMap::default();
    for (header, field) in columns {
        let f = Field::from_name(field).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the column mapping maps `{header}` to `{field}`, which is not a field; the fields are {}",
                    FIELDS.join(", ")
                ),
            )
        })?;
        out.insert(normalise(header), f);
    }
    Ok(out)
}

/// Imports a table given as a header and rows of text (a pandas DataFrame, a spreadsheet
/// read by a program). Row 1 is the header; the rows are rows 2, 3, … in the report's cell
/// references. Every row must have as many cells as the header.
///
/// ```
/// use yousaid::import::{ImportOptions, table::import_rows};
/// let header = vec!["Ward".to_string(), "You said".into(), "We did".into(), "Status".into()];
/// let rows = vec![
///     vec!["Ward 5".to_string(), "Too noisy at night".into(), "Quiet hours from 11pm".into(), "Complete".into()],
///     vec!["Ward 9".to_string(), "No water jugs".into(), "".into(), "".into()],
/// ];
/// let imported = import_rows(&header, &rows, &ImportOptions::default())?;
/// let s = &imported.summary;
/// assert_eq!(s.suggestions.len(), 2);
/// assert_eq!(s.actions.len(), 1);
/// assert_eq!(s.actions[0].status, Some(yousaid::Status::Done));
/// assert_eq!(s.themes[0].name, "Ward 5");
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn import_rows(
    header: &[String],
    rows: &[Vec<String>],
    options: &ImportOptions,
) -> Result<Imported, Error> {
    let mut table = Table::new(options, ImportFormat::Csv)?;
    let mut sheet = table.sheet_with_header(None, 1, 0, header)?;
    for (i, row) in rows.iter().enumerate() {
        let row_no = i + 2;
        if row.len() != header.len() {
            return Err(Error::new(
                ErrorKind::BadInput,
                format!(
                    "row {row_no} has {} cells where the header has {}: give every row as many cells as the header",
                    row.len(),
                    header.len()
                ),
            )
            .with_line(row_no));
        }
        table.row(&mut sheet, row_no, row.iter().map(String::as_str))?;
    }
    table.finish()
}

/// Imports a CSV table (comma-, semicolon- or tab-separated, chosen from the first line).
/// Every record must have the same number of cells: a ragged row is an
/// [`ErrorKind::BadInput`] error at its line.
///
/// ```
/// use yousaid::import::{ImportOptions, table::import_csv};
/// let csv = "You said,We did,Status\n\"Signs are hard to read\",New signs on every floor,in hand\n";
/// let imported = import_csv(csv, &ImportOptions::default())?;
/// assert_eq!(imported.summary.actions[0].responds_to[0].suggestion.as_ref(), Some(&imported.summary.suggestions[0].id));
/// assert_eq!(imported.summary.actions[0].status, Some(yousaid::Status::InProgress));
///
/// let err = import_csv("You said,We did\na,b,c\n", &ImportOptions::default()).unwrap_err();
/// assert_eq!((err.code(), err.line()), ("bad-input", Some(2)));
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn import_csv(text: &str, options: &ImportOptions) -> Result<Imported, Error> {
    let text = super::text::check(text.as_bytes())?;
    let mut table = Table::new(options, ImportFormat::Csv)?;
    let mut records = Records::new(text, false);
    // Look for the header among the first rows.
    let mut held: Vec<(usize, Vec<String>)> = Vec::new();
    let mut found = None;
    while held.len() < HEADER_SEARCH_ROWS {
        let Some((row_no, record)) = records.next_record()? else {
            break;
        };
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if table.is_header(&cells) {
            found = Some((row_no, cells));
            break;
        }
        held.push((row_no, cells));
    }
    let Some((header_row, header)) = found else {
        return Err(no_header(&table));
    };
    for (row_no, cells) in &held {
        table.above_header(None, *row_no, 0, cells.iter().map(String::as_str));
    }
    let mut sheet = table.sheet_with_header(None, header_row, 0, &header)?;
    while let Some((row_no, record)) = records.next_record()? {
        table.row(&mut sheet, row_no, record.iter())?;
    }
    table.finish()
}

fn no_header(table: &Table<'_>) -> Error {
    let mapped = if table.mapping.is_empty() {
        String::new()
    } else {
        " or in the column mapping".to_owned()
    };
    Error::new(
        ErrorKind::BadInput,
        format!(
            "no header row names a `you said` or `we did` column in the first {HEADER_SEARCH_ROWS} rows{mapped}: name the column of the points (`you_said`) or of the actions (`we_did`) in a column mapping"
        ),
    )
}

/// The table format of input that starts as a table: a Polis `comments.csv` (a
/// `comment-body` column) or a CSV table (a `you said` or `we did` header among the first ten
/// lines, cells separated by commas, semicolons or tabs); `None` for anything else.
///
/// Every line up to the header must have as many cells (at least two) as the header, and so
/// must the line after it: a title such as "You said, we did" followed by a blank line or
/// prose is not a header.
pub(crate) fn sniff(bytes: &[u8]) -> Option<ImportFormat> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    let lines: Vec<&str> = text.lines().take(HEADER_SEARCH_ROWS + 1).collect();
    let first = lines.first()?;
    let delimiter = [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| first.matches(*d).count())?;
    let width = split_line(first, delimiter).len();
    if width < 2 || first.starts_with('#') {
        return None;
    }
    for (i, line) in lines.iter().enumerate() {
        let cells = split_line(line, delimiter);
        if cells.len() != width {
            return None;
        }
        if cells.contains(&"comment-body") {
            return Some(ImportFormat::Polis);
        }
        let header = cells.iter().any(|c| {
            matches!(
                recognise(&normalise(c)),
                Some(Field::YouSaid | Field::WeDid)
            )
        });
        if header {
            let next = lines.get(i + 1).map(|l| split_line(l, delimiter).len());
            return (next == Some(width)).then_some(ImportFormat::Csv);
        }
    }
    None
}

/// The cells of one line of a table, split outside double quotes, without their quotes.
fn split_line(line: &str, delimiter: char) -> Vec<&str> {
    let mut cells = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in line.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == delimiter && !quoted {
            cells.push(line[start..i].trim().trim_matches('"'));
            start = i + c.len_utf8();
        }
    }
    cells.push(line[start..].trim().trim_matches('"'));
    cells
}

/// The records of a CSV text with their row numbers, refusing ragged rows (unless `flexible`)
/// and rows over [`MAX_ROW_BYTES`]. Read with `csv-core`, the `csv` crate's own parser: the
/// text is already in memory, so its buffered reader would only add size to the WebAssembly
/// package.
pub(crate) struct Records<'t> {
    text: &'t [u8],
    reader: csv_core::Reader,
    /// The fields of the last record, unescaped, and where each ends.
    fields: Vec<u8>,
    ends: Vec<usize>,
    record: Record,
    row: usize,
    flexible: bool,
    /// The number of cells of the first row, which every other row must have.
    width: Option<usize>,
}

/// One record of a CSV text: its cells.
pub(crate) struct Record {
    text: String,
    ends: Vec<usize>,
}

impl Record {
    /// The cell at index `i`, if the record has that many.
    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    /// The cells, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).filter_map(|i| self.get(i))
    }
}

impl<'t> Records<'t> {
    pub(crate) fn new(text: &'t str, flexible: bool) -> Self {
        let first_line = text.lines().next().unwrap_or("");
        let count = |c: char| first_line.matches(c).count();
        let delimiter = if count('\t') > count(',') && count('\t') >= count(';') {
            b'\t'
        } else if count(';') > count(',') {
            b';'
        } else {
            b','
        };
        Records {
            text: text.as_bytes(),
            reader: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            fields: vec![0; 1024],
            ends: vec![0; 16],
            record: Record {
                text: String::new(),
                ends: Vec::new(),
            },
            row: 0,
            flexible,
            width: None,
        }
    }

    /// The next record and its row number (1-based), or `None` at the end.
    pub(crate) fn next_record(&mut self) -> Result<Option<(usize, &Record)>, Error> {
        use csv_core::ReadRecordResult;
        // The line the record starts on (or a blank line before it).
        let line = self.reader.line() as usize;
        let (mut out, mut end) = (0, 0);
        loop {
            let (result, read, written, ended) =
                self.reader
                    .read_record(self.text, &mut self.fields[out..], &mut self.ends[end..]);
            self.text = &self.text[read..];
            out += written;
            end += ended;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.fields.resize(self.fields.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => break,
                ReadRecordResult::End => return Ok(None),
            }
        }
        self.row += 1;
        if !self.flexible {
            match self.width {
                None => self.width = Some(end),
                Some(width) if width != end => {
                    return Err(Error::new(
                        ErrorKind::BadInput,
                        format!(
                            "row {} has {end} cells where the first row has {width}: every row of a CSV table must have the same number of cells",
                            self.row
                        ),
                    )
                    .with_position(line, end.min(width) + 1));
                }
                Some(_) => {}
            }
        }
        if out > MAX_ROW_BYTES {
            return Err(Error::new(
                ErrorKind::BadInput,
                format!(
                    "row {} is longer than {} MiB: this is not a table of points (an unclosed quote can make the rest of a file one cell)",
                    self.row,
                    MAX_ROW_BYTES >> 20
                ),
            )
            .with_line(line));
        }
        // The text is UTF-8 and the parser removes only ASCII (quotes, line ends), so the cells
        // are UTF-8 too; the check costs little and keeps any surprise an error.
        let text = std::str::from_utf8(&self.fields[..out]).map_err(|e| {
            Error::new(
                ErrorKind::BadInput,
                format!("the CSV is not UTF-8 text: {e}"),
            )
            .with_line(line)
        })?;
        self.record.text.clear();
        self.record.text.push_str(text);
        self.record.ends.clear();
        self.record.ends.extend_from_slice(&self.ends[..end]);
        Ok(Some((self.row, &self.record)))
    }
}

/// Imports the first sheet of an Excel `.xlsx` workbook that has a header row, and reports
/// the cells of every other sheet as not used. Needs the `xlsx` feature.
///
/// Dates are read as days (`2024-03-31`); numbers as written without a trailing `.0`. A file
/// that is not a workbook is an [`ErrorKind::BadInput`] error.
///
/// ```
/// use yousaid::import::{ImportOptions, table::import_xlsx};
/// let err = import_xlsx(b"not a workbook", &ImportOptions::default()).unwrap_err();
/// assert_eq!(err.code(), "bad-input");
/// ```
#[cfg(feature = "xlsx")]
pub fn import_xlsx(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    use calamine::{Reader, Xlsx};
    let bad = |e: calamine::XlsxError| {
        Error::new(
            ErrorKind::BadInput,
            format!("the file is not a readable .xlsx workbook: {e}"),
        )
    };
    let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).map_err(bad)?;
    let mut table = Table::new(options, ImportFormat::Xlsx)?;
    let mut imported_one = false;
    let mut skipped: Vec<(String, calamine::Range<calamine::Data>)> = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(bad)?;
        let (row0, col0) = range
            .start()
            .map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let rows: Vec<Vec<String>> = range
            .rows()
            .take(HEADER_SEARCH_ROWS)
            .map(|r| r.iter().map(cell_text).collect())
            .collect();
        let header_at = if imported_one {
            None
        } else {
            rows.iter().position(|r| table.is_header(r))
        };
        let Some(h) = header_at else {
            skipped.push((name, range));
            continue;
        };
        imported_one = true;
        for (i, cells) in rows[..h].iter().enumerate() {
            table.above_header(
                Some(&name),
                row0 + i + 1,
                col0,
                cells.iter().map(String::as_str),
            );
        }
        let mut sheet = table.sheet_with_header(Some(&name), row0 + h + 1, col0, &rows[h])?;
        let mut cells: Vec<String> = Vec::new();
        for (i, r) in range.rows().enumerate().skip(h + 1) {
            cells.clear();
            cells.extend(r.iter().map(cell_text));
            table.row(&mut sheet, row0 + i + 1, cells.iter().map(String::as_str))?;
        }
    }
    if !imported_one {
        return Err(no_header(&table));
    }
    for (name, range) in skipped {
        let (row0, col0) = range
            .start()
            .map_or((0, 0), |(r, c)| (r as usize, c as usize));
        for (i, r) in range.rows().enumerate() {
            for (j, cell) in r.iter().enumerate() {
                let text = cell_text(cell);
                if !text.trim().is_empty() {
                    table.report.not_used.push(NotUsed {
                        at: SourceRef::Cell {
                            sheet: Some(name.clone()),
                            row: row0 + i + 1,
                            column: col0 + j + 1,
                        },
                        text,
                        reason:
                            "this sheet was not imported: only the first sheet with a header row is"
                                .into(),
                    });
                }
            }
        }
    }
    table.finish()
}

/// A workbook cell as text: numbers without a trailing `.0`, dates as `YYYY-MM-DD`.
#[cfg(feature = "xlsx")]
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}")
            }
        }
        other => other.to_string(),
    }
}

/// The layout of a sheet once its header row is known.
struct Sheet {
    name: Option<String>,
    /// The column number of the sheet's first column, minus one.
    col0: usize,
    /// The field of each column, where it has one.
    columns: Vec<Option<Field>>,
    /// The first column of each field: the one read.
    first: HashMap<Field, usize>,
    /// Each column's header, as written.
    headers: Vec<String>,
}

impl Sheet {
    fn cell(&self, row: usize, column: usize) -> SourceRef {
        SourceRef::Cell {
            sheet: self.name.clone(),
            row,
            column: self.col0 + column + 1,
        }
    }
}

/// The state of one import: the summary so far, the report and the look-ups that keep IDs
/// unique and each theme, event and group made once.
struct Table<'o> {
    options: &'o ImportOptions,
    mapping: HashMap<String, Field>,
    mapping_used: HashSet<String>,
    title: Option<String>,
    summary: Summary,
    report: ImportReport,
    /// The IDs given so far, where the table has an ID column, to keep every ID unique.
    suggestion_ids: HashSet<Id>,
    action_ids: HashSet<Id>,
    /// (field, name) → theme ID.
    themes: HashMap<(Field, String), Id>,
    /// Period text → index in `summary.events`.
    events: HashMap<String, usize>,
    /// The event holding groups when there is no period column.
    table_event: Option<usize>,
    /// (event index, name) → group ID.
    groups: HashMap<(usize, String), Id>,
}

impl<'o> Table<'o> {
    fn new(options: &'o ImportOptions, format: ImportFormat) -> Result<Self, Error> {
        Ok(Table {
            options,
            mapping: check_mapping(&options.columns)?,
            mapping_used: HashSet::default(),
            title: None,
            summary: Summary::new(""),
            report: ImportReport::new(format),
            suggestion_ids: HashSet::default(),
            action_ids: HashSet::default(),
            themes: HashMap::default(),
            events: HashMap::default(),
            table_event: None,
            groups: HashMap::default(),
        })
    }

    fn field(&self, header: &str) -> Option<Field> {
        let n = normalise(header);
        self.mapping.get(&n).copied().or_else(|| recognise(&n))
    }

    /// Whether a row is a header: one of its cells names the points or the actions.
    fn is_header(&self, cells: &[String]) -> bool {
        cells
            .iter()
            .any(|c| matches!(self.field(c), Some(Field::YouSaid | Field::WeDid)))
    }

    /// A row above the header: a lone cell is the title (the first such row), any other cell is
    /// reported.
    fn above_header<'a>(
        &mut self,
        sheet: Option<&str>,
        row: usize,
        col0: usize,
        cells: impl Iterator<Item = &'a str>,
    ) {
        let filled: Vec<(usize, &str)> = cells
            .enumerate()
            .map(|(i, c)| (i, c.trim()))
            .filter(|(_, c)| !c.is_empty())
            .collect();
        let at = |column: usize| SourceRef::Cell {
            sheet: sheet.map(str::to_owned),
            row,
            column: col0 + column + 1,
        };
        if let [(column, text)] = filled[..]
            && self.title.is_none()
        {
            self.title = Some(text.to_owned());
            self.report.recognised.push(Recognised {
                at: at(column),
                as_: RecognisedAs::Title,
                id: None,
            });
            return;
        }
        for (column, text) in filled {
            self.report.not_used.push(NotUsed {
                at: at(column),
                text: text.to_owned(),
                reason: "above the header row, and not a title".into(),
            });
        }
    }

    fn sheet_with_header(
        &mut self,
        name: Option<&str>,
        row: usize,
        col0: usize,
        header: &[String],
    ) -> Result<Sheet, Error> {
        let mut sheet = Sheet {
            name: name.map(str::to_owned),
            col0,
            columns: Vec::with_capacity(header.len()),
            first: HashMap::default(),
            headers: header.iter().map(|h| h.trim().to_owned()).collect(),
        };
        self.report.recognised.push(Recognised {
            at: SourceRef::Row {
                sheet: sheet.name.clone(),
                row,
            },
            as_: RecognisedAs::Header,
            id: None,
        });
        for (i, h) in header.iter().enumerate() {
            let n = normalise(h);
            let mapped = self.mapping.get(&n).copied();
            if mapped.is_some() {
                self.mapping_used.insert(n.clone());
            }
            let field = mapped.or_else(|| recognise(&n));
            sheet.columns.push(field);
            let text = h.trim();
            match field {
                None if !text.is_empty() => self.report.not_used.push(NotUsed {
                    at: sheet.cell(row, i),
                    text: text.to_owned(),
                    reason: "a header not recognised: its column is not used (name its field in a column mapping)".into(),
                }),
                None => {}
                Some(f) => {
                    if let Some(&j) = sheet.first.get(&f) {
                        if f != Field::Ignore {
                            self.report.ambiguous.push(Ambiguity {
                                at: sheet.cell(row, i),
                                text: text.to_owned(),
                                note: format!(
                                    "a second `{}` column: only column {} (`{}`) is read, this one is reported as not used",
                                    f.name(),
                                    col0 + j + 1,
                                    sheet.headers[j]
                                ),
                            });
                        }
                    } else {
                        sheet.first.insert(f, i);
                        if mapped.is_none()
                            && let Some(note) = header_note(&n)
                        {
                            self.report.ambiguous.push(Ambiguity {
                                at: sheet.cell(row, i),
                                text: text.to_owned(),
                                note: note.to_owned(),
                            });
                        }
                    }
                }
            }
        }
        if !sheet.first.contains_key(&Field::YouSaid) && !sheet.first.contains_key(&Field::WeDid) {
            return Err(no_header(self).with_line(row));
        }
        Ok(sheet)
    }

    fn unused(&mut self, at: SourceRef, text: &str, reason: impl Into<String>) {
        self.report.not_used.push(NotUsed {
            at,
            text: text.to_owned(),
            reason: reason.into(),
        });
    }

    /// An ID not used yet among `used`: the one wanted, else it with `-2`, `-3`…
    fn unique(used: &mut HashSet<Id>, wanted: &str) -> Id {
        let mut id = Id::from(wanted);
        let mut n = 2;
        while used.contains(&id) {
            id = Id::from(format!("{wanted}-{n}"));
            n += 1;
        }
        used.insert(id.clone());
        id
    }

    fn row<'a>(
        &mut self,
        sheet: &mut Sheet,
        row: usize,
        cells: impl Iterator<Item = &'a str>,
    ) -> Result<(), Error> {
        let reported_before = self.report.not_used.len();
        self.read_row(sheet, row, cells);
        // The row's cells reported in column order, as they are in the input.
        self.report.not_used[reported_before..].sort_by_key(|n| match n.at {
            SourceRef::Cell { column, .. } => column,
            _ => 0,
        });
        Ok(())
    }

    fn read_row<'a>(
        &mut self,
        sheet: &mut Sheet,
        row: usize,
        cells: impl Iterator<Item = &'a str>,
    ) {
        // The cells of the fields read, and every other filled cell reported as it comes.
        let mut values: Vec<(Field, usize, &'a str)> = Vec::new();
        for (i, cell) in cells.enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                continue;
            }
            match sheet.columns.get(i).copied().flatten() {
                None => {
                    let header = sheet.headers.get(i).map_or("", String::as_str);
                    let reason = if header.is_empty() {
                        "a column with no header: not used".to_owned()
                    } else {
                        format!(
                            "column `{header}` is not recognised: name its field in a column mapping"
                        )
                    };
                    self.unused(sheet.cell(row, i), text, reason);
                }
                Some(Field::Ignore) => {
                    self.unused(sheet.cell(row, i), text, "left out by the column mapping")
                }
                Some(f) if sheet.first.get(&f) != Some(&i) => self.unused(
                    sheet.cell(row, i),
                    text,
                    format!("a second `{}` column: only the first is read", f.words()),
                ),
                Some(f) => values.push((f, i, text)),
            }
        }
        if values.is_empty() {
            return;
        }
        let get = |f: Field| values.iter().find(|(g, _, _)| *g == f).map(|v| (v.1, v.2));
        let point = get(Field::YouSaid);
        let answer = get(Field::WeDid);
        if point.is_none() && answer.is_none() {
            for &(_, i, text) in &values {
                self.unused(
                    sheet.cell(row, i),
                    text,
                    "the row has no `you said` or `we did` text",
                );
            }
            return;
        }
        let wanted_id = get(Field::Id).map(|(_, t)| t);
        let row_ref = SourceRef::Row {
            sheet: sheet.name.clone(),
            row,
        };

        // IDs made from row numbers cannot clash: only a table with an ID column needs the IDs
        // kept, to check the ones it gives.
        let id_column = sheet.first.contains_key(&Field::Id);
        let mut suggestion = point.map(|(_, text)| {
            let id = match wanted_id {
                Some(w) => Self::unique(&mut self.suggestion_ids, w),
                None if id_column => Self::unique(&mut self.suggestion_ids, &format!("s{row}")),
                None => Id::from(format!("s{row}")),
            };
            Suggestion::new(id, text)
        });
        let mut action = answer.map(|(_, text)| {
            let id = match wanted_id {
                Some(w) => Self::unique(&mut self.action_ids, w),
                None if id_column => Self::unique(&mut self.action_ids, &format!("a{row}")),
                None => Id::from(format!("a{row}")),
            };
            Action::new(id, text)
        });
        if let (Some(w), Some((i, _))) = (wanted_id, get(Field::Id)) {
            let clash = suggestion.as_ref().is_some_and(|s| s.id != w)
                || action.as_ref().is_some_and(|a| a.id != w);
            if clash {
                self.report.ambiguous.push(Ambiguity {
                    at: sheet.cell(row, i),
                    text: w.to_owned(),
                    note: "this ID is already used by an earlier row: a suffix was added to keep IDs unique".into(),
                });
            }
        }
        if let (Some(s), Some(a)) = (&suggestion, &mut action) {
            a.responds_to =
                vec![crate::action::Answer::to_suggestion(s.id.clone()).coverage(Coverage::Full)];
        }

        // The period first: groups belong to its event.
        let period_event = get(Field::Period)
            .filter(|_| suggestion.is_some())
            .map(|(i, text)| self.period_event(sheet, row, i, text));
        for &(f, i, text) in &values {
            let at = sheet.cell(row, i);
            match f {
                Field::YouSaid | Field::WeDid | Field::Id | Field::Ignore => {}
                _ if f.belongs_to_action() && action.is_none() => self.unused(
                    at,
                    text,
                    format!(
                        "a {} belongs to an action, and the row has no `we did` text",
                        f.words()
                    ),
                ),
                _ if f.belongs_to_point() && suggestion.is_none() => {
                    // Actions have no themes or events: keep the cell as a note.
                    if let Some(a) = &mut action {
                        let header = &sheet.headers[i];
                        super::push(&mut a.notes, if header.is_empty() {
                            text.to_owned()
                        } else {
                            format!("{header}: {text}")
                        });
                    }
                }
                Field::Status => {
                    let Some(a) = &mut action else { continue };
                    match status_from_words(text) {
                        StatusReading::Clear(s) => a.status = Some(s),
                        StatusReading::Ambiguous(s, note) => {
                            a.status = Some(s);
                            self.report.ambiguous.push(Ambiguity {
                                at,
                                text: text.to_owned(),
                                note: note.to_owned(),
                            });
                        }
                        StatusReading::Unknown => self.unused(
                            at,
                            text,
                            "not a status this library knows (not started, in progress, done, blocked, dropped, or words for them): the status is left unset",
                        ),
                    }
                }
                Field::Owner => {
                    if let Some(a) = &mut action {
                        // Several owners, one per line, are listed on one line.
                        let owners: Vec<&str> = text
                            .lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .collect();
                        a.owners = owners.into_iter().map(Actor::from).collect();
                    }
                }
                Field::Due => match parse_date_words(text) {
                    Some(d) => {
                        if let Some(a) = &mut action {
                            a.due = Some(d);
                        }
                    }
                    None => self.unused(
                        at,
                        text,
                        "not a date this library reads (31/03/2024, 2024-03-31, March 2024, Q4 2023/24, spring 2024, 2024): the due date is left unset",
                    ),
                },
                Field::Place | Field::Theme | Field::Source => {
                    let header = &sheet.headers[i];
                    let id = self.theme(f, text, header, at);
                    if let Some(s) = &mut suggestion
                        && !s.themes.contains(&id)
                    {
                        super::push(&mut s.themes, id);
                    }
                }
                Field::Period => {
                    if let (Some(s), Some(e)) = (&mut suggestion, period_event) {
                        s.engagements = vec![self.summary.engagements[e].id.clone()];
                    }
                }
                Field::Group => {
                    let e = match period_event {
                        Some(e) => e,
                        None => self.table_event(),
                    };
                    let id = self.group(e, text, at);
                    if let Some(s) = &mut suggestion
                        && !s.groups.contains(&id)
                    {
                        super::push(&mut s.groups, id);
                    }
                }
            }
        }
        if let Some(s) = suggestion {
            self.report.recognised.push(Recognised {
                at: row_ref.clone(),
                as_: RecognisedAs::Point,
                id: Some(s.id.clone()),
            });
            self.summary.suggestions.push(s);
        }
        if let Some(a) = action {
            self.report.recognised.push(Recognised {
                at: row_ref,
                as_: RecognisedAs::Action,
                id: Some(a.id.clone()),
            });
            self.summary.actions.push(a);
        }
    }

    fn theme(&mut self, field: Field, name: &str, header: &str, at: SourceRef) -> Id {
        let key = (field, name.to_owned());
        if let Some(id) = self.themes.get(&key) {
            return id.clone();
        }
        let id = Id::from(format!("t{}", self.summary.themes.len() + 1));
        let mut theme = Theme::new(id.clone(), name);
        if field != Field::Theme && !header.is_empty() {
            theme.description = Some(header.to_owned());
        }
        self.summary.themes.push(theme);
        self.themes.insert(key, id.clone());
        self.report.recognised.push(Recognised {
            at,
            as_: RecognisedAs::Theme,
            id: Some(id.clone()),
        });
        id
    }

    fn period_event(&mut self, sheet: &Sheet, row: usize, column: usize, text: &str) -> usize {
        if let Some(&e) = self.events.get(text) {
            return e;
        }
        let index = self.summary.engagements.len();
        let mut event = Engagement::new(format!("e{}", index + 1), text, EngagementKind::Period);
        event.date = parse_date_words(text);
        let header = &sheet.headers[column];
        if !header.is_empty() {
            event.label = Some(header.clone());
        }
        self.report.recognised.push(Recognised {
            at: sheet.cell(row, column),
            as_: RecognisedAs::Heading,
            id: Some(event.id.clone()),
        });
        self.summary.engagements.push(event);
        self.events.insert(text.to_owned(), index);
        index
    }

    /// The one event holding the groups of a table with no period column, titled (when the
    /// summary is done) like the summary.
    fn table_event(&mut self) -> usize {
        if let Some(e) = self.table_event {
            return e;
        }
        let index = self.summary.engagements.len();
        self.summary.engagements.push(Engagement::new(
            format!("e{}", index + 1),
            "",
            EngagementKind::Other,
        ));
        self.table_event = Some(index);
        index
    }

    fn group(&mut self, event: usize, name: &str, at: SourceRef) -> Id {
        let key = (event, name.to_owned());
        if let Some(id) = self.groups.get(&key) {
            return id.clone();
        }
        let id = Id::from(format!("g{}", self.groups.len() + 1));
        let mut group = Group::new(id.clone(), name);
        group.kind = GroupKind::Other;
        self.summary.engagements[event].groups.push(group);
        self.groups.insert(key, id.clone());
        self.report.recognised.push(Recognised {
            at,
            as_: RecognisedAs::Group,
            id: Some(id.clone()),
        });
        id
    }

    fn finish(mut self) -> Result<Imported, Error> {
        let mut unknown: Vec<&String> = self
            .options
            .columns
            .keys()
            .filter(|h| !self.mapping_used.contains(&normalise(h)))
            .collect();
        if let Some(h) = unknown.pop() {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the column mapping names `{h}`, which is not a header of the table: check its spelling"
                ),
            ));
        }
        // The input's title, else the options'; empty when nothing gives one, as for notes:
        // `import()` then takes the file's name.
        let title = self
            .title
            .or_else(|| self.options.title.clone())
            .unwrap_or_default();
        if let Some(e) = self.table_event {
            self.summary.engagements[e].title = title.clone();
        }
        self.summary.title = title;
        Ok(Imported {
            summary: self.summary,
            report: self.report,
        })
    }
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<u8> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|m| {
            *m == w || (w.len() == 3 && m.starts_with(w)) || (w == "sept" && *m == "september")
        })
        .map(|i| i as u8 + 1)
}

fn four_digit_year(word: &str) -> Option<&str> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then_some(word)
}

/// Reads a date as people write it in a table: `2024-03-31`, `31/03/2024` (day first, as in
/// the UK), `31 March 2024`, `March 2024`, `Mar 2024`, `Q1 2024`, `Q4 2023/24`, `spring 2024`,
/// `2024`, or any [`PartialDate`] form. `None` when it is none of these.
pub(crate) fn parse_date_words(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    if let Ok(d) = text.parse::<PartialDate>() {
        return Some(d);
    }
    // A day and a time from a workbook: the day is what a due date states.
    if let Some((day, time)) = text.split_once([' ', 'T'])
        && time.contains(':')
        && let Ok(d @ PartialDate::Day(_)) = day.parse::<PartialDate>()
    {
        return Some(d);
    }
    // 31/03/2024, 31-03-2024, 31.03.2024
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    if let [d, m, y] = parts[..]
        && let Some(y) = four_digit_year(y)
        && (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
    {
        let (d, m): (u8, u8) = (d.parse().ok()?, m.parse().ok()?);
        return format!("{y}-{m:02}-{d:02}").parse().ok();
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words[..] {
        // 31 March 2024
        [d, m, y] => {
            let y = four_digit_year(y)?;
            let d: u8 = d
                .trim_end_matches(|c: char| c.is_alphabetic())
                .parse()
                .ok()?;
            let m = month_number(m)?;
            format!("{y}-{m:02}-{d:02}").parse().ok()
        }
        [a, y] => {
            let lower = a.to_lowercase();
            // Q1 2024, Q4 2023/24
            if let Some(q) = lower.strip_prefix('q') {
                return if y.contains('/') {
                    format!("{y}-Q{q}").parse().ok()
                } else {
                    format!("{}-Q{q}", four_digit_year(y)?).parse().ok()
                };
            }
            let y = four_digit_year(y)?;
            if let Some(m) = month_number(&lower) {
                return format!("{y}-{m:02}").parse().ok();
            }
            format!("{y}-{lower}").parse().ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(text: &str) -> Imported {
        import_csv(text, &ImportOptions::default().title("Feedback")).unwrap()
    }

    #[test]
    fn headers_are_recognised_in_any_case_and_punctuation() {
        for (h, f) in [
            ("You Said", "you_said"),
            ("WE DID:", "we_did"),
            ("What we did", "we_did"),
            ("Raised by", "group"),
            ("RAG status", "status"),
            ("Due date", "due"),
            ("quarter", "period"),
            ("Ward", "place"),
            ("Theme", "theme"),
            ("Ref.", "id"),
        ] {
            assert_eq!(field_for_header(h), Some(f), "{h}");
        }
    }

    #[test]
    fn status_words() {
        use StatusReading::*;
        for (w, s) in [
            ("Complete", Clear(Status::Done)),
            ("completed", Clear(Status::Done)),
            ("Ongoing", Clear(Status::InProgress)),
            ("in hand", Clear(Status::InProgress)),
            ("In-progress", Clear(Status::InProgress)),
            ("Progress Made", Clear(Status::InProgress)),
            ("Not yet started", Clear(Status::NotStarted)),
            ("on hold", Clear(Status::Blocked)),
            ("No Evidence Yet", Unknown),
            ("Not Achieved", Unknown),
            ("soon", Unknown),
        ] {
            assert_eq!(status_from_words(w), s, "{w}");
        }
        for (w, s) in [
            ("Green", Status::Done),
            ("AMBER", Status::InProgress),
            ("red", Status::Blocked),
            ("Closed", Status::Done),
        ] {
            assert!(
                matches!(status_from_words(w), Ambiguous(x, _) if x == s),
                "{w}"
            );
        }
    }

    #[test]
    fn dates_in_peoples_words() {
        for (t, d) in [
            ("31/03/2024", "2024-03-31"),
            ("2024-03-31", "2024-03-31"),
            ("31 March 2024", "2024-03-31"),
            ("1st Mar 2024", "2024-03-01"),
            ("March 2024", "2024-03"),
            ("Sept 2024", "2024-09"),
            ("Q1 2024", "2024-Q1"),
            ("Q4 2023/24", "2023/24-Q4"),
            ("spring 2015", "2015-spring"),
            ("2024", "2024"),
            ("2024-03-31 00:00", "2024-03-31"),
            ("December 2017", "2017-12"),
        ] {
            assert_eq!(parse_date_words(t), Some(d.parse().unwrap()), "{t}");
        }
        for t in ["soon", "31/02/2024", "Q5 2024", "next year", "13/13/2024"] {
            assert_eq!(parse_date_words(t), None, "{t}");
        }
    }

    #[test]
    fn a_pair_a_point_and_an_action() {
        let i = csv("Ward,You said,We did,Status,Owner,Due\n\
             Ward 5,Too noisy,Quiet hours,complete,Matron,March 2024\n\
             Ward 9,No jugs,,,,\n\
             Ward 15,,A hotline for families,ongoing,,\n");
        let s = &i.summary;
        assert_eq!(s.suggestions.len(), 2);
        assert_eq!(s.actions.len(), 2);
        assert_eq!(s.suggestions[0].id, "s2");
        assert_eq!(
            s.actions[0].responds_to[0].suggestion.as_deref(),
            Some("s2")
        );
        assert_eq!(s.actions[0].owner_text().as_deref(), Some("Matron"));
        assert_eq!(s.actions[0].due, Some("2024-03".parse().unwrap()));
        assert!(s.actions[1].responds_to.is_empty());
        assert_eq!(s.actions[1].notes, ["Ward: Ward 15"]);
        // A row's lists keep no room for items they do not have.
        assert_eq!(s.suggestions[0].themes.capacity(), 1);
        assert_eq!(s.actions[0].responds_to.capacity(), 1);
        assert_eq!(s.themes.len(), 2);
        assert_eq!(s.themes[0].description.as_deref(), Some("Ward"));
        assert!(i.report.not_used.is_empty(), "{:?}", i.report.not_used);
        let report = s.validate();
        assert!(report.is_valid(), "{:?}", report.problems);
    }

    #[test]
    fn unknown_columns_and_words_are_reported_with_their_cells() {
        let i = csv("You said,We did,Status,Shoe size\n\
             A,B,Not fully achieved,42\n\
             C,,complete,\n");
        let nu: Vec<(String, &str)> = i
            .report
            .not_used
            .iter()
            .map(|n| (serde_json::to_string(&n.at).unwrap(), n.text.as_str()))
            .collect();
        assert_eq!(
            nu,
            [
                (
                    r#"{"kind":"cell","row":1,"column":4}"#.to_owned(),
                    "Shoe size"
                ),
                (
                    r#"{"kind":"cell","row":2,"column":3}"#.to_owned(),
                    "Not fully achieved"
                ),
                (r#"{"kind":"cell","row":2,"column":4}"#.to_owned(), "42"),
                (
                    r#"{"kind":"cell","row":3,"column":3}"#.to_owned(),
                    "complete"
                ),
            ]
        );
        assert_eq!(i.summary.actions[0].status, None);
    }

    #[test]
    fn ambiguous_statuses_are_set_and_listed() {
        let i = csv("You said,We did,RAG\nA,B,Amber\n");
        assert_eq!(i.summary.actions[0].status, Some(Status::InProgress));
        assert_eq!(i.report.ambiguous.len(), 1);
        assert_eq!(i.report.ambiguous[0].text, "Amber");
    }

    #[test]
    fn a_title_above_the_header_and_a_mapping() {
        let mut options = ImportOptions::default();
        options
            .columns
            .insert("Comments from patients".into(), "you_said".into());
        options.columns.insert("Notes".into(), "ignore".into());
        let i = import_csv(
            "Feedback board December 2017,,\nComments from patients,Notes,Response\nA,x,B\n",
            &options,
        )
        .unwrap();
        assert_eq!(i.summary.title, "Feedback board December 2017");
        assert_eq!(i.summary.suggestions[0].text, "A");
        assert_eq!(
            i.report.not_used[0].reason,
            "left out by the column mapping"
        );
        let mut wrong = ImportOptions::default();
        wrong.columns.insert("Nope".into(), "you_said".into());
        let e = import_csv("You said\nA\n", &wrong).unwrap_err();
        assert_eq!(e.code(), "invalid-argument");
        wrong.columns.insert("Nope".into(), "wibble".into());
        let e = import_csv("You said\nA\n", &wrong).unwrap_err();
        assert!(e.message().contains("you_said, we_did"), "{e}");
    }

    #[test]
    fn periods_become_events_and_groups_belong_to_them() {
        let i = csv(
            "Quarter,Raised by,You said\nQ1 2024,Carers forum,A\nQ1 2024,Youth panel,B\nQ2 2024,Carers forum,C\n",
        );
        let s = &i.summary;
        assert_eq!(s.engagements.len(), 2);
        assert_eq!(s.engagements[0].date, Some("2024-Q1".parse().unwrap()));
        assert_eq!(s.engagements[0].kind, crate::EngagementKind::Period);
        assert_eq!(s.engagements[0].label.as_deref(), Some("Quarter"));
        assert_eq!(s.engagements[0].groups.len(), 2);
        assert_eq!(s.suggestions[2].engagements, ["e2"]);
        let report = s.validate();
        assert!(report.is_valid(), "{:?}", report.problems);
    }

    #[test]
    fn bad_input_says_where() {
        let e = import_csv("You said,We did\na,b\nc\n", &ImportOptions::default()).unwrap_err();
        assert_eq!((e.code(), e.line()), ("bad-input", Some(3)));
        assert!(e.message().contains("row 3 has 1 cells"), "{e}");
        let e = import_csv("You said\nab\0c\n", &ImportOptions::default()).unwrap_err();
        assert_eq!((e.code(), e.line()), ("bad-input", Some(2)));
        let long = format!("You said\n{}\n", "x".repeat(MAX_ROW_BYTES + 1));
        let e = import_csv(&long, &ImportOptions::default()).unwrap_err();
        assert_eq!((e.code(), e.line()), ("bad-input", Some(2)));
        let e = import_csv("Name,Age\na,1\n", &ImportOptions::default()).unwrap_err();
        assert_eq!(e.code(), "bad-input");
        let e = import_csv("", &ImportOptions::default()).unwrap_err();
        assert_eq!(e.code(), "bad-input");
        let e = import_rows(
            &["You said".into()],
            &[vec!["a".into(), "b".into()]],
            &ImportOptions::default(),
        )
        .unwrap_err();
        assert_eq!((e.code(), e.line()), ("bad-input", Some(2)));
    }

    #[test]
    fn duplicate_ids_get_a_suffix_and_are_noted() {
        let i = csv("ID,You said\n7,A\n7,B\n");
        assert_eq!(i.summary.suggestions[1].id, "7-2");
        assert_eq!(i.report.ambiguous.len(), 1);
        // With an ID column, an ID made from a row number is checked against those given.
        let i = csv("ID,You said\ns3,A\n,B\n");
        assert_eq!(i.summary.suggestions[1].id, "s3-2");
    }

    #[test]
    fn semicolons_and_tabs() {
        assert_eq!(csv("You said;We did\na;b\n").summary.actions.len(), 1);
        assert_eq!(csv("You said\tWe did\na\tb\n").summary.actions.len(), 1);
    }

    /// The cells of every record of a comma-separated text as the `csv` crate reads them, or
    /// the line of its error.
    fn cells_by_csv_crate(text: &str, flexible: bool) -> Result<Vec<Vec<String>>, usize> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(flexible)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| match r {
                Ok(r) => Ok(r.iter().map(str::to_owned).collect()),
                Err(e) => Err(e.position().map_or(0, |p| p.line() as usize)),
            })
            .collect()
    }

    fn cells(text: &str, flexible: bool) -> Result<Vec<Vec<String>>, usize> {
        let mut records = Records::new(text, flexible);
        let mut out = Vec::new();
        loop {
            match records.next_record() {
                Ok(Some((row, r))) => {
                    assert_eq!(row, out.len() + 1);
                    out.push(r.iter().map(str::to_owned).collect());
                }
                Ok(None) => return Ok(out),
                Err(e) => return Err(e.line().unwrap_or(0)),
            }
        }
    }

    #[test]
    fn records_are_read_as_the_csv_crate_reads_them() {
        for text in [
            "",
            "a,b\nc,d\n",
            "a,b\r\nc,d",
            "\u{feff}You said,We did\n\n\nx,y\n\n",
            "\"a \"\"quoted\"\" cell\",\"two\nlines\"\n\"\",\n",
            "\"unclosed,b\nc,d\n",
            "é,ü\n\"ñ\"x,\"ø\"\n",
            "a,b\nc\nd,e,f\n",
            "a,b\n\nc,d,e\n",
            "a\n\"x\ny\",z\n",
        ] {
            for flexible in [false, true] {
                assert_eq!(
                    cells(text, flexible),
                    cells_by_csv_crate(text, flexible),
                    "{text:?} (flexible: {flexible})"
                );
            }
        }
    }
}
