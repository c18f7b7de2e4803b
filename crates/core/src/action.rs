//! Actions ("we did" / "we will"): what is being done, by whom, why, when and how far it has got.
//!
//! An [`Action`] answers suggestions through typed links ([`Answer`] with [`Coverage`] full or
//! partial), serves plan outcomes, has an owner, dates, a [`Status`], a [`Priority`],
//! [`Barrier`]s, dependencies on other actions, [`Related`] work elsewhere, sub-actions and a
//! progress log of dated [`ProgressEntry`] updates.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;
use crate::actor::Actor;
use crate::date::{DateSchema, PartialDate};
use crate::id::Id;
use crate::link::Url;
use crate::progress::ProgressEntry;

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
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

crate::names::names! {
    serde Status, "status" {
        NotStarted => "not_started",
        InProgress => "in_progress",
        Done => "done",
        Blocked => "blocked",
        Dropped => "dropped",
    }
}

impl Status {
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

    /// Words for readers for a status that may not be stated: its [`label`](Self::label),
    /// else `No status stated` (which is not `Not started`).
    ///
    /// ```
    /// # use yousaid::Status;
    /// assert_eq!(Status::label_or_unstated(Some(Status::Done)), "Done");
    /// assert_eq!(Status::label_or_unstated(None), "No status stated");
    /// ```
    pub fn label_or_unstated(status: Option<Status>) -> &'static str {
        status.map_or("No status stated", Status::label)
    }

    /// True for `done` and `dropped`: nothing more will happen.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }
}

/// How urgent an action is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Do first.
    High,
    /// The usual.
    Medium,
    /// When there is room.
    Low,
}

crate::names::names! {
    serde Priority, "priority" {
        High => "high",
        Medium => "medium",
        Low => "low",
    }
}

/// How much of a suggestion an action answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// The action does what was suggested (the default).
    #[default]
    Full,
    /// The action does part of it.
    Partial,
}

crate::names::names! {
    serde Coverage, "coverage" {
        Full => "full",
        Partial => "partial",
    }
}

fn is_full(c: &Coverage) -> bool {
    *c == Coverage::Full
}

/// What an [`Answer`] answers: a point, a question, a theme or a whole engagement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerTarget<'a> {
    /// A suggestion or sub-point, by ID.
    Suggestion(&'a Id),
    /// A question, by ID.
    Question(&'a Id),
    /// A theme, by ID.
    Theme(&'a Id),
    /// An engagement, by ID.
    Engagement(&'a Id),
}

impl<'a> AnswerTarget<'a> {
    /// The ID of what is answered.
    pub fn id(self) -> &'a Id {
        match self {
            AnswerTarget::Suggestion(id)
            | AnswerTarget::Question(id)
            | AnswerTarget::Theme(id)
            | AnswerTarget::Engagement(id) => id,
        }
    }

    /// The field that names it, as in JSON (`suggestion`, `question`, `theme`, `engagement`).
    pub fn field(self) -> &'static str {
        match self {
            AnswerTarget::Suggestion(_) => "suggestion",
            AnswerTarget::Question(_) => "question",
            AnswerTarget::Theme(_) => "theme",
            AnswerTarget::Engagement(_) => "engagement",
        }
    }
}

/// A typed link from an action to what it answers: a suggestion, a question, a theme or an
/// engagement. Exactly one of the four is set.
///
/// ```
/// # use yousaid::{Answer, AnswerTarget, Coverage};
/// let a = Answer::to_question("q1").coverage(Coverage::Partial);
/// assert_eq!(a.target(), Some(AnswerTarget::Question(&"q1".into())));
/// assert_eq!(Answer::to_suggestion("s1").target().unwrap().id(), "s1");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The suggestion (or sub-point) answered, by ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Id>,
    /// The question answered as a whole, by ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Id>,
    /// The theme answered as a whole, by ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Id>,
    /// The engagement answered as a whole, by ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement: Option<Id>,
    /// How much of it the action answers (default: full).
    #[serde(default, skip_serializing_if = "is_full")]
    pub coverage: Coverage,
    /// How the action answers it, when that needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Answer {
    /// An answer to a suggestion or sub-point.
    pub fn to_suggestion(id: impl Into<Id>) -> Self {
        Answer {
            suggestion: Some(id.into()),
            ..Answer::default()
        }
    }

    /// An answer to a whole question.
    pub fn to_question(id: impl Into<Id>) -> Self {
        Answer {
            question: Some(id.into()),
            ..Answer::default()
        }
    }

    /// An answer to a whole theme.
    pub fn to_theme(id: impl Into<Id>) -> Self {
        Answer {
            theme: Some(id.into()),
            ..Answer::default()
        }
    }

    /// An answer to a whole engagement.
    pub fn to_engagement(id: impl Into<Id>) -> Self {
        Answer {
            engagement: Some(id.into()),
            ..Answer::default()
        }
    }

    /// Sets how much it answers (default: full).
    pub fn coverage(mut self, coverage: Coverage) -> Self {
        self.coverage = coverage;
        self
    }

    /// Sets the note (default: none).
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// What it answers, when exactly one target is set; `None` when none or several are
    /// (validation reports that).
    pub fn target(&self) -> Option<AnswerTarget<'_>> {
        let mut targets = self.targets();
        let first = targets.next();
        match targets.next() {
            None => first,
            Some(_) => None,
        }
    }

    /// Every target set, in the order suggestion, question, theme, engagement: one in a valid
    /// document.
    pub fn targets(&self) -> impl Iterator<Item = AnswerTarget<'_>> {
        [
            self.suggestion.as_ref().map(AnswerTarget::Suggestion),
            self.question.as_ref().map(AnswerTarget::Question),
            self.theme.as_ref().map(AnswerTarget::Theme),
            self.engagement.as_ref().map(AnswerTarget::Engagement),
        ]
        .into_iter()
        .flatten()
    }
}

/// A dated step of an action's timeline, as the source sets it out by year or month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    /// When ("2025", "2025-Q3").
    pub date: PartialDate,
    /// What happens then.
    pub text: String,
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
    /// The item number as printed ("42").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// An external reference ("R-07").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// A short label beside the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Who is accountable for it, each with a role where stated ("lead body", "named
    /// officer").
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub owners: Vec<Actor>,
    /// The engagements it belongs to (IDs): the unit or period an action is listed under.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub engagements: Vec<Id>,
    /// What it answers — suggestions, questions, themes or engagements — each fully or
    /// partly.
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
    /// The source's own words for the status ("Progress Made", "No Evidence Yet"), shown
    /// instead of the built-in label; `status` stays the mapped value used for counting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_label: Option<String>,
    /// Why it is blocked or dropped: required for `dropped`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    /// How urgent it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// When it counts as done (completion criteria), as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_when: Option<String>,
    /// A timeline by year or month, as the source sets it out.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub timeline: Vec<TimelineEntry>,
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
            number: None,
            reference: None,
            label: None,
            owners: Vec::new(),
            engagements: Vec::new(),
            responds_to: Vec::new(),
            outcomes: Vec::new(),
            due: None,
            started: None,
            completed: None,
            status: None,
            status_label: None,
            status_reason: None,
            done_when: None,
            timeline: Vec::new(),
            priority: None,
            weight: None,
            barriers: Vec::new(),
            depends_on: Vec::new(),
            related: Vec::new(),
            actions: Vec::new(),
            progress: Vec::new(),
        }
    }

    /// Adds an owner (default: none).
    pub fn owner(mut self, owner: impl Into<Actor>) -> Self {
        self.owners.push(owner.into());
        self
    }

    /// The owners for readers, each with its role in brackets, joined by `, `; `None` when
    /// there are none.
    ///
    /// ```
    /// # use yousaid::{Action, Actor};
    /// let a = Action::new("a1", "Do it").owner("Cabinet").owner(Actor::new("J Smith").role("named officer"));
    /// assert_eq!(a.owner_text().as_deref(), Some("Cabinet, J Smith (named officer)"));
    /// ```
    pub fn owner_text(&self) -> Option<String> {
        crate::actor::names(&self.owners)
    }

    /// Adds an engagement it belongs to (default: none).
    pub fn engagement(mut self, engagement_id: impl Into<Id>) -> Self {
        self.engagements.push(engagement_id.into());
        self
    }

    /// Adds a paragraph of notes.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds a suggestion this action answers (default: none).
    pub fn responds_to(mut self, suggestion_id: impl Into<Id>, coverage: Coverage) -> Self {
        self.responds_to
            .push(Answer::to_suggestion(suggestion_id).coverage(coverage));
        self
    }

    /// Adds an answer to anything: a question, a theme, an engagement (default: none).
    pub fn answers(mut self, answer: Answer) -> Self {
        self.responds_to.push(answer);
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
