//! The plan view: for each outcome of the plan the summary serves, the actions serving it and
//! their state as of a date.
//!
//! An action (or sub-action) serves the outcomes it lists in
//! [`Action::outcomes`](crate::Action::outcomes); sub-actions do not inherit their parent's
//! outcomes. Outcomes come in the plan's order, actions in document order.

use crate::id_map::IdMap;

use serde::Serialize;

use crate::action::Status;
use crate::id::Id;
use crate::tracking::{ActionState, AsOf};

/// One plan outcome and the actions serving it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct OutcomeView {
    /// The outcome's ID.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// What it means.
    pub description: Option<String>,
    /// The actions and sub-actions serving it, in document order.
    pub actions: Vec<ActionState>,
    /// How many of those are done.
    pub done: usize,
    /// How many of those state no status (not counted as anything else).
    pub unstated: usize,
}

impl AsOf<'_> {
    /// For each outcome of the summary's plan, the actions serving it and their state. Empty
    /// when the summary has no plan.
    ///
    /// ```
    /// # use yousaid::{Summary, Plan, Outcome, Action, Status};
    /// let mut s = Summary::new("t");
    /// s.plan = Some(Plan { title: "Library strategy".into(), url: None, outcomes: vec![
    ///     Outcome { id: "o1".into(), title: "A library for everyone".into(), description: None },
    /// ]});
    /// s.actions.push(Action::new("a1", "Open on Sundays").outcome("o1").status(Status::Done));
    /// let view = s.current().plan_view();
    /// assert_eq!(view[0].actions[0].id, "a1");
    /// assert_eq!((view[0].done, view[0].unstated), (1, 0));
    /// ```
    pub fn plan_view(&self) -> Vec<OutcomeView> {
        let Some(plan) = &self.summary().plan else {
            return Vec::new();
        };
        let tracked = self.tracked();
        let mut serving: IdMap<&str, Vec<usize>> = IdMap::default();
        for (i, a) in tracked.actions.iter().enumerate() {
            for o in &a.outcomes {
                let list = serving.entry(o.as_str()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        plan.outcomes
            .iter()
            .map(|o| {
                let actions: Vec<ActionState> = serving
                    .get(o.id.as_str())
                    .map(|list| list.iter().map(|&i| tracked.states[i].clone()).collect())
                    .unwrap_or_default();
                OutcomeView {
                    id: o.id.clone(),
                    title: o.title.clone(),
                    description: o.description.clone(),
                    done: actions
                        .iter()
                        .filter(|a| a.status == Some(Status::Done))
                        .count(),
                    unstated: actions.iter().filter(|a| a.status.is_none()).count(),
                    actions,
                }
            })
            .collect()
    }
}
