//! Rendering: `summary.render(options)` with the built-in templates, and the `Renderer` class
//! for your own templates over the same context.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use yousaid::{Error, ErrorKind, RenderOptions};

use crate::convert::{BulletinOptionsArg, RenderOptionsArg, options_object, parse_date, text};
use crate::error::to_js_error;
use crate::summary::Summary;

/// The options object as JavaScript passes it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Options {
    view: Option<String>,
    format: Option<String>,
    as_of: Option<String>,
    template: Option<String>,
    width: Option<usize>,
    layout: Option<String>,
}

/// `{view, format, asOf, template, width, layout}` (all optional) as core [`RenderOptions`].
pub(crate) fn options(value: Option<RenderOptionsArg>) -> Result<RenderOptions, Error> {
    let given: Options = options_object(
        value.map_or(JsValue::UNDEFINED, Into::into),
        "render options",
        "{view, format, asOf, template, width, layout}",
    )?;
    let mut options = RenderOptions::new();
    if let Some(view) = given.view {
        options = options.view(view.parse()?);
    }
    if let Some(format) = given.format {
        options = options.format(format.parse()?);
    }
    if let Some(date) = given.as_of {
        options = options.as_of(parse_date(&date, "asOf")?);
    }
    if let Some(template) = given.template {
        options = options.template(template);
    }
    if let Some(width) = given.width {
        options = options.width(width);
    }
    if let Some(layout) = given.layout {
        options = options.layout(layout.parse()?);
    }
    Ok(options)
}

/// `{format, template, width}` (all optional) as core [`RenderOptions`] for the bulletin,
/// which covers the changes between two versions: `view` and `asOf` do not apply to it and
/// are refused rather than ignored.
pub(crate) fn bulletin_options(value: Option<BulletinOptionsArg>) -> Result<RenderOptions, Error> {
    let value: JsValue = value.map_or(JsValue::UNDEFINED, Into::into);
    for (key, why) in [
        ("view", "it is always the changes"),
        ("asOf", "it covers the changes between the two versions"),
        ("layout", "it is laid out as a list of changes"),
    ] {
        let given = value.is_object()
            && js_sys::Reflect::get(&value, &key.into()).is_ok_and(|v| !v.is_undefined());
        if given {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "bulletin options: `{key}` does not apply to the bulletin ({why}); give {{format, template, width}}, all optional"
                ),
            ));
        }
    }
    options(Some(value.unchecked_into()))
}

/// Templates: the built-in ones plus your own, rendered over the documented context.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Renderer {
    inner: yousaid::Renderer,
}

#[wasm_bindgen]
impl Renderer {
    /// A renderer with the built-in templates.
    #[wasm_bindgen(constructor)]
    #[expect(
        clippy::new_without_default,
        reason = "a JavaScript constructor, not a Rust API"
    )]
    pub fn new() -> Renderer {
        Renderer {
            inner: yousaid::Renderer::new(),
        }
    }

    /// Adds a template, or replaces one (built-in names included). Its escaping follows its
    /// name: `.md` neutralises Markdown, `.txt` escapes nothing, anything else is HTML.
    /// Throws a `YousaidError` with code `template`, the template name and line when it does
    /// not compile.
    #[wasm_bindgen(js_name = "addTemplate")]
    pub fn add_template(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] source: JsValue,
    ) -> Result<(), JsValue> {
        let name = text(&name, "the template name").map_err(to_js_error)?;
        let source = text(&source, "the template source").map_err(to_js_error)?;
        self.inner.add_template(&name, &source).map_err(to_js_error)
    }

    /// Renders the "Update since …" bulletin of what changed from `previous` to `current`
    /// with this renderer's templates: the built-in `bulletin.html`, `bulletin.md` and
    /// `bulletin.txt` (which `addTemplate` can replace) or `options.template`.
    #[wasm_bindgen(js_name = "renderBulletin")]
    pub fn render_bulletin(
        &self,
        previous: &Summary,
        current: &Summary,
        options: Option<BulletinOptionsArg>,
    ) -> Result<String, JsValue> {
        bulletin_options(options)
            .and_then(|options| {
                self.inner
                    .render_bulletin(previous.inner(), current.inner(), &options)
            })
            .map_err(to_js_error)
    }

    /// Renders a summary; `options.template` names one of this renderer's templates.
    pub fn render(
        &self,
        summary: &Summary,
        options: Option<RenderOptionsArg>,
    ) -> Result<String, JsValue> {
        self::options(options)
            .and_then(|options| self.inner.render(summary.inner(), &options))
            .map_err(to_js_error)
    }
}
