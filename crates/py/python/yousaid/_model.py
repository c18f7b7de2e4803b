# Generated from schema/yousaid.schema.json by crates/py/tools/model_types.py.
# Do not edit: change the Rust model, then regenerate the schema and this file.
"""The typed, read-only views of the yousaid/1 document model: frozen dataclasses
generated from the format's JSON Schema, built from the plain data the core gives by
:meth:`yousaid._record._Record._from`."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, Dict, Literal, Optional, Tuple

from yousaid._record import _ActionMethods, _SuggestionMethods, _Record

__all__ = [
    "Count",
    "Link",
    "Question",
    "Theme",
    "Group",
    "Event",
    "Quote",
    "Response",
    "Suggestion",
    "Answer",
    "Barrier",
    "Related",
    "ProgressEntry",
    "Action",
]


@dataclasses.dataclass(frozen=True)
class Count(_Record):
    """A number as the source states it: a value and how exact it is."""

    value: int
    """The number stated."""

    qualifier: Literal["exactly", "over", "at_least", "about", "under", "up_to"] = "exactly"
    """How exact it is (default: exactly)."""


@dataclasses.dataclass(frozen=True)
class Link(_Record):
    """A titled link: evidence for a progress update, a related piece of work, a plan."""

    url: str
    """The address."""

    title: Optional[str] = None
    """What the link is, for readers (default: the address itself is shown)."""


@dataclasses.dataclass(frozen=True)
class Question(_Record):
    """A prompt put to participants: "What can agencies do to identify and provide support to
    victims of Human Trafficking?".
    """

    id: str
    """ID, unique among questions."""

    text: str
    """The question as asked."""

    events: Tuple[str, ...] = ()
    """The events at which it was asked (IDs); empty when the summary has one event or the
    source does not say.
    """


@dataclasses.dataclass(frozen=True)
class Theme(_Record):
    """A cross-cutting grouping of suggestions: training, data sharing, partnerships."""

    id: str
    """ID, unique among themes."""

    name: str
    """Its name."""

    description: Optional[str] = None
    """What it covers."""


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
class Event(_Record):
    """An event, meeting, workshop or survey at which people were asked.

    Dates (``date``, ``end_date``) are text in the format's form, since they may be partial
    (``2015-spring``).
    """

    id: str
    """ID, unique among events."""

    title: str
    """Its title ("Increasing Awareness of Human Trafficking")."""

    attendance: Tuple[Dict[str, Any], ...] = ()
    """Stated head counts."""

    chatham_house: bool = False
    """Whether discussions were held under the Chatham House rule (points unattributed)."""

    date: Optional[str] = None
    """When it took place or began."""

    description: Tuple[str, ...] = ()
    """Paragraphs describing the event, in the source's words."""

    end_date: Optional[str] = None
    """When it ended, for events over several days or surveys open for weeks."""

    groups: Tuple[Group, ...] = ()
    """Discussion groups (roundtable tables, workshops)."""

    host: Optional[str] = None
    """Who held it."""

    kind: Optional[str] = None
    """What kind of event, in words ("awareness event", "online survey")."""

    organisations: Optional[Dict[str, Any]] = None
    """The organisations that took part."""

    place: Optional[Dict[str, Any]] = None
    """Where."""

    presentations: Tuple[Dict[str, Any], ...] = ()
    """Presentations given."""

    shared_topics: Tuple[str, ...] = ()
    """Topics the presentations covered between them, not attributed to one speaker."""


@dataclasses.dataclass(frozen=True)
class Quote(_Record):
    """A participant's words, quoted."""

    text: str
    """The words quoted."""

    consent: Literal["given", "anonymous", "not_recorded"]
    """The consent recorded for publishing the quote."""

    attribution: Optional[str] = None
    """Who said it ("a youth worker", "Jane Smith, Hope for Justice"). Only with consent given.
    """


@dataclasses.dataclass(frozen=True)
class Response(_Record):
    """The body's answer to a suggestion."""

    stance: Literal[
        "accepted",
        "partly_accepted",
        "already_happening",
        "not_planned",
        "referred",
        "under_consideration",
    ]
    """Where the body stands."""

    date: Optional[datetime.date] = None
    """When the response was given."""

    reason: Optional[str] = None
    """Why not: required when the stance is ``not_planned``."""

    referred_to: Optional[str] = None
    """The body it was referred to: required when the stance is ``referred``."""

    text: Optional[str] = None
    """The answer, in words."""


@dataclasses.dataclass(frozen=True, repr=False)
class Suggestion(_SuggestionMethods, _Record):
    """A point participants made: "you said"."""

    id: str
    """ID, unique among all suggestions and sub-points of the summary."""

    text: str
    """The point, in the participants' words as recorded."""

    event: Optional[str] = None
    """The event at which it was made (ID), when the summary has several."""

    groups: Tuple[str, ...] = ()
    """The discussion groups that raised it (IDs)."""

    kind: Literal["suggestion", "question", "concern", "detail", "commitment"] = "suggestion"
    """What kind of point it is (default: suggestion)."""

    mentions: Optional[Count] = None
    """How many people or groups raised it, when stated but not itemised ("raised by about 40
    respondents").
    """

    points: Tuple[Suggestion, ...] = ()
    """Sub-points, nested to any depth."""

    question: Optional[str] = None
    """The question it answers (ID). Sub-points inherit their parent's."""

    quote: Optional[Quote] = None
    """A participant's words, quoted."""

    response: Optional[Response] = None
    """The body's answer."""

    themes: Tuple[str, ...] = ()
    """Themes (IDs)."""


@dataclasses.dataclass(frozen=True)
class Answer(_Record):
    """A typed link from an action to a suggestion it answers."""

    suggestion: str
    """The suggestion (or sub-point) answered, by ID."""

    coverage: Literal["full", "partial"] = "full"
    """How much of it the action answers (default: full)."""

    note: Optional[str] = None
    """How the action answers it, when that needs saying."""


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
class ProgressEntry(_Record):
    """One dated update on an action."""

    date: datetime.date
    """When."""

    evidence: Tuple[Link, ...] = ()
    """Evidence: minutes, reports, published pages."""

    note: Optional[str] = None
    """What happened."""

    percent: Optional[float] = None
    """How far along, 0–100."""

    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]] = None
    """The status from this date on, if it changed."""


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

    due: Optional[str] = None
    """When it is due."""

    notes: Tuple[str, ...] = ()
    """Further paragraphs: detail, or what else the action will serve."""

    outcomes: Tuple[str, ...] = ()
    """The plan outcomes it serves (IDs of ``Outcome``s)."""

    owner: Optional[str] = None
    """Who is accountable for it."""

    priority: Optional[Literal["high", "medium", "low"]] = None
    """How urgent it is."""

    progress: Tuple[ProgressEntry, ...] = ()
    """Dated updates, oldest first."""

    related: Tuple[Related, ...] = ()
    """Related work elsewhere."""

    responds_to: Tuple[Answer, ...] = ()
    """The suggestions it answers, each fully or partly."""

    started: Optional[str] = None
    """When it started."""

    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]] = None
    """The status the document declares. The progress log, when it records a status, is the
    record over time; see ``Action.declared_status``.
    """

    status_reason: Optional[str] = None
    """Why it is blocked or dropped: required for ``dropped``."""

    weight: Optional[float] = None
    """Its share of its parent's progress (default: 1, equal shares)."""
