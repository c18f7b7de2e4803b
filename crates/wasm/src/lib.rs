#![cfg(target_family = "wasm")]
//! WebAssembly bindings of [`yousaid`]: the npm package `yousaid`.
//!
//! Each binding type wraps a core type and each method is one delegation to the core plus one
//! conversion: arguments in, plain JavaScript objects out (JSON text from serde_json read by
//! `JSON.parse`, so objects rather than `Map`s), and errors through the one map in [`error`]
//! (wasm-bindgen's own errors are mapped to the same shape by `crates/wasm/npm/errors.js`).
//! Logic belongs in the core crate, not here.
//!
//! The crate is empty on every target but WebAssembly, so host builds of the workspace stay
//! clean; build it with `scripts/build-wasm`.
//!
//! It is built twice, into two WebAssembly modules of the package:
//! - without features, the main module (`yousaid`): loading, validation, analysis, diff and
//!   rendering; no importer;
//! - with the feature `import`, the import module (`yousaid/import`): the importers
//!   (`src/import.rs`) and nothing else, so that a page downloads them only when it imports.
//!   Its functions return the summary as a plain object, which the main module's
//!   `Summary.fromJSON` loads.

#[cfg(not(feature = "import"))]
mod as_of;
mod convert;
mod error;
#[cfg(feature = "import")]
mod import;
#[cfg(not(feature = "import"))]
mod render;
#[cfg(not(feature = "import"))]
mod summary;

use wasm_bindgen::prelude::*;

#[cfg(not(feature = "import"))]
pub use as_of::AsOf;
#[cfg(not(feature = "import"))]
pub use convert::{BulletinOptionsArg, DateArg, FormatArg, PrettyArg, RenderOptionsArg, TextArg};
#[cfg(feature = "import")]
pub use import::{ImportOptionsArg, import_markdown, import_outline, import_polis, import_table};
#[cfg(not(feature = "import"))]
pub use render::Renderer;
#[cfg(not(feature = "import"))]
pub use summary::Summary;

// The document model and the results the API returns, generated when the package is built:
// `model.d.ts` from the JSON Schema of the format, `results.d.ts` from the results schema
// (`schema/results.schema.json`); then the types of the arguments and of the error.
#[cfg(not(feature = "import"))]
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
import type {
  SummaryData, Engagement, Question, Theme, Suggestion, Action, ProgressEntry, Response, Status,
} from "../model.js";
import type {
  ActionState, StatusCounts, Pair, Answered, CoverageReport, OutcomeView, SuggestionRecord,
  ActionRecord, ProgressRecord, Changes, Report, Problem,
} from "../results.js";
export type * from "../model.js";
export type * from "../results.js";

/** A JSON Schema document (draft 2020-12). */
export type JSONSchema = { [key: string]: unknown };

/** `html` (a standalone page, default), `fragment`, `markdown` (or `md`), `text` (or `txt`). */
export type OutputFormat = "html" | "fragment" | "markdown" | "md" | "text" | "txt";

/** How to render: every field is optional (the option names of the command line and Python,
 * read by the core; `as_of` and `template_source` are accepted too). */
export interface RenderOptions {
  /** `full` (default), `table` or `tracker`. */
  view?: "full" | "table" | "tracker";
  format?: OutputFormat;
  /** Show statuses as they stood on this date: `YYYY-MM-DD` or a `Date` (its local day). */
  asOf?: string | globalThis.Date;
  /** A template name: a built-in one (`table.md`) or one added to a `Renderer`. */
  template?: string;
  /** A template's source, rendered once (escaped for the format); wins over `template`. */
  templateSource?: string;
  /** Wrap plain text at this many columns (default 72; 0: no wrapping). */
  width?: number;
  /** How to arrange the full view, instead of the layout chosen from what the document holds. */
  layout?: "event" | "consultation" | "log" | "recommendations" | "forum";
  /** The language of the built-in labels, dates and figures: `en` or `cy` (default: Welsh
   *  for a document whose `language` is `cy`, else English). */
  lang?: "en" | "cy";
  /** Built-in labels replaced by key (`{you_said: "What you told us"}`), over the document's
   *  own `labels`; the keys are listed in docs/templates.md. */
  labels?: Record<string, string>;
}

/** How to render the bulletin: every field is optional. */
export interface BulletinOptions {
  format?: OutputFormat;
  /** A template name: a built-in one (`bulletin.md`) or one added to a `Renderer`. */
  template?: string;
  /** A template's source, rendered once (escaped for the format); wins over `template`. */
  templateSource?: string;
  /** Wrap plain text at this many columns (default 72; 0: no wrapping). */
  width?: number;
  /** The language of the built-in labels, dates and figures: `en` or `cy`. */
  lang?: "en" | "cy";
  /** Built-in labels replaced by key, over the document's own `labels`. */
  labels?: Record<string, string>;
}

/** A place in a document's text: line and column, from 1 (the column counts UTF-8 bytes). */
export interface Position {
  line: number;
  column: number;
}

/** What every function of this package throws. */
export interface YousaidError extends Error {
  name: "YousaidError";
  /**
   * Stable code: `json-syntax`, `unknown-field`, `invalid-value`, `invalid-document`,
   * `invalid-argument` (also for a wrong class of object or a freed one), …, and `trap` when
   * the WebAssembly module itself stopped (most likely out of memory).
   */
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

/// The stylesheet of the built-in HTML pages, for a page that shows `format: "fragment"`
/// output: the same CSS the `html` format writes into its `<style>` element.
#[cfg(not(feature = "import"))]
#[wasm_bindgen]
pub fn stylesheet() -> String {
    yousaid::render::STYLESHEET.to_owned()
}

/// What changed between two versions of a summary: items added, removed and edited,
/// responses, status changes, new progress, barriers and dates.
#[cfg(not(feature = "import"))]
#[wasm_bindgen(unchecked_return_type = "Changes")]
pub fn diff(old: &Summary, new: &Summary) -> Result<JsValue, JsValue> {
    convert::to_js(&yousaid::diff(old.inner(), new.inner()))
}

/// Where each JSON path (as validation writes them: `actions[0].depends_on[0]`) is in the
/// text of a document: `{line, column}` of the value it names, of its nearest ancestor the
/// text contains, or `null` when not even the first segment is there or the text is not JSON.
#[cfg(not(feature = "import"))]
#[wasm_bindgen(unchecked_return_type = "(Position | null)[]")]
pub fn locate(
    #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string[]")] paths: JsValue,
) -> Result<js_sys::Array, JsValue> {
    let json = convert::text(&json, "the JSON text").map_err(error::to_js_error)?;
    let paths = convert::texts(&paths, "the paths").map_err(error::to_js_error)?;
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    Ok(yousaid::position::locate(json.as_bytes(), &paths)
        .into_iter()
        .map(|found| match found {
            Some(p) => {
                let object = js_sys::Object::new();
                for (key, n) in [("line", p.line), ("column", p.column)] {
                    // Setting a property on a fresh object cannot fail.
                    let _ = js_sys::Reflect::set(&object, &key.into(), &(n as f64).into());
                }
                JsValue::from(object)
            }
            None => JsValue::NULL,
        })
        .collect())
}

/// Words for readers for a status (`"in_progress"` → `"In progress"`); `null` or `undefined`
/// (no status stated) → `"No status stated"`. Throws a `YousaidError` with code
/// `invalid-argument` for an unknown status.
#[cfg(not(feature = "import"))]
#[wasm_bindgen(js_name = "statusLabel")]
pub fn status_label(
    #[wasm_bindgen(unchecked_param_type = "Status | null | undefined")] status: JsValue,
) -> Result<String, JsValue> {
    let status = if status.is_null() || status.is_undefined() {
        None
    } else {
        let text = convert::text(&status, "the status").map_err(error::to_js_error)?;
        Some(text.parse().map_err(error::to_js_error)?)
    };
    Ok(yousaid::Status::label_or_unstated(status).to_owned())
}

/// The version of this package (and of the `yousaid` crate it is built from).
#[cfg(not(feature = "import"))]
#[wasm_bindgen(js_name = "version")]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The allocator: talc, which in this module renders a large page about 5% faster than the
/// standard library's dlmalloc port and is a few kilobytes smaller. It grows the one linear
/// memory as dlmalloc does.
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
