"""Writes ``crates/py/python/yousaid/_results.py``: the types of the results the package returns
as plain data (action states, status counts, pairs, coverage, the plan view, changes, records,
validation and import reports), as ``TypedDict`` classes generated from the results schema
(``schema/results.schema.json``, which a Rust test keeps identical to the Rust result types),
so that they cannot drift from the core.

Usage, from anywhere (standard library only)::

    python crates/py/tools/results_types.py            # rewrite _results.py
    python crates/py/tools/results_types.py --check    # fail if _results.py is stale

How the schema becomes Python (the results are plain data: dicts, lists, ISO text):

- each object definition is a ``TypedDict`` of the same name, with the definition's
  description as its docstring; a property the result may leave out is not required
  (``total=False``); a definition with a key that is a Python keyword (``as``) uses the
  functional syntax;
- a definition the model's schema also has (``ProgressEntry``, ``Response``…) is the model's
  own type, whose typed view is a dataclass of the same name: in a result it is its plain data,
  ``Dict[str, Any]``; so is an object that is one of several shapes (``SourceRef``);
- enumerations are ``Literal[...]`` of their values (inline, as in ``_model.py``); dates are
  ISO text (``str``); arrays are ``List[...]``; a value the schema does not describe (a field
  change's old and new values) is ``Any``;
- the definitions are written so that each comes after those it uses;
- a result named in ``VIEWS`` (``Problem``) is a typed view instead, a frozen dataclass as in
  ``_model.py``, which also inherits the hand-written class of ``yousaid._record`` named there
  (``__str__``); ``Report`` is left out (``EXCLUDED``): ``validate()`` returns its problems.
"""

from __future__ import annotations

import json
import keyword
import pathlib
import sys
from typing import Any, Dict, List, Set

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from model_types import (  # noqa: E402 (the tool next to this one)
    WIDTH,
    SchemaError,
    _docstring,
    _enum_values,
    _literal,
    _nullable,
    _ref_name,
    _text,
    write_or_check,
)

ROOT = pathlib.Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "schema" / "results.schema.json"
MODEL_SCHEMA = ROOT / "schema" / "yousaid.schema.json"
OUTPUT = ROOT / "crates" / "py" / "python" / "yousaid" / "_results.py"

Schema = Dict[str, Any]

#: Results Python gives as a typed view (a frozen dataclass, as the model's views in
#: ``_model.py``) rather than a dict, each with the hand-written class of ``yousaid._record``
#: that adds its methods.
VIEWS = {
    "Problem": "_ProblemMethods",
}

#: Results Python does not give as such: ``Summary.validate()`` returns the report's list of
#: problems.
EXCLUDED = {"Report"}


class Generator:
    """Writes the result types of one results schema."""

    def __init__(self, schema: Schema, model: Schema) -> None:
        self.defs: Dict[str, Schema] = schema["$defs"]
        self.model = set(model["$defs"])
        self.types = [n for n, d in self.defs.items()
                      if d.get("type") == "object" and n not in self.model and n not in EXCLUDED]
        self.views = [n for n in self.types if n in VIEWS]
        #: Whether a reference to a result type is a forward reference (text).
        self.quote = True

    def py_type(self, prop: Schema) -> str:
        prop, nullable = _nullable(prop)
        inner = self._py_type(prop)
        return f"Optional[{inner}]" if nullable else inner

    def _py_type(self, prop: Schema) -> str:
        if "$ref" in prop:
            name = _ref_name(prop["$ref"])
            if name in self.types:
                return f'"{name}"' if self.quote else name
            return self._py_type(self.defs[name])
        values = _enum_values(prop)
        if values is not None:
            return f"Literal[{', '.join(_literal(v) for v in values)}]"
        if "oneOf" in prop or "anyOf" in prop or prop.get("type") == "object":
            return "Dict[str, Any]"
        kind = prop.get("type")
        if kind == "array":
            return f"List[{self.py_type(prop['items'])}]"
        if kind == "string":
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind is None:
            return "Any"
        raise SchemaError(f"unsupported property {json.dumps(prop)}")

    def uses(self, name: str) -> List[str]:
        """The result types a definition refers to."""
        found: List[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                ref = value.get("$ref")
                if isinstance(ref, str) and _ref_name(ref) in self.types:
                    found.append(_ref_name(ref))
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)

        walk(self.defs[name])
        return found

    def ordered(self) -> List[str]:
        """The result types, each after the ones it uses (then in the schema's order)."""
        done: List[str] = []
        seen: Set[str] = set()

        def visit(name: str) -> None:
            if name in seen:
                return
            seen.add(name)
            for used in self.uses(name):
                visit(used)
            done.append(name)

        for name in self.types:
            visit(name)
        return done

    def field(self, name: str, prop: Schema) -> str:
        return _wrap(f"    {name}: {self.py_type(prop)}")

    def view(self, name: str) -> str:
        """A frozen dataclass, built from the plain data by ``_Record._from``; every field is
        required, in the Rust order (the schema's ``required``)."""
        definition = self.defs[name]
        props: Dict[str, Schema] = definition["properties"]
        if set(definition.get("required", [])) != set(props):
            raise SchemaError(f"{name}: a view with an optional field")
        lines = ["@dataclasses.dataclass(frozen=True)",
                 f"class {name}({VIEWS[name]}, _Record):",
                 _docstring(_text(definition.get("description", "")), "    ")]
        lines += [self.field(p, props[p]) for p in definition["required"]]
        return "\n".join(lines) + "\n"

    def typed_dict(self, name: str) -> str:
        if name in self.views:
            return self.view(name)
        definition = self.defs[name]
        props: Dict[str, Schema] = definition["properties"]
        required = list(definition.get("required", []))
        optional = [p for p in props if p not in required]
        doc = _docstring(_text(definition.get("description", "")), "    ")
        if all(p.isidentifier() and not keyword.iskeyword(p) for p in props):
            if not optional:
                lines = [f"class {name}(TypedDict):", doc]
                lines += [self.field(p, props[p]) for p in required]
                return "\n".join(lines) + "\n"
            lines = [f"class _{name}(TypedDict):"]
            lines += [self.field(p, props[p]) for p in required] or ["    pass"]
            lines += ["", "", f"class {name}(_{name}, total=False):", doc]
            lines += [self.field(p, props[p]) for p in optional]
            return "\n".join(lines) + "\n"
        # A key that is a keyword: the functional syntax, whose types are evaluated (so the
        # types it uses come first: see `ordered`).
        def entries(keys: List[str]) -> str:
            self.quote = False
            text = "".join(_wrap(f'    "{p}": {self.py_type(props[p])},') + "\n" for p in keys)
            self.quote = True
            return text

        if any(not p.isidentifier() or keyword.iskeyword(p) for p in optional):
            raise SchemaError(f"{name}: an optional key that is a keyword")
        if not optional:
            return (f'{name} = TypedDict("{name}", {{\n{entries(required)}}})\n'
                    f"{name}.__doc__ = {json.dumps(_text(definition.get('description', '')))}\n")
        lines = [f'_{name} = TypedDict("_{name}", {{\n{entries(required)}}})', "", "",
                 f"class {name}(_{name}, total=False):", doc]
        lines += [self.field(p, props[p]) for p in optional]
        return "\n".join(lines) + "\n"

    def module(self) -> str:
        types = self.ordered()
        body = "\n\n".join(self.typed_dict(name) for name in types)
        header = (
            "# Generated from schema/results.schema.json by crates/py/tools/results_types.py.\n"
            "# Do not edit: change the Rust result types, then regenerate the schema and this file.\n"
            '"""The types of the results yousaid returns as plain data (dicts, lists, ISO text):\n'
            "``TypedDict`` classes generated from the results schema, and the typed view of a\n"
            "validation problem. The model's own types in a result (a progress entry, a response)\n"
            'are their plain data, ``Dict[str, Any]``."""\n'
            "\n"
            "from __future__ import annotations\n"
            "\n"
            "import dataclasses\n"
            "from typing import Any, Dict, List, Literal, Optional, TypedDict\n"
            "\n"
            f"from yousaid._record import {', '.join(sorted(VIEWS.values()))}, _Record\n"
            "\n"
        )
        exported = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(types)) + "]\n"
        return header + exported + "\n\n" + body


def _wrap(line: str) -> str:
    """A field too long for a line with the values of its ``Literal`` one a line."""
    if len(line) <= WIDTH:
        return line
    line = line.replace("Literal[", "Literal[\n        ").replace(", ", ",\n        ")
    return line.replace('"]', '",\n    ]')


def generate(schema: Schema, model: Schema) -> str:
    """The text of ``_results.py`` for a results schema and the model's schema."""
    return Generator(schema, model).module()


def main(argv: List[str]) -> int:
    check = "--check" in argv
    read = lambda path: json.loads(path.read_text(encoding="utf-8"))  # noqa: E731
    text = generate(read(SCHEMA), read(MODEL_SCHEMA))
    return write_or_check(OUTPUT, text, check, pathlib.Path(__file__))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
