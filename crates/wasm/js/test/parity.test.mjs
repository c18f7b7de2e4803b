// The operations added for parity with the core: new Summary(title), toJSONString with an
// indent, equals, clone, check and locate.
import assert from "node:assert/strict";
import { test } from "node:test";

import { RIVERSIDE, WEST_YORKSHIRE, read, yousaid, yousaidError } from "./support.mjs";

const { Summary, locate } = yousaid;

test("new Summary(title) is an empty document, as the core's Summary::new", () => {
  const s = new Summary("Library consultation");
  assert.deepEqual(s.toJSON(), { format: "yousaid/2", title: "Library consultation" });
  assert.deepEqual(s.validate().problems.filter((p) => p.severity === "error"), []);
  yousaidError(assert, () => new Summary(7), "invalid-argument");
});

test("toJSONString: pretty by default, compact, or indented by a number of spaces", () => {
  const s = new Summary("t");
  assert.equal(s.toJSONString(), '{\n  "format": "yousaid/2",\n  "title": "t"\n}');
  assert.equal(s.toJSONString(true), s.toJSONString());
  assert.equal(s.toJSONString(false), '{"format":"yousaid/2","title":"t"}');
  assert.equal(s.toJSONString(4), '{\n    "format": "yousaid/2",\n    "title": "t"\n}');
  assert.equal(s.toJSONString(0), '{\n"format": "yousaid/2",\n"title": "t"\n}');
  for (const bad of [-1, 2.5, 17, "  ", {}]) {
    yousaidError(assert, () => s.toJSONString(bad), "invalid-argument");
  }
});

test("equals compares documents; clone gives an independent copy", () => {
  const a = Summary.fromJSON(WEST_YORKSHIRE());
  const b = Summary.fromJSON(a.toJSON());
  assert.ok(a.equals(b));
  const c = a.clone();
  assert.ok(c.equals(a));
  c.stamp("2030-01-01");
  assert.ok(!c.equals(a), "editing the copy");
  assert.ok(a.equals(b), "leaves the original as it was");
  assert.ok(!a.equals(new Summary("t")));
});

test("check throws invalid-document with every problem; warnings alone do not fail", () => {
  Summary.fromJSON(WEST_YORKSHIRE()).check();
  const s = Summary.fromJSON({
    format: "yousaid/1",
    title: "t",
    actions: [
      { id: "a1", title: "A", depends_on: ["a1"] },
      { id: "a1", title: "B" },
    ],
  });
  const err = yousaidError(assert, () => s.check(), "invalid-document");
  const codes = err.problems.map((p) => p.code);
  assert.ok(codes.includes("duplicate-id"), codes.join());
  assert.deepEqual(err.problems, s.validate().problems, "every problem, warnings too");
});

test("locate places validation paths at a line and column of the text", () => {
  const json =
    '{\n  "format": "yousaid/1",\n  "title": "t",\n  "actions": [{"id": "a1", "title": "x", "depends_on": ["a9"]}]\n}';
  assert.deepEqual(locate(json, ["actions[0].depends_on[0]", "title", "actions[0].status", "nothing"]), [
    { line: 4, column: 57 },
    { line: 3, column: 12 },
    { line: 4, column: 15 },
    null,
  ]);
  assert.deepEqual(locate("not json", ["title"]), [null]);
  assert.deepEqual(locate(json, []), []);
  // Every problem of a real document can be placed.
  const s = Summary.fromJSON({ ...JSON.parse(json) });
  const problems = s.validate().problems;
  assert.ok(problems.length > 0);
  const found = locate(json, problems.map((p) => p.path));
  assert.ok(found.every((p) => p !== null && p.line >= 1 && p.column >= 1), JSON.stringify(found));
});

test("docs/names.md: every option's JavaScript name is read as the core reads it", () => {
  const rows = read("docs", "names.md")
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.replace(/^\|\s*|\s*\|$/g, "").split(" | ").map((c) => c.trim().replace(/^`|`$/g, "")));
  assert.deepEqual(
    rows.map((r) => r[0]),
    ["view", "format", "as_of", "template", "template_source", "width", "layout", "lang", "labels"],
  );
  const s = Summary.fromJSON(RIVERSIDE());
  for (const [, , , js, example] of rows) {
    const value = /^\d+$/.test(example) ? Number(example) : example;
    assert.equal(typeof s.render({ [js]: value }), "string", js);
  }
  yousaidError(assert, () => s.render({ colour: "red" }), "invalid-argument");
  // `template` names a template; `templateSource` is one.
  assert.equal(s.render({ format: "md", template: "table.md" }), s.render({ view: "table", format: "md" }));
  assert.equal(s.render({ format: "md", templateSource: "{{ summary.title }}" }).trim(), s.title);
  // Dates as text or as a Date (its local day), everywhere.
  const on = new Date(2025, 2, 1);
  assert.equal(s.render({ asOf: on }), s.render({ asOf: "2025-03-01" }));
  assert.deepEqual(s.statusCounts(on), s.statusCounts("2025-03-01"));
  const copy = s.clone();
  copy.stamp(new Date(2031, 0, 1));
  assert.equal(copy.toJSON().published, "2031-01-01");
  assert.equal(yousaid.statusLabel("in_progress"), "In progress");
  assert.equal(yousaid.statusLabel(null), "No status stated");
  yousaidError(assert, () => yousaid.statusLabel("finished"), "invalid-argument");
});
