// Malformed and hostile input gives YousaidErrors with a code and a position — never a
// WebAssembly trap (`RuntimeError: unreachable`), never a hang.
import assert from "node:assert/strict";
import { test } from "node:test";

import { yousaid, yousaidError } from "./support.mjs";

const { Summary } = yousaid;

test("syntax errors carry line and column", () => {
  const e = yousaidError(
    assert,
    () => Summary.fromJSON('{\n  "format": "yousaid/1",\n  "title": "x",,\n}'),
    "json-syntax",
  );
  assert.equal(e.line, 3);
  assert.equal(e.column, 16);
  assert.equal(e.path, null);
  assert.deepEqual(e.problems, []);
  assert.match(e.message, /line 3, column 16/);
});

test("unknown fields are named with a suggestion and a path", () => {
  const e = yousaidError(
    assert,
    () => Summary.fromJSON('{"format":"yousaid/1","title":"t","events":[{"id":"e","title":"E","hots":"x"}]}'),
    "unknown-field",
  );
  assert.equal(e.path, "events[0].hots");
  assert.match(e.message, /did you mean `host`\?/);
});

test("each load error kind has its stable code", () => {
  const cases = [
    ["", "json-syntax"],
    ["[]", "wrong-type"],
    ['{"title":"t"}', "missing-format"],
    ['{"format":"yousaid/9","title":"t"}', "unsupported-format"],
    ['{"format":"yousaid/1","title":7}', "wrong-type"],
    ['{"format":"yousaid/1"}', "missing-field"],
    ['{"format":"yousaid/1","title":"t","published":"2014-02-30"}', "invalid-value"],
    ['{"format":"yousaid/1","title":"t"} trailing', "json-syntax"],
    ['{"format":"yousaid/1","title":"t"', "json-syntax"],
  ];
  for (const [input, code] of cases) {
    yousaidError(assert, () => Summary.fromJSON(input), code);
  }
});

test("deep nesting is refused, not a stack overflow", () => {
  for (const depth of [200, 100_000]) {
    let json = '{"format":"yousaid/1","title":"t","suggestions":[';
    json += '{"id":"s","text":"x","points":['.repeat(depth);
    json += "]}".repeat(depth) + "]}";
    const e = yousaidError(assert, () => Summary.fromJSON(json), "too-deep");
    assert.ok(e.line >= 1);
  }
  // Deep plain arrays are not documents at all.
  yousaidError(assert, () => Summary.fromJSON("[".repeat(1_000_000)), "wrong-type");
});

test("values that are not JSON text or plain objects", () => {
  const cyclic = { format: "yousaid/1", title: "t" };
  cyclic.self = cyclic;
  const inputs = [
    undefined,
    null,
    42,
    true,
    Symbol("s"),
    10n,
    () => 1,
    cyclic,
    { format: "yousaid/1", title: "t", big: 10n },
  ];
  for (const input of inputs) {
    const e = yousaidError(assert, () => Summary.fromJSON(input), "invalid-argument");
    assert.match(e.message, /JSON/);
  }
  // Objects that stringify to something else are load errors.
  yousaidError(assert, () => Summary.fromJSON(new Date(0)), "wrong-type");
  yousaidError(assert, () => Summary.fromJSON([1, 2]), "wrong-type");
  yousaidError(assert, () => Summary.fromJSON({ toJSON: () => undefined }), "invalid-argument");
});

test("strange text: NUL, lone surrogates, BOM, control characters, huge strings", () => {
  const ok = (title) =>
    Summary.fromJSON(JSON.stringify({ format: "yousaid/1", title })).title;
  assert.equal(ok("a\u0000b"), "a\u0000b");
  assert.equal(ok("\u202eevil"), "\u202eevil");
  assert.equal(ok("x".repeat(5_000_000)).length, 5_000_000);
  // A lone surrogate in a string becomes U+FFFD crossing into Rust; JSON.stringify writes it
  // as the escape `\ud800`, which the JSON parser refuses. Neither traps.
  assert.equal(Summary.fromJSON('{"format":"yousaid/1","title":"\ud800"}').title, "\ufffd");
  yousaidError(assert, () => Summary.fromJSON({ format: "yousaid/1", title: "\ud800" }), "json-syntax");
  // A byte-order mark (as editors on Windows save) is skipped.
  assert.equal(Summary.fromJSON('\ufeff{"format":"yousaid/1","title":"t"}').title, "t");
  yousaidError(assert, () => Summary.fromJSON("\ufeff{}"), "missing-format");
});

test("huge numbers, negative counts and odd values are refused or kept, not trapped", () => {
  const base = { format: "yousaid/1", title: "t" };
  const withAction = (a) => ({ ...base, actions: [{ id: "a", title: "A", ...a }] });
  yousaidError(assert, () => Summary.fromJSON(withAction({ weight: "heavy" })), "wrong-type");
  const s = Summary.fromJSON(withAction({ weight: 1e308, progress: [{ date: "2025-01-01", percent: -5e300 }] }));
  assert.ok(s.validate().problems.some((p) => p.code === "percent-range"));
  s.statusCounts();
  s.pairs();
  s.coverage();
  Summary.fromJSON(JSON.stringify(withAction({ weight: 0 }))).actionStates();
});

test("after an error the module keeps working", () => {
  for (let i = 0; i < 200; i++) {
    yousaidError(assert, () => Summary.fromJSON("{"), "json-syntax");
  }
  assert.equal(Summary.fromJSON({ format: "yousaid/1", title: "still fine" }).title, "still fine");
});

test("arguments that should be strings are errors, not traps", () => {
  const { Summary, Renderer, locate } = yousaid;
  const s = Summary.fromJSON({ format: "yousaid/1", title: "t", actions: [{ id: "a1", title: "A" }] });
  const r = new Renderer();
  const calls = {
    "new Summary": (x) => new Summary(x),
    suggestion: (x) => s.suggestion(x),
    action: (x) => s.action(x),
    actionState: (x) => s.asOf().actionState(x),
    records: (x) => s.records(x),
    recordProgress: (x) => s.recordProgress(x, { date: "2025-01-01" }),
    respond: (x) => s.respond(x, { stance: "accepted" }),
    addPoint: (x) => s.addPoint(x, { id: "p", text: "p" }),
    addSubAction: (x) => s.addSubAction(x, { id: "a", title: "a" }),
    "stamp note": (x) => s.clone().stamp("2030-01-01", x),
    "addTemplate name": (x) => r.addTemplate(x, "x"),
    "addTemplate source": (x) => r.addTemplate("x.txt", x),
    "locate text": (x) => locate(x, ["title"]),
    "locate paths": (x) => locate("{}", [x]),
  };
  for (const [name, call] of Object.entries(calls)) {
    for (const bad of [7, {}, [], true, 10n, Symbol("s")]) {
      const err = yousaidError(assert, () => call(bad), "invalid-argument");
      assert.match(err.message, /must be/, `${name}(${String(bad)})`);
    }
  }
  yousaidError(assert, () => locate("{}", "title"), "invalid-argument");
  assert.equal(s.action("a1").id, "a1", "still working");
});
