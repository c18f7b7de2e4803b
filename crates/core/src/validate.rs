//! Validation: every problem in a document at once, each with a stable code, a path and a
//! severity.
//!
//! [`Summary::validate`] never stops at the first problem. Errors make a document unfit to
//! publish; warnings point at gaps a reader would notice (a suggestion nobody answered); infos
//! point at what a reader may question without being wrong for sure (figures that do not add
//! up), and never make a document invalid.
//!
//! Validation takes time and memory in proportion to the document, whatever its shape (a
//! dependency graph of any density, nesting of any depth). A report lists at most
//! [`MAX_PROBLEMS`] problems and counts the rest in [`Report::omitted`]; a message names at
//! most [`MAX_IDS_LISTED`] IDs.
//!
//! | code | severity | when |
//! |---|---|---|
//! | `duplicate-id` | error | two items of one kind share an ID (suggestions and sub-points are one kind; so are actions and sub-actions) |
//! | `dangling-reference` | error | a reference names no item of its kind |
//! | `dependency-cycle` | error | actions depend on each other in a loop (or on themselves), a parent counting as depending on its sub-actions: so a sub-action that depends on its parent or any action it is part of is a loop too. One problem per loop (per set of actions that all reach each other), on its last dependency in document order |
//! | `reason-required` | error | a `not_planned`, `rejected` or `no_change` response without a reason, a `referred` one without the body, a `dropped` action without a status reason (responses to suggestions, questions, themes and engagements alike) |
//! | `date-order` | error | progress entries out of date order, an end before a start (an action's, a barrier's, an engagement's at any depth), revisions out of order. Progress recorded after completion is not an error: trackers restate it |
//! | `percent-range` | error | a percent outside 0–100 in progress, or in a figure that is a share (it has a `side` or a base `of`, or is a part of another figure; a percent change and a figure's `value` are unbounded), a weight that is not a positive number, or sub-actions' weights too large to add up |
//! | `bad-link` | error | a link that is not http, https or mailto, or is malformed, or has invisible or direction-changing characters in its host (see [`Url::check`]) |
//! | `empty-text` | error | a required text (title, suggestion text, ID…) that is empty or blank, or an optional one present but blank; a response with neither stance nor text; a decision with no text, changes, reasons or outcome |
//! | `consent-required` | error | an attributed quote without consent given |
//! | `too-deep` | error | sub-points, sub-actions or purposes nested deeper than [`MAX_DEPTH`] levels |
//! | `bad-answer` | error | an answer in `responds_to` that names no target, or several (one of `suggestion`, `question`, `theme`, `engagement`) |
//! | `bad-language` | error | a `language` (the summary's or a translation's) that is not a well-formed BCP 47 tag (`en`, `cy`, `en-GB`, `zh-Hant-TW`) |
//! | `unknown-label` | error | a key of `labels` that names no built-in label (the keys are listed in `docs/templates.md`) |
//! | `unanswered` | warning | a top-level suggestion (not a commitment) that is not answered by [the one rule](crate::answered#the-rule): no response and no action of its own, and none through its question, a theme or an engagement |
//! | `answers-nothing` | warning | a top-level action with no `responds_to` (to a point, a question, a theme or an engagement), no `engagements` and no plan outcome, nor any sub-action with one |
//! | `no-date` | warning | an engagement of kind `event` or `consultation` with neither `date` nor `end_date` |
//! | `empty-figure` | warning | a figure with none of `label`, `count`, `percent`, `value`, `text` or `parts` |
//! | `stated-counts-differ` | warning | an exact `stated_counts.total` or status count that differs from the count over top-level actions (as of `stated_counts.date` when there is one, else as recorded) |
//! | `figures-do-not-add-up` | info | a figure with an exact count whose `parts` all have exact counts that do not sum to it; an engagement whose `channels` all have exact counts in the unit of `received` and do not sum to it. Only pointed out: the numbers are shown as stated |

use crate::id_map::{IdMap, IdSet};
use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

use crate::action::{Action, Status};
use crate::figure::{Count, Figure, Qualifier};
use crate::link::Url;
use crate::response::Stance;
use crate::suggestion::{Consent, Suggestion, SuggestionKind};
use crate::summary::{Purpose, Summary};

mod cycles;
use cycles::{Graph, cycles};

/// The deepest nesting of sub-points, sub-actions or purposes validation accepts: a top-level
/// item is at depth 0, its sub-items at 1. It is the one nesting limit: rendering refuses
/// deeper items too, and the loader's JSON depth limit
/// ([`MAX_JSON_DEPTH`](crate::load::MAX_JSON_DEPTH)) is made from it.
pub const MAX_DEPTH: usize = 60;

/// The most problems a [`Report`] lists; any more are counted in [`Report::omitted`]. Errors
/// are kept before warnings and warnings before infos, so a report that leaves problems out
/// lists errors first.
pub const MAX_PROBLEMS: usize = 10_000;

/// The most action IDs a `dependency-cycle` message names; a longer loop is shown by its first
/// IDs and the number of the others.
pub const MAX_IDS_LISTED: usize = 8;

/// How serious a problem is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document should not be published as it is.
    Error,
    /// Worth fixing; the document can still be published.
    Warning,
    /// Worth a look, nothing to fix for sure: the document says something a reader may
    /// question (figures that do not add up). Never affects [`Report::is_valid`].
    Info,
}

crate::names::names! {
    serde Severity, "severity" {
        Error => "error",
        Warning => "warning",
        Info => "info",
    }
}

/// The stable code of a validation problem.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Code {
    /// `duplicate-id`
    DuplicateId,
    /// `dangling-reference`
    DanglingReference,
    /// `dependency-cycle`
    DependencyCycle,
    /// `reason-required`
    ReasonRequired,
    /// `date-order`
    DateOrder,
    /// `percent-range`
    PercentRange,
    /// `bad-link`
    BadLink,
    /// `empty-text`
    EmptyText,
    /// `consent-required`
    ConsentRequired,
    /// `too-deep`
    TooDeep,
    /// `bad-answer`
    BadAnswer,
    /// `bad-language`
    BadLanguage,
    /// `unknown-label`
    UnknownLabel,
    /// `unanswered`
    Unanswered,
    /// `answers-nothing`
    AnswersNothing,
    /// `no-date`
    NoDate,
    /// `empty-figure`
    EmptyFigure,
    /// `stated-counts-differ`
    StatedCountsDiffer,
    /// `figures-do-not-add-up`
    FiguresDoNotAddUp,
}

crate::names::names! {
    serde Code, "problem code" {
        DuplicateId => "duplicate-id",
        DanglingReference => "dangling-reference",
        DependencyCycle => "dependency-cycle",
        ReasonRequired => "reason-required",
        DateOrder => "date-order",
        PercentRange => "percent-range",
        BadLink => "bad-link",
        EmptyText => "empty-text",
        ConsentRequired => "consent-required",
        TooDeep => "too-deep",
        BadAnswer => "bad-answer",
        BadLanguage => "bad-language",
        UnknownLabel => "unknown-label",
        Unanswered => "unanswered",
        AnswersNothing => "answers-nothing",
        NoDate => "no-date",
        EmptyFigure => "empty-figure",
        StatedCountsDiffer => "stated-counts-differ",
        FiguresDoNotAddUp => "figures-do-not-add-up",
    }
}

impl Code {
    /// The severity every problem with this code has.
    pub fn severity(self) -> Severity {
        match self {
            Code::Unanswered
            | Code::AnswersNothing
            | Code::NoDate
            | Code::EmptyFigure
            | Code::StatedCountsDiffer => Severity::Warning,
            Code::FiguresDoNotAddUp => Severity::Info,
            _ => Severity::Error,
        }
    }
}

/// One problem found by validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The stable code.
    pub code: Code,
    /// Where: a JSON path such as `actions[3].responds_to[0].suggestion`.
    pub path: String,
    /// What is wrong and what to do, in lower case.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} [{}] {}: {}",
            self.severity.as_str(),
            self.code,
            self.path,
            self.message
        )
    }
}

/// Every problem found in a document: errors first, then warnings, then infos, each in document
/// order (see
/// [`Summary::validate`] for the exact order).
///
/// ```
/// # use yousaid::{Summary, Action};
/// let mut s = Summary::new("t");
/// s.actions.push(Action::new("a1", "Do it").depends_on("a9"));
/// let report = s.validate();
/// assert!(!report.is_valid());
/// assert_eq!(report.problems[0].code.as_str(), "dangling-reference");
/// assert_eq!(report.problems[0].path, "actions[0].depends_on[0]");
/// assert_eq!(report.omitted, 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    /// The problems: at most [`MAX_PROBLEMS`], errors first, infos last.
    pub problems: Vec<Problem>,
    /// How many more problems validation found beyond [`MAX_PROBLEMS`] and left out (0 when
    /// `problems` is the whole list). When some are left out, `problems` holds every error
    /// before any warning and every warning before any info, so the omitted ones are the last
    /// in the order of
    /// [`Summary::validate`].
    #[serde(default)]
    pub omitted: usize,
}

impl Report {
    /// True when there are no errors (warnings and infos allowed).
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
    }

    /// The infos: things worth a look that are not wrong for sure.
    pub fn infos(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Info)
    }

    /// Turns a report with errors into an [`Error`](crate::Error) of kind
    /// [`Invalid`](crate::ErrorKind::Invalid) carrying every problem.
    pub fn into_result(self) -> Result<(), crate::Error> {
        if self.is_valid() {
            return Ok(());
        }
        let n = self.errors().count();
        let first = self
            .errors()
            .next()
            .map(|p| p.to_string())
            .unwrap_or_default();
        let more = if self.omitted > 0 {
            format!(" ({} more problems not listed)", self.omitted)
        } else {
            String::new()
        };
        Err(crate::Error::new(
            crate::ErrorKind::Invalid,
            format!(
                "the document has {n} validation error{}{more}; first: {first}",
                if n == 1 { "" } else { "s" }
            ),
        )
        .with_problems(self.problems))
    }
}

impl Summary {
    /// Checks the whole document and reports every problem at once.
    ///
    /// The order is stable and part of the contract (the shared test fixtures pin it): errors
    /// first, then warnings, then infos; within each, item by item in document order — the summary's own
    /// fields, then events, questions, themes, suggestions, actions and the closing, each
    /// item's sub-points or sub-actions right after it — and within an item, field by field.
    ///
    /// ```
    /// # use yousaid::{Summary, Action};
    /// let mut s = Summary::new(" ");
    /// s.actions.push(Action::new("a1", "Do it").depends_on("a9"));
    /// let codes: Vec<_> = s.validate().problems.iter().map(|p| p.code.as_str()).collect();
    /// assert_eq!(codes, ["empty-text", "dangling-reference", "answers-nothing"]);
    /// ```
    pub fn validate(&self) -> Report {
        let mut v = Validator::default();
        v.run(self);
        // Errors, then warnings, then infos, document order within each.
        let mut problems = v.errors;
        let mut omitted = v.omitted;
        for list in [&mut v.warnings, &mut v.infos] {
            let room = MAX_PROBLEMS.saturating_sub(problems.len());
            if list.len() > room {
                omitted += list.len() - room;
                list.truncate(room);
            }
            problems.append(list);
        }
        Report { problems, omitted }
    }
}

/// Collects problems: errors, warnings and infos apart, each list up to [`MAX_PROBLEMS`] long,
/// and a count of those past that.
#[derive(Default)]
struct Validator {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    infos: Vec<Problem>,
    omitted: usize,
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The IDs of one kind of item, for duplicate and reference checks. A set of the IDs, and the
/// first index of only those used more than once: a map from every ID to its index would take
/// half as much again for 180k suggestions, to serve the rare duplicate.
struct Ids<'a> {
    kind: &'static str,
    known: IdSet<&'a str>,
    /// Where each repeated ID is first used.
    first: IdMap<&'a str, usize>,
    /// The JSON path of the item at an index, written only to report a duplicate.
    path: Box<dyn Fn(usize) -> String + 'a>,
}

impl<'a> Ids<'a> {
    /// Collects IDs in document order; the index of an ID is its position.
    fn collect(
        kind: &'static str,
        ids: impl Iterator<Item = &'a str> + Clone,
        path: impl Fn(usize) -> String + 'a,
    ) -> Self {
        let mut known = IdSet::with_capacity_and_hasher(ids.size_hint().0, Default::default());
        let mut repeated = IdSet::default();
        for id in ids.clone() {
            if !blank(id) && !known.insert(id) {
                repeated.insert(id);
            }
        }
        let mut first = IdMap::with_capacity_and_hasher(repeated.len(), Default::default());
        if !repeated.is_empty() {
            for (i, id) in ids.enumerate() {
                if repeated.contains(id) {
                    first.entry(id).or_insert(i);
                }
            }
        }
        Ids {
            kind,
            known,
            first,
            path: Box::new(path),
        }
    }

    fn contains(&self, id: &str) -> bool {
        self.known.contains(id)
    }
}

impl Validator {
    fn push(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        let list = match code.severity() {
            Severity::Error => &mut self.errors,
            Severity::Warning => &mut self.warnings,
            Severity::Info => &mut self.infos,
        };
        if list.len() >= MAX_PROBLEMS {
            self.omitted += 1;
            return;
        }
        list.push(Problem {
            severity: code.severity(),
            code,
            path: path.into(),
            message: message.into(),
        });
    }

    /// A required text: `empty-text` when blank.
    fn text(&mut self, path: impl FnOnce() -> String, value: &str, what: &str) {
        if blank(value) {
            self.push(
                Code::EmptyText,
                path(),
                format!("{what} is empty; write it or remove the item"),
            );
        }
    }

    /// An optional text: `empty-text` when present but blank.
    fn opt_text(&mut self, path: impl FnOnce() -> String, value: Option<&str>, what: &str) {
        if let Some(v) = value
            && blank(v)
        {
            self.push(
                Code::EmptyText,
                path(),
                format!("{what} is empty; write it or leave the field out"),
            );
        }
    }

    /// A list of texts (paragraphs, topics): each must say something.
    fn texts(&mut self, path: &str, values: &[String], what: &str) {
        for (i, v) in values.iter().enumerate() {
            self.text(|| format!("{path}[{i}]"), v, what);
        }
    }

    fn url(&mut self, path: impl FnOnce() -> String, url: &Url) {
        if let Err(why) = url.check() {
            self.push(
                Code::BadLink,
                path(),
                format!("`{}`: {why}", show_hidden(&truncate(url.as_str()))),
            );
        }
    }

    fn opt_url(&mut self, path: impl FnOnce() -> String, url: Option<&Url>) {
        if let Some(u) = url {
            self.url(path, u);
        }
    }

    /// The ID of the item at `path`, the `index`-th of its kind in document order.
    fn id(&mut self, ids: &Ids<'_>, path: &str, id: &str, index: usize) {
        if blank(id) {
            self.push(
                Code::EmptyText,
                format!("{path}.id"),
                format!("the {} ID is empty", ids.kind),
            );
        } else if let Some(&first) = ids.first.get(id)
            && first != index
        {
            self.push(
                Code::DuplicateId,
                format!("{path}.id"),
                format!(
                    "{} ID `{id}` is already used at {}; IDs must be unique",
                    ids.kind,
                    (ids.path)(first)
                ),
            );
        }
    }

    fn reference(&mut self, known: &Ids<'_>, path: impl FnOnce() -> String, id: &str) {
        if !known.contains(id) {
            self.push(
                Code::DanglingReference,
                path(),
                format!("there is no {} with ID `{id}`", known.kind),
            );
        }
    }

    fn run(&mut self, s: &Summary) {
        let suggestion_tree = Tree::new("suggestions", "points", &s.suggestions, |x| &x.points);
        let action_tree = Tree::new("actions", "actions", &s.actions, |x| &x.actions);
        let outcomes = Ids::collect(
            "plan outcome",
            s.plan
                .iter()
                .flat_map(|p| p.outcomes.iter().map(|o| o.id.as_str())),
            |i| format!("plan.outcomes[{i}]"),
        );
        // Every engagement, nested ones included, depth first with its path.
        let all_engagements = engagement_paths(s);
        let engagement_paths_owned: Vec<String> =
            all_engagements.iter().map(|(_, p)| p.clone()).collect();
        let events = Ids::collect(
            "engagement",
            all_engagements.iter().map(|(e, _)| e.id.as_str()),
            move |i| engagement_paths_owned[i].clone(),
        );
        // The index of each engagement's first group among all groups, to find a group's path
        // without walking every engagement.
        let group_starts: Vec<usize> = all_engagements
            .iter()
            .scan(0, |n, (e, _)| {
                let start = *n;
                *n += e.groups.len();
                Some(start)
            })
            .collect();
        let group_owner_paths: Vec<String> =
            all_engagements.iter().map(|(_, p)| p.clone()).collect();
        let groups = Ids::collect(
            "group",
            all_engagements
                .iter()
                .flat_map(|(e, _)| e.groups.iter().map(|g| g.id.as_str())),
            move |k| {
                // The last engagement whose first group is at or before k, and which has groups.
                let i = group_starts.partition_point(|&start| start <= k);
                match i.checked_sub(1) {
                    Some(i) => format!("{}.groups[{}]", group_owner_paths[i], k - group_starts[i]),
                    None => String::new(),
                }
            },
        );
        let questions = Ids::collect("question", s.questions.iter().map(|q| q.id.as_str()), |i| {
            format!("questions[{i}]")
        });
        let themes = Ids::collect("theme", s.themes.iter().map(|t| t.id.as_str()), |i| {
            format!("themes[{i}]")
        });
        let suggestions = Ids::collect(
            "suggestion",
            suggestion_tree.nodes.iter().map(|n| n.item.id.as_str()),
            |i| suggestion_tree.path(i),
        );
        let actions = Ids::collect(
            "action",
            action_tree.nodes.iter().map(|n| n.item.id.as_str()),
            |i| action_tree.path(i),
        );
        let dependencies = Graph::new(&action_tree.nodes);
        let cycles = cycles(&dependencies, &action_tree.nodes);

        // The summary's own fields.
        self.text(|| "title".into(), &s.title, "the title");
        if let Some(o) = &s.owner {
            self.actor("owner", o, "the owner");
        }
        self.opt_text(
            || "publisher".into(),
            s.publisher.as_deref(),
            "the publisher",
        );
        for (i, r) in s.revisions.iter().enumerate() {
            if let Some(prev) = i.checked_sub(1).map(|j| &s.revisions[j])
                && r.date.first_day() < prev.date.first_day()
            {
                self.push(
                    Code::DateOrder,
                    format!("revisions[{i}].date"),
                    "revisions must be listed oldest first",
                );
            }
            if let Some(p) = s.published
                && r.date.first_day() > p.last_day()
            {
                self.push(
                    Code::DateOrder,
                    format!("revisions[{i}].date"),
                    "a revision is dated after the summary's `published` date",
                );
            }
            self.opt_text(
                || format!("revisions[{i}].note"),
                r.note.as_deref(),
                "the revision note",
            );
        }
        self.opt_text(|| "language".into(), s.language.as_deref(), "the language");
        if let Some(l) = &s.language {
            self.language(|| "language".into(), l);
        }
        for (key, text) in &s.labels {
            if !crate::render::labels::is_key(key) {
                self.push(
                    Code::UnknownLabel,
                    format!("labels.{key}"),
                    format!(
                        "`{}` is not a built-in label; docs/templates.md lists the keys",
                        show_hidden(&truncate(key))
                    ),
                );
            }
            self.opt_text(|| format!("labels.{key}"), Some(text), "the label");
        }
        for (i, t) in s.translations.iter().enumerate() {
            self.text(
                || format!("translations[{i}].language"),
                &t.language,
                "the translation's language",
            );
            self.language(|| format!("translations[{i}].language"), &t.language);
            self.opt_url(|| format!("translations[{i}].url"), t.url.as_ref());
            self.opt_text(
                || format!("translations[{i}].title"),
                t.title.as_deref(),
                "the translation's title",
            );
        }
        self.stated_counts(s);
        self.texts("introduction", &s.introduction, "the paragraph");
        for (i, list) in s.purposes.iter().enumerate() {
            self.opt_text(
                || format!("purposes[{i}].lead_in"),
                list.lead_in.as_deref(),
                "the lead-in",
            );
            for (j, p) in list.points.iter().enumerate() {
                self.purpose(&format!("purposes[{i}].points[{j}]"), p);
            }
        }
        if let Some(plan) = &s.plan {
            self.text(|| "plan.title".into(), &plan.title, "the plan title");
            self.opt_url(|| "plan.url".into(), plan.url.as_ref());
            for (i, o) in plan.outcomes.iter().enumerate() {
                let path = format!("plan.outcomes[{i}]");
                self.id(&outcomes, &path, &o.id, i);
                self.text(|| format!("{path}.title"), &o.title, "the outcome title");
                self.opt_text(
                    || format!("{path}.description"),
                    o.description.as_deref(),
                    "the outcome description",
                );
            }
        }

        let mut group_index = 0;
        for (i, (e, path)) in all_engagements.iter().enumerate() {
            self.engagement(i, path, e, &events, &groups, &mut group_index);
        }
        for (i, q) in s.questions.iter().enumerate() {
            let path = format!("questions[{i}]");
            self.id(&questions, &path, &q.id, i);
            self.text(|| format!("{path}.text"), &q.text, "the question");
            for (j, e) in q.engagements.iter().enumerate() {
                self.reference(&events, || format!("{path}.engagements[{j}]"), e);
            }
            for (j, f) in q.figures.iter().enumerate() {
                self.figure(&format!("{path}.figures[{j}]"), f);
            }
            if let Some(r) = &q.response {
                self.response(&format!("{path}.response"), r);
            }
            for (j, d) in q.decisions.iter().enumerate() {
                self.decision(&format!("{path}.decisions[{j}]"), d);
            }
        }
        for (i, t) in s.themes.iter().enumerate() {
            let path = format!("themes[{i}]");
            self.id(&themes, &path, &t.id, i);
            self.text(|| format!("{path}.name"), &t.name, "the theme name");
            self.opt_text(
                || format!("{path}.description"),
                t.description.as_deref(),
                "the theme description",
            );
            if let Some(r) = &t.response {
                self.response(&format!("{path}.response"), r);
            }
        }

        // Which suggestions are answered, by the one rule every view uses.
        let answered: IdSet<&str> = crate::pairs::points(s)
            .into_iter()
            .filter(|p| p.answer.is_some())
            .map(|p| p.suggestion.id.as_str())
            .collect();
        let refs = SuggestionRefs {
            ids: &suggestions,
            questions: &questions,
            events: &events,
            themes: &themes,
            groups: &groups,
            answered: &answered,
        };
        for (index, node) in suggestion_tree.nodes.iter().enumerate() {
            let path = suggestion_tree.path(index);
            self.suggestion(&path, node.item, node.depth as usize, index, &refs);
        }

        for (index, node) in action_tree.nodes.iter().enumerate() {
            let (path, a) = (&action_tree.path(index), node.item);
            self.id(&actions, path, &a.id, index);
            self.action(path, a, node.depth as usize, &refs, &outcomes);
            // The graph has looked every dependency up already: one look-up per dependency, in
            // a dense graph the main cost of validation.
            let resolved = dependencies.dependencies(index);
            for (j, d) in a.depends_on.iter().enumerate() {
                let dep_path = || format!("{path}.depends_on[{j}]");
                if resolved.get(j).is_none_or(|&t| t == cycles::NONE) {
                    self.push(
                        Code::DanglingReference,
                        dep_path(),
                        format!("there is no action with ID `{d}`"),
                    );
                }
                if let Some(message) = cycles.get(&(index, j)) {
                    self.push(Code::DependencyCycle, dep_path(), message.clone());
                }
            }
            self.action_details(path, a);
        }

        if let Some(c) = &s.closing {
            self.opt_text(
                || "closing.heading".into(),
                c.heading.as_deref(),
                "the closing heading",
            );
            self.texts("closing.paragraphs", &c.paragraphs, "the paragraph");
            if let Some(p) = &c.signature {
                self.actor("closing.signature", p, "the signatory");
            }
        }
        self.opt_text(
            || "copyright".into(),
            s.copyright.as_deref(),
            "the copyright line",
        );
        self.opt_text(|| "licence".into(), s.licence.as_deref(), "the licence");
    }

    /// A response to a suggestion, question, theme or engagement.
    fn response(&mut self, path: &str, r: &crate::response::Response) {
        if r.stance.is_none() && r.text.is_none() {
            self.push(
                Code::EmptyText,
                path,
                "the response has neither a stance nor a text; write one or remove the response",
            );
        }
        self.opt_text(
            || format!("{path}.text"),
            r.text.as_deref(),
            "the response text",
        );
        let needs_reason = matches!(
            r.stance,
            Some(Stance::NotPlanned | Stance::Rejected | Stance::NoChange)
        );
        if needs_reason && r.reason.as_deref().is_none_or(blank) {
            let stance = r.stance.map(|s| s.as_str()).unwrap_or_default();
            self.push(
                Code::ReasonRequired,
                format!("{path}.reason"),
                format!("a `{stance}` response must say why in `reason`"),
            );
        } else if r.stance == Some(Stance::Referred) && r.referred_to.as_deref().is_none_or(blank) {
            self.push(
                Code::ReasonRequired,
                format!("{path}.referred_to"),
                "a `referred` response must name the body in `referred_to`",
            );
        } else {
            self.opt_text(
                || format!("{path}.reason"),
                r.reason.as_deref(),
                "the reason",
            );
            self.opt_text(
                || format!("{path}.referred_to"),
                r.referred_to.as_deref(),
                "the body referred to",
            );
        }
    }

    /// A decision: it must record something.
    fn decision(&mut self, path: &str, d: &crate::decision::Decision) {
        if d.text.is_none() && d.changes.is_empty() && d.reasons.is_empty() && d.outcome.is_none() {
            self.push(
                Code::EmptyText,
                path,
                "the decision records nothing; give its text, changes, reasons or outcome, or remove it",
            );
        }
        self.opt_text(
            || format!("{path}.text"),
            d.text.as_deref(),
            "the decision text",
        );
        self.texts(&format!("{path}.changes"), &d.changes, "the change");
        self.texts(&format!("{path}.reasons"), &d.reasons, "the reason");
    }

    /// A figure and its parts, depth first (an explicit stack: documents built in code may
    /// nest without limit).
    fn figure(&mut self, path: &str, f: &Figure) {
        let mut stack = vec![(path.to_owned(), f, false)];
        while let Some((path, f, part)) = stack.pop() {
            if f.count.is_none()
                && f.percent.is_none()
                && f.value.is_none()
                && f.text.is_none()
                && f.label.is_none()
                && f.parts.is_empty()
            {
                self.push(
                    Code::EmptyFigure,
                    path.clone(),
                    "the figure names nothing and states no number and no text; give its `label`, `count`, `percent`, `value` or `text`, or remove it",
                );
            }
            // A share of respondents (a side, a base, a part of a whole) lies between 0 and 100;
            // a percent change ("a 160% increase") may not.
            let share = part || f.side.is_some() || f.of.is_some();
            if let Some(pc) = f.percent
                && share
                && !(0.0..=100.0).contains(&pc.value)
            {
                self.push(
                    Code::PercentRange,
                    format!("{path}.percent"),
                    format!("percent must be between 0 and 100, not {}", pc.value),
                );
            }
            if let Some(total) = exact(f.count.as_ref())
                && let Some(sum) = exact_sum(f.parts.iter())
                && sum != total
            {
                self.push(
                    Code::FiguresDoNotAddUp,
                    format!("{path}.parts"),
                    format!(
                        "the parts add up to {sum}, but the figure states {total}; both are shown as stated"
                    ),
                );
            }
            for (j, p) in f.parts.iter().enumerate().rev() {
                stack.push((format!("{path}.parts[{j}]"), p, true));
            }
        }
    }

    /// The summary's language and its translations' languages.
    fn language(&mut self, path: impl FnOnce() -> String, tag: &str) {
        if !blank(tag) && !well_formed_language(tag) {
            self.push(
                Code::BadLanguage,
                path(),
                format!(
                    "`{}` is not a well-formed BCP 47 language tag; write one such as `en`, `cy` or `en-GB`",
                    show_hidden(&truncate(tag))
                ),
            );
        }
    }

    /// `stated-counts-differ`: each exact stated count against the computed one.
    fn stated_counts(&mut self, s: &Summary) {
        let Some(sc) = &s.stated_counts else { return };
        let wants = exact(sc.total.as_ref()).is_some()
            || sc
                .statuses
                .iter()
                .any(|x| x.status.is_some() && exact(Some(&x.count)).is_some());
        if !wants {
            return;
        }
        let view = match sc.date {
            Some(d) => s.as_of(d.last_day()),
            None => s.current(),
        };
        let counts = view.status_counts();
        let when = match sc.date {
            Some(d) => format!("as of {d}"),
            None => "as recorded".to_owned(),
        };
        if let Some(total) = exact(sc.total.as_ref())
            && usize::try_from(total).ok() != Some(counts.total)
        {
            self.push(
                Code::StatedCountsDiffer,
                "stated_counts.total",
                format!(
                    "the source gives a total of {total}, but the document has {} top-level actions {when}; both are shown as stated",
                    counts.total
                ),
            );
        }
        for (j, x) in sc.statuses.iter().enumerate() {
            if let (Some(status), Some(n)) = (x.status, exact(Some(&x.count)))
                && usize::try_from(n).ok() != Some(counts.get(Some(status)))
            {
                self.push(
                    Code::StatedCountsDiffer,
                    format!("stated_counts.statuses[{j}].count"),
                    format!(
                        "the source gives {n} as `{}`, but the document has {} top-level actions `{}` {when}; both are shown as stated",
                        status.as_str(),
                        counts.get(Some(status)),
                        status.as_str()
                    ),
                );
            }
        }
    }

    fn actor(&mut self, path: &str, p: &crate::actor::Actor, who: &str) {
        self.text(|| format!("{path}.name"), &p.name, &format!("{who}'s name"));
        self.opt_text(
            || format!("{path}.role"),
            p.role.as_deref(),
            &format!("{who}'s role"),
        );
        self.opt_text(
            || format!("{path}.organisation"),
            p.organisation.as_deref(),
            &format!("{who}'s organisation"),
        );
        self.opt_url(|| format!("{path}.url"), p.url.as_ref());
    }

    /// A purpose and its sub-points, depth first (an explicit stack: documents built in code
    /// may nest without limit).
    fn purpose(&mut self, path: &str, p: &Purpose) {
        let mut stack = vec![(path.to_owned(), p, 0usize)];
        while let Some((path, p, depth)) = stack.pop() {
            if depth > MAX_DEPTH {
                self.push(
                    Code::TooDeep,
                    path,
                    format!("purposes nest deeper than {MAX_DEPTH} levels; flatten them"),
                );
                continue;
            }
            self.opt_text(
                || format!("{path}.label"),
                p.label.as_deref(),
                "the purpose label",
            );
            self.text(|| format!("{path}.text"), &p.text, "the purpose");
            for (j, c) in p.points.iter().enumerate().rev() {
                stack.push((format!("{path}.points[{j}]"), c, depth + 1));
            }
        }
    }

    fn engagement(
        &mut self,
        i: usize,
        path: &str,
        e: &crate::engagement::Engagement,
        events: &Ids<'_>,
        groups: &Ids<'_>,
        group_index: &mut usize,
    ) {
        use crate::engagement::EngagementKind;
        let path = path.to_owned();
        self.id(events, &path, &e.id, i);
        self.text(|| format!("{path}.title"), &e.title, "the title");
        self.opt_text(|| format!("{path}.label"), e.label.as_deref(), "the label");
        // A reader expects a date for an event or a consultation (a close date alone will do);
        // periods, units and series are dated by what they hold.
        if matches!(e.kind, EngagementKind::Event | EngagementKind::Consultation)
            && e.date.is_none()
            && e.end_date.is_none()
        {
            self.push(
                Code::NoDate,
                path.clone(),
                format!(
                    "{} `{}` has no date; add one, even if only a month or a year",
                    e.kind.as_str(),
                    e.id
                ),
            );
        }
        if let (Some(a), Some(b)) = (e.date, e.end_date)
            && b.last_day() < a.first_day()
        {
            self.push(
                Code::DateOrder,
                format!("{path}.end_date"),
                format!("it ends ({b}) before it starts ({a})"),
            );
        }
        if let Some(p) = &e.place {
            self.opt_text(
                || format!("{path}.place.name"),
                p.name.as_deref(),
                "the place name",
            );
            self.opt_text(
                || format!("{path}.place.address"),
                p.address.as_deref(),
                "the address",
            );
            self.opt_url(|| format!("{path}.place.url"), p.url.as_ref());
        }
        for (j, h) in e.hosts.iter().enumerate() {
            self.actor(&format!("{path}.hosts[{j}]"), h, "the host");
        }
        self.texts(
            &format!("{path}.description"),
            &e.description,
            "the paragraph",
        );
        for (j, a) in e.attendance.iter().enumerate() {
            self.text(
                || format!("{path}.attendance[{j}].unit"),
                &a.unit,
                "the attendance unit",
            );
            self.opt_text(
                || format!("{path}.attendance[{j}].note"),
                a.note.as_deref(),
                "the attendance note",
            );
        }
        if let Some(o) = &e.organisations {
            for (j, org) in o.named.iter().enumerate() {
                let p = format!("{path}.organisations.named[{j}]");
                self.text(|| format!("{p}.name"), &org.name, "the organisation name");
                self.opt_url(|| format!("{p}.url"), org.url.as_ref());
            }
        }
        for (j, pr) in e.presentations.iter().enumerate() {
            let p = format!("{path}.presentations[{j}]");
            self.opt_text(
                || format!("{p}.speaker"),
                pr.speaker.as_deref(),
                "the speaker",
            );
            self.opt_text(
                || format!("{p}.organisation"),
                pr.organisation.as_deref(),
                "the speaker's organisation",
            );
            self.opt_text(
                || format!("{p}.title"),
                pr.title.as_deref(),
                "the presentation title",
            );
            self.texts(&format!("{p}.topics"), &pr.topics, "the topic");
        }
        self.texts(
            &format!("{path}.shared_topics"),
            &e.shared_topics,
            "the topic",
        );
        for (j, g) in e.groups.iter().enumerate() {
            let p = format!("{path}.groups[{j}]");
            self.id(groups, &p, &g.id, *group_index);
            *group_index += 1;
            self.text(|| format!("{p}.name"), &g.name, "the group name");
        }
        if let Some(r) = &e.received {
            self.figure(&format!("{path}.received"), r);
        }
        for (j, c) in e.channels.iter().enumerate() {
            self.figure(&format!("{path}.channels[{j}]"), c);
        }
        if let Some(r) = &e.received
            && let Some(total) = exact(r.count.as_ref())
            && e.channels.iter().all(|c| c.unit == r.unit)
            && let Some(sum) = exact_sum(e.channels.iter())
            && sum != total
        {
            self.push(
                Code::FiguresDoNotAddUp,
                format!("{path}.channels"),
                format!(
                    "the channels add up to {sum}, but {total} were received; both are shown as stated"
                ),
            );
        }
        for (j, f) in e.figures.iter().enumerate() {
            self.figure(&format!("{path}.figures[{j}]"), f);
        }
        if let Some(r) = &e.response {
            self.response(&format!("{path}.response"), r);
        }
        for (j, d) in e.decisions.iter().enumerate() {
            self.decision(&format!("{path}.decisions[{j}]"), d);
        }
    }

    fn suggestion(
        &mut self,
        path: &str,
        sg: &Suggestion,
        depth: usize,
        index: usize,
        refs: &SuggestionRefs<'_, '_>,
    ) {
        if depth > MAX_DEPTH {
            self.push(
                Code::TooDeep,
                path,
                format!("sub-points nest deeper than {MAX_DEPTH} levels; flatten them"),
            );
        }
        self.id(refs.ids, path, &sg.id, index);
        self.text(|| format!("{path}.text"), &sg.text, "the suggestion text");
        if let Some(q) = &sg.question {
            self.reference(refs.questions, || format!("{path}.question"), q);
        }
        for (j, e) in sg.engagements.iter().enumerate() {
            self.reference(refs.events, || format!("{path}.engagements[{j}]"), e);
        }
        for (j, t) in sg.themes.iter().enumerate() {
            self.reference(refs.themes, || format!("{path}.themes[{j}]"), t);
        }
        for (j, g) in sg.groups.iter().enumerate() {
            self.reference(refs.groups, || format!("{path}.groups[{j}]"), g);
        }
        if let Some(q) = &sg.quote {
            self.text(|| format!("{path}.quote.text"), &q.text, "the quote");
            self.opt_text(
                || format!("{path}.quote.attribution"),
                q.attribution.as_deref(),
                "the attribution",
            );
            if q.attribution.is_some() && q.consent != Consent::Given {
                self.push(
                    Code::ConsentRequired,
                    format!("{path}.quote.attribution"),
                    "a quote may name who said it only with consent given; remove the attribution or record consent",
                );
            }
        }
        if let Some(r) = &sg.response {
            self.response(&format!("{path}.response"), r);
        }
        for (j, f) in sg.figures.iter().enumerate() {
            self.figure(&format!("{path}.figures[{j}]"), f);
        }
        // A commitment is the body's own words listed among participants' points: nothing to
        // answer.
        if depth == 0
            && sg.kind != SuggestionKind::Commitment
            && !refs.answered.contains(sg.id.as_str())
        {
            self.push(
                Code::Unanswered,
                path,
                format!(
                    "suggestion `{}` has no response and no action answers it, itself or through its question, a theme or an engagement; add a response or an action",
                    sg.id
                ),
            );
        }
    }

    /// An action's fields up to its dependencies (which [`Validator::run`] checks next).
    fn action(
        &mut self,
        path: &str,
        a: &Action,
        depth: usize,
        refs: &SuggestionRefs<'_, '_>,
        outcomes: &Ids<'_>,
    ) {
        if depth > MAX_DEPTH {
            self.push(
                Code::TooDeep,
                path.to_owned(),
                format!("sub-actions nest deeper than {MAX_DEPTH} levels; flatten them"),
            );
        }
        self.text(|| format!("{path}.title"), &a.title, "the action title");
        self.texts(&format!("{path}.notes"), &a.notes, "the note");
        for (j, o) in a.owners.iter().enumerate() {
            self.actor(&format!("{path}.owners[{j}]"), o, "the owner");
        }
        for (j, e) in a.engagements.iter().enumerate() {
            self.reference(refs.events, || format!("{path}.engagements[{j}]"), e);
        }
        for (j, r) in a.responds_to.iter().enumerate() {
            if r.target().is_none() {
                let n = r.targets().count();
                let message = if n == 0 {
                    "the answer names nothing it answers; give one of `suggestion`, `question`, `theme` or `engagement`".to_owned()
                } else {
                    format!(
                        "the answer names {n} things it answers; give exactly one, in one answer each"
                    )
                };
                self.push(Code::BadAnswer, format!("{path}.responds_to[{j}]"), message);
            }
            if let Some(id) = &r.suggestion {
                self.reference(
                    refs.ids,
                    || format!("{path}.responds_to[{j}].suggestion"),
                    id,
                );
            }
            if let Some(id) = &r.question {
                self.reference(
                    refs.questions,
                    || format!("{path}.responds_to[{j}].question"),
                    id,
                );
            }
            if let Some(id) = &r.theme {
                self.reference(refs.themes, || format!("{path}.responds_to[{j}].theme"), id);
            }
            if let Some(id) = &r.engagement {
                self.reference(
                    refs.events,
                    || format!("{path}.responds_to[{j}].engagement"),
                    id,
                );
            }
            self.opt_text(
                || format!("{path}.responds_to[{j}].note"),
                r.note.as_deref(),
                "the note",
            );
        }
        for (j, o) in a.outcomes.iter().enumerate() {
            self.reference(outcomes, || format!("{path}.outcomes[{j}]"), o);
        }
        // An action answering a block (a question, a theme, a whole engagement) answers
        // something, and so does one that belongs to an engagement.
        if depth == 0
            && a.responds_to.is_empty()
            && a.engagements.is_empty()
            && a.outcomes.is_empty()
        {
            let mut any = false;
            a.walk(&mut |x, _| {
                any |= !x.responds_to.is_empty()
                    || !x.engagements.is_empty()
                    || !x.outcomes.is_empty();
            });
            if !any {
                self.push(
                    Code::AnswersNothing,
                    path.to_owned(),
                    format!(
                        "action `{}` answers nothing, belongs to no engagement and serves no plan outcome; link it with `responds_to`, `engagements` or `outcomes`",
                        a.id
                    ),
                );
            }
        }
        if let (Some(s), Some(c)) = (a.started, a.completed)
            && c.last_day() < s.first_day()
        {
            self.push(
                Code::DateOrder,
                format!("{path}.completed"),
                format!("the action is completed ({c}) before it started ({s})"),
            );
        }
        if a.declared_status() == Some(Status::Dropped)
            && a.status_reason.as_deref().is_none_or(blank)
        {
            self.push(
                Code::ReasonRequired,
                format!("{path}.status_reason"),
                "a dropped action must say why in `status_reason`",
            );
        } else {
            self.opt_text(
                || format!("{path}.status_reason"),
                a.status_reason.as_deref(),
                "the status reason",
            );
        }
        if let Some(w) = a.weight
            && !(w.is_finite() && w > 0.0)
        {
            self.push(
                Code::PercentRange,
                format!("{path}.weight"),
                format!("a weight must be a positive number, not {w}"),
            );
        }
        // Roll-up multiplies each sub-action's percent (up to 100) by its weight and adds them
        // up: the sum must stay a finite number.
        let mut sum = 0.0f64;
        for (j, c) in a.actions.iter().enumerate() {
            sum += c
                .weight
                .filter(|w| w.is_finite() && *w > 0.0)
                .unwrap_or(1.0);
            if !(sum * 100.0).is_finite() {
                self.push(
                    Code::PercentRange,
                    format!("{path}.actions[{j}].weight"),
                    format!(
                        "the weights of the sub-actions of `{}` add up to more than can be computed; use smaller weights (only their proportions count)",
                        truncate(a.id.as_str())
                    ),
                );
                break;
            }
        }
        for (j, b) in a.barriers.iter().enumerate() {
            self.text(
                || format!("{path}.barriers[{j}].text"),
                &b.text,
                "the barrier",
            );
            if let (Some(s), Some(r)) = (b.since, b.resolved)
                && r < s
            {
                self.push(
                    Code::DateOrder,
                    format!("{path}.barriers[{j}].resolved"),
                    format!("the barrier is resolved ({r}) before it was noted ({s})"),
                );
            }
        }
    }

    /// An action's fields after its dependencies: related work and the progress log.
    fn action_details(&mut self, path: &str, a: &Action) {
        for (j, r) in a.related.iter().enumerate() {
            let p = format!("{path}.related[{j}]");
            self.text(
                || format!("{p}.title"),
                &r.title,
                "the related work's title",
            );
            self.opt_text(|| format!("{p}.owner"), r.owner.as_deref(), "the owner");
            self.opt_url(|| format!("{p}.url"), r.url.as_ref());
            self.opt_text(|| format!("{p}.note"), r.note.as_deref(), "the note");
        }
        for (j, e) in a.progress.iter().enumerate() {
            let p = format!("{path}.progress[{j}]");
            if let Some(prev) = j.checked_sub(1).map(|k| &a.progress[k])
                && e.date.first_day() < prev.date.first_day()
            {
                self.push(
                    Code::DateOrder,
                    format!("{p}.date"),
                    format!(
                        "progress entries must be oldest first: {} comes after {}",
                        e.date, prev.date
                    ),
                );
            }
            self.opt_text(
                || format!("{p}.note"),
                e.note.as_deref(),
                "the progress note",
            );
            if let Some(pc) = e.percent
                && !(0.0..=100.0).contains(&pc)
            {
                self.push(
                    Code::PercentRange,
                    format!("{p}.percent"),
                    format!("percent must be between 0 and 100, not {pc}"),
                );
            }
            for (k, l) in e.evidence.iter().enumerate() {
                self.url(|| format!("{p}.evidence[{k}].url"), &l.url);
                self.opt_text(
                    || format!("{p}.evidence[{k}].title"),
                    l.title.as_deref(),
                    "the link title",
                );
            }
        }
    }
}

/// The value of a count stated exactly.
fn exact(c: Option<&Count>) -> Option<u64> {
    c.filter(|c| c.qualifier == Qualifier::Exactly)
        .map(|c| c.value)
}

/// The sum of figures' counts when there is at least one and every one is exact.
fn exact_sum<'a>(figures: impl Iterator<Item = &'a Figure>) -> Option<u64> {
    let mut sum = None::<u64>;
    for f in figures {
        let n = exact(f.count.as_ref())?;
        sum = Some(sum.unwrap_or(0).checked_add(n)?);
    }
    sum
}

/// A simple syntax check of a BCP 47 tag: a language of 2 or 3 letters, then any subtags
/// (script, region, variants, extensions) of 1 to 8 letters or digits, separated by `-`.
fn well_formed_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// What a suggestion's references are checked against.
struct SuggestionRefs<'i, 'a> {
    ids: &'i Ids<'a>,
    questions: &'i Ids<'a>,
    events: &'i Ids<'a>,
    themes: &'i Ids<'a>,
    groups: &'i Ids<'a>,
    answered: &'i IdSet<&'a str>,
}

/// The text with each invisible or direction-changing character written as `\u{202E}`, so
/// that a message quoting a link shows it as it is rather than as it pretends to be.
fn show_hidden(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if crate::link::hidden(c) {
            let _ = write!(out, "\\u{{{:04X}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 80 {
        let cut: String = s.chars().take(80).collect();
        format!("{cut}…")
    } else {
        s.to_owned()
    }
}

/// An item in a [`Tree`]: where it sits, so that its path can be written when needed. Indexes
/// are `u32` to keep a node at 24 bytes: a 100k-suggestion document has 180k of them. (A list
/// of more than 4 billion items cannot be loaded; a depth past that saturates, far beyond
/// [`MAX_DEPTH`].)
struct Node<'a, T> {
    item: &'a T,
    depth: u32,
    /// Its index in its parent's list (or the top-level list).
    position: u32,
    parent: Option<u32>,
}

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Nested items (suggestions and their sub-points, actions and their sub-actions) in document
/// order, parents before children. JSON paths are written on demand, one at a time, rather than
/// kept for every item: a 100k-suggestion document would hold tens of megabytes of them.
struct Tree<'a, T> {
    top: &'static str,
    child: &'static str,
    nodes: Vec<Node<'a, T>>,
}

impl<'a, T> Tree<'a, T> {
    fn new(
        top: &'static str,
        child: &'static str,
        roots: &'a [T],
        children: impl Fn(&'a T) -> &'a [T],
    ) -> Self {
        let mut nodes = Vec::with_capacity(roots.len());
        // (parent, position, item, depth); an explicit stack, as nesting is unbounded in code.
        let mut stack: Vec<(Option<u32>, u32, &'a T, u32)> = roots
            .iter()
            .enumerate()
            .rev()
            .map(|(i, r)| (None, small(i), r, 0))
            .collect();
        while let Some((parent, position, item, depth)) = stack.pop() {
            let index = small(nodes.len());
            nodes.push(Node {
                item,
                depth,
                parent,
                position,
            });
            for (j, c) in children(item).iter().enumerate().rev() {
                stack.push((Some(index), small(j), c, depth.saturating_add(1)));
            }
        }
        Tree { top, child, nodes }
    }

    /// The JSON path of the item at `index`: `suggestions[3].points[0].points[2]`.
    fn path(&self, index: usize) -> String {
        let mut positions = Vec::new();
        let mut at = Some(small(index));
        while let Some(i) = at {
            let node = &self.nodes[i as usize];
            positions.push(node.position);
            at = node.parent;
        }
        let mut out = String::new();
        for (k, p) in positions.iter().rev().enumerate() {
            let name = if k == 0 { self.top } else { self.child };
            if k > 0 {
                out.push('.');
            }
            // Writing to a String cannot fail.
            let _ = write!(out, "{name}[{p}]");
        }
        out
    }
}

/// Every engagement of a summary, nested ones included, depth first in document order, with
/// its path (`engagements[0].engagements[2]`).
fn engagement_paths(s: &Summary) -> Vec<(&crate::engagement::Engagement, String)> {
    let mut out = Vec::new();
    let mut stack: Vec<(&crate::engagement::Engagement, String)> = s
        .engagements
        .iter()
        .enumerate()
        .rev()
        .map(|(i, e)| (e, format!("engagements[{i}]")))
        .collect();
    while let Some((e, path)) = stack.pop() {
        stack.extend(
            e.engagements
                .iter()
                .enumerate()
                .rev()
                .map(|(j, c)| (c, format!("{path}.engagements[{j}]"))),
        );
        out.push((e, path));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{MAX_IDS_LISTED, MAX_PROBLEMS};
    use crate::{Action, Code, Severity, Status, Suggestion, Summary};

    fn cycles(s: &Summary) -> Vec<(String, String)> {
        s.validate()
            .problems
            .into_iter()
            .filter(|p| p.code == Code::DependencyCycle)
            .map(|p| (p.path, p.message))
            .collect()
    }

    #[test]
    fn a_sub_action_depending_on_an_action_it_is_part_of_is_a_loop() {
        let mut s = Summary::new("t");
        s.actions.push(
            Action::new("a1", "Parent")
                .sub_action(Action::new("a1.1", "Child").depends_on("a1"))
                .sub_action(
                    Action::new("a1.2", "Child")
                        .sub_action(Action::new("a1.2.1", "Grandchild").depends_on("a1")),
                ),
        );
        let found = cycles(&s);
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        // One loop (a1 and every action that depends on it from inside), on its last
        // dependency in document order.
        assert_eq!(paths, ["actions[0].actions[1].actions[0].depends_on[0]"]);
        assert_eq!(
            found[0].1,
            "sub-action `a1.2.1` depends on `a1`, which it is part of: an action is done only when its sub-actions are; remove this dependency (4 actions in all depend on each other through loops like this one)"
        );
    }

    #[test]
    fn a_parent_may_depend_on_its_own_sub_action() {
        let mut s = Summary::new("t");
        s.actions.push(
            Action::new("a1", "Parent")
                .depends_on("a1.1")
                .sub_action(Action::new("a1.1", "Child")),
        );
        assert_eq!(cycles(&s), []);
    }

    #[test]
    fn a_loop_through_a_sub_action_is_found() {
        // a1 is done only when a1.1 is, which waits for a2, which waits for a1.
        let mut s = Summary::new("t");
        s.actions.push(
            Action::new("a1", "One").sub_action(Action::new("a1.1", "Part").depends_on("a2")),
        );
        s.actions.push(Action::new("a2", "Two").depends_on("a1"));
        let found = cycles(&s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "actions[1].depends_on[0]");
        assert_eq!(
            found[0].1,
            "actions depend on each other in a loop: a1 → a1.1 → a2 → a1; remove one of these dependencies"
        );
    }

    #[test]
    fn a_long_loop_is_one_problem_naming_a_few_ids() {
        // 200,000 actions in one loop: iterative, so no stack overflow, and one short message.
        let n = 200_000;
        let mut s = Summary::new("t");
        for i in 0..n {
            s.actions
                .push(Action::new(format!("a{i}"), "x").depends_on(format!("a{}", (i + 1) % n)));
        }
        let found = cycles(&s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, format!("actions[{}].depends_on[0]", n - 1));
        let message = &found[0].1;
        assert!(message.len() < 200, "{message}");
        let more = format!("a6 → … ({} more) → a{} → a0;", n - MAX_IDS_LISTED, n - 1);
        assert!(message.contains(&more), "{message}");
        assert!(message.starts_with("actions depend on each other in a loop: a0 → a1 → "));
    }

    #[test]
    fn loops_and_self_dependencies_are_reported_once_each() {
        let mut s = Summary::new("t");
        // Two separate loops, one self-dependency (listed twice), and a chain into a loop.
        for (id, deps) in [
            ("a", &["b"][..]),
            ("b", &["a", "c"]),
            ("c", &["d"]),
            ("d", &["c"]),
            ("e", &["e", "e"]),
            ("f", &["a"]),
        ] {
            let mut a = Action::new(id, "x");
            for d in deps {
                a = a.depends_on(*d);
            }
            s.actions.push(a);
        }
        let found = cycles(&s);
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "actions[1].depends_on[0]",
                "actions[3].depends_on[0]",
                "actions[4].depends_on[1]"
            ]
        );
        assert_eq!(
            found[2].1,
            "action `e` depends on itself; remove this dependency"
        );
    }

    #[test]
    fn a_loop_is_named_rather_than_a_self_dependency_inside_it() {
        let mut s = Summary::new("t");
        s.actions.push(Action::new("a", "x").depends_on("b"));
        s.actions
            .push(Action::new("b", "x").depends_on("a").depends_on("b"));
        let found = cycles(&s);
        assert_eq!(
            found,
            [(
                "actions[1].depends_on[0]".to_owned(),
                "actions depend on each other in a loop: a → b → a; remove one of these dependencies"
                    .to_owned()
            )]
        );
    }

    #[test]
    fn a_report_lists_at_most_max_problems_errors_first() {
        let mut s = Summary::new("t");
        // A warning per action (it answers nothing), then more errors than a report holds.
        let n = MAX_PROBLEMS + 500;
        for i in 0..n {
            s.actions
                .push(Action::new(format!("a{i}"), "x").depends_on("nowhere"));
        }
        let report = s.validate();
        assert_eq!(report.problems.len(), MAX_PROBLEMS);
        assert!(
            report
                .problems
                .iter()
                .all(|p| p.severity == Severity::Error)
        );
        assert_eq!(report.omitted, 500 + n);
        assert!(!report.is_valid());
        let error = report.into_result().unwrap_err();
        assert_eq!(error.problems().len(), MAX_PROBLEMS);
        let more = format!("({} more problems not listed)", 500 + n);
        assert!(error.message().contains(&more), "{}", error.message());
    }

    #[test]
    fn weights_too_large_to_add_up_are_refused_and_roll_up_stays_finite() {
        let mut s = Summary::new("t");
        let big = |id: &str, status: Status, percent: f64| {
            let mut a = Action::new(id, "x").status(status).progress(
                crate::ProgressEntry::new(crate::Date::constant(2025, 1, 1)).percent(percent),
            );
            a.weight = Some(f64::MAX / 2.0);
            a
        };
        let first = big("a1.1", Status::Done, 100.0);
        // Both state a percent, so the mean of 100 and 0 is 50.
        let second = big("a1.2", Status::NotStarted, 0.0);
        s.actions.push(
            Action::new("a1", "Parent")
                .sub_action(first)
                .sub_action(second),
        );
        let found: Vec<(Code, String)> = s
            .validate()
            .problems
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| (p.code, p.path))
            .collect();
        assert_eq!(
            found,
            [(
                Code::PercentRange,
                "actions[0].actions[0].weight".to_owned()
            )]
        );
        let state = s
            .current()
            .action_states()
            .into_iter()
            .find(|a| a.id.as_str() == "a1")
            .expect("a1");
        assert_eq!(state.percent, Some(50.0));
    }

    #[test]
    fn language_tags_get_a_simple_syntax_check() {
        for good in [
            "en",
            "cy",
            "en-GB",
            "zh-Hant-TW",
            "sgn-BE-FR",
            "de-CH-1996",
            "x-abc",
        ] {
            let ok = super::well_formed_language(good);
            // A private-use tag alone (`x-…`) is not a language tag this check accepts.
            assert_eq!(ok, good != "x-abc", "{good}");
        }
        for bad in [
            "",
            "e",
            "english",
            "en_GB",
            "en-",
            "en--GB",
            "en-toolongsub",
            "é",
        ] {
            assert!(!super::well_formed_language(bad), "{bad}");
        }
    }

    #[test]
    fn infos_come_last_and_never_make_a_document_invalid() {
        use crate::{Count, Figure};
        let mut s = Summary::new("t");
        let part = Figure {
            count: Some(Count::exactly(3)),
            ..Figure::default()
        };
        let total = Figure {
            count: Some(Count::exactly(10)),
            parts: vec![part],
            ..Figure::default()
        };
        let mut q = crate::Question::new("q1", "Q?");
        q.figures.push(total);
        q.figures.push(Figure::default());
        s.questions.push(q);
        let report = s.validate();
        let found: Vec<(Severity, &str)> = report
            .problems
            .iter()
            .map(|p| (p.severity, p.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (Severity::Warning, "empty-figure"),
                (Severity::Info, "figures-do-not-add-up")
            ]
        );
        assert!(report.is_valid());
        assert_eq!(report.infos().count(), 1);
    }

    #[test]
    fn a_duplicate_names_where_the_id_was_first_used() {
        let mut s = Summary::new("t");
        s.suggestions.push(Suggestion::new("s1", "A"));
        s.suggestions.push(
            Suggestion::new("s2", "B")
                .point(Suggestion::new("s1", "C"))
                .point(Suggestion::new("s2", "D")),
        );
        s.suggestions.push(Suggestion::new("s1", "E"));
        s.actions.push(Action::new("a1", "Do").depends_on("a2"));
        let report = s.validate();
        let found: Vec<(&str, &str)> = report
            .problems
            .iter()
            .filter(|p| matches!(p.code, Code::DuplicateId | Code::DanglingReference))
            .map(|p| (p.path.as_str(), p.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "suggestions[1].points[0].id",
                    "suggestion ID `s1` is already used at suggestions[0]; IDs must be unique"
                ),
                (
                    "suggestions[1].points[1].id",
                    "suggestion ID `s2` is already used at suggestions[1]; IDs must be unique"
                ),
                (
                    "suggestions[2].id",
                    "suggestion ID `s1` is already used at suggestions[0]; IDs must be unique"
                ),
                (
                    "actions[0].depends_on[0]",
                    "there is no action with ID `a2`"
                ),
            ]
        );
    }
}
