//! Questions put to participants, and the themes that cut across them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::decision::Decision;
use crate::figure::Figure;
use crate::id::Id;
use crate::response::Response;

/// A prompt put to participants: "What can agencies do to identify and provide support to
/// victims of Human Trafficking?".
///
/// ```
/// # use yousaid::Question;
/// let q = Question::new("q1", "What can the PCC do?").engagement("e1");
/// assert_eq!(q.engagements, ["e1"]);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// ID, unique among questions.
    pub id: Id,
    /// The question as asked.
    pub text: String,
    /// The engagements at which it was asked (IDs); empty when the summary has one or the
    /// source does not say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub engagements: Vec<Id>,
    /// Results stated for the question: counts and percentages for each option.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// The body's answer to the question as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Box<Response>>,
    /// Decisions taken on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
}

impl Question {
    /// A question with an ID and its text.
    pub fn new(id: impl Into<Id>, text: impl Into<String>) -> Self {
        Question {
            id: id.into(),
            text: text.into(),
            engagements: Vec::new(),
            figures: Vec::new(),
            response: None,
            decisions: Vec::new(),
        }
    }

    /// Adds an engagement at which the question was asked (default: none).
    pub fn engagement(mut self, engagement_id: impl Into<Id>) -> Self {
        self.engagements.push(engagement_id.into());
        self
    }

    /// Adds a figure (default: none).
    pub fn figure(mut self, figure: Figure) -> Self {
        self.figures.push(figure);
        self
    }

    /// Sets the response to the whole question (default: none).
    pub fn response(mut self, response: Response) -> Self {
        self.response = Some(Box::new(response));
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
    /// The body's answer to the theme as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Box<Response>>,
}

impl Theme {
    /// A theme with an ID and a name.
    pub fn new(id: impl Into<Id>, name: impl Into<String>) -> Self {
        Theme {
            id: id.into(),
            name: name.into(),
            description: None,
            response: None,
        }
    }

    /// Sets the response to the whole theme (default: none).
    pub fn response(mut self, response: Response) -> Self {
        self.response = Some(Box::new(response));
        self
    }
}
