//! Validation: every problem in a document at once, each with a stable code, a path and a
//! severity.
//!
//! [`Summary::validate`] never stops at the first problem. Errors make a document unfit to
//! publish; warnings point at gaps a reader would notice (a suggestion nobody answered).
//!
//! | code | severity | when |
//! |---|---|---|
//! | `duplicate-id` | error | two items of one kind share an ID (suggestions and sub-points are one kind; so are actions and sub-actions) |
//! | `dangling-reference` | error | a reference names no item of its kind |
//! | `dependency-cycle` | error | actions depend on each other in a loop (or on themselves) |
//! | `reason-required` | error | a `not_planned` response without a reason, a `referred` one without the body, a `dropped` action without a status reason |
//! | `date-order` | error | progress entries out of date order, an entry after completion, an end before a start |
//! | `percent-range` | error | a percent outside 0–100, or a weight that is not a positive number |
//! | `bad-link` | error | a link that is not http, https or mailto, or is malformed |
//! | `empty-text` | error | a required text (title, suggestion text, ID…) that is empty or blank |
//! | `consent-required` | error | an attributed quote without consent given |
//! | `too-deep` | error | sub-points or sub-actions nested deeper than [`MAX_DEPTH`] (documents built in code) |
//! | `unanswered` | warning | a top-level suggestion (not a commitment) with no response and no action answering it or any of its sub-points |
//! | `answers-nothing` | warning | a top-level action that answers no suggestion and serves no plan outcome |
//! | `no-date` | warning | an event without a date |

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::action::{Action, Status};
use crate::date::PartialDate;
use crate::link::Url;
use crate::suggestion::{Consent, Stance, Suggestion, SuggestionKind};
use crate::summary::{Purpose, Summary};

/// The deepest nesting of sub-points or sub-actions validation accepts (the loader's JSON depth
/// limit already keeps loaded documents below it).
pub const MAX_DEPTH: usize = 60;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document should not be published as it is.
    Error,
    /// Worth fixing; the document can still be published.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// The stable code of a validation problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// `unanswered`
    Unanswered,
    /// `answers-nothing`
    AnswersNothing,
    /// `no-date`
    NoDate,
}

impl Code {
    /// The stable string form (`dangling-reference`).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::DuplicateId => "duplicate-id",
            Code::DanglingReference => "dangling-reference",
            Code::DependencyCycle => "dependency-cycle",
            Code::ReasonRequired => "reason-required",
            Code::DateOrder => "date-order",
            Code::PercentRange => "percent-range",
            Code::BadLink => "bad-link",
            Code::EmptyText => "empty-text",
            Code::ConsentRequired => "consent-required",
            Code::TooDeep => "too-deep",
            Code::Unanswered => "unanswered",
            Code::AnswersNothing => "answers-nothing",
            Code::NoDate => "no-date",
        }
    }

    /// The severity every problem with this code has.
    pub fn severity(self) -> Severity {
        match self {
            Code::Unanswered | Code::AnswersNothing | Code::NoDate => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found by validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Every problem found in a document, errors first in document order, then warnings.
///
/// ```
/// # use yousaid::{Summary, Action};
/// let mut s = Summary::new("t");
/// s.actions.push(Action::new("a1", "Do it").depends_on("a9"));
/// let report = s.validate();
/// assert!(!report.is_valid());
/// assert_eq!(report.problems[0].code.as_str(), "dangling-reference");
/// assert_eq!(report.problems[0].path, "actions[0].depends_on[0]");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The problems.
    pub problems: Vec<Problem>,
}

impl Report {
    /// True when there are no errors (warnings allowed).
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
        Err(crate::Error::new(
            crate::ErrorKind::Invalid,
            format!(
                "the document has {n} validation error{}; first: {first}",
                if n == 1 { "" } else { "s" }
            ),
        )
        .with_problems(self.problems))
    }
}

impl Summary {
    /// Checks the whole document and reports every problem at once.
    pub fn validate(&self) -> Report {
        let mut v = Validator::default();
        v.run(self);
        let mut problems = v.problems;
        // Stable: errors before warnings, document order within each.
        problems.sort_by_key(|p| p.severity);
        Report { problems }
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

impl Validator {
    fn push(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            severity: code.severity(),
            code,
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: impl FnOnce() -> String, value: &str, what: &str) {
        if blank(value) {
            self.push(
                Code::EmptyText,
                path(),
                format!("{what} is empty; write it or remove the item"),
            );
        }
    }

    fn opt_text(&mut self, path: impl FnOnce() -> String, value: Option<&str>, what: &str) {
        if let Some(v) = value {
            self.text(path, v, what);
        }
    }

    fn url(&mut self, path: impl FnOnce() -> String, url: &Url) {
        if let Err(why) = url.check() {
            self.push(
                Code::BadLink,
                path(),
                format!("`{}`: {why}", truncate(url.as_str())),
            );
        }
    }

    fn ids<'a>(
        &mut self,
        kind: &str,
        items: impl Iterator<Item = (String, &'a str)>,
    ) -> HashSet<&'a str> {
        let mut seen: HashMap<&'a str, String> = HashMap::new();
        for (path, id) in items {
            if blank(id) {
                self.push(
                    Code::EmptyText,
                    format!("{path}.id"),
                    format!("the {kind} ID is empty"),
                );
                continue;
            }
            if let Some(first) = seen.get(id) {
                let msg =
                    format!("{kind} ID `{id}` is already used at {first}; IDs must be unique");
                self.push(Code::DuplicateId, format!("{path}.id"), msg);
            } else {
                seen.insert(id, path);
            }
        }
        seen.into_keys().collect()
    }

    fn reference(
        &mut self,
        known: &HashSet<&str>,
        kind: &str,
        path: impl FnOnce() -> String,
        id: &str,
    ) {
        if !known.contains(id) {
            self.push(
                Code::DanglingReference,
                path(),
                format!("there is no {kind} with ID `{id}`"),
            );
        }
    }

    fn run(&mut self, s: &Summary) {
        self.text(|| "title".into(), &s.title, "the title");
        if let Some(o) = &s.owner {
            self.text(|| "owner.name".into(), &o.name, "the owner's name");
        }
        for (i, p) in s.introduction.iter().enumerate() {
            self.text(|| format!("introduction[{i}]"), p, "the paragraph");
        }
        for (i, list) in s.purposes.iter().enumerate() {
            for (j, p) in list.points.iter().enumerate() {
                self.purpose(&format!("purposes[{i}].points[{j}]"), p, 0);
            }
        }
        if let Some(plan) = &s.plan {
            self.text(|| "plan.title".into(), &plan.title, "the plan title");
            if let Some(u) = &plan.url {
                self.url(|| "plan.url".into(), u);
            }
        }
        if let Some(c) = &s.closing {
            for (i, p) in c.paragraphs.iter().enumerate() {
                self.text(|| format!("closing.paragraphs[{i}]"), p, "the paragraph");
            }
        }
        for (i, r) in s.revisions.iter().enumerate() {
            if let Some(prev) = i.checked_sub(1).map(|j| &s.revisions[j])
                && r.date < prev.date
            {
                self.push(
                    Code::DateOrder,
                    format!("revisions[{i}].date"),
                    "revisions must be listed oldest first",
                );
            }
            if let Some(p) = s.published
                && r.date > p
            {
                self.push(
                    Code::DateOrder,
                    format!("revisions[{i}].date"),
                    "a revision is dated after the summary's `published` date",
                );
            }
        }

        // IDs per kind.
        let outcomes = self.ids(
            "outcome",
            s.plan
                .iter()
                .flat_map(|p| p.outcomes.iter().enumerate())
                .map(|(i, o)| (format!("plan.outcomes[{i}]"), o.id.as_str())),
        );
        let events = self.ids(
            "event",
            s.events
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("events[{i}]"), e.id.as_str())),
        );
        let groups = self.ids(
            "group",
            s.events.iter().enumerate().flat_map(|(i, e)| {
                e.groups
                    .iter()
                    .enumerate()
                    .map(move |(j, g)| (format!("events[{i}].groups[{j}]"), g.id.as_str()))
            }),
        );
        let questions = self.ids(
            "question",
            s.questions
                .iter()
                .enumerate()
                .map(|(i, q)| (format!("questions[{i}]"), q.id.as_str())),
        );
        let themes = self.ids(
            "theme",
            s.themes
                .iter()
                .enumerate()
                .map(|(i, t)| (format!("themes[{i}]"), t.id.as_str())),
        );
        let suggestion_paths = suggestion_paths(&s.suggestions);
        let suggestions = self.ids(
            "suggestion",
            suggestion_paths
                .iter()
                .map(|(p, sg, _)| (p.clone(), sg.id.as_str())),
        );
        let action_paths = action_paths(&s.actions);
        let actions = self.ids(
            "action",
            action_paths
                .iter()
                .map(|(p, a, _)| (p.clone(), a.id.as_str())),
        );

        // Events.
        for (i, e) in s.events.iter().enumerate() {
            self.text(|| format!("events[{i}].title"), &e.title, "the event title");
            if e.date.is_none() {
                self.push(
                    Code::NoDate,
                    format!("events[{i}]"),
                    format!(
                        "event `{}` has no date; add one, even if only a month or a year",
                        e.id
                    ),
                );
            }
            if let (Some(a), Some(b)) = (e.date, e.end_date)
                && b.last_day() < a.first_day()
            {
                self.push(
                    Code::DateOrder,
                    format!("events[{i}].end_date"),
                    "the event ends before it starts",
                );
            }
            if let Some(p) = &e.place
                && let Some(u) = &p.url
            {
                self.url(|| format!("events[{i}].place.url"), u);
            }
            for (j, a) in e.attendance.iter().enumerate() {
                self.text(
                    || format!("events[{i}].attendance[{j}].unit"),
                    &a.unit,
                    "the attendance unit",
                );
            }
            if let Some(o) = &e.organisations {
                for (j, org) in o.named.iter().enumerate() {
                    self.text(
                        || format!("events[{i}].organisations.named[{j}].name"),
                        &org.name,
                        "the organisation name",
                    );
                    if let Some(u) = &org.url {
                        self.url(|| format!("events[{i}].organisations.named[{j}].url"), u);
                    }
                }
            }
            for (j, g) in e.groups.iter().enumerate() {
                self.text(
                    || format!("events[{i}].groups[{j}].name"),
                    &g.name,
                    "the group name",
                );
            }
        }
        for (i, q) in s.questions.iter().enumerate() {
            self.text(|| format!("questions[{i}].text"), &q.text, "the question");
            for (j, e) in q.events.iter().enumerate() {
                self.reference(
                    &events,
                    "event",
                    || format!("questions[{i}].events[{j}]"),
                    e,
                );
            }
        }
        for (i, t) in s.themes.iter().enumerate() {
            self.text(|| format!("themes[{i}].name"), &t.name, "the theme name");
        }

        // Which suggestions are answered by some action (directly).
        let mut answered: HashSet<&str> = HashSet::new();
        for (_, a, _) in &action_paths {
            for r in &a.responds_to {
                answered.insert(r.suggestion.as_str());
            }
        }

        // Suggestions.
        for (path, sg, depth) in &suggestion_paths {
            if *depth > MAX_DEPTH {
                self.push(
                    Code::TooDeep,
                    path.clone(),
                    format!("sub-points nest deeper than {MAX_DEPTH} levels"),
                );
            }
            self.text(|| format!("{path}.text"), &sg.text, "the suggestion text");
            if let Some(q) = &sg.question {
                self.reference(&questions, "question", || format!("{path}.question"), q);
            }
            if let Some(e) = &sg.event {
                self.reference(&events, "event", || format!("{path}.event"), e);
            }
            for (j, t) in sg.themes.iter().enumerate() {
                self.reference(&themes, "theme", || format!("{path}.themes[{j}]"), t);
            }
            for (j, g) in sg.groups.iter().enumerate() {
                self.reference(&groups, "group", || format!("{path}.groups[{j}]"), g);
            }
            if let Some(q) = &sg.quote {
                self.text(|| format!("{path}.quote.text"), &q.text, "the quote");
                if q.attribution.is_some() && q.consent != Consent::Given {
                    self.push(Code::ConsentRequired, format!("{path}.quote.attribution"), "a quote may name who said it only with consent given; remove the attribution or record consent");
                }
            }
            if let Some(r) = &sg.response {
                self.opt_text(
                    || format!("{path}.response.text"),
                    r.text.as_deref(),
                    "the response text",
                );
                match r.stance {
                    Stance::NotPlanned if r.reason.as_deref().is_none_or(blank) => {
                        self.push(
                            Code::ReasonRequired,
                            format!("{path}.response.reason"),
                            "a `not_planned` response must say why in `reason`",
                        );
                    }
                    Stance::Referred if r.referred_to.as_deref().is_none_or(blank) => {
                        self.push(
                            Code::ReasonRequired,
                            format!("{path}.response.referred_to"),
                            "a `referred` response must name the body in `referred_to`",
                        );
                    }
                    _ => {}
                }
            }
            // A commitment is the body's own words listed among participants' points: nothing to answer.
            if *depth == 0 && sg.response.is_none() && sg.kind != SuggestionKind::Commitment {
                let mut any = false;
                sg.walk(&mut |p, _| {
                    any |= answered.contains(p.id.as_str()) || (p.response.is_some())
                });
                if !any {
                    self.push(
                        Code::Unanswered,
                        path.clone(),
                        format!(
                            "suggestion `{}` has no response and no action answers it",
                            sg.id
                        ),
                    );
                }
            }
        }

        // Actions.
        for (path, a, depth) in &action_paths {
            self.action(path, a, *depth, &suggestions, &outcomes, &actions);
        }
        self.cycles(&action_paths);
    }

    fn purpose(&mut self, path: &str, p: &Purpose, depth: usize) {
        self.text(|| format!("{path}.text"), &p.text, "the purpose");
        if depth >= MAX_DEPTH {
            self.push(
                Code::TooDeep,
                path.to_owned(),
                format!("purposes nest deeper than {MAX_DEPTH} levels"),
            );
            return;
        }
        for (j, c) in p.points.iter().enumerate() {
            self.purpose(&format!("{path}.points[{j}]"), c, depth + 1);
        }
    }

    fn action(
        &mut self,
        path: &str,
        a: &Action,
        depth: usize,
        suggestions: &HashSet<&str>,
        outcomes: &HashSet<&str>,
        actions: &HashSet<&str>,
    ) {
        if depth > MAX_DEPTH {
            self.push(
                Code::TooDeep,
                path.to_owned(),
                format!("sub-actions nest deeper than {MAX_DEPTH} levels"),
            );
        }
        self.text(|| format!("{path}.title"), &a.title, "the action title");
        self.opt_text(|| format!("{path}.owner"), a.owner.as_deref(), "the owner");
        for (j, r) in a.responds_to.iter().enumerate() {
            self.reference(
                suggestions,
                "suggestion",
                || format!("{path}.responds_to[{j}].suggestion"),
                &r.suggestion,
            );
        }
        for (j, o) in a.outcomes.iter().enumerate() {
            self.reference(
                outcomes,
                "plan outcome",
                || format!("{path}.outcomes[{j}]"),
                o,
            );
        }
        for (j, d) in a.depends_on.iter().enumerate() {
            self.reference(actions, "action", || format!("{path}.depends_on[{j}]"), d);
        }
        if depth == 0 && a.responds_to.is_empty() && a.outcomes.is_empty() {
            let mut any = false;
            a.walk(&mut |x, _| any |= !x.responds_to.is_empty() || !x.outcomes.is_empty());
            if !any {
                self.push(
                    Code::AnswersNothing,
                    path.to_owned(),
                    format!(
                        "action `{}` answers no suggestion and serves no plan outcome",
                        a.id
                    ),
                );
            }
        }
        if a.declared_status() == Status::Dropped && a.status_reason.as_deref().is_none_or(blank) {
            self.push(
                Code::ReasonRequired,
                format!("{path}.status_reason"),
                "a dropped action must say why in `status_reason`",
            );
        }
        if let Some(w) = a.weight
            && !(w.is_finite() && w > 0.0)
        {
            self.push(
                Code::PercentRange,
                format!("{path}.weight"),
                "a weight must be a positive number",
            );
        }
        if let (Some(s), Some(c)) = (a.started, a.completed)
            && c.last_day() < s.first_day()
        {
            self.push(
                Code::DateOrder,
                format!("{path}.completed"),
                "the action is completed before it started",
            );
        }
        let completed: Option<PartialDate> = a.completed;
        for (j, e) in a.progress.iter().enumerate() {
            let p = format!("{path}.progress[{j}]");
            if let Some(prev) = j.checked_sub(1).map(|k| &a.progress[k])
                && e.date < prev.date
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
            if let Some(c) = completed
                && e.date > c.last_day()
            {
                self.push(
                    Code::DateOrder,
                    format!("{p}.date"),
                    format!(
                        "progress entry dated {} is after the action was completed ({c})",
                        e.date
                    ),
                );
            }
            if let Some(pc) = e.percent
                && !(0.0..=100.0).contains(&pc)
            {
                self.push(
                    Code::PercentRange,
                    format!("{p}.percent"),
                    format!("percent must be between 0 and 100, not {pc}"),
                );
            }
            self.opt_text(
                || format!("{p}.note"),
                e.note.as_deref(),
                "the progress note",
            );
            for (k, l) in e.evidence.iter().enumerate() {
                self.url(|| format!("{p}.evidence[{k}].url"), &l.url);
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
                    "the barrier is resolved before it was noted",
                );
            }
        }
        for (j, r) in a.related.iter().enumerate() {
            self.text(
                || format!("{path}.related[{j}].title"),
                &r.title,
                "the related work's title",
            );
            if let Some(u) = &r.url {
                self.url(|| format!("{path}.related[{j}].url"), u);
            }
        }
    }

    /// Reports each dependency cycle once, at the first action of the cycle in document order.
    fn cycles(&mut self, actions: &[(String, &Action, usize)]) {
        let index: HashMap<&str, usize> = actions
            .iter()
            .enumerate()
            .map(|(i, (_, a, _))| (a.id.as_str(), i))
            .collect();
        // Iterative three-colour depth-first search.
        let mut colour = vec![0u8; actions.len()]; // 0 new, 1 on stack, 2 done
        for start in 0..actions.len() {
            if colour[start] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            colour[start] = 1;
            while let Some(&(node, next)) = stack.last() {
                let deps = &actions[node].1.depends_on;
                if next < deps.len() {
                    let dep = &deps[next];
                    if let Some(top) = stack.last_mut() {
                        top.1 += 1;
                    }
                    let Some(&d) = index.get(dep.as_str()) else {
                        continue;
                    };
                    match colour[d] {
                        0 => {
                            colour[d] = 1;
                            stack.push((d, 0));
                        }
                        1 => {
                            let pos = stack.iter().position(|(n, _)| *n == d).unwrap_or(0);
                            let ids: Vec<&str> = stack[pos..]
                                .iter()
                                .map(|(n, _)| actions[*n].1.id.as_str())
                                .chain(std::iter::once(actions[d].1.id.as_str()))
                                .collect();
                            let (p, j) = (&actions[node].0, next);
                            self.push(
                                Code::DependencyCycle,
                                format!("{p}.depends_on[{j}]"),
                                format!(
                                    "actions depend on each other in a loop: {}",
                                    ids.join(" → ")
                                ),
                            );
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 80 {
        let cut: String = s.chars().take(80).collect();
        format!("{cut}…")
    } else {
        s.to_owned()
    }
}

/// Every suggestion with its JSON path and depth, in document order.
fn suggestion_paths(top: &[Suggestion]) -> Vec<(String, &Suggestion, usize)> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &Suggestion, usize)> = top
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (format!("suggestions[{i}]"), s, 0))
        .collect();
    while let Some((path, s, depth)) = stack.pop() {
        for (j, c) in s.points.iter().enumerate().rev() {
            stack.push((format!("{path}.points[{j}]"), c, depth + 1));
        }
        out.push((path, s, depth));
    }
    out
}

/// Every action with its JSON path and depth, in document order.
fn action_paths(top: &[Action]) -> Vec<(String, &Action, usize)> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &Action, usize)> = top
        .iter()
        .enumerate()
        .rev()
        .map(|(i, a)| (format!("actions[{i}]"), a, 0))
        .collect();
    while let Some((path, a, depth)) = stack.pop() {
        for (j, c) in a.actions.iter().enumerate().rev() {
            stack.push((format!("{path}.actions[{j}]"), c, depth + 1));
        }
        out.push((path, a, depth));
    }
    out
}
