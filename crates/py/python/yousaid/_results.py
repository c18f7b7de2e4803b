# Generated from schema/results.schema.json by crates/py/tools/results_types.py.
# Do not edit: change the Rust result types, then regenerate the schema and this file.
"""The types of the results yousaid returns as plain data (dicts, lists, ISO text):
``TypedDict`` classes generated from the results schema, and the typed view of a
validation problem. The model's own types in a result (a progress entry, a response)
are their plain data, ``Dict[str, Any]``."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Literal, Optional, TypedDict

from yousaid._record import _ProblemMethods, _Record

__all__ = [
    "ActionRecord",
    "ActionState",
    "Ambiguity",
    "Answered",
    "BarrierChange",
    "ChangedItem",
    "Changes",
    "CoverageBucket",
    "CoverageCounts",
    "CoverageReport",
    "DateChange",
    "EditedItem",
    "FieldChange",
    "ImportReport",
    "ItemChanges",
    "Merge",
    "MergedPoint",
    "NewProgress",
    "NotUsed",
    "OutcomeView",
    "Pair",
    "PairAnswer",
    "PercentBasis",
    "Problem",
    "ProgressRecord",
    "Recognised",
    "ResponseChange",
    "StanceCount",
    "StatusChange",
    "StatusCount",
    "StatusCounts",
    "SuggestionRecord",
    "Unanswered",
]


class ActionRecord(TypedDict):
    """An action or sub-action as a flat record.

    ``status`` and ``percent`` are the current ones, as of the view's date and rolled up from
    sub-actions (what ``AsOf.status_counts`` counts and the page shows); ``declared_status`` and
    ``declared_percent`` are what the document states for the action itself.
    """
    id: str
    parent: Optional[str]
    depth: int
    title: str
    owner: Optional[str]
    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]]
    status_label: Optional[str]
    percent: Optional[float]
    rolled_up: bool
    declared_status: Optional[Literal[
        "not_started",
        "in_progress",
        "done",
        "blocked",
        "dropped",
    ]]
    declared_percent: Optional[float]
    overdue: bool
    priority: Optional[str]
    due: Optional[str]
    due_by: Optional[str]
    started: Optional[str]
    completed: Optional[str]
    last_update: Optional[str]
    updates: int
    responds_to: str
    outcomes: str
    depends_on: str
    open_barriers: int


class PercentBasis(TypedDict):
    """What a rolled-up percent stands on: of the sub-actions that count (those not dropped),
    how many have a percent, the ones averaged. See the rules.
    """
    stated: int
    of: int


class ActionState(TypedDict):
    """The state of one action (or sub-action) as of a date.

    Plain data, owned: IDs rather than references, ready to serialise.
    """
    id: str
    title: str
    parent: Optional[str]
    depth: int
    owner: Optional[str]
    due: Optional[str]
    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]]
    status_label: Optional[str]
    percent: Optional[float]
    percent_basis: Optional["PercentBasis"]
    rolled_up: bool
    latest: Optional[Dict[str, Any]]
    overdue: bool
    open_barriers: List[str]
    blocked_by: List[str]
    themes: List[str]


class Ambiguity(TypedDict):
    """A piece of the input that could have been read more than one way; the report says which
    way was taken, so a person can check it.
    """
    at: Dict[str, Any]
    text: str
    note: str


class Answered(TypedDict):
    """Where a suggestion's answer comes from, and how fully it answers; see the rule."""
    through: Literal["itself", "parent", "question", "theme", "engagement"]
    id: str
    response: bool
    action: Optional[Literal["full", "partial"]]


class BarrierChange(TypedDict):
    """A barrier noted, resolved or removed."""
    action: str
    title: str
    text: str
    event: Literal["noted", "resolved", "removed"]
    date: Optional[str]


class ChangedItem(TypedDict):
    """A suggestion or action named in a change."""
    id: str
    text: str
    parent: Optional[str]


class FieldChange(TypedDict):
    """One field's old and new value, as JSON (``None`` when absent)."""
    field: str
    old: Any
    new: Any


class EditedItem(TypedDict):
    """An item whose own fields changed."""
    id: str
    text: str
    fields: List["FieldChange"]


class ItemChanges(TypedDict):
    """Items of one kind (suggestions or actions) added, removed or edited."""
    added: List["ChangedItem"]
    removed: List["ChangedItem"]
    edited: List["EditedItem"]


class DateChange(TypedDict):
    """A date of an action set, moved or cleared."""
    action: str
    title: str
    field: str
    old: Optional[str]
    new: Optional[str]


class NewProgress(TypedDict):
    """A progress entry that is new."""
    action: str
    title: str
    entry: Dict[str, Any]


class ResponseChange(TypedDict):
    """A response given, changed or withdrawn."""
    suggestion: str
    text: str
    old: Optional[Dict[str, Any]]
    new: Optional[Dict[str, Any]]


class StatusChange(TypedDict):
    """An action whose effective status changed."""
    action: str
    title: str
    old: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]]
    new: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]]
    old_label: Optional[str]
    new_label: Optional[str]
    old_percent: Optional[float]
    new_percent: Optional[float]


class Changes(TypedDict):
    """Everything that changed between two versions of a summary, by kind of change.

    Plain data with IDs, ready to serialise or render as a bulletin.
    """
    since: Optional[str]
    until: Optional[str]
    summary: List["FieldChange"]
    suggestions: "ItemChanges"
    responses: List["ResponseChange"]
    actions: "ItemChanges"
    status_changes: List["StatusChange"]
    progress: List["NewProgress"]
    barriers: List["BarrierChange"]
    dates: List["DateChange"]


class CoverageCounts(TypedDict):
    """The four ways a set of suggestions can stand, which add up to ``total``."""
    total: int
    both: int
    response_only: int
    action_only: int
    neither: int


class CoverageBucket(TypedDict):
    """Coverage of one question, theme, engagement or group."""
    id: Optional[str]
    name: Optional[str]
    counts: "CoverageCounts"


class StanceCount(TypedDict):
    """How many responses a stance has."""
    stance: Literal[
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
    ]
    count: int


class Unanswered(TypedDict):
    """A suggestion nobody has answered yet."""
    id: str
    text: str


class CoverageReport(TypedDict):
    """The coverage of a summary's suggestions; see the rules."""
    overall: "CoverageCounts"
    points: int
    fully_actioned: int
    partly_actioned: int
    by_stance: List["StanceCount"]
    by_question: List["CoverageBucket"]
    by_theme: List["CoverageBucket"]
    by_engagement: List["CoverageBucket"]
    by_group: List["CoverageBucket"]
    unanswered: List["Unanswered"]


class _MergedPoint(TypedDict):
    id: str
    text: str
    groups: List[str]
    similarity: float


class MergedPoint(_MergedPoint, total=False):
    """One point as it was before a merge, kept so that the merge can be undone."""
    at: Optional[Dict[str, Any]]


class Merge(TypedDict):
    """Near-duplicate points merged into one."""
    kept: str
    text: str
    merged: List["MergedPoint"]


class NotUsed(TypedDict):
    """A piece of the input that is not in the summary, and why."""
    at: Dict[str, Any]
    text: str
    reason: str


_Recognised = TypedDict("_Recognised", {
    "at": Dict[str, Any],
    "as": Literal[
        "title",
        "heading",
        "prose",
        "question",
        "point",
        "commitment",
        "response",
        "action",
        "closing",
        "header",
        "row",
        "group",
        "theme",
        "figure",
        "purpose",
        "copyright",
    ],
})


class Recognised(_Recognised, total=False):
    """One piece of the input and what it became."""
    id: Optional[str]


class ImportReport(TypedDict):
    """How an import went: what each piece of the input became, and what did not become
    anything.
    """
    format: Literal["outline", "markdown", "docx", "csv", "xlsx", "polis"]
    recognised: List["Recognised"]
    not_used: List["NotUsed"]
    ambiguous: List["Ambiguity"]
    merges: List["Merge"]


class OutcomeView(TypedDict):
    """One plan outcome and the actions serving it."""
    id: str
    title: str
    description: Optional[str]
    actions: List["ActionState"]
    done: int
    unstated: int


class PairAnswer(TypedDict):
    """An action answering a suggestion, with the link's coverage and the action's state."""
    action: str
    coverage: Literal["full", "partial"]
    note: Optional[str]
    state: "ActionState"


class Pair(TypedDict):
    """One suggestion or sub-point, what was said back, and what is being done about it."""
    id: str
    text: str
    kind: Literal["suggestion", "question", "concern", "detail", "commitment"]
    depth: int
    path: List[str]
    parent: Optional[str]
    question: Optional[str]
    engagement: Optional[str]
    themes: List[str]
    groups: List[str]
    groups_raised: int
    groups_total: int
    mentions: Optional[Dict[str, Any]]
    response: Optional[Dict[str, Any]]
    answered: Optional[Literal["full", "partial"]]
    answer: Optional["Answered"]
    answers: List["PairAnswer"]


@dataclasses.dataclass(frozen=True)
class Problem(_ProblemMethods, _Record):
    """One problem found by validation."""
    severity: Literal["error", "warning", "info"]
    code: Literal[
        "duplicate-id",
        "dangling-reference",
        "dependency-cycle",
        "reason-required",
        "date-order",
        "percent-range",
        "bad-link",
        "empty-text",
        "consent-required",
        "too-deep",
        "bad-answer",
        "bad-language",
        "unknown-label",
        "unanswered",
        "answers-nothing",
        "no-date",
        "empty-figure",
        "stated-counts-differ",
        "figures-do-not-add-up",
    ]
    path: str
    message: str


class ProgressRecord(TypedDict):
    """A progress entry as a flat record."""
    action: str
    date: str
    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]]
    status_label: Optional[str]
    percent: Optional[float]
    note: Optional[str]
    evidence: int


class StatusCount(TypedDict):
    """One status and how many top-level actions are in it."""
    status: Optional[Literal["not_started", "in_progress", "done", "blocked", "dropped"]]
    count: int


class StatusCounts(TypedDict):
    """How many top-level actions are in each status, and how many need attention.

    Counts top-level actions only: sub-actions are rolled up into their parents, so counting
    them too would count the same work twice. ``StatusCounts.sub_actions`` says how many were
    rolled up.
    """
    total: int
    not_started: int
    in_progress: int
    done: int
    blocked: int
    dropped: int
    unstated: int
    overdue: int
    with_open_barriers: int
    waiting_on_dependencies: int
    sub_actions: int
    by_status: List["StatusCount"]


class SuggestionRecord(TypedDict):
    """A suggestion or sub-point as a flat record."""
    id: str
    parent: Optional[str]
    depth: int
    kind: Literal["suggestion", "question", "concern", "detail", "commitment"]
    text: str
    question: Optional[str]
    engagements: str
    themes: str
    groups: int
    mentions: Optional[int]
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
    ]]
    response: Optional[str]
    answered_by: str
