//! The progress log of an action: dated updates with a note, an optional status change, an
//! optional percentage and evidence links.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;
use crate::action::Status;
use crate::date::DateSchema;
use crate::link::Link;

/// One dated update on an action.
///
/// ```
/// # use yousaid::{ProgressEntry, Status, Date};
/// let e = ProgressEntry::new(Date::constant(2014, 6, 12))
///     .note("Presented to the Partnership Executive Group.")
///     .status(Status::InProgress)
///     .percent(40.0);
/// assert_eq!(e.percent, Some(40.0));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressEntry {
    /// When.
    #[serde(with = "crate::date::exact")]
    #[schemars(with = "DateSchema")]
    pub date: Date,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The status from this date on, if it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// How far along, 0–100.
    #[schemars(range(min = 0, max = 100))]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::number::serialize_opt"
    )]
    pub percent: Option<f64>,
    /// Evidence: minutes, reports, published pages.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub evidence: Vec<Link>,
}

impl ProgressEntry {
    /// An entry on a date with nothing else recorded.
    pub fn new(date: Date) -> Self {
        ProgressEntry {
            date,
            note: None,
            status: None,
            percent: None,
            evidence: Vec::new(),
        }
    }

    /// Sets the note (default: none).
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Sets the status from this date on (default: unchanged).
    pub fn status(mut self, status: Status) -> Self {
        self.status = Some(status);
        self
    }

    /// Sets the percentage complete (default: none).
    pub fn percent(mut self, percent: f64) -> Self {
        self.percent = Some(percent);
        self
    }

    /// Adds an evidence link.
    pub fn evidence(mut self, link: Link) -> Self {
        self.evidence.push(link);
        self
    }
}
