//! The published document: [`Summary`], with its owner, purposes, plan, closing words and
//! everything in it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::action::{Action, Status};
use crate::actor::Actor;
use crate::date::PartialDate;
use crate::engagement::Engagement;
use crate::figure::Count;
use crate::format::Format;
use crate::id::Id;
use crate::link::{Link, Url};
use crate::question::{Question, Theme};
use crate::suggestion::Suggestion;

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
    pub signature: Option<Actor>,
}

/// A dated publication of the summary, for tracking what changed between updates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// When this version was published.
    pub date: PartialDate,
    /// What the update was ("Six-month update").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Another language version of the same summary ("Darllenwch hwn yn Gymraeg").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Its language, as a BCP 47 tag (`cy`).
    pub language: String,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// Its title in that language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// The meeting a paper was published for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The body that met ("Cabinet").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The agenda item ("Agenda item 7").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
}

/// The larger document a summary is part of: "Appendix 2" of a report to a dated meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentContext {
    /// What the summary is within it ("Appendix 2").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The larger document's title ("Report to Cabinet, 12 March 2024").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The meeting it was a paper for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
}

/// How to get in touch: a "How to give feedback" block with telephone, e-mail and web links.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The heading ("How to give feedback").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// Paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<String>,
    /// Links: `tel:`, `mailto:`, a web form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A count of actions in one status, as the source states it ("57 in progress").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatedStatusCount {
    /// The status it maps to, when one fits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The source's own words for the status ("Progress Made").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// How many.
    pub count: Count,
}

/// Aggregates the source states ("58 recommendations: 57 in progress, 1 complete"), kept
/// beside the counts computed from the actions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatedCounts {
    /// The source's wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// As of when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// How many actions in all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Count>,
    /// How many in each status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<StatedStatusCount>,
}

/// A "You said, we did" summary: the whole published document.
///
/// Load one with [`Summary::from_json_str`], check it with [`Summary::validate`], or build one
/// with [`Summary::builder`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The format tag: `"yousaid/2"` (a `yousaid/1` document is migrated on load).
    pub format: Format,
    /// The title.
    pub title: String,
    /// The accountable person, office or body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Actor>,
    /// The organisation publishing it ("West Yorkshire Office of the Police and Crime
    /// Commissioner").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When this version was published, as exactly as the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// Earlier publications of this summary, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<Revision>,
    /// The language of the text, as a BCP 47 tag (default: `en-GB`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Other language versions of this summary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
    /// Built-in labels replaced for this document, by key (`{"you_said": "What you told
    /// us"}`): the keys are listed in `docs/templates.md`. Options given to a render win over
    /// these.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// The larger document this summary is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<DocumentContext>,
    /// Opening paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduction: Vec<String>,
    /// What the summary is for, as one or more lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<PurposeList>,
    /// The plan it serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// The engagements: events and consultations at which people were asked, and the
    /// periods and units feedback is grouped by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub engagements: Vec<Engagement>,
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
    /// Aggregates the source states about the actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_counts: Option<StatedCounts>,
    /// How to get in touch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
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
    /// assert_eq!(s.format.as_str(), "yousaid/2");
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
            translations: Vec::new(),
            labels: BTreeMap::new(),
            part_of: None,
            introduction: Vec::new(),
            purposes: Vec::new(),
            plan: None,
            engagements: Vec::new(),
            questions: Vec::new(),
            themes: Vec::new(),
            suggestions: Vec::new(),
            actions: Vec::new(),
            stated_counts: None,
            contact: None,
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

    /// Every engagement and nested engagement, depth first in document order, with its depth.
    ///
    /// ```
    /// # use yousaid::{Summary, Engagement, EngagementKind};
    /// let mut s = Summary::new("t");
    /// s.engagements.push(Engagement::new("c", "C", EngagementKind::Consultation).engagement(Engagement::event("e", "E")));
    /// assert_eq!(s.all_engagements().map(|(x, d)| (x.id.as_str(), d)).collect::<Vec<_>>(), [("c", 0), ("e", 1)]);
    /// ```
    pub fn all_engagements(&self) -> impl Iterator<Item = (&Engagement, usize)> {
        let mut out = Vec::new();
        for e in &self.engagements {
            e.walk(&mut |x, d| out.push((x, d)));
        }
        out.into_iter()
    }

    /// The engagement or nested engagement with this ID.
    pub fn engagement(&self, id: &str) -> Option<&Engagement> {
        self.all_engagements()
            .find(|(e, _)| e.id == id)
            .map(|(e, _)| e)
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
