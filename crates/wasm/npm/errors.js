// The package's entry points wrap wasm-bindgen's output with this, so that every failure a
// caller can cause is a `YousaidError` with a `code`, like the errors the module itself
// throws (crates/wasm/src/error.rs): wasm-bindgen's own checks throw plain `Error`s ("expected
// instance of Summary", "null pointer passed to rust" for a freed object) and a WebAssembly
// trap is a `WebAssembly.RuntimeError`. Mapping only: no other logic belongs here.
// scripts/build-wasm puts this text into `node/yousaid.js` (CommonJS) and `web/yousaid.js`
// (an ES module).

function yousaidError(code, message, cause) {
  const error = new Error(message, { cause });
  error.name = "YousaidError";
  Object.assign(error, { code, path: null, line: null, column: null, template: null, problems: [] });
  return error;
}

function translate(error, self, owner, label) {
  if (!(error instanceof Error) || error.name === "YousaidError") return error;
  const expected = /^expected instance of (\w+)$/.exec(error.message);
  if (expected) {
    return yousaidError("invalid-argument", `${label}: expected a ${expected[1]} object as the argument`, error);
  }
  if (error.message === "null pointer passed to rust") {
    const what = owner && self instanceof Object && !self.__wbg_ptr
      ? `this ${owner} was freed`
      : "an object passed to it was freed";
    return yousaidError("invalid-argument", `${label}: ${what} (free() was called on it); use objects before freeing them`, error);
  }
  if (error.message === "recursive use of an object detected which would lead to unsafe aliasing in rust") {
    return yousaidError("invalid-argument", `${label}: an object was used while it was in use`, error);
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return yousaidError(
      "trap",
      `${label}: the WebAssembly module stopped (${error.message}), most likely out of memory; load the package again before using it`,
      error,
    );
  }
  return error;
}

function guard(fn, owner, label) {
  return function (...args) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      throw translate(error, this, owner, label);
    }
  };
}

function isClass(value) {
  return typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));
}

// Wraps, in place, every static and prototype method and getter of a class (`free` included:
// freeing twice is an error too) other than wasm-bindgen's internals (`__wrap`,
// `__destroy_into_raw`).
function guardClass(cls) {
  const name = cls.name;
  for (const [target, prefix] of [[cls, `${name}.`], [cls.prototype, `${name}.prototype.`]]) {
    for (const key of Object.getOwnPropertyNames(target)) {
      if (key.startsWith("__") || ["constructor", "length", "name", "prototype"].includes(key)) continue;
      const d = Object.getOwnPropertyDescriptor(target, key);
      if (typeof d.value === "function") d.value = guard(d.value, target === cls ? null : name, `${prefix}${key}`);
      if (d.get) d.get = guard(d.get, name, `${prefix}${key}`);
      Object.defineProperty(target, key, d);
    }
  }
  return cls;
}

// The exports with every function and class guarded; other values as they are.
function guardAll(exports) {
  const out = {};
  for (const [key, value] of Object.entries(exports)) {
    if (typeof value !== "function" || key.startsWith("__")) out[key] = value;
    else if (isClass(value)) out[key] = guardClass(value);
    else out[key] = guard(value, null, key);
  }
  return out;
}
