// Times operations of the `yousaid` package (the nodejs build) on one document, in this
// process: the median of REPS runs of each, after one warm-up run. Prints one line per
// operation: NAME <tab> SECONDS. Used by scripts/bench (section `node`).
//
//   node bench/measure.mjs --reps 7 --ops load-validate,render-html FILE
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import { ROOT } from "../test/support.mjs";

const require = createRequire(import.meta.url);
const { Summary } = require(join(ROOT, "crates", "wasm", "pkg", "node", "yousaid.js"));

const OPS = {
  // Load the text and validate it: what `yousaid validate` does.
  "load-validate": (text) => {
    const s = Summary.fromJSON(text);
    s.validate();
    s.free();
  },
  load: (text) => Summary.fromJSON(text).free(),
  // Load and render the full summary as a standalone HTML page: what `yousaid render` does.
  "render-html": (text) => {
    const s = Summary.fromJSON(text);
    s.render({ view: "full", format: "html" });
    s.free();
  },
  "render-markdown": (text) => {
    const s = Summary.fromJSON(text);
    s.render({ view: "full", format: "markdown" });
    s.free();
  },
};

let reps = 7;
let ops = ["load-validate", "render-html"];
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--reps") reps = Number(args[++i]);
  else if (args[i] === "--ops") ops = args[++i].split(",");
  else files.push(args[i]);
}
if (files.length !== 1 || !(reps > 0)) {
  console.error(`usage: measure.mjs [--reps N] [--ops ${Object.keys(OPS).join(",")}] FILE`);
  process.exit(2);
}
const text = readFileSync(files[0], "utf8");
for (const name of ops) {
  const op = OPS[name];
  if (!op) {
    console.error(`unknown operation ${name}; known: ${Object.keys(OPS).join(", ")}`);
    process.exit(2);
  }
  op(text);
  const times = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    op(text);
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}\t${times[Math.floor(times.length / 2)].toFixed(6)}`);
}
