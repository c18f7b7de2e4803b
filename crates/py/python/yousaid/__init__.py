"""yousaid: "You said, we did" summaries of consultations and engagement events.

Load a summary, answer what people said, record progress on actions, check the document and
pull tables into pandas::

    import yousaid

    summary = yousaid.load("summary.json")
    for problem in summary.validate():
        print(problem)
    summary.respond("s4", stance="accepted", text="We will review training levels.")
    summary.save("summary.json")

The whole model lives in a Rust core; this package is a thin layer over it. Every error is a
:class:`yousaid.Error` carrying a stable ``code`` and, where it applies, the ``path``, ``line``
and ``column`` of the problem.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import json
import os
import typing
from typing import IO, Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from yousaid import _model, _native, _results
from yousaid._model import *  # noqa: F403 (every view, listed in _model.__all__)
from yousaid._model import Action, Engagement, Question, Suggestion, Theme
from yousaid._results import *  # noqa: F403 (every result type, listed in _results.__all__)
from yousaid._results import (
    ActionState,
    Problem,
    Answered,
    Changes,
    CoverageReport,
    OutcomeView,
    Pair,
    StatusCounts,
)
from yousaid._record import _plain, _short

__version__: str = _native.__version__

#: The format tag this version writes (``yousaid/1`` documents are read and migrated).
FORMAT = "yousaid/2"

#: The largest input :func:`load` and :func:`loads` accept, in bytes.
MAX_INPUT_BYTES: int = _native.MAX_INPUT_BYTES

PathLike = Union[str, "os.PathLike[str]"]

__all__ = [
    "FORMAT",
    "MAX_INPUT_BYTES",
    "AsOf",
    "BadInputError",
    "Error",
    "Imported",
    "InvalidArgumentError",
    "InvalidValueError",
    "IoError",
    "JsonSyntaxError",
    "MissingFieldError",
    "MissingFormatError",
    "NotFoundError",
    "ParseError",
    "RenderError",
    "Renderer",
    "Summary",
    "TemplateError",
    "TooDeepError",
    "TooLargeError",
    "UnknownFieldError",
    "UnsupportedFormatError",
    "ValidationError",
    "WrongTypeError",
    "diff",
    "import_file",
    "import_markdown",
    "import_outline",
    "import_polis",
    "import_table",
    "load",
    "loads",
    "migrate",
    "read_mapping",
    "schema",
]
# The generated names, listed again because type checkers read only a literal `__all__`
# (crates/py/tests/test_results.py fails when a list differs from its module's `__all__`).
# The typed views of the model, generated from the JSON Schema (yousaid/_model.py).
__all__ += [
    "Action", "Actor", "Amount", "Answer", "Attendance", "Barrier", "Closing", "Contact",
    "Count", "Decision", "DocumentContext", "Engagement", "Figure", "Group", "Link",
    "Meeting", "Organisation", "Organisations", "Outcome", "Place", "Plan", "Presentation",
    "ProgressEntry", "Purpose", "PurposeList", "Question", "Quote", "Related", "Response",
    "Revision", "StatedCounts", "StatedStatusCount", "Suggestion", "Theme", "TimelineEntry",
    "Translation",
]
# The types of the results (TypedDicts, and the view `Problem`), generated from the results
# schema (yousaid/_results.py).
__all__ += [
    "ActionRecord", "ActionState", "Ambiguity", "Answered", "BarrierChange", "ChangedItem",
    "Changes", "CoverageBucket", "CoverageCounts", "CoverageReport", "DateChange",
    "EditedItem", "FieldChange", "ImportReport", "ItemChanges", "Merge", "MergedPoint",
    "NewProgress", "NotUsed", "OutcomeView", "Pair", "PairAnswer", "PercentBasis", "Problem",
    "ProgressRecord", "Recognised", "ResponseChange", "StanceCount", "StatusChange",
    "StatusCount", "StatusCounts", "SuggestionRecord", "Unanswered",
]


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class Error(ValueError):
    """Base class of every yousaid error.

    ``code`` is the stable machine code (``unknown-field``, ``not-found``, …); ``path`` is the
    JSON path of the problem (``actions[3].progress[0].date``) and ``line`` / ``column`` its
    position in the input, when known; ``template`` names the template for template errors;
    ``problems`` lists every validation problem for :class:`ValidationError`. Errors pickle
    with all of these (for ``multiprocessing`` and ``joblib``).
    """

    code: str
    path: Optional[str]
    line: Optional[int]
    column: Optional[int]
    template: Optional[str]
    problems: List[Problem]

    def __init__(
        self,
        message: str,
        code: str = "error",
        path: Optional[str] = None,
        line: Optional[int] = None,
        column: Optional[int] = None,
        template: Optional[str] = None,
        problems: Iterable[Union[Problem, Mapping[str, Any]]] = (),
    ) -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.line = line
        self.column = column
        self.template = template
        self.problems = [p if isinstance(p, Problem) else Problem._from(p) for p in problems]

    def __reduce__(self) -> Tuple[Any, ...]:
        # Exceptions pickle their ``args`` (the message) only: pass every field again.
        message = str(self.args[0]) if self.args else ""
        state = dict(self.__dict__)
        if isinstance(self, OSError):
            state.update(errno=self.errno, strerror=self.strerror, filename=self.filename)
        return (
            type(self),
            (message, self.code, self.path, self.line, self.column, self.template,
             list(self.problems)),
            state,
        )


class ParseError(Error):
    """The input could not be read as a summary: bad JSON, wrong types, unknown or missing
    fields, a missing or foreign format tag, or input too large or too deep."""


class JsonSyntaxError(ParseError):
    """The input is not well-formed JSON (``json-syntax``)."""


class WrongTypeError(ParseError):
    """A value has the wrong type, such as a number where text belongs (``wrong-type``)."""


class InvalidValueError(ParseError):
    """A value has the right type but is not allowed: an unknown status, a malformed date
    (``invalid-value``)."""


class UnknownFieldError(ParseError):
    """An object has a field the format does not define (``unknown-field``); the message
    suggests the closest known field."""


class MissingFieldError(ParseError):
    """A required field is missing (``missing-field``)."""


class MissingFormatError(ParseError):
    """The document has no ``format`` tag (``missing-format``)."""


class UnsupportedFormatError(ParseError):
    """The ``format`` tag names a format or version this version does not read
    (``unsupported-format``)."""


class TooDeepError(ParseError):
    """The input nests deeper than the loader allows (``too-deep``)."""


class TooLargeError(ParseError):
    """The input is larger than the loader allows (``too-large``)."""


class IoError(Error, OSError):
    """Reading or writing failed (``io``): :func:`load` of a missing file, :meth:`Summary.save`
    to a folder that does not exist. It is also an :class:`OSError`, with the ``errno`` and
    ``filename`` of the failure."""


class ValidationError(Error):
    """The document has validation errors (``invalid-document``); ``problems`` lists them."""


class RenderError(Error):
    """Rendering failed."""


class TemplateError(RenderError):
    """A template failed to compile or to render (``template``); ``template`` names it."""


class InvalidArgumentError(Error):
    """An argument is not acceptable: an unknown view or record kind, a bad date
    (``invalid-argument``)."""


class NotFoundError(Error, LookupError):
    """An ID names nothing in the document (``not-found``)."""


class BadInputError(Error):
    """An importer cannot read its input: ragged CSV rows, a broken workbook, a binary file
    (``bad-input``); ``line`` and ``column`` say where."""


@contextlib.contextmanager
def _gc_paused() -> typing.Iterator[None]:
    """Pauses the cyclic garbage collector while the core builds a large tree of new dicts and
    lists: they hold no cycles, and the collections the build would otherwise set off walk
    everything built so far again and again. Used only where measured to matter, on the 100k
    document as a ratio to a load (``crates/py/bench/measure.py``): ``to_dict()`` takes 3.98×
    with the collector running, 1.64× paused (the collector's one pass over the new objects
    once it runs again comes on top: 1.58× against 1.47× in another run); ``pairs()`` 4.48×
    against 2.92×. ``records()`` (1.02× / 0.97×) and ``action_states()`` (0.23× / 0.22×) gain
    nothing from it and do not pause."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------------------------------------
# Plain data going in
# ---------------------------------------------------------------------------------------------


DateLike = Union[datetime.date, str]


@typing.overload
def _date_text(value: DateLike, what: str) -> str: ...
@typing.overload
def _date_text(value: Optional[DateLike], what: str) -> Optional[str]: ...
def _date_text(value: Optional[DateLike], what: str) -> Optional[str]:
    """A date argument (a ``datetime.date`` or ``YYYY-MM-DD`` text, which the core checks) as
    ISO text; None stays None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise InvalidArgumentError(
        f"{what} must be a datetime.date or YYYY-MM-DD text, not {type(value).__name__}",
        "invalid-argument",
    )


def _answer(item: Union[str, Tuple[str, str], Mapping[str, Any]]) -> Any:
    if isinstance(item, str):
        return {"suggestion": item}
    if isinstance(item, tuple):
        return {"suggestion": item[0], "coverage": item[1]}
    return item


def _link(item: Union[str, Mapping[str, Any]]) -> Any:
    return {"url": item} if isinstance(item, str) else item


def _actor(item: Union[str, Mapping[str, Any], None]) -> Any:
    """An actor argument: a name, or the plain data of an :class:`Actor`."""
    return {"name": item} if isinstance(item, str) else item


ActorLike = Union[str, Mapping[str, Any]]


def _labels(labels: Optional[Mapping[str, str]]) -> Optional[Dict[str, str]]:
    """Labels replaced by key, as a plain dict for the core (which checks the keys)."""
    return None if labels is None else dict(labels)


def _native_of(value: Any, argument: str) -> _native.Summary:
    """The native summary of an argument that must be a :class:`Summary`."""
    if not isinstance(value, Summary):
        raise TypeError(f"`{argument}` must be a yousaid.Summary, not {type(value).__name__}")
    return value._native


# ---------------------------------------------------------------------------------------------
# The summary
# ---------------------------------------------------------------------------------------------


class Summary:
    """A "You said, we did" summary: the whole published document.

    Load one with :func:`load` or :func:`loads`, build one with ``Summary(title, ...)`` and the
    ``add_*`` methods, or convert plain data with :meth:`from_dict`. Two summaries are equal
    when their contents are.
    """

    __slots__ = ("_native",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(
        self,
        title: str,
        *,
        owner: Union[ActorLike, None] = None,
        publisher: Optional[str] = None,
        published: Optional[DateLike] = None,
        language: Optional[str] = None,
        translations: Iterable[Mapping[str, Any]] = (),
        part_of: Optional[Mapping[str, Any]] = None,
        introduction: Iterable[str] = (),
        purposes: Iterable[Mapping[str, Any]] = (),
        plan: Optional[Mapping[str, Any]] = None,
        stated_counts: Optional[Mapping[str, Any]] = None,
        contact: Optional[Mapping[str, Any]] = None,
        closing: Optional[Mapping[str, Any]] = None,
        copyright: Optional[str] = None,
        licence: Optional[str] = None,
    ) -> None:
        data = {
            "format": FORMAT,
            "title": title,
            "owner": _actor(owner),
            "publisher": publisher,
            "published": published,
            "language": language,
            "translations": list(translations),
            "part_of": part_of,
            "introduction": list(introduction),
            "purposes": list(purposes),
            "plan": plan,
            "stated_counts": stated_counts,
            "contact": contact,
            "closing": closing,
            "copyright": copyright,
            "licence": licence,
        }
        self._native: _native.Summary = _native.Summary.from_dict(_plain(data))

    @classmethod
    def _wrap(cls, native: _native.Summary) -> Summary:
        summary = cls.__new__(cls)
        summary._native = native
        return summary

    # -- reading and writing ------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Summary:
        """Builds a summary from plain data shaped like the JSON format (what :meth:`to_dict`
        returns). Raises a :class:`ParseError` subclass naming the path of the problem: dates
        must be ISO text (a ``datetime.date`` is refused with its path, as JSON would not hold
        it), and NaN or infinite floats are an :class:`InvalidValueError`."""
        return cls._wrap(_native.Summary.from_dict(data))

    def to_dict(self) -> Dict[str, Any]:
        """The summary as plain data shaped like the JSON format (dates as ISO text)."""
        # Built straight from the model, equal to ``json.loads(self.to_json())``.
        with _gc_paused():
            return typing.cast(Dict[str, Any], self._native.to_dict())

    def to_json(self, indent: Optional[int] = None) -> str:
        """The summary as JSON text: compact by default, pretty-printed with ``indent`` spaces."""
        return self._native.to_json(indent)

    def save(self, path: PathLike, *, indent: int = 2) -> None:
        """Writes the summary as JSON (UTF-8, pretty-printed, with a final newline). Raises
        :class:`IoError` when the file cannot be written."""
        text = self.to_json(indent=indent)
        with _io_errors(path, "write"):
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.write("\n")

    def copy(self) -> Summary:
        """An independent copy."""
        return Summary._wrap(self._native.__copy__())

    __copy__ = copy

    def __deepcopy__(self, memo: Any) -> Summary:
        return self.copy()

    # -- reading the model ----------------------------------------------------------------------

    def _set(self, name: str, value: Any) -> None:
        self._native.set_field(name, _plain(value))

    @property
    def title(self) -> str:
        """The title."""
        return typing.cast(str, self._native.field("title"))

    @title.setter
    def title(self, value: str) -> None:
        self._set("title", value)

    @property
    def owner(self) -> Optional[Dict[str, Any]]:
        """The accountable person or body, in the plain-data shape of an :class:`Actor`
        (``name``, ``kind``, ``role``, ``organisation``, ``url``), or None. Set it to a name or
        a dict."""
        return typing.cast(Optional[Dict[str, Any]], self._native.field("owner"))

    @owner.setter
    def owner(self, value: Union[ActorLike, None]) -> None:
        self._set("owner", _actor(value))

    @property
    def publisher(self) -> Optional[str]:
        """The organisation publishing the summary."""
        return typing.cast(Optional[str], self._native.field("publisher"))

    @publisher.setter
    def publisher(self, value: Optional[str]) -> None:
        self._set("publisher", value)

    @property
    def published(self) -> Optional[str]:
        """When this version was published, as text in the format's form, since it may be
        partial (``2024-05``, ``2019-mid``) or carry a time (to publish a new version, use
        :meth:`stamp`). Set it to a ``datetime.date`` or such text."""
        return typing.cast(Optional[str], self._native.field("published"))

    @published.setter
    def published(self, value: Optional[DateLike]) -> None:
        self._set("published", value)

    @property
    def language(self) -> Optional[str]:
        """The language of the document, as a BCP 47 tag (``en``, ``cy``), or None."""
        return typing.cast(Optional[str], self._native.field("language"))

    @language.setter
    def language(self, value: Optional[str]) -> None:
        self._set("language", value)

    @property
    def translations(self) -> List[Dict[str, Any]]:
        """Other language versions of this summary, in the plain-data shape of a
        :class:`Translation` (``language``, ``url``, ``title``)."""
        return typing.cast(List[Dict[str, Any]], self._native.field("translations"))

    @translations.setter
    def translations(self, value: Iterable[Mapping[str, Any]]) -> None:
        self._set("translations", list(value))

    @property
    def labels(self) -> Dict[str, str]:
        """Built-in labels this document replaces, by key (``{"you_said": "What you told
        us"}``); the keys are listed in ``docs/templates.md``."""
        return typing.cast(Dict[str, str], self._native.field("labels"))

    @labels.setter
    def labels(self, value: Mapping[str, str]) -> None:
        self._set("labels", dict(value))

    @property
    def part_of(self) -> Optional[Dict[str, Any]]:
        """The document this summary is part of, in the plain-data shape of a
        :class:`DocumentContext` (``label``, ``title``, ``url``, ``meeting``), or None."""
        return typing.cast(Optional[Dict[str, Any]], self._native.field("part_of"))

    @part_of.setter
    def part_of(self, value: Optional[Mapping[str, Any]]) -> None:
        self._set("part_of", value)

    @property
    def introduction(self) -> List[str]:
        """The opening paragraphs."""
        return typing.cast(List[str], self._native.field("introduction"))

    @introduction.setter
    def introduction(self, value: Iterable[str]) -> None:
        self._set("introduction", list(value))

    @property
    def purposes(self) -> List[Dict[str, Any]]:
        """What the engagement was for: lists (``lead_in``, ``points``) of points (``label``,
        ``text``, sub-``points``)."""
        return typing.cast(List[Dict[str, Any]], self._native.field("purposes"))

    @purposes.setter
    def purposes(self, value: Iterable[Mapping[str, Any]]) -> None:
        self._set("purposes", list(value))

    @property
    def plan(self) -> Optional[Dict[str, Any]]:
        """The plan the actions serve (``title``, ``url``, ``outcomes`` with ``id``, ``title``,
        ``description``), or None."""
        return typing.cast(Optional[Dict[str, Any]], self._native.field("plan"))

    @plan.setter
    def plan(self, value: Optional[Mapping[str, Any]]) -> None:
        self._set("plan", value)

    @property
    def closing(self) -> Optional[Dict[str, Any]]:
        """The closing words (``heading``, ``paragraphs``, ``signature``), or None."""
        return typing.cast(Optional[Dict[str, Any]], self._native.field("closing"))

    @closing.setter
    def closing(self, value: Optional[Mapping[str, Any]]) -> None:
        self._set("closing", value)

    @property
    def stated_counts(self) -> Optional[Dict[str, Any]]:
        """The counts the source states for its actions ("58 recommendations: 57 in
        progress"), kept beside the computed ones, in the plain-data shape of
        :class:`StatedCounts` (``text``, ``date``, ``total``, ``statuses``), or None."""
        return typing.cast(Optional[Dict[str, Any]], self._native.field("stated_counts"))

    @stated_counts.setter
    def stated_counts(self, value: Optional[Mapping[str, Any]]) -> None:
        self._set("stated_counts", value)

    @property
    def contact(self) -> Optional[Dict[str, Any]]:
        """How to get in touch, in the plain-data shape of a :class:`Contact` (``heading``,
        ``text``, ``links``), or None."""
        return typing.cast(Optional[Dict[str, Any]], self._native.field("contact"))

    @contact.setter
    def contact(self, value: Optional[Mapping[str, Any]]) -> None:
        self._set("contact", value)

    @property
    def copyright(self) -> Optional[str]:
        """The copyright line."""
        return typing.cast(Optional[str], self._native.field("copyright"))

    @copyright.setter
    def copyright(self, value: Optional[str]) -> None:
        self._set("copyright", value)

    @property
    def licence(self) -> Optional[str]:
        """The licence the document is published under."""
        return typing.cast(Optional[str], self._native.field("licence"))

    @licence.setter
    def licence(self, value: Optional[str]) -> None:
        self._set("licence", value)

    @property
    def engagements(self) -> List[Engagement]:
        """The top-level engagements: events, consultations, series, periods and units that
        points were gathered under or are grouped by; nested ones are in each one's
        ``engagements``."""
        return [Engagement._from(e) for e in self._native.field("engagements")]

    @property
    def questions(self) -> List[Question]:
        """The questions put to them."""
        return [Question._from(q) for q in self._native.field("questions")]

    @property
    def themes(self) -> List[Theme]:
        """The cross-cutting themes."""
        return [Theme._from(t) for t in self._native.field("themes")]

    @property
    def suggestions(self) -> List[Suggestion]:
        """The top-level suggestions ("you said"); sub-points are in each one's ``points``."""
        return [Suggestion._from(s) for s in self._native.field("suggestions")]

    @property
    def actions(self) -> List[Action]:
        """The top-level actions ("we did"); sub-actions are in each one's ``actions``."""
        return [Action._from(a) for a in self._native.field("actions")]

    def suggestion(self, id: str) -> Suggestion:
        """The suggestion or sub-point with this ID; :class:`NotFoundError` if there is none."""
        data = self._native.suggestion(id)
        if data is None:
            raise NotFoundError(
                f"there is no suggestion or sub-point with ID `{id}`", "not-found"
            )
        return Suggestion._from(data)

    def action(self, id: str) -> Action:
        """The action or sub-action with this ID; :class:`NotFoundError` if there is none."""
        data = self._native.action(id)
        if data is None:
            raise NotFoundError(f"there is no action or sub-action with ID `{id}`", "not-found")
        return Action._from(data)

    def engagement(self, id: str) -> Engagement:
        """The engagement with this ID, at any depth; :class:`NotFoundError` if there is none."""
        data = self._native.engagement(id)
        if data is None:
            raise NotFoundError(f"there is no engagement with ID `{id}`", "not-found")
        return Engagement._from(data)

    def all_engagements(self) -> List[Tuple[Engagement, int]]:
        """Every engagement, nested ones included, depth first in document order, each with
        its depth (0 for a top-level engagement)."""
        return [(Engagement._from(e), depth) for e, depth in self._native.all_engagements()]

    def all_suggestions(self) -> List[Tuple[Suggestion, int]]:
        """Every suggestion and sub-point, depth first in document order, each with its depth
        (0 for a top-level suggestion)."""
        return [(Suggestion._from(s), depth) for s, depth in self._native.all_suggestions()]

    def all_actions(self) -> List[Tuple[Action, int]]:
        """Every action and sub-action, depth first in document order, each with its depth."""
        return [(Action._from(a), depth) for a, depth in self._native.all_actions()]

    def validate(self) -> List[Problem]:
        """Every problem in the document, errors first, then warnings, then infos. An empty
        list means the document is ready to publish."""
        return [Problem._from(p) for p in self._native.validate()]

    def check(self) -> List[Problem]:
        """Validates the document as the core's ``SummaryBuilder.build`` does: raises
        :class:`ValidationError` (its ``problems`` list every problem) when there is an error;
        otherwise returns the warnings, which do not stop publication."""
        return [Problem._from(p) for p in self._native.check()]

    def records(self, kind: str, as_of: Optional[DateLike] = None) -> List[Dict[str, Any]]:
        """Flat records, one per suggestion, action or progress entry (``kind`` is
        ``"suggestions"``, ``"actions"`` or ``"progress"``), ready for
        ``pandas.DataFrame(summary.records("actions"))``. Lists of IDs are joined with ``;``.
        An action's ``status`` and ``percent`` are its current ones (as of ``as_of``, rolled up
        from sub-actions, as :meth:`status_counts` counts them and the page shows them);
        ``declared_status`` and ``declared_percent`` are what the document states for the
        action itself. See :meth:`AsOf.records`."""
        return AsOf(self, as_of).records(kind)

    # -- building and editing -----------------------------------------------------------------

    def add_engagement(
        self,
        id: str,
        title: str,
        *,
        kind: str,
        date: Union[datetime.date, str, None] = None,
        label: Optional[str] = None,
        hosts: Iterable[ActorLike] = (),
        description: Iterable[str] = (),
        **fields: Any,
    ) -> None:
        """Adds an engagement: ``kind`` is ``"event"``, ``"consultation"``, ``"series"``,
        ``"period"``, ``"unit"`` or ``"other"``, ``label`` the source's own word for it;
        ``hosts`` takes names or :class:`Actor` data. Any other field of the format
        (``end_date``, ``place``, ``received``, ``channels``, ``figures``, ``decisions``,
        ``engagements``, …) can be given as a keyword argument in its plain-data form."""
        data = dict(
            fields, id=id, title=title, kind=kind, date=date, label=label,
            hosts=[_actor(h) for h in hosts], description=list(description),
        )
        self._native.add_engagement(_plain(data))

    def add_question(
        self, id: str, text: str, *, engagements: Iterable[str] = (), **fields: Any
    ) -> None:
        """Adds a question put to participants, asked at ``engagements`` (IDs). Other fields
        (``figures``, ``response``, ``decisions``) can be given in their plain-data form."""
        data = dict(fields, id=id, text=text, engagements=list(engagements))
        self._native.add_question(_plain(data))

    def add_theme(
        self, id: str, name: str, *, description: Optional[str] = None, **fields: Any
    ) -> None:
        """Adds a theme (a ``response`` to the whole theme can be given in plain-data form)."""
        data = dict(fields, id=id, name=name, description=description)
        self._native.add_theme(_plain(data))

    def add_suggestion(
        self,
        id: str,
        text: str,
        *,
        question: Optional[str] = None,
        themes: Iterable[str] = (),
        groups: Iterable[str] = (),
        kind: Optional[str] = None,
        parent: Optional[str] = None,
        **fields: Any,
    ) -> None:
        """Adds a suggestion, or a sub-point under the suggestion ``parent``. Other fields
        (``engagements``, ``number``, ``label``, ``source``, ``mentions``, ``figures``,
        ``quote``, ``response``, ``points``) can be given as keyword arguments in their
        plain-data form."""
        data = dict(
            fields, id=id, text=text, question=question, themes=list(themes),
            groups=list(groups), kind=kind,
        )
        self._native.add_suggestion(_plain(data), parent)

    def add_action(
        self,
        id: str,
        title: str,
        *,
        owners: Iterable[ActorLike] = (),
        responds_to: Iterable[Union[str, Tuple[str, str], Mapping[str, Any]]] = (),
        due: Union[datetime.date, str, None] = None,
        status: Optional[str] = None,
        priority: Optional[str] = None,
        parent: Optional[str] = None,
        **fields: Any,
    ) -> None:
        """Adds an action, or a sub-action under the action ``parent``. ``owners`` takes names
        or :class:`Actor` data; ``responds_to`` takes suggestion IDs, ``(id, "partial")``
        pairs or plain :class:`Answer` data (``{"question": …}``, ``{"theme": …}``,
        ``{"engagement": …}``); ``due`` a date or a partial date such as ``"2015-spring"``.
        Other fields (``notes``, ``outcomes``, ``engagements``, ``status_label``,
        ``timeline``, ``depends_on``, ``barriers``, …) can be given as keyword arguments."""
        data = dict(
            fields, id=id, title=title, owners=[_actor(o) for o in owners],
            responds_to=[_answer(r) for r in responds_to], due=due, status=status,
            priority=priority,
        )
        self._native.add_action(_plain(data), parent)

    def record_progress(
        self,
        action_id: str,
        *,
        date: DateLike,
        note: Optional[str] = None,
        status: Optional[str] = None,
        status_label: Optional[str] = None,
        percent: Optional[float] = None,
        evidence: Iterable[Union[str, Mapping[str, Any]]] = (),
    ) -> None:
        """Adds a dated update to the progress log of an action or sub-action, in date order.
        ``date`` is a ``datetime.date`` or a partial date such as ``"2024-05"``;
        ``status_label`` the source's own words for the status; ``evidence`` takes URLs or
        ``{"url": …, "title": …}``. Raises :class:`NotFoundError` when no action has that
        ID."""
        data = {
            "date": date, "note": note, "status": status, "status_label": status_label,
            "percent": percent, "evidence": [_link(e) for e in evidence],
        }
        self._native.record_progress(action_id, _plain(data))

    def respond(
        self,
        suggestion_id: str,
        *,
        stance: Optional[str] = None,
        text: Optional[str] = None,
        reason: Optional[str] = None,
        referred_to: Optional[str] = None,
        by: Union[ActorLike, None] = None,
        timescale: Optional[str] = None,
        date: Optional[DateLike] = None,
    ) -> None:
        """Sets (or replaces) the response to a suggestion or sub-point: a ``stance``, or
        ``text`` alone. ``not_planned``, ``rejected`` and ``no_change`` need a ``reason`` and
        ``referred`` a ``referred_to`` for the document to validate; ``by`` takes a name or
        :class:`Actor` data, ``timescale`` the source's words ("within 6 weeks"). Raises
        :class:`NotFoundError` when no suggestion has that ID."""
        data = {
            "stance": stance, "text": text, "reason": reason, "referred_to": referred_to,
            "by": _actor(by), "timescale": timescale, "date": date,
        }
        self._native.respond(suggestion_id, _plain(data))

    # -- rendering ------------------------------------------------------------------------------

    def render(
        self,
        view: str = "full",
        format: str = "html",
        as_of: Optional[DateLike] = None,
        template: Optional[str] = None,
        *,
        template_source: Optional[str] = None,
        width: Optional[int] = None,
        layout: Optional[str] = None,
        lang: Optional[str] = None,
        labels: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Renders the summary. ``view`` is ``"full"`` (the whole document), ``"table"`` (the
        "You said | We did | Status" table) or ``"tracker"`` (actions with progress);
        ``format`` is ``"html"`` (a standalone page), ``"fragment"`` (to embed),
        ``"markdown"`` or ``"text"`` (wrapped at ``width`` columns, default 72). With
        ``as_of``, statuses are shown as they stood on that date. ``template`` names a
        built-in template (``"table.md"``); ``template_source`` is the source of your own
        minijinja template over the same context (it may ``{% extends "full.html" %}``),
        escaped for ``format``; for several templates use a :class:`Renderer`. ``layout``
        arranges the full view as ``"event"``, ``"consultation"``, ``"log"``,
        ``"recommendations"`` or ``"forum"`` instead of the layout chosen from what the
        document holds. ``lang`` (``"en"`` or ``"cy"``) is the language of the built-in
        labels, dates and figures (default: Welsh for a ``cy`` document, else English);
        ``labels`` replaces built-in labels by key (``{"you_said": "What you told us"}``; the
        keys are listed in ``docs/templates.md``), over the document's own ``labels``. An
        unknown layout, language or key raises :class:`InvalidArgumentError`. All user text is
        escaped. The render runs without holding the GIL."""
        return self._native.render(
            view, format, _date_text(as_of, "as_of"), template, template_source, width, layout,
            lang, _labels(labels),
        )

    def bulletin(
        self,
        previous: Summary,
        *,
        format: str = "html",
        template: Optional[str] = None,
        template_source: Optional[str] = None,
        width: Optional[int] = None,
        lang: Optional[str] = None,
        labels: Optional[Mapping[str, str]] = None,
    ) -> str:
        """The "Update since …" bulletin: what changed since ``previous``, an earlier version
        of this summary (status changes, new progress, responses given or changed, suggestions
        and actions added or removed, barriers, moved dates, other edits), written for
        e-mailing to the people who took part. ``format`` is ``"html"`` (a standalone page),
        ``"fragment"``, ``"markdown"`` or ``"text"`` (wrapped at ``width`` columns, default
        72). ``template`` names a built-in template (``"bulletin.md"``); ``template_source``
        is the source of your own minijinja template over the bulletin's context (it may
        ``{% extends "bulletin.html" %}``), escaped for ``format``. ``lang`` and ``labels`` are
        as for :meth:`render`. All user text is escaped. The render runs without holding the
        GIL."""
        return self._native.bulletin(
            _native_of(previous, "previous"), format, template, template_source, width, lang,
            _labels(labels),
        )

    def _repr_html_(self) -> str:
        """The summary as an HTML fragment, for Jupyter."""
        return self.render(format="fragment")

    def stamp(self, date: DateLike, note: Optional[str] = None) -> None:
        """Marks a new publication on ``date`` (a ``datetime.date`` or ``YYYY-MM-DD`` text):
        the previous publication date (if any) moves into ``revisions`` with ``note``. Raises
        :class:`InvalidArgumentError` unless ``date`` is a date after the previous
        publication."""
        self._native.stamp(_date_text(date, "the publication date"), note)

    @property
    def revisions(self) -> List[Dict[str, Any]]:
        """Earlier publications, oldest first (``date`` as ISO text, ``note``)."""
        return typing.cast(List[Dict[str, Any]], self._native.field("revisions"))

    # -- analysis -------------------------------------------------------------------------------

    def as_of(self, date: DateLike) -> AsOf:
        """The summary as it stood on ``date`` (a ``datetime.date`` or ``YYYY-MM-DD`` text):
        progress recorded later is ignored and overdue is judged against ``date``."""
        return AsOf(self, date)

    def current(self) -> AsOf:
        """The summary with everything recorded; overdue is judged against the publication
        date (nothing is overdue when there is none)."""
        return AsOf(self, None)

    def action_state(self, id: str, as_of: Optional[DateLike] = None) -> ActionState:
        """The current state of one action or sub-action (see :meth:`AsOf.action_state`): its
        ``status`` and ``percent`` from the log as of ``as_of``, rolled up from sub-actions —
        the status :meth:`status_counts` counts and the page shows."""
        return AsOf(self, as_of).action_state(id)

    def coverage(self, as_of: Optional[DateLike] = None) -> CoverageReport:
        """Which suggestions have a response or an action, overall and by question, theme and
        group, and which are unanswered (see :meth:`AsOf.coverage`)."""
        return AsOf(self, as_of).coverage()

    def status_counts(self, as_of: Optional[DateLike] = None) -> StatusCounts:
        """How many top-level actions are in each status (see :meth:`AsOf.status_counts`)."""
        return AsOf(self, as_of).status_counts()

    def overdue(self, as_of: Optional[DateLike] = None) -> List[ActionState]:
        """The actions past their due date and neither done nor dropped, as of ``as_of``
        (default: the publication date)."""
        return AsOf(self, as_of).overdue()

    def pairs(self, as_of: Optional[DateLike] = None) -> List[Pair]:
        """The "you said, we did" pairs: each suggestion with its response and the actions
        answering it, with their state."""
        return AsOf(self, as_of).pairs()

    def answer_of(self, id: str) -> Optional[Answered]:
        """Whether the suggestion ``id`` is answered and where the answer comes from
        (``through``: ``itself``, ``parent``, ``question``, ``theme`` or ``engagement``, with
        that ``id``, ``response`` and ``action`` coverage) — the one rule every view uses —
        or None when it is not answered."""
        return typing.cast(Optional[Answered], self._native.answer_of(id))

    # -- Python protocol ------------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summary):
            return NotImplemented
        return self._native == other._native

    def __repr__(self) -> str:
        counts = {
            name: len(self._native.field(name))
            for name in ("engagements", "suggestions", "actions")
        }
        parts = ", ".join(f"{n} {name}" for name, n in counts.items())
        return f"<Summary {_short(self.title)!r}: {parts}>"


class AsOf:
    """A summary viewed as of a date (a ``datetime.date`` or ``YYYY-MM-DD`` text; with
    everything recorded when ``date`` is None). Every analysis comes from the core as plain
    data (dicts and lists); dates in it are ISO text."""

    __slots__ = ("summary", "date")

    summary: Summary
    date: Optional[datetime.date]

    def __init__(self, summary: Summary, date: Optional[DateLike] = None) -> None:
        self.summary = summary
        iso = _date_text(date, "the date")
        # The core reads the date (and refuses a bad one with InvalidArgumentError).
        checked = None if iso is None else summary._native.cutoff(iso)
        self.date = None if checked is None else datetime.date.fromisoformat(checked)

    @property
    def _iso(self) -> Optional[str]:
        return None if self.date is None else self.date.isoformat()

    @property
    def cutoff(self) -> Optional[datetime.date]:
        """The last day whose progress counts (progress after it is ignored); None for
        :meth:`Summary.current`, which counts everything."""
        value = self.summary._native.cutoff(self._iso)
        return None if value is None else datetime.date.fromisoformat(value)

    def action_states(self) -> List[ActionState]:
        """The state of every action and sub-action (status and percent from the log, rolled up
        from sub-actions, overdue, open barriers, what blocks it), depth first."""
        return typing.cast(List[ActionState], self.summary._native.action_states(self._iso))

    def action_state(self, id: str) -> ActionState:
        """The state of one action or sub-action; :class:`NotFoundError` if there is none."""
        state = self.summary._native.action_state(id, self._iso)
        if state is None:
            raise NotFoundError(f"there is no action or sub-action with ID `{id}`", "not-found")
        return typing.cast(ActionState, state)

    def status_counts(self) -> StatusCounts:
        """How many top-level actions are in each status, and how many need attention."""
        return typing.cast(StatusCounts, self.summary._native.status_counts(self._iso))

    def overdue(self) -> List[ActionState]:
        """The actions past their due date and neither done nor dropped."""
        return typing.cast(List[ActionState], self.summary._native.overdue(self._iso))

    def with_open_barriers(self) -> List[ActionState]:
        """The actions with a barrier open on the date."""
        return typing.cast(List[ActionState], self.summary._native.with_open_barriers(self._iso))

    def waiting_on_dependencies(self) -> List[ActionState]:
        """The actions waiting on an action they depend on that is not done."""
        return typing.cast(
            List[ActionState], self.summary._native.waiting_on_dependencies(self._iso)
        )

    def pairs(self) -> List[Pair]:
        """The "you said, we did" pairs."""
        with _gc_paused():
            return typing.cast(List[Pair], self.summary._native.pairs(self._iso))

    def coverage(self) -> CoverageReport:
        """Coverage of the suggestions by responses and actions."""
        return typing.cast(CoverageReport, self.summary._native.coverage(self._iso))

    def plan_view(self) -> List[OutcomeView]:
        """The plan's outcomes, each with the actions serving it and their state."""
        return typing.cast(List[OutcomeView], self.summary._native.plan_view(self._iso))

    def records(self, kind: str) -> List[Dict[str, Any]]:
        """Flat records as of the date (``kind``: ``"suggestions"``, ``"actions"`` or
        ``"progress"``), for ``pandas.DataFrame``. An action's ``status`` and ``percent`` are
        the current ones (as :meth:`action_states` and :meth:`status_counts` have them), and
        ``declared_status`` and ``declared_percent`` what the document states for the action
        itself; ``rolled_up`` says whether they came from sub-actions. Progress records are
        the entries up to the date."""
        return typing.cast(List[Dict[str, Any]], self.summary._native.records(kind, self._iso))

    def __repr__(self) -> str:
        when = "now" if self.date is None else self.date.isoformat()
        return f"<AsOf {when} of {self.summary!r}>"


class Renderer:
    """Renders summaries with your own templates next to the built-in ones (``full.html``,
    ``table.md``, ``tracker.txt``, …). A template is escaped for the ``format`` it is added
    with, else as its name says: ``.md`` neutralises Markdown, ``.txt`` escapes nothing,
    anything else is HTML-escaped. The context the templates receive is documented with the
    core's ``render::context``."""

    __slots__ = ("_native",)

    def __init__(self) -> None:
        self._native = _native.Renderer()

    def add_template(self, name: str, source: str, format: Optional[str] = None) -> None:
        """Adds (or replaces) a template, escaped for ``format`` (``"html"``, ``"fragment"``,
        ``"markdown"``, ``"text"``) when given, else as its name says. Raises
        :class:`TemplateError` with the template's name and line when it does not compile."""
        self._native.add_template(name, source, format)

    def render(
        self,
        summary: Summary,
        *,
        view: str = "full",
        format: str = "html",
        as_of: Optional[DateLike] = None,
        template: Optional[str] = None,
        template_source: Optional[str] = None,
        width: Optional[int] = None,
        layout: Optional[str] = None,
        lang: Optional[str] = None,
        labels: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Renders ``summary`` like :meth:`Summary.render`, with the template named
        ``template`` when given (:class:`NotFoundError` if there is none), or with
        ``template_source``, which may extend this renderer's templates."""
        return self._native.render(
            _native_of(summary, "summary"), view, format, _date_text(as_of, "as_of"), template,
            template_source, width, layout, lang, _labels(labels),
        )

    def render_bulletin(
        self,
        previous: Summary,
        current: Summary,
        *,
        format: str = "html",
        template: Optional[str] = None,
        template_source: Optional[str] = None,
        width: Optional[int] = None,
        lang: Optional[str] = None,
        labels: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Renders the "Update since …" bulletin from ``previous`` to ``current`` like
        :meth:`Summary.bulletin`, with the template named ``template`` when given (else the
        built-in ``bulletin.html``, ``bulletin.md`` or ``bulletin.txt``, which you may have
        replaced), or with ``template_source``."""
        return self._native.render_bulletin(
            _native_of(previous, "previous"), _native_of(current, "current"), format, template,
            template_source, width, lang, _labels(labels),
        )

    def __repr__(self) -> str:
        return "<Renderer>"


# ---------------------------------------------------------------------------------------------
# Functions
# ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _io_errors(path: Any, doing: str) -> typing.Iterator[None]:
    """Raises the ``OSError`` of reading or writing a file as :class:`IoError`, keeping its
    ``errno`` and ``filename``."""
    try:
        yield
    except IoError:
        raise
    except OSError as e:
        name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else path
        err = IoError(f"cannot {doing} {name!r}: {e.strerror or e}", "io")
        err.errno, err.strerror, err.filename = e.errno, e.strerror, e.filename
        raise err from e


def load(source: Union[PathLike, IO[str], IO[bytes]]) -> Summary:
    """Loads a summary from a path (``str`` or ``pathlib.Path``) or an open file (text or
    binary). Raises a :class:`ParseError` subclass with the path, line and column of the
    problem, or :class:`IoError` (an ``OSError``) when the file cannot be read; the parse
    itself runs without holding the GIL."""
    if isinstance(source, (str, os.PathLike)):
        with _io_errors(source, "read"):
            with open(source, "rb") as f:
                data: Union[str, bytes] = f.read()
    else:
        with _io_errors(getattr(source, "name", None), "read"):
            data = source.read()
    if isinstance(data, str):
        return Summary._wrap(_native.Summary.loads(data))
    return Summary._wrap(_native.Summary.loads_bytes(bytes(data)))


def loads(text: Union[str, bytes]) -> Summary:
    """Loads a summary from JSON text (``str`` or UTF-8 ``bytes``)."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        return Summary._wrap(_native.Summary.loads_bytes(bytes(text)))
    return Summary._wrap(_native.Summary.loads(text))


def diff(old: Summary, new: Summary) -> Changes:
    """What changed between two versions of a summary: suggestions and actions added, removed
    or edited, responses, status changes, new progress, barriers and dates, as plain data."""
    return typing.cast(
        Changes, _native.diff(_native_of(old, "old"), _native_of(new, "new"))
    )


def migrate(data: Mapping[str, Any]) -> Dict[str, Any]:
    """A document given as plain data, migrated to the current format: a ``yousaid/1``
    document comes back as ``yousaid/2`` (``events`` become ``engagements``, an action's
    ``owner`` its ``owners``, …), a current one unchanged. Loading migrates by itself; this is
    for tools that keep the plain data."""
    return typing.cast(Dict[str, Any], _native.migrate(data))


def schema() -> Dict[str, Any]:
    """The JSON Schema of the format, as a dict."""
    return typing.cast(Dict[str, Any], json.loads(_native.schema()))


# ---------------------------------------------------------------------------------------------
# Importing notes, tables and exports (yousaid/_import.py)
# ---------------------------------------------------------------------------------------------

from yousaid._import import (  # noqa: E402
    Imported,
    import_file,
    import_markdown,
    import_outline,
    import_polis,
    import_table,
    read_mapping,
)
