// The shared language-neutral cases of tests/fixtures/: loading `input.json` (its bytes, and
// its text when it is UTF-8) through the package must give exactly the `error`, or validating
// it exactly the ordered `problems`, of `expected.json` — the same outcomes the Rust suite
// (crates/core/tests/fixtures.rs) asserts.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { ROOT, yousaid } from "./support.mjs";

const { Summary } = yousaid;
const DIR = join(ROOT, "tests", "fixtures");
// The `import-` cases are for the importers: see tests/fixtures/README.md.
const cases = readdirSync(DIR)
  .filter((name) => statSync(join(DIR, name)).isDirectory() && !name.startsWith("import-"))
  .sort();

const COUNT_KEYS = ["total", "not_started", "in_progress", "done", "blocked", "dropped", "unstated"];

// Every action's current status and percent, and the status counts: a case's optional
// `tracking`.
function tracking(summary) {
  const states = summary.actionStates().map(({ id, status, percent }) => ({ id, status, percent }));
  const counts = summary.statusCounts();
  return { states, counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, counts[k]])) };
}

function outcome(input, withTracking) {
  let summary;
  try {
    summary = Summary.fromJSON(input);
  } catch (e) {
    assert.equal(e.name, "YousaidError", `${e.name}: ${e.message}`);
    assert.deepEqual(e.problems, []);
    return { error: { code: e.code, path: e.path, line: e.line, column: e.column }, problems: [] };
  }
  try {
    const problems = summary
      .validate()
      .problems.map(({ severity, code, path }) => ({ severity, code, path }));
    return withTracking ? { error: null, problems, tracking: tracking(summary) } : { error: null, problems };
  } finally {
    summary.free();
  }
}

test("there are fixtures", () => {
  assert.ok(cases.length >= 30, `only ${cases.length} fixtures in ${DIR}`);
});

for (const name of cases) {
  test(name, () => {
    const { description, ...want } = JSON.parse(readFileSync(join(DIR, name, "expected.json"), "utf8"));
    assert.ok(description, "expected.json has a description");
    // The bytes as they are (not every input is UTF-8: the encoding cases are UTF-16,
    // UTF-32 and Windows-1252), then as text when they are UTF-8.
    const bytes = readFileSync(join(DIR, name, "input.json"));
    const withTracking = "tracking" in want;
    assert.deepEqual(outcome(bytes, withTracking), want, description);
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return;
    }
    assert.deepEqual(outcome(text, withTracking), want, `${description} (as text)`);
  });
}
