//! The "Update since …" bulletin: what changed between two published versions of a
//! summary ([`diff`](crate::diff())), written for e-mailing to the people who took part.
//!
//! ```
//! # use yousaid::{Summary, Action, ProgressEntry, Status, Date, RenderOptions, OutputFormat};
//! let mut old = Summary::new("Library review");
//! old.published = Some(Date::constant(2025, 6, 30).into());
//! old.actions.push(Action::new("a1", "Open on Sundays"));
//! let mut new = old.clone();
//! new.stamp(Date::constant(2025, 12, 15), None)?;
//! new.record_progress("a1", ProgressEntry::new(Date::constant(2025, 10, 5))
//!     .status(Status::Done).note("Open from 10am to 4pm."))?;
//! let md = new.bulletin(&old, &RenderOptions::new().format(OutputFormat::Markdown))?;
//! assert!(md.starts_with("# Library review\n\nUpdate since 30 June 2025"));
//! // The old version stated no status: the change is from none, never from "not started".
//! assert!(md.contains("Open on Sundays: No status stated → **Done**"));
//! # Ok::<(), yousaid::Error>(())
//! ```
//!
//! The templates are `bulletin.html` (a page, or with [`OutputFormat::Fragment`] a fragment),
//! `bulletin.md` and `bulletin.txt`; they can be replaced or extended like the other built-in
//! templates. They receive a [`BulletinContext`]:
//!
//! | variable | type | what |
//! |---|---|---|
//! | `title`, `owner`, `publisher` | string, [`ActorView`], string | of the new version |
//! | `since`, `until` | [`DateView`] or none | publication dates of the old and new versions |
//! | `empty` | bool | nothing changed |
//! | `now` | [`NowView`] | headline figures of the new version |
//! | `status_changes` | list of [`StatusChangeView`] | actions whose status changed |
//! | `progress` | list of [`ProgressView`] | new progress updates, grouped by action |
//! | `progress_count` | number | how many new updates in all |
//! | `responses` | list of [`ResponseChangeView`] | responses given, changed or withdrawn |
//! | `suggestions_added`, `suggestions_removed`, `actions_added`, `actions_removed` | lists of [`ItemView`] | |
//! | `barriers` | list of [`BarrierChangeView`] | barriers noted, resolved or removed |
//! | `dates` | list of [`DateChangeView`] | dates moved or cleared, due dates set |
//! | `edits` | list of [`EditView`] | other edits, by field name |
//! | `format`, `layout`, `lang`, `dir`, `level` | | as for the other views |

use super::labels::Labels;
use crate::id_map::IdMap;
use std::borrow::Cow;

use minijinja::value::Value;
use serde::Serialize;

use super::context::{
    ActorView, DateView, HeadingLevels, ResponseView, StatusView, UpdateView, direction,
    status_text,
};
use super::{OutputFormat, RenderOptions, Renderer, default_renderer, template_error, text};
use crate::diff::{BarrierEvent, Changes, FieldChange, diff};
use crate::error::Error;
use crate::response::Response;
use crate::summary::Summary;

/// Headline figures of the new version.
#[derive(Debug, Clone, Serialize)]
pub struct NowView {
    /// Top-level actions.
    pub actions_total: usize,
    /// Of which done.
    pub done: usize,
    /// Of which no status is stated.
    pub unstated: usize,
    /// Of which overdue (against the new version's publication date).
    pub overdue: usize,
    /// Top-level suggestions.
    pub suggestions_total: usize,
    /// Of which answered with a response or an action.
    pub suggestions_answered: usize,
}

/// An action whose status changed: `id`, `title`, `old` and `new` [`StatusView`]s, the words
/// to show for them (`old_text`, `new_text`), percents.
#[derive(Debug, Clone, Serialize)]
pub struct StatusChangeView<'a> {
    /// The action's ID.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// The old status; none when the old version stated none.
    pub old: Option<StatusView>,
    /// The new status; none when the new version states none.
    pub new: Option<StatusView>,
    /// The words for the old status: the old version's own words where they describe it,
    /// else the built-in label of `old`; none when neither is stated.
    pub old_text: Option<Cow<'a, str>>,
    /// The words for the new status, chosen the same way.
    pub new_text: Option<Cow<'a, str>>,
    /// The old percent.
    pub old_percent: Option<f64>,
    /// The new percent.
    pub new_percent: Option<f64>,
}

/// The new progress updates of one action, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct ProgressView<'a> {
    /// The action's ID.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// The new updates.
    pub updates: Vec<UpdateView<'a>>,
}

/// A response given, changed or withdrawn: the suggestion (`id`, `text`) and the `old` and
/// `new` responses.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseChangeView<'a> {
    /// The suggestion's ID.
    pub id: &'a str,
    /// What was said.
    pub text: &'a str,
    /// The old response.
    pub old: Option<ResponseView<'a>>,
    /// The new response.
    pub new: Option<ResponseView<'a>>,
}

/// A suggestion or action added or removed: `id`, `text`, `parent`, and for an added
/// suggestion its `response`.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView<'a> {
    /// Its ID.
    pub id: &'a str,
    /// Its text or title.
    pub text: &'a str,
    /// The ID of the item it is nested under.
    pub parent: Option<&'a str>,
    /// The response to an added suggestion, if it has one already.
    pub response: Option<ResponseView<'a>>,
}

/// A barrier noted, resolved or removed: the action (`id`, `title`), the barrier `text`,
/// `event` (`noted`, `resolved`, `removed`) and its `date`.
#[derive(Debug, Clone, Serialize)]
pub struct BarrierChangeView<'a> {
    /// The action's ID.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// What stands (or stood) in the way.
    pub text: &'a str,
    /// `noted`, `resolved` or `removed`.
    pub event: &'static str,
    /// When noted or resolved, if the document says.
    pub date: Option<DateView>,
}

/// A date moved or cleared, or a due date set: the action (`id`, `title`), `label` ("due
/// date"), `old`, `new`. Start and completion dates set for the first time are left out: the
/// status changes and progress say as much.
#[derive(Debug, Clone, Serialize)]
pub struct DateChangeView<'a> {
    /// The action's ID.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// `due date`, `start date` or `completion date`.
    pub label: Cow<'static, str>,
    /// The old date.
    pub old: Option<DateView>,
    /// The new date.
    pub new: Option<DateView>,
}

/// Other edits to one item: `kind` (`summary`, `suggestion`, `action`), `id`, `text` and the
/// `fields` changed, in words ("owner", "status reason").
#[derive(Debug, Clone, Serialize)]
pub struct EditView<'a> {
    /// `summary`, `suggestion` or `action`.
    pub kind: &'static str,
    /// The item's ID (none for the summary itself).
    pub id: Option<&'a str>,
    /// Its text or title.
    pub text: &'a str,
    /// The fields changed, in words.
    pub fields: Vec<String>,
}

/// What the bulletin templates receive; see the [module documentation](self).
#[derive(Debug, Clone, Serialize)]
pub struct BulletinContext<'a> {
    /// `html`, `fragment`, `markdown` or `text`.
    pub format: &'static str,
    /// `page.html` or `fragment.html`.
    pub layout: &'static str,
    /// The document language.
    pub lang: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Heading levels.
    pub level: HeadingLevels,
    /// The built-in labels in the rendered language, with any overrides.
    pub labels: Labels,
    /// The new version's title.
    pub title: &'a str,
    /// Its accountable owner.
    pub owner: Option<ActorView<'a>>,
    /// Its publisher.
    pub publisher: Option<&'a str>,
    /// When the old version was published.
    pub since: Option<DateView>,
    /// When the new version was published.
    pub until: Option<DateView>,
    /// Whether nothing changed.
    pub empty: bool,
    /// Headline figures now.
    pub now: NowView,
    /// Status changes.
    pub status_changes: Vec<StatusChangeView<'a>>,
    /// New progress, by action.
    pub progress: Vec<ProgressView<'a>>,
    /// How many new progress updates.
    pub progress_count: usize,
    /// Responses given, changed or withdrawn.
    pub responses: Vec<ResponseChangeView<'a>>,
    /// Suggestions added.
    pub suggestions_added: Vec<ItemView<'a>>,
    /// Suggestions removed.
    pub suggestions_removed: Vec<ItemView<'a>>,
    /// Actions added.
    pub actions_added: Vec<ItemView<'a>>,
    /// Actions removed.
    pub actions_removed: Vec<ItemView<'a>>,
    /// Barriers noted, resolved or removed.
    pub barriers: Vec<BarrierChangeView<'a>>,
    /// Dates moved or cleared, and due dates set.
    pub dates: Vec<DateChangeView<'a>>,
    /// Other edits.
    pub edits: Vec<EditView<'a>>,
}

/// A field name in words.
fn field_words(f: &FieldChange, l: &Labels) -> String {
    match f.field.as_str() {
        "responds_to" => l.text("field_responds_to").into_owned(),
        "depends_on" => l.text("field_depends_on").into_owned(),
        "outcomes" => l.text("field_outcomes").into_owned(),
        "parent" => l.text("field_parent").into_owned(),
        other => other.replace('_', " "),
    }
}

fn items(list: &[crate::diff::Item]) -> Vec<ItemView<'_>> {
    list.iter()
        .map(|i| ItemView {
            id: &i.id,
            text: &i.text,
            parent: i.parent.as_deref(),
            response: None,
        })
        .collect()
}

/// The added suggestions, each with its response when it has one.
fn added_suggestions<'a>(
    new: &'a Summary,
    added: &'a [crate::diff::Item],
    l: &Labels,
) -> Vec<ItemView<'a>> {
    let mut list = items(added);
    if list.is_empty() {
        return list;
    }
    let responses: IdMap<&str, &Response> = new
        .all_suggestions()
        .filter_map(|(s, _)| s.response.as_deref().map(|r| (s.id.as_str(), r)))
        .collect();
    for item in &mut list {
        item.response = responses.get(item.id).map(|r| ResponseView::new(r, l));
    }
    list
}

/// Builds the bulletin context for `changes` from `old` to `new`.
pub(crate) fn context<'a>(
    new: &'a Summary,
    changes: &'a Changes,
    format: OutputFormat,
    labels: Labels,
) -> BulletinContext<'a> {
    let l = &labels;
    let view = new.current();
    let counts = view.status_counts();
    let coverage = view.coverage();
    let mut progress: Vec<ProgressView<'a>> = Vec::new();
    for p in &changes.progress {
        match progress.last_mut() {
            Some(last) if last.id == p.action => last.updates.push(UpdateView::new(&p.entry, l)),
            _ => progress.push(ProgressView {
                id: &p.action,
                title: &p.title,
                updates: vec![UpdateView::new(&p.entry, l)],
            }),
        }
    }
    let mut edits: Vec<EditView<'a>> = Vec::new();
    if !changes.summary.is_empty() {
        edits.push(EditView {
            kind: "summary",
            id: None,
            text: &new.title,
            fields: changes.summary.iter().map(|f| field_words(f, l)).collect(),
        });
    }
    for (kind, list) in [
        ("suggestion", &changes.suggestions.edited),
        ("action", &changes.actions.edited),
    ] {
        edits.extend(list.iter().map(|e| EditView {
            kind,
            id: Some(&e.id),
            text: &e.text,
            fields: e.fields.iter().map(|f| field_words(f, l)).collect(),
        }));
    }
    let fragment = format == OutputFormat::Fragment;
    let lang = super::context::page_language(new, &labels);
    BulletinContext {
        format: format.as_str(),
        layout: if fragment {
            "fragment.html"
        } else {
            "page.html"
        },
        lang,
        dir: direction(lang),
        level: HeadingLevels::starting_at(if fragment { 2 } else { 1 }),
        title: &new.title,
        owner: new.owner.as_ref().map(ActorView::new),
        publisher: new.publisher.as_deref(),
        since: changes.since.as_ref().map(|d| DateView::partial(d, l)),
        until: changes.until.as_ref().map(|d| DateView::partial(d, l)),
        empty: changes.is_empty(),
        now: NowView {
            actions_total: counts.total,
            done: counts.done,
            unstated: counts.unstated,
            overdue: counts.overdue,
            suggestions_total: coverage.overall.total,
            suggestions_answered: coverage.overall.total - coverage.overall.neither,
        },
        status_changes: changes
            .status_changes
            .iter()
            .map(|c| {
                let old = c.old.map(|s| StatusView::new(s, l));
                let new = c.new.map(|s| StatusView::new(s, l));
                StatusChangeView {
                    id: &c.action,
                    title: &c.title,
                    old_text: status_text(c.old_label.as_deref(), old.as_ref()),
                    new_text: status_text(c.new_label.as_deref(), new.as_ref()),
                    old,
                    new,
                    old_percent: c.old_percent,
                    new_percent: c.new_percent,
                }
            })
            .collect(),
        progress_count: changes.progress.len(),
        progress,
        responses: changes
            .responses
            .iter()
            .map(|r| ResponseChangeView {
                id: &r.suggestion,
                text: &r.text,
                old: r.old.as_ref().map(|r| ResponseView::new(r, l)),
                new: r.new.as_ref().map(|r| ResponseView::new(r, l)),
            })
            .collect(),
        suggestions_added: added_suggestions(new, &changes.suggestions.added, l),
        suggestions_removed: items(&changes.suggestions.removed),
        actions_added: items(&changes.actions.added),
        actions_removed: items(&changes.actions.removed),
        barriers: changes
            .barriers
            .iter()
            .map(|b| BarrierChangeView {
                id: &b.action,
                title: &b.title,
                text: &b.text,
                event: match b.event {
                    BarrierEvent::Noted => "noted",
                    BarrierEvent::Resolved => "resolved",
                    BarrierEvent::Removed => "removed",
                },
                date: b.date.map(|d| DateView::day(d, l)),
            })
            .collect(),
        dates: changes
            .dates
            .iter()
            .filter(|d| d.old.is_some() || d.field == "due")
            .map(|d| DateChangeView {
                id: &d.action,
                title: &d.title,
                label: l.text(match d.field.as_str() {
                    "due" => "due_date",
                    "started" => "start_date",
                    _ => "completion_date",
                }),
                old: d.old.as_ref().map(|d| DateView::partial(d, l)),
                new: d.new.as_ref().map(|d| DateView::partial(d, l)),
            })
            .collect(),
        edits,
        labels,
    }
}

impl Renderer {
    /// Renders the "Update since …" bulletin of what changed from `previous` to
    /// `current`, with the built-in `bulletin.*` template for the options' format (or the
    /// options' own template or template source). The options' view and as-of date are not
    /// used.
    ///
    /// ```
    /// # use yousaid::{Summary, Renderer, RenderOptions, Date};
    /// let mut r = Renderer::new();
    /// r.add_template("short.txt", "{{ status_changes|length }} changes since {{ since.text }}")?;
    /// let mut old = Summary::new("t");
    /// old.published = Some(Date::constant(2025, 6, 30).into());
    /// let text = r.render_bulletin(&old, &old, &RenderOptions::new().template("short.txt"))?;
    /// assert_eq!(text, "0 changes since 30 June 2025");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    ///
    /// Errors as [`Renderer::render`].
    pub fn render_bulletin(
        &self,
        previous: &Summary,
        current: &Summary,
        options: &RenderOptions,
    ) -> Result<String, Error> {
        if let Some((once, options)) = self.with_template_source(options)? {
            return once.render_bulletin(previous, current, &options);
        }
        let changes = diff(previous, current);
        let name: Cow<'_, str> = match &options.template {
            Some(t) => Cow::Borrowed(t.as_str()),
            None => Cow::Owned(format!("bulletin.{}", options.format.template_suffix())),
        };
        let tmpl = self.template(&name)?;
        let ctx = context(
            current,
            &changes,
            options.format,
            options.labels_for(current),
        );
        let out = tmpl
            .render(Value::from(minijinja::value::Serde(&ctx)))
            .map_err(template_error)?;
        Ok(match options.format {
            OutputFormat::Text if options.width > 0 => text::tidy(&text::wrap(&out, options.width)),
            OutputFormat::Text | OutputFormat::Markdown => text::tidy(&out),
            OutputFormat::Html | OutputFormat::Fragment => out,
        })
    }
}

impl Summary {
    /// Renders the "Update since …" bulletin of what changed since `previous`, an
    /// earlier version of this summary, with the built-in templates. See
    /// [`Renderer::render_bulletin`].
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Response, Stance, Date, RenderOptions, OutputFormat};
    /// let mut old = Summary::new("Library review");
    /// old.suggestions.push(Suggestion::new("s1", "Open on Sundays"));
    /// let mut new = old.clone();
    /// new.respond("s1", Response::new(Stance::Accepted, "From October."))?;
    /// let html = new.bulletin(&old, &RenderOptions::new().format(OutputFormat::Fragment))?;
    /// assert!(html.starts_with("<div class=\"ys ys-fragment\""));
    /// assert!(html.contains("From October."));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn bulletin(&self, previous: &Summary, options: &RenderOptions) -> Result<String, Error> {
        default_renderer().render_bulletin(previous, self, options)
    }
}
