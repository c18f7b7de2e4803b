// The results the package returns have the shapes of the results schema
// (schema/results.schema.json, which a Rust test keeps identical to the Rust result types, and
// from which the package's results.d.ts is generated): what it returns is valid against it, in
// Ajv (draft 2020-12), with no property the schema does not name. Renaming a field of a result
// in Rust fails here until the schema follows. The Python suite checks the same with
// `jsonschema` (crates/py/tests/test_results.py).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

import { RIVERSIDE, ROOT, WEST_YORKSHIRE, importers, yousaid } from "./support.mjs";

const { Summary, diff } = yousaid;
const results = JSON.parse(readFileSync(join(ROOT, "schema", "results.schema.json"), "utf8"));

// Every object closed to the properties it names: a result carries no other field.
function closed(value) {
  if (Array.isArray(value)) return value.map(closed);
  if (value === null || typeof value !== "object") return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closed(v)]));
  if ("properties" in value && !("additionalProperties" in value)) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
// schemars marks number widths as formats; they are annotations, not checks.
for (const name of ["double", "float", "uint", "uint64"]) ajv.addFormat(name, true);
ajv.addSchema(closed(results), "results");

function check(value, definition) {
  const validate = ajv.getSchema(`results#/$defs/${definition}`);
  assert.ok(validate(value), `${definition}: ${JSON.stringify(validate.errors, null, 1)}`);
}

test("every result is valid against the results schema", () => {
  for (const text of [WEST_YORKSHIRE(), RIVERSIDE()]) {
    const summary = Summary.fromJSON(text);
    for (const view of [summary.asOf(), summary.asOf("2015-06-01")]) {
      for (const state of view.actionStates()) check(state, "ActionState");
      check(view.statusCounts(), "StatusCounts");
      for (const pair of view.pairs()) check(pair, "Pair");
      check(view.coverage(), "CoverageReport");
      for (const outcome of view.planView()) check(outcome, "OutcomeView");
      for (const kind of ["suggestions", "actions", "progress"]) check(view.records(kind), "Records");
    }
    for (const suggestion of summary.suggestions) {
      const answer = summary.answerOf(suggestion.id);
      if (answer !== null) check(answer, "Answered");
    }
    check(summary.validate(), "Report");
    summary.free();
  }
  const history = join(ROOT, "examples", "riverside-library-2025", "history");
  const versions = readdirSync(history).sort().map((f) => Summary.fromJSON(readFileSync(join(history, f), "utf8")));
  for (let i = 1; i < versions.length; i++) {
    const changes = diff(versions[i - 1], versions[i]);
    assert.ok(changes.progress.length > 0, "the diff has something to check");
    check(changes, "Changes");
  }
});

test("the import report is valid against the results schema", () => {
  check(importers.importTable("You said,We did,Status\nMore buses,Added a route,done\n\n").report, "ImportReport");
  check(importers.importOutline("# Survey\n\n## Transport\n\n- More buses\n- more buses!\n").report, "ImportReport");
});

test("a renamed field is caught", () => {
  const summary = Summary.fromJSON(RIVERSIDE());
  const state = summary.actionStates()[0];
  state.percent_done = state.percent;
  delete state.percent;
  const validate = ajv.getSchema("results#/$defs/ActionState");
  assert.equal(validate(state), false);
  summary.free();
});
