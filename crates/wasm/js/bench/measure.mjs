// Times the `yousaid` package (the nodejs build) against the native CLI on one document, in
// one run: the median of REPS runs of each operation, after one warm-up run. Prints one line
// per operation: NAME <tab> SECONDS. Used by scripts/bench (section `node`).
//
//   node bench/measure.mjs [--reps 7] [--cli target/release/yousaid] [--ops a,b] FILE
//
// Each operation does the same work on both sides, from the file on disk:
//   validate      read, load, validate                         (`yousaid validate FILE`)
//   render-html   read, load, validate, render the full page   (`yousaid render FILE --force`)
// `wasm-*` runs it in this process through the package; `cli-*` runs the native CLI as a
// process (so the native figure includes starting it, about a millisecond).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import { ROOT } from "../test/support.mjs";

const require = createRequire(import.meta.url);
const { Summary } = require(join(ROOT, "crates", "wasm", "pkg", "node", "yousaid.js"));

let reps = 7;
let cli = join(ROOT, "target", "release", "yousaid");
let ops = ["cli-validate", "wasm-validate", "cli-render-html", "wasm-render-html"];
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--reps") reps = Number(args[++i]);
  else if (args[i] === "--cli") cli = args[++i];
  else if (args[i] === "--ops") ops = args[++i].split(",");
  else files.push(args[i]);
}

function run(command) {
  const r = spawnSync(cli, command, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  // validate exits 1 when the document has errors: still a full run.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cli} ${command.join(" ")}: ${r.stderr}`);
}

function wasm(file, render) {
  const s = Summary.fromJSON(readFileSync(file, "utf8"));
  s.validate();
  if (render) s.render({ view: "full", format: "html" });
  s.free();
}

const OPS = {
  "cli-validate": (file) => run(["validate", file]),
  "wasm-validate": (file) => wasm(file, false),
  "cli-render-html": (file) => run(["render", file, "--view", "full", "--format", "html", "--force"]),
  "wasm-render-html": (file) => wasm(file, true),
};

if (files.length !== 1 || !(reps > 0) || ops.some((o) => !OPS[o])) {
  console.error(`usage: measure.mjs [--reps N] [--cli PATH] [--ops ${Object.keys(OPS).join(",")}] FILE`);
  process.exit(2);
}
for (const name of ops) {
  const op = OPS[name];
  op(files[0]);
  const times = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    op(files[0]);
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}\t${times[Math.floor(times.length / 2)].toFixed(6)}`);
}
