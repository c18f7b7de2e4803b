// The shared import fixtures (tests/fixtures/import-*), as the Rust and Python suites run them:
// the input imported with the function its extension (or `options.format`) names gives the
// same summary and report, reasons and notes left out, or the same error.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { ROOT, importers, yousaid } from "./support.mjs";

const { importOutline, importMarkdown, importTable, importPolis } = importers;
const { Summary } = yousaid;
const FIXTURES = join(ROOT, "tests", "fixtures");
const CASES = readdirSync(FIXTURES)
  .filter((name) => name.startsWith("import-"))
  .sort();

const READERS = { txt: importOutline, md: importMarkdown, csv: importTable };

test("there are import fixtures", () => {
  assert.ok(CASES.length >= 10, CASES.join());
});

for (const name of CASES) {
  const dir = join(FIXTURES, name);
  const file = readdirSync(dir).find((f) => f.startsWith("input."));
  const extension = file.split(".").pop();
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const options = expected.options ?? {};
  const format = options.format;
  const reader =
    format === "polis" ? (text, o) => importPolis(text, null, o) : READERS[format ?? extension];
  test(name, { skip: reader ? false : `no ${format ?? extension} reader in the npm package` }, () => {
    const bytes = readFileSync(join(dir, file));
    // import() in Rust and Python titles a summary with no title by the file's name, `input`.
    const given = { title: options.title ?? "input" };
    if (options.merge_threshold) given.mergeThreshold = options.merge_threshold;
    if (options.columns) given.columns = options.columns;
    // Text that is not UTF-8 cannot be a JavaScript string: the check is the decoder's.
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      assert.equal(expected.error?.code, "bad-input");
      return;
    }
    if (expected.error) {
      let error;
      try {
        reader(text, given);
      } catch (e) {
        error = e;
      }
      assert.ok(error, "expected an error");
      assert.deepEqual(
        { code: error.code, line: error.line, column: error.column },
        { code: expected.error.code, line: expected.error.line, column: expected.error.column },
      );
      return;
    }
    const { summary, report } = reader(text, given);
    for (const entry of report.not_used) delete entry.reason;
    for (const entry of report.ambiguous) delete entry.note;
    // Plain data, as the main module gives it back once loaded.
    assert.deepEqual(summary, expected.summary);
    assert.deepEqual(Summary.fromJSON(summary).toJSON(), summary);
    assert.deepEqual(report, expected.report);
  });
}
