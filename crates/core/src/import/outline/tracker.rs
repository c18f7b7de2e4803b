//! Numbered rows of a table flattened to text: a recommendation or action tracker copied from
//! a web page, where each row's cells ran together on a line or two.
//!
//! ```text
//! ID Review Year Owner Recommendation Status
//! 235 Annual 2012 LOCOG
//! That LOCOG ensures that benchmarks are available for future Games. Read more Complete
//! 206 Annual 2011 ODA
//! LOCOG
//! That the London 2012 Sustainability Group addresses delivery of the … Read more Closed
//! ```
//!
//! A line of column names (`ID`, `Year`, `Owner`, `Recommendation`, `Status`…, recognised as the
//! table importer recognises headers) that names an ID column and an action column
//! ("Recommendation", "Action", "We did"…), followed directly by a line starting with a number,
//! is read as the header of such a table. Each row below it, up to a blank line or a line
//! that is not a row, becomes an [`Action`]:
//!
//! | in a row | becomes |
//! |---|---|
//! | the cells before the action text, on the line starting with the number | the ID column its [`number`](Action::number); an owner column its [`owners`](Action::owners); any other column a note "Review: Annual" in [`notes`](Action::notes) |
//! | short lines after it (one name a line) | more owners (more of the last column before the text) |
//! | the next line | the action's title, up to "Read more" (a web page's link, left out) |
//! | the words after "Read more", or the last words when they are a status | [`status`](Action::status) as [`status_from_words`](crate::import::table::status_from_words) reads them, and the words themselves as [`status_label`](Action::status_label); words it does not know leave the status unset and are noted in the report |
//!
//! The cells on the numbered line are split by their form: the ID is its first word, a year
//! column takes a four-digit year, the other columns the words between. Where two such columns
//! meet with nothing to tell them apart, the first takes the words and the report says so. A
//! numbered line with no text after it (a row cut short) is not used.
//!
//! ```
//! # use yousaid::import::{import_outline, ImportOptions};
//! let text = "Tracker\n\nID Year Owner Recommendation Status\n12 2012 GLA\nGLA\n\
//!             That the GLA publish its plans. Read more Progress Made\n";
//! let s = import_outline(text, &ImportOptions::default())?.summary;
//! let a = &s.actions[0];
//! assert_eq!((a.number.as_deref(), a.title.as_str()), (Some("12"), "That the GLA publish its plans."));
//! assert_eq!(a.status, Some(yousaid::Status::InProgress));
//! assert_eq!(a.status_label.as_deref(), Some("Progress Made"));
//! assert_eq!(a.notes, ["Year: 2012"]);
//! # Ok::<(), yousaid::Error>(())
//! ```

use super::{Builder, Form, Item, blocks::bracketed, ends_sentence};
use crate::action::Action;
use crate::actor::Actor;
use crate::id::Id;
use crate::import::table::{StatusReading, field_for_header, status_from_words};
use crate::import::{NotUsed, RecognisedAs, SourceRef};

/// A column of the header.
#[derive(Debug, Clone)]
struct Column {
    /// As written.
    header: String,
    /// The field the table importer reads it as.
    field: Option<&'static str>,
}

/// The table being read.
#[derive(Debug, Clone)]
pub(super) struct Tracker {
    /// The columns before the action text.
    before: Vec<Column>,
    /// Whether a status column follows the text.
    status: bool,
    /// The row being read: its lines so far and its cells.
    row: Option<Row>,
}

#[derive(Debug, Clone)]
struct Row {
    lines: Vec<(SourceRef, String)>,
    cells: Vec<Vec<String>>,
    /// A note on how the cells were split, if they could have been split another way.
    split_note: Option<&'static str>,
}

/// The columns a line names, if it reads as the header of a numbered tracker.
fn header(text: &str) -> Option<Tracker> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(3..=12).contains(&words.len()) {
        return None;
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // The longest run of words (up to three) that names a field; else one unknown word.
        let found = (1..=3.min(words.len() - i)).rev().find_map(|n| {
            let header = words[i..i + n].join(" ");
            field_for_header(&header).map(|f| (n, header, f))
        });
        let (n, header, field) = match found {
            Some((n, h, f)) => (n, h, Some(f)),
            None => (1, words[i].to_owned(), None),
        };
        columns.push(Column { header, field });
        i += n;
    }
    let known = columns.iter().filter(|c| c.field.is_some()).count();
    let text_at = columns.iter().position(|c| c.field == Some("we_did"))?;
    if columns.first()?.field != Some("id") || known * 2 < columns.len() + 1 {
        return None;
    }
    let after = &columns[text_at + 1..];
    if after.iter().any(|c| c.field != Some("status")) || after.len() > 1 {
        return None;
    }
    Some(Tracker {
        status: !after.is_empty(),
        before: columns[..text_at].to_vec(),
        row: None,
    })
}

/// The row number a line starts with: a word of digits, with letters allowed after one.
fn row_number(text: &str) -> Option<&str> {
    let first = text.split_whitespace().next()?;
    (first.len() <= 8
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then_some(first)
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.bytes().all(|b| b.is_ascii_digit())
}

impl Tracker {
    /// Splits a numbered line into the cells before the text.
    fn cells(&self, text: &str) -> (Vec<Vec<String>>, Option<&'static str>) {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut cells = vec![Vec::new(); self.before.len()];
        let mut note = None;
        let fixed = |c: &Column| c.field == Some("id") || key_is_year(c);
        let mut w = 0;
        for (i, column) in self.before.iter().enumerate() {
            if w >= words.len() {
                break;
            }
            if column.field == Some("id") {
                cells[i].push(words[w].to_owned());
                w += 1;
            } else if key_is_year(column) {
                if is_year(words[w]) {
                    cells[i].push(words[w].to_owned());
                    w += 1;
                }
            } else {
                // Up to the next column's year, or all the rest for the last column.
                let next = self.before.get(i + 1);
                let end = match next {
                    Some(n) if key_is_year(n) => words[w..]
                        .iter()
                        .position(|x| is_year(x))
                        .map_or(words.len(), |p| w + p),
                    Some(n) if !fixed(n) => {
                        note = Some(
                            "two columns meet on the numbered line with nothing to tell them \
                             apart: the first was given the words",
                        );
                        words.len()
                    }
                    _ => words.len(),
                };
                cells[i].extend(words[w..end].iter().map(|x| (*x).to_owned()));
                w = end;
            }
        }
        (cells, note)
    }
}

fn key_is_year(c: &Column) -> bool {
    c.header.eq_ignore_ascii_case("year")
}

/// The action text and the status words of a row's text line.
fn text_and_status(text: &str, status: bool) -> (String, Option<String>) {
    if let Some(i) = text.rfind("Read more") {
        let before = text[..i].trim_end();
        let after = text[i + "Read more".len()..].trim();
        return (
            before.to_owned(),
            (status && !after.is_empty()).then(|| after.to_owned()),
        );
    }
    if status {
        let words: Vec<&str> = text.split_whitespace().collect();
        for n in (1..=3.min(words.len().saturating_sub(1))).rev() {
            let tail = words[words.len() - n..].join(" ");
            if status_from_words(&tail) != StatusReading::Unknown {
                return (words[..words.len() - n].join(" "), Some(tail));
            }
        }
    }
    (text.to_owned(), None)
}

impl Builder {
    /// Reads `item` as part of a numbered tracker, if it is one; returns whether it did.
    pub(super) fn tracker_item(&mut self, item: &Item<'_>, next: Option<&Item<'_>>) -> bool {
        let text_line = matches!(item.form, Form::Text(_));
        let Some(tracker) = self.tracker.as_ref() else {
            // A header, when a numbered line follows it directly.
            if !text_line || self.block.is_some() || self.pending.is_some() {
                return false;
            }
            let follows = next.is_some_and(|n| {
                !n.blank_before && matches!(n.form, Form::Text(_)) && row_number(&n.text).is_some()
            });
            let Some(tracker) = follows.then(|| header(&item.text)).flatten() else {
                return false;
            };
            self.tracker = Some(tracker);
            self.started = true;
            self.recognise(item, RecognisedAs::Header, None);
            self.ambiguous(
                &item.at,
                &item.text,
                "a line of column names followed by numbered lines: read as the header of a \
                 table flattened to text, each row below it an action",
            );
            return true;
        };
        if !text_line || item.blank_before {
            self.end_tracker();
            return false;
        }
        let Some(row) = tracker.row.as_ref() else {
            if row_number(&item.text).is_none() {
                self.end_tracker();
                return false;
            }
            self.start_row(item);
            return true;
        };
        let last_free = tracker
            .before
            .last()
            .is_some_and(|c| c.field != Some("id") && !key_is_year(c));
        let more = row.cells.last().is_some_and(|c| !c.is_empty())
            && last_free
            && item.text.split_whitespace().count() <= 4
            && !ends_sentence(&item.text)
            && row_number(&item.text).is_none()
            && !bracketed(&item.text);
        if more {
            if let Some(row) = self.tracker.as_mut().and_then(|t| t.row.as_mut()) {
                row.lines.push((item.at.clone(), item.raw.to_string()));
                if let Some(cell) = row.cells.last_mut() {
                    cell.push(format!("\n{}", item.text));
                }
            }
            return true;
        }
        if row_number(&item.text).is_some() || bracketed(&item.text) {
            // A row cut short.
            self.drop_row();
            if row_number(&item.text).is_some() {
                self.start_row(item);
                return true;
            }
            self.tracker = None;
            return false;
        }
        self.finish_row(item);
        true
    }

    fn start_row(&mut self, item: &Item<'_>) {
        let Some(tracker) = self.tracker.as_mut() else {
            return;
        };
        let (cells, split_note) = tracker.cells(&item.text);
        tracker.row = Some(Row {
            lines: vec![(item.at.clone(), item.raw.to_string())],
            cells,
            split_note,
        });
    }

    /// A row with its text: an action.
    fn finish_row(&mut self, item: &Item<'_>) {
        let Some(tracker) = self.tracker.as_mut() else {
            return;
        };
        let Some(row) = tracker.row.take() else {
            return;
        };
        let columns = tracker.before.clone();
        let (title, status_words) = text_and_status(&item.text, tracker.status);
        let id = Id::from(format!("a{}", self.summary.actions.len() + 1));
        let mut action = Action::new(id.clone(), title);
        for (column, cell) in columns.iter().zip(&row.cells) {
            if cell.is_empty() {
                continue;
            }
            // Owners: one a line (the first line's words are one owner).
            let values: Vec<String> = cell
                .join(" ")
                .split('\n')
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .collect();
            match column.field {
                Some("id") => action.number = values.first().cloned(),
                Some("owner") => action.owners.extend(values.into_iter().map(Actor::from)),
                _ => action
                    .notes
                    .push(format!("{}: {}", column.header, values.join(", "))),
            }
        }
        let mut notes: Vec<(String, String)> = Vec::new();
        if let Some(words) = status_words {
            match status_from_words(&words) {
                StatusReading::Clear(s) => action.status = Some(s),
                StatusReading::Ambiguous(s, note) => {
                    action.status = Some(s);
                    notes.push((words.clone(), note.to_owned()));
                }
                _ => notes.push((
                    words.clone(),
                    "status words not known: kept as the action's status label, with no status \
                     set"
                    .to_owned(),
                )),
            }
            action.status_label = Some(words);
        }
        self.summary.actions.push(action);
        for (at, _) in &row.lines {
            self.report.recognised.push(crate::import::Recognised {
                at: at.clone(),
                as_: RecognisedAs::Row,
                id: Some(id.clone()),
            });
        }
        if let Some(note) = row.split_note {
            self.ambiguous(&row.lines[0].0, &row.lines[0].1, note);
        }
        self.recognise(item, RecognisedAs::Action, Some(&id));
        for (words, note) in notes {
            self.ambiguous(&item.at, &words, &note);
        }
    }

    /// A numbered line with no text after it: not used.
    fn drop_row(&mut self) {
        let Some(row) = self.tracker.as_mut().and_then(|t| t.row.take()) else {
            return;
        };
        for (at, text) in row.lines {
            self.report.not_used.push(NotUsed {
                at,
                text,
                reason: "a row of a table flattened to text, cut short: no text after its \
                         number"
                    .to_owned(),
            });
        }
    }

    /// Ends the table (at a blank line, a heading or a line that is not a row).
    pub(super) fn end_tracker(&mut self) {
        self.drop_row();
        self.tracker = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{ImportOptions, import_outline};

    #[test]
    fn headers_need_an_id_and_an_action_column() {
        assert!(header("ID Review Year Owner Recommendation Status").is_some());
        assert!(header("Ref. Owner Action Status").is_some());
        // Cells after the text other than the status cannot be told from the text.
        assert!(header("No. Action Owner Due Status").is_none());
        assert!(header("Ward name You said We did").is_none());
        assert!(header("ID Name Address").is_none());
        assert!(header("Recommendation ID Status").is_none());
    }

    #[test]
    fn a_header_with_no_numbered_line_after_it_is_read_as_usual() {
        let i = import_outline(
            "Tracker\n\nID Owner Action Status\n\nWe met twice.\n",
            &ImportOptions::default(),
        )
        .unwrap();
        assert!(i.summary.actions.is_empty());
        assert!(
            i.report
                .recognised
                .iter()
                .all(|r| r.as_ != crate::import::RecognisedAs::Header)
        );
    }

    #[test]
    fn status_words_without_a_read_more_link() {
        assert_eq!(
            text_and_status("Publish the plan. In progress", true),
            (
                "Publish the plan.".to_owned(),
                Some("In progress".to_owned())
            )
        );
        assert_eq!(
            text_and_status("Publish the plan.", true),
            ("Publish the plan.".to_owned(), None)
        );
    }
}
