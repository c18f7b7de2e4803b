//! The importers: `importOutline` and `importMarkdown` (notes), `importTable` (CSV text) and
//! `importPolis` (a Polis export's CSV texts), the whole of the import module (the crate built
//! with the feature `import`: the package's `yousaid/import`).
//! Each converts its arguments, makes one call into the core's [`yousaid::import`] and returns
//! `{summary, report}`, both plain objects: the summary as the main module's
//! `summary.toJSON()` would give it, for its `Summary.fromJSON`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use yousaid::Error;
use yousaid::import::{ImportOptions, ImportReport, Imported, polis, table};

use crate::convert::{optional_text, options_object, text, to_js};
use crate::error::to_js_error;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
import type { SummaryData } from "../model.js";
import type { ImportReport } from "../results.js";
export type * from "../model.js";
// The import report and its parts (`SourceRef`, `RecognisedAs`, …), with the other results,
// generated from the results schema.
export type * from "../results.js";
/** What every function of this module throws (the main module's error type). */
export type { YousaidError } from "./yousaid.js";

/**
 * A summary built by an importer, with the report of how it was built. The summary is plain
 * data (as `summary.toJSON()` gives it): load it with the main module's
 * `Summary.fromJSON(imported.summary)`. It is not guaranteed to validate.
 */
export interface Imported {
  summary: SummaryData;
  report: ImportReport;
}

/** How to import notes or a table. */
export interface ImportOptions {
  /** Merge near-duplicate points raised by different groups at this similarity (0 to 1);
   * every merge is listed in the report. */
  mergeThreshold?: number;
  /** A header as in the table → its field (`you_said`, `we_did`, `status`, `owner`, `due`,
   * `place`, `period`, `theme`, `group`, `source`, `id`, `ignore`). */
  columns?: Record<string, string>;
  /** The title of the summary, where the input gives none. */
  title?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// The options of the importers, typed `ImportOptions` in TypeScript; checked when
    /// converted.
    #[wasm_bindgen(typescript_type = "ImportOptions")]
    #[derive(Debug)]
    pub type ImportOptionsArg;
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Options {
    #[serde(default)]
    columns: BTreeMap<String, String>,
    title: Option<String>,
    merge_threshold: Option<f64>,
}

fn options(value: Option<ImportOptionsArg>) -> Result<ImportOptions, Error> {
    let given: Options = options_object(
        value.map_or(JsValue::UNDEFINED, Into::into),
        "import options",
        "{columns: {header: field}, title, mergeThreshold}",
    )?;
    let mut options = ImportOptions::default();
    options.columns = given.columns;
    options.title = given.title;
    options.merge_threshold = given.merge_threshold;
    Ok(options)
}

/// The result of an import, written as one JSON text and parsed once.
#[derive(Serialize)]
struct Out<'a> {
    summary: &'a yousaid::Summary,
    report: &'a ImportReport,
}

fn out(imported: Imported) -> Result<JsValue, JsValue> {
    to_js(&Out {
        summary: &imported.summary,
        report: &imported.report,
    })
}

/// Imports a CSV table of points, pairs or actions (one row each); common headers ("You
/// said", "We did", "Status", "Owner", "Due", "Ward", "Quarter", …) are recognised and
/// `options.columns` names the field of any other.
///
/// Throws a `YousaidError` with code `bad-input` and the `line` for a table that cannot be
/// read (ragged rows, binary input, no "you said" or "we did" column).
#[wasm_bindgen(js_name = "importTable", unchecked_return_type = "Imported")]
pub fn import_table(
    #[wasm_bindgen(unchecked_param_type = "string")] csv_text: JsValue,
    options: Option<ImportOptionsArg>,
) -> Result<JsValue, JsValue> {
    let imported = text(&csv_text, "the CSV text")
        .and_then(|t| Ok((t, self::options(options)?)))
        .and_then(|(t, o)| table::import_csv(&t, &o))
        .map_err(to_js_error)?;
    out(imported)
}

/// Imports a Polis export from the text of its `comments.csv` and, optionally, its
/// `summary.csv`: each comment a point, comments moderated out left out and listed in the
/// report, vote figures kept in the report (never as mentions).
#[wasm_bindgen(js_name = "importPolis", unchecked_return_type = "Imported")]
pub fn import_polis(
    #[wasm_bindgen(unchecked_param_type = "string")] comments_csv: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null")] summary_csv: Option<JsValue>,
    options: Option<ImportOptionsArg>,
) -> Result<JsValue, JsValue> {
    let imported = text(&comments_csv, "the comments CSV text")
        .and_then(|c| {
            Ok((
                c,
                optional_text(summary_csv.as_ref(), "the summary CSV text")?,
            ))
        })
        .and_then(|(c, s)| Ok((c, s, self::options(options)?)))
        .and_then(|(c, s, o)| polis::import_polis(&c, s.as_deref(), &o))
        .map_err(to_js_error)?;
    out(imported)
}

/// Imports plain-text notes: headings, questions, nested bullet points, "I will" commitments,
/// "You said: / We did:" pairs, closing words; `options.mergeThreshold` merges near-duplicate
/// points raised by different groups.
#[wasm_bindgen(js_name = "importOutline", unchecked_return_type = "Imported")]
pub fn import_outline(
    #[wasm_bindgen(unchecked_param_type = "string")] notes: JsValue,
    options: Option<ImportOptionsArg>,
) -> Result<JsValue, JsValue> {
    let imported = text(&notes, "the notes")
        .and_then(|t| Ok((t, self::options(options)?)))
        .and_then(|(t, o)| yousaid::import::import_outline(&t, &o))
        .map_err(to_js_error)?;
    out(imported)
}

/// Imports Markdown notes (`#` headings, lists), as `importOutline` does plain text.
#[wasm_bindgen(js_name = "importMarkdown", unchecked_return_type = "Imported")]
pub fn import_markdown(
    #[wasm_bindgen(unchecked_param_type = "string")] notes: JsValue,
    options: Option<ImportOptionsArg>,
) -> Result<JsValue, JsValue> {
    let imported = text(&notes, "the notes")
        .and_then(|t| Ok((t, self::options(options)?)))
        .and_then(|(t, o)| yousaid::import::import_markdown(&t, &o))
        .map_err(to_js_error)?;
    out(imported)
}
