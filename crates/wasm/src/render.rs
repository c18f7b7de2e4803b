//! Rendering: `summary.render(options)` with the built-in templates, and the `Renderer` class
//! for your own templates over the same context.

use wasm_bindgen::prelude::*;
use yousaid::render::BulletinOptions;
use yousaid::{Error, RenderOptions};

use crate::convert::{
    BulletinOptionsArg, FormatArg, RenderOptionsArg, optional_text, options_object, text,
};
use crate::error::to_js_error;
use crate::summary::Summary;

/// `{view, format, asOf, template, templateSource, width, layout, lang, labels}` (all optional) as core
/// [`RenderOptions`], read by the core (the names and values of the command line and Python;
/// `asOf` text or a `Date`).
pub(crate) fn options(value: Option<RenderOptionsArg>) -> Result<RenderOptions, Error> {
    options_object(
        value.map_or(JsValue::UNDEFINED, Into::into),
        "render options",
        "{view, format, asOf, template, templateSource, width, layout, lang, labels}",
    )
}

/// `{format, template, templateSource, width, lang, labels}` (all optional) as core [`RenderOptions`] for
/// the bulletin, which covers the changes between two versions: the core refuses `view` and
/// `asOf` rather than ignoring them.
pub(crate) fn bulletin_options(value: Option<BulletinOptionsArg>) -> Result<RenderOptions, Error> {
    options_object::<BulletinOptions>(
        value.map_or(JsValue::UNDEFINED, Into::into),
        "bulletin options",
        "{format, template, templateSource, width, lang, labels}",
    )
    .map(|options| options.0)
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

    /// Adds a template, or replaces one (built-in names included). It is escaped for
    /// `format` when given (`"html"`, `"fragment"`, `"markdown"`, `"text"`), else as its name
    /// says: `.md` neutralises Markdown, `.txt` escapes nothing, anything else is HTML.
    /// Throws a `YousaidError` with code `template`, the template name and line when it does
    /// not compile.
    #[wasm_bindgen(js_name = "addTemplate")]
    pub fn add_template(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] source: JsValue,
        format: Option<FormatArg>,
    ) -> Result<(), JsValue> {
        let name = text(&name, "the template name").map_err(to_js_error)?;
        let source = text(&source, "the template source").map_err(to_js_error)?;
        let format = optional_text(format.as_ref().map(AsRef::as_ref), "the template format")
            .map_err(to_js_error)?;
        match format {
            Some(format) => format
                .parse()
                .and_then(|format| self.inner.add_template_as(&name, &source, format)),
            None => self.inner.add_template(&name, &source),
        }
        .map_err(to_js_error)
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
