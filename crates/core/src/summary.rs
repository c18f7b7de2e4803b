//! The published document: [`Summary`], with its owner, purposes, plan, closing words and
//! everything in it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;
use crate::action::Action;
use crate::date::DateSchema;
use crate::event::Event;
use crate::format::Format;
use crate::id::Id;
use crate::link::Url;
use crate::question::{Question, Theme};
use crate::suggestion::Suggestion;

/// A person or body: the accountable owner of a summary, a signatory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Their name ("Mark Burns-Williamson").
    pub name: String,
    /// Their role ("Police and Crime Commissioner for West Yorkshire").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The body they act for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

impl Person {
    /// A person with a name only.
    pub fn new(name: impl Into<String>) -> Self {
        Person {
            name: name.into(),
            role: None,
            organisation: None,
        }
    }

    /// Sets the role (default: none).
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }
}

/// A labelled point of the summary's purpose ("Consolidate — bring together partners' ideas"),
/// which may nest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// The label, if the point has one ("Consolidate").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The point.
    pub text: String,
    /// Sub-points.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Purpose>,
}

/// A list of purposes with an optional lead-in ("And then use this to:").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PurposeList {
    /// Words introducing the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<String>,
    /// The points.
    pub points: Vec<Purpose>,
}

/// A strategic plan outcome or priority that actions serve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// ID, unique among outcomes.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// What it means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The plan the summary serves (a Police and Crime Plan, a corporate plan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Its title.
    pub title: String,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// Its outcomes or priorities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<Outcome>,
}

/// Closing words: thanks, and the signature.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    /// The heading ("Thank you").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// Paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
    /// Who signs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Person>,
}

/// A dated publication of the summary, for tracking what changed between updates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// When this version was published.
    #[serde(with = "crate::date::exact")]
    #[schemars(with = "DateSchema")]
    pub date: Date,
    /// What the update was ("Six-month update").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A "You said, we did" summary: the whole published document.
///
/// Load one with [`Summary::from_json_str`], check it with [`Summary::validate`], or build one
/// with [`Summary::builder`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The format tag, `"yousaid/1"`.
    pub format: Format,
    /// The title.
    pub title: String,
    /// The accountable person or body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Person>,
    /// The organisation publishing it ("West Yorkshire Office of the Police and Crime
    /// Commissioner").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When this version was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::date::exact_opt")]
    #[schemars(with = "Option<DateSchema>")]
    pub published: Option<Date>,
    /// Earlier publications of this summary, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<Revision>,
    /// The language of the text, as a BCP 47 tag (default: `en-GB`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Opening paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduction: Vec<String>,
    /// What the summary is for, as one or more lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<PurposeList>,
    /// The plan it serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// The events at which people were asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// The questions put to them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Question>,
    /// Cross-cutting themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    /// What people said, in the order the source gives it.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub suggestions: Vec<Suggestion>,
    /// What is being done, in the order the source gives it.
    #[serde(
        default,
        deserialize_with = "crate::load::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub actions: Vec<Action>,
    /// Thanks and signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// The copyright line, as printed ("© Copyright West Yorkshire Police and Crime Commissioner
    /// 2019").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<String>,
    /// The licence the summary is published under ("Open Government Licence v3.0").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
}

impl Summary {
    /// An empty summary with a title.
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let s = Summary::new("Library consultation: what you told us");
    /// assert_eq!(s.format.as_str(), "yousaid/1");
    /// ```
    pub fn new(title: impl Into<String>) -> Self {
        Summary {
            format: Format::CURRENT,
            title: title.into(),
            owner: None,
            publisher: None,
            published: None,
            revisions: Vec::new(),
            language: None,
            introduction: Vec::new(),
            purposes: Vec::new(),
            plan: None,
            events: Vec::new(),
            questions: Vec::new(),
            themes: Vec::new(),
            suggestions: Vec::new(),
            actions: Vec::new(),
            closing: None,
            copyright: None,
            licence: None,
        }
    }

    /// Every suggestion and sub-point, depth first in document order, with its depth.
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("a", "A").point(Suggestion::new("b", "B")));
    /// assert_eq!(s.all_suggestions().map(|(x, _)| x.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    /// ```
    pub fn all_suggestions(&self) -> impl Iterator<Item = (&Suggestion, usize)> {
        let mut out = Vec::new();
        for s in &self.suggestions {
            s.walk(&mut |p, d| out.push((p, d)));
        }
        out.into_iter()
    }

    /// Every action and sub-action, depth first in document order, with its depth.
    pub fn all_actions(&self) -> impl Iterator<Item = (&Action, usize)> {
        let mut out = Vec::new();
        for a in &self.actions {
            a.walk(&mut |x, d| out.push((x, d)));
        }
        out.into_iter()
    }

    /// The suggestion or sub-point with this ID.
    pub fn suggestion(&self, id: &str) -> Option<&Suggestion> {
        self.all_suggestions()
            .find(|(s, _)| s.id == id)
            .map(|(s, _)| s)
    }

    /// The action or sub-action with this ID.
    ///
    /// ```
    /// # use yousaid::{Summary, Action};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "Do it").sub_action(Action::new("a1.1", "Part")));
    /// assert_eq!(s.action("a1.1").unwrap().title, "Part");
    /// ```
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.all_actions().find(|(a, _)| a.id == id).map(|(a, _)| a)
    }

    /// The action or sub-action with this ID, for changing it.
    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        let mut stack: Vec<&mut Action> = self.actions.iter_mut().collect();
        while let Some(a) = stack.pop() {
            if a.id == id {
                return Some(a);
            }
            stack.extend(a.actions.iter_mut());
        }
        None
    }

    /// The suggestion or sub-point with this ID, for changing it.
    pub fn suggestion_mut(&mut self, id: &str) -> Option<&mut Suggestion> {
        let mut stack: Vec<&mut Suggestion> = self.suggestions.iter_mut().collect();
        while let Some(s) = stack.pop() {
            if s.id == id {
                return Some(s);
            }
            stack.extend(s.points.iter_mut());
        }
        None
    }
}
