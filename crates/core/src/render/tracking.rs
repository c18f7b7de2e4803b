//! The tracking figures a render shows, taken from the analysis of the summary as of a date
//! ([`AsOf`](crate::AsOf)): action states, "raised by N of M groups", the "you said, we
//! did" pairs, coverage and status counts. Nothing is computed here beyond choosing words.

use std::borrow::Cow;

use crate::action::Action;
use crate::action::Status;
use crate::answered::{Answered, AnsweredThrough};
use crate::coverage::counted;
use crate::engagement::EngagementKind;
use crate::engagement::GroupKind;
use crate::pairs::points;
use crate::response::Response;
use crate::suggestion::{Suggestion, SuggestionKind};
use crate::tracking::{ActionState, AsOf, Tracked};
use crate::{Date, Summary};

use super::labels::Labels;

pub(crate) struct Pair<'a> {
    pub suggestion: &'a Suggestion,
    pub question: Option<&'a str>,
    pub status_text: Cow<'static, str>,
    pub status_key: &'static str,
    /// The label key of the words for an answer the point inherits (from its parent point,
    /// question, theme or engagement) when it has none of its own.
    pub answered_with: Option<&'static str>,
}

/// The label key of the words for an answer a point inherits: where the answer is, in the
/// reader's terms.
fn answered_with(summary: &Summary, answer: &Answered) -> Option<&'static str> {
    Some(match answer.through {
        AnsweredThrough::Itself => return None,
        AnsweredThrough::Parent => "answered_with_parent",
        AnsweredThrough::Question => "answered_with_question",
        AnsweredThrough::Theme => "answered_with_theme",
        AnsweredThrough::Engagement => {
            match summary.engagement(answer.id.as_str()).map(|e| e.kind) {
                Some(EngagementKind::Consultation) => "answered_with_consultation",
                Some(EngagementKind::Event) => "answered_with_event",
                Some(EngagementKind::Series) => "answered_with_series",
                Some(EngagementKind::Period) => "answered_with_period",
                _ => "answered_as_a_whole",
            }
        }
    })
}

/// An answer a point inherits from its question, a theme or an engagement, when it has none of
/// its own.
pub(crate) struct Inherited {
    /// Where the answer is.
    pub through: AnsweredThrough,
    /// The ID of the question, theme or engagement answered.
    pub id: crate::Id,
    /// The label key of the words saying so.
    pub key: &'static str,
}

pub(crate) struct Tracking<'a> {
    /// The reference date of the view, if any.
    pub date: Option<Date>,
    /// Progress after this date is not shown.
    pub cutoff: Option<Date>,
    tracked: Tracked<'a>,
    /// For each suggestion and sub-point in document order (parents first), how many groups raised it and how many were asked (the full
    /// view's "raised by N of M groups"); none when no group is recorded.
    raised_by: Vec<Option<(usize, usize)>>,
    /// For each suggestion and sub-point in document order (parents first), the answer it
    /// inherits when it has none of its own, and the words for it (filled with `raised_by`).
    inherited: Vec<Option<Inherited>>,
    /// "tables" when every group is a roundtable table, else "groups".
    group_noun: Cow<'static, str>,
    labels: Labels,
    pub pairs: Vec<Pair<'a>>,
    /// Top-level actions per status (`None`: no status stated), in display order.
    pub status_counts: Vec<(Option<Status>, usize)>,
    pub sub_actions: usize,
    pub suggestions_total: usize,
    pub suggestions_answered: usize,
    pub unanswered: Vec<&'a Suggestion>,
    pub overdue: Vec<&'a Action>,
}

impl<'a> Tracking<'a> {
    pub fn state(&self, id: &str) -> Option<&ActionState> {
        self.tracked.index.get(id).map(|&i| &self.tracked.states[i])
    }

    /// The status of an action as of the view; `None` when no status is stated.
    pub fn status(&self, id: &str) -> Option<Status> {
        self.state(id).and_then(|s| s.status)
    }

    /// The source's words for the status of an action as of the view, where they describe
    /// it ([`ActionState::status_label`]).
    pub fn status_label(&self, id: &str) -> Option<&'a str> {
        self.tracked
            .index
            .get(id)
            .and_then(|&i| self.tracked.words[i])
    }

    /// "raised by 4 of 6 tables" for the `n`th suggestion or sub-point in document order
    /// (parents first), when groups are recorded for it.
    pub fn raised_by(&self, n: usize) -> Option<String> {
        let (raised, total) = (*self.raised_by.get(n)?)?;
        let groups = ("groups", &*self.group_noun);
        let n = raised.to_string();
        Some(if total >= raised {
            let m = total.to_string();
            self.labels
                .fill("raised_by_of", &[("n", &n), ("m", &m), groups])
        } else {
            self.labels.fill("raised_by_n", &[("n", &n), groups])
        })
    }

    /// The answer the `n`th suggestion or sub-point in document order inherits, with its
    /// words ("Answered with the question as a whole"), when it has no answer of its own.
    pub fn inherited(&self, n: usize) -> Option<&Inherited> {
        self.inherited.get(n).and_then(Option::as_ref)
    }

    /// Every action state in document order, parents first, with depth.
    pub fn states(&self) -> &[ActionState] {
        &self.tracked.states
    }
}

/// Words for the status of a "you said, we did" pair: the answering actions' status when
/// they agree (in the source's words when they all give the same words for it), "N of M
/// actions done" when they do not, else the response's stance. When the answering actions
/// state no status and there is no stance to show, "No status stated".
fn pair_status(
    answers: &[usize],
    states: &[ActionState],
    response: Option<&Response>,
    labels: &Labels,
) -> (Cow<'static, str>, &'static str) {
    if let Some(&first) = answers.first() {
        let s = states[first].status;
        if answers.iter().all(|&a| states[a].status == s) {
            let words = states[first].status_label.as_deref().filter(|w| {
                answers
                    .iter()
                    .all(|&a| states[a].status_label.as_deref() == Some(*w))
            });
            let key = s.map_or(UNSTATED_KEY, Status::as_str);
            match (words, s) {
                (Some(w), _) => return (Cow::Owned(w.to_owned()), key),
                (None, Some(s)) => return (labels.status(s), key),
                (None, None) if response.is_none() => {
                    return (labels.text("status_unstated"), key);
                }
                (None, None) => {}
            }
        } else {
            let done = answers
                .iter()
                .filter(|&&a| states[a].status == Some(Status::Done))
                .count();
            return (
                Cow::Owned(labels.fill(
                    "n_of_m_actions_done",
                    &[("n", &done.to_string()), ("m", &answers.len().to_string())],
                )),
                Status::InProgress.as_str(),
            );
        }
    }
    match response {
        Some(r) => match r.stance {
            Some(stance) => (labels.stance(stance), stance.as_str()),
            // A response in words alone.
            None => (labels.text("responded"), "responded"),
        },
        None => (labels.text("no_response_yet"), "none"),
    }
}

/// The key of "no status stated" where a status column needs one (CSS classes, chart bars).
pub(crate) const UNSTATED_KEY: &str = "unstated";

/// The figures for a render. `pairs_too`: the "you said, we did" pairs (the full view and the
/// table); `raised_by_too`: "raised by N of M groups" (the points of the full view);
/// `figures`: status counts, coverage and overdue (the tracker).
pub(crate) fn tracking<'a>(
    summary: &'a Summary,
    view: AsOf<'a>,
    labels: &Labels,
    pairs_too: bool,
    raised_by_too: bool,
    figures: bool,
) -> Tracking<'a> {
    let tracked = view.tracked();
    let states = tracked.states.as_slice();
    let all_tables = summary
        .all_engagements()
        .flat_map(|(e, _)| e.groups.iter())
        .all(|g| g.kind == GroupKind::Table);
    let group_noun = labels.text(if all_tables {
        "groups_tables"
    } else {
        "groups_groups"
    });
    let mut raised_by = Vec::new();
    let mut inherited_by_point = Vec::new();
    let mut pairs = Vec::new();
    let points = if pairs_too || raised_by_too || figures {
        points(summary)
    } else {
        Vec::new()
    };
    if pairs_too || raised_by_too {
        view.pair_facts(&points, |f| {
            let s = f.point.suggestion;
            let own_answer = s.response.is_some() || !f.answers.is_empty();
            if raised_by_too {
                raised_by.push((f.groups_raised > 0).then_some((f.groups_raised, f.groups_total)));
                // Under its parent point in the full view, a point answered with it needs no
                // words of its own.
                inherited_by_point.push(if own_answer {
                    None
                } else {
                    f.point
                        .answer
                        .as_ref()
                        .filter(|a| a.through != AnsweredThrough::Parent)
                        .and_then(|a| {
                            Some(Inherited {
                                through: a.through,
                                id: a.id.clone(),
                                key: answered_with(summary, a)?,
                            })
                        })
                });
            }
            // The table shows every top-level point, and a sub-point when it has an answer of
            // its own; details (an item in a list) only when something answers them.
            let shown = if s.kind == SuggestionKind::Detail {
                own_answer
            } else {
                f.point.depth == 0 || own_answer
            };
            if pairs_too && shown {
                let inherited = if own_answer {
                    None
                } else {
                    f.point
                        .answer
                        .as_ref()
                        .and_then(|a| answered_with(summary, a))
                };
                let (status_text, status_key) = match inherited {
                    Some(key) => (labels.text(key), "answered"),
                    None => pair_status(&f.answers, states, s.response.as_deref(), labels),
                };
                pairs.push(Pair {
                    suggestion: s,
                    question: f.point.question,
                    status_text,
                    status_key,
                    answered_with: inherited,
                });
            }
        });
    }
    let (status_counts, sub_actions, total, answered, unanswered, overdue) = if figures {
        let counts = view.status_counts();
        // Coverage of the top-level points, as `AsOf::coverage` counts it overall.
        let mut total = 0;
        let mut unanswered = Vec::new();
        for p in points.iter().filter(|p| counted(p)) {
            total += 1;
            if p.answer.is_none() {
                unanswered.push(p.suggestion);
            }
        }
        (
            counts
                .by_status
                .iter()
                .map(|c| (c.status, c.count))
                .collect(),
            counts.sub_actions,
            total,
            total - unanswered.len(),
            unanswered,
            // The states are in the order of `tracked.actions`.
            states
                .iter()
                .zip(&tracked.actions)
                .filter(|(s, _)| s.overdue)
                .map(|(_, a)| *a)
                .collect(),
        )
    } else {
        (Vec::new(), 0, 0, 0, Vec::new(), Vec::new())
    };
    Tracking {
        date: view.date(),
        cutoff: view.cutoff(),
        raised_by,
        inherited: inherited_by_point,
        group_noun,
        labels: labels.clone(),
        pairs,
        status_counts,
        sub_actions,
        suggestions_total: total,
        suggestions_answered: answered,
        unanswered,
        overdue,
        tracked: view.into_tracked(),
    }
}
