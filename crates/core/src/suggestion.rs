//! Suggestions ("you said") and the responses to them.
//!
//! A [`Suggestion`] is a point participants made, with the [`Question`](crate::Question) it
//! answers, its [`Theme`](crate::Theme)s, the [`Group`](crate::Group)s that raised it and
//! nested sub-points to any depth. Its [`Response`] states where the body stands on it with a
//! [`Stance`]. The actions that answer it point at it from
//! [`Action::responds_to`](crate::Action::responds_to).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;
use crate::date::DateSchema;
use crate::event::Count;
use crate::id::Id;

fn is_default_kind(k: &SuggestionKind) -> bool {
    *k == SuggestionKind::Suggestion
}

/// What a point is. Real notes mix kinds under one heading; keep what the point really is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    /// Something participants proposed (the default).
    #[default]
    Suggestion,
    /// A question participants asked ("Can further levels of support be formed?").
    Question,
    /// A concern or problem raised, without a proposal.
    Concern,
    /// An example or detail that illustrates its parent point (an audience in a list).
    Detail,
    /// A commitment made by the body itself that the source lists among participants' points
    /// ("I will present the findings of this event to my Partnership Executive Group").
    Commitment,
}

impl SuggestionKind {
    /// The stable machine name, as in JSON (`concern`).
    ///
    /// ```
    /// # use yousaid::SuggestionKind;
    /// assert_eq!(SuggestionKind::Commitment.as_str(), "commitment");
    /// assert_eq!(serde_json::to_string(&SuggestionKind::Detail).unwrap(), "\"detail\"");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionKind::Suggestion => "suggestion",
            SuggestionKind::Question => "question",
            SuggestionKind::Concern => "concern",
            SuggestionKind::Detail => "detail",
            SuggestionKind::Commitment => "commitment",
        }
    }
}

/// Whether the person quoted agreed to be named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// They agreed to be quoted with the attribution given.
    Given,
    /// They agreed to be quoted anonymously only.
    Anonymous,
    /// Consent was not recorded: the quote must not carry an attribution.
    NotRecorded,
}

/// A participant's words, quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The words quoted.
    pub text: String,
    /// Who said it ("a youth worker", "Jane Smith, Hope for Justice"). Only with consent given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// The consent recorded for publishing the quote.
    pub consent: Consent,
}

/// Where the body stands on a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// We will do it.
    Accepted,
    /// We will do part of it.
    PartlyAccepted,
    /// It is already happening.
    AlreadyHappening,
    /// We are not going to do it; [`Response::reason`] says why.
    NotPlanned,
    /// It is for another body; [`Response::referred_to`] says which.
    Referred,
    /// We have not decided yet.
    UnderConsideration,
}

impl Stance {
    /// Every stance, in display order.
    pub const ALL: [Stance; 6] = [
        Stance::Accepted,
        Stance::PartlyAccepted,
        Stance::AlreadyHappening,
        Stance::NotPlanned,
        Stance::Referred,
        Stance::UnderConsideration,
    ];

    /// The stable machine name, as in JSON (`partly_accepted`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Accepted => "accepted",
            Stance::PartlyAccepted => "partly_accepted",
            Stance::AlreadyHappening => "already_happening",
            Stance::NotPlanned => "not_planned",
            Stance::Referred => "referred",
            Stance::UnderConsideration => "under_consideration",
        }
    }

    /// Words for readers (`Partly accepted`).
    pub fn label(self) -> &'static str {
        match self {
            Stance::Accepted => "Accepted",
            Stance::PartlyAccepted => "Partly accepted",
            Stance::AlreadyHappening => "Already happening",
            Stance::NotPlanned => "Not planned",
            Stance::Referred => "Referred elsewhere",
            Stance::UnderConsideration => "Under consideration",
        }
    }
}

/// The body's answer to a suggestion.
///
/// ```
/// # use yousaid::{Response, Stance};
/// let r = Response::new(Stance::NotPlanned, "We will not reopen on Sundays.")
///     .reason("The budget for 2025/26 does not allow it.");
/// assert_eq!(r.stance.label(), "Not planned");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Where the body stands.
    pub stance: Stance,
    /// The answer, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Why not: required when the stance is `not_planned`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The body it was referred to: required when the stance is `referred`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_to: Option<String>,
    /// When the response was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::date::exact_opt")]
    #[schemars(with = "Option<DateSchema>")]
    pub date: Option<Date>,
}

impl Response {
    /// A response with a stance and text.
    pub fn new(stance: Stance, text: impl Into<String>) -> Self {
        Response {
            stance,
            text: Some(text.into()),
            reason: None,
            referred_to: None,
            date: None,
        }
    }

    /// Sets the reason (default: none; required for [`Stance::NotPlanned`]).
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// Sets the body referred to (default: none; required for [`Stance::Referred`]).
    pub fn referred_to(mut self, body: impl Into<String>) -> Self {
        self.referred_to = Some(body.into());
        self
    }

    /// Sets the date of the response (default: none).
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }
}

/// A point participants made: "you said".
///
/// ```
/// # use yousaid::{Suggestion, Response, Stance};
/// let s = Suggestion::new("s1", "Increase training on Human Trafficking")
///     .question("q1")
///     .theme("training")
///     .raised_by("t1")
///     .point(Suggestion::new("s1-1", "A & E").kind(yousaid::SuggestionKind::Detail))
///     .response(Response::new(Stance::Accepted, "We will review training levels."));
/// assert_eq!(s.points.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// ID, unique among all suggestions and sub-points of the summary.
    pub id: Id,
    /// The point, in the participants' words as recorded.
    pub text: String,
    /// What kind of point it is (default: suggestion).
    #[serde(default, skip_serializing_if = "is_default_kind")]
    pub kind: SuggestionKind,
    /// The question it answers (ID). Sub-points inherit their parent's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Id>,
    /// The event at which it was made (ID), when the summary has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Id>,
    /// Themes (IDs).
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub themes: Vec<Id>,
    /// The discussion groups that raised it (IDs).
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub groups: Vec<Id>,
    /// How many people or groups raised it, when stated but not itemised ("raised by about 40
    /// respondents").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentions: Option<Count>,
    /// A participant's words, quoted.
    // Boxed: few points carry one, and the box keeps every other point small.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Box<Quote>>,
    /// The body's answer.
    // Boxed, like `quote`: sub-points and points not yet answered carry none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Box<Response>>,
    /// Sub-points, nested to any depth.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub points: Vec<Suggestion>,
}

impl Suggestion {
    /// A suggestion with an ID and its text.
    pub fn new(id: impl Into<Id>, text: impl Into<String>) -> Self {
        Suggestion {
            id: id.into(),
            text: text.into(),
            kind: SuggestionKind::Suggestion,
            question: None,
            event: None,
            themes: Vec::new(),
            groups: Vec::new(),
            mentions: None,
            quote: None,
            response: None,
            points: Vec::new(),
        }
    }

    /// Sets what kind of point it is (default: [`SuggestionKind::Suggestion`]).
    pub fn kind(mut self, kind: SuggestionKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets the question it answers (default: none).
    pub fn question(mut self, question_id: impl Into<Id>) -> Self {
        self.question = Some(question_id.into());
        self
    }

    /// Sets the event (default: none).
    pub fn event(mut self, event_id: impl Into<Id>) -> Self {
        self.event = Some(event_id.into());
        self
    }

    /// Adds a theme (default: none).
    pub fn theme(mut self, theme_id: impl Into<Id>) -> Self {
        self.themes.push(theme_id.into());
        self
    }

    /// Adds a group that raised it (default: none).
    pub fn raised_by(mut self, group_id: impl Into<Id>) -> Self {
        self.groups.push(group_id.into());
        self
    }

    /// Sets the response (default: none).
    pub fn response(mut self, response: Response) -> Self {
        self.response = Some(Box::new(response));
        self
    }

    /// Adds a sub-point.
    pub fn point(mut self, point: Suggestion) -> Self {
        self.points.push(point);
        self
    }

    /// Visits this suggestion and every sub-point, depth first, parents before children.
    ///
    /// ```
    /// # use yousaid::Suggestion;
    /// let s = Suggestion::new("a", "A").point(Suggestion::new("b", "B").point(Suggestion::new("c", "C")));
    /// let mut ids = Vec::new();
    /// s.walk(&mut |p, depth| ids.push((p.id.clone(), depth)));
    /// assert_eq!(ids, [("a".into(), 0), ("b".into(), 1), ("c".into(), 2)]);
    /// ```
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Suggestion, usize)) {
        // An explicit stack: documents built in code are not bounded by the loader's depth limit.
        let mut stack = vec![(self, 0usize)];
        while let Some((s, depth)) = stack.pop() {
            visit(s, depth);
            stack.extend(s.points.iter().rev().map(|p| (p, depth + 1)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Id;

    /// A large document holds hundreds of thousands of suggestions and sub-points: keep the
    /// rarely present parts boxed and the IDs inline, so that each costs 208 bytes on 64-bit
    /// targets plus its text (it was 328 with the response and quote unboxed).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_suggestion_stays_small() {
        assert_eq!(size_of::<Suggestion>(), 208);
        assert_eq!(size_of::<Option<Id>>(), size_of::<String>());
        assert_eq!(size_of::<Option<Box<Response>>>(), 8);
    }
}
