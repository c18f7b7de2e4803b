// The importers against the built `nodejs` package (its module `yousaid/import`): tables as
// CSV text and Polis exports. They return the summary as plain data, which the main module's
// `Summary.fromJSON` loads.
import assert from "node:assert/strict";
import { test } from "node:test";

import { importers, read, yousaid, yousaidError } from "./support.mjs";

const { importTable, importPolis, importOutline } = importers;
const { Summary } = yousaid;
const INPUTS = ["crates", "core", "tests", "import"];

test("importTable: pairs, points and actions, with the report as plain data", () => {
  const { summary, report } = importTable(
    "Ward,You said,We did,Status\n" +
      "Ward 5,Too noisy at night,Quiet hours from 11pm,Complete\n" +
      "Ward 9,No water jugs,,\n" +
      "Ward 15,,A hotline for families,in hand\n",
  );
  assert.ok(!(summary instanceof Summary), "plain data");
  assert.equal(summary.format, "yousaid/2");
  assert.deepEqual(
    summary.suggestions.map((s) => s.text),
    ["Too noisy at night", "No water jugs"],
  );
  assert.deepEqual(
    summary.actions.map((a) => [a.title, a.status ?? null]),
    [
      ["Quiet hours from 11pm", "done"],
      ["A hotline for families", "in_progress"],
    ],
  );
  assert.equal(report.format, "csv");
  assert.deepEqual(report.not_used, []);
  assert.deepEqual(report.recognised[0], { at: { kind: "row", row: 1 }, as: "header" });
});

test("importTable: unknown status words are reported with their cell, never guessed", () => {
  const { summary, report } = importTable("You said,We did,Status\nA,B,Not fully achieved\n");
  assert.equal(summary.actions[0].status, undefined);
  assert.deepEqual(report.not_used[0].at, { kind: "cell", row: 2, column: 3 });
  assert.equal(report.not_used[0].text, "Not fully achieved");
});

test("importTable: a column mapping and a title in the options", () => {
  const csv = "Comments from patients,Reply\nA,B\n";
  yousaidError(assert, () => importTable(csv), "bad-input");
  const { summary } = importTable(csv, {
    columns: { "Comments from patients": "you_said", Reply: "we_did" },
    title: "Ward feedback",
  });
  assert.equal(summary.title, "Ward feedback");
  assert.equal(summary.actions.length, 1);
  const e = yousaidError(assert, () => importTable(csv, { columns: { Reply: "answer" } }), "invalid-argument");
  assert.match(e.message, /you_said, we_did/);
  yousaidError(assert, () => importTable(csv, { colums: {} }), "invalid-argument");
  yousaidError(assert, () => importTable(csv, 7), "invalid-argument");
});

test("importTable: a corpus table gives the same summary as the Rust and Python importers", () => {
  const { summary, report } = importTable(read(...INPUTS, "enherts-ward-2017-12.csv"));
  assert.equal(summary.title, "‘You said, we did’ in December 2017");
  assert.equal(summary.suggestions.length, 4);
  assert.equal(summary.actions[0].responds_to[0].suggestion, "s3");
  assert.deepEqual(report.not_used, []);
});

test("importTable: bad input throws bad-input with the line", () => {
  const ragged = yousaidError(assert, () => importTable("You said,We did\na,b\nc\n"), "bad-input");
  assert.equal(ragged.line, 3);
  const binary = yousaidError(assert, () => importTable("You said\nab\u0000c\n"), "bad-input");
  assert.equal(binary.line, 2);
  yousaidError(assert, () => importTable(42), "invalid-argument");
});

test("importPolis: comments as points, moderated out left out, votes kept as figures", () => {
  const dir = [...INPUTS, "polis", "london.youth.policing"];
  const { summary, report } = importPolis(read(...dir, "comments.csv"), read(...dir, "summary.csv"));
  assert.match(summary.title, /^What is the best way to engage more young people/);
  assert.equal(summary.suggestions.length, 36);
  assert.ok(summary.suggestions.every((s) => s.mentions === undefined));
  assert.equal(report.format, "polis");
  assert.equal(report.not_used.filter((n) => n.reason.includes("moderated out")).length, 3);
  // Each comment's agree and disagree votes are its figures, with their side.
  assert.equal(report.not_used.filter((n) => n.reason.includes("votes")).length, 0);
  for (const s of summary.suggestions) {
    assert.deepEqual(
      s.figures.map((f) => [f.label, f.side]),
      [["agreed", "for"], ["disagreed", "against"]],
    );
  }
  const alone = importPolis(read(...dir, "comments.csv"));
  assert.equal(alone.summary.suggestions.length, 36);
  assert.equal(alone.summary.engagements, undefined, "no engagements: left out, as in a saved document");
  yousaidError(assert, () => importPolis("a,b\n1,2\n"), "bad-input");
});

test("the summary is the document as toJSON() gives it: Summary.fromJSON loads it unchanged", () => {
  const { summary } = importTable(read(...INPUTS, "enherts-ward-2017-12.csv"));
  const loaded = Summary.fromJSON(summary);
  assert.deepEqual(loaded.toJSON(), summary);
  assert.deepEqual(Summary.fromJSON(JSON.stringify(summary)).toJSON(), summary);
});

test("yousaid/import has the importers and nothing else; the main module has none of them", () => {
  const names = (m) => Object.keys(m).filter((k) => typeof m[k] === "function" && !k.startsWith("__") && k !== "start");
  assert.deepEqual(names(importers).sort(), ["importMarkdown", "importOutline", "importPolis", "importTable"]);
  for (const name of names(importers)) assert.equal(yousaid[name], undefined, name);
});

test("the import module's errors are YousaidErrors, wasm-bindgen's own checks included", () => {
  const e = yousaidError(assert, () => importTable("You said\nA\n", [1]), "invalid-argument");
  assert.match(e.message, /import options must be an object/);
  yousaidError(assert, () => importOutline(null), "invalid-argument");
});
