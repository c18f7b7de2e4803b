//! "You said, we did" pairs: each suggestion and sub-point with its response, how many groups
//! raised it, and the actions that answer it with their state as of a date.
//!
//! ```
//! # use yousaid::{Summary, Suggestion, Action, Coverage, Response, Stance, Status};
//! let mut s = Summary::new("t");
//! s.suggestions.push(
//!     Suggestion::new("s1", "Open on Sundays")
//!         .response(Response::new(Stance::Accepted, "We will.")),
//! );
//! s.actions.push(Action::new("a1", "Sunday opening").responds_to("s1", Coverage::Full).status(Status::Done));
//! let pairs = s.current().pairs();
//! assert_eq!(pairs[0].answers[0].action, "a1");
//! assert_eq!(pairs[0].answers[0].state.status, Some(Status::Done));
//! assert_eq!(pairs[0].answered, Some(Coverage::Full));
//! ```
//!
//! # The rules
//!
//! **Raised by N of M groups.** [`Pair::groups_raised`] (N) is the number of distinct group IDs
//! the point lists in [`Suggestion::groups`](crate::Suggestion::groups); sub-points do not
//! inherit their parent's groups. [`Pair::groups_total`] (M) counts the groups that were asked:
//! every group of the engagements involved — the point's engagement (see
//! [`Pair::engagement`]), the engagements its question was asked at, and the engagements of the
//! groups that raised it. When none is involved, M is the number of groups across all
//! engagements.
//!
//! **The engagement and question of a point** are its own (its first engagement), else
//! inherited from the nearest parent point that has one. When a point has no engagement, it is
//! the only engagement of its question, else the only top-level engagement of the summary, else
//! none.
//!
//! **Answered** ([`Pair::answer`], [`Pair::answered`]): by [the one rule](crate::answered#the-rule)
//! every view uses — its own response or an action naming it, else an answer it inherits from
//! its parent point, its question, a theme or an engagement. `answered` is how fully: `full`
//! with a response or an action answering in full, `partial` when only actions answering in
//! part do; `None` when it is not answered.

use crate::id_map::{IdMap, IdSet};

use serde::Serialize;

use crate::action::Coverage;
use crate::answered::Answered;
use crate::figure::Count;
use crate::id::Id;
use crate::response::Response;
use crate::suggestion::{Suggestion, SuggestionKind};
use crate::summary::Summary;
use crate::tracking::{ActionState, AsOf};

/// One suggestion or sub-point, what was said back, and what is being done about it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Pair {
    /// The suggestion's ID.
    pub id: Id,
    /// What was said.
    pub text: String,
    /// What kind of point it is.
    pub kind: SuggestionKind,
    /// 0 for a top-level suggestion, 1 for its sub-points, and so on.
    pub depth: usize,
    /// The IDs from the top-level suggestion down to this one (inclusive).
    pub path: Vec<Id>,
    /// The ID of the point it is a sub-point of.
    pub parent: Option<Id>,
    /// The question it answers (ID), inherited from parent points.
    pub question: Option<Id>,
    /// The engagement it belongs to (ID): its first own one, else as inherited; see [the
    /// rules](crate::pairs#the-rules).
    pub engagement: Option<Id>,
    /// Its themes (IDs).
    pub themes: Vec<Id>,
    /// The groups that raised it (IDs).
    pub groups: Vec<Id>,
    /// N in "raised by N of M groups".
    pub groups_raised: usize,
    /// M in "raised by N of M groups".
    pub groups_total: usize,
    /// How many raised it, when stated but not itemised.
    pub mentions: Option<Count>,
    /// The body's answer.
    pub response: Option<Response>,
    /// How fully it is answered; see [the rules](crate::pairs#the-rules).
    pub answered: Option<Coverage>,
    /// Whether it is answered and where the answer comes from: itself, or what it belongs to.
    pub answer: Option<Answered>,
    /// The actions that answer this point itself, in document order.
    pub answers: Vec<PairAnswer>,
}

/// An action answering a suggestion, with the link's coverage and the action's state.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct PairAnswer {
    /// The action's ID.
    pub action: Id,
    /// Full or partial.
    pub coverage: Coverage,
    /// How the action answers it, when the link says.
    pub note: Option<String>,
    /// The action's state as of the view's date.
    pub state: ActionState,
}

/// A suggestion or sub-point flattened, with what it inherits.
pub(crate) struct Point<'a> {
    pub(crate) suggestion: &'a Suggestion,
    pub(crate) depth: usize,
    pub(crate) parent: Option<usize>,
    pub(crate) question: Option<&'a str>,
    pub(crate) event: Option<&'a str>,
    /// Whether an action answers it (any coverage).
    pub(crate) linked: bool,
    /// Whether it is answered, and how: [the one rule](crate::answered#the-rule).
    pub(crate) answer: Option<Answered>,
}

/// Every point in document order (parents first), with what it inherits and its answer.
pub(crate) fn points(summary: &Summary) -> Vec<Point<'_>> {
    let question_event: IdMap<&str, &str> = summary
        .questions
        .iter()
        .filter(|q| q.engagements.len() == 1)
        .map(|q| (q.id.as_str(), q.engagements[0].as_str()))
        .collect();
    let only_event = match summary.engagements.as_slice() {
        [e] => Some(e.id.as_str()),
        _ => None,
    };
    let mut linked: IdSet<&str> = IdSet::default();
    for (a, _) in summary.all_actions() {
        for ans in &a.responds_to {
            if let Some(id) = &ans.suggestion {
                linked.insert(id.as_str());
            }
        }
    }

    let mut out: Vec<Point<'_>> = Vec::new();
    let mut stack: Vec<(&Suggestion, Option<usize>, usize)> = summary
        .suggestions
        .iter()
        .rev()
        .map(|s| (s, None, 0))
        .collect();
    while let Some((s, parent, depth)) = stack.pop() {
        let inherited = parent.map(|p| (out[p].question, out[p].event));
        let question = s.question.as_deref().or(inherited.and_then(|(q, _)| q));
        let event = s
            .engagements
            .first()
            .map(Id::as_str)
            .or(inherited.and_then(|(_, e)| e))
            .or_else(|| question.and_then(|q| question_event.get(q).copied()))
            .or(only_event);
        let i = out.len();
        out.push(Point {
            suggestion: s,
            depth,
            parent,
            question,
            event,
            linked: linked.contains(s.id.as_str()),
            answer: None,
        });
        stack.extend(s.points.iter().rev().map(|c| (c, Some(i), depth + 1)));
    }
    let answers = crate::answered::answers(summary, &out);
    for (p, a) in out.iter_mut().zip(answers) {
        p.answer = a;
    }
    out
}

/// The groups asked: how many groups each event has, which event each group belongs to, and
/// which events each question was asked at.
struct GroupTotals<'a> {
    by_event: IdMap<&'a str, usize>,
    event_of_group: IdMap<&'a str, &'a str>,
    question_events: IdMap<&'a str, &'a [Id]>,
    all: usize,
}

impl<'a> GroupTotals<'a> {
    fn new(summary: &'a Summary) -> Self {
        GroupTotals {
            by_event: summary
                .all_engagements()
                .map(|(e, _)| (e.id.as_str(), e.groups.len()))
                .collect(),
            event_of_group: summary
                .all_engagements()
                .flat_map(|(e, _)| e.groups.iter().map(move |g| (g.id.as_str(), e.id.as_str())))
                .collect(),
            question_events: summary
                .questions
                .iter()
                .map(|q| (q.id.as_str(), q.engagements.as_slice()))
                .collect(),
            all: summary.all_engagements().map(|(e, _)| e.groups.len()).sum(),
        }
    }

    /// M in "raised by N of M groups"; see [the rules](crate::pairs#the-rules).
    fn total(&self, point: &Point<'a>) -> usize {
        let mut events: Vec<&str> = Vec::new();
        let mut add = |e: &'a str| {
            if !events.contains(&e) {
                events.push(e);
            }
        };
        if let Some(e) = point.event {
            add(e);
        }
        if let Some(q) = point.question.and_then(|q| self.question_events.get(q)) {
            q.iter().for_each(|e| add(e));
        }
        for g in &point.suggestion.groups {
            if let Some(e) = self.event_of_group.get(g.as_str()) {
                add(e);
            }
        }
        if events.is_empty() {
            return self.all;
        }
        events
            .iter()
            .map(|e| self.by_event.get(e).copied().unwrap_or(0))
            .sum()
    }
}

/// How many different IDs `ids` holds. A point is raised by a handful of groups, so short
/// lists are compared pairwise rather than hashed.
pub(crate) fn distinct(ids: &[Id]) -> usize {
    if ids.len() <= 16 {
        return (0..ids.len())
            .filter(|&i| !ids[..i].contains(&ids[i]))
            .count();
    }
    ids.iter().map(Id::as_str).collect::<IdSet<_>>().len()
}

impl AsOf<'_> {
    /// Every suggestion and sub-point in document order (parents before their sub-points),
    /// paired with its response and the actions that answer it. See
    /// [the rules](crate::pairs#the-rules).
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Engagement, Group, Action, Coverage};
    /// let mut s = Summary::new("t");
    /// s.engagements.push(Engagement::event("e1", "Roundtable")
    ///     .group(Group::new("t1", "Table 1")).group(Group::new("t2", "Table 2")));
    /// s.suggestions.push(Suggestion::new("s1", "Training").raised_by("t2")
    ///     .point(Suggestion::new("s1-1", "for A & E staff")));
    /// s.actions.push(Action::new("a1", "Train A & E staff").responds_to("s1-1", Coverage::Full));
    /// let pairs = s.current().pairs();
    /// assert_eq!((pairs[0].groups_raised, pairs[0].groups_total), (1, 2));
    /// // The answer is the sub-point's: the point above it is not answered by it.
    /// assert_eq!((pairs[0].answered, pairs[1].answered), (None, Some(Coverage::Full)));
    /// assert_eq!(pairs[1].path, ["s1", "s1-1"]);
    /// ```
    pub fn pairs(&self) -> Vec<Pair> {
        let summary = self.summary();
        let tracked = self.tracked();
        let points = points(summary);
        let groups = GroupTotals::new(summary);
        let mut answers: IdMap<&str, Vec<PairAnswer>> = IdMap::default();
        for (i, a) in tracked.actions.iter().enumerate() {
            for ans in &a.responds_to {
                let Some(id) = &ans.suggestion else { continue };
                answers.entry(id.as_str()).or_default().push(PairAnswer {
                    action: a.id.clone(),
                    coverage: ans.coverage,
                    note: ans.note.clone(),
                    state: tracked.states[i].clone(),
                });
            }
        }
        let mut out = Vec::with_capacity(points.len());
        for p in &points {
            let s = p.suggestion;
            let mut path = Vec::with_capacity(p.depth + 1);
            path.push(s.id.clone());
            let mut up = p.parent;
            while let Some(i) = up {
                path.push(points[i].suggestion.id.clone());
                up = points[i].parent;
            }
            path.reverse();
            out.push(Pair {
                id: s.id.clone(),
                text: s.text.clone(),
                kind: s.kind,
                depth: p.depth,
                path,
                parent: p.parent.map(|i| points[i].suggestion.id.clone()),
                question: p.question.map(Id::new),
                engagement: p.event.map(Id::new),
                themes: s.themes.clone(),
                groups: s.groups.clone(),
                groups_raised: distinct(&s.groups),
                groups_total: groups.total(p),
                mentions: s.mentions,
                response: s.response.as_deref().cloned(),
                answered: p.answer.as_ref().map(Answered::coverage),
                answer: p.answer.clone(),
                answers: if p.linked {
                    answers.remove(s.id.as_str()).unwrap_or_default()
                } else {
                    Vec::new()
                },
            });
        }
        out
    }
}

/// What a render shows of a pair, borrowed from the summary: the point, N and M of "raised by
/// N of M groups", and the indices (into the tracked states) of the actions that answer it.
pub(crate) struct PairFacts<'a, 'p> {
    pub(crate) point: &'p Point<'a>,
    pub(crate) groups_raised: usize,
    pub(crate) groups_total: usize,
    pub(crate) answers: Vec<usize>,
}

impl<'a> AsOf<'a> {
    /// The figures of [`AsOf::pairs`] without copying any text, calling `f` for each point in
    /// the same order with the same answers.
    pub(crate) fn pair_facts<'p>(
        &self,
        points: &'p [Point<'a>],
        mut f: impl FnMut(PairFacts<'a, 'p>),
    ) {
        let summary = self.summary();
        let tracked = self.tracked();
        let groups = GroupTotals::new(summary);
        let mut answers: IdMap<&str, Vec<usize>> = IdMap::default();
        for (i, a) in tracked.actions.iter().enumerate() {
            for id in a
                .responds_to
                .iter()
                .filter_map(|ans| ans.suggestion.as_ref())
            {
                answers.entry(id.as_str()).or_default().push(i);
            }
        }
        for p in points {
            let s = p.suggestion;
            let groups_raised = distinct(&s.groups);
            f(PairFacts {
                point: p,
                groups_raised,
                // Only shown next to N, so not worked out when no group is recorded.
                groups_total: if groups_raised > 0 {
                    groups.total(p)
                } else {
                    0
                },
                answers: if p.linked {
                    answers.remove(s.id.as_str()).unwrap_or_default()
                } else {
                    Vec::new()
                },
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_counts_each_id_once_in_short_and_long_lists() {
        let ids = |n: usize, m: usize| -> Vec<Id> {
            (0..n)
                .map(|i| Id::from(format!("g{}", i % m).as_str()))
                .collect()
        };
        assert_eq!(distinct(&[]), 0);
        assert_eq!(distinct(&ids(1, 1)), 1);
        assert_eq!(distinct(&ids(6, 4)), 4);
        assert_eq!(distinct(&ids(16, 16)), 16);
        assert_eq!(distinct(&ids(40, 7)), 7);
        assert_eq!(distinct(&ids(40, 40)), 40);
    }
    use crate::action::{Action, Status};
    use crate::engagement::{Engagement, Group};
    use crate::question::Question;
    use crate::response::Stance;

    fn summary() -> Summary {
        let mut s = Summary::new("t");
        s.engagements.push(
            Engagement::event("e1", "Roundtable")
                .group(Group::new("t1", "Table 1"))
                .group(Group::new("t2", "Table 2"))
                .group(Group::new("t3", "Table 3")),
        );
        s.engagements
            .push(Engagement::event("e2", "Online").group(Group::new("o1", "Forum")));
        s.questions
            .push(Question::new("q1", "What?").engagement("e1"));
        s.suggestions.push(
            Suggestion::new("s1", "Training")
                .question("q1")
                .raised_by("t1")
                .raised_by("t3")
                .raised_by("t1")
                .point(
                    Suggestion::new("s1-1", "for")
                        .point(Suggestion::new("s1-1-1", "A & E staff").raised_by("t2")),
                ),
        );
        s.suggestions.push(
            Suggestion::new("s2", "Parking")
                .engagement("e2")
                .response(Response::new(Stance::NotPlanned, "No").reason("No land")),
        );
        s.suggestions
            .push(Suggestion::new("s3", "Online").raised_by("o1"));
        s.suggestions.push(Suggestion::new("s4", "Unplaced"));
        s.suggestions.push(
            Suggestion::new("s5", "Both")
                .question("q1")
                .raised_by("t1")
                .raised_by("o1"),
        );
        s
    }

    #[test]
    fn groups_raised_and_total_follow_the_event() {
        let s = summary();
        let pairs = s.current().pairs();
        let by_id = |id: &str| pairs.iter().find(|p| p.id == id).unwrap();
        // s1: its question's only event, e1 with three tables; t1 listed twice counts once.
        assert_eq!(by_id("s1").engagement.as_deref(), Some("e1"));
        assert_eq!(
            (by_id("s1").groups_raised, by_id("s1").groups_total),
            (2, 3)
        );
        // Sub-points inherit question and event, not groups.
        let deep = by_id("s1-1-1");
        assert_eq!(
            (deep.question.as_deref(), deep.engagement.as_deref()),
            (Some("q1"), Some("e1"))
        );
        assert_eq!(
            (deep.groups_raised, deep.groups_total, deep.depth),
            (1, 3, 2)
        );
        assert_eq!(deep.path, ["s1", "s1-1", "s1-1-1"]);
        assert_eq!(deep.parent.as_deref(), Some("s1-1"));
        assert_eq!(by_id("s1-1").groups_raised, 0);
        assert_eq!(by_id("s2").groups_total, 1);
        // No event, but the group raising it belongs to one.
        assert_eq!(by_id("s3").engagement, None);
        assert_eq!(by_id("s3").groups_total, 1);
        // Nothing to go on: all groups of all events.
        assert_eq!(by_id("s4").groups_total, 4);
        // The question's event and the events of the groups raising it: 3 + 1.
        assert_eq!(
            (by_id("s5").groups_raised, by_id("s5").groups_total),
            (2, 4)
        );
    }

    #[test]
    fn the_only_event_of_the_summary_is_every_points_event() {
        let mut s = Summary::new("t");
        s.engagements
            .push(Engagement::event("e1", "Day").group(Group::new("t1", "T")));
        s.suggestions.push(Suggestion::new("s1", "x"));
        assert_eq!(s.current().pairs()[0].engagement.as_deref(), Some("e1"));
    }

    #[test]
    fn an_answer_on_a_sub_point_answers_it_and_its_own_sub_points_not_its_parent() {
        let mut s = summary();
        s.actions.push(
            Action::new("a1", "Train A & E")
                .responds_to("s1-1", Coverage::Full)
                .status(Status::InProgress),
        );
        let pairs = s.current().pairs();
        let by_id = |id: &str| pairs.iter().find(|p| p.id == id).unwrap();
        // The one rule: the answer belongs to the sub-point, not to the point above it.
        assert_eq!(by_id("s1").answered, None);
        assert!(by_id("s1").answers.is_empty());
        let s1_1 = by_id("s1-1");
        assert_eq!(s1_1.answered, Some(Coverage::Full));
        assert_eq!(s1_1.answers[0].action, "a1");
        assert_eq!(s1_1.answers[0].state.status, Some(Status::InProgress));
        // Its own sub-point is answered with it.
        let deep = by_id("s1-1-1");
        let answer = deep.answer.as_ref().unwrap();
        assert_eq!(
            (answer.through, answer.id.as_str()),
            (crate::AnsweredThrough::Parent, "s1-1")
        );
        assert!(deep.answers.is_empty());
        // A response answers in full; nothing answers s3.
        assert_eq!(by_id("s2").answered, Some(Coverage::Full));
        assert_eq!(by_id("s3").answered, None);
    }

    #[test]
    fn full_and_partial_links_and_their_order() {
        let mut s = summary();
        s.actions
            .push(Action::new("a1", "Part").responds_to("s2", Coverage::Partial));
        s.actions.push(
            Action::new("a2", "Whole")
                .sub_action(Action::new("a2.1", "Sub").responds_to("s2", Coverage::Full)),
        );
        let pairs = s.current().pairs();
        let s2 = pairs.iter().find(|p| p.id == "s2").unwrap();
        assert_eq!(s2.answered, Some(Coverage::Full));
        let ids: Vec<_> = s2.answers.iter().map(|a| a.action.as_str()).collect();
        assert_eq!(ids, ["a1", "a2.1"]);
        assert_eq!(s2.answers[0].coverage, Coverage::Partial);
        assert_eq!(
            s2.response.as_ref().unwrap().stance,
            Some(Stance::NotPlanned)
        );
    }

    #[test]
    fn pairs_serialise_to_plain_json() {
        let s = summary();
        let json = serde_json::to_value(&s.current().pairs()[0]).unwrap();
        assert_eq!(json["id"], "s1");
        assert_eq!(json["groups_raised"], 2);
        assert_eq!(json["kind"], "suggestion");
    }
}
