//! Engagements: anything points are gathered under or grouped by — an event, a consultation,
//! a series of events, a reporting period, a place or unit — nesting to any depth.
//!
//! An [`Engagement`] keeps what the source says about it: its [`EngagementKind`] and the
//! source's own word for it, who hosted it, who came ("over 100 delegates" is a [`Count`]
//! with [`Qualifier::Over`](crate::Qualifier::Over)), which organisations took part (possibly
//! only *including* some named ones: [`Organisations::complete`] is then `false`), who
//! presented what, the discussion [`Group`]s whose points become suggestions, the responses
//! received and through which channels (as [`Figure`]s), and the response and decisions that
//! answer it as a whole.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::date::PartialDate;
use crate::decision::Decision;
use crate::figure::{Count, Figure};
use crate::id::Id;
use crate::link::{Link, Url};
use crate::response::Response;

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_true(b: &bool) -> bool {
    *b
}

fn yes() -> bool {
    true
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
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

crate::names::names! {
    serde Sector, "sector" {
        Public => "public",
        Private => "private",
        Third => "third",
        Community => "community",
        Education => "education",
        Faith => "faith",
        Other => "other",
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
    /// The speaker's role ("Detective Inspector", "Chair").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The organisation the speaker came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The title of the talk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Topics this presentation covered. Topics the presentations covered *between them* belong
    /// in [`Engagement::shared_topics`] instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
}

/// What kind of discussion group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
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

crate::names::names! {
    serde GroupKind, "group kind" {
        Table => "table",
        Workshop => "workshop",
        Breakout => "breakout",
        FocusGroup => "focus_group",
        Online => "online",
        Other => "other",
    }
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

/// What an engagement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EngagementKind {
    /// A meeting, forum, workshop, drop-in, awareness day, or one session of a series.
    Event,
    /// A consultation: people were asked, over a period, through one or more channels.
    Consultation,
    /// A series of events.
    Series,
    /// A reporting period a rolling page groups feedback by: a month, a quarter, a year.
    Period,
    /// A place or organisational unit feedback is about: a ward, an estate, a division, a
    /// service, a borough.
    Unit,
    /// Anything else.
    Other,
}

crate::names::names! {
    serde EngagementKind, "engagement kind" {
        Event => "event",
        Consultation => "consultation",
        Series => "series",
        Period => "period",
        Unit => "unit",
        Other => "other",
    }
}

/// An engagement: an event, a consultation, a series, a period or a unit that points are
/// gathered under or grouped by. Engagements nest: the events of a consultation, the months
/// of a year, the sessions of a series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    /// ID, unique among all engagements of the summary, nested ones included.
    pub id: Id,
    /// Its title ("Increasing Awareness of Human Trafficking", "Quarter 2 2023/24").
    pub title: String,
    /// What it is.
    pub kind: EngagementKind,
    /// The source's own word for it ("Awareness event", "Ward", "Quarter").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// When it took place or began (a consultation: when it opened).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// When it ended, for events over several days or consultations open for weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<PartialDate>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// Who held it; facilitators are hosts with the role `facilitator`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<Actor>,
    /// Paragraphs describing it, in the source's words; for a consultation, what was asked
    /// ("We asked").
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
    /// Whether `presentations` lists every speaker (default: `true`). `false` when the source
    /// names only some ("speakers included …").
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub presentations_complete: bool,
    /// Topics the presentations covered between them, not attributed to one speaker.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_topics: Vec<String>,
    /// Discussion groups (roundtable tables, workshops).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Whether discussions were held under the Chatham House rule (points unattributed).
    #[serde(default, skip_serializing_if = "is_false")]
    pub chatham_house: bool,
    /// The responses received in total, with a breakdown by respondent type in its `parts`
    /// ("74 responses").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<Figure>,
    /// How people took part, with counts where stated ("online survey: 7 responses",
    /// "letters delivered").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Figure>,
    /// How many questions were asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_count: Option<Count>,
    /// Other results stated for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// The body's answer to it as a whole ("We did", for a consultation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Box<Response>>,
    /// Decisions taken after it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Documents about it: the consultation report, the outcome, the final strategy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Link>,
    /// Engagements within it, nested to any depth.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub engagements: Vec<Engagement>,
}

impl Engagement {
    /// An engagement with an ID, a title and a kind, and nothing else.
    ///
    /// ```
    /// # use yousaid::{Engagement, EngagementKind, Count};
    /// let e = Engagement::new("e1", "Awareness event", EngagementKind::Event)
    ///     .date("2014-04-08".parse().unwrap())
    ///     .attendance(Count::over(100), "delegates");
    /// assert_eq!(e.attendance[0].count.to_string(), "over 100");
    /// ```
    pub fn new(id: impl Into<Id>, title: impl Into<String>, kind: EngagementKind) -> Self {
        Engagement {
            id: id.into(),
            title: title.into(),
            kind,
            label: None,
            date: None,
            end_date: None,
            place: None,
            hosts: Vec::new(),
            description: Vec::new(),
            attendance: Vec::new(),
            organisations: None,
            presentations: Vec::new(),
            presentations_complete: true,
            shared_topics: Vec::new(),
            groups: Vec::new(),
            chatham_house: false,
            received: None,
            channels: Vec::new(),
            question_count: None,
            figures: Vec::new(),
            response: None,
            decisions: Vec::new(),
            documents: Vec::new(),
            engagements: Vec::new(),
        }
    }

    /// An engagement of kind [`EngagementKind::Event`].
    pub fn event(id: impl Into<Id>, title: impl Into<String>) -> Self {
        Engagement::new(id, title, EngagementKind::Event)
    }

    /// Sets the source's own word for it (default: none).
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Sets the date (default: none).
    pub fn date(mut self, date: PartialDate) -> Self {
        self.date = Some(date);
        self
    }

    /// Adds a host.
    pub fn host(mut self, host: impl Into<Actor>) -> Self {
        self.hosts.push(host.into());
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

    /// Sets the responses received (default: none).
    pub fn received(mut self, received: Figure) -> Self {
        self.received = Some(received);
        self
    }

    /// Adds a channel.
    pub fn channel(mut self, channel: Figure) -> Self {
        self.channels.push(channel);
        self
    }

    /// Adds a figure.
    pub fn figure(mut self, figure: Figure) -> Self {
        self.figures.push(figure);
        self
    }

    /// Sets the response to it as a whole (default: none).
    pub fn response(mut self, response: Response) -> Self {
        self.response = Some(Box::new(response));
        self
    }

    /// Adds a decision.
    pub fn decision(mut self, decision: Decision) -> Self {
        self.decisions.push(decision);
        self
    }

    /// Adds a nested engagement.
    pub fn engagement(mut self, engagement: Engagement) -> Self {
        self.engagements.push(engagement);
        self
    }

    /// Visits this engagement and every nested one, depth first, parents before children.
    ///
    /// ```
    /// # use yousaid::{Engagement, EngagementKind};
    /// let c = Engagement::new("c", "C", EngagementKind::Consultation)
    ///     .engagement(Engagement::event("e", "E"));
    /// let mut ids = Vec::new();
    /// c.walk(&mut |x, depth| ids.push((x.id.clone(), depth)));
    /// assert_eq!(ids, [("c".into(), 0), ("e".into(), 1)]);
    /// ```
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Engagement, usize)) {
        let mut stack = vec![(self, 0usize)];
        while let Some((e, depth)) = stack.pop() {
            visit(e, depth);
            stack.extend(e.engagements.iter().rev().map(|c| (c, depth + 1)));
        }
    }
}
