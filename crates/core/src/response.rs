//! Responses ("we did", "we will", "we won't"): the body's answer to a point, a question, a
//! theme or a whole engagement, with an optional [`Stance`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;
use crate::actor::Actor;
use crate::date::DateSchema;

/// Where the body stands on what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
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
    /// We agree with it in principle (a recommendation "accepted in principle").
    AcceptedInPrinciple,
    /// We reject it; [`Response::reason`] says why.
    Rejected,
    /// Things stay as they are; [`Response::reason`] says why.
    NoChange,
    /// We have noted it.
    Noted,
    /// We explain how things are, or why.
    Explained,
    /// We apologise.
    Apologised,
}

// `ALL` (and so every list by stance) is in this order: acceptance first, then the rest.
crate::names::names! {
    serde Stance, "stance" {
        Accepted => "accepted",
        AcceptedInPrinciple => "accepted_in_principle",
        PartlyAccepted => "partly_accepted",
        AlreadyHappening => "already_happening",
        NotPlanned => "not_planned",
        Rejected => "rejected",
        NoChange => "no_change",
        Referred => "referred",
        UnderConsideration => "under_consideration",
        Noted => "noted",
        Explained => "explained",
        Apologised => "apologised",
    }
}

impl Stance {
    /// Words for readers (`Partly accepted`).
    pub fn label(self) -> &'static str {
        match self {
            Stance::Accepted => "Accepted",
            Stance::PartlyAccepted => "Partly accepted",
            Stance::AlreadyHappening => "Already happening",
            Stance::NotPlanned => "Not planned",
            Stance::Referred => "Referred elsewhere",
            Stance::UnderConsideration => "Under consideration",
            Stance::AcceptedInPrinciple => "Accepted in principle",
            Stance::Rejected => "Rejected",
            Stance::NoChange => "No change",
            Stance::Noted => "Noted",
            Stance::Explained => "Explained",
            Stance::Apologised => "Apologised",
        }
    }
}

/// The body's answer: to a suggestion, a question, a theme or a whole engagement.
///
/// A response may be text alone, without a stance.
///
/// ```
/// # use yousaid::{Response, Stance};
/// let r = Response::new(Stance::NotPlanned, "We will not reopen on Sundays.")
///     .reason("The budget for 2025/26 does not allow it.");
/// assert_eq!(r.stance.unwrap().label(), "Not planned");
/// let r = Response::text_only("We are looking at this.").timescale("within the next 6 weeks");
/// assert_eq!(r.stance, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Where the body stands, when the source says or it is beyond doubt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    /// The answer, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Why not: required when the stance is `not_planned`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The body it was referred to: required when the stance is `referred`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_to: Option<String>,
    /// Who responded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Actor>,
    /// When it will happen, as stated ("within the next 6 weeks").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
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
            stance: Some(stance),
            ..Response::text_only(text)
        }
    }

    /// A response with text and no stance.
    pub fn text_only(text: impl Into<String>) -> Self {
        Response {
            stance: None,
            text: Some(text.into()),
            reason: None,
            referred_to: None,
            by: None,
            timescale: None,
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

    /// Sets who responded (default: none).
    pub fn by(mut self, by: Actor) -> Self {
        self.by = Some(by);
        self
    }

    /// Sets the timescale, as stated (default: none).
    pub fn timescale(mut self, timescale: impl Into<String>) -> Self {
        self.timescale = Some(timescale.into());
        self
    }

    /// Sets the date of the response (default: none).
    pub fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }
}
