//! Coverage: how many suggestions have been answered, and which have not.
//!
//! ```
//! # use yousaid::{Summary, Suggestion, Action, Coverage, Response, Stance};
//! let mut s = Summary::new("t");
//! s.suggestions.push(Suggestion::new("s1", "Open on Sundays")
//!     .response(Response::new(Stance::Accepted, "We will.")));
//! s.suggestions.push(Suggestion::new("s2", "More parking"));
//! s.actions.push(Action::new("a1", "Sunday opening").responds_to("s1", Coverage::Full));
//! let c = s.current().coverage();
//! assert_eq!((c.overall.total, c.overall.both, c.overall.neither), (2, 1, 1));
//! assert_eq!(c.unanswered[0].id, "s2");
//! ```
//!
//! # The rules
//!
//! Coverage counts **top-level suggestions**; a sub-point counts towards its top-level
//! suggestion, never on its own, so the four figures of [`CoverageCounts`] (`both`,
//! `response_only`, `action_only`, `neither`) always add up to the number of top-level
//! suggestions.
//!
//! Whether a suggestion is answered, and by what, is [the one rule](crate::answered#the-rule)
//! every view uses: its own response or an action naming it, else the answer it inherits from
//! its question, a theme or an engagement (a whole consultation, say).
//!
//! - A suggestion **has a response** when that answer is a response (a stance or a text).
//! - A suggestion **has an action** when actions give that answer. It is **fully actioned**
//!   when an action answers it in full, and **partly actioned** when actions answer it only in
//!   part.
//! - A suggestion is **unanswered** when it has neither. A suggestion answered only through one
//!   of its sub-points is unanswered: the sub-point has the answer.
//!
//! Every suggestion counts whatever its kind (a `question` or `concern` deserves an answer too),
//! except a `commitment`: the body's own words listed among participants' points ("I will
//! present the findings…") are not a point to answer, so they are left out of every figure, as
//! validation leaves them out of its `unanswered` warning.
//! Coverage does not depend on the date of the view: links and responses are not dated.
//!
//! The breakdowns count each suggestion once in every bucket it belongs to: under each of its
//! themes and each group that raised it, so their totals can exceed the overall total. Buckets
//! come in the order the summary declares questions, themes, engagements and groups (including
//! those with no suggestions), then IDs that name nothing declared, then a last bucket with no
//! ID for suggestions without a question, theme, engagement or group. A suggestion's question and
//! engagement are worked out as for [pairs](crate::pairs#the-rules).

use crate::id_map::IdMap;

use serde::Serialize;

use crate::action::Coverage;
use crate::id::Id;
use crate::pairs::{Point, points};
use crate::response::Stance;
use crate::suggestion::SuggestionKind;
use crate::tracking::AsOf;

/// Whether coverage counts a point: top-level suggestions, except commitments (the body's own
/// words listed among the points: nothing to answer).
pub(crate) fn counted(p: &Point<'_>) -> bool {
    p.depth == 0 && p.suggestion.kind != SuggestionKind::Commitment
}

/// The four ways a set of suggestions can stand, which add up to `total`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CoverageCounts {
    /// Suggestions counted.
    pub total: usize,
    /// With a response and an action.
    pub both: usize,
    /// With a response but no action.
    pub response_only: usize,
    /// With an action but no response.
    pub action_only: usize,
    /// With neither: unanswered.
    pub neither: usize,
}

impl CoverageCounts {
    fn add(&mut self, response: bool, action: bool) {
        self.total += 1;
        match (response, action) {
            (true, true) => self.both += 1,
            (true, false) => self.response_only += 1,
            (false, true) => self.action_only += 1,
            (false, false) => self.neither += 1,
        }
    }

    /// Suggestions with a response (with or without an action).
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Response, Stance};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "A").response(Response::new(Stance::Referred, "To the county")));
    /// assert_eq!(s.current().coverage().overall.with_response(), 1);
    /// ```
    pub fn with_response(&self) -> usize {
        self.both + self.response_only
    }

    /// Suggestions with an action (with or without a response).
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Action, Coverage};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "A"));
    /// s.actions.push(Action::new("a1", "Do A").responds_to("s1", Coverage::Partial));
    /// assert_eq!(s.current().coverage().overall.with_action(), 1);
    /// ```
    pub fn with_action(&self) -> usize {
        self.both + self.action_only
    }
}

/// Coverage of one question, theme, engagement or group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CoverageBucket {
    /// The ID; `None` for the bucket of suggestions without one.
    pub id: Option<Id>,
    /// The question's text, theme's name, engagement's title or group's name, when declared.
    pub name: Option<String>,
    /// The figures.
    pub counts: CoverageCounts,
}

/// A suggestion nobody has answered yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Unanswered {
    /// Its ID.
    pub id: Id,
    /// What was said.
    pub text: String,
}

/// How many responses a stance has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct StanceCount {
    /// The stance.
    pub stance: Stance,
    /// How many top-level suggestions have a response with it.
    pub count: usize,
}

/// The coverage of a summary's suggestions; see [the rules](crate::coverage#the-rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CoverageReport {
    /// All top-level suggestions.
    pub overall: CoverageCounts,
    /// Suggestions and sub-points at every depth.
    pub points: usize,
    /// Suggestions an action answers in full.
    pub fully_actioned: usize,
    /// Suggestions actions answer only in part (or only through sub-points).
    pub partly_actioned: usize,
    /// Responses by stance (top-level suggestions' own responses), in [`Stance::ALL`] order.
    pub by_stance: Vec<StanceCount>,
    /// By question.
    pub by_question: Vec<CoverageBucket>,
    /// By theme.
    pub by_theme: Vec<CoverageBucket>,
    /// By engagement (each point under its engagement; see [`Pair::engagement`](crate::Pair::engagement)).
    pub by_engagement: Vec<CoverageBucket>,
    /// By the group that raised it.
    pub by_group: Vec<CoverageBucket>,
    /// The suggestions with neither a response nor an action, in document order.
    pub unanswered: Vec<Unanswered>,
}

/// Buckets in declaration order, then undeclared IDs, then the `None` bucket.
struct Buckets<'a> {
    list: Vec<(Option<&'a str>, Option<&'a str>, CoverageCounts)>,
    index: IdMap<&'a str, usize>,
    none: CoverageCounts,
}

impl<'a> Buckets<'a> {
    fn new(declared: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut b = Buckets {
            list: Vec::new(),
            index: IdMap::default(),
            none: CoverageCounts::default(),
        };
        for (id, name) in declared {
            if !b.index.contains_key(id) {
                b.index.insert(id, b.list.len());
                b.list
                    .push((Some(id), Some(name), CoverageCounts::default()));
            }
        }
        b
    }

    fn add(&mut self, id: Option<&'a str>, response: bool, action: bool) {
        let Some(id) = id else {
            self.none.add(response, action);
            return;
        };
        let i = *self.index.entry(id).or_insert_with(|| {
            self.list.push((Some(id), None, CoverageCounts::default()));
            self.list.len() - 1
        });
        self.list[i].2.add(response, action);
    }

    fn finish(self) -> Vec<CoverageBucket> {
        let mut out: Vec<CoverageBucket> = self
            .list
            .into_iter()
            .map(|(id, name, counts)| CoverageBucket {
                id: id.map(Id::new),
                name: name.map(str::to_owned),
                counts,
            })
            .collect();
        if self.none.total > 0 {
            out.push(CoverageBucket {
                id: None,
                name: None,
                counts: self.none,
            });
        }
        out
    }
}

impl AsOf<'_> {
    /// How many suggestions have a response, an action, both or neither, overall and by
    /// question, theme, event and group, and which are unanswered. See
    /// [the rules](crate::coverage#the-rules).
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Action, Coverage};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "Training")
    ///     .point(Suggestion::new("s1-1", "for A & E staff")));
    /// s.actions.push(Action::new("a1", "More training").responds_to("s1", Coverage::Partial));
    /// let c = s.current().coverage();
    /// assert_eq!((c.overall.total, c.points), (1, 2));
    /// assert_eq!((c.overall.action_only, c.partly_actioned), (1, 1));
    /// ```
    pub fn coverage(&self) -> CoverageReport {
        let summary = self.summary();
        let points = points(summary);
        let mut by_question = Buckets::new(
            summary
                .questions
                .iter()
                .map(|q| (q.id.as_str(), q.text.as_str())),
        );
        let mut by_theme = Buckets::new(
            summary
                .themes
                .iter()
                .map(|t| (t.id.as_str(), t.name.as_str())),
        );
        let mut by_event = Buckets::new(
            summary
                .all_engagements()
                .map(|(e, _)| (e.id.as_str(), e.title.as_str())),
        );
        let mut by_group = Buckets::new(
            summary
                .all_engagements()
                .flat_map(|(e, _)| e.groups.iter())
                .map(|g| (g.id.as_str(), g.name.as_str())),
        );
        let mut overall = CoverageCounts::default();
        let mut fully_actioned = 0;
        let mut partly_actioned = 0;
        let mut stances = [0usize; Stance::ALL.len()];
        let mut unanswered = Vec::new();
        for p in points.iter().filter(|p| counted(p)) {
            let s = p.suggestion;
            // The one rule for "answered" (its own answer or one it inherits).
            let response = p.answer.as_ref().is_some_and(|a| a.response);
            let actioned = p.answer.as_ref().and_then(|a| a.action);
            let action = actioned.is_some();
            overall.add(response, action);
            match actioned {
                Some(Coverage::Full) => fully_actioned += 1,
                Some(Coverage::Partial) => partly_actioned += 1,
                None => {}
            }
            if let Some(r) = &s.response
                && let Some(stance) = r.stance
                && let Some(i) = Stance::ALL.iter().position(|&x| x == stance)
            {
                stances[i] += 1;
            }
            if !response && !action {
                unanswered.push(Unanswered {
                    id: s.id.clone(),
                    text: s.text.clone(),
                });
            }
            by_question.add(p.question, response, action);
            by_event.add(p.event, response, action);
            if s.themes.is_empty() {
                by_theme.add(None, response, action);
            }
            let mut seen = Vec::new();
            for t in &s.themes {
                if !seen.contains(&t) {
                    seen.push(t);
                    by_theme.add(Some(t), response, action);
                }
            }
            if s.groups.is_empty() {
                by_group.add(None, response, action);
            }
            let mut seen = Vec::new();
            for g in &s.groups {
                if !seen.contains(&g) {
                    seen.push(g);
                    by_group.add(Some(g), response, action);
                }
            }
        }
        CoverageReport {
            overall,
            points: points.len(),
            fully_actioned,
            partly_actioned,
            by_stance: Stance::ALL
                .iter()
                .zip(stances)
                .map(|(&stance, count)| StanceCount { stance, count })
                .collect(),
            by_question: by_question.finish(),
            by_theme: by_theme.finish(),
            by_engagement: by_event.finish(),
            by_group: by_group.finish(),
            unanswered,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::action::{Action, Coverage};
    use crate::engagement::{Engagement, Group};
    use crate::question::{Question, Theme};
    use crate::response::{Response, Stance};
    use crate::suggestion::Suggestion;
    use crate::summary::Summary;

    fn summary() -> Summary {
        let mut s = Summary::new("t");
        s.engagements.push(
            Engagement::event("e1", "Roundtable")
                .group(Group::new("t1", "Table 1"))
                .group(Group::new("t2", "Table 2")),
        );
        s.questions.push(Question::new("q1", "First?"));
        s.questions.push(Question::new("q2", "Second?"));
        s.themes.push(Theme::new("training", "Training"));
        s.themes.push(Theme::new("data", "Data sharing"));
        // both (a response and an action)
        s.suggestions.push(
            Suggestion::new("s1", "Train staff")
                .question("q1")
                .theme("training")
                .raised_by("t1")
                .raised_by("t2")
                .response(Response::new(Stance::Accepted, "Yes"))
                .point(Suggestion::new("s1-1", "A & E")),
        );
        // action only, in part
        s.suggestions.push(
            Suggestion::new("s2", "Share data")
                .question("q1")
                .theme("data")
                .theme("training")
                .theme("data")
                .point(Suggestion::new("s2-1", "x").point(Suggestion::new("s2-1-1", "y"))),
        );
        // response only
        s.suggestions.push(
            Suggestion::new("s3", "Parking")
                .question("q2")
                .raised_by("t2")
                .response(Response::new(Stance::NotPlanned, "No").reason("No land")),
        );
        // neither, with an undeclared theme
        s.suggestions
            .push(Suggestion::new("s4", "Cafe").theme("food"));
        s.actions
            .push(Action::new("a1", "Train").responds_to("s1", Coverage::Full));
        s.actions
            .push(Action::new("a2", "Data").responds_to("s2", Coverage::Partial));
        s
    }

    #[test]
    fn overall_counts_follow_the_rules() {
        let c = summary().current().coverage();
        assert_eq!(c.overall.total, 4);
        assert_eq!(c.points, 7);
        assert_eq!(
            (
                c.overall.both,
                c.overall.action_only,
                c.overall.response_only,
                c.overall.neither
            ),
            (1, 1, 1, 1)
        );
        assert_eq!((c.fully_actioned, c.partly_actioned), (1, 1));
        assert_eq!(c.unanswered.len(), 1);
        assert_eq!(c.unanswered[0].id, "s4");
        let not_planned = c.by_stance.iter().find(|x| x.stance == Stance::NotPlanned);
        assert_eq!(not_planned.unwrap().count, 1);
        assert_eq!(c.by_stance.iter().map(|x| x.count).sum::<usize>(), 2);
    }

    #[test]
    fn a_suggestion_answered_only_on_its_sub_point_is_unanswered() {
        let mut s = Summary::new("t");
        s.suggestions.push(
            Suggestion::new("s1", "Train staff")
                .point(Suggestion::new("s1-1", "A & E").response(Response::text_only("Yes"))),
        );
        let c = s.current().coverage();
        assert_eq!((c.overall.total, c.overall.neither), (1, 1));
    }

    #[test]
    fn an_answer_to_a_theme_answers_its_points() {
        let mut s = summary();
        let mut a = Action::new("a3", "A new cafe plan");
        a.responds_to.push(crate::Answer::to_theme("food"));
        s.themes.push(Theme::new("food", "Food"));
        s.actions.push(a);
        let c = s.current().coverage();
        assert_eq!((c.overall.action_only, c.overall.neither), (2, 0));
        assert!(c.unanswered.is_empty());
    }

    #[test]
    fn breakdowns_in_declaration_order_then_undeclared_then_none() {
        let c = summary().current().coverage();
        let ids = |b: &[crate::CoverageBucket]| {
            b.iter()
                .map(|x| (x.id.clone(), x.counts.total))
                .collect::<Vec<_>>()
        };
        let some = |s: &str, n| (Some(crate::Id::new(s)), n);
        assert_eq!(
            ids(&c.by_question),
            [some("q1", 2), some("q2", 1), (None, 1)]
        );
        assert_eq!(
            ids(&c.by_theme),
            [
                some("training", 2),
                some("data", 1),
                some("food", 1),
                (None, 1)
            ]
        );
        assert_eq!(ids(&c.by_group), [some("t1", 1), some("t2", 2), (None, 2)]);
        // One event: every suggestion belongs to it.
        assert_eq!(ids(&c.by_engagement), [some("e1", 4)]);
        assert_eq!(c.by_theme[0].name.as_deref(), Some("Training"));
        assert_eq!(c.by_theme[2].name, None);
        let t2 = &c.by_group[1].counts;
        assert_eq!((t2.both, t2.response_only), (1, 1));
    }

    #[test]
    fn coverage_of_an_empty_summary() {
        let c = Summary::new("t").current().coverage();
        assert_eq!(c.overall, crate::CoverageCounts::default());
        assert!(c.by_question.is_empty() && c.unanswered.is_empty());
    }
}
