"""Writes ``crates/py/python/yousaid/_model.py``: the typed, read-only views of the document
model (frozen dataclasses), generated from the published JSON Schema
(``schema/yousaid.schema.json``), so that they cannot drift from the Rust model.

Usage, from anywhere (standard library only)::

    python crates/py/tools/model_types.py            # rewrite _model.py
    python crates/py/tools/model_types.py --check    # fail if _model.py is stale

How the schema becomes Python:

- each object definition is a frozen dataclass of the same name as the Rust type, with the
  definition's description as its docstring and each property's as an attribute docstring
  (a property named after a Python keyword, such as ``from``, is the attribute ``from_``);
- required properties come first, in the schema's order, then the optional ones in the
  schema's (alphabetical) order;
- an optional property defaults to ``None`` when it may be null, ``()`` when it is an array,
  else to the schema's ``default`` or, as schemars writes it, to the "(default: …)" its
  description states (``False`` for a boolean that states none); anything else is an error;
- ``Date`` and ``format: date`` are ``datetime.date``; partial dates, URLs and IDs are ``str``;
  enumerations are ``Literal[...]`` of their values (inline: mypy.stubtest cannot compare a
  ``Literal`` alias with its runtime value); arrays are ``Tuple[..., ...]``;
- a view named in ``METHODS`` also inherits a hand-written class of ``yousaid._record`` that
  adds methods (and its own ``__repr__``).
"""

from __future__ import annotations

import json
import keyword
import pathlib
import re
import sys
import textwrap
from typing import Any, Dict, List, Optional, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "schema" / "yousaid.schema.json"
OUTPUT = ROOT / "crates" / "py" / "python" / "yousaid" / "_model.py"

#: Views with hand-written methods: the class in ``yousaid._record`` each one also inherits.
#: These classes define ``__repr__``, so the dataclass does not write one.
METHODS = {
    "Suggestion": "_SuggestionMethods",
    "Action": "_ActionMethods",
}

WIDTH = 96
Schema = Dict[str, Any]


class SchemaError(Exception):
    """The schema has a shape this generator does not know how to write."""


def _ref_name(ref: str) -> str:
    prefix = "#/$defs/"
    if not ref.startswith(prefix):
        raise SchemaError(f"unsupported $ref {ref!r}")
    return ref[len(prefix):]


def _enum_values(definition: Schema) -> Optional[List[str]]:
    """The values of an enumeration of strings, or None if the definition is not one."""
    if "enum" in definition:
        return [str(v) for v in definition["enum"]]
    if "oneOf" in definition and all("const" in v for v in definition["oneOf"]):
        return [str(v["const"]) for v in definition["oneOf"]]
    return None


def _nullable(prop: Schema) -> Tuple[Schema, bool]:
    """The property without its ``null`` alternative, and whether it had one."""
    types = prop.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        inner = dict(prop, type=rest[0] if len(rest) == 1 else rest)
        return inner, True
    for key in ("anyOf", "oneOf"):
        options = prop.get(key)
        if options and {"type": "null"} in options:
            rest = [o for o in options if o != {"type": "null"}]
            if len(rest) != 1:
                raise SchemaError(f"unsupported {key} with {len(rest)} alternatives")
            return dict(rest[0]), True
    return prop, False


class Generator:
    """Writes the views of one schema."""

    def __init__(self, schema: Schema) -> None:
        self.defs: Dict[str, Schema] = schema["$defs"]
        self.views = [n for n, d in self.defs.items() if d.get("type") == "object"]

    def py_type(self, prop: Schema) -> str:
        prop, nullable = _nullable(prop)
        inner = self._py_type(prop)
        return f"Optional[{inner}]" if nullable else inner

    def _py_type(self, prop: Schema) -> str:
        if "$ref" in prop:
            name = _ref_name(prop["$ref"])
            definition = self.defs[name]
            if name in self.views:
                return name
            values = _enum_values(definition)
            if values is not None:
                return f"Literal[{', '.join(_literal(v) for v in values)}]"
            return self._py_type(definition)
        kind = prop.get("type")
        if kind == "array":
            return f"Tuple[{self.py_type(prop['items'])}, ...]"
        if kind == "string":
            return "datetime.date" if prop.get("format") == "date" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "object":
            return "Dict[str, Any]"
        raise SchemaError(f"unsupported property {json.dumps(prop)}")

    def default(self, owner: str, name: str, prop: Schema) -> str:
        """The Python default of an optional property (see the module's documentation)."""
        inner, nullable = _nullable(prop)
        if nullable:
            return "None"
        if inner.get("type") == "array":
            return "()"
        if "default" in prop:
            return _literal(prop["default"])
        stated = re.search(r"\(default: `?([^`)]+)`?\)", prop.get("description", ""))
        target = self.defs[_ref_name(inner["$ref"])] if "$ref" in inner else inner
        if target.get("type") == "boolean":
            if stated is None:
                return "False"
            if stated.group(1) in ("true", "false"):
                return _literal(stated.group(1) == "true")
        values = _enum_values(target)
        if stated is not None and values is not None and stated.group(1) in values:
            return _literal(stated.group(1))
        raise SchemaError(f"{owner}.{name}: optional, not nullable and no default stated")

    def view(self, name: str) -> str:
        definition = self.defs[name]
        if definition.get("type") != "object":
            raise SchemaError(f"{name} is not an object")
        props: Dict[str, Schema] = definition["properties"]
        required = list(definition.get("required", []))
        order = required + [p for p in props if p not in required]
        bases = ", ".join(b for b in (METHODS.get(name), "_Record") if b)
        options = "frozen=True, repr=False" if name in METHODS else "frozen=True"
        lines = [
            f"@dataclasses.dataclass({options})",
            f"class {name}({bases}):",
            _docstring(_class_doc(definition, props), "    "),
        ]
        for prop_name in order:
            prop = props[prop_name]
            attribute = prop_name + "_" if keyword.iskeyword(prop_name) else prop_name
            field = f"    {attribute}: {self.py_type(prop)}"
            if prop_name not in required:
                field += f" = {self.default(name, prop_name, prop)}"
            if len(field) > WIDTH:
                field = re.sub(r"Literal\[(.*?)\]", _one_per_line, field)
            lines += ["", field, _docstring(_text(prop.get("description", "")), "    ")]
        return "\n".join(lines) + "\n"

    def module(self) -> str:
        views = "\n\n".join(self.view(name) for name in self.views)
        fmt = self.defs.get("Format", {}).get("const", "yousaid")
        hooks = ", ".join(sorted(METHODS.values()) + ["_Record"])
        header = textwrap.dedent(f'''\
            # Generated from schema/yousaid.schema.json by crates/py/tools/model_types.py.
            # Do not edit: change the Rust model, then regenerate the schema and this file.
            """The typed, read-only views of the {fmt} document model: frozen dataclasses
            generated from the format's JSON Schema, built from the plain data the core gives by
            :meth:`yousaid._record._Record._from`."""

            from __future__ import annotations

            import dataclasses
            import datetime
            from typing import Any, Dict, Literal, Optional, Tuple

            from yousaid._record import {hooks}

            ''')
        exported = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in self.views) + "]\n"
        return header + exported + "\n\n" + views


def _literal(value: Any) -> str:
    """A JSON value (a default, an enumeration's value) as Python source."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def _text(description: str) -> str:
    """A schema description as Python documentation: Rust paths (``Action::declared_status``)
    become Python ones (``Action.declared_status``), code spans are reST literals."""
    text = re.sub(r"`([^`]*)`", lambda m: "``" + m.group(1).replace("::", ".") + "``",
                  description)
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _class_doc(definition: Schema, props: Dict[str, Schema]) -> str:
    doc = _text(definition.get("description", ""))
    partial = [n for n, p in props.items()
               if _nullable(p)[0].get("$ref") == "#/$defs/PartialDate"]
    if partial:
        names = ", ".join(f"``{n}``" for n in partial)
        doc += (f"\n\nDates ({names}) are text in the format's form, since they may be "
                "partial (``2015-spring``).")
    return doc


def _docstring(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    one = f'{indent}"""{text}"""'
    if "\n" not in text and len(one) <= WIDTH:
        return one
    lines = []
    for i, paragraph in enumerate(text.split("\n\n")):
        first = '"""' if i == 0 else ""
        wrapped = textwrap.fill(first + paragraph, WIDTH - len(indent),
                                break_long_words=False, break_on_hyphens=False)
        lines += ([""] if i else []) + wrapped.splitlines()
    body = "\n".join(indent + line if line else "" for line in lines)
    return f'{body}\n{indent}"""'


def _one_per_line(literal: "re.Match[str]") -> str:
    """A long ``Literal[...]`` annotation with one value a line."""
    values = "".join(f"        {v.strip()},\n" for v in literal.group(1).split(","))
    return f"Literal[\n{values}    ]"


def generate(schema: Schema) -> str:
    """The text of ``_model.py`` for a schema (a parsed ``yousaid.schema.json``)."""
    return Generator(schema).module()


def write_or_check(output: pathlib.Path, text: str, check: bool, tool: pathlib.Path) -> int:
    """Writes ``text`` to ``output`` when it differs; with ``check``, writes nothing and fails
    (1) when ``output`` is stale, naming the ``tool`` that regenerates it."""
    current = output.read_text(encoding="utf-8") if output.exists() else None
    if check:
        if current != text:
            print(f"{output.relative_to(ROOT)} is stale: run python "
                  f"{tool.resolve().relative_to(ROOT)}", file=sys.stderr)
            return 1
        return 0
    if current != text:
        output.write_text(text, encoding="utf-8", newline="\n")
    return 0


def main(argv: List[str]) -> int:
    check = "--check" in argv
    text = generate(json.loads(SCHEMA.read_text(encoding="utf-8")))
    return write_or_check(OUTPUT, text, check, pathlib.Path(__file__))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
