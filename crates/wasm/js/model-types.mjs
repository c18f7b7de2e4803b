// Writes PKG/model.d.ts: TypeScript types of the document model, generated from the JSON
// Schema the built package itself publishes (so they cannot drift from the Rust model).
// Usage: node model-types.mjs PKG
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { compile } from "json-schema-to-typescript";

const pkg = resolve(process.argv[2] ?? "pkg");
const require = createRequire(import.meta.url);
const { schema } = require(join(pkg, "node", "yousaid.js"));

const root = schema();
// The class `Summary` is the loaded document; its plain-data shape is `SummaryData`.
root.title = "SummaryData";
const ts = await compile(root, "SummaryData", {
  bannerComment:
    "// The yousaid/2 document model, generated from its JSON Schema. Do not edit.\n",
  additionalProperties: false,
  unreachableDefinitions: true,
  format: true,
});
writeFileSync(join(pkg, "model.d.ts"), ts);
