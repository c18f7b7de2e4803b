//! The tracking figures a render shows, taken from the analysis of the summary as of a date
//! ([`AsOf`](crate::AsOf)): action states, "raised by N of M groups", the "you said, we
//! did" pairs, coverage and status counts. Nothing is computed here beyond choosing words.

use std::collections::HashMap;

use crate::action::Status;
use crate::event::GroupKind;
use crate::suggestion::SuggestionKind;
use crate::tracking::{ActionState, AsOf};
use crate::{Date, Summary};

#[derive(Debug, Clone)]
pub(crate) struct Pair {
    pub suggestion: String,
    pub question: Option<String>,
    pub status_text: String,
    pub status_key: &'static str,
}

#[derive(Debug, Clone)]
pub(crate) struct Tracking {
    /// The reference date of the view, if any.
    pub date: Option<Date>,
    /// Progress after this date is not shown.
    pub cutoff: Option<Date>,
    states: Vec<ActionState>,
    index: HashMap<String, usize>,
    raised_by: HashMap<String, String>,
    pub pairs: Vec<Pair>,
    pub status_counts: Vec<(Status, usize)>,
    pub sub_actions: usize,
    pub suggestions_total: usize,
    pub suggestions_answered: usize,
    pub unanswered: Vec<String>,
    pub overdue: Vec<String>,
}

impl Tracking {
    pub fn state(&self, id: &str) -> Option<&ActionState> {
        self.index.get(id).map(|&i| &self.states[i])
    }

    pub fn status(&self, id: &str) -> Status {
        self.state(id).map_or(Status::NotStarted, |s| s.status)
    }

    pub fn raised_by(&self, id: &str) -> Option<&str> {
        self.raised_by.get(id).map(String::as_str)
    }

    /// Every action state in document order, parents first, with depth.
    pub fn states(&self) -> &[ActionState] {
        &self.states
    }
}

/// Words for the status of a "you said, we did" pair: the answering actions' status when
/// they agree, "N of M actions done" when they do not, else the response's stance.
fn pair_status(p: &crate::Pair) -> (String, &'static str) {
    if let Some(first) = p.answers.first() {
        let s = first.state.status;
        if p.answers.iter().all(|a| a.state.status == s) {
            return (s.label().to_owned(), s.as_str());
        }
        let done = p
            .answers
            .iter()
            .filter(|a| a.state.status == Status::Done)
            .count();
        return (
            format!("{done} of {} actions done", p.answers.len()),
            Status::InProgress.as_str(),
        );
    }
    match &p.response {
        Some(r) => (r.stance.label().to_owned(), r.stance.as_str()),
        None => ("No response yet".to_owned(), "none"),
    }
}

/// The figures for a render. `pairs`: the "you said, we did" pairs and "raised by" (the full
/// view and the table); `figures`: status counts, coverage and overdue (the tracker).
pub(crate) fn tracking(
    summary: &Summary,
    view: &AsOf<'_>,
    pairs_too: bool,
    figures: bool,
) -> Tracking {
    let states = view.action_states();
    let index = states
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let all_tables = summary
        .events
        .iter()
        .flat_map(|e| e.groups.iter())
        .all(|g| g.kind == GroupKind::Table);
    let noun = if all_tables { "tables" } else { "groups" };
    let mut raised_by = HashMap::new();
    let mut pairs = Vec::new();
    for p in if pairs_too { view.pairs() } else { Vec::new() } {
        if p.groups_raised > 0 {
            let text = if p.groups_total >= p.groups_raised {
                format!("raised by {} of {} {noun}", p.groups_raised, p.groups_total)
            } else {
                format!("raised by {} {noun}", p.groups_raised)
            };
            raised_by.insert(p.id.clone(), text);
        }
        // The table shows every top-level point, and a sub-point when it has an answer of its
        // own; details (an item in a list) only when something answers them.
        let own_answer = p.response.is_some() || !p.answers.is_empty();
        let shown = if p.kind == SuggestionKind::Detail {
            own_answer
        } else {
            p.depth == 0 || own_answer
        };
        if shown {
            let (status_text, status_key) = pair_status(&p);
            pairs.push(Pair {
                suggestion: p.id,
                question: p.question,
                status_text,
                status_key,
            });
        }
    }
    let (status_counts, sub_actions, total, answered, unanswered, overdue) = if figures {
        let counts = view.status_counts();
        let coverage = view.coverage();
        (
            counts
                .by_status
                .iter()
                .map(|c| (c.status, c.count))
                .collect(),
            counts.sub_actions,
            coverage.overall.total,
            coverage.overall.total - coverage.overall.neither,
            coverage.unanswered.into_iter().map(|u| u.id).collect(),
            view.overdue().into_iter().map(|s| s.id).collect(),
        )
    } else {
        (Vec::new(), 0, 0, 0, Vec::new(), Vec::new())
    };
    Tracking {
        date: view.date(),
        cutoff: view.cutoff(),
        index,
        raised_by,
        pairs,
        status_counts,
        sub_actions,
        suggestions_total: total,
        suggestions_answered: answered,
        unanswered,
        overdue,
        states,
    }
}
