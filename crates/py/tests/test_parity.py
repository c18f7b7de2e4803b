"""What the core offers, from Python: the top-level fields (read and set), the builder's
validating build (``check``), depth-first walks, the as-of cut-off, the input limit, and the
README's table of core operations and their Python names, each of which must exist."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

import yousaid
from conftest import ROOT


def test_top_level_fields_read_and_set() -> None:
    s = yousaid.Summary(
        "Library review",
        purposes=[{"lead_in": "We asked in order to:", "points": [{"text": "Listen"}]}],
        plan={"title": "Council Plan", "outcomes": [{"id": "o1", "title": "Thriving places"}]},
        closing={"heading": "Thank you", "paragraphs": ["For taking part."]},
    )
    assert s.purposes == [{"lead_in": "We asked in order to:", "points": [{"text": "Listen"}]}]
    assert s.plan == {"title": "Council Plan", "outcomes": [{"id": "o1", "title": "Thriving places"}]}
    assert s.closing == {"heading": "Thank you", "paragraphs": ["For taking part."]}
    assert s.language is None and s.copyright is None and s.licence is None

    s.title = "Library review: what you told us"
    s.owner = "Riverside Council"
    s.publisher = "Riverside Libraries"
    s.published = datetime.date(2025, 6, 30)
    s.language = "en-GB"
    s.introduction = ("First paragraph.", "Second paragraph.")
    s.closing = {"signature": {"name": "Priya Shah", "role": "Cabinet member"}}
    s.copyright = "© Riverside Council 2025"
    s.licence = "OGL-UK-3.0"
    assert s.title == "Library review: what you told us"
    assert s.owner == {"name": "Riverside Council"}
    assert s.publisher == "Riverside Libraries"
    assert s.published == "2025-06-30"
    assert s.language == "en-GB"
    assert s.introduction == ["First paragraph.", "Second paragraph."]
    assert s.closing == {"signature": {"name": "Priya Shah", "role": "Cabinet member"}}
    assert (s.copyright, s.licence) == ("© Riverside Council 2025", "OGL-UK-3.0")
    assert yousaid.loads(s.to_json()) == s

    s.plan = None
    s.language = None
    s.purposes = []
    assert s.plan is None and s.language is None and "plan" not in s.to_dict()


def test_setting_a_field_checks_it_like_loading() -> None:
    s = yousaid.Summary("t")
    with pytest.raises(yousaid.WrongTypeError) as wrong:
        s.title = 7  # type: ignore[assignment]
    assert wrong.value.code == "wrong-type"
    with pytest.raises(yousaid.UnknownFieldError) as unknown:
        s.plan = {"title": "Plan", "outcome": []}
    assert unknown.value.path == "outcome"
    with pytest.raises(yousaid.InvalidValueError):
        s.published = "2025-13-01"  # type: ignore[assignment]
    assert s == yousaid.Summary("t"), "a refused value changes nothing"


def test_check_raises_on_errors_and_returns_warnings() -> None:
    s = yousaid.Summary("t")
    s.add_action("a1", "Do it", depends_on=["a1"])
    with pytest.raises(yousaid.ValidationError) as info:
        s.check()
    err = info.value
    assert err.code == "invalid-document"
    assert [p.code for p in err.problems if p.severity == "error"] == ["dependency-cycle"]
    assert "1 validation error" in str(err)

    ok = yousaid.Summary("t")
    ok.add_suggestion("s1", "More buses")
    warnings = ok.check()
    assert warnings == [p for p in ok.validate() if p.severity == "warning"]
    assert warnings and all(isinstance(p, yousaid.Problem) for p in warnings)


def test_all_suggestions_and_actions_walk_depth_first(west_yorkshire: yousaid.Summary) -> None:
    s = yousaid.Summary("t")
    s.add_suggestion("s1", "A")
    s.add_suggestion("s1.1", "A.1", parent="s1")
    s.add_suggestion("s1.1.1", "A.1.1", parent="s1.1")
    s.add_suggestion("s2", "B")
    assert [(p.id, depth) for p, depth in s.all_suggestions()] == [
        ("s1", 0), ("s1.1", 1), ("s1.1.1", 2), ("s2", 0),
    ]
    s.add_action("a1", "X")
    s.add_action("a1.1", "X.1", parent="a1")
    assert [(a.id, depth) for a, depth in s.all_actions()] == [("a1", 0), ("a1.1", 1)]
    assert all(isinstance(a, yousaid.Action) for a, _ in s.all_actions())
    everything = west_yorkshire.all_suggestions()
    assert len(everything) >= len(west_yorkshire.suggestions)
    assert [p for p, depth in everything if depth == 0] == west_yorkshire.suggestions


def test_as_of_cutoff() -> None:
    s = yousaid.Summary("t", published=datetime.date(2025, 1, 1))
    assert s.current().cutoff is None
    assert s.as_of(datetime.date(2025, 3, 1)).cutoff == datetime.date(2025, 3, 1)


def test_max_input_bytes() -> None:
    assert yousaid.MAX_INPUT_BYTES == 512 * 1024 * 1024


def _parity_rows() -> list[tuple[str, str]]:
    text = (ROOT / "crates" / "py" / "README.md").read_text(encoding="utf-8")
    section = text.split("## The core and its Python names", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) == 2 and cells[0].startswith("`"):
            rows.append((cells[0], cells[1]))
    return rows


def _resolve(name: str) -> Any:
    target: Any = yousaid
    for part in name.removeprefix("yousaid.").split("."):
        target = getattr(target, part)
    return target


def test_every_python_name_in_the_parity_table_exists() -> None:
    rows = _parity_rows()
    assert len(rows) >= 40
    for core, python in rows:
        names = re.findall(r"`([A-Za-z_][\w.]*)", python)
        # Without a name, the row says the value comes as plain data (dicts, lists, text).
        assert names or "dict" in python or "text" in python, f"no Python name for {core}"
        for name in names:
            if name[0].isupper() or name.startswith("yousaid."):
                _resolve(name)  # raises AttributeError when the table names what is not there


def _names_rows() -> list[list[str]]:
    text = (ROOT / "docs" / "names.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.startswith("| `"):
            rows.append([c.strip().strip("`") for c in line.strip().strip("|").split(" | ")])
    return rows


def test_the_names_table_holds_for_python(riverside: yousaid.Summary) -> None:
    """docs/names.md: each option's Python keyword exists and renders with the example value,
    as the core and the JavaScript package read it."""
    import inspect

    rows = _names_rows()
    assert [row[0] for row in rows] == [
        "view", "format", "as_of", "template", "template_source", "width", "layout", "lang",
        "labels",
    ]
    keywords = inspect.signature(yousaid.Summary.render).parameters
    for _rust, _cli, python, _js, example, *_ in rows:
        assert python in keywords, python
        value: Any = int(example) if example.isdigit() else example
        if python == "labels":
            value = dict([example.split("=", 1)])
        riverside.render(**{python: value})
        assert python in inspect.signature(yousaid.Renderer.render).parameters
    # `template` names a template; `template_source` is one.
    assert riverside.render(format="md", template="table.md") == riverside.render("table", "md")
    assert riverside.render(format="md", template_source="{{ summary.title }}").strip() == (
        riverside.title
    )
    # Dates as text or as datetime.date, everywhere.
    on = datetime.date(2025, 3, 1)
    assert riverside.render(as_of=on) == riverside.render(as_of="2025-03-01")
    assert riverside.status_counts(as_of=on) == riverside.status_counts(as_of="2025-03-01")
    copy = yousaid.loads(riverside.to_json())
    copy.stamp(datetime.date(2031, 1, 1))
    assert copy.published == "2031-01-01"
