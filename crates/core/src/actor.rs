//! Actors: the people, offices and bodies a summary names — its owner, the signatory, the hosts
//! of an engagement, the owners of an action, whoever decided or responded.
//!
//! An [`Actor`] may be an office without a person's name ("the Police and Crime
//! Commissioner"), a body ("Cabinet"), a department or a named person, each with a role as the
//! source gives it ("lead body", "facilitator").

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::link::Url;

/// What kind of actor: a person, an office, a body, a department or a team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person ("Mark Burns-Williamson").
    Person,
    /// An office, whoever holds it ("the Police and Crime Commissioner", "the Leader of the
    /// Council").
    Office,
    /// A body: an organisation, a council, a board, a committee ("Cabinet").
    Body,
    /// A department of a body ("Adult Social Care").
    Department,
    /// A team ("the Libraries team").
    Team,
}

crate::names::names! {
    serde ActorKind, "actor kind" {
        Person => "person",
        Office => "office",
        Body => "body",
        Department => "department",
        Team => "team",
    }
}

/// A person, office or body, as the source names it.
///
/// ```
/// # use yousaid::{Actor, ActorKind};
/// let pcc = Actor::new("the Police and Crime Commissioner")
///     .kind(ActorKind::Office)
///     .role("lead body");
/// assert_eq!(pcc.to_string(), "the Police and Crime Commissioner (lead body)");
/// let a: Actor = "Cabinet".into();
/// assert_eq!(a.name, "Cabinet");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The name as given: a person's name, an office, a body ("Mark Burns-Williamson", "the
    /// Police and Crime Commissioner", "Cabinet").
    pub name: String,
    /// What kind of actor, when the source makes it clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorKind>,
    /// Their role, as stated ("Police and Crime Commissioner for West Yorkshire", "lead body",
    /// "facilitator").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The body they act for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// A web page or e-mail address for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
}

impl Actor {
    /// An actor with a name only.
    pub fn new(name: impl Into<String>) -> Self {
        Actor {
            name: name.into(),
            ..Actor::default()
        }
    }

    /// Sets what kind of actor (default: none).
    pub fn kind(mut self, kind: ActorKind) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets the role (default: none).
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    /// Sets the organisation (default: none).
    pub fn organisation(mut self, organisation: impl Into<String>) -> Self {
        self.organisation = Some(organisation.into());
        self
    }
}

impl From<&str> for Actor {
    fn from(name: &str) -> Self {
        Actor::new(name)
    }
}

impl From<String> for Actor {
    fn from(name: String) -> Self {
        Actor::new(name)
    }
}

/// The name, with the role in brackets when there is one: `Cabinet`, `Jane Smith (named
/// officer)`.
impl std::fmt::Display for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.role {
            Some(role) => write!(f, "{} ({role})", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// Names of several actors for readers, each with its role in brackets, joined by `, `:
/// `Cabinet, Jane Smith (named officer)`. `None` for none.
///
/// ```
/// # use yousaid::{Actor, actor::names};
/// assert_eq!(names(&[Actor::new("A"), Actor::new("B").role("lead")]).as_deref(), Some("A, B (lead)"));
/// assert_eq!(names(&[]), None);
/// ```
pub fn names(actors: &[Actor]) -> Option<String> {
    if actors.is_empty() {
        return None;
    }
    Some(
        actors
            .iter()
            .map(Actor::to_string)
            .collect::<Vec<_>>()
            .join(", "),
    )
}
