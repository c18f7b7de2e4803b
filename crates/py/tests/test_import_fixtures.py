"""The shared import fixtures (tests/fixtures/import-*): importing each input file with
``yousaid.import_file`` (the reader chosen by its extension, or by ``options.format``) gives
the same summary and report as the Rust suite, reasons and notes left out, or the same error."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import yousaid
from yousaid import _native
from conftest import FIXTURES

CASES = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name.startswith("import-"))
CLASSES = dict(_native.error_classes())


def _input(case: pathlib.Path) -> pathlib.Path:
    return next(p for p in case.iterdir() if p.stem == "input")


def test_there_are_import_fixtures() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_import_fixture(case: pathlib.Path) -> None:
    expected: dict[str, Any] = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    options = expected.get("options", {})
    path = _input(case)
    if path.suffix == ".docx":
        pytest.skip("Word documents need the core's docx feature, not in the Python package")
    kwargs: dict[str, Any] = {
        "title": options.get("title"),
        "merge_threshold": options.get("merge_threshold"),
        "mapping": options.get("columns"),
    }
    error = expected["error"]
    if error is not None:
        cls = getattr(yousaid, CLASSES[error["code"]])
        with pytest.raises(cls) as info:
            yousaid.import_file(path, options.get("format"), **kwargs)
        assert (info.value.code, info.value.line, info.value.column) == (
            error["code"], error["line"], error["column"],
        )
        return
    imported = yousaid.import_file(path, options.get("format"), **kwargs)
    report = imported.report
    for entry in report["not_used"]:
        entry.pop("reason")
    for entry in report["ambiguous"]:
        entry.pop("note")
    assert imported.summary.to_dict() == expected["summary"]
    assert report == expected["report"]


def test_import_outline_and_markdown_are_import_file_by_format() -> None:
    case = FIXTURES / "import-outline-roundtable"
    text = _input(case).read_text(encoding="utf-8")
    assert yousaid.import_outline(text).summary == yousaid.import_file(_input(case)).summary
    md = FIXTURES / "import-markdown-notes"
    text = _input(md).read_text(encoding="utf-8")
    assert yousaid.import_markdown(text).summary == yousaid.import_file(_input(md)).summary
