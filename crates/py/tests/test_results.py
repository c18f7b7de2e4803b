"""The results the package returns have the shapes of the results schema
(schema/results.schema.json, which a Rust test keeps identical to the Rust result types): the
typed dicts of ``yousaid/_results.py`` (and the view of a problem) are generated from it, and
what the package returns is valid against it (with no property the schema does not name). Renaming a field of a result in Rust fails here until the Python side follows.
The JavaScript suite checks the same with Ajv (crates/wasm/js/test/results.test.mjs).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import importlib.util
import json
import typing
from typing import Any, Dict

import jsonschema
import pytest

import yousaid
import yousaid._results
from conftest import ROOT

RESULTS: Any = json.loads((ROOT / "schema" / "results.schema.json").read_text(encoding="utf-8"))
MODEL: Any = json.loads((ROOT / "schema" / "yousaid.schema.json").read_text(encoding="utf-8"))


def _closed(schema: Any) -> Any:
    """The schema with every object closed to the properties it names: a result carries no
    other field (a field renamed on one side only is then an error, not an extra)."""
    schema = copy.deepcopy(schema)

    def close(value: Any) -> None:
        if isinstance(value, dict):
            if "properties" in value:
                value.setdefault("additionalProperties", False)
            for v in value.values():
                close(v)
        elif isinstance(value, list):
            for v in value:
                close(v)

    close(schema)
    return schema


CLOSED = _closed(RESULTS)


def _check(value: Any, definition: str) -> None:
    schema = {**CLOSED, "$ref": f"#/$defs/{definition}"}
    schema.pop("anyOf")
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(value)


def test_generated_result_types_are_up_to_date() -> None:
    """``yousaid/_results.py`` is what ``crates/py/tools/results_types.py`` writes from the
    results schema, byte for byte (regenerate it with
    ``python crates/py/tools/results_types.py``)."""
    tool_path = ROOT / "crates" / "py" / "tools" / "results_types.py"
    spec = importlib.util.spec_from_file_location("results_types", tool_path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    committed = (ROOT / "crates" / "py" / "python" / "yousaid" / "_results.py").read_bytes()
    assert committed.decode("utf-8") == tool.generate(RESULTS, MODEL)


@pytest.mark.parametrize("name", [n for n in yousaid._results.__all__ if n != "Problem"])
def test_each_result_type_has_the_schemas_fields(name: str) -> None:
    definition = RESULTS["$defs"][name]
    typed = getattr(yousaid, name)
    assert set(typed.__annotations__) == set(definition["properties"])
    assert typed.__required_keys__ == frozenset(definition.get("required", []))


def test_problem_has_the_schemas_fields() -> None:
    """:class:`yousaid.Problem` is a typed view (a frozen dataclass, with its ``__str__``):
    its fields are the schema's, in the Rust order."""
    definition = RESULTS["$defs"]["Problem"]
    fields = [f.name for f in dataclasses.fields(yousaid.Problem)]
    assert fields == definition["required"]
    assert set(fields) == set(definition["properties"])


def test_every_result_is_valid_against_the_results_schema(
    west_yorkshire: yousaid.Summary, riverside: yousaid.Summary
) -> None:
    for summary in (west_yorkshire, riverside):
        for view in (summary.current(), summary.as_of(datetime.date(2015, 6, 1))):
            for state in view.action_states():
                _check(state, "ActionState")
            _check(view.status_counts(), "StatusCounts")
            for pair in view.pairs():
                _check(pair, "Pair")
            _check(view.coverage(), "CoverageReport")
            for outcome in view.plan_view():
                _check(outcome, "OutcomeView")
            _check(view.records("suggestions"), "Records")
            _check(view.records("actions"), "Records")
            _check(view.records("progress"), "Records")
        for suggestion in summary.suggestions:
            answer = summary.answer_of(suggestion.id)
            if answer is not None:
                _check(answer, "Answered")
        for problem in summary.validate():
            _check(dataclasses.asdict(problem), "Problem")
    history = sorted((ROOT / "examples" / "riverside-library-2025" / "history").glob("*.json"))
    for old, new in zip(history, history[1:]):
        changes = yousaid.diff(yousaid.load(old), yousaid.load(new))
        assert changes["progress"], "the diff has something to check"
        _check(changes, "Changes")


def test_the_import_report_is_valid_against_the_results_schema() -> None:
    imported = yousaid.import_table("You said,We did,Status\nMore buses,Added a route,done\n\n")
    _check(imported.report, "ImportReport")
    outline = yousaid.import_outline("# Survey\n\n## Transport\n\n- More buses\n- more buses!\n")
    _check(outline.report, "ImportReport")


def test_a_renamed_field_is_caught(riverside: yousaid.Summary) -> None:
    """What the checks above would report if the Rust side renamed a field alone."""
    state: Dict[str, Any] = dict(riverside.current().action_states()[0])
    state["percent_done"] = state.pop("percent")
    with pytest.raises(jsonschema.ValidationError):
        _check(state, "ActionState")


def test_the_result_types_are_exported() -> None:
    """The package lists the generated names again (type checkers read only a literal
    ``__all__``): the lists are the generated modules' own."""
    import yousaid._model

    names = yousaid.__all__
    for module in (yousaid._model, yousaid._results):
        start = names.index(module.__all__[0])
        assert names[start:start + len(module.__all__)] == module.__all__
    assert yousaid.ActionState is yousaid._results.ActionState
    assert typing.get_type_hints(yousaid.AsOf.coverage)["return"] is yousaid.CoverageReport
