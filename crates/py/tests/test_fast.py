"""The parity tests of the speed-ups the binding keeps (`crates/py/src/fast/`): every result
built straight from the model must equal, type for type and key order included, what the simple
path gives, `json.loads` of the core's JSON text; every summary read straight from the dicts
must equal what the simple path (`pythonize` through a JSON value) reads."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import yousaid
from conftest import EXAMPLES, FIXTURES, assert_same_data

DOCUMENTS = sorted(EXAMPLES.glob("**/*.json")) + sorted(FIXTURES.glob("valid-*/input.json"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_to_dict_of_every_example_and_fixture_is_json_loads_of_to_json(path: pathlib.Path) -> None:
    summary = yousaid.load(path)
    assert_same_data(summary.to_dict(), json.loads(summary.to_json()))
    # Results go through the same converter, and are plain JSON data too.
    for kind in ("suggestions", "actions", "progress"):
        records = summary.records(kind)
        assert records == json.loads(json.dumps(records))


class _Dict(dict):  # type: ignore[type-arg]
    """A dict subclass: the fast reader gives it up, so `from_dict` takes the simple path."""


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_from_dict_of_every_example_and_fixture_reads_as_the_simple_path(
    path: pathlib.Path,
) -> None:
    summary = yousaid.load(path)
    data = summary.to_dict()
    fast = yousaid.Summary.from_dict(data)
    assert fast == yousaid.Summary.from_dict(_Dict(data)) == summary
    # Read as it was written, the older format migrated the same way.
    written = json.loads(path.read_text(encoding="utf-8-sig"))
    assert yousaid.Summary.from_dict(written) == yousaid.Summary.from_dict(_Dict(written))


def test_to_dict_is_json_loads_of_to_json_in_every_detail() -> None:
    summary = yousaid.Summary("Café ☕ consultation")
    summary.add_action("a1", "Train staff", status="in_progress")
    summary.record_progress("a1", date=datetime.date(2025, 1, 10), percent=30)
    summary.record_progress("a1", date=datetime.date(2025, 2, 10), percent=42.5)
    as_dict = summary.to_dict()
    assert_same_data(as_dict, json.loads(summary.to_json()))
    progress = as_dict["actions"][0]["progress"]
    # Whole numbers are written as integers, in the JSON and in the dict alike.
    assert [p["percent"] for p in progress] == [30, 42.5]
    assert [type(p["percent"]) for p in progress] == [int, float]
    # Each dict is its own: changing one leaves the summary and the next conversion alone.
    as_dict["actions"][0]["title"] = "changed"
    assert summary.to_dict()["actions"][0]["title"] == "Train staff"


def test_to_dict_of_a_large_summary_is_json_loads_of_to_json() -> None:
    summary = yousaid.Summary("Many")
    for i in range(2000):
        summary.add_suggestion(f"s{i}", f"Point {i} – with “quotes” and \\ backslashes \U0001F600")
    assert_same_data(summary.to_dict(), json.loads(summary.to_json()))


