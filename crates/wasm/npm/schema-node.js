
// The JSON Schema is a file of the package (../schema.json), not text compiled into the
// WebAssembly module: a page that never asks for it does not download it.
module.exports.schema = guard(
  function schema() {
    const path = require("node:path").join(__dirname, "..", "schema.json");
    let text;
    try {
      text = require("node:fs").readFileSync(path, "utf8");
    } catch (error) {
      throw yousaidError("io", `schema: cannot read ${path} (${error.message})`, error);
    }
    return JSON.parse(text);
  },
  null,
  "schema",
);
