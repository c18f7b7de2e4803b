// Every function of the package, against the built `nodejs` build.
import assert from "node:assert/strict";
import { test } from "node:test";

import { RIVERSIDE, WEST_YORKSHIRE, read, yousaid, yousaidError } from "./support.mjs";

const { Summary, AsOf, schema, stylesheet, version } = yousaid;

const SMALL = {
  format: "yousaid/1",
  title: "Library consultation",
  published: "2025-06-01",
  questions: [{ id: "q1", text: "What should change?" }],
  themes: [{ id: "hours", name: "Opening hours" }],
  suggestions: [
    {
      id: "s1",
      question: "q1",
      themes: ["hours"],
      text: "Open on Sundays",
      points: [{ id: "s1.1", text: "At least in winter" }],
    },
    { id: "s2", question: "q1", text: "More study space" },
  ],
  actions: [
    {
      id: "a1",
      title: "Sunday opening pilot",
      owner: "Head of Libraries",
      due: "2025-03",
      responds_to: [{ suggestion: "s1" }],
      progress: [
        { date: "2025-01-10", status: "in_progress", percent: 30 },
        { date: "2025-07-04", status: "done" },
      ],
    },
  ],
};

test("fromJSON takes text or a plain object, and toJSON gives the document back", () => {
  const fromObject = Summary.fromJSON(SMALL);
  const fromText = Summary.fromJSON(JSON.stringify(SMALL));
  assert.deepEqual(fromObject.toJSON(), fromText.toJSON());
  assert.equal(fromObject.title, "Library consultation");
  const out = fromObject.toJSON();
  assert.equal(Object.getPrototypeOf(out), Object.prototype, "a plain object, not a Map");
  assert.equal(out.suggestions[0].points[0].id, "s1.1");
  assert.deepEqual(JSON.parse(JSON.stringify(fromObject)), out, "JSON.stringify uses toJSON");
});

test("fromJSON takes the bytes of a file, strictly as UTF-8", () => {
  const text = JSON.stringify(SMALL);
  const fromText = Summary.fromJSON(text);
  const encoded = () => new TextEncoder().encode(text);
  for (const bytes of [Buffer.from(text), encoded(), encoded().buffer]) {
    assert.deepEqual(Summary.fromJSON(bytes).toJSON(), fromText.toJSON());
  }
  // A Buffer is never taken for a plain object (it used to give "missing-format").
  const utf16 = Buffer.from(`\ufeff${text}`, "utf16le");
  assert.throws(() => Summary.fromJSON(utf16), (e) => {
    assert.equal(e.code, "json-syntax");
    assert.equal(e.line, 1);
    assert.equal(e.column, 1);
    assert.match(e.message, /UTF-16 \(little-endian, with a byte-order mark\), not UTF-8/);
    return true;
  });
  const latin1 = Buffer.from('{"format": "yousaid/1", "title": "Caf\u00e9"}', "latin1");
  assert.throws(() => Summary.fromJSON(latin1), (e) => {
    assert.equal(e.code, "json-syntax");
    assert.equal(e.column, 38);
    assert.match(e.message, /byte 0xE9 would be `é` in Latin-1 or Windows-1252/);
    return true;
  });
  // An empty view of a larger buffer reads only its own bytes.
  const whole = Buffer.from(`xx${text}yy`);
  assert.equal(Summary.fromJSON(whole.subarray(2, 2 + text.length)).title, "Library consultation");
});

test("round trips through toJSON and toJSONString are lossless", () => {
  for (const text of [WEST_YORKSHIRE(), RIVERSIDE(), JSON.stringify(SMALL)]) {
    const a = Summary.fromJSON(text);
    const b = Summary.fromJSON(a.toJSON());
    const c = Summary.fromJSON(a.toJSONString());
    assert.deepEqual(b.toJSON(), a.toJSON());
    assert.equal(c.toJSONString(false), a.toJSONString(false));
    assert.deepEqual(JSON.parse(a.toJSONString()), a.toJSON());
    assert.ok(a.toJSONString().includes('\n  "title"'), "pretty by default");
    assert.ok(!a.toJSONString(false).includes("\n"), "compact on request");
  }
});

test("validate reports every problem with code, path and severity", () => {
  const ok = Summary.fromJSON(WEST_YORKSHIRE()).validate();
  assert.deepEqual(
    ok.problems.filter((p) => p.severity === "error"),
    [],
    "the West Yorkshire example has no errors",
  );
  const bad = structuredClone(SMALL);
  bad.actions[0].depends_on = ["a9"];
  bad.suggestions.push({ id: "s2", text: "Duplicate" });
  const report = Summary.fromJSON(bad).validate();
  const codes = report.problems.map((p) => `${p.severity} ${p.code} ${p.path}`);
  assert.ok(codes.includes("error dangling-reference actions[0].depends_on[0]"), codes.join("\n"));
  assert.ok(codes.some((c) => c.startsWith("error duplicate-id")), codes.join("\n"));
  for (const p of report.problems) assert.equal(typeof p.message, "string");
  assert.equal(report.omitted, 0, "nothing left out of a short report");
});

test("typed getters return plain arrays of the model", () => {
  const s = Summary.fromJSON(WEST_YORKSHIRE());
  assert.ok(Array.isArray(s.suggestions) && s.suggestions.length > 0);
  assert.ok(Array.isArray(s.actions) && s.actions.length > 0);
  assert.ok(Array.isArray(s.engagements) && s.engagements.length > 0);
  assert.ok(Array.isArray(s.questions) && s.questions.length > 0);
  assert.ok(Array.isArray(s.themes));
  const small = Summary.fromJSON(SMALL);
  assert.equal(small.suggestion("s1.1").text, "At least in winter");
  assert.deepEqual(small.action("a1").owners, [{ name: "Head of Libraries" }]);
  assert.equal(small.suggestion("nope"), undefined);
  assert.equal(small.action("nope"), undefined);
});

test("asOf views the summary on a date", () => {
  const s = Summary.fromJSON(SMALL);
  const march = s.asOf("2025-03-01");
  assert.ok(march instanceof AsOf);
  assert.equal(march.date, "2025-03-01");
  assert.equal(march.cutoff, "2025-03-01");
  const a1 = march.actionState("a1");
  assert.equal(a1.status, "in_progress");
  assert.equal(a1.percent, 30);
  // The themes it serves, worked out by the library: those of the point it answers.
  assert.deepEqual(a1.themes, ["hours"]);
  assert.equal(march.actionState("nope"), undefined);
  // Done in July with no percent stated: none, not an invented 100 (and the 30 is out of date).
  const july = s.asOf("2025-07-31").actionState("a1");
  assert.deepEqual([july.status, july.percent, july.percent_basis], ["done", null, null]);
  // Due in March 2025, not done by April: overdue then, not before.
  assert.deepEqual(s.asOf("2025-04-01").overdue().map((a) => a.id), ["a1"]);
  assert.deepEqual(march.overdue(), []);
  assert.deepEqual(s.overdue("2025-04-01").map((a) => a.id), ["a1"]);
  const now = s.asOf();
  assert.equal(now.date, "2025-06-01", "the publication date");
  assert.equal(now.cutoff, undefined);
  assert.equal(now.actionState("a1").status, "done");
  assert.deepEqual(march.withOpenBarriers(), []);
  assert.deepEqual(march.waitingOnDependencies(), []);
});

test("statusCounts, pairs, coverage, actionStates, planView", () => {
  const s = Summary.fromJSON(SMALL);
  const counts = s.statusCounts();
  assert.equal(counts.total, 1);
  assert.equal(counts.done, 1);
  assert.equal(s.statusCounts("2025-02-01").in_progress, 1);
  assert.ok(Array.isArray(counts.by_status));

  const pairs = s.pairs();
  assert.deepEqual(pairs.map((p) => p.id), ["s1", "s1.1", "s2"]);
  assert.equal(pairs[0].answers[0].action, "a1");
  assert.equal(pairs[0].answers[0].state.status, "done");
  assert.equal(s.pairs("2025-02-01")[0].answers[0].state.status, "in_progress");

  const coverage = s.coverage();
  assert.equal(typeof coverage.overall.total, "number");
  assert.ok(coverage.unanswered.some((u) => u.id === "s2"));
  assert.deepEqual(s.asOf().coverage(), coverage);

  assert.deepEqual(s.actionStates().map((a) => a.id), ["a1"]);
  assert.deepEqual(s.actionStates("2025-02-01"), s.asOf("2025-02-01").actionStates());
  assert.deepEqual(s.planView(), []);

  const wy = Summary.fromJSON(WEST_YORKSHIRE());
  assert.ok(wy.pairs().length >= wy.suggestions.length);
  assert.deepEqual(wy.planView(), wy.asOf().planView());
});

test("records give flat rows for tables", () => {
  const s = Summary.fromJSON(SMALL);
  assert.deepEqual(s.records("suggestions").map((r) => r.id), ["s1", "s1.1", "s2"]);
  assert.equal(s.records("actions")[0].owner, "Head of Libraries");
  assert.equal(s.records("progress").length, 2);
  yousaidError(assert, () => s.records("people"), "invalid-argument");
});

test("action records carry the current status beside the declared one, as of a date", () => {
  const s = Summary.fromJSON(RIVERSIDE());
  for (const date of [undefined, "2025-06-01", "2025-12-31"]) {
    const view = s.asOf(date);
    const records = s.records("actions", date);
    assert.deepEqual(records, view.records("actions"));
    assert.deepEqual(
      records.map((r) => [r.id, r.status, r.percent]),
      view.actionStates().map((a) => [a.id, a.status, a.percent]),
    );
    const counts = view.statusCounts();
    const top = records.filter((r) => r.depth === 0);
    for (const status of ["not_started", "in_progress", "done", "blocked", "dropped"]) {
      assert.equal(top.filter((r) => r.status === status).length, counts[status], `${date} ${status}`);
    }
    assert.equal(top.filter((r) => r.overdue).length, counts.overdue);
    // No status stated is counted apart, never as not started.
    assert.equal(top.filter((r) => r.status === null).length, counts.unstated, `${date} unstated`);
    assert.equal(counts.by_status.reduce((n, c) => n + c.count, 0), counts.total);
  }
  const records = s.records("actions");
  assert.ok(records.some((r) => r.status !== r.declared_status), "some differ");
  for (const r of records) assert.ok("declared_percent" in r && typeof r.rolled_up === "boolean");
  const early = s.records("progress", "2025-01-01");
  assert.ok(early.every((r) => r.date <= "2025-01-01") && early.length < s.records("progress").length);
  yousaidError(assert, () => s.records("actions", "June"), "invalid-argument");
});

test("editing: recordProgress, respond, addPoint, addSubAction", () => {
  const s = Summary.fromJSON(SMALL);
  const before = s.asOf("2025-08-01");
  s.recordProgress("a1", { date: "2025-08-01", note: "Extended to all branches" });
  assert.equal(s.action("a1").progress.at(-1).note, "Extended to all branches");
  assert.equal(before.actionState("a1").latest.date, "2025-07-04", "views keep their copy");
  s.respond("s2", { stance: "under_consideration", text: "We are looking at space." });
  assert.equal(s.suggestion("s2").response.stance, "under_consideration");
  s.addPoint("s2", { id: "s2.1", text: "Quiet rooms" });
  assert.equal(s.suggestion("s2.1").text, "Quiet rooms");
  s.addSubAction("a1", { id: "a1.1", title: "Staff rota" });
  assert.equal(s.action("a1.1").title, "Staff rota");

  yousaidError(assert, () => s.recordProgress("a9", { date: "2025-01-01" }), "not-found");
  const e = yousaidError(assert, () => s.recordProgress("a1", { date: "2025-13-01" }), "invalid-value");
  assert.equal(e.path, "date");
  yousaidError(assert, () => s.respond("s1", { stanse: "accepted" }), "unknown-field");
  yousaidError(assert, () => s.addPoint("s1", 42), "invalid-argument");
  yousaidError(assert, () => s.addSubAction("a1", { id: "x" }), "missing-field");
});

test("schema and version", () => {
  const sc = schema();
  assert.equal(sc.title, "Summary");
  assert.equal(sc.$defs.Format.const, "yousaid/2");
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test("stylesheet is the CSS the html format writes", () => {
  const css = stylesheet();
  assert.match(css, /\.ys-table/);
  const page = Summary.fromJSON(SMALL).render({ format: "html" });
  assert.ok(page.includes(css.trim()), "the page's <style> holds the stylesheet");
});

test("bad dates and arguments are YousaidErrors", () => {
  const s = Summary.fromJSON(SMALL);
  for (const bad of ["2025-02-30", "soon", "", "2025-03"]) {
    const e = yousaidError(assert, () => s.asOf(bad), "invalid-argument");
    assert.match(e.message, /YYYY-MM-DD/);
  }
  yousaidError(assert, () => s.asOf(20250101), "invalid-argument");
  yousaidError(assert, () => s.statusCounts({}), "invalid-argument");
});

test("diff says what changed between versions", () => {
  const { diff } = yousaid;
  const load = (name) => Summary.fromJSON(read("examples", "riverside-library-2025", "history", name));
  const june = load("2025-06-30.json");
  const december = load("2025-12-15.json");
  const changes = diff(june, december);
  assert.equal(changes.since, "2025-06-30");
  assert.equal(changes.until, "2025-12-15");
  for (const key of ["summary", "responses", "status_changes", "progress", "barriers", "dates"]) {
    assert.ok(Array.isArray(changes[key]), key);
  }
  assert.ok(
    changes.status_changes.length + changes.progress.length > 0,
    "half a year of progress shows up",
  );
  const none = diff(june, june);
  assert.deepEqual(none.status_changes, []);
  assert.deepEqual(none.suggestions, { added: [], removed: [], edited: [] });
  assert.throws(() => diff(june, {}), /expected instance of Summary|Summary/);
});

test("stamp publishes a new version", () => {
  const s = Summary.fromJSON(SMALL);
  s.stamp("2025-12-01", "First report.");
  const out = s.toJSON();
  assert.equal(out.published, "2025-12-01");
  assert.deepEqual(out.revisions, [{ date: "2025-06-01", note: "First report." }]);
  yousaidError(assert, () => s.stamp("2025-01-01"), "invalid-argument");
  yousaidError(assert, () => s.stamp("1 May"), "invalid-argument");
  yousaidError(assert, () => s.stamp(undefined), "invalid-argument");
});

test("render: every view in every format", () => {
  const s = Summary.fromJSON(WEST_YORKSHIRE());
  const page = s.render();
  assert.match(page, /^<!DOCTYPE html>/i);
  assert.match(page, /Increasing Awareness of Human Trafficking/);
  assert.equal(s.render({}), page);
  assert.equal(s.render(null), page);
  for (const view of ["full", "table", "tracker"]) {
    for (const format of ["html", "fragment", "markdown", "md", "text", "txt"]) {
      const out = s.render({ view, format });
      assert.ok(out.length > 100, `${view} ${format}`);
    }
  }
  assert.match(s.render({ format: "markdown" }), /^# Increasing Awareness of Human Trafficking/);
  assert.doesNotMatch(s.render({ format: "fragment" }), /<!DOCTYPE/i);
  const early = Summary.fromJSON(RIVERSIDE()).render({ view: "tracker", format: "text", asOf: "2025-07-01" });
  const late = Summary.fromJSON(RIVERSIDE()).render({ view: "tracker", format: "text" });
  assert.notEqual(early, late, "asOf changes the statuses shown");
  const narrow = s.render({ format: "text", width: 40 });
  assert.ok(narrow.split("\n").every((line) => [...line].length <= 40 || !line.includes(" ")));
});

test("render: lang and labels", () => {
  const s = Summary.fromJSON(WEST_YORKSHIRE());
  const welsh = s.render({ view: "tracker", format: "text", lang: "cy" });
  assert.match(welsh, /Olrhain cynnydd/);
  assert.doesNotMatch(welsh, /Progress tracker/);
  assert.equal(s.render({ format: "markdown", lang: "en" }), s.render({ format: "markdown" }));
  assert.match(s.render({ lang: "cy" }), /<html lang="cy"/);
  const senedd = Summary.fromJSON(read("examples/senedd-public-decides-cy/summary.json"));
  assert.match(senedd.render({ format: "markdown" }), /## Crynodeb/);
  assert.match(senedd.render({ format: "markdown", lang: "en" }), /## Summary/);
  const small = Summary.fromJSON({
    format: "yousaid/2",
    title: "Library",
    labels: { you_said: "What you told us" },
    suggestions: [{ id: "s1", text: "Open on Sundays" }],
  });
  assert.match(small.render({ view: "table", format: "markdown" }), /\| What you told us \| We did \|/);
  const md = small.render({ view: "table", format: "markdown", labels: { you_said: "Your words", we_did: "Our answer" } });
  assert.match(md, /\| Your words \| Our answer \|/);
  yousaidError(assert, () => small.render({ labels: { you_sed: "x" } }), "invalid-argument");
  yousaidError(assert, () => small.render({ lang: "fr" }), "invalid-argument");
});

test("render: layout overrides the one chosen from the document", () => {
  const s = Summary.fromJSON(WEST_YORKSHIRE());
  assert.match(s.render({ format: "markdown" }), /^## What you said$/m);
  assert.match(s.render({ format: "markdown", layout: "forum" }), /^## Your questions and our answers$/m);
  yousaidError(assert, () => s.render({ layout: "poster" }), "invalid-argument");
});

test("render escapes user text and refuses bad options", () => {
  const s = Summary.fromJSON({
    format: "yousaid/1",
    title: '<script>alert(1)</script> & "quotes"',
    suggestions: [{ id: "s1", text: "<img src=x onerror=alert(1)>" }],
  });
  const html = s.render();
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&lt;script&gt;/);
  yousaidError(assert, () => s.render({ view: "graph" }), "invalid-argument");
  yousaidError(assert, () => s.render({ format: "pdf" }), "invalid-argument");
  yousaidError(assert, () => s.render({ asOf: "March" }), "invalid-argument");
  yousaidError(assert, () => s.render({ colour: "red" }), "invalid-argument");
  yousaidError(assert, () => s.render({ width: -1 }), "invalid-argument");
  yousaidError(assert, () => s.render({ template: "nope.html" }), "not-found");
  yousaidError(assert, () => s.render("full"), "invalid-argument");
});

test("Renderer takes your own templates", () => {
  const { Renderer } = yousaid;
  const s = Summary.fromJSON(SMALL);
  const r = new Renderer();
  r.addTemplate("mine.md", "# {{ summary.title }} ({{ as_of.text }})");
  assert.equal(r.render(s, { template: "mine.md", asOf: "2025-03-01" }), "# Library consultation (1 March 2025)");
  r.addTemplate("branded.html", '{% extends "full.html" %}{% block closing %}<p>Thanks!</p>{% endblock %}');
  assert.match(r.render(s, { template: "branded.html" }), /<p>Thanks!<\/p>/);
  assert.equal(r.render(s, {}), s.render({}));
  const e = yousaidError(assert, () => r.addTemplate("broken.html", "line one\n{% if %}"), "template");
  assert.equal(e.template, "broken.html");
  assert.equal(e.line, 2);
  r.addTemplate("runtime.html", "{{ 1 / 0 }}");
  yousaidError(assert, () => r.render(s, { template: "runtime.html" }), "template");
  r.free();
});

test("answerOf says where a suggestion's answer comes from: one rule for every view", () => {
  const s = Summary.fromJSON(read("tests", "fixtures", "valid-answer-to-consultation", "input.json"));
  try {
    const answer = s.answerOf("s1");
    assert.deepEqual(answer, { through: "engagement", id: "c1", response: false, action: "full" });
    assert.equal(s.answerOf("nope"), null);
    assert.deepEqual(s.pairs().find((p) => p.id === "s1").answer, answer);
  } finally {
    s.free();
  }
});
