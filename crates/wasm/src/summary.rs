//! The `Summary` class: a loaded document and every operation on it.

use wasm_bindgen::prelude::*;

use crate::convert::{json_text, to_js};
use crate::error::to_js_error;

/// A "You said, we did" summary, loaded and ready to validate, analyse and render.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct Summary {
    inner: yousaid::Summary,
}

#[wasm_bindgen]
impl Summary {
    /// Loads a summary from JSON text or from a plain object.
    ///
    /// Throws a `YousaidError` whose `code`, `path`, `line` and `column` say what is wrong
    /// and where (`unknown-field` at `actions[3].titel`, `json-syntax` at line 4 column 2…).
    #[wasm_bindgen(js_name = "fromJSON")]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string | SummaryData")] input: JsValue,
    ) -> Result<Summary, JsValue> {
        json_text(&input, "the summary")
            .and_then(|text| yousaid::Summary::from_json_str(&text))
            .map(|inner| Summary { inner })
            .map_err(to_js_error)
    }

    /// The document as a plain object, as it would be saved (`JSON.stringify(summary)` gives
    /// its JSON text).
    #[wasm_bindgen(js_name = "toJSON", unchecked_return_type = "SummaryData")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner)
    }

    /// The document as JSON text, pretty-printed with a two-space indent unless `pretty` is
    /// `false`.
    #[wasm_bindgen(js_name = "toJSONString")]
    pub fn to_json_string(&self, pretty: Option<bool>) -> String {
        self.inner.to_json_string(pretty.unwrap_or(true))
    }

    /// Every problem in the document at once: `{problems: [{severity, code, path, message}]}`,
    /// errors first.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.validate())
    }

    /// The title.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> String {
        self.inner.title.clone()
    }

    /// The events at which people were asked.
    #[wasm_bindgen(getter, unchecked_return_type = "Event[]")]
    pub fn events(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.events)
    }

    /// The questions put to them.
    #[wasm_bindgen(getter, unchecked_return_type = "Question[]")]
    pub fn questions(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.questions)
    }

    /// The cross-cutting themes.
    #[wasm_bindgen(getter, unchecked_return_type = "Theme[]")]
    pub fn themes(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.themes)
    }

    /// What people said ("you said"), top-level points with their sub-points nested.
    #[wasm_bindgen(getter, unchecked_return_type = "Suggestion[]")]
    pub fn suggestions(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.suggestions)
    }

    /// What is being done ("we did"), top-level actions with their sub-actions nested.
    #[wasm_bindgen(getter, unchecked_return_type = "Action[]")]
    pub fn actions(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.actions)
    }

    /// The suggestion or sub-point with this ID, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Suggestion | undefined")]
    pub fn suggestion(&self, id: &str) -> Result<JsValue, JsValue> {
        self.inner.suggestion(id).map_or(Ok(JsValue::UNDEFINED), to_js)
    }

    /// The action or sub-action with this ID, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Action | undefined")]
    pub fn action(&self, id: &str) -> Result<JsValue, JsValue> {
        self.inner.action(id).map_or(Ok(JsValue::UNDEFINED), to_js)
    }
}
