//! Actions ("we did" / "we will"): what is being done, by whom, why, when and how far it has got.
//!
//! An [`Action`] answers suggestions through typed links ([`Answer`] with [`Coverage`] full or
//! partial), serves plan outcomes, has an owner, dates, a [`Status`], a [`Priority`],
//! [`Barrier`]s, dependencies on other actions, [`Related`] work elsewhere, sub-actions and a
//! progress log of dated [`ProgressEntry`] updates.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;
use crate::date::{DateSchema, PartialDate};
use crate::id::Id;
use crate::link::Url;
use crate::progress::ProgressEntry;

/// Where an action stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started yet.
    NotStarted,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
    /// Cannot go on until something changes; say what in a barrier or the status reason.
    Blocked,
    /// Will not be done; a reason is required.
    Dropped,
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 5] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::Blocked,
        Status::Dropped,
    ];

    /// The stable machine name, as in JSON (`in_progress`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Blocked => "blocked",
            Status::Dropped => "dropped",
        }
    }

    /// Words for readers (`In progress`).
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::Done => "Done",
            Status::Blocked => "Blocked",
            Status::Dropped => "Dropped",
        }
    }

    /// True for `done` and `dropped`: nothing more will happen.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }
}

/// How urgent an action is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Do first.
    High,
    /// The usual.
    Medium,
    /// When there is room.
    Low,
}

impl Priority {
    /// The stable machine name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }
}

/// How much of a suggestion an action answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The action does what was suggested (the default).
    #[default]
    Full,
    /// The action does part of it.
    Partial,
}

fn is_full(c: &Coverage) -> bool {
    *c == Coverage::Full
}

/// A typed link from an action to a suggestion it answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The suggestion (or sub-point) answered, by ID.
    pub suggestion: Id,
    /// How much of it the action answers (default: full).
    #[serde(default, skip_serializing_if = "is_full")]
    pub coverage: Coverage,
    /// How the action answers it, when that needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Something in the way of an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Barrier {
    /// What stands in the way.
    pub text: String,
    /// When it was noted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::date::exact_opt")]
    #[schemars(with = "Option<DateSchema>")]
    pub since: Option<Date>,
    /// When it was overcome; an open barrier has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::date::exact_opt")]
    #[schemars(with = "Option<DateSchema>")]
    pub resolved: Option<Date>,
}

/// Related work elsewhere that an action joins up with or depends on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// What it is ("Home Office Modern Slavery Bill").
    pub title: String,
    /// Whose work it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Where to read about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// How it relates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whether this action cannot finish before that work does (default: false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub depends: bool,
}

/// An action: "we did" or "we will".
///
/// ```
/// # use yousaid::{Action, Coverage, Status};
/// let a = Action::new("a1", "Circulate the Home Office booklet on data sharing")
///     .owner("Police and Crime Commissioner")
///     .responds_to("s10", Coverage::Full)
///     .due("2014-06".parse().unwrap());
/// // Nothing says where it stands: no status is stated, and none is made up.
/// assert_eq!(a.declared_status(), None);
/// assert_eq!(a.status(Status::NotStarted).declared_status(), Some(Status::NotStarted));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// ID, unique among all actions and sub-actions of the summary.
    pub id: Id,
    /// What will be done, in the source's words.
    pub title: String,
    /// Further paragraphs: detail, or what else the action will serve.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub notes: Vec<String>,
    /// Who is accountable for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The suggestions it answers, each fully or partly.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub responds_to: Vec<Answer>,
    /// The plan outcomes it serves (IDs of [`Outcome`](crate::Outcome)s).
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub outcomes: Vec<Id>,
    /// When it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<PartialDate>,
    /// When it started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<PartialDate>,
    /// When it was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<PartialDate>,
    /// The status the document declares. The progress log, when it records a status, is the
    /// record over time; see [`Action::declared_status`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Why it is blocked or dropped: required for `dropped`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    /// How urgent it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Its share of its parent's progress (default: 1, equal shares).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::number::serialize_opt"
    )]
    pub weight: Option<f64>,
    /// What stands in the way.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub barriers: Vec<Barrier>,
    /// Actions (IDs) that must be done first.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub depends_on: Vec<Id>,
    /// Related work elsewhere.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub related: Vec<Related>,
    /// Sub-actions, nested to any depth.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub actions: Vec<Action>,
    /// Dated updates, oldest first.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub progress: Vec<ProgressEntry>,
}

impl Action {
    /// An action with an ID and a title.
    pub fn new(id: impl Into<Id>, title: impl Into<String>) -> Self {
        Action {
            id: id.into(),
            title: title.into(),
            notes: Vec::new(),
            owner: None,
            responds_to: Vec::new(),
            outcomes: Vec::new(),
            due: None,
            started: None,
            completed: None,
            status: None,
            status_reason: None,
            priority: None,
            weight: None,
            barriers: Vec::new(),
            depends_on: Vec::new(),
            related: Vec::new(),
            actions: Vec::new(),
            progress: Vec::new(),
        }
    }

    /// Sets the owner (default: none).
    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = Some(owner.into());
        self
    }

    /// Adds a paragraph of notes.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds a suggestion this action answers (default: none).
    pub fn responds_to(mut self, suggestion_id: impl Into<Id>, coverage: Coverage) -> Self {
        self.responds_to.push(Answer {
            suggestion: suggestion_id.into(),
            coverage,
            note: None,
        });
        self
    }

    /// Adds a plan outcome this action serves (default: none).
    pub fn outcome(mut self, outcome_id: impl Into<Id>) -> Self {
        self.outcomes.push(outcome_id.into());
        self
    }

    /// Sets the due date (default: none).
    pub fn due(mut self, due: PartialDate) -> Self {
        self.due = Some(due);
        self
    }

    /// Sets the declared status (default: none: no status stated, which is not the same as
    /// not started).
    pub fn status(mut self, status: Status) -> Self {
        self.status = Some(status);
        self
    }

    /// Sets the priority (default: none).
    pub fn priority(mut self, priority: Priority) -> Self {
        self.priority = Some(priority);
        self
    }

    /// Adds an action (ID) that must be done first.
    pub fn depends_on(mut self, action_id: impl Into<Id>) -> Self {
        self.depends_on.push(action_id.into());
        self
    }

    /// Adds an open barrier.
    pub fn barrier(mut self, text: impl Into<String>) -> Self {
        self.barriers.push(Barrier {
            text: text.into(),
            since: None,
            resolved: None,
        });
        self
    }

    /// Adds a sub-action.
    pub fn sub_action(mut self, action: Action) -> Self {
        self.actions.push(action);
        self
    }

    /// Adds a progress entry.
    pub fn progress(mut self, entry: ProgressEntry) -> Self {
        self.progress.push(entry);
        self
    }

    /// The status as the document states it now: the last status recorded in the progress
    /// log, else the declared [`Action::status`], else `None`: no status stated, which is its
    /// own state and not "not started". Sub-actions are not rolled up here; the analysis
    /// functions do that.
    ///
    /// ```
    /// # use yousaid::{Action, Date, ProgressEntry, Status};
    /// assert_eq!(Action::new("a1", "A").declared_status(), None);
    /// let a = Action::new("a1", "A")
    ///     .status(Status::NotStarted)
    ///     .progress(ProgressEntry::new(Date::constant(2025, 1, 1)).status(Status::Done));
    /// assert_eq!(a.declared_status(), Some(Status::Done));
    /// ```
    pub fn declared_status(&self) -> Option<Status> {
        self.progress
            .iter()
            .rev()
            .find_map(|e| e.status)
            .or(self.status)
    }

    /// Visits this action and every sub-action, depth first, parents before children.
    ///
    /// ```
    /// # use yousaid::Action;
    /// let a = Action::new("a", "A").sub_action(Action::new("b", "B"));
    /// let mut ids = Vec::new();
    /// a.walk(&mut |x, depth| ids.push((x.id.clone(), depth)));
    /// assert_eq!(ids, [("a".into(), 0), ("b".into(), 1)]);
    /// ```
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Action, usize)) {
        let mut stack = vec![(self, 0usize)];
        while let Some((a, depth)) = stack.pop() {
            visit(a, depth);
            stack.extend(a.actions.iter().rev().map(|c| (c, depth + 1)));
        }
    }
}
