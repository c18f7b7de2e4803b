//! The render context: the one data structure every template receives, built template-ready
//! from a [`Summary`] and the tracking figures as of a date.
//!
//! Every built-in template and every user template receives the same variables. Strings are the
//! document's own text, unescaped: the output format escapes them (HTML auto-escaping,
//! Markdown neutralising) when a template prints them. Dates come as a [`DateView`] with
//! the words for readers (`text`) and, where HTML allows it, a machine form for `<time
//! datetime>`. Links come as a [`LinkView`] whose `href` is present only for `http`, `https`,
//! `mailto` and `tel` addresses.
//!
//! | variable | type | what |
//! |---|---|---|
//! | `summary` | [`SummaryView`] | title, owner, publisher, dates, introduction, purposes, plan, closing, copyright |
//! | `engagements` | list of [`EngagementView`] | each engagement (event, consultation, period, unit…): kind, date, place, hosts, attendance, organisations, presentations, groups, figures, response, decisions, nested engagements |
//! | `questions` | list of [`QuestionView`] | each question with the points made on it, nested (in the full view's `consultation` and `log` layouts, only those outside every section) |
//! | `other_points` | list of [`PointView`] | points recorded without a question (likewise) |
//! | `shape` | string | the full view's [`Layout`]: `event`, `consultation`, `log`, `recommendations` or `forum` |
//! | `sections` | list of [`SectionView`] | the `consultation`, `log` and `recommendations` layouts' blocks: an engagement with its questions, points and actions |
//! | `other_actions` | list of [`ActionView`] | top-level actions not shown with a point, a question or a section |
//! | `contents` | list of [`ContentsEntry`] | the contents list of a long page (empty for a short one) |
//! | `pairs` | list of [`PairView`] | "you said, we did": each suggestion with its response and the actions answering it |
//! | `actions` | list of [`ActionView`] | every top-level action, with sub-actions nested (empty for the built-in full view, which shows each action once: with what it answers, or in `other_actions`) |
//! | `tracker` | [`TrackerView`] | status counts, coverage, overdue actions, chart geometry |
//! | `as_of` | [`DateView`] or none | the date statuses are shown as of (none: as last recorded) |
//! | `view`, `format` | string | the view (`full`, `table`, `tracker`) and format (`html`, `fragment`, `markdown`, `text`) |
//! | `lang`, `dir` | string | the page language (BCP 47: the document's, or the labels' when an English or Welsh document is rendered in the other) and its direction (`ltr` or `rtl`) |
//! | `labels` | [`Labels`] | every built-in label by key, in the rendered language with any overrides (`labels.you_said`); phrases with numbers through the `label("key", n=…)` function |
//! | `level` | [`HeadingLevels`] | heading levels to use (a fragment starts one level lower) |
//! | `layout` | string | the template a built-in view extends (`page.html` or `fragment.html`) |
//!
//! These types are the only description of the context: a render builds a [`Context`] and
//! hands it to the template engine through its `Serialize` derive, so the fields a template
//! can read are exactly the fields declared here. To add one, add the field to its view type
//! (documented, like the others) and set it where this module builds that view; every
//! template, built-in or your own, can then read it, with no other list to keep in step.

use crate::id_map::{IdMap, IdSet};

use serde::Serialize;

use super::tracking::{self, Tracking, UNSTATED_KEY};
use std::borrow::Cow;

use super::labels::Labels;
use crate::action::{Action, AnswerTarget, Coverage, Status};
use crate::actor::Actor;
use crate::answered::AnsweredThrough;
use crate::date::PartialDate;
use crate::decision::Decision;
use crate::engagement::{Engagement, EngagementKind, GroupKind, Sector};
use crate::figure::{Count, Figure};
use crate::link::{Link, Url};
use crate::question::Question;
use crate::render::Layout;
use crate::response::Response;
use crate::suggestion::{Consent, Suggestion};
use crate::summary::{Purpose, PurposeList, Summary};
use crate::tracking::AsOf;
use crate::{Date, Stance};

/// A date for display: `text` for readers ("8 April 2014", "spring 2015"), `iso` as in JSON
/// ("2014-04-08", "2015-spring") and `machine`, a valid HTML `datetime` value when the date
/// has one (days, months and years).
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// For readers: `8 April 2014`, `March 2015`, `Q4 2021/22`, `spring 2015`.
    pub text: String,
    /// As written in the JSON document.
    pub iso: String,
    /// For `<time datetime="…">`, when HTML has a form for it.
    pub machine: Option<String>,
}

impl DateView {
    pub(crate) fn day(d: Date, labels: &Labels) -> Self {
        let iso = d.to_string();
        DateView {
            text: labels.day(d),
            machine: Some(iso.clone()),
            iso,
        }
    }

    pub(crate) fn partial(d: &PartialDate, labels: &Labels) -> Self {
        let iso = d.to_iso();
        let machine = match d {
            PartialDate::Day(_)
            | PartialDate::DayTime(..)
            | PartialDate::Month(..)
            | PartialDate::Year(_) => Some(iso.clone()),
            _ => None,
        };
        DateView {
            text: labels.date(d),
            iso,
            machine,
        }
    }
}

/// A link for display: `href` is set only for allowed (`http`, `https`, `mailto`, `tel`)
/// addresses;
/// `text` is the title, or the address itself.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView<'a> {
    /// The address, only when it is allowed.
    pub href: Option<&'a str>,
    /// What to show.
    pub text: &'a str,
}

impl<'a> LinkView<'a> {
    fn url(url: &'a Url, text: Option<&'a str>) -> Self {
        LinkView {
            href: url.is_allowed().then_some(url.as_str()),
            text: text.unwrap_or(url.as_str()),
        }
    }

    pub(crate) fn link(link: &'a Link) -> Self {
        LinkView::url(&link.url, link.title.as_deref())
    }
}

/// Heading levels for the sections of a view: 1, 2, 3, 4 in a page; 2, 3, 4, 5 in a
/// fragment, which is embedded under the host page's own `h1`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct HeadingLevels {
    /// The document title.
    pub title: u8,
    /// Sections ("What you said", "Next steps").
    pub section: u8,
    /// Sub-sections (each question, each event).
    pub sub: u8,
    /// Items within a sub-section.
    pub item: u8,
}

impl HeadingLevels {
    pub(crate) fn starting_at(first: u8) -> Self {
        HeadingLevels {
            title: first,
            section: first + 1,
            sub: first + 2,
            item: first + 3,
        }
    }
}

/// A person, office or body: `name`, `kind` (`person`, `office`, `body`, `department`,
/// `team`, or none), `role`, `organisation`, `link`.
#[derive(Debug, Clone, Serialize)]
pub struct ActorView<'a> {
    /// Their name.
    pub name: &'a str,
    /// What kind of actor, when stated.
    pub kind: Option<&'static str>,
    /// Their role.
    pub role: Option<&'a str>,
    /// The body they act for.
    pub organisation: Option<&'a str>,
    /// Their web page or address.
    pub link: Option<LinkView<'a>>,
}

impl<'a> ActorView<'a> {
    pub(crate) fn new(p: &'a Actor) -> Self {
        ActorView {
            name: &p.name,
            kind: p.kind.map(|k| k.as_str()),
            role: p.role.as_deref(),
            organisation: p.organisation.as_deref(),
            link: p.url.as_ref().map(|u| LinkView::url(u, None)),
        }
    }
}

/// Several actors' names for a line of text, with roles in brackets, joined by `, `: borrowed
/// when there is one without a role.
pub(crate) fn actor_names(actors: &[Actor]) -> Option<Cow<'_, str>> {
    match actors {
        [] => None,
        [one] if one.role.is_none() => Some(Cow::Borrowed(one.name.as_str())),
        _ => crate::actor::names(actors).map(Cow::Owned),
    }
}

/// A purpose point: `label` ("Consolidate"), `text`, and nested `points`.
#[derive(Debug, Clone, Serialize)]
pub struct PurposeView<'a> {
    /// The label, if any.
    pub label: Option<&'a str>,
    /// The point.
    pub text: &'a str,
    /// Sub-points.
    pub points: Vec<PurposeView<'a>>,
}

impl<'a> PurposeView<'a> {
    fn new(p: &'a Purpose) -> Self {
        PurposeView {
            label: p.label.as_deref(),
            text: &p.text,
            points: p.points.iter().map(PurposeView::new).collect(),
        }
    }
}

/// A list of purposes with its lead-in ("And then use this to:").
#[derive(Debug, Clone, Serialize)]
pub struct PurposeListView<'a> {
    /// Words introducing the list.
    pub lead_in: Option<&'a str>,
    /// The points.
    pub points: Vec<PurposeView<'a>>,
}

impl<'a> PurposeListView<'a> {
    fn new(l: &'a PurposeList) -> Self {
        PurposeListView {
            lead_in: l.lead_in.as_deref(),
            points: l.points.iter().map(PurposeView::new).collect(),
        }
    }
}

/// A plan outcome: `id`, `title`, `description`.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// What it means.
    pub description: Option<&'a str>,
}

/// The plan the summary serves: `title`, `link` (a [`LinkView`] or none), `outcomes`.
#[derive(Debug, Clone, Serialize)]
pub struct PlanView<'a> {
    /// Its title.
    pub title: &'a str,
    /// Where to read it.
    pub link: Option<LinkView<'a>>,
    /// Its outcomes.
    pub outcomes: Vec<OutcomeView<'a>>,
}

/// Closing words: `heading`, `paragraphs`, `signature` (an [`ActorView`]).
#[derive(Debug, Clone, Serialize)]
pub struct ClosingView<'a> {
    /// The heading ("Thank you").
    pub heading: Option<&'a str>,
    /// Paragraphs.
    pub paragraphs: &'a [String],
    /// Who signs.
    pub signature: Option<ActorView<'a>>,
}

/// A revision: `date`, `note`.
#[derive(Debug, Clone, Serialize)]
pub struct RevisionView<'a> {
    /// When.
    pub date: DateView,
    /// What the update was.
    pub note: Option<&'a str>,
}

/// The document's own fields.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryView<'a> {
    /// The title.
    pub title: &'a str,
    /// The language of the document's text (BCP 47; `en-GB` when not stated).
    pub language: &'a str,
    /// The accountable person or body.
    pub owner: Option<ActorView<'a>>,
    /// The publishing organisation.
    pub publisher: Option<&'a str>,
    /// When published.
    pub published: Option<DateView>,
    /// Earlier publications, oldest first.
    pub revisions: Vec<RevisionView<'a>>,
    /// Opening paragraphs.
    pub introduction: &'a [String],
    /// Purpose lists.
    pub purposes: Vec<PurposeListView<'a>>,
    /// The plan.
    pub plan: Option<PlanView<'a>>,
    /// Themes: `id`, `name`, `description`.
    pub themes: Vec<ThemeView<'a>>,
    /// Thanks and signature.
    pub closing: Option<ClosingView<'a>>,
    /// The copyright line.
    pub copyright: Option<&'a str>,
    /// The licence.
    pub licence: Option<&'a str>,
}

/// A theme: `id`, `name`, `description`.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its name.
    pub name: &'a str,
    /// What it covers.
    pub description: Option<&'a str>,
}

/// A stated head count: `count` in words ("over 100"), `unit` ("delegates"), `note`.
#[derive(Debug, Clone, Serialize)]
pub struct AttendanceView<'a> {
    /// The number as stated: `over 100`, `about 30`, `41`.
    pub count: String,
    /// Who: `delegates`.
    pub unit: &'a str,
    /// Anything the source adds.
    pub note: Option<&'a str>,
}

/// A named organisation: `name`, `sector`, `link`.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationView<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its sector (`public`, `third`, …), if stated.
    pub sector: Option<&'static str>,
    /// Its web site.
    pub link: Option<LinkView<'a>>,
}

/// The organisations at an event: `count` ("over 30"), `sectors` ("public and third"),
/// `named` organisations, and `complete` (false when the source says "including").
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationsView<'a> {
    /// How many, as stated.
    pub count: Option<String>,
    /// Sectors in words, joined: `public and third`.
    pub sectors: Option<String>,
    /// The count and sectors as one phrase ("over 30 public and third sector
    /// organisations"); none when neither is stated.
    pub text: Option<String>,
    /// Named organisations.
    pub named: Vec<OrganisationView<'a>>,
    /// Whether `named` lists them all.
    pub complete: bool,
}

/// A presentation: `speaker`, `organisation`, `title`, `topics`.
#[derive(Debug, Clone, Serialize)]
pub struct PresentationView<'a> {
    /// The speaker.
    pub speaker: Option<&'a str>,
    /// The speaker's role.
    pub role: Option<&'a str>,
    /// Their organisation.
    pub organisation: Option<&'a str>,
    /// The title of the talk.
    pub title: Option<&'a str>,
    /// Topics of this talk alone.
    pub topics: &'a [String],
}

/// A discussion group: `id`, `name`, `kind` (`table`, `workshop`, …), `size`.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its name.
    pub name: &'a str,
    /// What kind of group.
    pub kind: &'static str,
    /// How many took part, as stated.
    pub size: Option<String>,
}

/// Where: `name`, `address`, `online`, `link`.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceView<'a> {
    /// The venue.
    pub name: Option<&'a str>,
    /// Its address.
    pub address: Option<&'a str>,
    /// Whether (also) online.
    pub online: bool,
    /// A link to the venue or meeting.
    pub link: Option<LinkView<'a>>,
}

/// An engagement: an event, a consultation, a series, a period or a unit, with nested
/// `engagements`.
#[derive(Debug, Clone, Serialize)]
pub struct EngagementView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// What it is: `event`, `consultation`, `series`, `period`, `unit` or `other`.
    pub kind: &'static str,
    /// The source's own word for it ("awareness event", "Ward").
    pub label: Option<&'a str>,
    /// When it took place or began.
    pub date: Option<DateView>,
    /// When it ended.
    pub end_date: Option<DateView>,
    /// Where.
    pub place: Option<PlaceView<'a>>,
    /// Who held it, as one line: the hosts' names (with roles) joined by `, `.
    pub host: Option<Cow<'a, str>>,
    /// Who held it.
    pub hosts: Vec<ActorView<'a>>,
    /// Paragraphs in the source's words (for a consultation: what was asked).
    pub description: &'a [String],
    /// Stated head counts.
    pub attendance: Vec<AttendanceView<'a>>,
    /// The organisations that took part.
    pub organisations: Option<OrganisationsView<'a>>,
    /// Presentations.
    pub presentations: Vec<PresentationView<'a>>,
    /// Whether `presentations` names every speaker (`false`: "including …").
    pub presentations_complete: bool,
    /// Topics the presentations covered between them.
    pub shared_topics: &'a [String],
    /// Discussion groups.
    pub groups: Vec<GroupView<'a>>,
    /// Whether discussions were under the Chatham House rule.
    pub chatham_house: bool,
    /// Responses received in total, as stated.
    pub received: Option<FigureView<'a>>,
    /// How people took part, with counts where stated.
    pub channels: Vec<FigureView<'a>>,
    /// How many questions were asked.
    pub question_count: Option<String>,
    /// Other figures stated for it (results).
    pub figures: Vec<FigureView<'a>>,
    /// The response to it as a whole.
    pub response: Option<ResponseView<'a>>,
    /// Decisions taken after it.
    pub decisions: Vec<DecisionView<'a>>,
    /// Documents about it.
    pub documents: Vec<LinkView<'a>>,
    /// Engagements within it.
    pub engagements: Vec<EngagementView<'a>>,
}

/// A status for display: `key` (`in_progress`, for CSS classes) and `label` ("In progress").
#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    /// The stable machine name.
    pub key: &'static str,
    /// Words for readers.
    pub label: Cow<'static, str>,
}

impl StatusView {
    pub(crate) fn new(s: Status, labels: &Labels) -> Self {
        StatusView {
            key: s.as_str(),
            label: labels.status(s),
        }
    }
}

/// A response: `stance` (`key`, `label`; none when the response is text alone), `text`,
/// `reason`, `referred_to`, `by`, `timescale`, `date`.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseView<'a> {
    /// Where the body stands: `key` (`not_planned`) and `label` ("Not planned"); none when
    /// no stance is stated.
    pub stance: Option<StanceView>,
    /// The answer.
    pub text: Option<&'a str>,
    /// Why not.
    pub reason: Option<&'a str>,
    /// The body it was referred to.
    pub referred_to: Option<&'a str>,
    /// Who responded.
    pub by: Option<ActorView<'a>>,
    /// When it will happen, as stated.
    pub timescale: Option<&'a str>,
    /// When.
    pub date: Option<DateView>,
}

impl<'a> ResponseView<'a> {
    pub(crate) fn new(r: &'a Response, labels: &Labels) -> Self {
        ResponseView {
            stance: r.stance.map(|s| StanceView::new(s, labels)),
            text: r.text.as_deref(),
            reason: r.reason.as_deref(),
            referred_to: r.referred_to.as_deref(),
            by: r.by.as_ref().map(ActorView::new),
            timescale: r.timescale.as_deref(),
            date: r.date.map(|d| DateView::day(d, labels)),
        }
    }
}

/// A stance for display: `key` and `label`.
#[derive(Debug, Clone, Serialize)]
pub struct StanceView {
    /// The stable machine name.
    pub key: &'static str,
    /// Words for readers.
    pub label: Cow<'static, str>,
}

impl StanceView {
    pub(crate) fn new(s: Stance, labels: &Labels) -> Self {
        StanceView {
            key: s.as_str(),
            label: labels.stance(s),
        }
    }
}

/// A quote: `text`, and `attribution` only when consent to name was given.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteView<'a> {
    /// The words.
    pub text: &'a str,
    /// Who said it; none unless consent was given.
    pub attribution: Option<&'a str>,
}

/// An action as referred to from elsewhere: `id`, `title`, `owner`, `due`, `status`,
/// `coverage` (`full` or `partial`, when it answers a suggestion), `note`.
#[derive(Debug, Clone, Serialize)]
pub struct ActionRef<'a> {
    /// Its ID.
    pub id: &'a str,
    /// What will be done.
    pub title: &'a str,
    /// The item number as printed.
    pub number: Option<&'a str>,
    /// The external reference.
    pub reference: Option<&'a str>,
    /// A short label.
    pub label: Option<&'a str>,
    /// The source's words for `status` ("Complete"), only where they describe the status
    /// shown ([`ActionState::status_label`](crate::ActionState::status_label)).
    pub status_label: Option<&'a str>,
    /// Who is accountable: the owners' names (with roles) joined by `, `.
    pub owner: Option<Cow<'a, str>>,
    /// When due.
    pub due: Option<DateView>,
    /// Its status as of the render date; none when no status is stated (templates show no
    /// status, or "No status stated" where there is a status column).
    pub status: Option<StatusView>,
    /// The words to show for the status: `status_label` when given, else the built-in label
    /// of `status`; none when neither is stated.
    pub status_text: Option<Cow<'a, str>>,
    /// How much of the suggestion it answers.
    pub coverage: Option<&'static str>,
    /// How it answers it.
    pub note: Option<&'a str>,
}

/// A point participants made ("you said"), with its sub-points nested in `points`.
#[derive(Debug, Clone, Serialize)]
pub struct PointView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// The point.
    pub text: &'a str,
    /// What kind of point: `suggestion`, `question`, `concern`, `detail`, `commitment`.
    pub kind: &'static str,
    /// The item number as printed.
    pub number: Option<&'a str>,
    /// A short label.
    pub label: Option<&'a str>,
    /// Where it came from, in the source's words ("comment card", "Patient Panel").
    pub source: Option<&'a str>,
    /// The engagements it was raised at or belongs to (a period, a ward, an event), by title.
    pub engagements: Vec<&'a str>,
    /// Figures stated for it (votes, shares).
    pub figures: Vec<FigureView<'a>>,
    /// Themes, by name.
    pub themes: Vec<&'a str>,
    /// The groups that raised it, by name.
    pub groups: Vec<&'a str>,
    /// "raised by 4 of 6 tables", when groups are recorded.
    pub raised_by: Option<String>,
    /// How many raised it, when stated but not itemised ("about 40").
    pub mentions: Option<String>,
    /// A participant's words.
    pub quote: Option<QuoteView<'a>>,
    /// The body's answer.
    pub response: Option<ResponseView<'a>>,
    /// The actions answering it.
    pub actions: Vec<ActionRef<'a>>,
    /// The full view's answer: the top-level actions answering it that are shown here, in
    /// full with their sub-actions (each action is shown in full once, with the first point,
    /// question or section it answers).
    pub did: Vec<ActionView<'a>>,
    /// The other actions answering it (sub-actions, and actions shown in full elsewhere).
    pub see: Vec<ActionRef<'a>>,
    /// When it has no answer of its own but is answered with its question, a theme or an
    /// engagement as a whole: words saying so ("Answered with the question as a whole"),
    /// unless that answer is shown where the point stands (`answered_here`).
    pub answered_with: Option<Cow<'static, str>>,
    /// Whether it is answered with the question or engagement whose block it stands in, whose
    /// answer follows the points: nothing is written beside the point.
    pub answered_here: bool,
    /// Sub-points.
    pub points: Vec<PointView<'a>>,
}

/// A question with the points made on it.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// The question as asked.
    pub text: &'a str,
    /// Figures stated for it (how people answered).
    pub figures: Vec<FigureView<'a>>,
    /// The points made on it, in document order, nested.
    pub points: Vec<PointView<'a>>,
    /// The response to it as a whole.
    pub response: Option<ResponseView<'a>>,
    /// Decisions taken on it.
    pub decisions: Vec<DecisionView<'a>>,
    /// Top-level actions answering it, shown here in full (see [`PointView::did`]).
    pub did: Vec<ActionView<'a>>,
}

/// One "you said, we did" pair: the suggestion (`id`, `text`, `question`), its `response`, the
/// `actions` answering it, and `status`, the status of the answer overall.
#[derive(Debug, Clone, Serialize)]
pub struct PairView<'a> {
    /// The suggestion's ID.
    pub id: &'a str,
    /// What was said.
    pub text: &'a str,
    /// The text of the question it answers.
    pub question: Option<&'a str>,
    /// The response.
    pub response: Option<ResponseView<'a>>,
    /// The actions answering it.
    pub actions: Vec<ActionRef<'a>>,
    /// Words for the status column: the response's stance, the actions' statuses (in the
    /// source's own words when every answering action gives the same words for its status
    /// shown, see [`ActionState::status_label`](crate::ActionState::status_label)), or "No
    /// response yet".
    pub status: String,
    /// A key for styling the status: an action status key, a stance key, `answered` (an
    /// answer it inherits), or `none`.
    pub status_key: &'static str,
    /// When the point has no answer of its own but is answered with what it belongs to (its
    /// parent point, its question, a theme, a whole engagement): words saying so ("Answered
    /// with the question as a whole"). None otherwise.
    pub answered_with: Option<Cow<'static, str>>,
}

/// A dated update: `date`, `note`, `status` (and `status_text`, the words to show for it),
/// `percent`, `evidence` links.
#[derive(Debug, Clone, Serialize)]
pub struct UpdateView<'a> {
    /// When.
    pub date: DateView,
    /// What happened.
    pub note: Option<&'a str>,
    /// The status from then on, if it changed.
    pub status: Option<StatusView>,
    /// The words to show for it: the entry's own words ("Progress Made") when given, else the
    /// built-in label of `status`; none when neither is given.
    pub status_text: Option<Cow<'a, str>>,
    /// How far along.
    pub percent: Option<f64>,
    /// Evidence.
    pub evidence: Vec<LinkView<'a>>,
}

/// The words to show for a status: the source's own words where they describe it, else the
/// built-in label; none when neither is stated.
pub(crate) fn status_text<'a>(
    words: Option<&'a str>,
    status: Option<&StatusView>,
) -> Option<Cow<'a, str>> {
    match (words, status) {
        (Some(w), _) => Some(Cow::Borrowed(w)),
        (None, Some(s)) => Some(s.label.clone()),
        (None, None) => None,
    }
}

impl<'a> UpdateView<'a> {
    pub(crate) fn new(e: &'a crate::ProgressEntry, labels: &Labels) -> Self {
        let status = e.status.map(|s| StatusView::new(s, labels));
        UpdateView {
            date: DateView::partial(&e.date, labels),
            note: e.note.as_deref(),
            status_text: status_text(e.status_label.as_deref(), status.as_ref()),
            status,
            percent: e.percent,
            evidence: e.evidence.iter().map(LinkView::link).collect(),
        }
    }
}

/// A barrier: `text`, `since`, `resolved`.
#[derive(Debug, Clone, Serialize)]
pub struct BarrierView<'a> {
    /// What stands in the way.
    pub text: &'a str,
    /// When noted.
    pub since: Option<DateView>,
    /// When overcome.
    pub resolved: Option<DateView>,
}

/// Related work: `title`, `owner`, `link`, `note`, `depends`.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedView<'a> {
    /// What it is.
    pub title: &'a str,
    /// Whose it is.
    pub owner: Option<&'a str>,
    /// Where to read about it.
    pub link: Option<LinkView<'a>>,
    /// How it relates.
    pub note: Option<&'a str>,
    /// Whether this action waits for it.
    pub depends: bool,
}

/// A suggestion an action answers: `id`, `text`, `coverage`, `note`.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerView<'a> {
    /// What it answers: `suggestion`, `question`, `theme` or `engagement`.
    pub target: &'static str,
    /// The ID of what it answers.
    pub id: &'a str,
    /// What was said (the point's text, the question, the theme's name or the engagement's
    /// title).
    pub text: &'a str,
    /// `full` or `partial`.
    pub coverage: &'static str,
    /// How the action answers it.
    pub note: Option<&'a str>,
}

/// An action ("we did" / "we will"), with sub-actions nested in `actions`.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// What will be done.
    pub title: &'a str,
    /// Further paragraphs.
    pub notes: &'a [String],
    /// Who is accountable: the owners' names (with roles) joined by `, `.
    pub owner: Option<Cow<'a, str>>,
    /// Who is accountable.
    pub owners: Vec<ActorView<'a>>,
    /// The item number as printed.
    pub number: Option<&'a str>,
    /// The external reference.
    pub reference: Option<&'a str>,
    /// A short label.
    pub label: Option<&'a str>,
    /// The source's words for `status` ("Complete", "Progress Made"), only where they
    /// describe the status shown: not for an earlier status from the log as of the render
    /// date, nor for a rolled-up status that differs
    /// ([`ActionState::status_label`](crate::ActionState::status_label)).
    pub status_label: Option<&'a str>,
    /// The words to show for the status: `status_label` when given, else the built-in label
    /// of `status`; none when neither is stated (a status column shows "No status stated").
    /// Style and filter by `status.key`, not by these words.
    pub status_text: Option<Cow<'a, str>>,
    /// When it counts as done.
    pub done_when: Option<&'a str>,
    /// What it answers.
    pub answers: Vec<AnswerView<'a>>,
    /// The plan outcomes it serves, by title.
    pub outcomes: Vec<&'a str>,
    /// When due.
    pub due: Option<DateView>,
    /// When started.
    pub started: Option<DateView>,
    /// When completed.
    pub completed: Option<DateView>,
    /// Its status as of the render date; none when no status is stated (templates show no
    /// status, or "No status stated" where there is a status column).
    pub status: Option<StatusView>,
    /// Why blocked or dropped.
    pub status_reason: Option<&'a str>,
    /// `high`, `medium` or `low`.
    pub priority: Option<&'static str>,
    /// How far along, 0–100, as of the render date: stated, or rolled up from the sub-actions
    /// that state one; none when none is stated (a `done` action has none unless stated).
    pub percent: Option<f64>,
    /// For a rolled-up percent, how many sub-actions it averages: `stated` of `of`.
    pub percent_basis: Option<crate::PercentBasis>,
    /// Whether it is past due and not closed as of the render date.
    pub overdue: bool,
    /// Whether status and percent were rolled up from sub-actions.
    pub rolled_up: bool,
    /// The latest update as of the render date.
    pub latest: Option<UpdateView<'a>>,
    /// Every update up to the render date, oldest first.
    pub updates: Vec<UpdateView<'a>>,
    /// What stands in the way.
    pub barriers: Vec<BarrierView<'a>>,
    /// Actions that must be done first: `id`, `title`, `status`.
    pub depends_on: Vec<ActionRef<'a>>,
    /// Related work elsewhere.
    pub related: Vec<RelatedView<'a>>,
    /// Sub-actions.
    pub actions: Vec<ActionView<'a>>,
}

/// One bar of the status chart: `key`, `label`, `count`, and its `width` in percent of the
/// largest bar and `share` in percent of all actions.
#[derive(Debug, Clone, Serialize)]
pub struct StatusBar {
    /// The status key.
    pub key: &'static str,
    /// Words for readers.
    pub label: Cow<'static, str>,
    /// How many actions.
    pub count: usize,
    /// Bar length, 0–100, relative to the largest bar.
    pub width: f64,
    /// Share of all actions, 0–100.
    pub share: f64,
}

/// The tracking figures as of the render date.
#[derive(Debug, Clone, Serialize)]
pub struct TrackerView<'a> {
    /// How many top-level actions (sub-actions are rolled up into them).
    pub actions_total: usize,
    /// How many sub-actions were rolled up.
    pub sub_actions: usize,
    /// Counts of top-level actions per status, in display order: every status when every
    /// action states one; when some state none, the statuses some action has, then `unstated`
    /// ("No status stated"). Empty when there are no actions.
    pub status_counts: Vec<StatusBar>,
    /// How many top-level actions state no status (counted apart, never as not started).
    pub unstated: usize,
    /// How many top-level suggestions (sub-points count towards their suggestion).
    pub suggestions_total: usize,
    /// How many of them have a response or an action, themselves or through a sub-point.
    pub suggestions_answered: usize,
    /// `suggestions_answered` as a percentage of `suggestions_total`; none when there are no
    /// suggestions to count.
    pub answered_share: Option<f64>,
    /// Suggestions with neither a response nor an action: `id`, `text`.
    pub unanswered: Vec<AnswerView<'a>>,
    /// Overdue actions.
    pub overdue: Vec<ActionRef<'a>>,
    /// Every action and sub-action, flattened in document order, with `depth`.
    pub rows: Vec<TrackerRow<'a>>,
}

impl TrackerView<'_> {
    /// No figures: what views other than the tracker get.
    pub(super) fn empty() -> Self {
        TrackerView {
            actions_total: 0,
            sub_actions: 0,
            status_counts: Vec::new(),
            unstated: 0,
            suggestions_total: 0,
            suggestions_answered: 0,
            answered_share: None,
            unanswered: Vec::new(),
            overdue: Vec::new(),
            rows: Vec::new(),
        }
    }
}

/// A row of the tracker table: an action (`action`, without its sub-actions) and its `depth`.
#[derive(Debug, Clone, Serialize)]
pub struct TrackerRow<'a> {
    /// 0 for top-level actions.
    pub depth: usize,
    /// The action.
    pub action: ActionView<'a>,
}

/// A figure as stated, ready to show: `label` ("agreed with the proposal"), `amount` (its
/// numbers in words: "9 of 10 (90%)", "over 80%", "8 responses"), `text` (the source's own
/// wording), `side`, `bar`, `target`, `parts`. Nothing is computed: a percentage is shown
/// only when stated, and a bar only for a stated percentage.
#[derive(Debug, Clone, Serialize)]
pub struct FigureView<'a> {
    /// What it counts.
    pub label: Option<&'a str>,
    /// Its numbers in words: the count with its base, the percentage, the value; none when
    /// the figure states no number.
    pub amount: Option<String>,
    /// The source's own wording.
    pub text: Option<&'a str>,
    /// `for`, `against`, `neutral` or `unsure`, when stated.
    pub side: Option<&'static str>,
    /// A stated percentage (0–100) to draw as a bar; none without one.
    pub bar: Option<f64>,
    /// The target beside the actual, as stated.
    pub target: Option<String>,
    /// Its breakdown.
    pub parts: Vec<FigureView<'a>>,
}

impl<'a> FigureView<'a> {
    pub(crate) fn new(f: &'a Figure, l: &Labels) -> Self {
        let amount_text = |a: &crate::figure::Amount| {
            let n = a.value.to_string();
            qualified(l, a.qualifier, &n)
        };
        let percent = |a: &crate::figure::Amount| {
            let n = l.fill("figure_percent", &[("n", &a.value.to_string())]);
            qualified(l, a.qualifier, &n)
        };
        let mut amount = String::new();
        if let Some(c) = &f.count {
            amount = l.count(c);
            if let Some(of) = &f.of {
                amount = l.fill("n_of_m", &[("n", &amount), ("m", &l.count(of))]);
            }
            // A label names what is counted ("people responded"); the unit stands in for it.
            if let (None, Some(u)) = (&f.label, &f.unit) {
                amount = format!("{amount} {u}");
            }
        }
        if let Some(p) = &f.percent {
            let p = percent(p);
            if amount.is_empty() {
                amount = match &f.of {
                    Some(of) => l.fill("n_of_m", &[("n", &p), ("m", &l.count(of))]),
                    None => p,
                };
            } else {
                amount = format!("{amount} ({p})");
            }
        }
        if let Some(v) = &f.value {
            if !amount.is_empty() {
                amount.push_str("; ");
            }
            amount.push_str(&amount_text(v));
            if let Some(u) = &f.unit {
                amount = format!("{amount} {u}");
            }
        }
        FigureView {
            label: f.label.as_deref(),
            amount: (!amount.is_empty()).then_some(amount),
            text: f.text.as_deref(),
            side: f.side.map(|s| s.as_str()),
            bar: f
                .percent
                .map(|p| p.value)
                .filter(|v| (0.0..=100.0).contains(v)),
            target: f.target.as_ref().map(amount_text),
            parts: f.parts.iter().map(|p| FigureView::new(p, l)).collect(),
        }
    }
}

/// A number with its qualifier in words: "over 50%", "about 4.2".
fn qualified(l: &Labels, q: crate::figure::Qualifier, n: &str) -> String {
    use crate::figure::Qualifier;
    let key = match q {
        Qualifier::Exactly => return n.to_owned(),
        Qualifier::Over => "count_over",
        Qualifier::AtLeast => "count_at_least",
        Qualifier::About => "count_about",
        Qualifier::Under => "count_under",
        Qualifier::UpTo => "count_up_to",
    };
    l.fill(key, &[("n", n)])
}

/// The outcome of a decision for display: `key` (`proceed_with_changes`) and `label`
/// ("Proceed with changes").
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeLabel {
    /// The stable machine name.
    pub key: &'static str,
    /// Words for readers.
    pub label: Cow<'static, str>,
}

/// A decision: `by`, `date`, `outcome`, `text`, `changes`, `reasons`, `takes_effect`,
/// `document`.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionView<'a> {
    /// Who decided.
    pub by: Option<ActorView<'a>>,
    /// When.
    pub date: Option<DateView>,
    /// The outcome, when stated.
    pub outcome: Option<OutcomeLabel>,
    /// What was decided, in the source's words.
    pub text: Option<&'a str>,
    /// What changed because of what people said.
    pub changes: &'a [String],
    /// Why.
    pub reasons: &'a [String],
    /// When it takes effect.
    pub takes_effect: Option<DateView>,
    /// The decision document.
    pub document: Option<LinkView<'a>>,
}

impl<'a> DecisionView<'a> {
    pub(crate) fn new(d: &'a Decision, l: &Labels) -> Self {
        DecisionView {
            by: d.by.as_ref().map(ActorView::new),
            date: d.date.as_ref().map(|x| DateView::partial(x, l)),
            outcome: d.outcome.map(|o| OutcomeLabel {
                key: o.as_str(),
                label: l.text(&format!("decision_{}", o.as_str())),
            }),
            text: d.text.as_deref(),
            changes: &d.changes,
            reasons: &d.reasons,
            takes_effect: d.takes_effect.as_ref().map(|x| DateView::partial(x, l)),
            document: d.document.as_ref().map(LinkView::link),
        }
    }
}

/// A block of the `consultation`, `log` or `recommendations` layout: an `engagement` (a consultation, a ward, a
/// month) with the `questions`, `points` and `actions` that belong to it, kept together.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView<'a> {
    /// The id the built-in templates give its heading: `ys-s-1`, `ys-s-2`, …
    pub anchor: String,
    /// The engagement, with the engagements nested in it.
    pub engagement: EngagementView<'a>,
    /// Questions asked in it, each with its points and answers.
    pub questions: Vec<QuestionView<'a>>,
    /// Points raised in it without a question, each with its answer.
    pub points: Vec<PointView<'a>>,
    /// Top-level actions answering it or recorded in it, and not shown with a point or a
    /// question.
    pub actions: Vec<ActionView<'a>>,
}

/// An entry of the contents list: the `anchor` of a section heading, and either `text` (the
/// document's own words: an engagement's title, the closing heading) or `key`, naming a
/// built-in heading by its label key (`summary`, `purpose`, `what_you_said`,
/// `questions_and_answers`, `other_points`, `what_we_are_doing`, `recommendations_progress`,
/// `thank_you`).
#[derive(Debug, Clone, Serialize)]
pub struct ContentsEntry<'a> {
    /// The id of the section's heading.
    pub anchor: String,
    /// A built-in heading, when `text` is none.
    pub key: Option<&'static str>,
    /// The heading in the document's words.
    pub text: Option<&'a str>,
}

/// How many sections make a page long enough for a contents list.
pub const CONTENTS_FROM: usize = 5;

/// The whole render context; see the [module documentation](self) for the table of variables.
#[derive(Debug, Clone, Serialize)]
pub struct Context<'a> {
    /// `full`, `table` or `tracker`.
    pub view: &'static str,
    /// `html`, `fragment`, `markdown` or `text`.
    pub format: &'static str,
    /// The template a built-in view extends: `page.html` or `fragment.html`.
    pub layout: &'static str,
    /// The full view's [`Layout`]: `event`, `consultation`, `log`, `recommendations` or
    /// `forum`.
    pub shape: &'static str,
    /// The language of the page: the document's (BCP 47), or the labels' (`en`, `cy`) when
    /// an English or Welsh document is rendered in the other language.
    pub lang: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Heading levels.
    pub level: HeadingLevels,
    /// The built-in labels in the rendered language, with any overrides: a map from key to
    /// text (see [`labels`](super::labels)).
    pub labels: Labels,
    /// The date statuses are shown as of: the `--as-of` date, else the publication date, else
    /// none (statuses as last recorded).
    pub as_of: Option<DateView>,
    /// The document.
    pub summary: SummaryView<'a>,
    /// The engagements, with nested ones in each.
    pub engagements: Vec<EngagementView<'a>>,
    /// The questions, each with its points.
    pub questions: Vec<QuestionView<'a>>,
    /// Points recorded without a question.
    pub other_points: Vec<PointView<'a>>,
    /// "You said, we did" pairs.
    pub pairs: Vec<PairView<'a>>,
    /// Top-level actions with sub-actions nested.
    pub actions: Vec<ActionView<'a>>,
    /// The `consultation`, `log` and `recommendations` layouts' blocks, in order.
    pub sections: Vec<SectionView<'a>>,
    /// Top-level actions the full view does not show with a point, a question or a section.
    pub other_actions: Vec<ActionView<'a>>,
    /// The contents list of a page with [`CONTENTS_FROM`] sections or more; empty otherwise.
    pub contents: Vec<ContentsEntry<'a>>,
    /// Tracking figures.
    pub tracker: TrackerView<'a>,
}

const RTL_LANGUAGES: [&str; 9] = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ckb", "dv"];

pub(crate) fn direction(lang: &str) -> &'static str {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    if RTL_LANGUAGES
        .iter()
        .any(|l| l.eq_ignore_ascii_case(primary))
    {
        "rtl"
    } else {
        "ltr"
    }
}

fn join_sectors(sectors: &[Sector], labels: &Labels) -> Option<String> {
    let words: Vec<Cow<'_, str>> = sectors.iter().map(|&s| labels.sector(s)).collect();
    (!words.is_empty()).then(|| labels.and_list(&words))
}

fn group_kind(k: GroupKind) -> &'static str {
    match k {
        GroupKind::Table => "table",
        GroupKind::Workshop => "workshop",
        GroupKind::Breakout => "breakout",
        GroupKind::FocusGroup => "focus_group",
        GroupKind::Online => "online",
        GroupKind::Other => "other",
    }
}

pub(super) fn coverage_str(c: Coverage) -> &'static str {
    match c {
        Coverage::Full => "full",
        Coverage::Partial => "partial",
    }
}

pub(super) fn engagement_view<'a>(e: &'a Engagement, l: &Labels) -> EngagementView<'a> {
    let count_text = |c: &Count| l.count(c);
    EngagementView {
        id: &e.id,
        title: &e.title,
        kind: e.kind.as_str(),
        label: e.label.as_deref(),
        date: e.date.as_ref().map(|d| DateView::partial(d, l)),
        end_date: e.end_date.as_ref().map(|d| DateView::partial(d, l)),
        place: e.place.as_ref().map(|p| PlaceView {
            name: p.name.as_deref(),
            address: p.address.as_deref(),
            online: p.online,
            link: p.url.as_ref().map(|u| LinkView::url(u, None)),
        }),
        host: actor_names(&e.hosts),
        hosts: e.hosts.iter().map(ActorView::new).collect(),
        description: &e.description,
        attendance: e
            .attendance
            .iter()
            .map(|a| AttendanceView {
                count: l.count(&a.count),
                unit: &a.unit,
                note: a.note.as_deref(),
            })
            .collect(),
        organisations: e.organisations.as_ref().map(|o| {
            let count = o.count.as_ref().map(count_text);
            let sectors = join_sectors(&o.sectors, l);
            let text = match (&count, &sectors) {
                (Some(c), Some(s)) => Some(l.fill(
                    "organisations_count_sectors",
                    &[("count", c), ("sectors", s)],
                )),
                (Some(c), None) => Some(l.fill("organisations_count", &[("count", c)])),
                (None, Some(s)) => Some(l.fill("organisations_sectors", &[("sectors", s)])),
                (None, None) => None,
            };
            OrganisationsView {
                count,
                sectors,
                text,
                named: o
                    .named
                    .iter()
                    .map(|n| OrganisationView {
                        name: &n.name,
                        sector: n.sector.map(Sector::as_str),
                        link: n.url.as_ref().map(|u| LinkView::url(u, None)),
                    })
                    .collect(),
                complete: o.complete,
            }
        }),
        presentations: e
            .presentations
            .iter()
            .map(|p| PresentationView {
                speaker: p.speaker.as_deref(),
                role: p.role.as_deref(),
                organisation: p.organisation.as_deref(),
                title: p.title.as_deref(),
                topics: &p.topics,
            })
            .collect(),
        shared_topics: &e.shared_topics,
        groups: e
            .groups
            .iter()
            .map(|g| GroupView {
                id: &g.id,
                name: &g.name,
                kind: group_kind(g.kind),
                size: g.size.as_ref().map(count_text),
            })
            .collect(),
        chatham_house: e.chatham_house,
        presentations_complete: e.presentations_complete,
        received: e.received.as_ref().map(|f| FigureView::new(f, l)),
        channels: e.channels.iter().map(|f| FigureView::new(f, l)).collect(),
        question_count: e.question_count.as_ref().map(count_text),
        figures: e.figures.iter().map(|f| FigureView::new(f, l)).collect(),
        response: e.response.as_deref().map(|r| ResponseView::new(r, l)),
        decisions: e
            .decisions
            .iter()
            .map(|d| DecisionView::new(d, l))
            .collect(),
        documents: e.documents.iter().map(LinkView::link).collect(),
        engagements: e
            .engagements
            .iter()
            .map(|e| engagement_view(e, l))
            .collect(),
    }
}

/// An action answering a suggestion, with the link's coverage and note.
#[derive(Debug, Clone, Copy)]
pub(super) struct AnswerLink<'a> {
    /// The answering action.
    pub action: &'a Action,
    /// How much of the suggestion it answers.
    pub coverage: Coverage,
    /// How it answers it.
    pub note: Option<&'a str>,
}

/// Look-ups built once per render so that views stay linear in the size of the document.
pub(super) struct Index<'a> {
    pub(super) labels: Labels,
    pub(super) tracking: Tracking<'a>,
    /// Actions answering each suggestion, in document order of the actions.
    answers: IdMap<&'a str, Vec<AnswerLink<'a>>>,
    pub(super) actions: IdMap<&'a str, &'a Action>,
    themes: IdMap<&'a str, &'a str>,
    groups: IdMap<&'a str, &'a str>,
    outcomes: IdMap<&'a str, &'a str>,
    /// Every suggestion and sub-point by ID, for the actions' answers (the table shows none).
    suggestions: IdMap<&'a str, &'a Suggestion>,
    questions: IdMap<&'a str, &'a str>,
    engagements: IdMap<&'a str, &'a str>,
}

impl<'a> Index<'a> {
    pub(super) fn new(summary: &'a Summary, view: AsOf<'a>, needs: Needs, labels: Labels) -> Self {
        let tracking = tracking::tracking(
            summary,
            view,
            &labels,
            needs != Needs::Tracker,
            // Only the points (the full view) say who raised them.
            matches!(needs, Needs::Everything | Needs::Full),
            matches!(needs, Needs::Everything | Needs::Tracker),
        );
        let (answers, actions, suggestions) = Self::look_ups(summary, needs);
        let groups = summary
            .all_engagements()
            .flat_map(|(e, _)| e.groups.iter())
            .map(|g| (g.id.as_str(), g.name.as_str()))
            .collect();
        Index {
            labels,
            tracking,
            answers,
            actions,
            themes: summary
                .themes
                .iter()
                .map(|t| (t.id.as_str(), t.name.as_str()))
                .collect(),
            groups,
            outcomes: summary
                .plan
                .iter()
                .flat_map(|p| p.outcomes.iter())
                .map(|o| (o.id.as_str(), o.title.as_str()))
                .collect(),
            suggestions,
            questions: summary
                .questions
                .iter()
                .map(|q| (q.id.as_str(), q.text.as_str()))
                .collect(),
            engagements: summary
                .all_engagements()
                .map(|(e, _)| (e.id.as_str(), e.title.as_str()))
                .collect(),
        }
    }

    /// The look-ups that grow with the document: the actions answering each suggestion, the
    /// actions by ID, and the suggestions by ID (which the table does not need).
    #[expect(
        clippy::type_complexity,
        reason = "three maps built together, each used once by the caller"
    )]
    fn look_ups(
        summary: &'a Summary,
        needs: Needs,
    ) -> (
        IdMap<&'a str, Vec<AnswerLink<'a>>>,
        IdMap<&'a str, &'a Action>,
        IdMap<&'a str, &'a Suggestion>,
    ) {
        let mut answers: IdMap<&str, Vec<_>> = IdMap::default();
        let mut actions = IdMap::default();
        for (a, _) in summary.all_actions() {
            actions.insert(a.id.as_str(), a);
            for r in &a.responds_to {
                let Some(id) = &r.suggestion else { continue };
                answers.entry(id.as_str()).or_default().push(AnswerLink {
                    action: a,
                    coverage: r.coverage,
                    note: r.note.as_deref(),
                });
            }
        }
        let suggestions = if needs == Needs::Pairs {
            IdMap::default()
        } else {
            summary
                .all_suggestions()
                .map(|(s, _)| (s.id.as_str(), s))
                .collect()
        };
        (answers, actions, suggestions)
    }

    fn status(&self, a: &Action) -> Option<StatusView> {
        self.tracking
            .status(&a.id)
            .map(|s| StatusView::new(s, &self.labels))
    }

    /// The source's words for an action's status where they describe it, and the words to
    /// show for it: those, else the built-in label.
    fn status_words(
        &self,
        a: &Action,
        status: Option<&StatusView>,
    ) -> (Option<&'a str>, Option<Cow<'a, str>>) {
        let words = self.tracking.status_label(&a.id);
        (words, status_text(words, status))
    }

    pub(super) fn action_ref(
        &self,
        a: &'a Action,
        coverage: Option<Coverage>,
        note: Option<&'a str>,
    ) -> ActionRef<'a> {
        let status = self.status(a);
        let (status_label, status_text) = self.status_words(a, status.as_ref());
        ActionRef {
            id: &a.id,
            title: &a.title,
            number: a.number.as_deref(),
            reference: a.reference.as_deref(),
            label: a.label.as_deref(),
            status_label,
            owner: actor_names(&a.owners),
            due: a.due.as_ref().map(|d| DateView::partial(d, &self.labels)),
            status,
            status_text,
            coverage: coverage.map(coverage_str),
            note,
        }
    }

    pub(super) fn answering(&self, id: &str) -> Vec<ActionRef<'a>> {
        self.answer_links(id)
            .iter()
            .map(|l| self.action_ref(l.action, Some(l.coverage), l.note))
            .collect()
    }

    /// The actions answering the suggestion `id`, in document order.
    pub(super) fn answer_links(&self, id: &str) -> &[AnswerLink<'a>] {
        self.answers.get(id).map_or(&[], Vec::as_slice)
    }

    /// The words of what an answer targets: the point's text, the question, the theme's name
    /// or the engagement's title ("" when unknown).
    fn target_text(&self, target: AnswerTarget<'a>) -> &'a str {
        match target {
            AnswerTarget::Suggestion(id) => self
                .suggestions
                .get(id.as_str())
                .map_or("", |s| s.text.as_str()),
            AnswerTarget::Question(id) => self.questions.get(id.as_str()).copied().unwrap_or(""),
            AnswerTarget::Theme(id) => self.themes.get(id.as_str()).copied().unwrap_or(""),
            AnswerTarget::Engagement(id) => {
                self.engagements.get(id.as_str()).copied().unwrap_or("")
            }
        }
    }

    pub(super) fn response(&self, s: &'a Suggestion) -> Option<ResponseView<'a>> {
        s.response
            .as_deref()
            .map(|r| ResponseView::new(r, &self.labels))
    }

    pub(super) fn themes(&self, s: &'a Suggestion) -> Vec<&'a str> {
        s.themes
            .iter()
            .filter_map(|t| self.themes.get(t.as_str()).copied())
            .collect()
    }

    pub(super) fn groups(&self, s: &'a Suggestion) -> Vec<&'a str> {
        s.groups
            .iter()
            .filter_map(|g| self.groups.get(g.as_str()).copied())
            .collect()
    }

    pub(super) fn quote(s: &'a Suggestion) -> Option<QuoteView<'a>> {
        s.quote.as_ref().map(|q| QuoteView {
            text: &q.text,
            attribution: match q.consent {
                Consent::Given => q.attribution.as_deref(),
                Consent::Anonymous | Consent::NotRecorded => None,
            },
        })
    }

    /// The point `s`, numbered `next` in document order (parents first), as in
    /// [`Tracking::raised_by`](super::tracking::Tracking::raised_by); its sub-points take the
    /// numbers after it. The top-level actions answering it that `place` has not shown yet
    /// are shown with it, in full.
    fn point(
        &self,
        s: &'a Suggestion,
        next: &mut usize,
        place: &mut Placement<'a>,
    ) -> PointView<'a> {
        // Explicit recursion is bounded: rendering refuses nesting deeper than 100 levels.
        let number = *next;
        *next += 1;
        let inherited = self.tracking.inherited(number);
        let answered_here = inherited.is_some_and(|i| place.answers_here(i));
        let mut did = Vec::new();
        let mut see = Vec::new();
        for l in self.answer_links(&s.id) {
            if place.take(&l.action.id) {
                did.push(self.action(l.action, true));
            } else {
                see.push(self.action_ref(l.action, Some(l.coverage), l.note));
            }
        }
        PointView {
            id: &s.id,
            text: &s.text,
            kind: s.kind.as_str(),
            number: s.number.as_deref(),
            label: s.label.as_deref(),
            source: s.source.as_deref(),
            engagements: s
                .engagements
                .iter()
                .filter(|e| !place.known.contains(e.as_str()))
                .filter_map(|e| self.engagements.get(e.as_str()).copied())
                .collect(),
            figures: s
                .figures
                .iter()
                .map(|f| FigureView::new(f, &self.labels))
                .collect(),
            themes: self.themes(s),
            groups: self.groups(s),
            raised_by: self.tracking.raised_by(number),
            mentions: s.mentions.as_ref().map(|c| self.labels.count(c)),
            quote: Self::quote(s),
            response: self.response(s),
            actions: self.answering(&s.id),
            did,
            see,
            answered_with: inherited
                .filter(|_| !answered_here)
                .map(|i| self.labels.text(i.key)),
            answered_here,
            points: s
                .points
                .iter()
                .map(|p| self.point(p, next, place))
                .collect(),
        }
    }

    fn update(&self, e: &'a crate::ProgressEntry) -> UpdateView<'a> {
        UpdateView::new(e, &self.labels)
    }

    fn action(&self, a: &'a Action, with_children: bool) -> ActionView<'a> {
        ActionView {
            updates: self.updates(a),
            actions: if with_children {
                a.actions.iter().map(|c| self.action(c, true)).collect()
            } else {
                Vec::new()
            },
            ..self.action_head(a)
        }
    }

    /// Every update of an action up to the render date, oldest first.
    pub(super) fn updates(&self, a: &'a Action) -> Vec<UpdateView<'a>> {
        let cutoff = self.tracking.cutoff;
        a.progress
            .iter()
            .filter(|e| cutoff.is_none_or(|c| e.date.first_day() <= c))
            .map(|e| self.update(e))
            .collect()
    }

    /// An action without its `updates` and sub-actions (`actions`).
    pub(super) fn action_head(&self, a: &'a Action) -> ActionView<'a> {
        let state = self.tracking.state(&a.id);
        let latest = state
            .and_then(|s| s.latest.as_ref())
            .and_then(|l| a.progress.iter().rev().find(|e| *e == l))
            .map(|e| self.update(e));
        let status = state
            .and_then(|s| s.status)
            .map(|s| StatusView::new(s, &self.labels));
        let (status_label, status_text) = self.status_words(a, status.as_ref());
        ActionView {
            id: &a.id,
            title: &a.title,
            notes: &a.notes,
            owner: actor_names(&a.owners),
            owners: a.owners.iter().map(ActorView::new).collect(),
            number: a.number.as_deref(),
            reference: a.reference.as_deref(),
            label: a.label.as_deref(),
            status_label,
            status_text,
            done_when: a.done_when.as_deref(),
            answers: a
                .responds_to
                .iter()
                .filter_map(|r| {
                    let target = r.target()?;
                    Some(AnswerView {
                        target: target.field(),
                        id: target.id(),
                        text: self.target_text(target),
                        coverage: coverage_str(r.coverage),
                        note: r.note.as_deref(),
                    })
                })
                .collect(),
            outcomes: a
                .outcomes
                .iter()
                .filter_map(|o| self.outcomes.get(o.as_str()).copied())
                .collect(),
            due: a.due.as_ref().map(|d| DateView::partial(d, &self.labels)),
            started: a
                .started
                .as_ref()
                .map(|d| DateView::partial(d, &self.labels)),
            completed: a
                .completed
                .as_ref()
                .map(|d| DateView::partial(d, &self.labels)),
            status,
            status_reason: a.status_reason.as_deref(),
            priority: a.priority.map(|p| p.as_str()),
            percent: state.and_then(|s| s.percent),
            percent_basis: state.and_then(|s| s.percent_basis),
            overdue: state.is_some_and(|s| s.overdue),
            rolled_up: state.is_some_and(|s| s.rolled_up),
            latest,
            updates: Vec::new(),
            barriers: a
                .barriers
                .iter()
                .map(|b| BarrierView {
                    text: &b.text,
                    since: b.since.map(|d| DateView::day(d, &self.labels)),
                    resolved: b.resolved.map(|d| DateView::day(d, &self.labels)),
                })
                .collect(),
            depends_on: a
                .depends_on
                .iter()
                .filter_map(|d| self.actions.get(d.as_str()))
                .map(|d| self.action_ref(d, None, None))
                .collect(),
            related: a
                .related
                .iter()
                .map(|r| RelatedView {
                    title: &r.title,
                    owner: r.owner.as_deref(),
                    link: r.url.as_ref().map(|u| LinkView::url(u, None)),
                    note: r.note.as_deref(),
                    depends: r.depends,
                })
                .collect(),
            actions: Vec::new(),
        }
    }

    fn pairs(&self) -> Vec<PairView<'a>> {
        (0..self.tracking.pairs.len())
            .filter_map(|i| self.pair(i))
            .collect()
    }

    /// The `i`th pair of the tracking figures, or none when it is not shown.
    pub(super) fn pair(&self, i: usize) -> Option<PairView<'a>> {
        let p = self.tracking.pairs.get(i)?;
        let s = p.suggestion;
        let actions = self.answering(&s.id);
        // "You said" is what participants said: the body's own commitment listed among the
        // points is shown where it stands, not as something awaiting an answer, unless the
        // author answered it all the same.
        if s.kind == crate::SuggestionKind::Commitment && s.response.is_none() && actions.is_empty()
        {
            return None;
        }
        Some(PairView {
            id: &s.id,
            text: &s.text,
            question: p.question.and_then(|q| self.questions.get(q).copied()),
            response: self.response(s),
            actions,
            status: p.status_text.to_string(),
            status_key: p.status_key,
            answered_with: p.answered_with.map(|k| self.labels.text(k)),
        })
    }

    fn tracker(&self) -> TrackerView<'a> {
        TrackerView {
            unanswered: self.unanswered(),
            overdue: self.overdue(),
            rows: self.tracker_rows(),
            ..self.tracker_figures()
        }
    }

    pub(super) fn unanswered(&self) -> Vec<AnswerView<'a>> {
        self.tracking
            .unanswered
            .iter()
            .map(|s| AnswerView {
                target: "suggestion",
                id: &s.id,
                text: &s.text,
                coverage: "none",
                note: None,
            })
            .collect()
    }

    pub(super) fn overdue(&self) -> Vec<ActionRef<'a>> {
        self.tracking
            .overdue
            .iter()
            .map(|a| self.action_ref(a, None, None))
            .collect()
    }

    fn tracker_rows(&self) -> Vec<TrackerRow<'a>> {
        (0..self.tracking.states().len())
            .filter_map(|i| {
                let (depth, a) = self.tracker_row(i)?;
                Some(TrackerRow {
                    depth,
                    action: self.action(a, false),
                })
            })
            .collect()
    }

    /// The depth and action of the `i`th row of the tracker, if its action exists.
    pub(super) fn tracker_row(&self, i: usize) -> Option<(usize, &'a Action)> {
        let st = self.tracking.states().get(i)?;
        Some((st.depth, *self.actions.get(st.id.as_str())?))
    }

    /// The tracker's figures, without its lists (`unanswered`, `overdue`, `rows`).
    pub(super) fn tracker_figures(&self) -> TrackerView<'a> {
        let t = &self.tracking;
        let max = t.status_counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let total: usize = t.status_counts.iter().map(|(_, n)| *n).sum();
        let pct = |n: usize, of: usize| {
            if of == 0 {
                0.0
            } else {
                (n as f64 * 1000.0 / of as f64).round() / 10.0
            }
        };
        let unstated = t
            .status_counts
            .iter()
            .filter(|(s, _)| s.is_none())
            .map(|(_, n)| *n)
            .sum();
        // Every stated status when every action states one (a 0 is then a count); when some
        // state none, only the statuses some action has ("0 done" beside actions whose status
        // nobody stated would read as a fact), then "no status stated". Never a chart of zeros.
        let keep = |s: Option<Status>, n: usize| n > 0 || (s.is_some() && unstated == 0);
        TrackerView {
            actions_total: total,
            sub_actions: t.sub_actions,
            status_counts: t
                .status_counts
                .iter()
                .filter(|&&(s, n)| keep(s, n))
                .map(|&(s, n)| StatusBar {
                    key: s.map_or(UNSTATED_KEY, Status::as_str),
                    label: s.map_or_else(
                        || self.labels.text("status_unstated"),
                        |s| self.labels.status(s),
                    ),
                    count: n,
                    width: pct(n, max),
                    share: pct(n, total),
                })
                .collect(),
            unstated,
            suggestions_total: t.suggestions_total,
            suggestions_answered: t.suggestions_answered,
            answered_share: (t.suggestions_total > 0)
                .then(|| pct(t.suggestions_answered, t.suggestions_total)),
            unanswered: Vec::new(),
            overdue: Vec::new(),
            rows: Vec::new(),
        }
    }
}

/// What a view needs: the full view uses almost everything, the table only the pairs, the
/// tracker only the tracking figures. User templates get everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Needs {
    Everything,
    Full,
    Pairs,
    Tracker,
}

pub(crate) struct Frame {
    pub view: &'static str,
    pub shape: Layout,
    pub format: &'static str,
    pub layout: &'static str,
    pub first_heading: u8,
    pub needs: Needs,
}

/// The language of a page: the document's own, except that when the document is in English or
/// Welsh and the labels are rendered in the other, the labels' language (`cy` for a `en-GB`
/// document rendered in Welsh). A document in any other language keeps its own tag (and
/// direction): its text is most of the page.
pub(super) fn page_language<'a>(summary: &'a Summary, labels: &Labels) -> &'a str {
    let own = language(summary);
    let primary = own.split(['-', '_']).next().unwrap_or("");
    let rendered = labels.lang().as_str();
    let ours = super::Lang::ALL
        .iter()
        .any(|l| l.as_str().eq_ignore_ascii_case(primary));
    if ours && !primary.eq_ignore_ascii_case(rendered) {
        rendered
    } else {
        own
    }
}

/// The document language: a language tag is letters, digits and hyphens; anything else is
/// "undetermined".
pub(super) fn language(summary: &Summary) -> &str {
    match summary.language.as_deref() {
        None => "en-GB",
        Some(l)
            if !l.is_empty()
                && l.len() <= 35
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
        {
            l
        }
        Some(_) => "und",
    }
}

/// Which top-level actions the full view has shown in full so far: each is shown once, with
/// the first point, question or section (in reading order) it belongs to, or at the end.
pub(super) struct Placement<'a> {
    top: IdSet<&'a str>,
    shown: IdSet<&'a str>,
    /// Engagements a reader knows from where a point stands, and not named with it: those
    /// every top-level point belongs to, and the section being built.
    known: IdSet<&'a str>,
}

impl<'a> Placement<'a> {
    /// Whether the answer a point inherits is shown where the point stands, so that words
    /// saying "answered with the question as a whole" would only repeat it: a point with a
    /// question stands in its question's block, which ends with the question's answer, and a
    /// point of the engagement whose section is being built (or of the one every point
    /// belongs to) stands above that engagement's "We did".
    fn answers_here(&self, inherited: &super::tracking::Inherited) -> bool {
        match inherited.through {
            AnsweredThrough::Question => true,
            AnsweredThrough::Engagement => self.known.contains(inherited.id.as_str()),
            _ => false,
        }
    }

    fn new(summary: &'a Summary) -> Self {
        let mut known: IdSet<&str> = IdSet::default();
        if let Some((first, rest)) = summary.suggestions.split_first() {
            known.extend(
                first
                    .engagements
                    .iter()
                    .map(|e| e.as_str())
                    .filter(|e| rest.iter().all(|s| s.engagements.iter().any(|x| x == e))),
            );
        }
        Placement {
            top: summary.actions.iter().map(|a| a.id.as_str()).collect(),
            shown: IdSet::default(),
            known,
        }
    }

    /// Whether the action `id` is a top-level action not shown yet; it counts as shown from
    /// now on.
    fn take(&mut self, id: &'a str) -> bool {
        self.top.contains(id) && self.shown.insert(id)
    }
}

/// The full view's points, questions and actions, arranged for the layout.
#[derive(Default)]
struct Arranged<'a> {
    questions: Vec<QuestionView<'a>>,
    other_points: Vec<PointView<'a>>,
    sections: Vec<SectionView<'a>>,
    other_actions: Vec<ActionView<'a>>,
}

/// Where a top-level point or question goes.
#[derive(Clone, Copy)]
enum Home {
    Section(usize),
    Question(usize),
    Outside,
}

/// The engagements that make the sections of `shape`, and the section of every engagement
/// within them: in `consultation` and `recommendations`, every top-level engagement; in
/// `log`, every unit (a ward, a division), or every period when the document names no unit.
fn section_engagements(summary: &Summary, shape: Layout) -> (Vec<&Engagement>, IdMap<&str, usize>) {
    let mut list: Vec<&Engagement> = Vec::new();
    let mut of: IdMap<&str, usize> = IdMap::default();
    if matches!(shape, Layout::Consultation | Layout::Recommendations) {
        list.extend(summary.engagements.iter());
    } else if shape == Layout::Log {
        let kind = if summary
            .all_engagements()
            .any(|(e, _)| e.kind == EngagementKind::Unit)
        {
            EngagementKind::Unit
        } else {
            EngagementKind::Period
        };
        list.extend(
            summary
                .all_engagements()
                .map(|(e, _)| e)
                .filter(|e| e.kind == kind),
        );
    }
    for (i, e) in list.iter().enumerate() {
        of.insert(e.id.as_str(), i);
    }
    for (i, e) in list.iter().enumerate() {
        e.walk(&mut |x, _| {
            of.entry(x.id.as_str()).or_insert(i);
        });
    }
    (list, of)
}

fn arrange<'a>(ix: &Index<'a>, summary: &'a Summary, shape: Layout) -> Arranged<'a> {
    let (engagements, section_of) = section_engagements(summary, shape);
    let section = |ids: &[crate::Id]| ids.iter().find_map(|e| section_of.get(e.as_str()).copied());
    // Questions: where each goes, and the index of each by ID.
    let mut question_ix: IdMap<&str, usize> = IdMap::default();
    let question_home: Vec<Home> = summary
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            question_ix.insert(q.id.as_str(), i);
            section(&q.engagements).map_or(Home::Outside, Home::Section)
        })
        .collect();
    // Top-level points: the number of the first in document order (parents first), and
    // where each goes.
    let mut question_points: Vec<Vec<usize>> = vec![Vec::new(); summary.questions.len()];
    let mut section_points: Vec<Vec<usize>> = vec![Vec::new(); engagements.len()];
    let mut outside_points = Vec::new();
    let mut starts = Vec::with_capacity(summary.suggestions.len());
    let mut count = 0;
    for (i, s) in summary.suggestions.iter().enumerate() {
        starts.push(count);
        s.walk(&mut |_, _| count += 1);
        let home = match s.question.as_deref().and_then(|q| question_ix.get(q)) {
            Some(&q) => Home::Question(q),
            None => section(&s.engagements).map_or(Home::Outside, Home::Section),
        };
        match home {
            Home::Question(q) => question_points[q].push(i),
            Home::Section(e) => section_points[e].push(i),
            Home::Outside => outside_points.push(i),
        }
    }
    // Top-level actions answering each question, and answering or recorded in each section.
    let mut question_actions: Vec<Vec<&Action>> = vec![Vec::new(); summary.questions.len()];
    let mut section_actions: Vec<Vec<&Action>> = vec![Vec::new(); engagements.len()];
    for a in &summary.actions {
        let mut in_section = None;
        for r in &a.responds_to {
            for t in r.targets() {
                match t {
                    AnswerTarget::Question(q) => {
                        if let Some(&qi) = question_ix.get(q.as_str()) {
                            question_actions[qi].push(a);
                        }
                    }
                    AnswerTarget::Engagement(e) => {
                        in_section = in_section.or_else(|| section_of.get(e.as_str()).copied());
                    }
                    AnswerTarget::Suggestion(_) | AnswerTarget::Theme(_) => {}
                }
            }
        }
        if let Some(si) = in_section.or_else(|| section(&a.engagements)) {
            section_actions[si].push(a);
        }
    }
    let mut place = Placement::new(summary);
    let points = |list: &[usize], place: &mut Placement<'a>| -> Vec<PointView<'a>> {
        list.iter()
            .map(|&i| ix.point(&summary.suggestions[i], &mut starts[i].clone(), place))
            .collect()
    };
    let actions = |list: &[&'a Action], place: &mut Placement<'a>| -> Vec<ActionView<'a>> {
        list.iter()
            .filter(|a| place.take(&a.id))
            .map(|a| ix.action(a, true))
            .collect()
    };
    let question = |i: usize, q: &'a Question, place: &mut Placement<'a>| QuestionView {
        id: &q.id,
        text: &q.text,
        figures: q
            .figures
            .iter()
            .map(|f| FigureView::new(f, &ix.labels))
            .collect(),
        points: points(&question_points[i], place),
        response: q
            .response
            .as_deref()
            .map(|r| ResponseView::new(r, &ix.labels)),
        decisions: q
            .decisions
            .iter()
            .map(|d| DecisionView::new(d, &ix.labels))
            .collect(),
        did: actions(&question_actions[i], place),
    };
    let mut out = Arranged::default();
    for (si, e) in engagements.iter().enumerate() {
        let already = !place.known.insert(e.id.as_str());
        let questions = summary
            .questions
            .iter()
            .enumerate()
            .filter(|(i, _)| matches!(question_home[*i], Home::Section(h) if h == si))
            .map(|(i, q)| question(i, q, &mut place))
            .collect();
        let points = points(&section_points[si], &mut place);
        if !already {
            place.known.remove(e.id.as_str());
        }
        out.sections.push(SectionView {
            anchor: format!("ys-s-{}", si + 1),
            engagement: engagement_view(e, &ix.labels),
            questions,
            points,
            actions: actions(&section_actions[si], &mut place),
        });
    }
    if shape == Layout::Recommendations {
        // A tracker's engagements group its items (a review, a year): one that holds none, and
        // says nothing of its own, makes no section.
        out.sections.retain(|s| {
            let e = &s.engagement;
            !(s.actions.is_empty()
                && s.points.is_empty()
                && s.questions.is_empty()
                && e.description.is_empty()
                && e.figures.is_empty()
                && e.received.is_none()
                && e.response.is_none()
                && e.decisions.is_empty()
                && e.engagements.is_empty())
        });
    }
    out.questions = summary
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| matches!(question_home[*i], Home::Outside))
        .map(|(i, q)| question(i, q, &mut place))
        .collect();
    out.other_points = points(&outside_points, &mut place);
    let all: Vec<&Action> = summary.actions.iter().collect();
    out.other_actions = actions(&all, &mut place);
    out
}

/// The contents list of a long page: the sections the built-in full view shows, in its order,
/// when there are [`CONTENTS_FROM`] or more.
fn contents<'a>(summary: &'a Summary, shape: Layout, a: &Arranged<'a>) -> Vec<ContentsEntry<'a>> {
    let fixed = |anchor: &str, key| ContentsEntry {
        anchor: anchor.to_owned(),
        key: Some(key),
        text: None,
    };
    let mut out = Vec::new();
    if !summary.introduction.is_empty() || summary.plan.is_some() {
        out.push(fixed("ys-introduction", "summary"));
    }
    if !a.sections.is_empty() {
        out.extend(a.sections.iter().map(|s| ContentsEntry {
            anchor: s.anchor.clone(),
            key: None,
            text: Some(s.engagement.title),
        }));
    } else {
        out.extend(
            summary
                .engagements
                .iter()
                .enumerate()
                .map(|(i, e)| ContentsEntry {
                    anchor: format!("ys-event-{}", i + 1),
                    key: None,
                    text: Some(e.title.as_str()),
                }),
        );
    }
    if !summary.purposes.is_empty() {
        out.push(fixed("ys-purposes", "purpose"));
    }
    if !a.questions.is_empty() || !a.other_points.is_empty() {
        out.push(fixed("ys-said", said_key(shape, !a.sections.is_empty())));
    }
    if !a.other_actions.is_empty() {
        out.push(fixed("ys-actions", actions_key(shape)));
    }
    if let Some(c) = &summary.closing {
        out.push(match &c.heading {
            Some(h) => ContentsEntry {
                anchor: "ys-closing".to_owned(),
                key: None,
                text: Some(h.as_str()),
            },
            None => fixed("ys-closing", "thank_you"),
        });
    }
    if out.len() < CONTENTS_FROM {
        out.clear();
    }
    out
}

/// The label key of the heading of the points outside every section.
fn said_key(shape: Layout, after_sections: bool) -> &'static str {
    match shape {
        Layout::Forum => "questions_and_answers",
        _ if after_sections => "other_points",
        _ => "what_you_said",
    }
}

/// The label key of the heading of `other_actions`.
fn actions_key(shape: Layout) -> &'static str {
    match shape {
        Layout::Recommendations => "recommendations_progress",
        _ => "what_we_are_doing",
    }
}

pub(crate) fn build<'a>(
    summary: &'a Summary,
    view: AsOf<'a>,
    frame: Frame,
    labels: Labels,
) -> Context<'a> {
    let lang = page_language(summary, &labels);
    let ix = Index::new(summary, view, frame.needs, labels);
    let full = matches!(frame.needs, Needs::Everything | Needs::Full);
    let arranged = if full {
        arrange(&ix, summary, frame.shape)
    } else {
        Arranged::default()
    };
    let contents = if full {
        contents(summary, frame.shape, &arranged)
    } else {
        Vec::new()
    };
    Context {
        view: frame.view,
        format: frame.format,
        layout: frame.layout,
        shape: frame.shape.as_str(),
        lang,
        dir: direction(lang),
        level: HeadingLevels::starting_at(frame.first_heading),
        labels: ix.labels.clone(),
        as_of: ix.tracking.date.map(|d| DateView::day(d, &ix.labels)),
        summary: summary_view(summary, &ix.labels),
        engagements: summary
            .engagements
            .iter()
            .map(|e| engagement_view(e, &ix.labels))
            .collect(),
        questions: arranged.questions,
        other_points: arranged.other_points,
        pairs: if frame.needs != Needs::Tracker {
            ix.pairs()
        } else {
            Vec::new()
        },
        actions: if frame.needs == Needs::Everything {
            summary.actions.iter().map(|a| ix.action(a, true)).collect()
        } else {
            Vec::new()
        },
        sections: arranged.sections,
        other_actions: arranged.other_actions,
        contents,
        tracker: if matches!(frame.needs, Needs::Everything | Needs::Tracker) {
            ix.tracker()
        } else {
            TrackerView::empty()
        },
    }
}

pub(super) fn summary_view<'a>(summary: &'a Summary, l: &Labels) -> SummaryView<'a> {
    SummaryView {
        title: &summary.title,
        language: language(summary),
        owner: summary.owner.as_ref().map(ActorView::new),
        publisher: summary.publisher.as_deref(),
        published: summary.published.as_ref().map(|d| DateView::partial(d, l)),
        revisions: summary
            .revisions
            .iter()
            .map(|r| RevisionView {
                date: DateView::partial(&r.date, l),
                note: r.note.as_deref(),
            })
            .collect(),
        introduction: &summary.introduction,
        purposes: summary.purposes.iter().map(PurposeListView::new).collect(),
        plan: summary.plan.as_ref().map(|p| PlanView {
            title: &p.title,
            link: p.url.as_ref().map(|u| LinkView::url(u, Some(&p.title))),
            outcomes: p
                .outcomes
                .iter()
                .map(|o| OutcomeView {
                    id: &o.id,
                    title: &o.title,
                    description: o.description.as_deref(),
                })
                .collect(),
        }),
        themes: summary
            .themes
            .iter()
            .map(|t| ThemeView {
                id: &t.id,
                name: &t.name,
                description: t.description.as_deref(),
            })
            .collect(),
        closing: summary.closing.as_ref().map(|c| ClosingView {
            heading: c.heading.as_deref(),
            paragraphs: &c.paragraphs,
            signature: c.signature.as_ref().map(ActorView::new),
        }),
        copyright: summary.copyright.as_deref(),
        licence: summary.licence.as_deref(),
    }
}
