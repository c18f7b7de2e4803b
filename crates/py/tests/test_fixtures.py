"""The shared, language-neutral fixtures (tests/fixtures/): the same outcomes as the Rust and
JavaScript suites. Loading a malformed input raises the exception class of its error code,
with the same code, path, line and column; a valid input validates to the same problems, in
the same order. Inputs that load also survive the dict round trip."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import yousaid
from yousaid import _native
from conftest import FIXTURES, assert_same_data

# The `import-` cases are for the importers: see tests/fixtures/README.md.
CASES = sorted(
    p for p in FIXTURES.iterdir() if p.is_dir() and not p.name.startswith("import-")
)
CLASSES = dict(_native.error_classes())


COUNT_KEYS = ("total", "not_started", "in_progress", "done", "blocked", "dropped", "unstated")


def tracking(summary: yousaid.Summary) -> dict[str, Any]:
    """Every action's current status and percent, and the status counts: a case's optional
    ``tracking``."""
    states = [
        {"id": s["id"], "status": s["status"], "percent": s["percent"]}
        for s in summary.current().action_states()
    ]
    counts = summary.current().status_counts()
    return {"states": states, "counts": {k: counts[k] for k in COUNT_KEYS}}


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_fixture(case: pathlib.Path) -> None:
    expected: dict[str, Any] = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    data = (case / "input.json").read_bytes()
    error = expected["error"]
    if error is not None:
        cls = getattr(yousaid, CLASSES[error["code"]])
        with pytest.raises(cls) as info:
            yousaid.loads(data)
        got = info.value
        assert (got.code, got.path, got.line, got.column) == (
            error["code"], error["path"], error["line"], error["column"],
        )
        # The same error through the text API, for an input that is text (not every input
        # is UTF-8: the encoding cases are bytes only).
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        with pytest.raises(cls) as info:
            yousaid.loads(text)
        assert info.value.code == error["code"]
        return
    summary = yousaid.loads(data)
    problems = [
        {"severity": p.severity, "code": p.code, "path": p.path} for p in summary.validate()
    ]
    assert problems == expected["problems"]
    if "tracking" in expected:
        assert tracking(summary) == expected["tracking"]
    assert yousaid.Summary.from_dict(summary.to_dict()) == summary
    assert yousaid.loads(summary.to_json()) == summary
    assert_same_data(summary.to_dict(), json.loads(summary.to_json()))
