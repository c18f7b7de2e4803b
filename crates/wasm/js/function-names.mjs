// Rewrites, in place, the function names of a WebAssembly module (its `name` section) without
// the hash rustc appends to each (`serde_json::de::from_slice::h0123456789abcdef` becomes
// `serde_json::de::from_slice`), so that ordering the functions by name (wasm-opt's
// --reorder-functions-by-name, which scripts/build-wasm runs before it strips the names) puts
// the instances of one generic function side by side in a stable order, not a random one.
// Names that become equal stay so: wasm-opt tells them apart itself.
// Usage: node function-names.mjs MODULE.wasm
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const input = readFileSync(file);

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const section = (id, body) => Buffer.concat([Buffer.from([id]), leb(body.length), body]);

// The function names subsection (id 1): a count, then (index, name) pairs.
function renamed(names) {
  let [count, at] = readLeb(names, 0);
  const parts = [leb(count)];
  while (count-- > 0) {
    let index;
    let length;
    [index, at] = readLeb(names, at);
    [length, at] = readLeb(names, at);
    const name = names.subarray(at, at + length).toString("utf8").replace(/::h[0-9a-f]{16}$/, "");
    at += length;
    const bytes = Buffer.from(name, "utf8");
    parts.push(leb(index), leb(bytes.length), bytes);
  }
  return Buffer.concat(parts);
}

// The `name` custom section with its function names rewritten; other subsections as they are.
function nameSection(body, start) {
  const parts = [body.subarray(0, start)];
  let at = start;
  while (at < body.length) {
    const id = body[at];
    const [length, from] = readLeb(body, at + 1);
    const content = body.subarray(from, from + length);
    parts.push(id === 1 ? section(1, renamed(content)) : body.subarray(at, from + length));
    at = from + length;
  }
  return Buffer.concat(parts);
}

const parts = [input.subarray(0, 8)];
let at = 8;
while (at < input.length) {
  const id = input[at];
  const [length, from] = readLeb(input, at + 1);
  const body = input.subarray(from, from + length);
  let out = input.subarray(at, from + length);
  if (id === 0) {
    const [nameLength, nameAt] = readLeb(body, 0);
    if (body.subarray(nameAt, nameAt + nameLength).toString("utf8") === "name") {
      out = section(0, nameSection(body, nameAt + nameLength));
    }
  }
  parts.push(out);
  at = from + length;
}
writeFileSync(file, Buffer.concat(parts));
