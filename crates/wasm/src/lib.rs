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
pub use convert::{BulletinOptionsArg, DateArg, PrettyArg, RenderOptionsArg, TextArg};
#[cfg(feature = "import")]
pub use import::{ImportOptionsArg, import_markdown, import_outline, import_polis, import_table};
#[cfg(not(feature = "import"))]
pub use render::Renderer;
#[cfg(not(feature = "import"))]
pub use summary::Summary;

// The document model (generated from the JSON Schema into `model.d.ts` when the package is
// built) and the shapes of the results the API returns.
#[cfg(not(feature = "import"))]
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
import type {
  SummaryData, Engagement, Question, Theme, Suggestion, Action, ProgressEntry, Response,
  PartialDate, Status, Stance, SuggestionKind, Coverage, Count, Date,
} from "../model.js";
export type * from "../model.js";

/** A JSON Schema document (draft 2020-12). */
export type JSONSchema = { [key: string]: unknown };

/** How serious a validation problem is. */
export type Severity = "error" | "warning" | "info";

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
  /** At most 10,000 problems, errors first. */
  problems: Problem[];
  /** How many more problems were found and left out of `problems` (0 when it is complete). */
  omitted: number;
}

/** The state of one action or sub-action as of a date. */
export interface ActionState {
  id: string;
  title: string;
  /** The action it is a sub-action of. */
  parent: string | null;
  depth: number;
  owner: string | null;
  due: PartialDate | null;
  /** `null` when no status is stated (not the same as `not_started`). */
  status: Status | null;
  /** `null` when unknown (never 0 for want of a figure). */
  percent: number | null;
  /** True when status and percent come from the sub-actions. */
  rolled_up: boolean;
  latest: ProgressEntry | null;
  overdue: boolean;
  open_barriers: string[];
  /** Dependencies not done as of the date. */
  blocked_by: string[];
}

export interface StatusCount {
  /** `null` for the actions with no status stated. */
  status: Status | null;
  count: number;
}

/** Counts of top-level actions. */
export interface StatusCounts {
  total: number;
  not_started: number;
  in_progress: number;
  done: number;
  blocked: number;
  dropped: number;
  /** Actions with no status stated: counted apart, never as not started. */
  unstated: number;
  overdue: number;
  with_open_barriers: number;
  waiting_on_dependencies: number;
  sub_actions: number;
  by_status: StatusCount[];
}

export interface CoverageCounts {
  total: number;
  both: number;
  response_only: number;
  action_only: number;
  neither: number;
}

export interface CoverageBucket {
  id: string | null;
  name: string | null;
  counts: CoverageCounts;
}

export interface StanceCount {
  stance: Stance;
  count: number;
}

export interface CoverageReport {
  overall: CoverageCounts;
  points: number;
  fully_actioned: number;
  partly_actioned: number;
  by_stance: StanceCount[];
  by_question: CoverageBucket[];
  by_theme: CoverageBucket[];
  by_engagement: CoverageBucket[];
  by_group: CoverageBucket[];
  unanswered: { id: string; text: string }[];
}

export interface PairAnswer {
  action: string;
  coverage: Coverage;
  note: string | null;
  state: ActionState;
}

/** A suggestion or sub-point with what answers it. */
export interface Pair {
  id: string;
  text: string;
  kind: SuggestionKind;
  depth: number;
  path: string[];
  parent: string | null;
  question: string | null;
  engagement: string | null;
  themes: string[];
  groups: string[];
  groups_raised: number;
  groups_total: number;
  mentions: Count | null;
  response: Response | null;
  /** How fully it is answered, by the one rule every view uses; `null` when it is not. */
  answered: Coverage | null;
  /** Where its answer comes from: itself, or its parent point, question, theme or engagement. */
  answer: Answered | null;
  answers: PairAnswer[];
}

/** Where a suggestion's answer comes from (the one rule for "answered"). */
export interface Answered {
  through: "itself" | "parent" | "question" | "theme" | "engagement";
  /** The ID of what carries the answer. */
  id: string;
  /** Whether that answer is a response (a stance or a text). */
  response: boolean;
  /** How fully actions naming it answer it; `null` when none does. */
  action: Coverage | null;
}

export interface OutcomeView {
  id: string;
  title: string;
  description: string | null;
  actions: ActionState[];
  done: number;
  /** Of `actions`, how many state no status. */
  unstated: number;
}

export interface SuggestionRecord {
  id: string;
  parent: string | null;
  depth: number;
  kind: string;
  text: string;
  question: string | null;
  engagements: string;
  themes: string;
  groups: number;
  mentions: number | null;
  stance: string | null;
  response: string | null;
  answered_by: string;
}

/**
 * An action or sub-action as a flat record. `status` and `percent` are the current ones (as of
 * the date, rolled up from sub-actions: what `statusCounts()` counts and the page shows);
 * `declared_status` and `declared_percent` are what the document states for the action itself.
 */
export interface ActionRecord {
  id: string;
  parent: string | null;
  depth: number;
  title: string;
  owner: string | null;
  /** The current status, as of the date and rolled up from sub-actions; `null` when none is
   * stated. */
  status: Status | null;
  /** The current percent, as of the date and rolled up from sub-actions. */
  percent: number | null;
  /** True when `status` and `percent` come from the sub-actions. */
  rolled_up: boolean;
  /** The status the document states for this action itself, whatever the date; `null` when
   * it states none. */
  declared_status: Status | null;
  /** The last percent its own progress log records, whatever the date. */
  declared_percent: number | null;
  overdue: boolean;
  priority: string | null;
  due: string | null;
  due_by: string | null;
  started: string | null;
  completed: string | null;
  /** The last progress entry up to the date. */
  last_update: string | null;
  updates: number;
  responds_to: string;
  outcomes: string;
  depends_on: string;
  open_barriers: number;
}

export interface ProgressRecord {
  action: string;
  date: string;
  status: string | null;
  percent: number | null;
  note: string | null;
  evidence: number;
}

/** An item added to or removed from a version. */
export interface ChangedItem {
  id: string;
  text: string;
  parent: string | null;
}

/** A field whose value changed; values are as in the document (absent: `null`). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface EditedItem {
  id: string;
  text: string;
  fields: FieldChange[];
}

export interface ItemChanges {
  added: ChangedItem[];
  removed: ChangedItem[];
  edited: EditedItem[];
}

export interface ResponseChange {
  suggestion: string;
  text: string;
  old: Response | null;
  new: Response | null;
}

export interface StatusChange {
  action: string;
  title: string;
  /** `null` when the old version stated no status. */
  old: Status | null;
  /** `null` when the new version states no status. */
  new: Status | null;
  old_percent: number | null;
  new_percent: number | null;
}

export interface NewProgress {
  action: string;
  title: string;
  entry: ProgressEntry;
}

export interface BarrierChange {
  action: string;
  title: string;
  text: string;
  event: "noted" | "resolved" | "removed";
  date: Date | null;
}

export interface DateChange {
  action: string;
  title: string;
  field: string;
  old: PartialDate | null;
  new: PartialDate | null;
}

/** What changed between two versions, from `diff(old, new)`. */
export interface Changes {
  since: Date | null;
  until: Date | null;
  summary: FieldChange[];
  suggestions: ItemChanges;
  responses: ResponseChange[];
  actions: ItemChanges;
  status_changes: StatusChange[];
  progress: NewProgress[];
  barriers: BarrierChange[];
  dates: DateChange[];
}

/** How to render: every field is optional. */
export interface RenderOptions {
  /** `full` (default), `table` or `tracker`. */
  view?: "full" | "table" | "tracker";
  /** `html` (a standalone page, default), `fragment`, `markdown` (or `md`), `text` (or `txt`). */
  format?: "html" | "fragment" | "markdown" | "md" | "text" | "txt";
  /** Show statuses as they stood on this date (`YYYY-MM-DD`). */
  asOf?: string;
  /** A template name: a built-in one (`table.md`) or one added to a `Renderer`. */
  template?: string;
  /** Wrap plain text at this many columns (default 72; 0: no wrapping). */
  width?: number;
}

/** How to render the bulletin: every field is optional. */
export interface BulletinOptions {
  /** `html` (a standalone page, default), `fragment`, `markdown` (or `md`), `text` (or `txt`). */
  format?: "html" | "fragment" | "markdown" | "md" | "text" | "txt";
  /** A template name: a built-in one (`bulletin.md`) or one added to a `Renderer`. */
  template?: string;
  /** Wrap plain text at this many columns (default 72; 0: no wrapping). */
  width?: number;
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

/// The JSON Schema (draft 2020-12) of the `yousaid/2` format.
#[cfg(not(feature = "import"))]
#[wasm_bindgen(js_name = "schema", unchecked_return_type = "JSONSchema")]
pub fn schema() -> Result<JsValue, JsValue> {
    // The published copy, which the core's tests keep identical to what `json_schema()`
    // generates; parsing it here keeps the schema generator out of the WebAssembly module.
    js_sys::JSON::parse(SCHEMA)
}

#[cfg(not(feature = "import"))]
// The published file without its indentation (build.rs): the same JSON value.
const SCHEMA: &str = include_str!(concat!(env!("OUT_DIR"), "/schema.json"));

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
