// Shared by the Node tests: the built `nodejs` package and the repository's documents.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const require = createRequire(import.meta.url);

/** The package exactly as users get it (scripts/build-wasm builds it). */
export const yousaid = require(join(ROOT, "crates", "wasm", "pkg", "node", "yousaid.js"));

/** Its import module, `yousaid/import`: the importers, which return the summary as plain data. */
export const importers = require(join(ROOT, "crates", "wasm", "pkg", "node", "import.js"));

export function read(...parts) {
  return readFileSync(join(ROOT, ...parts), "utf8");
}

export const WEST_YORKSHIRE = () => read("examples", "west-yorkshire-2014", "summary.json");
export const RIVERSIDE = () => read("examples", "riverside-library-2025", "summary.json");

/** Runs `f`, asserting it throws a YousaidError; returns the error. */
export function yousaidError(assert, f, code) {
  let error;
  try {
    f();
  } catch (e) {
    error = e;
  }
  assert.ok(error, "expected a YousaidError, nothing was thrown");
  assert.ok(error instanceof Error, `expected an Error, got ${error}`);
  assert.equal(error.name, "YousaidError", `${error.name}: ${error.message}`);
  if (code !== undefined) assert.equal(error.code, code, error.message);
  return error;
}
