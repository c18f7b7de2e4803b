//! Flat records of a summary, one per suggestion, action or progress entry, for tables: a list
//! of records is what `pandas.DataFrame(...)` or a CSV writer takes directly.
//!
//! Every field is a string, a number, a boolean or empty; lists of IDs are joined with `;`.
//! Nested items come depth first in document order, with their `parent` and `depth`.
//!
//! Records are asked of a view ([`AsOf::records`]; [`Summary::records`] asks
//! [`Summary::current`]), so a table agrees with the page rendered from the same view and
//! with [`AsOf::status_counts`]: an action's `status` and `percent` are its current ones
//! (from the log as of the date, rolled up from sub-actions, as [`ActionState`] has them;
//! `status_label` is the source's own words for that status, where they describe it),
//! and `declared_status` and `declared_percent` are what the document itself states
//! ([`Action::declared_status`](crate::Action::declared_status) and the last percent its own
//! log records, whatever the date). Progress records are the entries counted as of the date.
//!
//! ```
//! # use yousaid::{Summary, Suggestion, Action, Coverage, RecordKind, Records};
//! let mut s = Summary::new("t");
//! s.suggestions.push(Suggestion::new("s1", "More training").point(Suggestion::new("s1-1", "For A & E")));
//! s.actions.push(Action::new("a1", "Review training").responds_to("s1", Coverage::Full));
//! let Records::Suggestions(rows) = s.records(RecordKind::Suggestions) else { unreachable!() };
//! assert_eq!(rows[1].parent.as_deref(), Some("s1"));
//! assert_eq!(rows[0].answered_by, "a1");
//! ```
//!
//! A parent action declared `done` whose sub-action is still in progress is, as the page
//! shows it, in progress:
//!
//! ```
//! # use yousaid::{Summary, Action, RecordKind, Records, Status};
//! let mut s = Summary::new("t");
//! s.actions.push(
//!     Action::new("a1", "Review training")
//!         .status(Status::Done)
//!         .sub_action(Action::new("a1.1", "Train A & E staff").status(Status::InProgress)),
//! );
//! let Records::Actions(rows) = s.records(RecordKind::Actions) else { unreachable!() };
//! assert_eq!((rows[0].status.as_deref(), rows[0].declared_status.as_deref()), (Some("in_progress"), Some("done")));
//! assert!(rows[0].rolled_up);
//! assert_eq!(s.current().status_counts().in_progress, 1);
//! ```

use crate::id_map::IdMap;

use serde::Serialize;

use crate::id::Id;
use crate::summary::Summary;
use crate::tracking::{ActionState, AsOf};

/// Which records to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// One [`SuggestionRecord`] per suggestion and sub-point.
    Suggestions,
    /// One [`ActionRecord`] per action and sub-action.
    Actions,
    /// One [`ProgressRecord`] per progress entry of every action.
    Progress,
}

crate::names::names! {
    RecordKind, "record kind" {
        Suggestions => "suggestions",
        Actions => "actions",
        Progress => "progress",
    }
}

/// A suggestion or sub-point as a flat record.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SuggestionRecord {
    /// Its ID.
    pub id: String,
    /// The ID of the point it is under, for sub-points.
    pub parent: Option<String>,
    /// 0 for top-level suggestions, 1 for their sub-points, and so on.
    pub depth: usize,
    /// `suggestion`, `question`, `concern`, `detail` or `commitment`.
    #[schemars(with = "crate::SuggestionKind")]
    pub kind: String,
    /// The text.
    pub text: String,
    /// The question ID, inherited from the parent when not set.
    pub question: Option<String>,
    /// The IDs of the engagements it belongs to, joined with `;`.
    pub engagements: String,
    /// Theme IDs, joined with `;`.
    pub themes: String,
    /// How many groups raised it.
    pub groups: usize,
    /// The stated number of mentions.
    pub mentions: Option<u64>,
    /// The response stance (`accepted`, `not_planned`, …), if answered.
    #[schemars(with = "Option<crate::Stance>")]
    pub stance: Option<String>,
    /// The response text.
    pub response: Option<String>,
    /// IDs of the actions that answer it, joined with `;`.
    pub answered_by: String,
}

/// An action or sub-action as a flat record.
///
/// `status` and `percent` are the current ones, as of the view's date and rolled up from
/// sub-actions (what [`AsOf::status_counts`] counts and the page shows); `declared_status` and
/// `declared_percent` are what the document states for the action itself.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ActionRecord {
    /// Its ID.
    pub id: String,
    /// The ID of the action it is under, for sub-actions.
    pub parent: Option<String>,
    /// 0 for top-level actions, 1 for their sub-actions, and so on.
    pub depth: usize,
    /// The title.
    pub title: String,
    /// The owner.
    pub owner: Option<String>,
    /// The current status: from the progress log as of the view's date, rolled up from
    /// sub-actions ([`ActionState::status`]); empty when no status is stated.
    #[schemars(with = "Option<crate::Status>")]
    pub status: Option<String>,
    /// The source's own words for `status` ("Complete"), where they describe it
    /// ([`ActionState::status_label`]); empty otherwise.
    pub status_label: Option<String>,
    /// The current percent, 0–100: recorded as of the view's date, or rolled up from
    /// sub-actions ([`ActionState::percent`]).
    pub percent: Option<f64>,
    /// Whether `status` and `percent` were rolled up from sub-actions.
    pub rolled_up: bool,
    /// The status the document states for this action itself, whatever the date and its
    /// sub-actions ([`Action::declared_status`](crate::Action::declared_status)); empty when
    /// it states none.
    #[schemars(with = "Option<crate::Status>")]
    pub declared_status: Option<String>,
    /// The last percentage recorded in its own progress log, whatever the date.
    pub declared_percent: Option<f64>,
    /// Whether it is overdue as of the view's reference date.
    pub overdue: bool,
    /// The priority.
    pub priority: Option<String>,
    /// The due date as written (`2015-spring`).
    pub due: Option<String>,
    /// The last day the due date allows (`2015-05-31`).
    pub due_by: Option<String>,
    /// When it started, as written.
    pub started: Option<String>,
    /// When it was completed, as written.
    pub completed: Option<String>,
    /// The date of the last progress entry counted as of the view's date.
    pub last_update: Option<String>,
    /// How many progress entries are counted as of the view's date.
    pub updates: usize,
    /// IDs of the suggestions it answers, joined with `;`.
    pub responds_to: String,
    /// IDs of the plan outcomes it serves, joined with `;`.
    pub outcomes: String,
    /// IDs of the actions it depends on, joined with `;`.
    pub depends_on: String,
    /// How many of its barriers are open as of the view's date.
    pub open_barriers: usize,
}

/// A progress entry as a flat record.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ProgressRecord {
    /// The action's ID.
    pub action: String,
    /// The date (`2014-06-12`).
    pub date: String,
    /// The status from this date on, if it changed.
    #[schemars(with = "Option<crate::Status>")]
    pub status: Option<String>,
    /// The source's own words for it ("Progress Made"), if given.
    pub status_label: Option<String>,
    /// How far along, 0–100.
    pub percent: Option<f64>,
    /// What happened.
    pub note: Option<String>,
    /// How many evidence links it has.
    pub evidence: usize,
}

/// The records of one kind; serializes as a plain list of flat objects.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Records {
    /// Suggestions and sub-points.
    Suggestions(Vec<SuggestionRecord>),
    /// Actions and sub-actions.
    Actions(Vec<ActionRecord>),
    /// Progress entries.
    Progress(Vec<ProgressRecord>),
}

impl Records {
    /// How many records there are.
    pub fn len(&self) -> usize {
        match self {
            Records::Suggestions(r) => r.len(),
            Records::Actions(r) => r.len(),
            Records::Progress(r) => r.len(),
        }
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn join<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    ids.into_iter().collect::<Vec<_>>().join(";")
}

impl Summary {
    /// The flat records of one kind, with everything recorded: the records of
    /// [`Summary::current`]. See the [module documentation](crate::record).
    ///
    /// ```
    /// # use yousaid::{Summary, Action, RecordKind};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A"));
    /// assert_eq!(s.records(RecordKind::Actions), s.current().records(RecordKind::Actions));
    /// ```
    pub fn records(&self, kind: RecordKind) -> Records {
        self.current().records(kind)
    }

    fn suggestion_records(&self) -> Vec<SuggestionRecord> {
        let mut answered_by: IdMap<&str, Vec<&str>> = IdMap::default();
        for (a, _) in self.all_actions() {
            for id in a.responds_to.iter().filter_map(|r| r.suggestion.as_ref()) {
                answered_by.entry(id).or_default().push(&a.id);
            }
        }
        let mut out = Vec::new();
        for top in &self.suggestions {
            // (parent id, inherited question) by depth
            let mut trail: Vec<(&str, Option<&str>)> = Vec::new();
            top.walk(&mut |s, depth| {
                trail.truncate(depth);
                let parent = trail.last().copied();
                let question = s
                    .question
                    .as_deref()
                    .or_else(|| parent.and_then(|(_, q)| q));
                out.push(SuggestionRecord {
                    id: s.id.as_str().to_owned(),
                    parent: parent.map(|(id, _)| id.to_owned()),
                    depth,
                    kind: s.kind.as_str().to_owned(),
                    text: s.text.clone(),
                    question: question.map(str::to_owned),
                    engagements: join(s.engagements.iter().map(Id::as_str)),
                    themes: join(s.themes.iter().map(Id::as_str)),
                    groups: s.groups.len(),
                    mentions: s.mentions.map(|c| c.value),
                    stance: s
                        .response
                        .as_ref()
                        .and_then(|r| r.stance)
                        .map(|st| st.as_str().to_owned()),
                    response: s.response.as_ref().and_then(|r| r.text.clone()),
                    answered_by: join(
                        answered_by
                            .get(s.id.as_str())
                            .into_iter()
                            .flatten()
                            .copied(),
                    ),
                });
                trail.push((&s.id, question));
            });
        }
        out
    }
}

impl AsOf<'_> {
    /// The flat records of one kind as of this view's date: actions with their current
    /// status and percent beside the declared ones, progress entries up to the cut-off. See
    /// the [module documentation](crate::record).
    ///
    /// ```
    /// # use yousaid::{Summary, Action, Date, ProgressEntry, RecordKind, Records, Status};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "Open on Sundays")
    ///     .progress(ProgressEntry::new(Date::constant(2025, 2, 1)).status(Status::InProgress).percent(40.0))
    ///     .progress(ProgressEntry::new(Date::constant(2025, 6, 1)).status(Status::Done)));
    /// let Records::Actions(rows) = s.as_of(Date::constant(2025, 3, 1)).records(RecordKind::Actions)
    /// else { unreachable!() };
    /// assert_eq!((rows[0].status.as_deref(), rows[0].percent), (Some("in_progress"), Some(40.0)));
    /// assert_eq!(rows[0].declared_status.as_deref(), Some("done"));
    /// assert_eq!(rows[0].updates, 1);
    /// ```
    pub fn records(&self, kind: RecordKind) -> Records {
        match kind {
            RecordKind::Suggestions => Records::Suggestions(self.summary().suggestion_records()),
            RecordKind::Actions => Records::Actions(self.action_records()),
            RecordKind::Progress => Records::Progress(self.progress_records()),
        }
    }

    fn counted(&self, entry: &crate::ProgressEntry) -> bool {
        self.cutoff().is_none_or(|d| entry.date.first_day() <= d)
    }

    fn action_records(&self) -> Vec<ActionRecord> {
        let tracked = self.tracked();
        tracked
            .actions
            .iter()
            .zip(&tracked.states)
            .map(|(a, st): (&&crate::Action, &ActionState)| ActionRecord {
                id: a.id.as_str().to_owned(),
                parent: st.parent.as_ref().map(|p| p.as_str().to_owned()),
                depth: st.depth,
                title: a.title.clone(),
                owner: a.owner_text(),
                status: st.status.map(|s| s.as_str().to_owned()),
                status_label: st.status_label.clone(),
                percent: st.percent,
                rolled_up: st.rolled_up,
                declared_status: a.declared_status().map(|s| s.as_str().to_owned()),
                declared_percent: a.progress.iter().rev().find_map(|e| e.percent),
                overdue: st.overdue,
                priority: a.priority.map(|p| p.as_str().to_owned()),
                due: a.due.map(|d| d.to_iso()),
                due_by: a.due.map(|d| d.last_day().to_string()),
                started: a.started.map(|d| d.to_iso()),
                completed: a.completed.map(|d| d.to_iso()),
                last_update: st.latest.as_ref().map(|e| e.date.to_iso()),
                updates: a.progress.iter().filter(|e| self.counted(e)).count(),
                responds_to: join(
                    a.responds_to
                        .iter()
                        .filter_map(|r| r.target())
                        .map(|t| t.id().as_str()),
                ),
                outcomes: join(a.outcomes.iter().map(Id::as_str)),
                depends_on: join(a.depends_on.iter().map(Id::as_str)),
                open_barriers: st.open_barriers.len(),
            })
            .collect()
    }

    fn progress_records(&self) -> Vec<ProgressRecord> {
        self.summary()
            .all_actions()
            .flat_map(|(a, _)| {
                a.progress
                    .iter()
                    .filter(|e| self.counted(e))
                    .map(|e| ProgressRecord {
                        action: a.id.as_str().to_owned(),
                        date: e.date.to_string(),
                        status: e.status.map(|s| s.as_str().to_owned()),
                        status_label: e.status_label.clone(),
                        percent: e.percent,
                        note: e.note.clone(),
                        evidence: e.evidence.len(),
                    })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Action, Date, ProgressEntry, Status, Suggestion};

    #[test]
    fn sub_points_inherit_the_question_and_name_their_parent() {
        let mut s = Summary::new("t");
        s.suggestions.push(
            Suggestion::new("s1", "A")
                .question("q1")
                .point(Suggestion::new("s1-1", "B").point(Suggestion::new("s1-1-1", "C")))
                .point(Suggestion::new("s1-2", "D")),
        );
        let Records::Suggestions(rows) = s.records(RecordKind::Suggestions) else {
            panic!("wrong kind")
        };
        let got: Vec<_> = rows
            .iter()
            .map(|r| {
                (
                    r.id.as_str(),
                    r.parent.as_deref(),
                    r.depth,
                    r.question.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("s1", None, 0, Some("q1")),
                ("s1-1", Some("s1"), 1, Some("q1")),
                ("s1-1-1", Some("s1-1"), 2, Some("q1")),
                ("s1-2", Some("s1"), 1, Some("q1")),
            ]
        );
    }

    #[test]
    fn actions_and_progress() {
        let mut s = Summary::new("t");
        s.actions.push(
            Action::new("a1", "A")
                .due("2015-spring".parse().unwrap())
                .progress(ProgressEntry::new(Date::constant(2015, 1, 2)).percent(30.0))
                .progress(ProgressEntry::new(Date::constant(2015, 2, 2)).status(Status::InProgress))
                .sub_action(Action::new("a1.1", "B")),
        );
        let Records::Actions(rows) = s.records(RecordKind::Actions) else {
            panic!("wrong kind")
        };
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].status.as_deref(), Some("in_progress"));
        assert_eq!(rows[0].declared_status.as_deref(), Some("in_progress"));
        // Rolled up from the sub-action, which states neither a status nor a percent: the
        // percent is unknown, not 0 (the parent's own log says 30).
        assert_eq!(
            (rows[0].percent, rows[0].declared_percent),
            (None, Some(30.0))
        );
        assert_eq!(
            (
                rows[1].status.as_deref(),
                rows[1].declared_status.as_deref()
            ),
            (None, None)
        );
        assert!(rows[0].rolled_up && !rows[1].rolled_up);
        assert_eq!(rows[0].due_by.as_deref(), Some("2015-05-31"));
        assert_eq!(rows[1].parent.as_deref(), Some("a1"));
        let progress = s.records(RecordKind::Progress);
        assert_eq!(progress.len(), 2);
        let json = serde_json::to_value(&progress).unwrap();
        assert_eq!(json[1]["status"], "in_progress");
    }

    #[test]
    fn action_records_agree_with_the_view_they_are_asked_of() {
        let mut s = Summary::new("t");
        s.published = Some(Date::constant(2025, 12, 1).into());
        s.actions.push(
            Action::new("a1", "A")
                .status(Status::InProgress)
                .due("2025-09".parse().unwrap())
                .progress(ProgressEntry::new(Date::constant(2025, 3, 1)).percent(50.0))
                .sub_action(
                    Action::new("a1.1", "B")
                        .progress(
                            ProgressEntry::new(Date::constant(2025, 2, 1))
                                .status(Status::InProgress)
                                .percent(60.0),
                        )
                        .progress(
                            ProgressEntry::new(Date::constant(2025, 10, 1))
                                .status(Status::Blocked)
                                .percent(55.0),
                        ),
                ),
        );
        for view in [s.current(), s.as_of(Date::constant(2025, 4, 1))] {
            let Records::Actions(rows) = view.records(RecordKind::Actions) else {
                panic!("wrong kind")
            };
            for (row, state) in rows.iter().zip(view.action_states()) {
                assert_eq!(row.id, state.id.as_str());
                assert_eq!(row.status.as_deref(), state.status.map(|s| s.as_str()));
                assert_eq!(row.percent, state.percent);
                assert_eq!(row.overdue, state.overdue);
                assert_eq!(row.open_barriers, state.open_barriers.len());
            }
            let top: Vec<_> = rows.iter().filter(|r| r.depth == 0).collect();
            let counts = view.status_counts();
            let blocked = top
                .iter()
                .filter(|r| r.status.as_deref() == Some("blocked"))
                .count();
            assert_eq!(blocked, counts.blocked);
            // The declared values do not depend on the date.
            assert_eq!(
                (rows[0].declared_status.as_deref(), rows[0].declared_percent),
                (Some("in_progress"), Some(50.0))
            );
            assert_eq!(
                (rows[1].declared_status.as_deref(), rows[1].declared_percent),
                (Some("blocked"), Some(55.0))
            );
        }
        let Records::Actions(now) = s.records(RecordKind::Actions) else {
            panic!("wrong kind")
        };
        assert_eq!(
            (now[0].status.as_deref(), now[0].percent),
            (Some("blocked"), Some(55.0))
        );
        assert!(now[0].overdue);
        assert_eq!(
            (now[1].updates, now[1].last_update.as_deref()),
            (2, Some("2025-10-01"))
        );
        let april = s.as_of(Date::constant(2025, 4, 1));
        let Records::Actions(then) = april.records(RecordKind::Actions) else {
            panic!("wrong kind")
        };
        assert_eq!(
            (then[0].status.as_deref(), then[0].percent),
            (Some("in_progress"), Some(60.0))
        );
        assert!(!then[0].overdue);
        assert_eq!(
            (then[1].updates, then[1].last_update.as_deref()),
            (1, Some("2025-02-01"))
        );
        assert_eq!(april.records(RecordKind::Progress).len(), 2);
        assert_eq!(s.records(RecordKind::Progress).len(), 3);
    }

    #[test]
    fn unknown_kind_is_an_argument_error() {
        let e = "people".parse::<RecordKind>().unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::InvalidArgument);
    }
}
