//! Numbers as the source states them: a [`Count`] ("over 100 delegates"), an [`Amount`]
//! ("90%", "4.2 out of 5") and a [`Figure`], which puts counts, percentages, a base, a side and
//! a breakdown together under a label ("9 (90%) were in agreement").
//!
//! A figure keeps what was said and nothing more: a percentage is never turned into a count, nor
//! a count into a percentage, and parts that do not add up to their total are kept as stated.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How exact a stated number is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Exactly this many ("12 delegates").
    #[default]
    Exactly,
    /// More than this ("over 100", "more than 30").
    Over,
    /// At least this many ("100 or more").
    AtLeast,
    /// Roughly this many ("about 30", "around 600").
    About,
    /// Fewer than this ("under 20").
    Under,
    /// At most this many ("up to 40").
    UpTo,
}

crate::names::names! {
    serde Qualifier, "qualifier" {
        Exactly => "exactly",
        Over => "over",
        AtLeast => "at_least",
        About => "about",
        Under => "under",
        UpTo => "up_to",
    }
}

impl Qualifier {
    /// The English words put before the number (`over`, `about`, …; empty for exactly).
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::Exactly => "",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at least",
            Qualifier::About => "about",
            Qualifier::Under => "under",
            Qualifier::UpTo => "up to",
        }
    }
}

/// A number as the source states it: a value and how exact it is.
///
/// ```
/// use yousaid::{Count, Qualifier};
/// assert_eq!(Count::over(100).to_string(), "over 100");
/// assert_eq!(Count::exactly(12).to_string(), "12");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The number stated.
    pub value: u64,
    /// How exact it is (default: exactly).
    #[serde(default, skip_serializing_if = "is_exactly")]
    pub qualifier: Qualifier,
}

fn is_exactly(q: &Qualifier) -> bool {
    *q == Qualifier::Exactly
}

impl Count {
    /// Exactly `value`.
    pub fn exactly(value: u64) -> Self {
        Count {
            value,
            qualifier: Qualifier::Exactly,
        }
    }
    /// More than `value`.
    pub fn over(value: u64) -> Self {
        Count {
            value,
            qualifier: Qualifier::Over,
        }
    }
    /// Roughly `value`.
    pub fn about(value: u64) -> Self {
        Count {
            value,
            qualifier: Qualifier::About,
        }
    }
    /// `value` with any qualifier.
    pub fn new(value: u64, qualifier: Qualifier) -> Self {
        Count { value, qualifier }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.qualifier {
            Qualifier::Exactly => write!(f, "{}", self.value),
            q => write!(f, "{} {}", q.words(), self.value),
        }
    }
}

/// A decimal number as the source states it: a percentage, a score, a rate.
///
/// ```
/// # use yousaid::{Amount, Qualifier};
/// assert_eq!(Amount::exactly(90.0).to_string(), "90");
/// assert_eq!(Amount::new(42.5, Qualifier::About).to_string(), "about 42.5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    /// The number stated.
    #[serde(serialize_with = "crate::number::serialize")]
    pub value: f64,
    /// How exact it is (default: exactly).
    #[serde(default, skip_serializing_if = "is_exactly")]
    pub qualifier: Qualifier,
}

impl Amount {
    /// Exactly `value`.
    pub fn exactly(value: f64) -> Self {
        Amount {
            value,
            qualifier: Qualifier::Exactly,
        }
    }

    /// `value` with any qualifier.
    pub fn new(value: f64, qualifier: Qualifier) -> Self {
        Amount { value, qualifier }
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.qualifier {
            Qualifier::Exactly => write!(f, "{}", self.value),
            q => write!(f, "{} {}", q.words(), self.value),
        }
    }
}

/// Which way a figure counts: for, against, neutral or unsure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// In favour (agreed, supported, "yes").
    For,
    /// Against (disagreed, opposed, "no").
    Against,
    /// Neither (neutral, "pass").
    Neutral,
    /// Did not know or were unsure.
    Unsure,
}

crate::names::names! {
    serde Side, "side" {
        For => "for",
        Against => "against",
        Neutral => "neutral",
        Unsure => "unsure",
    }
}

/// A number as the source states it, with what it counts: "74 responses", "9 (90%) were in
/// agreement", "22 of 23", a satisfaction score beside its target, or a breakdown in `parts`.
///
/// Every field is optional; a figure should have at least a count, a percent, a value or the
/// source's text.
///
/// ```
/// # use yousaid::{Figure, Count, Amount, Side};
/// let f = Figure::labelled("agreed with the proposal")
///     .count(Count::exactly(9))
///     .percent(Amount::exactly(90.0))
///     .of(Count::exactly(10))
///     .side(Side::For);
/// assert_eq!(f.count.unwrap().value, 9);
/// assert_eq!(f.percent.unwrap().value, 90.0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What is counted: an option, a respondent type, a channel ("online survey").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The source's own wording, when kept ("9 (90%) were in agreement").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A whole number of things ("74 responses").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Count>,
    /// A percentage, as stated (decimals allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<Amount>,
    /// Any other number: a score, a rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Amount>,
    /// What the number counts or measures, in the plural as stated ("responses", "votes",
    /// "out of 5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The base the count is out of ("22 of 23").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<Count>,
    /// Which way it counts, for for / against / neutral splits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// The target stated beside the actual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Amount>,
    /// A breakdown, as stated (they need not add up to this figure).
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub parts: Vec<Figure>,
}

impl Figure {
    /// An empty figure with a label.
    pub fn labelled(label: impl Into<String>) -> Self {
        Figure {
            label: Some(label.into()),
            ..Figure::default()
        }
    }

    /// Sets the count (default: none).
    pub fn count(mut self, count: Count) -> Self {
        self.count = Some(count);
        self
    }

    /// Sets the percentage (default: none).
    pub fn percent(mut self, percent: Amount) -> Self {
        self.percent = Some(percent);
        self
    }

    /// Sets the unit (default: none).
    pub fn unit(mut self, unit: impl Into<String>) -> Self {
        self.unit = Some(unit.into());
        self
    }

    /// Sets the base (default: none).
    pub fn of(mut self, of: Count) -> Self {
        self.of = Some(of);
        self
    }

    /// Sets the side (default: none).
    pub fn side(mut self, side: Side) -> Self {
        self.side = Some(side);
        self
    }

    /// Adds a part of the breakdown.
    pub fn part(mut self, part: Figure) -> Self {
        self.parts.push(part);
        self
    }

    /// True when the figure states no number and no text.
    pub fn is_empty(&self) -> bool {
        self.count.is_none()
            && self.percent.is_none()
            && self.value.is_none()
            && self.text.as_deref().is_none_or(|t| t.trim().is_empty())
    }
}
