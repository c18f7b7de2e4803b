//! The `Summary` class: a loaded document and every operation on it.

use std::sync::Arc;

use wasm_bindgen::prelude::*;

use crate::as_of::AsOf;
use crate::convert::{
    BulletinOptionsArg, DateArg, PrettyArg, RenderOptionsArg, TextArg, date, from_js, json_text,
    optional_date, optional_text, text, to_js,
};
use crate::error::to_js_error;

/// A "You said, we did" summary, loaded and ready to validate, analyse and render.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct Summary {
    // Shared with the `AsOf` views made from it and with a render while it runs; editing
    // copies it only while one of those holds it.
    inner: Arc<yousaid::Summary>,
}

impl Summary {
    fn edit(&mut self) -> &mut yousaid::Summary {
        Arc::make_mut(&mut self.inner)
    }
}

impl From<yousaid::Summary> for Summary {
    fn from(inner: yousaid::Summary) -> Self {
        Summary {
            inner: Arc::new(inner),
        }
    }
}

impl Summary {
    pub(crate) fn inner(&self) -> &yousaid::Summary {
        &self.inner
    }
}

#[wasm_bindgen]
impl Summary {
    /// An empty summary with this title, to fill in with the editing methods or to compare
    /// against.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string")] title: JsValue,
    ) -> Result<Summary, JsValue> {
        let title = text(&title, "the title").map_err(to_js_error)?;
        Ok(Summary {
            inner: Arc::new(yousaid::Summary::new(title)),
        })
    }

    /// Loads a summary from JSON text, from the bytes of a file (a `Uint8Array`, a Node
    /// `Buffer` or an `ArrayBuffer`, read as UTF-8; UTF-16, UTF-32 and Latin-1 are refused
    /// with an error naming them) or from a plain object.
    ///
    /// Throws a `YousaidError` whose `code`, `path`, `line` and `column` say what is wrong
    /// and where (`unknown-field` at `actions[3].titel`, `json-syntax` at line 4 column 2…).
    #[wasm_bindgen(js_name = "fromJSON")]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer | SummaryData")]
        input: JsValue,
    ) -> Result<Summary, JsValue> {
        // Bytes are read by the core as they are, so that they are decoded strictly, once.
        let bytes = if let Some(buffer) = input.dyn_ref::<js_sys::ArrayBuffer>() {
            Some(js_sys::Uint8Array::new(buffer))
        } else {
            input.dyn_ref::<js_sys::Uint8Array>().cloned()
        };
        if let Some(bytes) = bytes {
            // One byte past the limit is enough for the core to say the input is too large.
            let limit = u32::try_from(yousaid::MAX_INPUT_BYTES + 1).unwrap_or(u32::MAX);
            let bytes = bytes.subarray(0, bytes.length().min(limit)).to_vec();
            return yousaid::Summary::from_json_slice(&bytes)
                .map(|inner| Summary {
                    inner: Arc::new(inner),
                })
                .map_err(to_js_error);
        }
        json_text(&input, "the summary")
            .and_then(|text| yousaid::Summary::from_json_str(&text))
            .map(|inner| Summary {
                inner: Arc::new(inner),
            })
            .map_err(to_js_error)
    }

    /// The document as a plain object, as it would be saved (`JSON.stringify(summary)` gives
    /// its JSON text).
    #[wasm_bindgen(js_name = "toJSON", unchecked_return_type = "SummaryData")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        to_js(&*self.inner)
    }

    /// The document as JSON text: pretty-printed with a two-space indent by default, compact
    /// when `pretty` is `false`, indented by that many spaces when it is a number (0 to 16).
    #[wasm_bindgen(js_name = "toJSONString")]
    pub fn to_json_string(&self, pretty: Option<PrettyArg>) -> Result<String, JsValue> {
        let pretty: JsValue = pretty.map_or(JsValue::UNDEFINED, Into::into);
        if pretty.is_undefined() || pretty.is_null() {
            return Ok(self.inner.to_json_string(true));
        }
        if let Some(pretty) = pretty.as_bool() {
            return Ok(self.inner.to_json_string(pretty));
        }
        match pretty.as_f64() {
            Some(n) if n.fract() == 0.0 && (0.0..=16.0).contains(&n) => {
                Ok(self.inner.to_json_string_indented(n as usize))
            }
            _ => Err(to_js_error(yousaid::Error::new(
                yousaid::ErrorKind::InvalidArgument,
                "toJSONString: give true (two-space indent, the default), false (compact) or a number of spaces from 0 to 16",
            ))),
        }
    }

    /// True when both hold the same document.
    pub fn equals(&self, other: &Summary) -> bool {
        self.inner == other.inner
    }

    /// An independent copy: editing one leaves the other as it was.
    #[wasm_bindgen(js_name = "clone")]
    pub fn clone_summary(&self) -> Summary {
        self.clone()
    }

    /// Every problem in the document at once: `{problems: [{severity, code, path, message}],
    /// omitted}`, errors first; `omitted` counts the problems past the first 10,000.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.validate())
    }

    /// Validates and throws a `YousaidError` with code `invalid-document`, carrying every
    /// problem in `problems`, when validation finds errors (warnings do not fail); does
    /// nothing otherwise.
    pub fn check(&self) -> Result<(), JsValue> {
        self.inner.validate().into_result().map_err(to_js_error)
    }

    /// The title.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> String {
        self.inner.title.clone()
    }

    /// The engagements: events, consultations, periods and units, with nested ones.
    #[wasm_bindgen(getter, unchecked_return_type = "Engagement[]")]
    pub fn engagements(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.engagements)
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
    pub fn suggestion(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let id = text(&id, "the suggestion ID").map_err(to_js_error)?;
        self.inner
            .suggestion(&id)
            .map_or(Ok(JsValue::UNDEFINED), to_js)
    }

    /// The action or sub-action with this ID, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Action | undefined")]
    pub fn action(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let id = text(&id, "the action ID").map_err(to_js_error)?;
        self.inner.action(&id).map_or(Ok(JsValue::UNDEFINED), to_js)
    }

    /// The summary as it stood on `date` (`YYYY-MM-DD` or a `Date`): progress after it is ignored and
    /// overdue is judged against it. Without a date: everything recorded, overdue judged
    /// against the publication date.
    #[wasm_bindgen(js_name = "asOf")]
    pub fn as_of(&self, date: Option<DateArg>) -> Result<AsOf, JsValue> {
        optional_date(date.as_ref().map(AsRef::as_ref), "the date")
            .map(|date| AsOf::new(Arc::clone(&self.inner), date))
            .map_err(to_js_error)
    }

    /// The state of every action and sub-action (as of `date`, if given).
    #[wasm_bindgen(js_name = "actionStates", unchecked_return_type = "ActionState[]")]
    pub fn action_states(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.action_states()
    }

    /// How many top-level actions are in each status (as of `date`, if given).
    #[wasm_bindgen(js_name = "statusCounts", unchecked_return_type = "StatusCounts")]
    pub fn status_counts(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.status_counts()
    }

    /// The actions overdue as of `date` (without one: as of the publication date).
    #[wasm_bindgen(unchecked_return_type = "ActionState[]")]
    pub fn overdue(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.overdue()
    }

    /// "You said, we did": every suggestion and sub-point with what answers it.
    #[wasm_bindgen(unchecked_return_type = "Pair[]")]
    pub fn pairs(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.pairs()
    }

    /// Whether a suggestion is answered and where the answer comes from (the one rule every
    /// view uses), or `null`.
    #[wasm_bindgen(js_name = "answerOf", unchecked_return_type = "Answered | null")]
    pub fn answer_of(&self, id: &str) -> Result<JsValue, JsValue> {
        to_js(&self.inner.answer_of(id))
    }

    /// Which suggestions are answered, overall and by question, theme, engagement and group.
    #[wasm_bindgen(unchecked_return_type = "CoverageReport")]
    pub fn coverage(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.coverage()
    }

    /// The plan's outcomes with the actions serving each.
    #[wasm_bindgen(js_name = "planView", unchecked_return_type = "OutcomeView[]")]
    pub fn plan_view(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.plan_view()
    }

    /// Flat records for tables: `"suggestions"`, `"actions"` or `"progress"` (as of `date`,
    /// if given). An action's `status` and `percent` are the current ones, rolled up from
    /// sub-actions as `statusCounts()` counts them; `declared_status` and `declared_percent`
    /// are what the document states for the action itself.
    #[wasm_bindgen(
        unchecked_return_type = "SuggestionRecord[] | ActionRecord[] | ProgressRecord[]"
    )]
    pub fn records(
        &self,
        #[wasm_bindgen(unchecked_param_type = "\"suggestions\" | \"actions\" | \"progress\"")]
        kind: JsValue,
        date: Option<DateArg>,
    ) -> Result<JsValue, JsValue> {
        self.as_of(date)?.records(kind)
    }

    /// Adds a dated update to the progress log of an action or sub-action, in date order.
    #[wasm_bindgen(js_name = "recordProgress")]
    pub fn record_progress(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] action_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ProgressEntry")] entry: JsValue,
    ) -> Result<(), JsValue> {
        let action_id = text(&action_id, "the action ID").map_err(to_js_error)?;
        from_js(&entry, "the progress entry")
            .and_then(|entry| self.edit().record_progress(&action_id, entry))
            .map_err(to_js_error)
    }

    /// Sets (or replaces) the response to a suggestion or sub-point.
    pub fn respond(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] suggestion_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Response")] response: JsValue,
    ) -> Result<(), JsValue> {
        let suggestion_id = text(&suggestion_id, "the suggestion ID").map_err(to_js_error)?;
        from_js(&response, "the response")
            .and_then(|response| self.edit().respond(&suggestion_id, response))
            .map_err(to_js_error)
    }

    /// Adds a sub-point under a suggestion or sub-point.
    #[wasm_bindgen(js_name = "addPoint")]
    pub fn add_point(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] parent_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Suggestion")] point: JsValue,
    ) -> Result<(), JsValue> {
        let parent_id = text(&parent_id, "the parent ID").map_err(to_js_error)?;
        from_js(&point, "the point")
            .and_then(|point| self.edit().add_point(&parent_id, point))
            .map_err(to_js_error)
    }

    /// Adds a sub-action under an action or sub-action.
    #[wasm_bindgen(js_name = "addSubAction")]
    pub fn add_sub_action(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] parent_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Action")] action: JsValue,
    ) -> Result<(), JsValue> {
        let parent_id = text(&parent_id, "the parent ID").map_err(to_js_error)?;
        from_js(&action, "the sub-action")
            .and_then(|action| self.edit().add_sub_action(&parent_id, action))
            .map_err(to_js_error)
    }

    /// Marks the summary as published on `date` (`YYYY-MM-DD` or a `Date`), keeping the
    /// previous publication date in `revisions` with `note`. The date must be after the
    /// current one.
    pub fn stamp(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | globalThis.Date")] on: JsValue,
        note: Option<TextArg>,
    ) -> Result<(), JsValue> {
        let note =
            optional_text(note.as_ref().map(AsRef::as_ref), "the note").map_err(to_js_error)?;
        date(&on, "the publication date")
            .and_then(|on| self.edit().stamp(on, note.as_deref()))
            .map_err(to_js_error)
    }

    /// The "Update since …" bulletin of what changed since `previous`, an earlier version
    /// of this summary (status changes, new progress, responses, items added or removed,
    /// barriers, dates), for e-mailing to the people who took part: `format` `"html"` (a
    /// page, default), `"fragment"`, `"markdown"` or `"text"`; `template` a built-in
    /// template name; `width` the text wrapping width.
    pub fn bulletin(
        &self,
        previous: &Summary,
        options: Option<BulletinOptionsArg>,
    ) -> Result<String, JsValue> {
        crate::render::bulletin_options(options)
            .and_then(|options| self.inner.bulletin(previous.inner(), &options))
            .map_err(to_js_error)
    }

    /// Renders the summary with the built-in templates: `view` `"full"` (default), `"table"`
    /// or `"tracker"`; `format` `"html"` (a standalone page, default), `"fragment"`,
    /// `"markdown"` or `"text"`; `asOf` a `YYYY-MM-DD` date or a `Date`; `template` a
    /// built-in template's name, or `templateSource` your own template's source; `width` the
    /// text wrapping width; `layout` `"event"`, `"consultation"`, `"log"`,
    /// `"recommendations"` or `"forum"` instead of the layout chosen from what the document
    /// holds; `lang` and `labels` the language and labels of the built-in words. Use a
    /// `Renderer` for several templates of your own.
    pub fn render(&self, options: Option<RenderOptionsArg>) -> Result<String, JsValue> {
        crate::render::options(options)
            .and_then(|options| self.inner.render(&options))
            .map_err(to_js_error)
    }
}
