//! What changed between two versions of a summary: [`diff`] returns [`Changes`].
//!
//! ```
//! # use yousaid::{Summary, Action, ProgressEntry, Status, Date, diff};
//! let mut old = Summary::new("t");
//! old.actions.push(Action::new("a1", "Open on Sundays"));
//! let mut new = old.clone();
//! new.record_progress("a1", ProgressEntry::new(Date::constant(2025, 9, 1)).status(Status::Done))?;
//! let changes = diff(&old, &new);
//! // The old version stated no status: the change is from none, not from "not started".
//! assert_eq!(changes.status_changes[0].old, None);
//! assert_eq!(changes.status_changes[0].new, Some(Status::Done));
//! assert_eq!(changes.progress[0].entry.date, Date::constant(2025, 9, 1).into());
//! assert!(diff(&new, &new).is_empty());
//! # Ok::<(), yousaid::Error>(())
//! ```
//!
//! # The rules
//!
//! Suggestions (with their sub-points) and actions (with their sub-actions) are matched by ID
//! at any depth, so moving a point under another parent is an edit of its `parent`, not a
//! removal and an addition. Each change is reported once, in the category that fits it best:
//!
//! - **added / removed**: items whose ID is only in the new / only in the old version, in
//!   document order. The progress, barriers and responses of added items are not reported
//!   again.
//! - **edited**: items in both whose own fields differ, field by field (old → new, as JSON
//!   values), leaving out what other categories report and the nested items (which are matched
//!   on their own). For suggestions the `response` is left out (see responses); for actions the
//!   `status`, `progress`, `barriers` and `due`/`started`/`completed` dates are left out (see
//!   status changes, progress, barriers and dates).
//! - **responses**: a suggestion in both versions whose response was given, changed or
//!   withdrawn.
//! - **status changes**: an action in both versions whose effective status (as of everything
//!   recorded, sub-actions rolled up: see [`Summary::current`]) differs. A version that states
//!   no status has `None`, so a first status reads as a change from none, not from "not
//!   started". Each side carries the source's words for its status where they describe it
//!   (`old_label`, `new_label`); a change of words alone is an edit of `status_label`.
//! - **progress**: entries in the new log of an action in both versions that are not in its
//!   old log (an entry edited after publication counts as new).
//! - **barriers**: barriers of an action in both versions that are new (text not in the old
//!   version), resolved (open before, resolved now) or removed; barriers with the same text are
//!   matched in order.
//! - **dates**: an action's `due`, `started` or `completed` date set, moved or cleared.
//! - **summary**: the document's other top-level fields (title, introduction, engagements,
//!   questions, themes, plan, closing…), compared whole; `published` and `revisions` are left
//!   out since they change with every publication ([`Changes::since`] and [`Changes::until`]
//!   carry the dates).

use crate::id_map::IdMap;

use serde::Serialize;
use serde_json::Value;

use crate::Date;
use crate::action::{Action, Barrier, Status};
use crate::date::PartialDate;
use crate::id::Id;
use crate::progress::ProgressEntry;
use crate::response::Response;
use crate::suggestion::Suggestion;
use crate::summary::Summary;
use crate::tracking::{Rolled, roll};

/// Everything that changed between two versions of a summary, by kind of change.
///
/// Plain data with IDs, ready to serialise or render as a bulletin.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Changes {
    /// When the old version was published.
    pub since: Option<PartialDate>,
    /// When the new version was published.
    pub until: Option<PartialDate>,
    /// Other top-level fields of the document that changed.
    pub summary: Vec<FieldChange>,
    /// Suggestions and sub-points added, removed or edited.
    pub suggestions: ItemChanges,
    /// Responses given, changed or withdrawn.
    pub responses: Vec<ResponseChange>,
    /// Actions and sub-actions added, removed or edited.
    pub actions: ItemChanges,
    /// Actions whose effective status changed.
    pub status_changes: Vec<StatusChange>,
    /// New progress entries.
    pub progress: Vec<NewProgress>,
    /// Barriers noted, resolved or removed.
    pub barriers: Vec<BarrierChange>,
    /// Due, start and completion dates set, moved or cleared.
    pub dates: Vec<DateChange>,
}

/// Items of one kind (suggestions or actions) added, removed or edited.
#[derive(Debug, Clone, Default, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ItemChanges {
    /// Only in the new version, in its document order.
    pub added: Vec<Item>,
    /// Only in the old version, in its document order.
    pub removed: Vec<Item>,
    /// In both, with their own fields changed, in the new version's document order.
    pub edited: Vec<Edited>,
}

/// A suggestion or action named in a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[schemars(rename = "ChangedItem")]
pub struct Item {
    /// Its ID.
    pub id: Id,
    /// A suggestion's text or an action's title.
    pub text: String,
    /// The ID of the item it is nested under.
    pub parent: Option<Id>,
}

/// An item whose own fields changed.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[schemars(rename = "EditedItem")]
pub struct Edited {
    /// Its ID.
    pub id: Id,
    /// Its text or title in the new version.
    pub text: String,
    /// What changed, field by field, in the order the format defines fields.
    pub fields: Vec<FieldChange>,
}

/// One field's old and new value, as JSON (`None` when absent).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct FieldChange {
    /// The field's name in the format (`owner`, `themes`, `parent`).
    pub field: String,
    /// The old value.
    pub old: Option<Value>,
    /// The new value.
    pub new: Option<Value>,
}

/// A response given, changed or withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ResponseChange {
    /// The suggestion's ID.
    pub suggestion: Id,
    /// Its text in the new version.
    pub text: String,
    /// The old response.
    pub old: Option<Response>,
    /// The new response.
    pub new: Option<Response>,
}

/// An action whose effective status changed.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct StatusChange {
    /// The action's ID.
    pub action: Id,
    /// Its title in the new version.
    pub title: String,
    /// The old status; `None` when the old version stated none.
    pub old: Option<Status>,
    /// The new status; `None` when the new version states none.
    pub new: Option<Status>,
    /// The old version's own words for `old` ("Progress Made"), where they describe it (see
    /// [`ActionState::status_label`](crate::ActionState::status_label)).
    pub old_label: Option<String>,
    /// The new version's own words for `new` ("Complete"), where they describe it.
    pub new_label: Option<String>,
    /// The old percent.
    pub old_percent: Option<f64>,
    /// The new percent.
    pub new_percent: Option<f64>,
}

/// A progress entry that is new.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NewProgress {
    /// The action's ID.
    pub action: Id,
    /// Its title in the new version.
    pub title: String,
    /// The entry.
    pub entry: ProgressEntry,
}

/// What happened to a barrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BarrierEvent {
    /// Newly noted.
    Noted,
    /// Open before, resolved now.
    Resolved,
    /// Taken out of the document.
    Removed,
}

/// A barrier noted, resolved or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct BarrierChange {
    /// The action's ID.
    pub action: Id,
    /// Its title in the new version.
    pub title: String,
    /// The barrier's text.
    pub text: String,
    /// What happened.
    pub event: BarrierEvent,
    /// When it was noted (`noted`) or resolved (`resolved`), if the document says.
    #[schemars(with = "Option<crate::date::DateSchema>")]
    pub date: Option<Date>,
}

/// A date of an action set, moved or cleared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DateChange {
    /// The action's ID.
    pub action: Id,
    /// Its title in the new version.
    pub title: String,
    /// `due`, `started` or `completed`.
    pub field: String,
    /// The old date.
    pub old: Option<PartialDate>,
    /// The new date.
    pub new: Option<PartialDate>,
}

impl Changes {
    /// True when nothing changed (the publication dates aside).
    ///
    /// ```
    /// # use yousaid::{Summary, diff};
    /// let s = Summary::new("t");
    /// assert!(diff(&s, &s).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.summary.is_empty()
            && self.suggestions.is_empty()
            && self.responses.is_empty()
            && self.actions.is_empty()
            && self.status_changes.is_empty()
            && self.progress.is_empty()
            && self.barriers.is_empty()
            && self.dates.is_empty()
    }
}

impl ItemChanges {
    /// True when nothing was added, removed or edited.
    ///
    /// ```
    /// # use yousaid::diff::ItemChanges;
    /// assert!(ItemChanges::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.edited.is_empty()
    }
}

/// What changed from `old` to `new`; see [the rules](mod@crate::diff#the-rules).
///
/// Linear in the size of the two documents: items are matched through hash maps, and only
/// items that differ are compared field by field.
///
/// ```
/// # use yousaid::{Summary, Suggestion, Response, Stance, diff};
/// let mut old = Summary::new("t");
/// old.suggestions.push(Suggestion::new("s1", "Open on Sundays"));
/// let mut new = old.clone();
/// new.suggestions[0].response = Some(Box::new(Response::new(Stance::Accepted, "From May.")));
/// new.suggestions.push(Suggestion::new("s2", "More parking"));
/// let changes = diff(&old, &new);
/// assert_eq!(changes.suggestions.added[0].id, "s2");
/// assert_eq!(changes.responses[0].new.as_ref().unwrap().stance, Some(Stance::Accepted));
/// ```
pub fn diff(old: &Summary, new: &Summary) -> Changes {
    let (suggestions, responses) = diff_suggestions(old, new);
    let mut changes = Changes {
        since: old.published,
        until: new.published,
        summary: diff_summary_fields(old, new),
        suggestions,
        responses,
        actions: ItemChanges::default(),
        status_changes: Vec::new(),
        progress: Vec::new(),
        barriers: Vec::new(),
        dates: Vec::new(),
    };
    diff_actions(old, new, &mut changes);
    changes
}

/// Flattens nested items, parents first, with each one's parent ID.
fn flatten<'a, T>(
    roots: &'a [T],
    children: impl Fn(&'a T) -> &'a [T],
    id: impl Fn(&'a T) -> &'a str,
) -> Vec<(&'a T, Option<&'a str>)> {
    let mut out = Vec::new();
    let mut stack: Vec<(&T, Option<&str>)> = roots.iter().rev().map(|r| (r, None)).collect();
    while let Some((item, parent)) = stack.pop() {
        out.push((item, parent));
        let me = id(item);
        stack.extend(children(item).iter().rev().map(|c| (c, Some(me))));
    }
    out
}

/// How a new item relates to the old version.
#[derive(Clone, Copy)]
enum Match {
    /// Its ID is not in the old version.
    Added,
    /// The old item (by index) with its ID.
    Same(usize),
    /// An earlier new item already took the old item with this ID (a duplicate ID).
    Duplicate,
}

/// Matches new items to old ones by ID with one hash map over the old IDs. Returns the match
/// of every new item and the indices of the old items removed (their ID is in no new item).
/// With duplicate IDs, the first of each is matched and the others are skipped.
fn match_ids<'a>(old: &[&'a str], new: &[&'a str]) -> (Vec<Match>, Vec<usize>) {
    let mut first: IdMap<&str, usize> =
        IdMap::with_capacity_and_hasher(old.len(), Default::default());
    for (i, id) in old.iter().enumerate() {
        first.entry(id).or_insert(i);
    }
    let mut taken = vec![false; old.len()];
    let matches = new
        .iter()
        .map(|id| match first.get(id) {
            None => Match::Added,
            Some(&i) if taken[i] => Match::Duplicate,
            Some(&i) => {
                taken[i] = true;
                Match::Same(i)
            }
        })
        .collect();
    let removed = old
        .iter()
        .enumerate()
        .filter(|&(i, id)| !taken[i] && first.get(id) == Some(&i))
        .map(|(i, _)| i)
        .collect();
    (matches, removed)
}

/// The fields of an item as a JSON object, without those in `skip`.
///
/// Written as JSON text and read back rather than through `serde_json::to_value`: the text
/// serializer is compiled for every model type anyway, and a second serializer for each would
/// only add code (the WebAssembly module carries all of it). Only edited items get here.
fn fields(item: &impl Serialize, skip: &[&str]) -> serde_json::Map<String, Value> {
    let value = serde_json::to_vec(item).and_then(|text| serde_json::from_slice(&text));
    match value {
        Ok(Value::Object(mut map)) => {
            for k in skip {
                map.remove(*k);
            }
            map
        }
        _ => serde_json::Map::new(),
    }
}

/// Field-by-field changes between two JSON objects, in the new object's field order then the
/// old-only fields.
fn field_changes(
    old: &serde_json::Map<String, Value>,
    new: &serde_json::Map<String, Value>,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for (k, v) in new {
        if old.get(k) != Some(v) {
            out.push(FieldChange {
                field: k.clone(),
                old: old.get(k).cloned(),
                new: Some(v.clone()),
            });
        }
    }
    for (k, v) in old {
        if !new.contains_key(k) {
            out.push(FieldChange {
                field: k.clone(),
                old: Some(v.clone()),
                new: None,
            });
        }
    }
    out
}

fn parent_change(old: Option<&str>, new: Option<&str>) -> Option<FieldChange> {
    (old != new).then(|| FieldChange {
        field: "parent".into(),
        old: old.map(|p| Value::String(p.into())),
        new: new.map(|p| Value::String(p.into())),
    })
}

fn diff_summary_fields(old: &Summary, new: &Summary) -> Vec<FieldChange> {
    // Compare the small top-level fields without serialising the big lists.
    let (o, n) = (front_matter(old), front_matter(new));
    if o == n {
        return Vec::new();
    }
    field_changes(&fields(&o, &[]), &fields(&n, &[]))
}

/// The summary without its suggestions, actions and publication record.
fn front_matter(s: &Summary) -> Summary {
    // Destructured in full so that a new field cannot be forgotten here.
    let Summary {
        format,
        title,
        owner,
        publisher,
        published: _,
        revisions: _,
        language,
        translations,
        labels,
        part_of,
        introduction,
        purposes,
        plan,
        engagements,
        questions,
        themes,
        suggestions: _,
        actions: _,
        stated_counts,
        contact,
        closing,
        copyright,
        licence,
    } = s;
    Summary {
        format: *format,
        title: title.clone(),
        owner: owner.clone(),
        publisher: publisher.clone(),
        published: None,
        revisions: Vec::new(),
        language: language.clone(),
        translations: translations.clone(),
        labels: labels.clone(),
        part_of: part_of.clone(),
        introduction: introduction.clone(),
        purposes: purposes.clone(),
        plan: plan.clone(),
        engagements: engagements.clone(),
        questions: questions.clone(),
        themes: themes.clone(),
        suggestions: Vec::new(),
        actions: Vec::new(),
        stated_counts: stated_counts.clone(),
        contact: contact.clone(),
        closing: closing.clone(),
        copyright: copyright.clone(),
        licence: licence.clone(),
    }
}

/// Whether two suggestions differ in the fields reported as edits (not response, not points).
fn suggestion_edited(a: &Suggestion, b: &Suggestion) -> bool {
    // Destructured in full so that a new field cannot be forgotten here.
    let Suggestion {
        id,
        number,
        label,
        text,
        kind,
        question,
        engagements,
        source,
        themes,
        groups,
        mentions,
        figures,
        quote,
        response: _,
        points: _,
    } = a;
    *id != b.id
        || *number != b.number
        || *label != b.label
        || *text != b.text
        || *kind != b.kind
        || *question != b.question
        || *engagements != b.engagements
        || *source != b.source
        || *themes != b.themes
        || *groups != b.groups
        || *mentions != b.mentions
        || *figures != b.figures
        || *quote != b.quote
}

/// Whether two actions differ in the fields reported as edits.
fn action_edited(a: &Action, b: &Action) -> bool {
    let Action {
        id,
        title,
        notes,
        number,
        reference,
        label,
        owners,
        engagements,
        responds_to,
        outcomes,
        due: _,
        started: _,
        completed: _,
        status: _,
        status_label,
        status_reason,
        done_when,
        timeline,
        priority,
        weight,
        barriers: _,
        depends_on,
        related,
        actions: _,
        progress: _,
    } = a;
    *id != b.id
        || *title != b.title
        || *notes != b.notes
        || *number != b.number
        || *reference != b.reference
        || *label != b.label
        || *owners != b.owners
        || *engagements != b.engagements
        || *responds_to != b.responds_to
        || *outcomes != b.outcomes
        || *status_label != b.status_label
        || *status_reason != b.status_reason
        || *done_when != b.done_when
        || *timeline != b.timeline
        || *priority != b.priority
        || *weight != b.weight
        || *depends_on != b.depends_on
        || *related != b.related
}

const SUGGESTION_SKIP: [&str; 2] = ["response", "points"];
const ACTION_SKIP: [&str; 7] = [
    "due",
    "started",
    "completed",
    "status",
    "barriers",
    "actions",
    "progress",
];

fn item(parent: Option<&str>, id: &str, text: &str) -> Item {
    Item {
        id: Id::new(id),
        text: text.to_owned(),
        parent: parent.map(Id::new),
    }
}

fn diff_suggestions(old: &Summary, new: &Summary) -> (ItemChanges, Vec<ResponseChange>) {
    fn children(s: &Suggestion) -> &[Suggestion] {
        &s.points
    }
    fn id(s: &Suggestion) -> &str {
        &s.id
    }
    fn ids<'a>(list: &[(&'a Suggestion, Option<&'a str>)]) -> Vec<&'a str> {
        list.iter().map(|(s, _)| s.id.as_str()).collect()
    }
    let old_list = flatten(&old.suggestions, children, id);
    let new_list = flatten(&new.suggestions, children, id);
    let (matches, removed) = match_ids(&ids(&old_list), &ids(&new_list));
    let mut changes = ItemChanges::default();
    let mut responses = Vec::new();
    for (&(n, parent), m) in new_list.iter().zip(matches) {
        let (o, old_parent) = match m {
            Match::Added => {
                changes.added.push(item(parent, &n.id, &n.text));
                continue;
            }
            Match::Duplicate => continue,
            Match::Same(i) => old_list[i],
        };
        let moved = parent_change(old_parent, parent);
        let edited = suggestion_edited(o, n);
        if edited || moved.is_some() {
            let mut fields = if edited {
                field_changes(&fields(o, &SUGGESTION_SKIP), &fields(n, &SUGGESTION_SKIP))
            } else {
                Vec::new()
            };
            fields.extend(moved);
            changes.edited.push(Edited {
                id: n.id.clone(),
                text: n.text.clone(),
                fields,
            });
        }
        if o.response != n.response {
            responses.push(ResponseChange {
                suggestion: n.id.clone(),
                text: n.text.clone(),
                old: o.response.as_deref().cloned(),
                new: n.response.as_deref().cloned(),
            });
        }
    }
    for i in removed {
        let (o, parent) = old_list[i];
        changes.removed.push(item(parent, &o.id, &o.text));
    }
    (changes, responses)
}

/// Barriers are matched by text, in order: the k-th barrier with a text in the new version is
/// the k-th with that text in the old one (an action may list a text twice, open and resolved).
/// This is the k-th barrier with `text` in `list`.
fn nth_with_text<'b>(list: &'b [Barrier], text: &str, k: usize) -> Option<&'b Barrier> {
    list.iter().filter(|x| x.text == text).nth(k)
}

/// How many barriers before the `i`-th of `list` have its text.
fn rank(list: &[Barrier], i: usize) -> usize {
    list[..i].iter().filter(|x| x.text == list[i].text).count()
}

fn diff_actions(old: &Summary, new: &Summary, changes: &mut Changes) {
    // The roll-up flattens the actions in document order with their parents and works out
    // their effective statuses, in one pass each.
    fn ids<'a>(r: &Rolled<'a>) -> Vec<&'a str> {
        r.actions.iter().map(|a| a.id.as_str()).collect()
    }
    fn parent_id<'a>(r: &Rolled<'a>, i: usize) -> Option<&'a str> {
        r.parents[i].map(|p| r.actions[p].id.as_str())
    }
    let old_r = roll(old, None);
    let new_r = roll(new, None);
    let (matches, removed) = match_ids(&ids(&old_r), &ids(&new_r));
    for (ni, m) in matches.into_iter().enumerate() {
        let n = new_r.actions[ni];
        let parent = parent_id(&new_r, ni);
        let oi = match m {
            Match::Added => {
                changes.actions.added.push(item(parent, &n.id, &n.title));
                continue;
            }
            Match::Duplicate => continue,
            Match::Same(i) => i,
        };
        let o = old_r.actions[oi];
        let moved = parent_change(parent_id(&old_r, oi), parent);
        let edited = action_edited(o, n);
        if edited || moved.is_some() {
            let mut fields = if edited {
                field_changes(&fields(o, &ACTION_SKIP), &fields(n, &ACTION_SKIP))
            } else {
                Vec::new()
            };
            fields.extend(moved);
            changes.actions.edited.push(Edited {
                id: n.id.clone(),
                text: n.title.clone(),
                fields,
            });
        }
        if old_r.status[oi] != new_r.status[ni] {
            changes.status_changes.push(StatusChange {
                action: n.id.clone(),
                title: n.title.clone(),
                old: old_r.status[oi],
                new: new_r.status[ni],
                old_label: old_r.words[oi].map(str::to_owned),
                new_label: new_r.words[ni].map(str::to_owned),
                old_percent: old_r.percent[oi],
                new_percent: new_r.percent[ni],
            });
        }
        for e in &n.progress {
            if !o.progress.contains(e) {
                changes.progress.push(NewProgress {
                    action: n.id.clone(),
                    title: n.title.clone(),
                    entry: e.clone(),
                });
            }
        }
        for (i, b) in n.barriers.iter().enumerate() {
            match nth_with_text(&o.barriers, &b.text, rank(&n.barriers, i)) {
                None => changes.barriers.push(BarrierChange {
                    action: n.id.clone(),
                    title: n.title.clone(),
                    text: b.text.clone(),
                    event: BarrierEvent::Noted,
                    date: b.since,
                }),
                Some(ob) if ob.resolved.is_none() && b.resolved.is_some() => {
                    changes.barriers.push(BarrierChange {
                        action: n.id.clone(),
                        title: n.title.clone(),
                        text: b.text.clone(),
                        event: BarrierEvent::Resolved,
                        date: b.resolved,
                    })
                }
                Some(_) => {}
            }
        }
        for (i, ob) in o.barriers.iter().enumerate() {
            if nth_with_text(&n.barriers, &ob.text, rank(&o.barriers, i)).is_none() {
                changes.barriers.push(BarrierChange {
                    action: n.id.clone(),
                    title: n.title.clone(),
                    text: ob.text.clone(),
                    event: BarrierEvent::Removed,
                    date: None,
                });
            }
        }
        for (field, a, b) in [
            ("due", o.due, n.due),
            ("started", o.started, n.started),
            ("completed", o.completed, n.completed),
        ] {
            if a != b {
                changes.dates.push(DateChange {
                    action: n.id.clone(),
                    title: n.title.clone(),
                    field: field.into(),
                    old: a,
                    new: b,
                });
            }
        }
    }
    for i in removed {
        let o = old_r.actions[i];
        let parent = parent_id(&old_r, i);
        changes.actions.removed.push(item(parent, &o.id, &o.title));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Barrier;
    use crate::response::Stance;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    fn base() -> Summary {
        let mut s = Summary::new("Library review");
        s.published = Some(d(2025, 6, 30).into());
        s.suggestions.push(
            Suggestion::new("s1", "Open on Sundays")
                .theme("hours")
                .point(Suggestion::new("s1.1", "Central first")),
        );
        s.suggestions.push(Suggestion::new("s2", "More parking"));
        s.actions.push(
            Action::new("a1", "Sunday opening")
                .owner("Head of Libraries")
                .responds_to("s1", crate::Coverage::Full)
                .due("2025-12".parse().unwrap())
                .barrier("No staff")
                .sub_action(Action::new("a1.1", "Recruit")),
        );
        s.actions.push(Action::new("a2", "Parking study"));
        s
    }

    #[test]
    fn nothing_changed() {
        let s = base();
        let c = diff(&s, &s);
        assert!(c.is_empty());
        assert_eq!((c.since, c.until), (s.published, s.published));
    }

    #[test]
    fn publication_dates_alone_are_not_changes() {
        let old = base();
        let mut new = base();
        new.stamp(d(2025, 12, 15), Some("First report.")).unwrap();
        let c = diff(&old, &new);
        assert!(c.is_empty());
        assert_eq!(c.until, Some(d(2025, 12, 15).into()));
    }

    #[test]
    fn added_removed_and_edited_items_at_any_depth() {
        let old = base();
        let mut new = base();
        new.suggestions[0].points.clear();
        new.suggestions[1]
            .points
            .push(Suggestion::new("s2.1", "At Northgate"));
        new.suggestions[0].themes.push("access".into());
        new.actions[0].owners.clear();
        new.actions[1]
            .actions
            .push(Action::new("a2.1", "Count cars"));
        let c = diff(&old, &new);
        assert_eq!(c.suggestions.added[0].id, "s2.1");
        assert_eq!(c.suggestions.added[0].parent.as_deref(), Some("s2"));
        assert_eq!(c.suggestions.removed[0].id, "s1.1");
        let edit = &c.suggestions.edited[0];
        assert_eq!(edit.id, "s1");
        assert_eq!(edit.fields.len(), 1);
        assert_eq!(edit.fields[0].field, "themes");
        assert_eq!(edit.fields[0].old, Some(serde_json::json!(["hours"])));
        assert_eq!(
            edit.fields[0].new,
            Some(serde_json::json!(["hours", "access"]))
        );
        let owner = &c.actions.edited[0].fields[0];
        assert_eq!(owner.field, "owners");
        assert_eq!(owner.new, None);
        assert_eq!(c.actions.added[0].id, "a2.1");
        // Adding a sub-action does not edit its parent.
        assert_eq!(c.actions.edited.len(), 1);
    }

    #[test]
    fn moving_an_item_is_an_edit_of_its_parent() {
        let old = base();
        let mut new = base();
        let moved = new.suggestions[0].points.remove(0);
        new.suggestions[1].points.push(moved);
        let c = diff(&old, &new);
        assert!(c.suggestions.added.is_empty() && c.suggestions.removed.is_empty());
        let f = &c.suggestions.edited[0].fields[0];
        assert_eq!(f.field, "parent");
        assert_eq!(
            (f.old.clone(), f.new.clone()),
            (Some("s1".into()), Some("s2".into()))
        );
    }

    #[test]
    fn responses_given_changed_and_withdrawn() {
        let mut old = base();
        old.suggestions[1].response =
            Some(Box::new(Response::new(Stance::UnderConsideration, "Later")));
        let mut new = base();
        new.suggestions[0].response = Some(Box::new(Response::new(Stance::Accepted, "Yes")));
        let c = diff(&old, &new);
        let ids: Vec<_> = c.responses.iter().map(|r| r.suggestion.as_str()).collect();
        assert_eq!(ids, ["s1", "s2"]);
        assert!(c.responses[0].old.is_none() && c.responses[1].new.is_none());
        // The response is not also reported as an edit.
        assert!(c.suggestions.edited.is_empty());
    }

    #[test]
    fn status_progress_barriers_and_dates() {
        let old = base();
        let mut new = base();
        new.record_progress(
            "a1.1",
            ProgressEntry::new(d(2025, 9, 1))
                .status(Status::Done)
                .note("Four appointed"),
        )
        .unwrap();
        new.actions[0].barriers[0].resolved = Some(d(2025, 9, 1));
        new.actions[1].barriers.push(Barrier {
            text: "No survey budget".into(),
            since: Some(d(2025, 8, 1)),
            resolved: None,
        });
        new.actions[0].due = Some("2026-01".parse().unwrap());
        let c = diff(&old, &new);
        // The sub-action and, rolled up, its parent.
        let st: Vec<_> = c
            .status_changes
            .iter()
            .map(|s| (s.action.as_str(), s.old, s.new))
            .collect();
        assert_eq!(
            st,
            [
                ("a1", None, Some(Status::Done)),
                ("a1.1", None, Some(Status::Done))
            ]
        );
        assert_eq!(c.progress.len(), 1);
        assert_eq!(c.progress[0].action, "a1.1");
        let b: Vec<_> = c
            .barriers
            .iter()
            .map(|b| (b.action.as_str(), b.event, b.date))
            .collect();
        assert_eq!(
            b,
            [
                ("a1", BarrierEvent::Resolved, Some(d(2025, 9, 1))),
                ("a2", BarrierEvent::Noted, Some(d(2025, 8, 1)))
            ]
        );
        assert_eq!(c.dates.len(), 1);
        assert_eq!(c.dates[0].field, "due");
        assert_eq!(c.dates[0].old.unwrap().to_string(), "December 2025");
        // None of these is an edit.
        assert!(c.actions.is_empty());
    }

    #[test]
    fn removed_barriers_and_top_level_fields() {
        let old = base();
        let mut new = base();
        new.actions[0].barriers.clear();
        new.title = "Libraries review".into();
        let c = diff(&old, &new);
        assert_eq!(c.barriers[0].event, BarrierEvent::Removed);
        assert_eq!(c.summary.len(), 1);
        assert_eq!(c.summary[0].field, "title");
        assert_eq!(c.summary[0].new, Some("Libraries review".into()));
    }

    #[test]
    fn barriers_with_the_same_text_are_matched_in_order() {
        let open = Barrier {
            text: "Staff rotas".into(),
            since: None,
            resolved: None,
        };
        let resolved = Barrier {
            resolved: Some(d(2025, 3, 1)),
            ..open.clone()
        };
        let mut old = base();
        old.actions[0].barriers = vec![open.clone(), resolved];
        assert!(diff(&old, &old).is_empty(), "{:?}", diff(&old, &old));

        let mut new = old.clone();
        new.actions[0].barriers[0].resolved = Some(d(2025, 9, 1));
        new.actions[0].barriers.push(open);
        let events = |c: &Changes| -> Vec<(BarrierEvent, Option<Date>)> {
            c.barriers.iter().map(|b| (b.event, b.date)).collect()
        };
        assert_eq!(
            events(&diff(&old, &new)),
            [
                (BarrierEvent::Resolved, Some(d(2025, 9, 1))),
                (BarrierEvent::Noted, None)
            ]
        );
        assert_eq!(events(&diff(&new, &old)), [(BarrierEvent::Removed, None)]);
    }

    #[test]
    fn changes_serialise_to_plain_json() {
        let old = base();
        let mut new = base();
        new.actions.pop();
        let json = serde_json::to_value(diff(&old, &new)).unwrap();
        assert_eq!(json["actions"]["removed"][0]["id"], "a2");
        assert_eq!(json["since"], "2025-06-30");
    }
}
