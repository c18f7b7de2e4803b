# Generated from schema/yousaid.schema.json by crates/py/tools/model_types.py.
# Do not edit: change the Rust model, then regenerate the schema and this file.
"""The typed, read-only views of the yousaid/2 document model: frozen dataclasses
generated from the format's JSON Schema, built from the plain data the core gives by
:meth:`yousaid._record._Record._from`."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, Dict, Literal, Optional, Tuple

from yousaid._record import _ActionMethods, _SuggestionMethods, _Record

__all__ = [
    "Action",
    "Actor",
    "Amount",
    "Answer",
    "Attendance",
    "Barrier",
    "Closing",
    "Contact",
    "Count",
    "Decision",
    "DocumentContext",
    "Engagement",
    "Figure",
    "Group",
    "Link",
    "Meeting",
    "Organisation",
    "Organisations",
    "Outcome",
    "Place",
    "Plan",
    "Presentation",
    "ProgressEntry",
    "Purpose",
    "PurposeList",
    "Question",
    "Quote",
    "Related",
    "Response",
    "Revision",
    "StatedCounts",
    "StatedStatusCount",
    "Suggestion",
    "Theme",
    "TimelineEntry",
    "Translation",
]


@dataclasses.dataclass(frozen=True, repr=False)
class Action(_ActionMethods, _Record):
    """An action: "we did" or "we will".

    Dates (``completed``, ``due``, ``started``) are text in the format's form, since they may be
    partial (``2015-spring``).
    """

    id: str
    """ID, unique among all actions and sub-actions of the summary."""

    title: str
    """What will be done, in the source's words."""

    actions: Tuple[Action, ...] = ()
    """Sub-actions, nested to any depth."""

    barriers: Tuple[Barrier, ...] = ()
    """What stands in the way."""

    completed: Optional[str] = None
    """When it was completed."""

    depends_on: Tuple[str, ...] = ()
    """Actions (IDs) that must be done first."""

    done_when: Optional[str] = None
    """When it counts as done (completion criteria), as stated."""

    due: Optional[str] = None
    """When it is due."""

    engagements: Tuple[str, ...] = ()
    """The engagements it belongs to (IDs): the unit or period an action is listed under."""

    label: Optional[str] = None
    """A short label beside the title."""

    notes: Tuple[str, ...] = ()
    """Further paragraphs: detail, or what else the action will serve."""

    number: Optional[str] = None
    """The item number as printed ("42")."""

    outcomes: Tuple[str, ...] = ()
    """The plan outcomes it serves (IDs of ``Outcome``s)."""

    owners: Tuple[Actor, ...] = ()
    """Who is accountable for it, each with a role where stated ("lead body", "named officer").
    """

    priority: Optional[Literal["high", "medium", "low"]] = None
    """How urgent it is."""

    progress: Tuple[ProgressEntry, ...] = ()
    """Dated updates, oldest first."""

    reference: Optional[str] = None
    """An external reference ("R-07")."""

    related: Tuple[Related, ...] = ()
    """Related work elsewhere."""

    responds_to: Tuple[Answer, ...] = ()
    """What it answers — suggestions, questions, themes or engagements — each fully or partly.
    """

    started: Optional[str] = None
    """When it started."""

    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]] = None
    """The status the document declares. The progress log, when it records a status, is the
    record over time; see ``Action.declared_status``.
    """

    status_label: Optional[str] = None
    """The source's own words for the status ("Progress Made", "No Evidence Yet"), shown instead
    of the built-in label; ``status`` stays the mapped value used for counting.
    """

    status_reason: Optional[str] = None
    """Why it is blocked or dropped: required for ``dropped``."""

    timeline: Tuple[TimelineEntry, ...] = ()
    """A timeline by year or month, as the source sets it out."""

    weight: Optional[float] = None
    """Its share of its parent's progress (default: 1, equal shares)."""


@dataclasses.dataclass(frozen=True)
class Actor(_Record):
    """A person, office or body, as the source names it."""

    name: str
    """The name as given: a person's name, an office, a body ("Mark Burns-Williamson", "the
    Police and Crime Commissioner", "Cabinet").
    """

    kind: Optional[Literal["person", "office", "body", "department", "team"]] = None
    """What kind of actor, when the source makes it clear."""

    organisation: Optional[str] = None
    """The body they act for."""

    role: Optional[str] = None
    """Their role, as stated ("Police and Crime Commissioner for West Yorkshire", "lead body",
    "facilitator").
    """

    url: Optional[str] = None
    """A web page or e-mail address for them."""


@dataclasses.dataclass(frozen=True)
class Amount(_Record):
    """A decimal number as the source states it: a percentage, a score, a rate."""

    value: float
    """The number stated."""

    qualifier: Literal["exactly", "over", "at_least", "about", "under", "up_to"] = "exactly"
    """How exact it is (default: exactly)."""


@dataclasses.dataclass(frozen=True)
class Answer(_Record):
    """A typed link from an action to what it answers: a suggestion, a question, a theme or an
    engagement. Exactly one of the four is set.
    """

    coverage: Literal["full", "partial"] = "full"
    """How much of it the action answers (default: full)."""

    engagement: Optional[str] = None
    """The engagement answered as a whole, by ID."""

    note: Optional[str] = None
    """How the action answers it, when that needs saying."""

    question: Optional[str] = None
    """The question answered as a whole, by ID."""

    suggestion: Optional[str] = None
    """The suggestion (or sub-point) answered, by ID."""

    theme: Optional[str] = None
    """The theme answered as a whole, by ID."""


@dataclasses.dataclass(frozen=True)
class Attendance(_Record):
    """A stated head count: "over 100 delegates", "41 responses"."""

    count: Count
    """How many."""

    unit: str
    """Who, in the plural as the source says it: "delegates", "residents", "responses"."""

    note: Optional[str] = None
    """Anything the source adds ("23 organisations and 17 individuals")."""


@dataclasses.dataclass(frozen=True)
class Barrier(_Record):
    """Something in the way of an action."""

    text: str
    """What stands in the way."""

    resolved: Optional[datetime.date] = None
    """When it was overcome; an open barrier has none."""

    since: Optional[datetime.date] = None
    """When it was noted."""


@dataclasses.dataclass(frozen=True)
class Closing(_Record):
    """Closing words: thanks, and the signature."""

    heading: Optional[str] = None
    """The heading ("Thank you")."""

    paragraphs: Tuple[str, ...] = ()
    """Paragraphs."""

    signature: Optional[Actor] = None
    """Who signs it."""


@dataclasses.dataclass(frozen=True)
class Contact(_Record):
    """How to get in touch: a "How to give feedback" block with telephone, e-mail and web links.
    """

    heading: Optional[str] = None
    """The heading ("How to give feedback")."""

    links: Tuple[Link, ...] = ()
    """Links: ``tel:``, ``mailto:``, a web form."""

    text: Tuple[str, ...] = ()
    """Paragraphs."""


@dataclasses.dataclass(frozen=True)
class Count(_Record):
    """A number as the source states it: a value and how exact it is."""

    value: int
    """The number stated."""

    qualifier: Literal["exactly", "over", "at_least", "about", "under", "up_to"] = "exactly"
    """How exact it is (default: exactly)."""


@dataclasses.dataclass(frozen=True)
class Decision(_Record):
    """A decision: "Cabinet agreed on 12 March 2024 to implement a single register, with the
    2-year criteria retained; from 1 April".

    Every field is optional; a decision should say at least what was decided (``text``) or its
    ``outcome``.

    Dates (``date``, ``takes_effect``) are text in the format's form, since they may be partial
    (``2015-spring``).
    """

    by: Optional[Actor] = None
    """Who decided: a body, an office or a person."""

    changes: Tuple[str, ...] = ()
    """Changes made to the proposal."""

    date: Optional[str] = None
    """When."""

    document: Optional[Link] = None
    """The decision document (minutes, a decision notice)."""

    outcome: Optional[Literal[
        "proceed",
        "proceed_with_changes",
        "no_change",
        "decided_against",
        "deferred",
    ]] = None
    """Which way it went."""

    reasons: Tuple[str, ...] = ()
    """The reasons given."""

    takes_effect: Optional[str] = None
    """When it takes effect."""

    text: Optional[str] = None
    """What was decided, in the source's words."""


@dataclasses.dataclass(frozen=True)
class DocumentContext(_Record):
    """The larger document a summary is part of: "Appendix 2" of a report to a dated meeting."""

    label: Optional[str] = None
    """What the summary is within it ("Appendix 2")."""

    meeting: Optional[Meeting] = None
    """The meeting it was a paper for."""

    title: Optional[str] = None
    """The larger document's title ("Report to Cabinet, 12 March 2024")."""

    url: Optional[str] = None
    """Where to read it."""


@dataclasses.dataclass(frozen=True)
class Engagement(_Record):
    """An engagement: an event, a consultation, a series, a period or a unit that points are
    gathered under or grouped by. Engagements nest: the events of a consultation, the months of
    a year, the sessions of a series.

    Dates (``date``, ``end_date``) are text in the format's form, since they may be partial
    (``2015-spring``).
    """

    id: str
    """ID, unique among all engagements of the summary, nested ones included."""

    title: str
    """Its title ("Increasing Awareness of Human Trafficking", "Quarter 2 2023/24")."""

    kind: Literal["event", "consultation", "series", "period", "unit", "other"]
    """What it is."""

    attendance: Tuple[Attendance, ...] = ()
    """Stated head counts."""

    channels: Tuple[Figure, ...] = ()
    """How people took part, with counts where stated ("online survey: 7 responses", "letters
    delivered").
    """

    chatham_house: bool = False
    """Whether discussions were held under the Chatham House rule (points unattributed)."""

    date: Optional[str] = None
    """When it took place or began (a consultation: when it opened)."""

    decisions: Tuple[Decision, ...] = ()
    """Decisions taken after it."""

    description: Tuple[str, ...] = ()
    """Paragraphs describing it, in the source's words; for a consultation, what was asked ("We
    asked").
    """

    documents: Tuple[Link, ...] = ()
    """Documents about it: the consultation report, the outcome, the final strategy."""

    end_date: Optional[str] = None
    """When it ended, for events over several days or consultations open for weeks."""

    engagements: Tuple[Engagement, ...] = ()
    """Engagements within it, nested to any depth."""

    figures: Tuple[Figure, ...] = ()
    """Other results stated for it."""

    groups: Tuple[Group, ...] = ()
    """Discussion groups (roundtable tables, workshops)."""

    hosts: Tuple[Actor, ...] = ()
    """Who held it; facilitators are hosts with the role ``facilitator``."""

    label: Optional[str] = None
    """The source's own word for it ("Awareness event", "Ward", "Quarter")."""

    organisations: Optional[Organisations] = None
    """The organisations that took part."""

    place: Optional[Place] = None
    """Where."""

    presentations: Tuple[Presentation, ...] = ()
    """Presentations given."""

    presentations_complete: bool = True
    """Whether ``presentations`` lists every speaker (default: ``true``). ``false`` when the
    source names only some ("speakers included …").
    """

    question_count: Optional[Count] = None
    """How many questions were asked."""

    received: Optional[Figure] = None
    """The responses received in total, with a breakdown by respondent type in its ``parts``
    ("74 responses").
    """

    response: Optional[Response] = None
    """The body's answer to it as a whole ("We did", for a consultation)."""

    shared_topics: Tuple[str, ...] = ()
    """Topics the presentations covered between them, not attributed to one speaker."""


@dataclasses.dataclass(frozen=True)
class Figure(_Record):
    """A number as the source states it, with what it counts: "74 responses", "9 (90%) were in
    agreement", "22 of 23", a satisfaction score beside its target, or a breakdown in ``parts``.

    Every field is optional; a figure should have at least a count, a percent, a value or the
    source's text.
    """

    count: Optional[Count] = None
    """A whole number of things ("74 responses")."""

    label: Optional[str] = None
    """What is counted: an option, a respondent type, a channel ("online survey")."""

    of: Optional[Count] = None
    """The base the count is out of ("22 of 23")."""

    parts: Tuple[Figure, ...] = ()
    """A breakdown, as stated (they need not add up to this figure)."""

    percent: Optional[Amount] = None
    """A percentage, as stated (decimals allowed)."""

    side: Optional[Literal["for", "against", "neutral", "unsure"]] = None
    """Which way it counts, for for / against / neutral splits."""

    target: Optional[Amount] = None
    """The target stated beside the actual."""

    text: Optional[str] = None
    """The source's own wording, when kept ("9 (90%) were in agreement")."""

    unit: Optional[str] = None
    """What the number counts or measures, in the plural as stated ("responses", "votes", "out
    of 5").
    """

    value: Optional[Amount] = None
    """Any other number: a score, a rate."""


@dataclasses.dataclass(frozen=True)
class Group(_Record):
    """A discussion group at an event: suggestions record which groups raised them, so "raised
    by 4 of 6 tables" can be derived.
    """

    id: str
    """ID, unique among groups."""

    name: str
    """Its name ("Table 3")."""

    kind: Literal["table", "workshop", "breakout", "focus_group", "online", "other"] = "table"
    """What kind of group (default: table)."""

    size: Optional[Count] = None
    """How many took part in it."""


@dataclasses.dataclass(frozen=True)
class Link(_Record):
    """A titled link: evidence for a progress update, a related piece of work, a plan."""

    url: str
    """The address."""

    title: Optional[str] = None
    """What the link is, for readers (default: the address itself is shown)."""


@dataclasses.dataclass(frozen=True)
class Meeting(_Record):
    """The meeting a paper was published for.

    Dates (``date``) are text in the format's form, since they may be partial (``2015-spring``).
    """

    body: Optional[str] = None
    """The body that met ("Cabinet")."""

    date: Optional[str] = None
    """When."""

    item: Optional[str] = None
    """The agenda item ("Agenda item 7")."""


@dataclasses.dataclass(frozen=True)
class Organisation(_Record):
    """A named organisation."""

    name: str
    """Its name."""

    sector: Optional[Literal[
        "public",
        "private",
        "third",
        "community",
        "education",
        "faith",
        "other",
    ]] = None
    """Its sector, when the source says or it is beyond doubt."""

    url: Optional[str] = None
    """Its web site."""


@dataclasses.dataclass(frozen=True)
class Organisations(_Record):
    """The organisations that took part in an event."""

    complete: bool = True
    """Whether ``named`` lists every organisation (default: ``true``). ``false`` for "including
    …".
    """

    count: Optional[Count] = None
    """How many took part, as stated ("over 30")."""

    named: Tuple[Organisation, ...] = ()
    """Organisations named in the source."""

    sectors: Tuple[Literal[
        "public",
        "private",
        "third",
        "community",
        "education",
        "faith",
        "other",
    ], ...] = ()
    """The sectors the source says they came from, as a whole ("public and third sector")."""


@dataclasses.dataclass(frozen=True)
class Outcome(_Record):
    """A strategic plan outcome or priority that actions serve."""

    id: str
    """ID, unique among outcomes."""

    title: str
    """Its title."""

    description: Optional[str] = None
    """What it means."""


@dataclasses.dataclass(frozen=True)
class Place(_Record):
    """Where an event took place."""

    address: Optional[str] = None
    """Its address."""

    name: Optional[str] = None
    """The venue's name."""

    online: bool = False
    """Whether the event (also) took place online."""

    url: Optional[str] = None
    """A web address for the venue or the online meeting."""


@dataclasses.dataclass(frozen=True)
class Plan(_Record):
    """The plan the summary serves (a Police and Crime Plan, a corporate plan)."""

    title: str
    """Its title."""

    outcomes: Tuple[Outcome, ...] = ()
    """Its outcomes or priorities."""

    url: Optional[str] = None
    """Where to read it."""


@dataclasses.dataclass(frozen=True)
class Presentation(_Record):
    """A presentation given at an event."""

    organisation: Optional[str] = None
    """The organisation the speaker came from."""

    role: Optional[str] = None
    """The speaker's role ("Detective Inspector", "Chair")."""

    speaker: Optional[str] = None
    """The speaker's name, if the source gives it."""

    title: Optional[str] = None
    """The title of the talk."""

    topics: Tuple[str, ...] = ()
    """Topics this presentation covered. Topics the presentations covered *between them* belong
    in ``Engagement.shared_topics`` instead.
    """


@dataclasses.dataclass(frozen=True)
class ProgressEntry(_Record):
    """One dated update on an action. The date may be known only to a month or a quarter;
    entries are ordered, and apply "as of" a day, from the first day their date can mean.

    Dates (``date``) are text in the format's form, since they may be partial (``2015-spring``).
    """

    date: str
    """When."""

    evidence: Tuple[Link, ...] = ()
    """Evidence: minutes, reports, published pages."""

    note: Optional[str] = None
    """What happened."""

    percent: Optional[float] = None
    """How far along, 0–100."""

    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]] = None
    """The status from this date on, if it changed."""

    status_label: Optional[str] = None
    """The source's own words for the status from this date on ("Progress Made")."""


@dataclasses.dataclass(frozen=True)
class Purpose(_Record):
    """A labelled point of the summary's purpose ("Consolidate — bring together partners'
    ideas"), which may nest.
    """

    text: str
    """The point."""

    label: Optional[str] = None
    """The label, if the point has one ("Consolidate")."""

    points: Tuple[Purpose, ...] = ()
    """Sub-points."""


@dataclasses.dataclass(frozen=True)
class PurposeList(_Record):
    """A list of purposes with an optional lead-in ("And then use this to:")."""

    points: Tuple[Purpose, ...]
    """The points."""

    lead_in: Optional[str] = None
    """Words introducing the list."""


@dataclasses.dataclass(frozen=True)
class Question(_Record):
    """A prompt put to participants: "What can agencies do to identify and provide support to
    victims of Human Trafficking?".
    """

    id: str
    """ID, unique among questions."""

    text: str
    """The question as asked."""

    decisions: Tuple[Decision, ...] = ()
    """Decisions taken on it."""

    engagements: Tuple[str, ...] = ()
    """The engagements at which it was asked (IDs); empty when the summary has one or the source
    does not say.
    """

    figures: Tuple[Figure, ...] = ()
    """Results stated for the question: counts and percentages for each option."""

    response: Optional[Response] = None
    """The body's answer to the question as a whole."""


@dataclasses.dataclass(frozen=True)
class Quote(_Record):
    """A participant's (or a speaker's) words, quoted."""

    text: str
    """The words quoted."""

    consent: Literal["given", "anonymous", "not_recorded"]
    """The consent recorded for publishing the quote."""

    attribution: Optional[str] = None
    """Who said it ("a youth worker", "Jane Smith, Hope for Justice"). Only with consent given.
    """

    from_: Optional[Literal["participant", "speaker"]] = None
    """Whether a participant or a speaker said it, when the source makes it clear."""


@dataclasses.dataclass(frozen=True)
class Related(_Record):
    """Related work elsewhere that an action joins up with or depends on."""

    title: str
    """What it is ("Home Office Modern Slavery Bill")."""

    depends: bool = False
    """Whether this action cannot finish before that work does (default: false)."""

    note: Optional[str] = None
    """How it relates."""

    owner: Optional[str] = None
    """Whose work it is."""

    url: Optional[str] = None
    """Where to read about it."""


@dataclasses.dataclass(frozen=True)
class Response(_Record):
    """The body's answer: to a suggestion, a question, a theme or a whole engagement.

    A response may be text alone, without a stance.
    """

    by: Optional[Actor] = None
    """Who responded."""

    date: Optional[datetime.date] = None
    """When the response was given."""

    reason: Optional[str] = None
    """Why not: required when the stance is ``not_planned``."""

    referred_to: Optional[str] = None
    """The body it was referred to: required when the stance is ``referred``."""

    stance: Optional[Literal[
        "accepted",
        "partly_accepted",
        "already_happening",
        "not_planned",
        "referred",
        "under_consideration",
        "accepted_in_principle",
        "rejected",
        "no_change",
        "noted",
        "explained",
        "apologised",
    ]] = None
    """Where the body stands, when the source says or it is beyond doubt."""

    text: Optional[str] = None
    """The answer, in words."""

    timescale: Optional[str] = None
    """When it will happen, as stated ("within the next 6 weeks")."""


@dataclasses.dataclass(frozen=True)
class Revision(_Record):
    """A dated publication of the summary, for tracking what changed between updates.

    Dates (``date``) are text in the format's form, since they may be partial (``2015-spring``).
    """

    date: str
    """When this version was published."""

    note: Optional[str] = None
    """What the update was ("Six-month update")."""


@dataclasses.dataclass(frozen=True)
class StatedCounts(_Record):
    """Aggregates the source states ("58 recommendations: 57 in progress, 1 complete"), kept
    beside the counts computed from the actions.

    Dates (``date``) are text in the format's form, since they may be partial (``2015-spring``).
    """

    date: Optional[str] = None
    """As of when."""

    statuses: Tuple[StatedStatusCount, ...] = ()
    """How many in each status."""

    text: Optional[str] = None
    """The source's wording."""

    total: Optional[Count] = None
    """How many actions in all."""


@dataclasses.dataclass(frozen=True)
class StatedStatusCount(_Record):
    """A count of actions in one status, as the source states it ("57 in progress")."""

    count: Count
    """How many."""

    label: Optional[str] = None
    """The source's own words for the status ("Progress Made")."""

    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]] = None
    """The status it maps to, when one fits."""


@dataclasses.dataclass(frozen=True, repr=False)
class Suggestion(_SuggestionMethods, _Record):
    """A point participants made: "you said"."""

    id: str
    """ID, unique among all suggestions and sub-points of the summary."""

    text: str
    """The point, in the participants' words as recorded."""

    engagements: Tuple[str, ...] = ()
    """The engagements it belongs to (IDs): the event at which it was made, the period and the
    unit it is grouped under.
    """

    figures: Tuple[Figure, ...] = ()
    """Figures stated for the point: votes for and against it, a share of respondents. Votes
    never go in ``mentions``.
    """

    groups: Tuple[str, ...] = ()
    """The discussion groups that raised it (IDs)."""

    kind: Literal["suggestion", "question", "concern", "detail", "commitment"] = "suggestion"
    """What kind of point it is (default: suggestion)."""

    label: Optional[str] = None
    """A short label beside the long text."""

    mentions: Optional[Count] = None
    """How many people or groups raised it, when stated but not itemised ("raised by about 40
    respondents").
    """

    number: Optional[str] = None
    """The item number as printed ("3", "R-07")."""

    points: Tuple[Suggestion, ...] = ()
    """Sub-points, nested to any depth."""

    question: Optional[str] = None
    """The question it answers (ID). Sub-points inherit their parent's."""

    quote: Optional[Quote] = None
    """A participant's words, quoted."""

    response: Optional[Response] = None
    """The body's answer."""

    source: Optional[str] = None
    """Where the point came from, as stated ("complaint", "PALS", "Feedback from range of
    forums").
    """

    themes: Tuple[str, ...] = ()
    """Themes (IDs)."""


@dataclasses.dataclass(frozen=True)
class Theme(_Record):
    """A cross-cutting grouping of suggestions: training, data sharing, partnerships."""

    id: str
    """ID, unique among themes."""

    name: str
    """Its name."""

    description: Optional[str] = None
    """What it covers."""

    response: Optional[Response] = None
    """The body's answer to the theme as a whole."""


@dataclasses.dataclass(frozen=True)
class TimelineEntry(_Record):
    """A dated step of an action's timeline, as the source sets it out by year or month.

    Dates (``date``) are text in the format's form, since they may be partial (``2015-spring``).
    """

    date: str
    """When ("2025", "2025-Q3")."""

    text: str
    """What happens then."""


@dataclasses.dataclass(frozen=True)
class Translation(_Record):
    """Another language version of the same summary ("Darllenwch hwn yn Gymraeg")."""

    language: str
    """Its language, as a BCP 47 tag (``cy``)."""

    title: Optional[str] = None
    """Its title in that language."""

    url: Optional[str] = None
    """Where to read it."""
