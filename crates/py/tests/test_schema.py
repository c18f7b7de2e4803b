"""The published JSON Schema (schema/yousaid.schema.json) works in a standard Python validator,
``jsonschema`` (draft 2020-12): every bundled example and every fixture that loads is valid
against it (unless validation finds an error in it), as written when it is in the current format
and as the package saves it after loading; the fixtures the loader refuses for an unknown or a missing field are refused by the
schema too. The JavaScript suite checks the same with Ajv (crates/wasm/js/test/schema.test.mjs).
"""

from __future__ import annotations

import json
import pathlib
from typing import Any, List, Optional, Tuple

import jsonschema
import pytest

import yousaid
from conftest import FIXTURES, ROOT

SCHEMA: Any = json.loads((ROOT / "schema" / "yousaid.schema.json").read_text(encoding="utf-8"))
CURRENT = yousaid.FORMAT
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _documents() -> List[Tuple[str, pathlib.Path, Optional[Any]]]:
    out: List[Tuple[str, pathlib.Path, Optional[Any]]] = []
    for example in sorted((ROOT / "examples").iterdir()):
        if (example / "summary.json").is_file():
            out.append((f"examples/{example.name}", example / "summary.json", None))
    for case in sorted(FIXTURES.iterdir()):
        if case.is_dir() and not case.name.startswith("import-"):
            expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
            if any(p["severity"] == "error" for p in expected["problems"]):
                # Validation refuses it (a link the schema's pattern refuses too, say): the
                # schema describes valid documents.
                continue
            out.append((f"tests/fixtures/{case.name}", case / "input.json", expected["error"]))
    return out


DOCUMENTS = _documents()


def _errors(document: Any) -> List[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def _text(path: pathlib.Path) -> Optional[str]:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert "(?i)" not in json.dumps(SCHEMA), "inline (?i) flags are not ECMA-262"


@pytest.mark.parametrize(
    "what,path", [(w, p) for w, p, e in DOCUMENTS if e is None], ids=lambda x: str(x)
)
def test_loadable_documents_are_valid(what: str, path: pathlib.Path) -> None:
    text = _text(path)
    if text is not None:
        raw = json.loads(text)
        if raw.get("format") == CURRENT:
            assert _errors(raw) == [], f"{what} as written"
    saved = json.loads(yousaid.loads(path.read_bytes()).to_json())
    assert _errors(saved) == [], f"{what} as saved"


@pytest.mark.parametrize(
    "what,path",
    [
        (w, p)
        for w, p, e in DOCUMENTS
        if e is not None and e["code"] in ("unknown-field", "missing-field")
    ],
    ids=lambda x: str(x),
)
def test_refused_documents_are_refused_by_the_schema(what: str, path: pathlib.Path) -> None:
    text = _text(path)
    if text is None:
        return
    raw = json.loads(text)
    if raw.get("format") != CURRENT:
        raw = yousaid.migrate(raw)  # as the loader reads an older document
    assert _errors(raw) != [], f"{what} passed the schema but not the loader"
