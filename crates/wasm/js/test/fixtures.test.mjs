// The shared language-neutral cases of tests/fixtures/: loading `input.json` through the
// package must give exactly the `error`, or validating it exactly the ordered `problems`, of
// `expected.json` — the same outcomes the Rust suite (crates/core/tests/fixtures.rs) asserts.
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

function outcome(text) {
  let summary;
  try {
    summary = Summary.fromJSON(text);
  } catch (e) {
    assert.equal(e.name, "YousaidError", `${e.name}: ${e.message}`);
    assert.deepEqual(e.problems, []);
    return { error: { code: e.code, path: e.path, line: e.line, column: e.column }, problems: [] };
  }
  try {
    const problems = summary
      .validate()
      .problems.map(({ severity, code, path }) => ({ severity, code, path }));
    return { error: null, problems };
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
    const input = readFileSync(join(DIR, name, "input.json"), "utf8");
    assert.deepEqual(outcome(input), want, description);
  });
}
