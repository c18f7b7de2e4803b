//! One rule for "answered", used by every view: pairs, coverage, the tracker's figures and the
//! `unanswered` validation all ask it, so they always count the same points.
//!
//! ```
//! # use yousaid::{Summary, Suggestion, Question, Action, Answer, Answered, AnsweredThrough};
//! let mut s = Summary::new("t");
//! s.questions.push(Question::new("q1", "What would make the library better?"));
//! s.suggestions.push(Suggestion::new("s1", "Open on Sundays").question("q1"));
//! s.suggestions.push(Suggestion::new("s2", "More parking"));
//! // One "we did" for the whole question.
//! let mut a = Action::new("a1", "Review opening hours and access");
//! a.responds_to.push(Answer::to_question("q1"));
//! s.actions.push(a);
//! let answer = s.answer_of("s1").unwrap();
//! assert_eq!((answer.through, answer.id.as_str()), (AnsweredThrough::Question, "q1"));
//! assert!(!answer.is_direct());
//! assert_eq!(s.answer_of("s2"), None);
//! ```
//!
//! # The rule
//!
//! A suggestion (or sub-point) is answered **directly** when it has a response with a stance
//! or a text, or an action's `responds_to` names it. Otherwise it is answered **by
//! inheritance**, from the first of these that is answered, in this order:
//!
//! 1. its parent point (and so on up: a sub-point of an answered point is answered with it);
//! 2. its question (its own, else its parent's);
//! 3. one of its themes, in the order listed;
//! 4. one of its engagements, in the order listed, then the engagement its first one inherits
//!    when it lists none (as for [pairs](crate::pairs#the-rules)), each followed by the
//!    engagements it is part of, nearest first.
//!
//! A question, theme or engagement is answered when it has a response (a stance or a text) or
//! an action's `responds_to` names it; a question or an engagement is also answered by a
//! decision on it (a decision counts as a response). Direct answers take precedence; [`Answered`] says where
//! the answer comes from ([`Answered::through`], [`Answered::id`]), whether it is a response,
//! and how fully actions answer it. A point answered only through one of its sub-points is
//! not answered by this rule: the sub-point is.

use serde::Serialize;

use crate::action::{AnswerTarget, Coverage};
use crate::id::Id;
use crate::id_map::IdMap;
use crate::pairs::Point;
use crate::response::Response;
use crate::summary::Summary;

/// What carries the answer a suggestion has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnsweredThrough {
    /// The suggestion itself: its own response, or an action naming it.
    Itself,
    /// A point it is a sub-point of (at any depth above).
    Parent,
    /// Its question.
    Question,
    /// One of its themes.
    Theme,
    /// One of its engagements, or an engagement that one is part of.
    Engagement,
}

crate::names::names! {
    AnsweredThrough, "answered-through" {
        Itself => "itself",
        Parent => "parent",
        Question => "question",
        Theme => "theme",
        Engagement => "engagement",
    }
}

/// Where a suggestion's answer comes from, and how fully it answers; see
/// [the rule](crate::answered#the-rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Answered {
    /// What carries the answer.
    pub through: AnsweredThrough,
    /// The ID of what carries it: the suggestion itself, the parent point, the question, the
    /// theme or the engagement.
    pub id: Id,
    /// Whether it has a response with a stance or a text.
    pub response: bool,
    /// How fully the actions naming it answer it: full when any answers it fully; `None` when
    /// no action names it.
    pub action: Option<Coverage>,
}

impl Answered {
    /// Whether the suggestion is answered itself rather than through something it belongs to.
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Response, Stance};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "A").response(Response::new(Stance::Accepted, "Yes")));
    /// assert!(s.answer_of("s1").unwrap().is_direct());
    /// ```
    pub fn is_direct(&self) -> bool {
        self.through == AnsweredThrough::Itself
    }

    /// How fully it is answered: in full when there is a response or an action answers it in
    /// full, in part when only actions answering it in part do.
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Action, Coverage};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "A"));
    /// s.actions.push(Action::new("a1", "Part of A").responds_to("s1", Coverage::Partial));
    /// assert_eq!(s.answer_of("s1").unwrap().coverage(), Coverage::Partial);
    /// ```
    pub fn coverage(&self) -> Coverage {
        if self.response || self.action == Some(Coverage::Full) {
            Coverage::Full
        } else {
            Coverage::Partial
        }
    }
}

/// What answers one thing itself: a response, actions.
#[derive(Debug, Clone, Copy, Default)]
struct Own {
    response: bool,
    action: Option<Coverage>,
}

impl Own {
    fn of(response: Option<&Response>) -> Self {
        Own {
            response: response.is_some_and(gives_an_answer),
            action: None,
        }
    }

    /// A decision on a question or an engagement answers it as a response does.
    fn or_decided(mut self, decisions: &[crate::Decision]) -> Self {
        self.response |= !decisions.is_empty();
        self
    }

    fn answered(self) -> bool {
        self.response || self.action.is_some()
    }

    fn to(self, through: AnsweredThrough, id: &Id) -> Option<Answered> {
        self.answered().then(|| Answered {
            through,
            id: id.clone(),
            response: self.response,
            action: self.action,
        })
    }
}

/// A response answers when it has a stance or a text that is not blank.
fn gives_an_answer(r: &Response) -> bool {
    r.stance.is_some() || r.text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// What answers each suggestion, question, theme and engagement itself, and the engagement
/// each engagement is part of.
struct Index<'a> {
    suggestions: IdMap<&'a str, Own>,
    questions: IdMap<&'a str, (&'a Id, Own)>,
    themes: IdMap<&'a str, (&'a Id, Own)>,
    engagements: IdMap<&'a str, (&'a Id, Own)>,
    parent_engagement: IdMap<&'a str, &'a str>,
}

impl<'a> Index<'a> {
    fn new(summary: &'a Summary) -> Self {
        let mut index = Index {
            suggestions: summary
                .all_suggestions()
                .map(|(s, _)| (s.id.as_str(), Own::of(s.response.as_deref())))
                .collect(),
            questions: summary
                .questions
                .iter()
                .map(|q| {
                    (
                        q.id.as_str(),
                        (
                            &q.id,
                            Own::of(q.response.as_deref()).or_decided(&q.decisions),
                        ),
                    )
                })
                .collect(),
            themes: summary
                .themes
                .iter()
                .map(|t| (t.id.as_str(), (&t.id, Own::of(t.response.as_deref()))))
                .collect(),
            engagements: summary
                .all_engagements()
                .map(|(e, _)| {
                    let own = Own::of(e.response.as_deref()).or_decided(&e.decisions);
                    (e.id.as_str(), (&e.id, own))
                })
                .collect(),
            parent_engagement: IdMap::default(),
        };
        for (e, _) in summary.all_engagements() {
            for child in &e.engagements {
                index
                    .parent_engagement
                    .entry(child.id.as_str())
                    .or_insert(e.id.as_str());
            }
        }
        for (a, _) in summary.all_actions() {
            for answer in &a.responds_to {
                for target in answer.targets() {
                    let own = match target {
                        AnswerTarget::Suggestion(id) => index.suggestions.get_mut(id.as_str()),
                        AnswerTarget::Question(id) => {
                            index.questions.get_mut(id.as_str()).map(|(_, o)| o)
                        }
                        AnswerTarget::Theme(id) => {
                            index.themes.get_mut(id.as_str()).map(|(_, o)| o)
                        }
                        AnswerTarget::Engagement(id) => {
                            index.engagements.get_mut(id.as_str()).map(|(_, o)| o)
                        }
                    };
                    if let Some(own) = own {
                        own.action = Some(match (own.action, answer.coverage) {
                            (Some(Coverage::Full), _) | (_, Coverage::Full) => Coverage::Full,
                            _ => Coverage::Partial,
                        });
                    }
                }
            }
        }
        index
    }

    /// The answer an engagement gives, itself or through the engagements it is part of.
    fn engagement(&self, id: &str) -> Option<Answered> {
        let mut next = Some(id);
        let mut seen = 0;
        while let Some(e) = next {
            if let Some(&(id, own)) = self.engagements.get(e)
                && let Some(a) = own.to(AnsweredThrough::Engagement, id)
            {
                return Some(a);
            }
            // Engagements nest as a tree; the bound only guards against a malformed one.
            seen += 1;
            if seen > self.engagements.len() {
                return None;
            }
            next = self.parent_engagement.get(e).copied();
        }
        None
    }
}

/// The answer of every point, in the order of `points` (parents before their sub-points).
pub(crate) fn answers(summary: &Summary, points: &[Point<'_>]) -> Vec<Option<Answered>> {
    let index = Index::new(summary);
    let mut out: Vec<Option<Answered>> = Vec::with_capacity(points.len());
    for p in points {
        let s = p.suggestion;
        let own = index
            .suggestions
            .get(s.id.as_str())
            .copied()
            .unwrap_or_else(|| Own::of(s.response.as_deref()));
        let answer = own
            .to(AnsweredThrough::Itself, &s.id)
            .or_else(|| {
                let parent = p.parent?;
                match &out[parent] {
                    Some(a) if a.is_direct() => Some(Answered {
                        through: AnsweredThrough::Parent,
                        ..a.clone()
                    }),
                    other => other.clone(),
                }
            })
            .or_else(|| {
                let q = p.question?;
                let &(id, own) = index.questions.get(q)?;
                own.to(AnsweredThrough::Question, id)
            })
            .or_else(|| {
                s.themes.iter().find_map(|t| {
                    let &(id, own) = index.themes.get(t.as_str())?;
                    own.to(AnsweredThrough::Theme, id)
                })
            })
            .or_else(|| {
                s.engagements
                    .iter()
                    .map(Id::as_str)
                    .chain(p.event.filter(|_| s.engagements.is_empty()))
                    .find_map(|e| index.engagement(e))
            });
        out.push(answer);
    }
    out
}

impl Summary {
    /// Whether the suggestion or sub-point with this ID is answered, and where the answer
    /// comes from; `None` when it is not answered, or there is no such suggestion. See
    /// [the rule](crate::answered#the-rule).
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Response, AnsweredThrough};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(
    ///     Suggestion::new("s1", "More training")
    ///         .response(Response::text_only("We will review training this year."))
    ///         .point(Suggestion::new("s1-1", "For A & E staff")),
    /// );
    /// assert_eq!(s.answer_of("s1-1").unwrap().through, AnsweredThrough::Parent);
    /// ```
    pub fn answer_of(&self, suggestion_id: &str) -> Option<Answered> {
        crate::pairs::points(self)
            .into_iter()
            .find(|p| p.suggestion.id == suggestion_id)?
            .answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Action, Answer};
    use crate::engagement::{Engagement, EngagementKind};
    use crate::question::{Question, Theme};
    use crate::response::Stance;
    use crate::suggestion::Suggestion;

    fn through(s: &Summary, id: &str) -> Option<(AnsweredThrough, String)> {
        s.answer_of(id)
            .map(|a| (a.through, a.id.as_str().to_owned()))
    }

    #[test]
    fn an_answer_to_a_whole_consultation_answers_its_points_and_those_of_its_events() {
        let mut s = Summary::new("t");
        s.engagements.push(
            Engagement::new("c1", "Library consultation", EngagementKind::Consultation)
                .engagement(Engagement::event("e1", "Drop-in")),
        );
        s.suggestions
            .push(Suggestion::new("s1", "Open on Sundays").engagement("e1"));
        s.suggestions
            .push(Suggestion::new("s2", "More parking").engagement("c1"));
        assert_eq!(through(&s, "s1"), None);
        let mut a = Action::new("a1", "New opening hours");
        a.responds_to.push(Answer::to_engagement("c1"));
        s.actions.push(a);
        let e = || Some((AnsweredThrough::Engagement, "c1".to_owned()));
        assert_eq!(through(&s, "s1"), e());
        assert_eq!(through(&s, "s2"), e());
        assert_eq!(s.answer_of("s1").unwrap().coverage(), Coverage::Full);
    }

    #[test]
    fn a_response_to_a_question_or_a_theme_answers_its_points() {
        let mut s = Summary::new("t");
        s.questions.push(
            Question::new("q1", "What else?").response(Response::text_only("We read them all.")),
        );
        s.themes.push(
            Theme::new("parking", "Parking")
                .response(Response::new(Stance::NotPlanned, "No").reason("No land")),
        );
        s.suggestions
            .push(Suggestion::new("s1", "A").question("q1"));
        s.suggestions
            .push(Suggestion::new("s2", "B").theme("parking"));
        let a = s.answer_of("s1").unwrap();
        assert_eq!(
            (a.through, a.response, a.action),
            (AnsweredThrough::Question, true, None)
        );
        assert_eq!(
            through(&s, "s2"),
            Some((AnsweredThrough::Theme, "parking".to_owned()))
        );
    }

    #[test]
    fn direct_answers_come_first_then_parent_question_theme_engagement() {
        let mut s = Summary::new("t");
        s.engagements.push(Engagement::event("e1", "Day"));
        s.questions.push(Question::new("q1", "Q?"));
        s.themes.push(Theme::new("th", "T"));
        s.suggestions.push(
            Suggestion::new("s1", "A")
                .question("q1")
                .theme("th")
                .engagement("e1")
                .point(Suggestion::new("s1-1", "a")),
        );
        for target in [
            Answer::to_engagement("e1"),
            Answer::to_theme("th"),
            Answer::to_question("q1"),
            Answer::to_suggestion("s1"),
        ] {
            let mut a = Action::new(format!("a{}", s.actions.len()), "x");
            a.responds_to.push(target);
            s.actions.push(a);
        }
        assert_eq!(
            through(&s, "s1"),
            Some((AnsweredThrough::Itself, "s1".to_owned()))
        );
        assert_eq!(
            through(&s, "s1-1"),
            Some((AnsweredThrough::Parent, "s1".to_owned()))
        );
    }

    #[test]
    fn an_empty_response_answers_nothing_and_a_text_alone_does() {
        let mut s = Summary::new("t");
        let mut empty = Response::text_only(" ");
        empty.stance = None;
        s.suggestions
            .push(Suggestion::new("s1", "A").response(empty));
        s.suggestions
            .push(Suggestion::new("s2", "B").response(Response::text_only("Thank you.")));
        assert_eq!(s.answer_of("s1"), None);
        assert!(s.answer_of("s2").unwrap().response);
        assert_eq!(s.answer_of("nope"), None);
    }
}
