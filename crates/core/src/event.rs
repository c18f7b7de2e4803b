//! Events: where people were asked — an awareness event, a workshop, a survey, a drop-in.
//!
//! An [`Event`] keeps what the source says about who came ("over 100 delegates" is a
//! [`Count`] with [`Qualifier::Over`]), which organisations took part (possibly only
//! *including* some named ones: [`Organisations::complete`] is then `false`), who presented
//! what, and the discussion [`Group`]s whose points become suggestions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::id::Id;
use crate::link::Url;

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_true(b: &bool) -> bool {
    *b
}

fn yes() -> bool {
    true
}

/// How exact a stated number is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
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

/// A stated head count: "over 100 delegates", "41 responses".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// How many.
    pub count: Count,
    /// Who, in the plural as the source says it: "delegates", "residents", "responses".
    pub unit: String,
    /// Anything the source adds ("23 organisations and 17 individuals").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The sector an organisation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Government, police, NHS, councils.
    Public,
    /// Businesses.
    Private,
    /// Charities, voluntary and social enterprises.
    Third,
    /// Community groups and residents' associations.
    Community,
    /// Universities, colleges and schools.
    Education,
    /// Faith groups.
    Faith,
    /// Anything else.
    Other,
}

impl Sector {
    /// The sector as an adjective: `public`, `third`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Public => "public",
            Sector::Private => "private",
            Sector::Third => "third",
            Sector::Community => "community",
            Sector::Education => "education",
            Sector::Faith => "faith",
            Sector::Other => "other",
        }
    }
}

/// A named organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name.
    pub name: String,
    /// Its sector, when the source says or it is beyond doubt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// Its web site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
}

impl Organisation {
    /// An organisation with a name and no sector.
    pub fn new(name: impl Into<String>) -> Self {
        Organisation {
            name: name.into(),
            sector: None,
            url: None,
        }
    }

    /// Sets the sector (default: none).
    pub fn sector(mut self, sector: Sector) -> Self {
        self.sector = Some(sector);
        self
    }
}

/// The organisations that took part in an event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisations {
    /// How many took part, as stated ("over 30").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<Count>,
    /// The sectors the source says they came from, as a whole ("public and third sector").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Sector>,
    /// Organisations named in the source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named: Vec<Organisation>,
    /// Whether `named` lists every organisation (default: `true`). `false` for "including …".
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub complete: bool,
}

/// A presentation given at an event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Presentation {
    /// The speaker's name, if the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The organisation the speaker came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The title of the talk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Topics this presentation covered. Topics the presentations covered *between them* belong
    /// in [`Event::shared_topics`] instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
}

/// What kind of discussion group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// A roundtable discussion table.
    #[default]
    Table,
    /// A workshop.
    Workshop,
    /// A breakout room.
    Breakout,
    /// A focus group.
    FocusGroup,
    /// An online forum or survey channel.
    Online,
    /// Anything else.
    Other,
}

/// A discussion group at an event: suggestions record which groups raised them, so
/// "raised by 4 of 6 tables" can be derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// ID, unique among groups.
    pub id: Id,
    /// Its name ("Table 3").
    pub name: String,
    /// What kind of group (default: table).
    #[serde(default, skip_serializing_if = "is_default_kind")]
    pub kind: GroupKind,
    /// How many took part in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<Count>,
}

fn is_default_kind(k: &GroupKind) -> bool {
    *k == GroupKind::Table
}

impl Group {
    /// A roundtable table.
    pub fn new(id: impl Into<Id>, name: impl Into<String>) -> Self {
        Group {
            id: id.into(),
            name: name.into(),
            kind: GroupKind::Table,
            size: None,
        }
    }
}

/// Where an event took place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The venue's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Whether the event (also) took place online.
    #[serde(default, skip_serializing_if = "is_false")]
    pub online: bool,
    /// A web address for the venue or the online meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
}

/// An event, meeting, workshop or survey at which people were asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// ID, unique among events.
    pub id: Id,
    /// Its title ("Increasing Awareness of Human Trafficking").
    pub title: String,
    /// What kind of event, in words ("awareness event", "online survey").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// When it took place or began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// When it ended, for events over several days or surveys open for weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<PartialDate>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// Who held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Paragraphs describing the event, in the source's words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<String>,
    /// Stated head counts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// The organisations that took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisations: Option<Organisations>,
    /// Presentations given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presentations: Vec<Presentation>,
    /// Topics the presentations covered between them, not attributed to one speaker.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_topics: Vec<String>,
    /// Discussion groups (roundtable tables, workshops).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Whether discussions were held under the Chatham House rule (points unattributed).
    #[serde(default, skip_serializing_if = "is_false")]
    pub chatham_house: bool,
}

impl Event {
    /// An event with an ID and a title and nothing else.
    ///
    /// ```
    /// # use yousaid::{Event, Count};
    /// let e = Event::new("e1", "Awareness event")
    ///     .date("2014-04-08".parse().unwrap())
    ///     .attendance(Count::over(100), "delegates");
    /// assert_eq!(e.attendance[0].count.to_string(), "over 100");
    /// ```
    pub fn new(id: impl Into<Id>, title: impl Into<String>) -> Self {
        Event {
            id: id.into(),
            title: title.into(),
            kind: None,
            date: None,
            end_date: None,
            place: None,
            host: None,
            description: Vec::new(),
            attendance: Vec::new(),
            organisations: None,
            presentations: Vec::new(),
            shared_topics: Vec::new(),
            groups: Vec::new(),
            chatham_house: false,
        }
    }

    /// Sets the date (default: none).
    pub fn date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Adds a stated head count.
    pub fn attendance(mut self, count: Count, unit: impl Into<String>) -> Self {
        self.attendance.push(Attendance {
            count,
            unit: unit.into(),
            note: None,
        });
        self
    }

    /// Adds a discussion group.
    pub fn group(mut self, group: Group) -> Self {
        self.groups.push(group);
        self
    }
}
