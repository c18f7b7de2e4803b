//! The `AsOf` class: a summary as it stood on a date, and every analysis asked of it.

use std::sync::Arc;

use wasm_bindgen::prelude::*;
use yousaid::Date;

use crate::convert::{text, to_js};
use crate::error::to_js_error;

/// A summary as it stood on a date (or with everything recorded, when made without one):
/// action states with sub-actions rolled up, status counts, overdue actions, "you said, we
/// did" pairs, coverage and the plan view.
#[wasm_bindgen]
#[derive(Debug, Clone)]
pub struct AsOf {
    summary: Arc<yousaid::Summary>,
    date: Option<Date>,
}

impl AsOf {
    pub(crate) fn new(summary: Arc<yousaid::Summary>, date: Option<Date>) -> Self {
        AsOf { summary, date }
    }

    fn view(&self) -> yousaid::AsOf<'_> {
        self.summary.at(self.date)
    }
}

#[wasm_bindgen]
impl AsOf {
    /// The reference date (`YYYY-MM-DD`): the date asked for, or the publication date for a
    /// view without one; `null` when neither is known.
    #[wasm_bindgen(getter)]
    pub fn date(&self) -> Option<String> {
        self.view().date().map(|d| d.to_string())
    }

    /// The cut-off date: progress after it is ignored; `null` when everything counts.
    #[wasm_bindgen(getter)]
    pub fn cutoff(&self) -> Option<String> {
        self.view().cutoff().map(|d| d.to_string())
    }

    /// The state of every action and sub-action, parents before their sub-actions.
    #[wasm_bindgen(js_name = "actionStates", unchecked_return_type = "ActionState[]")]
    pub fn action_states(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().action_states())
    }

    /// The state of one action or sub-action, or `undefined`.
    #[wasm_bindgen(
        js_name = "actionState",
        unchecked_return_type = "ActionState | undefined"
    )]
    pub fn action_state(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let id = text(&id, "the action ID").map_err(to_js_error)?;
        self.view()
            .action_state(&id)
            .map_or(Ok(JsValue::UNDEFINED), |s| to_js(&s))
    }

    /// How many top-level actions are in each status, overdue, held up or waiting.
    #[wasm_bindgen(js_name = "statusCounts", unchecked_return_type = "StatusCounts")]
    pub fn status_counts(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().status_counts())
    }

    /// The actions and sub-actions overdue as of the reference date.
    #[wasm_bindgen(unchecked_return_type = "ActionState[]")]
    pub fn overdue(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().overdue())
    }

    /// The actions held up by a barrier that is still open.
    #[wasm_bindgen(js_name = "withOpenBarriers", unchecked_return_type = "ActionState[]")]
    pub fn with_open_barriers(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().with_open_barriers())
    }

    /// The actions waiting on another action that is not done.
    #[wasm_bindgen(
        js_name = "waitingOnDependencies",
        unchecked_return_type = "ActionState[]"
    )]
    pub fn waiting_on_dependencies(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().waiting_on_dependencies())
    }

    /// Every suggestion and sub-point with what answers it: "you said, we did".
    #[wasm_bindgen(unchecked_return_type = "Pair[]")]
    pub fn pairs(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().pairs())
    }

    /// Which suggestions have a response, an action, both or neither — overall and by
    /// question, theme, engagement and group.
    #[wasm_bindgen(unchecked_return_type = "CoverageReport")]
    pub fn coverage(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().coverage())
    }

    /// The plan's outcomes with the actions serving each.
    #[wasm_bindgen(js_name = "planView", unchecked_return_type = "OutcomeView[]")]
    pub fn plan_view(&self) -> Result<JsValue, JsValue> {
        to_js(&self.view().plan_view())
    }

    /// Flat records for tables as of the date: `"suggestions"`, `"actions"` or `"progress"`.
    /// An action's `status` and `percent` are the current ones (as `actionStates()` has
    /// them); `declared_status` and `declared_percent` what the document states for it.
    #[wasm_bindgen(
        unchecked_return_type = "SuggestionRecord[] | ActionRecord[] | ProgressRecord[]"
    )]
    pub fn records(
        &self,
        #[wasm_bindgen(unchecked_param_type = "\"suggestions\" | \"actions\" | \"progress\"")]
        kind: JsValue,
    ) -> Result<JsValue, JsValue> {
        let kind = text(&kind, "the record kind")
            .and_then(|kind| kind.parse())
            .map_err(to_js_error)?;
        to_js(&self.view().records(kind))
    }
}
