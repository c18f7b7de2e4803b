"""Typed read access: objects with attributes, dates as datetime.date, lookups, reprs."""

from __future__ import annotations

import dataclasses
import datetime
import importlib.util
import json

import pytest

import yousaid
import yousaid._model
from conftest import ROOT


def test_typed_views_of_the_founding_example(west_yorkshire: yousaid.Summary) -> None:
    s = west_yorkshire
    assert s.title == "Increasing Awareness of Human Trafficking"
    assert [q.id for q in s.questions] == ["q1", "q2"]
    assert len(s.suggestions) == 18
    event = s.engagements[0]
    assert isinstance(event, yousaid.Engagement)
    assert event.kind == "event" and event.date == "2014-04-08"
    assert all(isinstance(g, yousaid.Group) for g in event.groups)
    first = s.suggestions[0]
    assert isinstance(first, yousaid.Suggestion)
    assert first.id == "q1-1" and first.question == "q1"
    nested = [p for p in s.suggestions if p.points]
    assert nested and all(isinstance(p, yousaid.Suggestion) for p in nested[0].points)
    action = s.actions[0]
    assert isinstance(action, yousaid.Action)
    assert all(isinstance(a, yousaid.Answer) for a in action.responds_to)
    assert s.owner is not None and s.owner["name"]
    assert s.introduction and all(isinstance(p, str) for p in s.introduction)


def test_lookup_by_id_finds_nested_items(west_yorkshire: yousaid.Summary) -> None:
    parent = next(p for p in west_yorkshire.suggestions if p.points)
    child = parent.points[0]
    assert west_yorkshire.suggestion(child.id) == child
    assert west_yorkshire.action("a1").id == "a1"
    with pytest.raises(yousaid.NotFoundError) as info:
        west_yorkshire.action("a99")
    assert info.value.code == "not-found"
    with pytest.raises(LookupError):
        west_yorkshire.suggestion("nope")


def test_exact_dates_are_dates_and_partial_dates_text(riverside: yousaid.Summary) -> None:
    assert isinstance(riverside.published, str)
    datetime.date.fromisoformat(riverside.published)
    entries = [e for a in riverside.actions for e in a.progress]
    assert entries and all(isinstance(e.date, str) for e in entries)
    assert all(isinstance(e, yousaid.ProgressEntry) for e in entries)
    responses = [p.response for p in riverside.suggestions if p.response and p.response.date]
    assert responses and all(isinstance(r.date, datetime.date) for r in responses)


def test_views_are_immutable(west_yorkshire: yousaid.Summary) -> None:
    s = west_yorkshire.suggestions[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.text = "changed"  # type: ignore[misc]


def test_reprs_say_something_useful(west_yorkshire: yousaid.Summary) -> None:
    assert repr(west_yorkshire) == (
        "<Summary 'Increasing Awareness of Human Trafficking': "
        "1 engagements, 18 suggestions, 6 actions>"
    )
    assert repr(west_yorkshire.suggestions[0]) == (
        "<Suggestion q1-1 'Maintain and improve levels of victim care' (unanswered)>"
    )
    assert repr(west_yorkshire.action("a1")).startswith("<Action a1 'I will progress")
    # The source states no status for it: none is made up.
    assert west_yorkshire.action("a1").declared_status is None
    assert "(no status stated)>" in repr(west_yorkshire.action("a1"))
    assert west_yorkshire.action("a5").declared_status == "in_progress"


VIEWS = {name: getattr(yousaid, name) for name in yousaid._model.__all__}


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_views_have_every_field_of_the_schema(name: str) -> None:
    """The typed views are generated from the schema; their fields and required fields are the
    schema's."""
    definition = yousaid.schema()["$defs"][name]
    fields = {f.name.rstrip("_") for f in dataclasses.fields(VIEWS[name])}
    assert fields == set(definition["properties"])
    required = {f.name.rstrip("_") for f in dataclasses.fields(VIEWS[name])
                if f.default is dataclasses.MISSING}
    assert required == set(definition.get("required", []))


def test_generated_views_are_up_to_date() -> None:
    """``yousaid/_model.py`` is what ``crates/py/tools/model_types.py`` writes from the published
    schema, byte for byte (regenerate it with ``python crates/py/tools/model_types.py``)."""
    tool_path = ROOT / "crates" / "py" / "tools" / "model_types.py"
    spec = importlib.util.spec_from_file_location("model_types", tool_path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    schema = json.loads((ROOT / "schema" / "yousaid.schema.json").read_text(encoding="utf-8"))
    assert schema == yousaid.schema(), "the built package publishes the committed schema"
    committed = (ROOT / "crates" / "py" / "python" / "yousaid" / "_model.py").read_bytes()
    assert committed.decode("utf-8") == tool.generate(schema)


def test_views_pickle_and_compare(west_yorkshire: yousaid.Summary) -> None:
    import pickle

    for view in [*west_yorkshire.engagements, *west_yorkshire.suggestions,
                 *west_yorkshire.actions]:
        back = pickle.loads(pickle.dumps(view))
        assert back == view and type(back) is type(view)
    action = west_yorkshire.actions[0]
    assert isinstance(action, yousaid.Action) and yousaid.Action is yousaid._model.Action
    assert dataclasses.replace(action, title="x") != action
