// The published JSON Schema (schema/yousaid.schema.json) works in a standard validator, Ajv
// (draft 2020-12): every bundled example and every fixture that loads and validates without an
// error is valid against it, as
// written when it is in the current format, and as the package saves it after loading (so the
// schema and the serializer agree); and a document the loader refuses for an unknown or a
// missing field is refused by the schema too. The Python suite checks the same with
// `jsonschema` (crates/py/tests/test_schema.py).
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

import { ROOT, yousaid } from "./support.mjs";

const { Summary } = yousaid;
const schema = JSON.parse(readFileSync(join(ROOT, "schema", "yousaid.schema.json"), "utf8"));
const CURRENT = schema.properties.format.const ?? schema.$defs?.Format?.const;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  // schemars marks number widths as formats; they are annotations, not checks.
  for (const name of ["double", "float", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64"]) {
    ajv.addFormat(name, true);
  }
  return ajv.compile(schema);
}

const validate = validator();

function check(document, what) {
  const ok = validate(document);
  assert.ok(ok, `${what}: ${JSON.stringify(validate.errors, null, 1)}`);
}

function utf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function documents() {
  const out = [];
  const examples = join(ROOT, "examples");
  for (const name of readdirSync(examples).sort()) {
    const file = join(examples, name, "summary.json");
    try {
      statSync(file);
    } catch {
      continue;
    }
    out.push({ what: `examples/${name}`, bytes: readFileSync(file), error: null });
  }
  const fixtures = join(ROOT, "tests", "fixtures");
  for (const name of readdirSync(fixtures).sort()) {
    if (name.startsWith("import-") || !statSync(join(fixtures, name)).isDirectory()) continue;
    const { error, problems } = JSON.parse(readFileSync(join(fixtures, name, "expected.json"), "utf8"));
    // Validation refuses it (a link the schema's pattern refuses too, say): the schema
    // describes valid documents.
    if (problems.some((p) => p.severity === "error")) continue;
    out.push({ what: `tests/fixtures/${name}`, bytes: readFileSync(join(fixtures, name, "input.json")), error });
  }
  return out;
}

test("the schema compiles in Ajv's strict mode, with no inline regex flags", () => {
  assert.equal(typeof validate, "function");
  assert.ok(!JSON.stringify(schema).includes("(?i)"), "inline (?i) flags are not ECMA-262");
});

for (const { what, bytes, error } of documents()) {
  const text = utf8(bytes);
  if (error === null) {
    test(`${what} is valid against the schema`, () => {
      if (text !== undefined) {
        const raw = JSON.parse(text.replace(/^\uFEFF/, ""));
        if (raw.format === CURRENT) check(raw, `${what} as written`);
      }
      const summary = Summary.fromJSON(bytes);
      try {
        check(JSON.parse(summary.toJSONString()), `${what} as saved`);
      } finally {
        summary.free();
      }
    });
  }
}

// The fixtures refused for an unknown or a missing field are older documents (the Python suite
// migrates them and checks the schema refuses them); here the same two faults are made in a
// current one, and the schema must refuse each as the loader does.
test("an unknown field or a missing title is refused by the schema, as by the loader", () => {
  const good = JSON.parse(readFileSync(join(ROOT, "examples", "riverside-library-2025", "summary.json"), "utf8"));
  check(good, "riverside");
  const unknown = { ...good, titel: "x" };
  const { title, ...untitled } = good;
  assert.ok(title);
  for (const [what, bad, code] of [["unknown field", unknown, "unknown-field"], ["no title", untitled, "missing-field"]]) {
    assert.equal(validate(bad), false, `${what} passed the schema`);
    let error;
    try {
      Summary.fromJSON(JSON.stringify(bad)).free();
    } catch (e) {
      error = e;
    }
    assert.equal(error?.code, code, what);
  }
});
