// Every failure a caller can cause is a YousaidError with a code: wasm-bindgen's own checks
// (a wrong class of argument, a freed object) included, NaN and infinities in plain objects
// refused with their path instead of written as null.
import assert from "node:assert/strict";
import { test } from "node:test";

import { RIVERSIDE, read, yousaid, yousaidError } from "./support.mjs";

const { Summary, Renderer, diff } = yousaid;

const small = () => Summary.fromJSON({ format: "yousaid/1", title: "t", actions: [{ id: "a1", title: "A" }] });

test("a wrong class of argument is an invalid-argument YousaidError", () => {
  const s = small();
  const r = new Renderer();
  const view = s.asOf();
  const calls = {
    diff: (x) => diff(x, s),
    "diff, second": (x) => diff(s, x),
    equals: (x) => s.equals(x),
    bulletin: (x) => s.bulletin(x),
    "Renderer.render": (x) => r.render(x),
    "Renderer.renderBulletin": (x) => r.renderBulletin(s, x),
  };
  for (const [name, call] of Object.entries(calls)) {
    for (const bad of [view, r, {}, "summary", 7, null, undefined]) {
      const err = yousaidError(assert, () => call(bad), "invalid-argument");
      assert.match(err.message, /expected a Summary/, `${name}(${String(bad)}): ${err.message}`);
    }
  }
  assert.equal(r.render(s, { format: "text" }).length > 0, true, "still working");
});

test("a freed object is an invalid-argument YousaidError naming it", () => {
  const s = small();
  const other = small();
  const view = s.asOf();
  const r = new Renderer();
  s.free();
  view.free();
  r.free();
  const calls = [
    [() => s.validate(), /this Summary was freed/],
    [() => s.title, /this Summary was freed/],
    [() => s.records("actions"), /this Summary was freed/],
    [() => view.statusCounts(), /this AsOf was freed/],
    [() => view.date, /this AsOf was freed/],
    [() => r.addTemplate("x.txt", "x"), /this Renderer was freed/],
    [() => diff(s, other), /was freed/],
    [() => other.equals(s), /was freed/],
  ];
  for (const [call, message] of calls) {
    const err = yousaidError(assert, call, "invalid-argument");
    assert.match(err.message, message);
  }
  yousaidError(assert, () => s.free(), "invalid-argument"); // freeing twice
  assert.equal(other.title, "t", "the others still work");
});

test("errors of every kind keep their class: YousaidErrors pass through the wrapper as they are", () => {
  const err = yousaidError(assert, () => Summary.fromJSON('{"format": "yousaid/1", "titel": "x"}'), "unknown-field");
  assert.equal(err.path, "titel");
  assert.equal(err.line, 1);
  assert.ok(err instanceof Error);
});

test("NaN and infinities in plain objects are refused with their path", () => {
  const doc = (percent) => ({
    format: "yousaid/1",
    title: "t",
    actions: [{ id: "a1", title: "A", progress: [{ date: "2025-01-01" }, { date: "2025-02-01", percent }] }],
  });
  for (const bad of [NaN, Infinity, -Infinity]) {
    const err = yousaidError(assert, () => Summary.fromJSON(doc(bad)), "invalid-value");
    assert.equal(err.path, "actions[0].progress[1].percent");
    const s = small();
    const e = yousaidError(assert, () => s.recordProgress("a1", { date: "2025-01-01", percent: bad }), "invalid-value");
    assert.equal(e.path, "percent");
    assert.deepEqual(s.action("a1").progress ?? [], [], "nothing recorded");
    const sub = yousaidError(assert, () => s.addSubAction("a1", { id: "a1.1", title: "B", weight: bad }), "invalid-value");
    assert.equal(sub.path, "weight");
  }
  // null itself is still null, and text containing "null" is fine.
  const s = Summary.fromJSON({ ...doc(5), introduction: ["null and void"] });
  assert.equal(s.action("a1").progress[1].percent, 5);
  s.recordProgress("a1", { date: "2025-03-01", percent: null, note: "null" });
});

test("a WebAssembly trap (out of memory) becomes a YousaidError with code trap", () => {
  // A real trap needs gigabytes; the mapping is checked on the wrapper's own text instead.
  const source = read("crates", "wasm", "npm", "errors.js");
  const { guard } = new Function(`${source}; return { guard };`)();
  const trapping = guard(() => {
    throw new WebAssembly.RuntimeError("unreachable");
  }, null, "render");
  const err = yousaidError(assert, trapping, "trap");
  assert.match(err.message, /^render: the WebAssembly module stopped \(unreachable\)/);
  assert.ok(err.cause instanceof WebAssembly.RuntimeError);
  // Anything else that is not the module's passes through untouched.
  const other = new TypeError("x");
  assert.throws(guard(() => { throw other; }, null, "f"), (e) => e === other);
});

test("every function and method of the package is guarded", () => {
  // The wrapper (crates/wasm/npm/errors.js) replaces each with a function of its own.
  for (const [name, value] of Object.entries(yousaid)) {
    if (typeof value !== "function" || name.startsWith("__")) continue;
    const isClass = /^class\b/.test(Function.prototype.toString.call(value));
    if (!isClass) {
      assert.match(Function.prototype.toString.call(value), /translate\(/, name);
      continue;
    }
    for (const target of [value, value.prototype]) {
      for (const key of Object.getOwnPropertyNames(target)) {
        if (key.startsWith("__") || ["constructor", "length", "name", "prototype"].includes(key)) continue;
        const d = Object.getOwnPropertyDescriptor(target, key);
        const fn = d.get ?? d.value;
        if (typeof fn !== "function") continue;
        assert.match(Function.prototype.toString.call(fn), /translate\(/, `${name}.${key}`);
      }
    }
  }
  assert.ok(Summary.fromJSON(RIVERSIDE()).actions.length > 0);
});
