// The JavaScript snippets of the READMEs run as written, so the front pages cannot lie.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { ROOT, read, yousaid } from "./support.mjs";

/** The first ```js block after `heading` in a Markdown file. */
function snippet(file, heading) {
  const text = read(...file);
  const at = heading ? text.indexOf(heading) : 0;
  assert.ok(at >= 0, `${file.join("/")}: no heading ${heading}`);
  const match = text.slice(at).match(/```js\n([\s\S]*?)```/);
  assert.ok(match, `${file.join("/")}: no js block after ${heading}`);
  return match[1];
}

function run(code) {
  const logged = [];
  const fakeConsole = { log: (...args) => logged.push(args.join(" ")) };
  const fakeRequire = (name) => {
    assert.equal(name, "yousaid");
    return yousaid;
  };
  const fakeFs = { ...fs, readFileSync: (path, ...rest) => fs.readFileSync(join(ROOT, path), ...rest) };
  new Function("require", "fs", "console", code)(fakeRequire, fakeFs, fakeConsole);
  return logged;
}

test("README.md: In JavaScript and the browser", () => {
  const logged = run(snippet(["README.md"], "## In JavaScript and the browser"));
  assert.ok(logged.includes("YousaidError unknown-field titel 1 31"), logged.join("\n"));
});

test("the npm package README", () => {
  const code = snippet(["crates", "wasm", "npm", "README.md"], "## Node").replace(
    '"summary.json"',
    '"examples/west-yorkshire-2014/summary.json"',
  );
  const logged = run(code);
  assert.match(logged.at(-1), /^Increasing Awareness of Human Trafficking \d+ \d+$/);
  const errors = snippet(["crates", "wasm", "npm", "README.md"], "## Errors");
  assert.deepEqual(run(errors), ["titel unknown field `titel`; did you mean `title`? at `titel` (line 1, column 31)"]);
});

test("the README's parity table names every function and method of the package", () => {
  const readme = read("crates", "wasm", "npm", "README.md");
  const table = readme.slice(readme.indexOf("## Parity with the Rust crate"), readme.indexOf("## Errors"));
  const names = [];
  for (const [name, value] of Object.entries(yousaid)) {
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
