// Writes PKG/results.d.ts: TypeScript types of the results the package returns (action
// states, status counts, pairs, coverage, the plan view, changes, records, validation and
// import reports), generated from the results schema the core publishes
// (schema/results.schema.json, which a Rust test keeps identical to the Rust result types).
// A definition the model schema also has (Status, ProgressEntry, Response, …) is the model's
// own type (a Rust test checks that): it is imported from model.d.ts, not written again.
// Usage: node results-types.mjs PKG
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const pkg = resolve(process.argv[2] ?? "pkg");
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const read = (name) => JSON.parse(readFileSync(join(root, "schema", name), "utf8"));
const results = read("results.schema.json");
const model = read("yousaid.schema.json");

const shared = new Set(Object.keys(results.$defs).filter((name) => name in model.$defs));
const imported = new Set();
const KEYWORDS = ["type", "$ref", "anyOf", "oneOf", "allOf", "const", "enum", "items", "properties"];
// Every reference becomes the type of that name (json-schema-to-typescript would copy a
// referenced definition that has a description of its own beside the reference into a second
// type, `ActionState1`); a shared definition's is the model type. A schema that says nothing
// of its value (a field change's old and new values: any JSON) is `unknown`.
const rewrite = (value, isSchema) => {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, isSchema));
  if (value === null || typeof value !== "object") return value;
  if (isSchema && typeof value.$ref === "string") {
    const name = value.$ref.replace(/^#\/\$defs\//, "");
    if (shared.has(name)) imported.add(name);
    const { $ref: _, ...rest } = value;
    return { ...rest, tsType: name };
  }
  if (isSchema && !KEYWORDS.some((k) => k in value)) return { ...value, tsType: "unknown" };
  // Keys that hold schemas, or maps of schemas; the rest (`required`, `description`…) do not.
  const holds = (k) =>
    ["items", "anyOf", "oneOf", "allOf", "properties", "$defs", "additionalProperties"].includes(k);
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (!isSchema || !holds(k)) return [k, v];
      if (k === "properties" || k === "$defs") {
        return [k, Object.fromEntries(Object.entries(v).map(([n, s]) => [n, rewrite(s, true)]))];
      }
      return [k, rewrite(v, true)];
    }),
  );
};
for (const name of shared) delete results.$defs[name];
const { $defs: definitions, ...top } = rewrite(results, true);

// Each definition on its own (every reference is now a type name), then the root: the union
// of every result.
const options = { bannerComment: "", additionalProperties: false, format: true };
const parts = [];
for (const [name, definition] of Object.entries(definitions)) {
  parts.push(await compile(definition, name, options));
}
parts.unshift(await compile(top, "Results", options));
const names = [...imported].sort();
const banner =
  "// The results of the yousaid API, generated from schema/results.schema.json. Do not edit.\n" +
  `import type { ${names.join(", ")} } from "./model.js";\n`;
writeFileSync(join(pkg, "results.d.ts"), banner + "\n" + parts.join("\n"));
