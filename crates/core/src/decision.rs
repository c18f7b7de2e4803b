//! Decisions taken after an engagement or on a question: who decided, when, what, why, and
//! when it takes effect.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::date::PartialDate;
use crate::link::Link;

/// What was decided, in one of the ways decisions after a consultation go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    /// Go ahead as proposed.
    Proceed,
    /// Go ahead, with changes made in the light of what people said.
    ProceedWithChanges,
    /// Keep things as they are.
    NoChange,
    /// Decided against the proposal.
    DecidedAgainst,
    /// The decision was put off.
    Deferred,
}

crate::names::names! {
    serde DecisionOutcome, "decision outcome" {
        Proceed => "proceed",
        ProceedWithChanges => "proceed_with_changes",
        NoChange => "no_change",
        DecidedAgainst => "decided_against",
        Deferred => "deferred",
    }
}

impl DecisionOutcome {
    /// Words for readers (`Proceed with changes`).
    pub fn label(self) -> &'static str {
        match self {
            DecisionOutcome::Proceed => "Proceed",
            DecisionOutcome::ProceedWithChanges => "Proceed with changes",
            DecisionOutcome::NoChange => "No change",
            DecisionOutcome::DecidedAgainst => "Decided against",
            DecisionOutcome::Deferred => "Deferred",
        }
    }
}

/// A decision: "Cabinet agreed on 12 March 2024 to implement a single register, with the
/// 2-year criteria retained; from 1 April".
///
/// Every field is optional; a decision should say at least what was decided (`text`) or its
/// `outcome`.
///
/// ```
/// # use yousaid::{Decision, DecisionOutcome, Actor};
/// let d = Decision::new("agreed to implement a single register")
///     .by(Actor::new("Cabinet"))
///     .outcome(DecisionOutcome::ProceedWithChanges)
///     .change("retained the 2-year criteria");
/// assert_eq!(d.changes.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Who decided: a body, an office or a person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Actor>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Which way it went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DecisionOutcome>,
    /// What was decided, in the source's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Changes made to the proposal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
    /// The reasons given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// When it takes effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub takes_effect: Option<PartialDate>,
    /// The decision document (minutes, a decision notice).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Link>,
}

impl Decision {
    /// A decision with its text and nothing else.
    pub fn new(text: impl Into<String>) -> Self {
        Decision {
            text: Some(text.into()),
            ..Decision::default()
        }
    }

    /// Sets who decided (default: none).
    pub fn by(mut self, by: Actor) -> Self {
        self.by = Some(by);
        self
    }

    /// Sets the date (default: none).
    pub fn date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets the outcome (default: none).
    pub fn outcome(mut self, outcome: DecisionOutcome) -> Self {
        self.outcome = Some(outcome);
        self
    }

    /// Adds a change made to the proposal.
    pub fn change(mut self, change: impl Into<String>) -> Self {
        self.changes.push(change.into());
        self
    }

    /// Adds a reason.
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reasons.push(reason.into());
        self
    }

    /// True when the decision says nothing: no text, no outcome, no changes, no reasons.
    pub fn is_empty(&self) -> bool {
        self.text.as_deref().is_none_or(|t| t.trim().is_empty())
            && self.outcome.is_none()
            && self.changes.is_empty()
            && self.reasons.is_empty()
    }
}
