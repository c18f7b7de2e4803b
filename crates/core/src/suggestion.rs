//! Suggestions ("you said") and the responses to them.
//!
//! A [`Suggestion`] is a point participants made, with the [`Question`](crate::Question) it
//! answers, its [`Theme`](crate::Theme)s, the [`Group`](crate::Group)s that raised it and
//! nested sub-points to any depth. Its [`Response`] states where the body stands on it with a
//! [`Stance`](crate::Stance). The actions that answer it point at it from
//! [`Action::responds_to`](crate::Action::responds_to).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::figure::{Count, Figure};
use crate::id::Id;
use crate::response::Response;

fn is_default_kind(k: &SuggestionKind) -> bool {
    *k == SuggestionKind::Suggestion
}

/// What a point is. Real notes mix kinds under one heading; keep what the point really is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
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

crate::names::names! {
    serde SuggestionKind, "suggestion kind" {
        Suggestion => "suggestion",
        Question => "question",
        Concern => "concern",
        Detail => "detail",
        Commitment => "commitment",
    }
}

/// Whether the person quoted agreed to be named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// They agreed to be quoted with the attribution given.
    Given,
    /// They agreed to be quoted anonymously only.
    Anonymous,
    /// Consent was not recorded: the quote must not carry an attribution.
    NotRecorded,
}

crate::names::names! {
    serde Consent, "consent" {
        Given => "given",
        Anonymous => "anonymous",
        NotRecorded => "not_recorded",
    }
}

/// Who a quote comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuoteFrom {
    /// A participant: someone who took part.
    Participant,
    /// A speaker at the engagement.
    Speaker,
}

crate::names::names! {
    serde QuoteFrom, "quote source" {
        Participant => "participant",
        Speaker => "speaker",
    }
}

/// A participant's (or a speaker's) words, quoted.
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
    /// Whether a participant or a speaker said it, when the source makes it clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<QuoteFrom>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// ID, unique among all suggestions and sub-points of the summary.
    pub id: Id,
    /// The item number as printed ("3", "R-07").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// A short label beside the long text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The point, in the participants' words as recorded.
    pub text: String,
    /// What kind of point it is (default: suggestion).
    #[serde(default, skip_serializing_if = "is_default_kind")]
    pub kind: SuggestionKind,
    /// The question it answers (ID). Sub-points inherit their parent's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Id>,
    /// The engagements it belongs to (IDs): the event at which it was made, the period and
    /// the unit it is grouped under.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub engagements: Vec<Id>,
    /// Where the point came from, as stated ("complaint", "PALS", "Feedback from range of
    /// forums").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
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
    /// Figures stated for the point: votes for and against it, a share of respondents.
    /// Votes never go in `mentions`.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub figures: Vec<Figure>,
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
            number: None,
            label: None,
            text: text.into(),
            kind: SuggestionKind::Suggestion,
            question: None,
            engagements: Vec::new(),
            source: None,
            themes: Vec::new(),
            groups: Vec::new(),
            mentions: None,
            figures: Vec::new(),
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

    /// Adds an engagement it belongs to (default: none).
    pub fn engagement(mut self, engagement_id: impl Into<Id>) -> Self {
        self.engagements.push(engagement_id.into());
        self
    }

    /// Sets where the point came from (default: none).
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Adds a figure (default: none).
    pub fn figure(mut self, figure: Figure) -> Self {
        self.figures.push(figure);
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
    /// rarely present parts boxed and the IDs inline, so that each costs 304 bytes on 64-bit
    /// targets plus its text (it was 328 with the response and quote unboxed, 208 before the
    /// `yousaid/2` fields `number`, `label`, `source` and `figures`).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_suggestion_stays_small() {
        assert_eq!(size_of::<Suggestion>(), 304);
        assert_eq!(size_of::<Option<Id>>(), size_of::<String>());
        assert_eq!(size_of::<Option<Box<Response>>>(), 8);
    }
}
