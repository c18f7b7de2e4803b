"""Loading and saving: paths, files, text, bytes, dicts and JSON, and their round trips."""

from __future__ import annotations

import copy
import datetime
import io
import json
import pathlib
from typing import Any

import pytest

import yousaid
from conftest import EXAMPLES, RIVERSIDE, WEST_YORKSHIRE, assert_same_data

ALL_EXAMPLES = sorted(EXAMPLES.glob("**/*.json"))


def test_examples_are_found() -> None:
    assert WEST_YORKSHIRE in ALL_EXAMPLES and RIVERSIDE in ALL_EXAMPLES


def test_load_accepts_str_path_pathlib_and_open_files() -> None:
    by_path = yousaid.load(WEST_YORKSHIRE)
    assert yousaid.load(str(WEST_YORKSHIRE)) == by_path
    with open(WEST_YORKSHIRE, encoding="utf-8") as text:
        assert yousaid.load(text) == by_path
    with open(WEST_YORKSHIRE, "rb") as binary:
        assert yousaid.load(binary) == by_path
    assert yousaid.load(io.BytesIO(WEST_YORKSHIRE.read_bytes())) == by_path


def test_loads_accepts_str_and_bytes() -> None:
    text = WEST_YORKSHIRE.read_text(encoding="utf-8")
    assert yousaid.loads(text) == yousaid.loads(text.encode("utf-8"))
    assert yousaid.loads(text).title == "Increasing Awareness of Human Trafficking"


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16", "UTF-16 (little-endian, with a byte-order mark)"),
        ("utf-16-be", "UTF-16 (big-endian)"),
        ("utf-32", "UTF-32 (little-endian, with a byte-order mark)"),
    ],
)
def test_a_file_in_another_encoding_is_named(
    tmp_path: pathlib.Path, encoding: str, name: str
) -> None:
    path = tmp_path / "summary.json"
    path.write_bytes(WEST_YORKSHIRE.read_text(encoding="utf-8").encode(encoding))
    with pytest.raises(yousaid.JsonSyntaxError) as info:
        yousaid.load(path)
    assert (info.value.code, info.value.line, info.value.column) == ("json-syntax", 1, 1)
    assert f"the input is {name}, not UTF-8" in str(info.value)
    assert "save the file as UTF-8" in str(info.value)


def test_latin_1_bytes_are_named_where_they_start() -> None:
    data = '{"format": "yousaid/1",\n "title": "Café"}'.encode("latin-1")
    with pytest.raises(yousaid.JsonSyntaxError) as info:
        yousaid.loads(data)
    assert (info.value.line, info.value.column) == (2, 15)
    assert "byte 0xE9 would be `é` in Latin-1 or Windows-1252" in str(info.value)


def test_missing_file_is_an_io_error_and_still_an_os_error(tmp_path: pathlib.Path) -> None:
    import errno

    missing = tmp_path / "nope.json"
    with pytest.raises(yousaid.IoError) as info:
        yousaid.load(missing)
    err = info.value
    assert isinstance(err, OSError) and isinstance(err, yousaid.Error)
    assert err.code == "io"
    assert (err.errno, err.filename) == (errno.ENOENT, str(missing))
    assert "nope.json" in str(err)
    with pytest.raises(OSError):
        yousaid.load(str(missing))
    with pytest.raises(yousaid.IoError) as writing:
        yousaid.Summary("t").save(tmp_path / "no" / "such" / "folder.json")
    assert writing.value.code == "io"


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_round_trips(path: pathlib.Path) -> None:
    summary = yousaid.load(path)
    as_dict = summary.to_dict()
    assert yousaid.Summary.from_dict(as_dict) == summary
    assert yousaid.loads(summary.to_json()) == summary
    assert yousaid.loads(summary.to_json(indent=4)) == summary
    # The dict is the JSON form: the file's content, less the empty lists it may spell out.
    assert as_dict == _without_empty_lists(json.loads(path.read_text(encoding="utf-8")))
    assert_same_data(as_dict, json.loads(summary.to_json()))


def test_to_json_indent() -> None:
    summary = yousaid.Summary("t")
    assert summary.to_json() == '{"format":"yousaid/2","title":"t"}'
    assert summary.to_json(indent=2) == '{\n  "format": "yousaid/2",\n  "title": "t"\n}'
    assert summary.to_json(indent=4).splitlines()[1] == '    "format": "yousaid/2",'


def test_save_writes_what_load_reads(tmp_path: pathlib.Path, riverside: yousaid.Summary) -> None:
    out = tmp_path / "out.json"
    riverside.save(out)
    assert yousaid.load(out) == riverside
    text = out.read_text(encoding="utf-8")
    assert text.endswith("}\n") and text.startswith('{\n  "format"')
    riverside.save(str(out), indent=0)
    assert yousaid.load(out) == riverside


def test_equality_and_copies(riverside: yousaid.Summary) -> None:
    other = yousaid.load(RIVERSIDE)
    assert riverside == other
    assert riverside != yousaid.Summary("t")
    assert riverside != "not a summary"
    duplicate = copy.deepcopy(riverside)
    duplicate.respond("s1", stance="under_consideration")
    assert duplicate != riverside
    assert copy.copy(riverside) == riverside == riverside.copy()
    with pytest.raises(TypeError):
        hash(riverside)


def test_from_dict_reports_the_path() -> None:
    data = {"format": "yousaid/1", "title": "t", "actions": [{"id": "a1", "title": 3}]}
    with pytest.raises(yousaid.WrongTypeError) as info:
        yousaid.Summary.from_dict(data)
    assert info.value.path == "actions[0].title"
    assert info.value.code == "wrong-type"
    assert info.value.line is None and info.value.column is None


def test_schema_describes_the_format() -> None:
    schema = yousaid.schema()
    assert schema["type"] == "object"
    assert {"format", "title", "suggestions", "actions"} <= set(schema["properties"])
    assert "Suggestion" in schema["$defs"] and "Action" in schema["$defs"]


def _without_empty_lists(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_empty_lists(v) for k, v in value.items() if v != []}
    if isinstance(value, list):
        return [_without_empty_lists(v) for v in value]
    return value


def test_to_dict_leaves_the_garbage_collector_as_it_was(riverside: yousaid.Summary) -> None:
    import gc

    assert gc.isenabled()
    riverside.to_dict()
    assert gc.isenabled()
    gc.disable()
    try:
        riverside.to_dict()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_from_dict_reads_python_shapes_as_their_json() -> None:
    import collections
    import enum
    import types

    class Pct(enum.IntEnum):
        HALF = 50

    class Name(str):
        pass

    as_json = {"format": "yousaid/1", "title": "t", "actions": [
        {"id": "a1", "title": "A", "outcomes": ["o1"], "progress": [
            {"date": "2025-01-10", "percent": 50}]}]}
    expected = yousaid.loads(json.dumps(as_json))
    shapes = [
        {"format": "yousaid/1", "title": "t", "actions": (
            {"id": "a1", "title": "A", "outcomes": ("o1",), "progress": (
                {"date": "2025-01-10", "percent": 50.0},)},)},
        collections.OrderedDict(format="yousaid/1", title=Name("t"), actions=[
            {"id": "a1", "title": "A", "outcomes": {"o1"}, "progress": [
                {"date": "2025-01-10", "percent": Pct.HALF}]}]),
        # A mapping that is not a dict, which `json` cannot write: read through `pythonize`.
        types.MappingProxyType({"format": "yousaid/1", "title": "t", "actions": [
            {"id": "a1", "title": "A", "outcomes": ["o1"], "progress": [
                {"date": "2025-01-10", "percent": 50}]}]}),
    ]
    for data in shapes:
        assert yousaid.Summary.from_dict(data) == expected



def test_from_dict_and_loads_agree_on_mutated_documents(riverside: yousaid.Summary) -> None:
    """Damage the dict form at random places; reading it as a dict and as JSON text must
    succeed alike (to equal summaries) or fail alike, at the same path. (The kind may differ:
    the JSON reader calls a list where a status belongs a syntax error.)"""
    import random

    rng = random.Random(7)
    replacements: list[Any] = [None, True, 0, -3, 2.5, "", "x", "2025-13-01", "2025-Q1", [],
                               ["x"], {}, {"id": "z"}]
    base = riverside.to_dict()

    def places(value: Any, path: tuple = ()) -> list[tuple]:
        found = [path]
        if isinstance(value, dict):
            for k, v in value.items():
                found += places(v, path + (k,))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                found += places(v, path + (i,))
        return found

    all_places = places(base)[1:]
    for _ in range(300):
        data = copy.deepcopy(base)
        place = rng.choice(all_places)
        *parents, last = place
        target = data
        for step in parents:
            target = target[step]
        new = rng.choice(replacements)
        target[last] = copy.deepcopy(new)
        text = json.dumps(data)
        where = f"{new!r} at {place}"
        try:
            from_text = yousaid.loads(text)
        except yousaid.ParseError as e:
            with pytest.raises(yousaid.ParseError) as info:
                yousaid.Summary.from_dict(data)
            assert info.value.path == e.path, where
        else:
            assert yousaid.Summary.from_dict(data) == from_text, where


def test_copies_share_nothing_visible(riverside: yousaid.Summary) -> None:
    shallow = copy.copy(riverside)
    deep = copy.deepcopy(riverside)
    shallow.respond("s1", stance="not_planned", reason="No budget.")
    assert riverside.suggestion("s1").response.stance == "partly_accepted"
    riverside.record_progress("a9", date=datetime.date(2026, 7, 1), note="Annual report.")
    assert len(deep.action("a9").progress) == len(riverside.action("a9").progress) - 1
    assert shallow.action("a9").progress == deep.action("a9").progress
    assert deep == yousaid.load(RIVERSIDE)
    # Rendering leaves the summary as it was, and edits after a render are seen.
    before = riverside.render(format="markdown")
    riverside.title = "Renamed"
    assert riverside.render(format="markdown") != before
    assert "Renamed" in riverside.render(format="markdown")

