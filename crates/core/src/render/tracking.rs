//! The tracking figures a render shows: each action's state as of a date, "raised by N of M
//! groups", the "you said, we did" pairs, coverage and status counts.

use std::collections::HashMap;

use crate::action::Status;
use crate::suggestion::SuggestionKind;
use crate::{Date, Summary};

#[derive(Debug, Clone, Copy)]
pub(crate) struct State {
    pub status: Status,
    pub percent: Option<f64>,
    pub overdue: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Pair {
    pub suggestion: String,
    pub question: Option<String>,
    pub status_text: String,
    pub status_key: &'static str,
}

#[derive(Debug, Clone)]
pub(crate) struct Tracking {
    pub as_of: Date,
    states: HashMap<String, State>,
    raised_by: HashMap<String, String>,
    pub pairs: Vec<Pair>,
    pub status_counts: Vec<(Status, usize)>,
    pub suggestions_total: usize,
    pub suggestions_answered: usize,
    pub unanswered: Vec<String>,
    pub overdue: Vec<String>,
}

const NOT_STARTED: State = State {
    status: Status::NotStarted,
    percent: None,
    overdue: false,
};

impl Tracking {
    pub fn state(&self, id: &str) -> State {
        self.states.get(id).copied().unwrap_or(NOT_STARTED)
    }

    pub fn status(&self, id: &str) -> Status {
        self.state(id).status
    }

    pub fn raised_by(&self, id: &str) -> Option<&str> {
        self.raised_by.get(id).map(String::as_str)
    }
}

pub(crate) fn tracking(summary: &Summary, as_of: Date) -> Tracking {
    let mut states = HashMap::new();
    let mut counts: HashMap<Status, usize> = HashMap::new();
    let mut overdue = Vec::new();
    let mut answered: HashMap<&str, Vec<Status>> = HashMap::new();
    for (a, _) in summary.all_actions() {
        let logged = a.progress.iter().filter(|e| e.date <= as_of);
        let status = logged
            .clone()
            .filter_map(|e| e.status)
            .last()
            .or(if a.progress.iter().any(|e| e.status.is_some()) {
                None
            } else {
                a.status
            })
            .unwrap_or(Status::NotStarted);
        let percent = logged.filter_map(|e| e.percent).last();
        let late = !status.is_closed() && a.due.is_some_and(|d| d.last_day() < as_of);
        if late {
            overdue.push(a.id.clone());
        }
        *counts.entry(status).or_default() += 1;
        for r in &a.responds_to {
            answered.entry(r.suggestion.as_str()).or_default().push(status);
        }
        states.insert(
            a.id.clone(),
            State {
                status,
                percent,
                overdue: late,
            },
        );
    }
    let mut raised_by = HashMap::new();
    let mut pairs = Vec::new();
    let mut total = 0;
    let mut answered_n = 0;
    let mut unanswered = Vec::new();
    for top in &summary.suggestions {
        let question = top.question.clone();
        top.walk(&mut |s, depth| {
            if !s.groups.is_empty() {
                let event = s
                    .event
                    .as_deref()
                    .or(top.event.as_deref())
                    .and_then(|id| summary.events.iter().find(|e| e.id == id))
                    .or(if summary.events.len() == 1 {
                        summary.events.first()
                    } else {
                        None
                    });
                let text = match event {
                    Some(e) if !e.groups.is_empty() => format!(
                        "raised by {} of {} groups",
                        s.groups.len(),
                        e.groups.len()
                    ),
                    _ => format!("raised by {} groups", s.groups.len()),
                };
                raised_by.insert(s.id.clone(), text);
            }
            if s.kind == SuggestionKind::Detail {
                return;
            }
            let statuses = answered.get(s.id.as_str());
            let has_answer = s.response.is_some() || statuses.is_some();
            if depth > 0 && !has_answer {
                return;
            }
            total += 1;
            if has_answer {
                answered_n += 1;
            } else {
                unanswered.push(s.id.clone());
            }
            let (status_text, status_key) = match (statuses, &s.response) {
                (Some(st), _) => {
                    let first = st[0];
                    if st.iter().all(|x| *x == first) {
                        (first.label().to_owned(), first.as_str())
                    } else {
                        let done = st.iter().filter(|x| **x == Status::Done).count();
                        (
                            format!("{done} of {} actions done", st.len()),
                            Status::InProgress.as_str(),
                        )
                    }
                }
                (None, Some(r)) => (r.stance.label().to_owned(), r.stance.as_str()),
                (None, None) => ("No response yet".to_owned(), "none"),
            };
            pairs.push(Pair {
                suggestion: s.id.clone(),
                question: question.clone(),
                status_text,
                status_key,
            });
        });
    }
    Tracking {
        as_of,
        states,
        raised_by,
        pairs,
        status_counts: Status::ALL
            .iter()
            .map(|s| (*s, counts.get(s).copied().unwrap_or(0)))
            .collect(),
        suggestions_total: total,
        suggestions_answered: answered_n,
        unanswered,
        overdue,
    }
}
