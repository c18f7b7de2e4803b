//! Questions put to participants, and the themes that cut across them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::id::Id;

/// A prompt put to participants: "What can agencies do to identify and provide support to
/// victims of Human Trafficking?".
///
/// ```
/// # use yousaid::Question;
/// let q = Question::new("q1", "What can the PCC do?").event("e1");
/// assert_eq!(q.events, ["e1"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// ID, unique among questions.
    pub id: Id,
    /// The question as asked.
    pub text: String,
    /// The events at which it was asked (IDs); empty when the summary has one event or the
    /// source does not say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Id>,
}

impl Question {
    /// A question with an ID and its text.
    pub fn new(id: impl Into<Id>, text: impl Into<String>) -> Self {
        Question {
            id: id.into(),
            text: text.into(),
            events: Vec::new(),
        }
    }

    /// Adds an event at which the question was asked (default: none).
    pub fn event(mut self, event_id: impl Into<Id>) -> Self {
        self.events.push(event_id.into());
        self
    }
}

/// A cross-cutting grouping of suggestions: training, data sharing, partnerships.
///
/// ```
/// # use yousaid::Theme;
/// let t = Theme::new("training", "Training and education");
/// assert_eq!(t.name, "Training and education");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// ID, unique among themes.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// What it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Theme {
    /// A theme with an ID and a name.
    pub fn new(id: impl Into<Id>, name: impl Into<String>) -> Self {
        Theme {
            id: id.into(),
            name: name.into(),
            description: None,
        }
    }
}
