"""Typed read access: objects with attributes, dates as datetime.date, lookups, reprs."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

import yousaid


def test_typed_views_of_the_founding_example(west_yorkshire: yousaid.Summary) -> None:
    s = west_yorkshire
    assert s.title == "Increasing Awareness of Human Trafficking"
    assert [q.id for q in s.questions] == ["q1", "q2"]
    assert len(s.suggestions) == 18
    event = s.engagements[0]
    assert isinstance(event, yousaid.Engagement)
    assert event.date == "2014-04-08"
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


def test_dates_are_datetime_dates(riverside: yousaid.Summary) -> None:
    assert isinstance(riverside.published, datetime.date)
    entries = [e for a in riverside.actions for e in a.progress]
    assert entries and all(isinstance(e.date, datetime.date) for e in entries)
    assert all(isinstance(e, yousaid.ProgressEntry) for e in entries)


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


VIEWS = {
    "Engagement": yousaid.Engagement,
    "Question": yousaid.Question,
    "Theme": yousaid.Theme,
    "Group": yousaid.Group,
    "Count": yousaid.Count,
    "Link": yousaid.Link,
    "Quote": yousaid.Quote,
    "Response": yousaid.Response,
    "Suggestion": yousaid.Suggestion,
    "Answer": yousaid.Answer,
    "Barrier": yousaid.Barrier,
    "Related": yousaid.Related,
    "ProgressEntry": yousaid.ProgressEntry,
    "Action": yousaid.Action,
}


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_views_have_every_field_of_the_schema(name: str) -> None:
    """The typed views list the core's fields by hand; the schema keeps them honest."""
    definition = yousaid.schema()["$defs"][name]
    # `from` is a Python keyword: the field is `from_`.
    fields = {f.name.rstrip("_") for f in dataclasses.fields(VIEWS[name])}
    assert fields == set(definition["properties"])
    required = {f.name for f in dataclasses.fields(VIEWS[name]) if f.default is dataclasses.MISSING}
    assert required == set(definition.get("required", []))
