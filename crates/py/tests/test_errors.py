"""The exception hierarchy, and hostile input: always a specific yousaid error, never a panic."""

from __future__ import annotations

import datetime
import json
import sys
from typing import Any

import pytest

import yousaid
from yousaid import _native

DOC = '{"format": "yousaid/1", "title": "t"'


def test_every_core_error_kind_has_its_own_class() -> None:
    mapping = dict(_native.error_classes())
    assert len(mapping) == len(set(mapping.values())), "two kinds share a class"
    for code, name in mapping.items():
        cls = getattr(yousaid, name)
        assert issubclass(cls, yousaid.Error) and cls is not yousaid.Error, code
        assert name in yousaid.__all__


def test_hierarchy() -> None:
    assert issubclass(yousaid.Error, ValueError)
    for name in ["JsonSyntaxError", "WrongTypeError", "InvalidValueError", "UnknownFieldError",
                 "MissingFieldError", "MissingFormatError", "UnsupportedFormatError",
                 "TooDeepError", "TooLargeError"]:
        assert issubclass(getattr(yousaid, name), yousaid.ParseError)
    assert issubclass(yousaid.NotFoundError, LookupError)
    assert issubclass(yousaid.IoError, OSError)
    assert issubclass(yousaid.TemplateError, yousaid.RenderError)
    assert not issubclass(yousaid.ValidationError, yousaid.ParseError)


def deep_dict(depth: int) -> dict[str, Any]:
    point: dict[str, Any] = {"id": "x", "text": "x"}
    for i in range(depth):
        point = {"id": f"s{i}", "text": "x", "points": [point]}
    return {"format": "yousaid/1", "title": "t", "suggestions": [point]}


@pytest.mark.parametrize(
    ("text", "cls", "code", "path", "position"),
    [
        (DOC + ",,}", yousaid.JsonSyntaxError, "json-syntax", None, (1, 38)),
        (DOC + ', "title": "t"}', yousaid.InvalidValueError, "invalid-value", "title", (1, 45)),
        ('{"format": "yousaid/1", "title": 7}', yousaid.WrongTypeError, "wrong-type", "title",
         (1, 34)),
        (DOC + ', "published": "2014-13-01"}', yousaid.InvalidValueError, "invalid-value",
         "published", (1, 63)),
        (DOC + ', "titel": "x"}', yousaid.UnknownFieldError, "unknown-field", "titel", (1, 45)),
        ('{"format": "yousaid/1"}', yousaid.MissingFieldError, "missing-field", None, (1, 23)),
        ('{"title": "t"}', yousaid.MissingFormatError, "missing-format", None, None),
        ('{"format": "yousaid/9", "title": "t"}', yousaid.UnsupportedFormatError,
         "unsupported-format", "format", None),
        (json.dumps(deep_dict(200)), yousaid.TooDeepError, "too-deep", ..., None),
        ("", yousaid.JsonSyntaxError, "json-syntax", None, None),
        ("[1, 2]", yousaid.WrongTypeError, "wrong-type", None, None),
    ],
)
def test_parse_errors(text: str, cls: type, code: str, path: Any, position: Any) -> None:
    with pytest.raises(cls) as info:
        yousaid.loads(text)
    err = info.value
    assert err.code == code
    if path is not ...:
        assert err.path == path
    if position is not None:
        assert (err.line, err.column) == position
    assert isinstance(err, yousaid.ParseError)
    assert err.problems == []


def test_unknown_field_message_suggests_the_field() -> None:
    with pytest.raises(yousaid.UnknownFieldError) as info:
        yousaid.loads(DOC + ', "titel": "x"}')
    assert "did you mean `title`?" in str(info.value)


def test_records_of_an_unknown_kind() -> None:
    with pytest.raises(yousaid.InvalidArgumentError) as info:
        yousaid.Summary("t").records("people")
    assert info.value.code == "invalid-argument"


def test_validation_error_carries_problems() -> None:
    err = yousaid.ValidationError(
        "invalid", "invalid-document",
        problems=[{"severity": "error", "code": "empty-text", "path": "title", "message": "m"}],
    )
    assert err.problems == [yousaid.Problem("error", "empty-text", "title", "m")]


def self_containing() -> dict[str, Any]:
    d: dict[str, Any] = {"format": "yousaid/1", "title": "t", "suggestions": []}
    d["suggestions"].append(d)
    return d


HOSTILE_DICTS: list[tuple[str, Any, type]] = [
    ("deep nesting", deep_dict(100_000), yousaid.TooDeepError),
    ("a dict containing itself", self_containing(), yousaid.TooDeepError),
    ("a huge integer", {"format": "yousaid/1", "title": "t", "events": [
        {"id": "e", "title": "E", "attendance": [{"count": {"value": 10**40}, "unit": "x"}]}]},
     yousaid.ParseError),
    ("a negative count", {"format": "yousaid/1", "title": "t", "events": [
        {"id": "e", "title": "E", "attendance": [{"count": {"value": -1}, "unit": "x"}]}]},
     yousaid.ParseError),
    ("a non-string key", {"format": "yousaid/1", "title": "t", 3: "x"}, yousaid.ParseError),
    ("an object", {"format": "yousaid/1", "title": object()}, yousaid.WrongTypeError),
    ("a float for a string", {"format": "yousaid/1", "title": 2.5}, yousaid.WrongTypeError),
    ("NaN for a string", {"format": "yousaid/1", "title": float("nan")},
     yousaid.InvalidValueError),
    ("not a dict", ["format", "yousaid/1"], yousaid.WrongTypeError),
    ("None", None, yousaid.WrongTypeError),
    ("bytes for text", {"format": "yousaid/1", "title": b"t"}, yousaid.ParseError),
]


@pytest.mark.parametrize(("data", "cls"), [(d, c) for _, d, c in HOSTILE_DICTS],
                         ids=[n for n, _, _ in HOSTILE_DICTS])
def test_hostile_dicts(data: Any, cls: type) -> None:
    with pytest.raises(cls):
        yousaid.Summary.from_dict(data)


HOSTILE_TEXT = [
    ("invalid UTF-8", b'{"format": "yousaid/1", "title": "\xff\xfe"}'),
    ("a lone surrogate escape", b'{"format": "yousaid/1", "title": "\\ud800"}'),
    ("NUL bytes", b"\x00" * 64),
    ("deep arrays", b"[" * 1_000_000),
    ("deep objects", b'{"a":' * 100_000),
    ("a number too large", b'{"format": "yousaid/1", "title": "t", "events": [{"id": "e", '
     b'"title": "E", "attendance": [{"count": {"value": 1e999}, "unit": "x"}]}]}'),
    ("a truncated document", b'{"format": "yousaid/1", "title": "t", "suggestions": [{"id"'),
    ("a date out of range", b'{"format": "yousaid/1", "title": "t", "published": "99999-01-01"}'),
    ("a partial date out of range", b'{"format": "yousaid/1", "title": "t", "actions": '
     b'[{"id": "a", "title": "A", "due": "0000-Q1"}]}'),
]


@pytest.mark.parametrize("data", [d for _, d in HOSTILE_TEXT], ids=[n for n, _ in HOSTILE_TEXT])
def test_hostile_text(data: bytes) -> None:
    with pytest.raises(yousaid.ParseError):
        yousaid.loads(data)


def test_random_bytes_never_panic() -> None:
    import random

    rng = random.Random(5)
    seed = json.dumps({"format": "yousaid/1", "title": "t", "actions": [
        {"id": "a", "title": "A", "due": "2015-spring", "progress": [
            {"date": "2014-01-01", "percent": 5}]}]}).encode()
    for _ in range(2000):
        data = bytearray(seed)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            yousaid.loads(bytes(data))
        except yousaid.Error:
            pass


def test_arguments_of_the_wrong_python_type_are_type_errors() -> None:
    with pytest.raises(TypeError):
        yousaid.loads(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _native.Summary.loads_bytes("text")  # type: ignore[arg-type]
    assert sys.getrecursionlimit() > 0


def _with_progress(entry: dict[str, Any]) -> dict[str, Any]:
    return {"format": "yousaid/1", "title": "t", "actions": [
        {"id": "a1", "title": "A", "progress": [{"date": "2025-01-10"}, entry]}]}


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_refused_with_their_path(value: float) -> None:
    entry = {"date": "2025-02-10", "percent": value}
    with pytest.raises(yousaid.InvalidValueError) as info:
        yousaid.Summary.from_dict(_with_progress(entry))
    assert info.value.code == "invalid-value"
    assert info.value.path == "actions[0].progress[1].percent"
    # The same in a tuple, and for the weight of a sub-action.
    weight = {"format": "yousaid/1", "title": "t", "actions": (
        {"id": "a1", "title": "A", "actions": [{"id": "a1.1", "title": "B", "weight": value}]},)}
    with pytest.raises(yousaid.InvalidValueError) as info:
        yousaid.Summary.from_dict(weight)
    assert info.value.path == "actions[0].actions[0].weight"

    s = yousaid.Summary("t")
    s.add_action("a1", "A")
    with pytest.raises(yousaid.InvalidValueError) as info:
        s.record_progress("a1", date=datetime.date(2025, 1, 1), percent=value)
    assert (info.value.code, info.value.path) == ("invalid-value", "percent")
    assert s.action("a1").progress == (), "nothing was recorded"
    with pytest.raises(yousaid.InvalidValueError):
        s.add_action("a2", "B", weight=value)


def test_text_with_a_lone_surrogate_is_a_yousaid_error() -> None:
    lone = "\ud800"
    with pytest.raises(yousaid.InvalidValueError) as info:
        yousaid.Summary.from_dict({"format": "yousaid/1", "title": "t", "suggestions": [
            {"id": "s1", "text": "fine"}, {"id": "s2", "text": "bad " + lone}]})
    assert (info.value.code, info.value.path) == ("invalid-value", "suggestions[1].text")
    with pytest.raises(yousaid.InvalidValueError):
        yousaid.Summary("t" + lone)
    with pytest.raises(yousaid.InvalidValueError):
        yousaid.loads('{"format": "yousaid/1", "title": "' + lone + '"}')
    s = yousaid.Summary("t")
    s.add_suggestion("s1", "x")
    calls = [
        lambda: s.respond(lone, stance="accepted"),
        lambda: s.suggestion(lone),
        lambda: s.records(lone),
        lambda: s.render(view=lone),
        lambda: s.render(as_of=lone),
        lambda: s.stamp(lone),
        lambda: s.add_suggestion("s2", "y", parent=lone),
        lambda: yousaid.Renderer().add_template("t.html", lone),
    ]
    for call in calls:
        with pytest.raises(yousaid.Error) as err:
            call()
        assert err.value.code == "invalid-value", err.value


def test_dates_in_plain_data_are_refused_with_their_path() -> None:
    data = _with_progress({"date": datetime.date(2025, 2, 10)})
    with pytest.raises(yousaid.WrongTypeError) as info:
        yousaid.Summary.from_dict(data)
    assert info.value.path == "actions[0].progress[1].date"
    assert "isoformat" in str(info.value)
    with pytest.raises(yousaid.WrongTypeError) as other:
        yousaid.Summary.from_dict({"format": "yousaid/1", "title": "t", "themes": [object()]})
    assert other.value.path == "themes[0]"
    # Keyword arguments take dates, as ISO text or datetime.date.
    s = yousaid.Summary("t", published="2025-01-31")  # type: ignore[arg-type]
    assert s.published == "2025-01-31"


def test_dates_as_text_or_date_objects() -> None:
    s = yousaid.Summary("t")
    s.stamp("2025-12-31")
    assert s.published == "2025-12-31"
    s.stamp(datetime.date(2026, 1, 31), "Second")
    s.stamp(datetime.datetime(2026, 3, 1, 12, 30))
    assert s.published == "2026-03-01"
    with pytest.raises(yousaid.InvalidArgumentError) as info:
        s.stamp("2026-02-30")
    assert info.value.code == "invalid-argument"
    with pytest.raises(yousaid.InvalidArgumentError):
        s.stamp(20260301)  # type: ignore[arg-type]
    view = s.as_of("2025-06-01")
    assert view.date == datetime.date(2025, 6, 1)
    assert repr(view).startswith("<AsOf 2025-06-01")
    assert s.status_counts(as_of="2025-06-01") == s.status_counts(as_of=datetime.date(2025, 6, 1))
    assert s.render(format="text", as_of="2025-06-01") == s.render(
        format="text", as_of=datetime.date(2025, 6, 1))
    with pytest.raises(yousaid.InvalidArgumentError):
        s.as_of("June")


@pytest.mark.parametrize("width", [-1, 2**70])
def test_bad_widths_and_indents_are_argument_errors(width: int) -> None:
    s = yousaid.Summary("t")
    with pytest.raises(yousaid.InvalidArgumentError) as info:
        s.render(format="text", width=width)
    assert info.value.code == "invalid-argument"
    with pytest.raises(yousaid.InvalidArgumentError):
        s.to_json(indent=width)
    with pytest.raises(yousaid.InvalidArgumentError):
        yousaid.Renderer().render(s, format="text", width=width)
    assert s.render(format="text", width=0)


def _raised(call: Any) -> yousaid.Error:
    with pytest.raises(yousaid.Error) as info:
        call()
    return info.value


def test_exceptions_pickle_with_everything_they_carry(tmp_path: Any) -> None:
    import pickle

    bad = yousaid.Summary("t")
    bad.add_action("a1", "A", depends_on=["a1"])
    errors = [
        _raised(lambda: yousaid.loads(DOC + ', "titel": "x"}')),
        _raised(lambda: yousaid.Summary.from_dict(_with_progress({"date": "x", "percent": 1}))),
        _raised(bad.check),
        _raised(lambda: yousaid.load(tmp_path / "missing.json")),
        _raised(lambda: yousaid.Renderer().add_template("t.html", "{% if %}")),
        _raised(lambda: bad.action("nope")),
    ]
    for err in errors:
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err)
        assert str(back) == str(err)
        fields = ("code", "path", "line", "column", "template", "problems")
        assert [getattr(back, f) for f in fields] == [getattr(err, f) for f in fields]
    assert errors[0].line is not None and errors[0].path == "titel"
    assert errors[2].problems
    assert errors[4].template == "t.html"
