//! The render context as template objects that make each item when a template reaches it.
//!
//! A template sees exactly the context documented in [`context`](super::context), field for
//! field. The parts that stay small (the summary's head, events, heading levels) are converted
//! once; the lists that grow with the document — points, pairs, actions, tracker rows — are
//! objects that make each item when the template reads it, and a point makes each of its
//! fields only when asked. So a render never holds the whole context at once, and the work is
//! proportional to what the template shows: the full view reads a point's text and who raised
//! it, not its response or answering actions, so those are never made for it.
//!
//! All objects share one [`Prepared`]: the summary (behind an [`Arc`], so that the objects
//! can outlive the call that made them, as the template engine requires) and the look-ups of
//! [`Index`] that borrow from it.

use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use minijinja::value::{Enumerator, Object, ObjectRepr, Serde, Value};
use serde::Serialize;

use super::context::{
    self, DateView, HeadingLevels, Index, Needs, StanceView, TrackerView, count_text, event_view,
};
use crate::action::Action;
use crate::suggestion::Stance;
use crate::{AsOf, Summary};

/// Everything the objects of one render share.
pub(super) struct Prepared(Cell);

self_cell::self_cell!(
    struct Cell {
        owner: Arc<Summary>,
        #[covariant]
        dependent: Tables,
    }
);

/// The look-ups, and every point and action numbered so that an object can name one with an
/// integer.
struct Tables<'a> {
    ix: Index<'a>,
    needs: Needs,
    /// For each of the points numbered in document order by
    /// [`Tracking::points`](super::tracking::Tracking::points), where its sub-points' numbers
    /// start in `point_children`: those of point `n` are `point_children[starts[n]..starts[n + 1]]`.
    child_starts: Vec<u32>,
    /// The numbers of every point's sub-points, grouped by parent.
    point_children: Vec<u32>,
    /// For each question, the numbers of its top-level points.
    by_question: Vec<Vec<u32>>,
    /// The numbers of the top-level points with no (known) question.
    other_points: Vec<u32>,
    /// Every action and sub-action, numbered like the points.
    actions: Vec<&'a Action>,
    /// For each entry of `actions`, the numbers of its sub-actions.
    action_children: Vec<Range<u32>>,
    /// The pairs of the tracking figures that are shown.
    pairs: Vec<u32>,
    /// For each action in [`Summary::all_actions`] order, its fields as a pair lists it,
    /// made when a pair first shows it: an action answers many suggestions.
    action_refs: Vec<OnceLock<Arc<ActionRefFields>>>,
    /// Each of [`Stance::ALL`] as a response shows it.
    stances: Vec<Value>,
}

/// Numbers the items of a tree: the items of `list` get consecutive numbers, then each
/// item's children, recursively. Returns the numbers given to `list`.
fn number<'a, T>(
    list: &'a [T],
    children_of: fn(&'a T) -> &'a [T],
    items: &mut Vec<&'a T>,
    children: &mut Vec<Range<u32>>,
) -> Range<u32> {
    let start = items.len();
    items.extend(list);
    let end = items.len();
    children.resize(end, 0..0);
    for (k, item) in list.iter().enumerate() {
        let kids = children_of(item);
        if !kids.is_empty() {
            children[start + k] = number(kids, children_of, items, children);
        }
    }
    index(start)..index(end)
}

/// A position in the tables. Documents are limited to far fewer than 2³² items.
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl<'a> Tables<'a> {
    fn new(summary: &'a Summary, view: AsOf<'a>, needs: Needs) -> Self {
        let ix = Index::new(summary, view, needs);
        let full = matches!(needs, Needs::Everything | Needs::Full);
        let (mut child_starts, mut point_children) = (Vec::new(), Vec::new());
        let (mut by_question, mut other_points) = (Vec::new(), Vec::new());
        let (mut actions, mut action_children) = (Vec::new(), Vec::new());
        if full {
            let points = &ix.tracking.points;
            // Counting sort of the points by parent: parents come before their children, so
            // each parent's children stay in document order.
            child_starts = vec![0u32; points.len() + 1];
            for p in points {
                if let Some(parent) = p.parent {
                    child_starts[parent + 1] += 1;
                }
            }
            for n in 1..child_starts.len() {
                child_starts[n] += child_starts[n - 1];
            }
            let mut fill: Vec<u32> = child_starts.clone();
            point_children = vec![0u32; points.len()];
            let questions: crate::id_map::IdMap<&str, usize> = summary
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| (q.id.as_str(), i))
                .collect();
            by_question = vec![Vec::new(); summary.questions.len()];
            for (n, p) in points.iter().enumerate() {
                match p.parent {
                    Some(parent) => {
                        point_children[fill[parent] as usize] = index(n);
                        fill[parent] += 1;
                    }
                    None => match p
                        .suggestion
                        .question
                        .as_deref()
                        .and_then(|q| questions.get(q))
                    {
                        Some(&q) => by_question[q].push(index(n)),
                        None => other_points.push(index(n)),
                    },
                }
            }
            point_children.truncate(fill.last().map_or(0, |&f| f as usize));
            number(
                &summary.actions,
                |a| a.actions.as_slice(),
                &mut actions,
                &mut action_children,
            );
        }
        let (pairs, action_refs) = if needs == Needs::Tracker {
            (Vec::new(), Vec::new())
        } else {
            (
                (0..ix.tracking.pairs.len())
                    .filter(|&i| ix.pair_shown(i))
                    .map(index)
                    .collect(),
                (0..summary.all_actions().count())
                    .map(|_| OnceLock::new())
                    .collect(),
            )
        };
        let stances = Stance::ALL
            .iter()
            .map(|&s| plain(&StanceView::from(s)))
            .collect();
        Tables {
            ix,
            needs,
            child_starts,
            point_children,
            by_question,
            other_points,
            actions,
            action_children,
            pairs,
            action_refs,
            stances,
        }
    }
}

impl Tables<'_> {
    /// The numbers of the sub-points of point `n`.
    fn children_of(&self, n: u32) -> &[u32] {
        let n = n as usize;
        match (self.child_starts.get(n), self.child_starts.get(n + 1)) {
            (Some(&start), Some(&end)) => self
                .point_children
                .get(start as usize..end as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl Prepared {
    /// Works out the look-ups for rendering `summary` as of `as_of` (or as last recorded).
    pub(super) fn new(summary: Arc<Summary>, as_of: Option<crate::Date>, needs: Needs) -> Self {
        Prepared(Cell::new(summary, |s| {
            let view = match as_of {
                Some(d) => s.as_of(d),
                None => s.current(),
            };
            Tables::new(s, view, needs)
        }))
    }

    fn summary(&self) -> &Summary {
        self.0.borrow_owner()
    }

    fn tables(&self) -> &Tables<'_> {
        self.0.borrow_dependent()
    }
}

/// The field `key` of converted plain data, if it has one.
fn field(data: &Value, key: &str) -> Option<Value> {
    data.get_attr(key).ok().filter(|v| !v.is_undefined())
}

/// Converts plain data to a template value.
fn plain<T: Serialize>(data: &T) -> Value {
    Value::from(Serde(data))
}

/// The root of the context.
pub(super) struct Root {
    data: Arc<Prepared>,
    frame: context::Frame,
    /// The parts that stay small, converted once: `level`, `as_of`, `summary`, `events`.
    level: Value,
    as_of: Value,
    summary: Value,
    events: Value,
}

const ROOT_KEYS: &[&str] = &[
    "view",
    "format",
    "layout",
    "lang",
    "dir",
    "level",
    "as_of",
    "summary",
    "events",
    "questions",
    "other_points",
    "pairs",
    "actions",
    "tracker",
];

impl Root {
    /// The context for a render.
    pub(super) fn value(data: Arc<Prepared>, frame: context::Frame) -> Value {
        let t = data.tables();
        let s = data.summary();
        let level = plain(&HeadingLevels::starting_at(frame.first_heading));
        let as_of = plain(&t.ix.tracking.date.map(DateView::day));
        let summary = plain(&context::summary_view(s));
        let events = plain(&s.events.iter().map(event_view).collect::<Vec<_>>());
        Value::from_object(Root {
            data,
            frame,
            level,
            as_of,
            summary,
            events,
        })
    }
}

impl fmt::Debug for Root {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context").finish_non_exhaustive()
    }
}

impl Object for Root {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let t = self.data.tables();
        let full = matches!(t.needs, Needs::Everything | Needs::Full);
        let list = |which: List| Value::from_object(ItemList::new(&self.data, which));
        Some(match key {
            "view" => Value::from(self.frame.view),
            "format" => Value::from(self.frame.format),
            "layout" => Value::from(self.frame.layout),
            "lang" => Value::from(context::language(self.data.summary())),
            "dir" => Value::from(context::direction(context::language(self.data.summary()))),
            "level" => self.level.clone(),
            "as_of" => self.as_of.clone(),
            "summary" => self.summary.clone(),
            "events" => self.events.clone(),
            "questions" => Value::from_iter((0..t.by_question.len()).map(|q| {
                Value::from_object(Question {
                    data: Arc::clone(&self.data),
                    index: q,
                })
            })),
            "other_points" if full => list(List::OtherPoints),
            "pairs" => list(List::Pairs),
            "actions" if full => list(List::ActionChildren(top_level(
                self.data.summary().actions.len(),
            ))),
            "tracker" if matches!(t.needs, Needs::Everything | Needs::Tracker) => {
                Value::from_object(Tracker {
                    data: Arc::clone(&self.data),
                    figures: plain(&t.ix.tracker_figures()),
                })
            }
            "other_points" | "actions" => Value::from(Vec::<Value>::new()),
            "tracker" => plain(&TrackerView::empty()),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(ROOT_KEYS)
    }
}

/// The numbers of the top-level items of a tree: they come first.
fn top_level(len: usize) -> Range<u32> {
    0..index(len)
}

/// Which list an [`ItemList`] is.
#[derive(Debug, Clone)]
enum List {
    /// The top-level points made on a question.
    QuestionPoints(usize),
    /// The top-level points with no question.
    OtherPoints,
    /// The sub-points of a point, by its number.
    PointChildren(u32),
    /// Actions by number: the top-level actions, or the sub-actions of an action.
    ActionChildren(Range<u32>),
    /// The "you said, we did" pairs.
    Pairs,
    /// The rows of the tracker.
    TrackerRows,
}

/// A list whose items are made when read.
struct ItemList {
    data: Arc<Prepared>,
    which: List,
    len: usize,
}

impl ItemList {
    fn new(data: &Arc<Prepared>, which: List) -> Self {
        let t = data.tables();
        let len = match &which {
            List::QuestionPoints(q) => t.by_question.get(*q).map_or(0, Vec::len),
            List::OtherPoints => t.other_points.len(),
            List::PointChildren(n) => t.children_of(*n).len(),
            List::ActionChildren(r) => r.len(),
            List::Pairs => t.pairs.len(),
            List::TrackerRows => t.ix.tracking.states().len(),
        };
        ItemList {
            data: Arc::clone(data),
            which,
            len,
        }
    }

    fn item(&self, i: usize) -> Option<Value> {
        let t = self.data.tables();
        let data = || Arc::clone(&self.data);
        let nth = |r: &Range<u32>| (i < r.len()).then(|| r.start as usize + i);
        Some(match &self.which {
            List::QuestionPoints(q) => Point::value(data(), *t.by_question.get(*q)?.get(i)?),
            List::OtherPoints => Point::value(data(), *t.other_points.get(i)?),
            List::PointChildren(n) => Point::value(data(), *t.children_of(*n).get(i)?),
            List::ActionChildren(r) => {
                ActionItem::value(data(), ActionSource::Tree(index(nth(r)?)))?
            }
            List::Pairs => PairItem::value(data(), *t.pairs.get(i)?)?,
            List::TrackerRows => Value::from_object(Row {
                depth: t.ix.tracker_row(i)?.0,
                action: ActionItem::value(data(), ActionSource::Row(i))?,
            }),
        })
    }
}

impl fmt::Debug for ItemList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("which", &self.which)
            .field("len", &self.len)
            .finish()
    }
}

impl Object for ItemList {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.item(key.as_usize()?)
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.len)
    }

    fn enumerator_len(self: &Arc<Self>) -> Option<usize> {
        Some(self.len)
    }
}

/// A question with its points ([`QuestionView`](super::context::QuestionView)).
struct Question {
    data: Arc<Prepared>,
    index: usize,
}

const QUESTION_KEYS: &[&str] = &["id", "text", "points"];

impl fmt::Debug for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Question")
            .field("index", &self.index)
            .finish()
    }
}

impl Object for Question {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let q = self.data.summary().questions.get(self.index)?;
        Some(match key {
            "id" => Value::from(q.id.as_str()),
            "text" => Value::from(q.text.as_str()),
            "points" => {
                Value::from_object(ItemList::new(&self.data, List::QuestionPoints(self.index)))
            }
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(QUESTION_KEYS)
    }
}

/// A point ([`PointView`](super::context::PointView)), each field made when read.
struct Point {
    data: Arc<Prepared>,
    number: u32,
}

const POINT_KEYS: &[&str] = &[
    "id",
    "text",
    "kind",
    "themes",
    "groups",
    "raised_by",
    "mentions",
    "quote",
    "response",
    "actions",
    "points",
];

impl Point {
    fn value(data: Arc<Prepared>, number: u32) -> Value {
        Value::from_object(Point { data, number })
    }
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Point")
            .field("number", &self.number)
            .finish()
    }
}

impl Object for Point {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let t = self.data.tables();
        let s = t.ix.tracking.points.get(self.number as usize)?.suggestion;
        Some(match key {
            "id" => Value::from(s.id.as_str()),
            "text" => Value::from(s.text.as_str()),
            "kind" => Value::from(s.kind.as_str()),
            "themes" => plain(&t.ix.themes(s)),
            "groups" => plain(&t.ix.groups(s)),
            "raised_by" => Value::from(t.ix.tracking.raised_by(self.number as usize)),
            "mentions" => Value::from(s.mentions.as_ref().map(count_text)),
            "quote" => plain(&Index::quote(s)),
            "response" => plain(&Index::response(s)),
            "actions" => plain(&t.ix.answering(&s.id)),
            "points" => {
                Value::from_object(ItemList::new(&self.data, List::PointChildren(self.number)))
            }
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(POINT_KEYS)
    }
}

/// An action ([`ActionView`](super::context::ActionView)): most of its fields made at once
/// when the item is made; its `updates` (which the built-in views do not show) and
/// sub-actions when read.
struct ActionItem {
    data: Arc<Prepared>,
    source: ActionSource,
    /// The action's own fields, without updates and sub-actions.
    fields: Value,
}

/// Where an [`ActionItem`]'s action is.
#[derive(Debug, Clone, Copy)]
enum ActionSource {
    /// In the tree of actions, by number: it lists its sub-actions.
    Tree(u32),
    /// The action of a tracker row, by row: the tracker lists sub-actions as rows of their
    /// own, so it lists none.
    Row(usize),
}

impl ActionItem {
    fn value(data: Arc<Prepared>, source: ActionSource) -> Option<Value> {
        let t = data.tables();
        let fields = plain(&t.ix.action_head(Self::action(t, source)?));
        Some(Value::from_object(ActionItem {
            data,
            source,
            fields,
        }))
    }

    fn action<'a>(t: &Tables<'a>, source: ActionSource) -> Option<&'a Action> {
        match source {
            ActionSource::Tree(n) => t.actions.get(n as usize).copied(),
            ActionSource::Row(i) => t.ix.tracker_row(i).map(|(_, a)| a),
        }
    }
}

impl fmt::Debug for ActionItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Action")
            .field("fields", &self.fields)
            .finish_non_exhaustive()
    }
}

impl Object for ActionItem {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let t = self.data.tables();
        match (key, self.source) {
            ("updates", _) => Some(plain(&t.ix.updates(Self::action(t, self.source)?))),
            ("actions", ActionSource::Tree(n)) => Some(Value::from_object(ItemList::new(
                &self.data,
                List::ActionChildren(t.action_children.get(n as usize).cloned().unwrap_or(0..0)),
            ))),
            _ => field(&self.fields, key),
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        self.fields
            .as_object()
            .map_or(Enumerator::Empty, |o| o.enumerate())
    }
}

/// A "you said, we did" pair ([`PairView`](super::context::PairView)): its response and the
/// actions answering it made with the item (every built-in view shows them, more than once),
/// the other fields when read.
struct PairItem {
    data: Arc<Prepared>,
    /// Its place in the tracking figures' pairs.
    number: u32,
    response: Value,
    actions: Value,
}

const PAIR_KEYS: &[&str] = &[
    "id",
    "text",
    "question",
    "response",
    "actions",
    "status",
    "status_key",
];

impl PairItem {
    fn value(data: Arc<Prepared>, number: u32) -> Option<Value> {
        let t = data.tables();
        let s = t.ix.tracking.pairs.get(number as usize)?.suggestion;
        let response = match &s.response {
            Some(_) => Value::from_object(ResponseItem {
                data: Arc::clone(&data),
                pair: number,
            }),
            None => Value::from(()),
        };
        let actions = Value::from_iter(t.ix.answer_links(&s.id).iter().map(|l| {
            Value::from_object(AnswerItem {
                action: action_ref(t, l.number, l.action),
                coverage: context::coverage_str(l.coverage),
                note: Value::from(l.note),
            })
        }));
        Some(Value::from_object(PairItem {
            data,
            number,
            response,
            actions,
        }))
    }
}

impl fmt::Debug for PairItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pair")
            .field("number", &self.number)
            .finish_non_exhaustive()
    }
}

impl Object for PairItem {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let t = self.data.tables();
        let p = t.ix.tracking.pairs.get(self.number as usize)?;
        let s = p.suggestion;
        Some(match key {
            "id" => Value::from(s.id.as_str()),
            "text" => Value::from(s.text.as_str()),
            "question" => Value::from(p.question.and_then(|q| t.ix.question_text(q))),
            "response" => self.response.clone(),
            "actions" => self.actions.clone(),
            "status" => Value::from(p.status_text.as_ref()),
            "status_key" => Value::from(p.status_key),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(PAIR_KEYS)
    }
}

/// The fields of action `number` (of [`Summary::all_actions`]) as a pair lists it, made the
/// first time a pair shows it.
fn action_ref(t: &Tables<'_>, number: usize, action: &Action) -> Arc<ActionRefFields> {
    let make = || Arc::new(ActionRefFields::new(t, action));
    match t.action_refs.get(number) {
        Some(cell) => Arc::clone(cell.get_or_init(make)),
        None => make(),
    }
}

/// An action's fields as a pair lists it ([`ActionRef`](super::context::ActionRef) without
/// `coverage` and `note`), converted once.
#[derive(Debug)]
struct ActionRefFields {
    id: Value,
    title: Value,
    owner: Value,
    due: Value,
    status: Value,
}

impl ActionRefFields {
    fn new(t: &Tables<'_>, action: &Action) -> Self {
        let r = t.ix.action_ref(action, None, None);
        ActionRefFields {
            id: Value::from(r.id),
            title: Value::from(r.title),
            owner: Value::from(r.owner),
            due: plain(&r.due),
            status: plain(&r.status),
        }
    }
}

/// The response of a pair ([`ResponseView`](super::context::ResponseView)), each field made
/// when read.
struct ResponseItem {
    data: Arc<Prepared>,
    /// The pair whose suggestion it answers.
    pair: u32,
}

const RESPONSE_KEYS: &[&str] = &["stance", "text", "reason", "referred_to", "date"];

impl fmt::Debug for ResponseItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("pair", &self.pair)
            .finish()
    }
}

impl Object for ResponseItem {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let t = self.data.tables();
        let r =
            t.ix.tracking
                .pairs
                .get(self.pair as usize)?
                .suggestion
                .response
                .as_deref()?;
        Some(match key {
            "stance" => {
                let at = Stance::ALL.iter().position(|&s| s == r.stance);
                at.and_then(|i| t.stances.get(i))
                    .cloned()
                    .unwrap_or_else(|| plain(&StanceView::from(r.stance)))
            }
            "text" => Value::from(r.text.as_deref()),
            "reason" => Value::from(r.reason.as_deref()),
            "referred_to" => Value::from(r.referred_to.as_deref()),
            "date" => plain(&r.date.map(DateView::day)),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(RESPONSE_KEYS)
    }
}

/// An action answering a pair's suggestion ([`ActionRef`](super::context::ActionRef)): the
/// link's `coverage` and `note`, and the action's own fields, shared by every pair it answers.
#[derive(Debug)]
struct AnswerItem {
    action: Arc<ActionRefFields>,
    coverage: &'static str,
    note: Value,
}

const ANSWER_KEYS: &[&str] = &["id", "title", "owner", "due", "status", "coverage", "note"];

impl Object for AnswerItem {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let a = &self.action;
        Some(match key {
            "id" => a.id.clone(),
            "title" => a.title.clone(),
            "owner" => a.owner.clone(),
            "due" => a.due.clone(),
            "status" => a.status.clone(),
            "coverage" => Value::from(self.coverage),
            "note" => self.note.clone(),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(ANSWER_KEYS)
    }
}

/// A row of the tracker ([`TrackerRow`](super::context::TrackerRow)).
#[derive(Debug)]
struct Row {
    depth: usize,
    action: Value,
}

const ROW_KEYS: &[&str] = &["depth", "action"];

impl Object for Row {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        match key {
            "depth" => Some(Value::from(self.depth)),
            "action" => Some(self.action.clone()),
            _ => None,
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(ROW_KEYS)
    }
}

/// The tracking figures ([`TrackerView`]): the figures converted at once, the lists when read.
struct Tracker {
    data: Arc<Prepared>,
    /// The figures without the lists, converted.
    figures: Value,
}

const TRACKER_KEYS: &[&str] = &[
    "actions_total",
    "sub_actions",
    "status_counts",
    "unstated",
    "suggestions_total",
    "suggestions_answered",
    "answered_share",
    "unanswered",
    "overdue",
    "rows",
];

impl fmt::Debug for Tracker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tracker").finish_non_exhaustive()
    }
}

impl Object for Tracker {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        let ix = &self.data.tables().ix;
        match key {
            "unanswered" => Some(plain(&ix.unanswered())),
            "overdue" => Some(plain(&ix.overdue())),
            "rows" => Some(Value::from_object(ItemList::new(
                &self.data,
                List::TrackerRows,
            ))),
            _ => field(&self.figures, key),
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(TRACKER_KEYS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::context::{Frame, build};
    use crate::render::test_documents as documents;

    fn frame(needs: Needs) -> Frame {
        Frame {
            view: "full",
            format: "html",
            layout: "page.html",
            first_heading: 1,
            needs,
        }
    }

    /// The objects show exactly the documented context: serialised, they equal the plain
    /// [`Context`](super::super::Context) built all at once, for every document and for what
    /// each built-in view is given.
    #[test]
    fn the_objects_show_the_documented_context() {
        let documents = documents();
        assert!(
            documents.len() > 10,
            "the examples and the fixtures that load"
        );
        for (path, summary) in documents {
            let summary = Arc::new(summary);
            for needs in [Needs::Everything, Needs::Full, Needs::Pairs, Needs::Tracker] {
                for as_of in [None, Some(crate::Date::constant(2014, 6, 1))] {
                    let view = match as_of {
                        Some(d) => summary.as_of(d),
                        None => summary.current(),
                    };
                    let plain = serde_json::to_value(build(&summary, view, frame(needs)))
                        .expect("the plain context serialises");
                    let data = Prepared::new(Arc::clone(&summary), as_of, needs);
                    let objects = serde_json::to_value(Root::value(Arc::new(data), frame(needs)))
                        .expect("the objects serialise");
                    assert!(
                        plain == objects,
                        "{} ({needs:?}, as of {as_of:?}): the objects differ from the context",
                        path.display()
                    );
                }
            }
        }
    }

    #[test]
    fn lists_answer_length_truth_and_out_of_range_reads() {
        let (_, summary) = documents().swap_remove(0);
        let data = Arc::new(Prepared::new(Arc::new(summary), None, Needs::Everything));
        let points = Value::from_object(ItemList::new(&data, List::QuestionPoints(0)));
        assert!(points.len().is_some_and(|n| n > 0));
        assert!(points.is_true());
        assert!(
            points
                .get_item_by_index(10_000)
                .is_ok_and(|v| v.is_undefined())
        );
        let empty = Value::from_object(ItemList::new(&data, List::ActionChildren(0..0)));
        assert_eq!(empty.len(), Some(0));
        assert!(!empty.is_true());
        let point = points.get_item_by_index(0).expect("a point");
        assert!(
            point
                .get_attr("no_such_field")
                .is_ok_and(|v| v.is_undefined())
        );
        assert!(point.get_attr("text").is_ok_and(|v| v.as_str().is_some()));
    }
}
