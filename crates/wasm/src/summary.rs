//! The `Summary` class: a loaded document and every operation on it.

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::as_of::AsOf;
use crate::convert::{DateArg, RenderOptionsArg, date, from_js, json_text, optional_date, to_js};
use crate::error::to_js_error;

/// A "You said, we did" summary, loaded and ready to validate, analyse and render.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct Summary {
    // Shared with the `AsOf` views made from it; editing copies it only while a view lives.
    inner: Rc<yousaid::Summary>,
}

impl Summary {
    fn edit(&mut self) -> &mut yousaid::Summary {
        Rc::make_mut(&mut self.inner)
    }
}

impl Summary {
    pub(crate) fn inner(&self) -> &yousaid::Summary {
        &self.inner
    }
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
            .map(|inner| Summary {
                inner: Rc::new(inner),
            })
            .map_err(to_js_error)
    }

    /// The document as a plain object, as it would be saved (`JSON.stringify(summary)` gives
    /// its JSON text).
    #[wasm_bindgen(js_name = "toJSON", unchecked_return_type = "SummaryData")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        to_js(&*self.inner)
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
        self.inner
            .suggestion(id)
            .map_or(Ok(JsValue::UNDEFINED), to_js)
    }

    /// The action or sub-action with this ID, or `undefined`.
    #[wasm_bindgen(unchecked_return_type = "Action | undefined")]
    pub fn action(&self, id: &str) -> Result<JsValue, JsValue> {
        self.inner.action(id).map_or(Ok(JsValue::UNDEFINED), to_js)
    }

    /// The summary as it stood on `date` (`YYYY-MM-DD`): progress after it is ignored and
    /// overdue is judged against it. Without a date: everything recorded, overdue judged
    /// against the publication date.
    #[wasm_bindgen(js_name = "asOf")]
    pub fn as_of(&self, date: Option<DateArg>) -> Result<AsOf, JsValue> {
        optional_date(date.as_ref().map(AsRef::as_ref), "the date")
            .map(|date| AsOf::new(Rc::clone(&self.inner), date))
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

    /// Which suggestions are answered, overall and by question, theme, event and group.
    #[wasm_bindgen(unchecked_return_type = "CoverageReport")]
    pub fn coverage(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.coverage()
    }

    /// The plan's outcomes with the actions serving each.
    #[wasm_bindgen(js_name = "planView", unchecked_return_type = "OutcomeView[]")]
    pub fn plan_view(&self, date: Option<DateArg>) -> Result<JsValue, JsValue> {
        self.as_of(date)?.plan_view()
    }

    /// Flat records for tables: `"suggestions"`, `"actions"` or `"progress"`.
    #[wasm_bindgen(
        unchecked_return_type = "SuggestionRecord[] | ActionRecord[] | ProgressRecord[]"
    )]
    pub fn records(
        &self,
        #[wasm_bindgen(unchecked_param_type = "\"suggestions\" | \"actions\" | \"progress\"")]
        kind: &str,
    ) -> Result<JsValue, JsValue> {
        let kind = kind.parse().map_err(to_js_error)?;
        to_js(&self.inner.records(kind))
    }

    /// Adds a dated update to the progress log of an action or sub-action, in date order.
    #[wasm_bindgen(js_name = "recordProgress")]
    pub fn record_progress(
        &mut self,
        action_id: &str,
        #[wasm_bindgen(unchecked_param_type = "ProgressEntry")] entry: JsValue,
    ) -> Result<(), JsValue> {
        from_js(&entry, "the progress entry")
            .and_then(|entry| self.edit().record_progress(action_id, entry))
            .map_err(to_js_error)
    }

    /// Sets (or replaces) the response to a suggestion or sub-point.
    pub fn respond(
        &mut self,
        suggestion_id: &str,
        #[wasm_bindgen(unchecked_param_type = "Response")] response: JsValue,
    ) -> Result<(), JsValue> {
        from_js(&response, "the response")
            .and_then(|response| self.edit().respond(suggestion_id, response))
            .map_err(to_js_error)
    }

    /// Adds a sub-point under a suggestion or sub-point.
    #[wasm_bindgen(js_name = "addPoint")]
    pub fn add_point(
        &mut self,
        parent_id: &str,
        #[wasm_bindgen(unchecked_param_type = "Suggestion")] point: JsValue,
    ) -> Result<(), JsValue> {
        from_js(&point, "the point")
            .and_then(|point| self.edit().add_point(parent_id, point))
            .map_err(to_js_error)
    }

    /// Adds a sub-action under an action or sub-action.
    #[wasm_bindgen(js_name = "addSubAction")]
    pub fn add_sub_action(
        &mut self,
        parent_id: &str,
        #[wasm_bindgen(unchecked_param_type = "Action")] action: JsValue,
    ) -> Result<(), JsValue> {
        from_js(&action, "the sub-action")
            .and_then(|action| self.edit().add_sub_action(parent_id, action))
            .map_err(to_js_error)
    }

    /// Marks the summary as published on `date` (`YYYY-MM-DD`), keeping the previous
    /// publication date in `revisions` with `note`. The date must be after the current one.
    pub fn stamp(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] on: JsValue,
        note: Option<String>,
    ) -> Result<(), JsValue> {
        date(&on, "the publication date")
            .and_then(|on| self.edit().stamp(on, note.as_deref()))
            .map_err(to_js_error)
    }

    /// Renders the summary with the built-in templates: `view` `"full"` (default), `"table"`
    /// or `"tracker"`; `format` `"html"` (a standalone page, default), `"fragment"`,
    /// `"markdown"` or `"text"`; `asOf` a `YYYY-MM-DD` date; `template` a built-in template
    /// name; `width` the text wrapping width. Use a `Renderer` for your own templates.
    pub fn render(&self, options: Option<RenderOptionsArg>) -> Result<String, JsValue> {
        crate::render::options(options)
            .and_then(|options| self.inner.render(&options))
            .map_err(to_js_error)
    }
}
