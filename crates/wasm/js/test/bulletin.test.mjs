// The "Update since …" bulletin: the same text as the core's (its insta snapshots), the
// options it takes and refuses, and your own bulletin templates.
import assert from "node:assert/strict";
import { test } from "node:test";

import { read, yousaid, yousaidError } from "./support.mjs";

const { Summary, Renderer } = yousaid;

const version = (name) =>
  Summary.fromJSON(read("examples", "riverside-library-2025", "history", name));

/** The body of one of the core's reviewed snapshots (after insta's front matter). */
function snapshot(name) {
  const text = read("crates", "core", "tests", "snapshots", `bulletin__${name}.snap`);
  const body = text.split("\n---\n").slice(1).join("\n---\n");
  return body.replace(/\n+$/, "");
}

test("bulletin gives the same text as the core in every format", () => {
  const [old, now] = [version("2025-12-15.json"), version("2026-06-30.json")];
  for (const [format, ext] of [["markdown", "md"], ["text", "txt"], ["fragment", "fragment.html"]]) {
    const out = now.bulletin(old, { format });
    assert.equal(out.replace(/\n+$/, ""), snapshot(`riverside-2026-06-30.${ext}`), format);
  }
  const first = version("2025-12-15.json").bulletin(version("2025-06-30.json"), { format: "md" });
  assert.equal(first.replace(/\n+$/, ""), snapshot("riverside-2025-12-15.md"));
});

test("bulletin: a standalone page by default, text wrapped at the width", () => {
  const [old, now] = [version("2025-06-30.json"), version("2025-12-15.json")];
  const page = now.bulletin(old);
  assert.ok(page.startsWith("<!DOCTYPE html>"), page.slice(0, 40));
  assert.ok(page.includes("Update since 30 June 2025"));
  assert.equal(now.bulletin(old, {}), page);
  assert.equal(now.bulletin(old, null), page);
  const text = now.bulletin(old, { format: "text", width: 40 });
  for (const line of text.split("\n")) {
    // A word longer than the width (a link) stands alone on its line.
    assert.ok([...line].length <= 40 || !line.trim().includes(" "), `too wide: ${line}`);
  }
});

test("bulletin of a version against itself says nothing changed", () => {
  const s = version("2025-12-15.json");
  const md = s.bulletin(s, { format: "markdown" });
  assert.ok(md.includes("Update since"), md);
  assert.ok(!md.includes("→"), md);
});

test("bulletin escapes user text", () => {
  const old = Summary.fromJSON({
    format: "yousaid/1",
    title: "Review <b>2025</b>",
    published: "2025-06-30",
    actions: [{ id: "a1", title: "<script>alert(1)</script>" }],
  });
  const now = old.clone();
  now.stamp("2025-12-15");
  now.recordProgress("a1", { date: "2025-10-01", status: "done", note: "<img src=x onerror=alert(1)>" });
  const html = now.bulletin(old, { format: "fragment" });
  assert.ok(!html.includes("<script>"), html);
  assert.ok(!html.includes("<img"), html);
  assert.ok(html.includes("&lt;script&gt;"), html);
});

test("bulletin refuses what does not apply to it and bad options", () => {
  const s = version("2025-12-15.json");
  for (const key of ["view", "asOf"]) {
    const err = yousaidError(assert, () => s.bulletin(s, { [key]: key === "view" ? "full" : "2025-01-01" }), "invalid-argument");
    assert.match(err.message, new RegExp(`\`${key}\` does not apply`));
  }
  yousaidError(assert, () => s.bulletin(s, { format: "pdf" }), "invalid-argument");
  yousaidError(assert, () => s.bulletin(s, { colour: "red" }), "invalid-argument");
  yousaidError(assert, () => s.bulletin(s, "markdown"), "invalid-argument");
  yousaidError(assert, () => s.bulletin(s, { template: "nope.md" }), "not-found");
  assert.throws(() => s.bulletin({}, {}), /Summary/);
});

test("Renderer.renderBulletin takes your own bulletin templates", () => {
  const [old, now] = [version("2025-12-15.json"), version("2026-06-30.json")];
  const r = new Renderer();
  assert.equal(
    r.renderBulletin(old, now, { format: "markdown" }),
    now.bulletin(old, { format: "markdown" }),
    "the built-in templates by default",
  );
  r.addTemplate("short.txt", "{{ status_changes|length }} changes since {{ since.text }}");
  const short = r.renderBulletin(old, now, { template: "short.txt" });
  assert.match(short, /^\d+ changes since 15 December 2025$/);
  r.addTemplate("bulletin.md", "Changed: {{ status_changes|length }}");
  assert.match(r.renderBulletin(old, now, { format: "md" }), /^Changed: \d+\n$/);
  r.addTemplate("broken.txt", "line one\n{{ status_changes|length + 'x' }}");
  const err = yousaidError(assert, () => r.renderBulletin(old, now, { template: "broken.txt" }), "template");
  assert.equal(err.template, "broken.txt");
  assert.equal(err.line, 2);
});
