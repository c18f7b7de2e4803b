#![cfg(target_family = "wasm")]
//! WebAssembly bindings of [`yousaid`]: the npm package `yousaid`.
//!
//! Each binding type wraps a core type and each method is one delegation to the core plus one
//! conversion: arguments in, plain JavaScript objects out (serde-wasm-bindgen with the
//! JSON-compatible serializer, so objects rather than `Map`s), and errors through the one map
//! in [`error`]. Logic belongs in the core crate, not here.
//!
//! The crate is empty on every target but WebAssembly, so host builds of the workspace stay
//! clean; build it with `scripts/build-wasm`.

mod convert;
mod error;
mod summary;

use wasm_bindgen::prelude::*;

pub use summary::Summary;

// The document model (generated from the JSON Schema into `model.d.ts` when the package is
// built) and the shapes of the results the API returns.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
import type {
  SummaryData, Event, Question, Theme, Suggestion, Action,
} from "../model.js";
export type * from "../model.js";

/** A JSON Schema document (draft 2020-12). */
export type JSONSchema = { [key: string]: unknown };

/** How serious a validation problem is. */
export type Severity = "error" | "warning";

/** One problem found by `Summary.validate()`. */
export interface Problem {
  severity: Severity;
  /** Stable code: `dangling-reference`, `duplicate-id`, `unanswered`, … */
  code: string;
  /** JSON path: `actions[3].responds_to[0].suggestion`. */
  path: string;
  message: string;
}

/** Every problem in a document, errors first. */
export interface Report {
  problems: Problem[];
}

/** What every function of this package throws. */
export interface YousaidError extends Error {
  name: "YousaidError";
  /** Stable code: `json-syntax`, `unknown-field`, `invalid-document`, `invalid-argument`, … */
  code: string;
  path: string | null;
  line: number | null;
  column: number | null;
  template: string | null;
  /** The validation problems of an `invalid-document` error; empty otherwise. */
  problems: Problem[];
}
"#;

/// Runs once when the module is instantiated: a Rust panic then reaches the console with its
/// message instead of as a bare `unreachable` trap.
#[wasm_bindgen(start, skip_typescript)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The JSON Schema (draft 2020-12) of the `yousaid/1` format.
#[wasm_bindgen(js_name = "schema", unchecked_return_type = "JSONSchema")]
pub fn schema() -> Result<JsValue, JsValue> {
    convert::to_js(&yousaid::json_schema())
}

/// The version of this package (and of the `yousaid` crate it is built from).
#[wasm_bindgen(js_name = "version")]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
