// The JavaScript snippets of the READMEs run as written, each as a script of its own, so the
// front pages cannot lie.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { ROOT, importers, read, yousaid } from "./support.mjs";

/** Every ```js block of a Markdown file, with the line it starts on. */
function jsBlocks(...file) {
  const text = read(...file);
  return [...text.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => ({
    line: text.slice(0, m.index).split("\n").length,
    code: m[1],
  }));
}

/**
 * Runs a snippet as a CommonJS script of its own in a fresh Node process, in a temporary
 * directory where `require("yousaid")` finds the built package and the repository's paths
 * (`examples/…`) are there; `summary.json` is the West Yorkshire example, for the snippets
 * that read "your" summary. Returns what it printed, line by line.
 */
function runScript(code) {
  const dir = mkdtempSync(join(tmpdir(), "yousaid-readme-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(join(ROOT, "crates", "wasm", "pkg"), join(dir, "node_modules", "yousaid"), "dir");
    symlinkSync(join(ROOT, "examples"), join(dir, "examples"), "dir");
    copyFileSync(join(ROOT, "examples", "west-yorkshire-2014", "summary.json"), join(dir, "summary.json"));
    writeFileSync(join(dir, "snippet.cjs"), code);
    const result = spawnSync(process.execPath, ["snippet.cjs"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    assert.equal(result.status, 0, `the snippet failed:\n${code}\n${result.stderr}`);
    return result.stdout.trimEnd().split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The browser snippet of the npm README is an ```html block (an ES module that fetches the
// .wasm): it needs a browser and a server, so it is not run here; examples/web, which does
// the same, is run in headless Chromium by browser/page.test.mjs.
const READMES = [["README.md"], ["crates", "wasm", "npm", "README.md"]];

for (const file of READMES) {
  for (const { line, code } of jsBlocks(...file)) {
    test(`${file.join("/")}, the js block at line ${line}, runs as a script`, () => {
      runScript(code);
    });
  }
}

test("the READMEs' snippets print what they say", () => {
  const [main] = jsBlocks("README.md");
  assert.ok(runScript(main.code).includes("YousaidError unknown-field titel 1 31"));
  const [node, imports, errors] = jsBlocks("crates", "wasm", "npm", "README.md");
  assert.match(runScript(node.code).at(-1), /^Increasing Awareness of Human Trafficking \d+ \d+$/);
  assert.deepEqual(runScript(imports.code), ["Ward feedback done 0"]);
  assert.deepEqual(runScript(errors.code), [
    "titel unknown field `titel`; did you mean `title`? at `titel` (line 1, column 31)",
  ]);
});

test("the README's parity table names every function and method of the package and of yousaid/import", () => {
  const readme = read("crates", "wasm", "npm", "README.md");
  const table = readme.slice(readme.indexOf("## Parity with the Rust crate"), readme.indexOf("## Errors"));
  const names = [];
  for (const [name, value] of [...Object.entries(yousaid), ...Object.entries(importers)]) {
    // `start` is wasm-bindgen's hook that installs the panic hook when the module loads.
    if (typeof value !== "function" || name.startsWith("__") || name === "start") continue;
    names.push(name);
    for (const source of [value, value.prototype ?? {}]) {
      for (const key of Object.getOwnPropertyNames(source)) {
        if (["constructor", "length", "name", "prototype", "arguments", "caller", "free"].includes(key)) continue;
        if (key.startsWith("__") || typeof key === "symbol") continue;
        names.push(key);
      }
    }
  }
  assert.ok(names.length > 30, names.join());
  const missing = names.filter((n) => !table.includes(n));
  assert.deepEqual(missing, [], `not in the parity table: ${missing.join(", ")}`);
});
