//! The progress log of an action: dated updates with a note, an optional status change, an
//! optional percentage and evidence links.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::action::Status;
use crate::date::PartialDate;
use crate::link::Link;

/// One dated update on an action. The date may be known only to a month or a quarter;
/// entries are ordered, and apply "as of" a day, from the first day their date can mean.
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
    pub date: PartialDate,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The status from this date on, if it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The source's own words for the status from this date on ("Progress Made").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_label: Option<String>,
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
    /// An entry on a date (an exact [`Date`](crate::Date) or a [`PartialDate`]) with nothing
    /// else recorded.
    pub fn new(date: impl Into<PartialDate>) -> Self {
        ProgressEntry {
            date: date.into(),
            note: None,
            status: None,
            status_label: None,
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

    /// Sets the source's words for the status (default: none).
    pub fn status_label(mut self, label: impl Into<String>) -> Self {
        self.status_label = Some(label.into());
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
