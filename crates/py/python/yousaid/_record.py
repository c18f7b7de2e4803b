"""The hand-written half of the typed views: how a view is built from the plain data the core
gives (:class:`_Record`), and the methods some views add. The views themselves are generated
from the JSON Schema into ``yousaid/_model.py`` by ``crates/py/tools/model_types.py`` (and a
problem's from the results schema into ``yousaid/_results.py`` by
``crates/py/tools/results_types.py``), which name the classes here that each view inherits."""

from __future__ import annotations

import dataclasses
import datetime
import keyword
import typing
from typing import Any, ClassVar, Dict, Mapping, Optional, Union

if typing.TYPE_CHECKING:
    from yousaid._model import ProgressEntry, Response, Suggestion

_T = typing.TypeVar("_T", bound="_Record")


def _converter(hint: Any) -> Any:
    """How to turn plain data into a value of the annotated type (None: keep as is)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Union and type(None) in args:
        inner = _converter(next(a for a in args if a is not type(None)))
        return None if inner is None else (lambda v: None if v is None else inner(v))
    if origin is tuple:
        item = _converter(args[0])
        return (lambda v: tuple(v)) if item is None else (lambda v: tuple(item(x) for x in v))
    if hint is datetime.date:
        return datetime.date.fromisoformat
    if isinstance(hint, type) and issubclass(hint, _Record):
        return hint._from
    return None


class _Record:
    """Shared machinery of the typed views: built from the plain data the core produces."""

    _converters: ClassVar[Optional[Dict[str, Any]]] = None

    @classmethod
    def _from(cls: type[_T], data: Mapping[str, Any]) -> _T:
        converters = cls.__dict__.get("_converters")
        if converters is None:
            hints = typing.get_type_hints(cls)
            converters = {f.name: _converter(hints[f.name]) for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
            cls._converters = converters
        kwargs = {}
        for name, value in data.items():
            if keyword.iskeyword(name):
                name += "_"  # a field named `from` is the attribute `from_`
            conv = converters.get(name)
            kwargs[name] = value if conv is None else conv(value)
        return cls(**kwargs)

    @classmethod
    def from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
        """The view of plain data shaped like the JSON format (as :meth:`yousaid.Summary.to_dict`
        and the summary's top-level properties give it), its parts converted to their views and
        exact dates to ``datetime.date``. The data is not checked: load the document for that."""
        return cls._from(data)


def _plain(value: Any) -> Any:
    """Keyword arguments to the plain data the core reads: dates as ISO text, tuples as lists,
    ``None`` fields left out."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class _ProblemMethods:
    """What :class:`yousaid.Problem` (generated from the results schema into
    ``yousaid/_results.py``) adds to its fields."""

    if typing.TYPE_CHECKING:
        severity: str
        code: str
        path: str
        message: str

    def __str__(self) -> str:
        return f"{self.severity} [{self.code}] {self.path}: {self.message}"


class _SuggestionMethods:
    """What :class:`yousaid.Suggestion` adds to its fields."""

    if typing.TYPE_CHECKING:
        id: str
        text: str
        response: Optional[Response]
        points: typing.Tuple[Suggestion, ...]

    def __repr__(self) -> str:
        if self.response is None:
            stance = "unanswered"
        else:
            stance = self.response.stance or "responded"
        extra = f", {len(self.points)} sub-points" if self.points else ""
        return f"<Suggestion {self.id} {_short(self.text)!r} ({stance}{extra})>"


class _ActionMethods:
    """What :class:`yousaid.Action` adds to its fields."""

    if typing.TYPE_CHECKING:
        id: str
        title: str
        status: Optional[str]
        progress: typing.Tuple[ProgressEntry, ...]

    @property
    def declared_status(self) -> typing.Optional[str]:
        """The status the document states for this action itself: the last status in its
        progress log, else the declared ``status``, else None — no status stated, which is not
        ``not_started`` — whatever the date, and without rolling up sub-actions. Asked of the
        core, so it is the same rule in every language.

        Neither this nor ``status`` (the status the document *declares*) is the current status
        the published page shows and :meth:`yousaid.Summary.status_counts` counts — from the
        log as of a date, rolled up from sub-actions: ask the summary for that,
        ``summary.action_state(id)["status"]`` (or ``summary.records("actions")``, whose
        ``status`` and ``percent`` are the current ones beside ``declared_status``)."""
        from yousaid import _native

        own = dataclasses.replace(self, actions=())  # type: ignore[type-var]
        result: typing.Optional[str] = _native.declared_status(_plain(dataclasses.asdict(own)))  # type: ignore[call-overload]
        return result

    def __repr__(self) -> str:
        declared = self.declared_status
        state = f"declared {declared}" if declared else "no status stated"
        return f"<Action {self.id} {_short(self.title)!r} ({state})>"
