//! Tracking: the state of every action as of a date, with sub-actions rolled up.
//!
//! [`Summary::as_of`] and [`Summary::current`] return an [`AsOf`] view. Every analysis —
//! [`ActionState`]s, [`Pair`](crate::Pair)s, [`CoverageReport`](crate::CoverageReport),
//! [`StatusCounts`], overdue actions, the [`OutcomeView`](crate::OutcomeView)s of the plan —
//! is asked of that view, so a page rendered "as of 1 March 2025" shows everything as it stood
//! that day.
//!
//! ```
//! # use yousaid::{Summary, Action, ProgressEntry, Status, Date};
//! let mut s = Summary::new("t");
//! s.actions.push(
//!     Action::new("a1", "Open on Sundays")
//!         .progress(ProgressEntry::new(Date::constant(2025, 1, 10)).status(Status::InProgress).percent(30.0))
//!         .progress(ProgressEntry::new(Date::constant(2025, 5, 4)).status(Status::Done)),
//! );
//! let march = s.as_of(Date::constant(2025, 3, 1));
//! let a1 = march.action_state("a1").unwrap();
//! assert_eq!(a1.status, Some(Status::InProgress));
//! assert_eq!(a1.percent, Some(30.0));
//! assert_eq!(s.current().action_state("a1").unwrap().status, Some(Status::Done));
//! ```
//!
//! # The rules
//!
//! **The log as of a date.** Only progress entries dated on or before the cut-off date count
//! ([`Summary::current`] has no cut-off: every entry counts). Entries are taken in date order;
//! entries on the same date are taken in document order, so the last one written wins.
//!
//! **An action's own status** is the status of the last counted entry that records one. Before
//! the first entry that records a status, an action whose log records statuses is
//! `not_started`: the log is the record over time. An action whose log records no status at
//! all has the status it declares ([`Action::status`](crate::Action::status)) at every date,
//! since nothing says when it changed. With no status declared or logged, the status is
//! `None`: **no status stated**, its own state, never read as `not_started`.
//!
//! **The source's words for a status.** [`ActionState::status_label`] carries the source's own
//! words ("Complete", "Progress Made") only where they describe the status shown. An action's
//! own words are those of the log entry its status comes from
//! ([`ProgressEntry::status_label`](crate::ProgressEntry::status_label)), else, when its status
//! is the one it declares, the declared words ([`Action::status_label`](crate::Action::status_label));
//! a status from the log that differs from the declared one (an earlier stage, as of a date)
//! has no declared words. A rolled-up status keeps the action's own words when it is the
//! action's own status, and has none when it differs. With no words, a page shows the
//! built-in label of the status.
//!
//! **An action's own percent** is the percent of the last counted entry that records one,
//! clamped to 0–100. A percent is a stated figure: no status stands in for one. A `done`
//! action has no percent unless one is recorded (the status says the rest), and a percent
//! recorded before the entry that marks it `done` described the unfinished work, so it no
//! longer counts; with `done` declared on the action and no status in its log, nothing dates
//! the end of the work and the last recorded percent stands. With no percent recorded, the
//! percent is `None`: unknown, never 0, never 100.
//!
//! **Roll-up.** An action with sub-actions takes its status and percent from them (computed
//! the same way, to any depth), and [`ActionState::rolled_up`] is true:
//! - `dropped` children are left out of everything below;
//! - the status is `dropped` if the action's own status is `dropped` (an explicit decision), or
//!   if every child is dropped;
//! - else `done` when every remaining child is `done`;
//! - else `blocked` when any remaining child is `blocked`, or the action's own status is;
//! - else `in_progress` when any remaining child is `in_progress` or `done`, the action's own
//!   status is `in_progress` or `done`, or the rolled-up percent is above 0;
//! - else `not_started` when the action's own status is `not_started` or every remaining child
//!   is `not_started`;
//! - else no status is stated (`None`): children with no status stated do not make a parent
//!   "not started".
//!
//! The percent is the weighted mean of the percents of the remaining children **that have
//! one** (recorded, or rolled up from their own sub-actions), each weighted by its
//! [`Action::weight`](crate::Action::weight) (default 1; a weight that is not a positive
//! number counts as 1). A child's status never stands in for a percent: a `done` child without
//! one is not counted as 100, nor a `not_started` one as 0; it is left out.
//! [`ActionState::percent_basis`] says how many of the remaining children the mean covers, so
//! a page can say "40% (1 of 2 sub-actions)". A parent none of whose children has a percent
//! has none either, nor has a `dropped` parent or one whose rolled-up status is not stated.
//!
//! **Overdue**: an action is overdue when the last day its due date can mean
//! ([`PartialDate::last_day`](crate::PartialDate::last_day): "by spring 2015" is met on
//! 31 May 2015) is before the reference date and its status is stated and neither `done` nor
//! `dropped` (with no status stated, nothing says the work is unfinished).
//! The reference date is the cut-off date for [`Summary::as_of`]; for [`Summary::current`] it
//! is [`Summary::published`] when set, else nothing is overdue.
//!
//! **Open barriers**: barriers noted on or before the cut-off (or with no date) and not
//! resolved by then. With no cut-off, a barrier is open until it has a `resolved` date.
//!
//! **Themes**: an action serves the themes of the suggestions it answers (each with the
//! themes of the points it sits under), the themes it answers directly, and its parent
//! action's themes: the parent's first, then in the order of its answers, each once. This is
//! what a page filters a tracker by "theme"; it does not depend on the date.
//!
//! **Blocked by**: the IDs in [`Action::depends_on`](crate::Action::depends_on) whose action is
//! not `done` as of the date. An ID that names no action is listed too: nothing shows it done.
//! This does not change the action's status; it says what it waits for.

use crate::id_map::IdMap;
use std::cell::OnceCell;

use serde::Serialize;

use crate::Date;
use crate::action::{Action, AnswerTarget, Status};
use crate::date::PartialDate;
use crate::id::Id;
use crate::progress::ProgressEntry;
use crate::suggestion::Suggestion;
use crate::summary::Summary;

/// A view of a summary as it stood on a date: ask it for action states, pairs, coverage,
/// status counts, overdue actions and the plan view.
///
/// Made by [`Summary::as_of`] or [`Summary::current`]. The action states are worked out once,
/// on first use, and shared by every question asked of the view.
#[derive(Debug, Clone)]
pub struct AsOf<'a> {
    summary: &'a Summary,
    cutoff: Option<Date>,
    reference: Option<Date>,
    tracked: OnceCell<Tracked<'a>>,
}

/// The state of one action (or sub-action) as of a date.
///
/// Plain data, owned: IDs rather than references, ready to serialise.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ActionState {
    /// The action's ID.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// The ID of the action it is a sub-action of.
    pub parent: Option<Id>,
    /// 0 for a top-level action, 1 for its sub-actions, and so on.
    pub depth: usize,
    /// Who is accountable for it.
    pub owner: Option<String>,
    /// When it is due.
    pub due: Option<PartialDate>,
    /// The effective status: from the log as of the date, rolled up from sub-actions where
    /// there are any. `None` when no status is stated (not the same as not started).
    pub status: Option<Status>,
    /// The source's own words for `status` ("Complete", "Progress Made"), when they describe
    /// it: the words of the log entry the status comes from, or the action's declared words
    /// when `status` is the status it declares. `None` when the status shown differs from the
    /// one the words were given for (an earlier status from the log as of a date, a rolled-up
    /// status): show the built-in label then. See [the rules](crate::tracking#the-rules).
    pub status_label: Option<String>,
    /// How far along, 0–100: recorded, or rolled up from the sub-actions that have one.
    /// `None` when none is stated: never 0 for want of a figure, never 100 for `done`.
    pub percent: Option<f64>,
    /// For a rolled-up percent, how many of the sub-actions it averages: `None` when the
    /// action has no sub-actions or no percent.
    pub percent_basis: Option<PercentBasis>,
    /// Whether status and percent were derived from sub-actions.
    pub rolled_up: bool,
    /// The last progress entry on or before the date.
    pub latest: Option<ProgressEntry>,
    /// Whether the due date has passed and the action's stated status is neither done nor
    /// dropped.
    pub overdue: bool,
    /// The texts of the barriers open on the date.
    pub open_barriers: Vec<String>,
    /// The IDs of the actions it depends on that are not done on the date.
    pub blocked_by: Vec<Id>,
    /// The themes it serves (IDs): its parent action's, then those of the suggestions it
    /// answers (with the themes of the points they sit under) and the themes it answers
    /// directly, each once. See [the rules](crate::tracking#the-rules).
    pub themes: Vec<Id>,
}

/// What a rolled-up percent stands on: of the sub-actions that count (those not dropped), how
/// many have a percent, the ones averaged. See [the rules](crate::tracking#the-rules).
///
/// ```
/// # use yousaid::{Summary, Action, ProgressEntry, Status, Date, PercentBasis};
/// let mut s = Summary::new("t");
/// s.actions.push(
///     Action::new("a1", "Repair both lifts")
///         .sub_action(Action::new("a1.1", "North lift").progress(
///             ProgressEntry::new(Date::constant(2025, 2, 1)).status(Status::InProgress).percent(40.0),
///         ))
///         .sub_action(Action::new("a1.2", "South lift").status(Status::Done)),
/// );
/// let a1 = s.current().action_state("a1").unwrap();
/// // The south lift is done but states no percent: it is left out, not counted as 100.
/// assert_eq!(a1.percent, Some(40.0));
/// assert_eq!(a1.percent_basis, Some(PercentBasis { stated: 1, of: 2 }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PercentBasis {
    /// How many of them have a percent (recorded, or rolled up from their own sub-actions).
    pub stated: usize,
    /// How many sub-actions count: those not dropped.
    pub of: usize,
}

/// How many top-level actions are in each status, and how many need attention.
///
/// Counts top-level actions only: sub-actions are rolled up into their parents, so counting
/// them too would count the same work twice. [`StatusCounts::sub_actions`] says how many were
/// rolled up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct StatusCounts {
    /// Top-level actions.
    pub total: usize,
    /// Of which not started.
    pub not_started: usize,
    /// Of which in progress.
    pub in_progress: usize,
    /// Of which done.
    pub done: usize,
    /// Of which blocked.
    pub blocked: usize,
    /// Of which dropped.
    pub dropped: usize,
    /// Of which no status is stated (neither declared, logged nor rolled up): counted apart,
    /// never as not started.
    pub unstated: usize,
    /// Top-level actions that are overdue.
    pub overdue: usize,
    /// Top-level actions with at least one open barrier.
    pub with_open_barriers: usize,
    /// Top-level actions waiting on a dependency that is not done.
    pub waiting_on_dependencies: usize,
    /// Sub-actions (at any depth) rolled up into the figures above.
    pub sub_actions: usize,
    /// The same status counts as a list in display order ([`Status::ALL`]), then the actions
    /// with no status stated (`status` none), for templates. The counts add up to `total`.
    pub by_status: Vec<StatusCount>,
}

/// One status and how many top-level actions are in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct StatusCount {
    /// The status; `None` for the actions with no status stated.
    pub status: Option<Status>,
    /// How many.
    pub count: usize,
}

impl StatusCounts {
    /// The count for one status.
    ///
    /// ```
    /// # use yousaid::{Summary, Action, Status};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").status(Status::Done));
    /// s.actions.push(Action::new("a2", "B"));
    /// let counts = s.current().status_counts();
    /// assert_eq!((counts.get(Some(Status::Done)), counts.get(Some(Status::NotStarted))), (1, 0));
    /// // `a2` states no status: it is counted apart, not as not started.
    /// assert_eq!((counts.get(None), counts.unstated), (1, 1));
    /// ```
    pub fn get(&self, status: Option<Status>) -> usize {
        match status {
            Some(Status::NotStarted) => self.not_started,
            Some(Status::InProgress) => self.in_progress,
            Some(Status::Done) => self.done,
            Some(Status::Blocked) => self.blocked,
            Some(Status::Dropped) => self.dropped,
            None => self.unstated,
        }
    }
}

/// Every action flattened in document order (parents before children), with its state.
#[derive(Debug, Clone)]
pub(crate) struct Tracked<'a> {
    pub(crate) actions: Vec<&'a Action>,
    pub(crate) states: Vec<ActionState>,
    /// Each state's `status_label`, borrowed from the summary.
    pub(crate) words: Vec<Option<&'a str>>,
    pub(crate) index: IdMap<&'a str, usize>,
}

impl Summary {
    /// View of the summary as it stood on `date`: progress entries after `date` are ignored,
    /// and overdue is judged against `date`. See [the rules](crate::tracking#the-rules).
    ///
    /// ```
    /// # use yousaid::{Summary, Action, ProgressEntry, Status, Date};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A")
    ///     .progress(ProgressEntry::new(Date::constant(2025, 2, 1)).status(Status::InProgress)));
    /// let view = s.as_of(Date::constant(2025, 1, 1));
    /// assert_eq!(view.action_state("a1").unwrap().status, Some(Status::NotStarted));
    /// ```
    pub fn as_of(&self, date: Date) -> AsOf<'_> {
        self.at(Some(date))
    }

    /// View with everything recorded (no cut-off). Overdue is judged against
    /// [`Summary::published`] when set, else nothing is overdue.
    ///
    /// ```
    /// # use yousaid::{Summary, Action, Date, Status};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").due("2025-03".parse().unwrap()).status(Status::InProgress));
    /// assert!(s.current().overdue().is_empty());
    /// s.published = Some(Date::constant(2025, 4, 1).into());
    /// assert_eq!(s.current().overdue()[0].id, "a1");
    /// ```
    pub fn current(&self) -> AsOf<'_> {
        self.at(None)
    }

    /// The view as of `date` when one is given ([`Summary::as_of`]), else with everything
    /// recorded ([`Summary::current`]): the one choice every front end makes from an optional
    /// date.
    ///
    /// ```
    /// # use yousaid::{Date, Summary};
    /// let summary = Summary::new("Library consultation");
    /// let on = Date::constant(2015, 1, 31);
    /// assert_eq!(summary.at(Some(on)).cutoff(), Some(on));
    /// assert_eq!(summary.at(None).cutoff(), None);
    /// ```
    pub fn at(&self, date: Option<Date>) -> AsOf<'_> {
        AsOf {
            summary: self,
            cutoff: date,
            // Without a date, overdue is judged against the publication date; one known only
            // to a month counts from its first day.
            reference: date.or_else(|| self.published.map(|p| p.first_day())),
            tracked: OnceCell::new(),
        }
    }
}

impl<'a> AsOf<'a> {
    /// The summary viewed.
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let s = Summary::new("t");
    /// assert_eq!(s.current().summary().title, "t");
    /// ```
    pub fn summary(&self) -> &'a Summary {
        self.summary
    }

    /// The reference date: the cut-off for [`Summary::as_of`], the publication date (if any)
    /// for [`Summary::current`].
    ///
    /// ```
    /// # use yousaid::{Summary, Date};
    /// let s = Summary::new("t");
    /// let d = Date::constant(2025, 1, 1);
    /// assert_eq!(s.as_of(d).date(), Some(d));
    /// assert_eq!(s.current().date(), None);
    /// ```
    pub fn date(&self) -> Option<Date> {
        self.reference
    }

    /// The cut-off date: progress after it is ignored. `None` for [`Summary::current`].
    ///
    /// ```
    /// # use yousaid::{Summary, Date};
    /// let mut s = Summary::new("t");
    /// s.published = Some(Date::constant(2025, 1, 1).into());
    /// assert_eq!(s.current().cutoff(), None);
    /// ```
    pub fn cutoff(&self) -> Option<Date> {
        self.cutoff
    }

    pub(crate) fn tracked(&self) -> &Tracked<'a> {
        self.tracked
            .get_or_init(|| track(self.summary, self.cutoff, self.reference))
    }

    /// The action states, worked out now if no question has been asked yet, taken out of the
    /// view.
    pub(crate) fn into_tracked(self) -> Tracked<'a> {
        let AsOf {
            summary,
            cutoff,
            reference,
            tracked,
        } = self;
        tracked
            .into_inner()
            .unwrap_or_else(|| track(summary, cutoff, reference))
    }

    /// The state of the action or sub-action with this ID, or `None` if there is none.
    ///
    /// ```
    /// # use yousaid::{Summary, Action, Status};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").status(Status::Blocked));
    /// assert_eq!(s.current().action_state("a1").unwrap().status, Some(Status::Blocked));
    /// assert!(s.current().action_state("nope").is_none());
    /// ```
    pub fn action_state(&self, id: &str) -> Option<ActionState> {
        let t = self.tracked();
        t.index.get(id).map(|&i| t.states[i].clone())
    }

    /// The state of every action and sub-action, in document order (parents before their
    /// sub-actions).
    ///
    /// ```
    /// # use yousaid::{Summary, Action};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").sub_action(Action::new("a1.1", "B")));
    /// let ids: Vec<_> = s.current().action_states().into_iter().map(|a| a.id).collect();
    /// assert_eq!(ids, ["a1", "a1.1"]);
    /// ```
    pub fn action_states(&self) -> Vec<ActionState> {
        self.tracked().states.clone()
    }

    /// How many top-level actions are in each status, overdue, held up by barriers or waiting
    /// on dependencies.
    ///
    /// ```
    /// # use yousaid::{Summary, Action, Status};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").status(Status::InProgress).barrier("No budget"));
    /// let c = s.current().status_counts();
    /// assert_eq!((c.total, c.in_progress, c.with_open_barriers), (1, 1, 1));
    /// ```
    pub fn status_counts(&self) -> StatusCounts {
        let t = self.tracked();
        let mut c = StatusCounts {
            total: 0,
            not_started: 0,
            in_progress: 0,
            done: 0,
            blocked: 0,
            dropped: 0,
            unstated: 0,
            overdue: 0,
            with_open_barriers: 0,
            waiting_on_dependencies: 0,
            sub_actions: 0,
            by_status: Vec::new(),
        };
        for st in &t.states {
            if st.depth > 0 {
                c.sub_actions += 1;
                continue;
            }
            c.total += 1;
            match st.status {
                Some(Status::NotStarted) => c.not_started += 1,
                Some(Status::InProgress) => c.in_progress += 1,
                Some(Status::Done) => c.done += 1,
                Some(Status::Blocked) => c.blocked += 1,
                Some(Status::Dropped) => c.dropped += 1,
                None => c.unstated += 1,
            }
            c.overdue += usize::from(st.overdue);
            c.with_open_barriers += usize::from(!st.open_barriers.is_empty());
            c.waiting_on_dependencies += usize::from(!st.blocked_by.is_empty());
        }
        c.by_status = Status::ALL
            .iter()
            .map(|&s| Some(s))
            .chain([None])
            .map(|status| StatusCount {
                status,
                count: c.get(status),
            })
            .collect();
        c
    }

    /// Every action and sub-action that is overdue, in document order.
    ///
    /// ```
    /// # use yousaid::{Summary, Action, Status, Date};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").due("2025-03".parse().unwrap()).status(Status::NotStarted));
    /// s.actions.push(Action::new("a2", "B").due("2025-03".parse().unwrap()).status(Status::Done));
    /// // No status stated: nothing says the work is unfinished, so it is not called overdue.
    /// s.actions.push(Action::new("a3", "C").due("2025-03".parse().unwrap()));
    /// let late = s.as_of(Date::constant(2025, 4, 1)).overdue();
    /// assert_eq!(late.len(), 1);
    /// assert_eq!(late[0].id, "a1");
    /// // 31 March is still within "March 2025".
    /// assert!(s.as_of(Date::constant(2025, 3, 31)).overdue().is_empty());
    /// ```
    pub fn overdue(&self) -> Vec<ActionState> {
        self.filter_states(|s| s.overdue)
    }

    /// Every action and sub-action with an open barrier, in document order.
    ///
    /// ```
    /// # use yousaid::{Summary, Action};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "A").barrier("Waiting for the lease"));
    /// assert_eq!(s.current().with_open_barriers()[0].open_barriers, ["Waiting for the lease"]);
    /// ```
    pub fn with_open_barriers(&self) -> Vec<ActionState> {
        self.filter_states(|s| !s.open_barriers.is_empty())
    }

    /// Every action and sub-action waiting on a dependency that is not done, in document order.
    ///
    /// ```
    /// # use yousaid::{Summary, Action};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "Hire staff"));
    /// s.actions.push(Action::new("a2", "Open on Sundays").depends_on("a1"));
    /// assert_eq!(s.current().waiting_on_dependencies()[0].blocked_by, ["a1"]);
    /// ```
    pub fn waiting_on_dependencies(&self) -> Vec<ActionState> {
        self.filter_states(|s| !s.blocked_by.is_empty())
    }

    fn filter_states(&self, keep: impl Fn(&ActionState) -> bool) -> Vec<ActionState> {
        self.tracked()
            .states
            .iter()
            .filter(|s| keep(s))
            .cloned()
            .collect()
    }
}

/// What an action's own log says as of the cut-off.
struct Own<'a> {
    status: Option<Status>,
    /// The source's words for `status`, where they describe it.
    words: Option<&'a str>,
    percent: Option<f64>,
    latest: Option<&'a ProgressEntry>,
}

/// Whether an entry counts as of the cut-off: an entry dated to a month or a quarter applies
/// from its first day.
fn counts(entry: &ProgressEntry, cutoff: Option<Date>) -> bool {
    cutoff.is_none_or(|d| entry.date.first_day() <= d)
}

/// Where an entry stands in the log's order: its date, then its place in the document.
type Place = (Date, usize);

/// The last counted entry for which `pick` gives a value: latest date, then last written.
fn last_by_date<'a, T>(
    log: &'a [ProgressEntry],
    cutoff: Option<Date>,
    pick: impl Fn(&'a ProgressEntry) -> Option<T>,
) -> Option<(Place, T)> {
    let mut best: Option<(Place, T)> = None;
    for (i, e) in log.iter().enumerate().filter(|(_, e)| counts(e, cutoff)) {
        if let Some(v) = pick(e)
            && best
                .as_ref()
                .is_none_or(|((d, _), _)| e.date.first_day() >= *d)
        {
            best = Some(((e.date.first_day(), i), v));
        }
    }
    best
}

fn own_state(action: &Action, cutoff: Option<Date>) -> Own<'_> {
    let log = &action.progress;
    let logged = last_by_date(log, cutoff, |e| e.status.map(|s| (s, e)));
    let status = match logged {
        Some((_, (s, _))) => Some(s),
        None if log.iter().any(|e| e.status.is_some()) => Some(Status::NotStarted),
        None => action.status,
    };
    // The entry's own words, else the declared words where the status is the declared one.
    let words = logged
        .and_then(|(_, (_, e))| e.status_label.as_deref())
        .or_else(|| {
            action
                .status_label
                .as_deref()
                .filter(|_| status == action.status)
        });
    let logged = logged.map(|(at, (s, _))| (at, s));
    let percent = last_by_date(log, cutoff, |e| e.percent.filter(|p| !p.is_nan()))
        .filter(|(at, _)| match logged {
            // A percent recorded before the entry that marks the work done described it
            // unfinished: it is out of date, and nothing replaces it.
            Some((done_at, Status::Done)) => *at >= done_at,
            _ => true,
        })
        .map(|(_, p)| p.clamp(0.0, 100.0));
    let latest = last_by_date(log, cutoff, Some).map(|(_, e)| e);
    Own {
        status,
        words,
        percent,
        latest,
    }
}

fn weight(action: &Action) -> f64 {
    action
        .weight
        .filter(|w| w.is_finite() && *w > 0.0)
        .unwrap_or(1.0)
}

/// A child's (status, percent, weight), as a roll-up takes it.
type Child = (Option<Status>, Option<f64>, f64);

/// A roll-up's result: the parent's status, percent and what the percent stands on.
type RolledUp = (Option<Status>, Option<f64>, Option<PercentBasis>);

/// Rolls up the children's (status, percent, weight) into the parent's status and percent.
fn roll_up(own: Option<Status>, children: &[Child]) -> RolledUp {
    let live: Vec<_> = children
        .iter()
        .filter(|(s, _, _)| *s != Some(Status::Dropped))
        .collect();
    if own == Some(Status::Dropped) || live.is_empty() {
        return (Some(Status::Dropped), None, None);
    }
    // Only stated percents count (recorded, or rolled up): a child's status never stands in
    // for one, so a child without a percent is left out, neither 100 for done nor 0.
    let known: Vec<(f64, f64)> = live
        .iter()
        .filter_map(|(_, p, w)| Some(((*p)?, *w)))
        .collect();
    let sums = |scale: f64| -> (f64, f64) {
        let total_weight: f64 = known.iter().map(|(_, w)| w / scale).sum();
        let weighted: f64 = known.iter().map(|(p, w)| p * (w / scale)).sum();
        (total_weight, weighted)
    };
    let (mut total_weight, mut weighted) = sums(1.0);
    if !(total_weight.is_finite() && weighted.is_finite()) {
        // Weights too large to add up (validation refuses them, `percent-range`): only their
        // proportions count, so scale them down by the largest.
        let largest = known.iter().map(|(_, w)| *w).fold(1.0, f64::max);
        (total_weight, weighted) = sums(largest);
    }
    let percent = (total_weight > 0.0 && weighted.is_finite())
        .then(|| (weighted / total_weight).clamp(0.0, 100.0));
    let is = |s: Status| move |c: &&Child| c.0 == Some(s);
    let status = if live.iter().all(is(Status::Done)) {
        Some(Status::Done)
    } else if own == Some(Status::Blocked) || live.iter().any(is(Status::Blocked)) {
        Some(Status::Blocked)
    } else if matches!(own, Some(Status::InProgress | Status::Done))
        || live.iter().any(is(Status::InProgress))
        || live.iter().any(is(Status::Done))
        || percent.is_some_and(|p| p > 0.0)
    {
        Some(Status::InProgress)
    } else if own == Some(Status::NotStarted) || live.iter().all(is(Status::NotStarted)) {
        Some(Status::NotStarted)
    } else {
        None
    };
    // Nothing is stated for the whole: no percent beside "no status stated" either.
    let percent = percent.filter(|_| status.is_some());
    let basis = percent.map(|_| PercentBasis {
        stated: known.len(),
        of: live.len(),
    });
    (status, percent, basis)
}

/// Every action flattened depth first (parents before children) with its parent, depth and
/// effective status and percent as of the cut-off: the roll-up without the rest of the state.
pub(crate) struct Rolled<'a> {
    pub(crate) actions: Vec<&'a Action>,
    pub(crate) parents: Vec<Option<usize>>,
    pub(crate) depths: Vec<usize>,
    pub(crate) status: Vec<Option<Status>>,
    /// The source's words for each status, where they describe it.
    pub(crate) words: Vec<Option<&'a str>>,
    pub(crate) percent: Vec<Option<f64>>,
    pub(crate) basis: Vec<Option<PercentBasis>>,
    latest: Vec<Option<&'a ProgressEntry>>,
}

pub(crate) fn roll(summary: &Summary, cutoff: Option<Date>) -> Rolled<'_> {
    // Flatten depth first, parents before children, remembering each one's parent.
    let mut actions: Vec<&Action> = Vec::new();
    let mut parents: Vec<Option<usize>> = Vec::new();
    let mut depths: Vec<usize> = Vec::new();
    let mut stack: Vec<(&Action, Option<usize>, usize)> =
        summary.actions.iter().rev().map(|a| (a, None, 0)).collect();
    while let Some((a, parent, depth)) = stack.pop() {
        let i = actions.len();
        actions.push(a);
        parents.push(parent);
        depths.push(depth);
        stack.extend(a.actions.iter().rev().map(|c| (c, Some(i), depth + 1)));
    }
    let owns: Vec<Own<'_>> = actions.iter().map(|a| own_state(a, cutoff)).collect();
    // Children come after their parent, so walking backwards settles every child first.
    let mut status: Vec<Option<Status>> = owns.iter().map(|o| o.status).collect();
    let mut percent: Vec<Option<f64>> = owns.iter().map(|o| o.percent).collect();
    let mut basis: Vec<Option<PercentBasis>> = vec![None; actions.len()];
    let mut children: Vec<Vec<Child>> = vec![Vec::new(); actions.len()];
    for i in (0..actions.len()).rev() {
        if !actions[i].actions.is_empty() {
            let mut kids = std::mem::take(&mut children[i]);
            // Pushed while walking backwards: restore document order for a stable sum.
            kids.reverse();
            (status[i], percent[i], basis[i]) = roll_up(owns[i].status, &kids);
        }
        if let Some(p) = parents[i] {
            children[p].push((status[i], percent[i], weight(actions[i])));
        }
    }
    // A rolled-up status keeps the action's own words only when it is the action's own status.
    let words = owns
        .iter()
        .zip(&status)
        .map(|(o, s)| o.words.filter(|_| o.status == *s))
        .collect();
    Rolled {
        words,
        latest: owns.into_iter().map(|o| o.latest).collect(),
        actions,
        parents,
        depths,
        status,
        percent,
        basis,
    }
}

fn track(summary: &Summary, cutoff: Option<Date>, reference: Option<Date>) -> Tracked<'_> {
    let Rolled {
        actions,
        parents,
        depths,
        status,
        words,
        percent,
        basis,
        latest,
    } = roll(summary, cutoff);
    let mut index: IdMap<&str, usize> =
        IdMap::with_capacity_and_hasher(actions.len(), Default::default());
    for (i, a) in actions.iter().enumerate() {
        index.entry(a.id.as_str()).or_insert(i);
    }

    let themes = action_themes(summary, &actions, &parents);
    let states = actions
        .iter()
        .zip(themes)
        .enumerate()
        .map(|(i, (a, themes))| {
            // Overdue says the work is not finished: only a stated status can say that.
            let overdue = status[i].is_some_and(|s| !s.is_closed())
                && matches!((a.due, reference), (Some(due), Some(r)) if due.last_day() < r);
            let open_barriers = a
                .barriers
                .iter()
                .filter(|b| match cutoff {
                    None => b.resolved.is_none(),
                    Some(d) => b.since.is_none_or(|s| s <= d) && b.resolved.is_none_or(|r| r > d),
                })
                .map(|b| b.text.clone())
                .collect();
            let blocked_by = a
                .depends_on
                .iter()
                .filter(|dep| {
                    index
                        .get(dep.as_str())
                        .is_none_or(|&j| status[j] != Some(Status::Done))
                })
                .cloned()
                .collect();
            ActionState {
                id: a.id.clone(),
                title: a.title.clone(),
                parent: parents[i].map(|p| actions[p].id.clone()),
                depth: depths[i],
                owner: a.owner_text(),
                due: a.due,
                status: status[i],
                status_label: words[i].map(str::to_owned),
                percent: percent[i],
                percent_basis: basis[i],
                rolled_up: !a.actions.is_empty(),
                latest: latest[i].cloned(),
                overdue,
                open_barriers,
                blocked_by,
                themes,
            }
        })
        .collect();
    Tracked {
        actions,
        states,
        words,
        index,
    }
}

/// The themes of every suggestion and sub-point that has any: the themes of the points it sits
/// under, then its own, each once.
fn point_themes(summary: &Summary) -> IdMap<&str, Vec<&Id>> {
    let mut found: IdMap<&str, Vec<&Id>> = IdMap::default();
    let mut stack: Vec<(&Suggestion, Vec<&Id>)> = summary
        .suggestions
        .iter()
        .rev()
        .map(|s| (s, Vec::new()))
        .collect();
    while let Some((s, mut themes)) = stack.pop() {
        for t in &s.themes {
            if !themes.contains(&t) {
                themes.push(t);
            }
        }
        stack.extend(s.points.iter().rev().map(|p| (p, themes.clone())));
        if !themes.is_empty() {
            found.entry(s.id.as_str()).or_insert(themes);
        }
    }
    found
}

/// The themes each action serves (see [the rules](crate::tracking#the-rules)), for the
/// actions flattened parents first.
fn action_themes(
    summary: &Summary,
    actions: &[&Action],
    parents: &[Option<usize>],
) -> Vec<Vec<Id>> {
    let points = point_themes(summary);
    let mut all: Vec<Vec<Id>> = Vec::with_capacity(actions.len());
    for (a, parent) in actions.iter().zip(parents) {
        let mut themes: Vec<Id> = parent.map(|p| all[p].clone()).unwrap_or_default();
        let mut add = |t: &Id| {
            if !themes.contains(t) {
                themes.push(t.clone());
            }
        };
        for target in a.responds_to.iter().flat_map(|r| r.targets()) {
            match target {
                AnswerTarget::Suggestion(id) => {
                    points
                        .get(id.as_str())
                        .into_iter()
                        .flatten()
                        .for_each(|t| add(t));
                }
                AnswerTarget::Theme(id) => add(id),
                AnswerTarget::Question(_) | AnswerTarget::Engagement(_) => {}
            }
        }
        all.push(themes);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Barrier;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    fn entry(date: Date) -> ProgressEntry {
        ProgressEntry::new(date)
    }

    fn one(action: Action) -> Summary {
        let mut s = Summary::new("t");
        s.actions.push(action);
        s
    }

    fn state(s: &Summary, id: &str, date: Option<Date>) -> ActionState {
        match date {
            Some(date) => s.as_of(date).action_state(id).unwrap(),
            None => s.current().action_state(id).unwrap(),
        }
    }

    fn worded(mut action: Action, words: &str) -> Action {
        action.status_label = Some(words.to_owned());
        action
    }

    #[test]
    fn the_declared_words_go_with_the_declared_status_only() {
        let s = one(worded(
            Action::new("a", "A")
                .status(Status::Done)
                .progress(entry(d(2025, 2, 1)).status(Status::InProgress))
                .progress(entry(d(2025, 6, 1)).status(Status::Done)),
            "Complete",
        ));
        // As of March the log says in progress: "Complete" does not describe that.
        let march = state(&s, "a", Some(d(2025, 3, 1)));
        assert_eq!(march.status, Some(Status::InProgress));
        assert_eq!(march.status_label, None);
        // Before the first entry, "not started" is not what the words were given for either.
        assert_eq!(state(&s, "a", Some(d(2025, 1, 1))).status_label, None);
        // Once the log reaches the declared status, the words describe it again.
        let now = state(&s, "a", None);
        assert_eq!(now.status, Some(Status::Done));
        assert_eq!(now.status_label.as_deref(), Some("Complete"));
        assert_eq!(
            state(&s, "a", Some(d(2025, 7, 1))).status_label.as_deref(),
            Some("Complete")
        );
    }

    #[test]
    fn without_logged_statuses_the_declared_words_hold_at_every_date() {
        let s = one(worded(
            Action::new("a", "A")
                .status(Status::InProgress)
                .progress(entry(d(2025, 2, 1)).note("Met.")),
            "Progress Made",
        ));
        for date in [None, Some(d(2024, 1, 1)), Some(d(2025, 3, 1))] {
            assert_eq!(
                state(&s, "a", date).status_label.as_deref(),
                Some("Progress Made")
            );
        }
        // Words with no status mapped ("Closed") are the source's words for "no status
        // stated": they are kept, and the status stays unstated.
        let s = one(worded(Action::new("a", "A"), "Closed"));
        let st = state(&s, "a", None);
        assert_eq!(
            (st.status, st.status_label.as_deref()),
            (None, Some("Closed"))
        );
    }

    #[test]
    fn a_log_entrys_own_words_go_with_the_status_it_records() {
        let s = one(worded(
            Action::new("a", "A")
                .status(Status::Done)
                .progress(
                    entry(d(2025, 2, 1))
                        .status(Status::InProgress)
                        .status_label("Progress Made"),
                )
                .progress(entry(d(2025, 6, 1)).status(Status::Done)),
            "Complete",
        ));
        let march = state(&s, "a", Some(d(2025, 3, 1)));
        assert_eq!(march.status_label.as_deref(), Some("Progress Made"));
        assert_eq!(
            state(&s, "a", None).status_label.as_deref(),
            Some("Complete")
        );
    }

    #[test]
    fn a_rolled_up_status_keeps_the_words_only_when_it_is_the_actions_own() {
        let parent = |child: Status| {
            one(worded(
                Action::new("a", "A")
                    .status(Status::Done)
                    .sub_action(Action::new("a.1", "B").status(child)),
                "Complete",
            ))
        };
        let s = parent(Status::InProgress);
        let st = state(&s, "a", None);
        assert_eq!(
            (st.status, st.status_label),
            (Some(Status::InProgress), None)
        );
        let s = parent(Status::Done);
        assert_eq!(
            state(&s, "a", None).status_label.as_deref(),
            Some("Complete")
        );
    }

    #[test]
    fn before_any_entry_the_action_is_not_started() {
        let s = one(Action::new("a", "A")
            .status(Status::Done)
            .progress(
                entry(d(2025, 2, 1))
                    .status(Status::InProgress)
                    .percent(20.0),
            )
            .progress(entry(d(2025, 6, 1)).status(Status::Done)));
        let st = state(&s, "a", Some(d(2025, 1, 1)));
        assert_eq!(st.status, Some(Status::NotStarted));
        assert_eq!(st.percent, None);
        assert_eq!(st.latest, None);
        let st = state(&s, "a", Some(d(2025, 2, 1)));
        assert_eq!(
            (st.status, st.percent),
            (Some(Status::InProgress), Some(20.0))
        );
        assert_eq!(st.latest.unwrap().date, d(2025, 2, 1).into());
        // Done, and no percent stated since: the 20% described the unfinished work, and
        // nothing says 100.
        let st = state(&s, "a", None);
        assert_eq!((st.status, st.percent), (Some(Status::Done), None));
    }

    #[test]
    fn a_done_action_has_a_percent_only_when_one_is_stated() {
        // Declared done, nothing logged: no percent.
        let s = one(Action::new("a", "A").status(Status::Done));
        assert_eq!(state(&s, "a", None).percent, None);
        // Stated with the entry that marks it done, or later: shown as stated.
        let s = one(Action::new("a", "A")
            .progress(
                entry(d(2025, 1, 1))
                    .status(Status::InProgress)
                    .percent(40.0),
            )
            .progress(entry(d(2025, 3, 1)).status(Status::Done).percent(95.0)));
        assert_eq!(state(&s, "a", None).percent, Some(95.0));
        let s = one(Action::new("a", "A")
            .progress(entry(d(2025, 3, 1)).status(Status::Done))
            .progress(entry(d(2025, 3, 1)).percent(100.0)));
        assert_eq!(state(&s, "a", None).percent, Some(100.0));
        // Declared done with a log of percents only: nothing dates the end of the work, the
        // last recorded percent stands.
        let s = one(Action::new("a", "A")
            .status(Status::Done)
            .progress(entry(d(2025, 1, 1)).percent(80.0)));
        assert_eq!(state(&s, "a", None).percent, Some(80.0));
    }

    #[test]
    fn without_logged_statuses_the_declared_status_holds_at_every_date() {
        let s = one(Action::new("a", "A")
            .status(Status::Blocked)
            .progress(entry(d(2025, 2, 1)).percent(10.0)));
        assert_eq!(
            state(&s, "a", Some(d(2000, 1, 1))).status,
            Some(Status::Blocked)
        );
        assert_eq!(state(&s, "a", None).status, Some(Status::Blocked));
    }

    #[test]
    fn no_status_stated_is_its_own_state_and_no_percent_is_unknown() {
        let s = one(Action::new("a", "A").progress(entry(d(2025, 2, 1)).note("met")));
        let st = state(&s, "a", None);
        assert_eq!((st.status, st.percent), (None, None));
        let c = s.current().status_counts();
        assert_eq!((c.total, c.unstated, c.not_started), (1, 1, 0));
        assert_eq!(c.by_status.last().unwrap().status, None);
        assert_eq!(c.by_status.iter().map(|x| x.count).sum::<usize>(), c.total);
    }

    #[test]
    fn unstated_children_roll_up_to_no_status_and_no_percent() {
        let s = one(Action::new("p", "P")
            .sub_action(Action::new("c1", "C1"))
            .sub_action(Action::new("c2", "C2")));
        let st = state(&s, "p", None);
        assert_eq!((st.status, st.percent, st.rolled_up), (None, None, true));
        // A parent whose sub-action has no percent does not get 0%.
        let s =
            one(Action::new("p", "P")
                .sub_action(Action::new("c1", "C1").status(Status::InProgress)));
        let st = state(&s, "p", None);
        assert_eq!((st.status, st.percent), (Some(Status::InProgress), None));
        // Known percents are averaged; the unknown one is left out.
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::InProgress, Some(40.0)))
            .sub_action(Action::new("c2", "C2")));
        let st = state(&s, "p", None);
        assert_eq!(
            (st.status, st.percent),
            (Some(Status::InProgress), Some(40.0))
        );
        // One child not started and one with no status: nothing says the whole is not started.
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::NotStarted, None))
            .sub_action(Action::new("c2", "C2")));
        assert_eq!(state(&s, "p", None).status, None);
        // The parent's own statement holds when its children say nothing.
        let s = one(Action::new("p", "P")
            .status(Status::NotStarted)
            .sub_action(Action::new("c1", "C1")));
        assert_eq!(state(&s, "p", None).status, Some(Status::NotStarted));
    }

    #[test]
    fn no_status_stated_is_never_overdue() {
        let mut s = one(Action::new("a", "A").due("2015-03-01".parse().unwrap()));
        s.published = Some(d(2016, 1, 1).into());
        assert!(!state(&s, "a", None).overdue);
    }

    #[test]
    fn entries_on_the_same_date_last_written_wins() {
        let s = one(Action::new("a", "A")
            .progress(
                entry(d(2025, 3, 1))
                    .status(Status::InProgress)
                    .percent(40.0),
            )
            .progress(
                entry(d(2025, 3, 1))
                    .status(Status::Blocked)
                    .percent(50.0)
                    .note("second"),
            ));
        let st = state(&s, "a", Some(d(2025, 3, 1)));
        assert_eq!((st.status, st.percent), (Some(Status::Blocked), Some(50.0)));
        assert_eq!(st.latest.unwrap().note.as_deref(), Some("second"));
    }

    #[test]
    fn entries_out_of_order_are_taken_by_date() {
        let s = one(Action::new("a", "A")
            .progress(entry(d(2025, 5, 1)).status(Status::Done))
            .progress(entry(d(2025, 1, 1)).status(Status::InProgress)));
        assert_eq!(state(&s, "a", None).status, Some(Status::Done));
        assert_eq!(
            state(&s, "a", Some(d(2025, 2, 1))).status,
            Some(Status::InProgress)
        );
    }

    #[test]
    fn percent_is_clamped_and_nan_ignored() {
        let s = one(Action::new("a", "A")
            .progress(entry(d(2025, 1, 1)).percent(150.0))
            .progress(entry(d(2025, 1, 2)).percent(f64::NAN)));
        assert_eq!(state(&s, "a", None).percent, Some(100.0));
    }

    fn leaf(id: &str, status: Status, percent: Option<f64>) -> Action {
        let mut e = entry(d(2025, 1, 1)).status(status);
        e.percent = percent;
        Action::new(id, id).progress(e)
    }

    fn basis(stated: usize, of: usize) -> Option<PercentBasis> {
        Some(PercentBasis { stated, of })
    }

    #[test]
    fn roll_up_is_the_weighted_mean_of_children() {
        let mut heavy = leaf("c2", Status::InProgress, Some(50.0));
        heavy.weight = Some(3.0);
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::NotStarted, Some(0.0)))
            .sub_action(heavy));
        let st = state(&s, "p", None);
        assert!(st.rolled_up);
        assert_eq!(st.status, Some(Status::InProgress));
        assert_eq!((st.percent, st.percent_basis), (Some(37.5), basis(2, 2)));
        // A leaf has no basis: its percent is its own.
        assert_eq!(state(&s, "c2", None).percent_basis, None);
    }

    #[test]
    fn a_status_never_stands_in_for_a_percent_in_a_roll_up() {
        // Done without a percent is not 100, not started without one is not 0: both are left
        // out, and with nothing else stated the parent has no percent.
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::Done, None))
            .sub_action(leaf("c2", Status::NotStarted, None)));
        let st = state(&s, "p", None);
        assert_eq!(
            (st.status, st.percent, st.percent_basis),
            (Some(Status::InProgress), None, None)
        );
        // Every child done, none stating a percent: done, with no percent.
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::Done, None))
            .sub_action(leaf("c2", Status::Done, None)));
        let st = state(&s, "p", None);
        assert_eq!((st.status, st.percent), (Some(Status::Done), None));
        // The mean covers the children that state one, and says how many they are.
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::Done, None))
            .sub_action(leaf("c2", Status::InProgress, Some(30.0)))
            .sub_action(leaf("c3", Status::NotStarted, None)));
        let st = state(&s, "p", None);
        assert_eq!((st.percent, st.percent_basis), (Some(30.0), basis(1, 3)));
    }

    #[test]
    fn a_dropped_child_is_left_out() {
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::Done, Some(100.0)))
            .sub_action(leaf("c2", Status::Dropped, Some(10.0))));
        let st = state(&s, "p", None);
        assert_eq!(
            (st.status, st.percent, st.percent_basis),
            (Some(Status::Done), Some(100.0), basis(1, 1))
        );
    }

    #[test]
    fn all_children_dropped_drops_the_parent() {
        let s = one(Action::new("p", "P").sub_action(leaf("c1", Status::Dropped, None)));
        let st = state(&s, "p", None);
        assert_eq!((st.status, st.percent), (Some(Status::Dropped), None));
    }

    #[test]
    fn a_blocked_child_blocks_the_parent() {
        let s = one(Action::new("p", "P")
            .sub_action(leaf("c1", Status::Done, Some(100.0)))
            .sub_action(leaf("c2", Status::Blocked, Some(20.0))));
        let st = state(&s, "p", None);
        assert_eq!((st.status, st.percent), (Some(Status::Blocked), Some(60.0)));
    }

    #[test]
    fn the_parents_own_dropped_or_blocked_status_counts() {
        let s =
            one(leaf("p", Status::Dropped, None).sub_action(leaf("c1", Status::InProgress, None)));
        assert_eq!(state(&s, "p", None).status, Some(Status::Dropped));
        let s =
            one(leaf("p", Status::Blocked, None).sub_action(leaf("c1", Status::InProgress, None)));
        assert_eq!(state(&s, "p", None).status, Some(Status::Blocked));
        // A parent's own `done` does not override children that are not done.
        let s = one(leaf("p", Status::Done, None).sub_action(leaf("c1", Status::NotStarted, None)));
        assert_eq!(state(&s, "p", None).status, Some(Status::InProgress));
    }

    #[test]
    fn roll_up_goes_three_deep() {
        let s = one(Action::new("a", "A")
            .sub_action(
                Action::new("b", "B")
                    .sub_action(
                        Action::new("c", "C")
                            .sub_action(leaf("d1", Status::Done, Some(100.0)))
                            .sub_action(leaf("d2", Status::InProgress, Some(50.0))),
                    )
                    .sub_action(leaf("c2", Status::NotStarted, Some(0.0))),
            )
            .sub_action(leaf("b2", Status::Done, Some(100.0))));
        let view = s.current();
        let c = view.action_state("c").unwrap();
        assert_eq!(
            (c.status, c.percent, c.depth),
            (Some(Status::InProgress), Some(75.0), 2)
        );
        let b = view.action_state("b").unwrap();
        assert_eq!(
            (b.status, b.percent),
            (Some(Status::InProgress), Some(37.5))
        );
        let a = view.action_state("a").unwrap();
        assert_eq!(
            (a.status, a.percent),
            (Some(Status::InProgress), Some(68.75))
        );
        assert_eq!(
            view.action_state("d2").unwrap().parent.as_deref(),
            Some("c")
        );
        let ids: Vec<_> = view.action_states().into_iter().map(|s| s.id).collect();
        assert_eq!(ids, ["a", "b", "c", "d1", "d2", "c2", "b2"]);
        let counts = view.status_counts();
        assert_eq!(
            (counts.total, counts.in_progress, counts.sub_actions),
            (1, 1, 6)
        );
    }

    #[test]
    fn roll_up_as_of_a_date_uses_each_childs_log_as_of_that_date() {
        let s = one(Action::new("p", "P")
            .sub_action(
                Action::new("c1", "C1")
                    .progress(entry(d(2025, 1, 1)).status(Status::InProgress))
                    .progress(entry(d(2025, 4, 1)).status(Status::Done)),
            )
            .sub_action(
                Action::new("c2", "C2").progress(entry(d(2025, 5, 1)).status(Status::Done)),
            ));
        // Statuses only: the roll-up has a status at every date and never a percent.
        let st = state(&s, "p", Some(d(2024, 12, 1)));
        assert_eq!((st.status, st.percent), (Some(Status::NotStarted), None));
        let st = state(&s, "p", Some(d(2025, 4, 15)));
        assert_eq!((st.status, st.percent), (Some(Status::InProgress), None));
        let st = state(&s, "p", Some(d(2025, 5, 1)));
        assert_eq!((st.status, st.percent), (Some(Status::Done), None));
    }

    #[test]
    fn overdue_uses_the_last_day_of_a_partial_due_date() {
        let s = one(Action::new("a", "A")
            .due("2015-spring".parse().unwrap())
            .status(Status::InProgress));
        assert!(!state(&s, "a", Some(d(2015, 5, 31))).overdue);
        assert!(state(&s, "a", Some(d(2015, 6, 1))).overdue);
        let s = one(Action::new("a", "A")
            .due("2015-spring".parse().unwrap())
            .status(Status::Dropped));
        assert!(!state(&s, "a", Some(d(2016, 1, 1))).overdue);
    }

    #[test]
    fn current_is_overdue_only_against_the_publication_date() {
        let mut s = one(Action::new("a", "A")
            .due("2015-03-01".parse().unwrap())
            .status(Status::NotStarted));
        assert!(!state(&s, "a", None).overdue);
        s.published = Some(d(2015, 3, 2).into());
        assert!(state(&s, "a", None).overdue);
        assert_eq!(s.current().status_counts().overdue, 1);
    }

    #[test]
    fn barriers_open_and_close_with_their_dates() {
        let mut a = Action::new("a", "A");
        a.barriers.push(Barrier {
            text: "lease".into(),
            since: Some(d(2025, 2, 1)),
            resolved: Some(d(2025, 4, 1)),
        });
        a.barriers.push(Barrier {
            text: "budget".into(),
            since: None,
            resolved: None,
        });
        let s = one(a);
        assert_eq!(
            state(&s, "a", Some(d(2025, 1, 1))).open_barriers,
            ["budget"]
        );
        assert_eq!(
            state(&s, "a", Some(d(2025, 3, 1))).open_barriers,
            ["lease", "budget"]
        );
        assert_eq!(
            state(&s, "a", Some(d(2025, 4, 1))).open_barriers,
            ["budget"]
        );
        assert_eq!(state(&s, "a", None).open_barriers, ["budget"]);
    }

    #[test]
    fn blocked_by_lists_dependencies_not_done_including_unknown_ids() {
        let mut s = Summary::new("t");
        s.actions.push(leaf("a1", Status::Done, None));
        s.actions.push(leaf("a2", Status::InProgress, None));
        s.actions.push(
            Action::new("a3", "A3")
                .depends_on("a1")
                .depends_on("a2")
                .depends_on("ghost"),
        );
        assert_eq!(state(&s, "a3", None).blocked_by, ["a2", "ghost"]);
        assert_eq!(
            state(&s, "a3", Some(d(2024, 1, 1))).blocked_by,
            ["a1", "a2", "ghost"]
        );
        assert_eq!(s.current().status_counts().waiting_on_dependencies, 1);
    }

    #[test]
    fn an_action_serves_the_themes_of_what_it_answers_and_of_its_parent() {
        use crate::Coverage;
        use crate::suggestion::Suggestion;
        let mut s = Summary::new("t");
        s.suggestions.push(
            Suggestion::new("s1", "Train staff")
                .theme("training")
                .point(Suggestion::new("s1.1", "Police").theme("policing")),
        );
        s.suggestions
            .push(Suggestion::new("s2", "Share data").theme("data"));
        s.suggestions.push(Suggestion::new("s3", "No theme"));
        let mut direct = Action::new("a2", "Review").responds_to("s3", Coverage::Full);
        direct
            .responds_to
            .push(crate::action::Answer::to_theme("data"));
        s.actions.push(
            Action::new("a1", "Training")
                .responds_to("s1.1", Coverage::Full)
                .responds_to("s2", Coverage::Partial)
                .sub_action(Action::new("a1.1", "Police course").responds_to("s1", Coverage::Full)),
        );
        s.actions.push(direct);
        s.actions.push(Action::new("a3", "Nothing"));
        let view = s.current();
        let themes = |id: &str| view.action_state(id).unwrap().themes;
        // The point's own theme after the one of the point it sits under.
        assert_eq!(themes("a1"), ["training", "policing", "data"]);
        // The parent's first, each once.
        assert_eq!(themes("a1.1"), ["training", "policing", "data"]);
        assert_eq!(themes("a2"), ["data"]);
        assert!(themes("a3").is_empty());
    }

    #[test]
    fn status_counts_add_up() {
        let mut s = Summary::new("t");
        for (i, st) in Status::ALL.iter().enumerate() {
            s.actions.push(leaf(&format!("a{i}"), *st, None));
        }
        let c = s.current().status_counts();
        assert_eq!(c.total, 5);
        assert!(
            c.by_status
                .iter()
                .all(|x| x.count == usize::from(x.status.is_some()))
        );
        assert_eq!(c.by_status.iter().map(|x| x.count).sum::<usize>(), c.total);
    }
}
