//! Upgrading documents written in an older version of the format.
//!
//! [`migrate`] turns a `yousaid/1` document into a `yousaid/2` one, on plain
//! [`serde_json::Value`]s; the loader runs it on every `yousaid/1` document before reading it,
//! so old files keep loading, and errors found in a migrated document name the path in the
//! *original* document (`events[0].host`, not `engagements[0].hosts[0].name`).
//!
//! | `yousaid/1`                                   | `yousaid/2`                                          |
//! |-----------------------------------------------|------------------------------------------------------|
//! | `"format": "yousaid/1"`                       | `"format": "yousaid/2"`                              |
//! | `events: [Event]`                             | `engagements: [Engagement]`, each with `"kind": "event"` |
//! | an event's `kind: "awareness event"` (words)  | its `label: "awareness event"`                       |
//! | an event's `host: "X"`                        | its `hosts: [{"name": "X"}]`                         |
//! | a suggestion's `event: "e1"` (at every depth) | its `engagements: ["e1"]`                            |
//! | a question's `events: [...]`                  | its `engagements: [...]`                             |
//! | an action's `owner: "X"` (at every depth)     | its `owners: [{"name": "X"}]`                        |
//!
//! Nothing else changes meaning, and everything else is copied as it is. Fields that are new in
//! `yousaid/2` keep their v1 meaning where v1 had them: `Summary.owner` and
//! `Closing.signature` (`Person` then, `Actor` now) take the same objects; `published`,
//! revision dates and progress dates, exact dates then, are dates of any precision now.
//!
//! ```
//! use serde_json::json;
//! let v1 = json!({
//!     "format": "yousaid/1", "title": "t",
//!     "events": [{"id": "e1", "title": "Awareness event", "kind": "awareness event", "host": "the PCC"}],
//!     "suggestions": [{"id": "s1", "text": "More training", "event": "e1"}],
//!     "actions": [{"id": "a1", "title": "Review training", "owner": "the PCC"}]
//! });
//! let v2 = yousaid::migrate(v1)?;
//! assert_eq!(v2["format"], "yousaid/2");
//! assert_eq!(v2["engagements"][0]["kind"], "event");
//! assert_eq!(v2["engagements"][0]["label"], "awareness event");
//! assert_eq!(v2["engagements"][0]["hosts"], json!([{"name": "the PCC"}]));
//! assert_eq!(v2["suggestions"][0]["engagements"], json!(["e1"]));
//! assert_eq!(v2["actions"][0]["owners"], json!([{"name": "the PCC"}]));
//! # Ok::<(), yousaid::Error>(())
//! ```

use serde_json::{Map, Value, json};

use crate::error::{Error, ErrorKind};
use crate::format::Format;

/// Migrates a document to the current format ([`Format::CURRENT`]): a `yousaid/1` document is
/// rewritten as the [module](self) describes; a `yousaid/2` document is returned unchanged.
///
/// Fails when the value is not an object ([`ErrorKind::WrongType`]), has no `format`
/// ([`ErrorKind::MissingFormat`]) or names a format this library does not read
/// ([`ErrorKind::UnsupportedFormat`]), and with [`ErrorKind::UnknownField`] when a
/// `yousaid/1` document already holds a field the migration would write (`engagements` beside
/// `events`).
pub fn migrate(value: Value) -> Result<Value, Error> {
    let Value::Object(map) = &value else {
        return Err(Error::new(
            ErrorKind::WrongType,
            "a yousaid document is an object (a JSON object, a Python dict)",
        ));
    };
    if let Some(e) = crate::load::format_tag_problem(map.get("format")) {
        return Err(e);
    }
    match map
        .get("format")
        .and_then(Value::as_str)
        .and_then(Format::parse)
    {
        Some(Format::V1) => v1_to_v2(value),
        _ => Ok(value),
    }
}

/// Renames `from` to `to` in an object, refusing when `to` is already there.
fn rename(map: &mut Map<String, Value>, from: &str, to: &str, at: &str) -> Result<(), Error> {
    if let Some(v) = map.remove(from) {
        if map.contains_key(to) {
            return Err(collision(to, at));
        }
        map.insert(to.to_owned(), v);
    }
    Ok(())
}

fn collision(field: &str, at: &str) -> Error {
    Error::new(
        ErrorKind::UnknownField,
        format!(
            "unknown field `{field}`: it is new in yousaid/2; change the document's format to \"yousaid/2\" to use it"
        ),
    )
    .with_path(if at.is_empty() {
        field.to_owned()
    } else {
        format!("{at}.{field}")
    })
}

/// Wraps `key`'s value as a one-element list of actors, `[{"name": value}]`, under `to`. A
/// `null` is read as absent, as the v1 reader did.
fn to_actors(map: &mut Map<String, Value>, from: &str, to: &str, at: &str) -> Result<(), Error> {
    if let Some(v) = map.remove(from) {
        if map.contains_key(to) {
            return Err(collision(to, at));
        }
        if !v.is_null() {
            map.insert(to.to_owned(), json!([{ "name": v }]));
        }
    }
    Ok(())
}

fn v1_to_v2(mut value: Value) -> Result<Value, Error> {
    let Value::Object(doc) = &mut value else {
        return Ok(value);
    };
    doc.insert("format".into(), Format::V2.as_str().into());
    rename(doc, "events", "engagements", "")?;
    if let Some(Value::Array(events)) = doc.get_mut("engagements") {
        for (i, event) in events.iter_mut().enumerate() {
            let Value::Object(event) = event else {
                continue;
            };
            let at = format!("events[{i}]");
            if event.contains_key("engagements") {
                return Err(collision("engagements", &at));
            }
            match event.remove("kind") {
                Some(Value::Null) | None => {}
                Some(words) => {
                    if event.contains_key("label") {
                        return Err(collision("label", &at));
                    }
                    event.insert("label".into(), words);
                }
            }
            event.insert("kind".into(), "event".into());
            to_actors(event, "host", "hosts", &at)?;
        }
    }
    if let Some(Value::Array(questions)) = doc.get_mut("questions") {
        for (i, q) in questions.iter_mut().enumerate() {
            if let Value::Object(q) = q {
                rename(q, "events", "engagements", &format!("questions[{i}]"))?;
            }
        }
    }
    // Suggestions and actions nest to any depth: an explicit stack, with each item's path for
    // errors.
    let mut stack: Vec<(&mut Value, String)> = Vec::new();
    if let Some(Value::Array(items)) = doc.get_mut("suggestions") {
        stack.extend(
            items
                .iter_mut()
                .enumerate()
                .map(|(i, s)| (s, format!("suggestions[{i}]"))),
        );
    }
    while let Some((s, at)) = stack.pop() {
        let Value::Object(s) = s else { continue };
        if let Some(event) = s.remove("event") {
            if s.contains_key("engagements") {
                return Err(collision("engagements", &at));
            }
            if !event.is_null() {
                s.insert("engagements".into(), json!([event]));
            }
        }
        if let Some(Value::Array(points)) = s.get_mut("points") {
            stack.extend(
                points
                    .iter_mut()
                    .enumerate()
                    .map(|(i, p)| (p, format!("{at}.points[{i}]"))),
            );
        }
    }
    let mut stack: Vec<(&mut Value, String)> = Vec::new();
    if let Some(Value::Array(items)) = doc.get_mut("actions") {
        stack.extend(
            items
                .iter_mut()
                .enumerate()
                .map(|(i, a)| (a, format!("actions[{i}]"))),
        );
    }
    while let Some((a, at)) = stack.pop() {
        let Value::Object(a) = a else { continue };
        to_actors(a, "owner", "owners", &at)?;
        if let Some(Value::Array(subs)) = a.get_mut("actions") {
            stack.extend(
                subs.iter_mut()
                    .enumerate()
                    .map(|(i, x)| (x, format!("{at}.actions[{i}]"))),
            );
        }
    }
    Ok(value)
}

/// The path in the original `yousaid/1` document of a path in its migration: renamed fields
/// get their old names back, and a path inside a field the migration built
/// (`hosts[0].name`) ends at the old field (`host`).
///
/// ```
/// # use yousaid::migrate::original_path;
/// assert_eq!(original_path("engagements[2].hosts[0].name"), "events[2].host");
/// assert_eq!(original_path("engagements[0].label"), "events[0].kind");
/// assert_eq!(original_path("suggestions[1].points[0].engagements[0]"), "suggestions[1].points[0].event");
/// assert_eq!(original_path("questions[0].engagements[1]"), "questions[0].events[1]");
/// assert_eq!(original_path("actions[0].actions[3].owners[0]"), "actions[0].actions[3].owner");
/// assert_eq!(original_path("actions[0].progress[0].date"), "actions[0].progress[0].date");
/// ```
pub fn original_path(path: &str) -> String {
    // Segments as written: `a`, `[0]`, `b`.
    let mut segments: Vec<&str> = Vec::new();
    for part in path.split('.') {
        match part.find('[') {
            Some(i) => {
                if i > 0 {
                    segments.push(&part[..i]);
                }
                let mut rest = &part[i..];
                while let Some(end) = rest.find(']') {
                    segments.push(&rest[..=end]);
                    rest = &rest[end + 1..];
                }
            }
            None => segments.push(part),
        }
    }
    let is_index = |s: &str| s.starts_with('[');
    let mut out: Vec<String> = segments.iter().map(|s| (*s).to_owned()).collect();
    let mut cut = out.len();
    match segments.first().copied() {
        Some("engagements") => {
            out[0] = "events".into();
            if segments.len() > 2 && is_index(segments[1]) {
                match segments[2] {
                    "hosts" => {
                        out[2] = "host".into();
                        cut = 3;
                    }
                    "label" => out[2] = "kind".into(),
                    "kind" => cut = 2,
                    _ => {}
                }
            }
        }
        Some("questions")
            if segments.len() > 2 && is_index(segments[1]) && segments[2] == "engagements" =>
        {
            out[2] = "events".into();
        }
        Some(list @ ("suggestions" | "actions")) => {
            let (nested, renamed, old) = if list == "suggestions" {
                ("points", "engagements", "event")
            } else {
                ("actions", "owners", "owner")
            };
            // Down through `[i]`, `points`/`actions`, `[j]`, … to the item's own field.
            let mut i = 1;
            while i + 1 < segments.len() && is_index(segments[i]) {
                if segments[i + 1] == nested && i + 2 < segments.len() {
                    i += 2;
                    continue;
                }
                if segments[i + 1] == renamed {
                    out[i + 1] = old.into();
                    cut = i + 2;
                }
                break;
            }
        }
        _ => {}
    }
    out.truncate(cut);
    let mut text = String::new();
    for s in out {
        if !text.is_empty() && !s.starts_with('[') {
            text.push('.');
        }
        text.push_str(&s);
    }
    text
}

/// An unknown-field message from reading a migrated document, with the field names it
/// suggests as the original `yousaid/1` document has them (`host`, not `hosts`).
/// `original_path` is the unknown field's path in the original document.
pub(crate) fn original_message(original_path: &str, message: &str) -> String {
    let parent = original_path.rsplit_once('.').map_or("", |(p, _)| p);
    let last = parent.rsplit('.').next().unwrap_or("");
    let renames: &[(&str, &str)] = if parent.is_empty() {
        &[("engagements", "events")]
    } else if parent.starts_with("events[") && !parent.contains('.') {
        &[("hosts", "host"), ("kind", ""), ("label", "kind")]
    } else if parent.starts_with("questions[") && !parent.contains('.') {
        &[("engagements", "events")]
    } else if parent.starts_with("suggestions[")
        && (!parent.contains('.') || last.starts_with("points["))
    {
        &[("engagements", "event")]
    } else if parent.starts_with("actions[")
        && (!parent.contains('.') || last.starts_with("actions["))
    {
        &[("owners", "owner")]
    } else {
        &[]
    };
    let mut out = String::with_capacity(message.len());
    // Field names are the `quoted` parts after the first (the unknown field itself).
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        let renamed = (i % 2 == 1 && i > 1)
            .then(|| {
                renames
                    .iter()
                    .find(|(new, _)| *new == part)
                    .map(|(_, old)| *old)
            })
            .flatten();
        out.push_str(renamed.unwrap_or(part));
    }
    // A name dropped (`kind`, which v1 did not have as a kind) leaves "``, " behind.
    out.replace("``, ", "").replace(", ``", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_v2_document_is_unchanged() {
        let v2 = json!({"format": "yousaid/2", "title": "t", "engagements": []});
        assert_eq!(migrate(v2.clone()).unwrap(), v2);
    }

    #[test]
    fn nested_points_and_sub_actions_are_migrated() {
        let v1 = json!({
            "format": "yousaid/1", "title": "t",
            "questions": [{"id": "q", "text": "Q", "events": ["e"]}],
            "suggestions": [{"id": "s", "text": "S", "points": [{"id": "s.1", "text": "x", "event": "e"}]}],
            "actions": [{"id": "a", "title": "A", "actions": [{"id": "a.1", "title": "x", "owner": "O"}], "owner": null}]
        });
        let v2 = migrate(v1).unwrap();
        assert_eq!(v2["questions"][0]["engagements"], json!(["e"]));
        assert_eq!(
            v2["suggestions"][0]["points"][0]["engagements"],
            json!(["e"])
        );
        assert_eq!(
            v2["actions"][0]["actions"][0]["owners"],
            json!([{"name": "O"}])
        );
        assert!(v2["actions"][0].get("owners").is_none());
    }

    #[test]
    fn fields_new_in_v2_are_not_clobbered() {
        let v1 = json!({"format": "yousaid/1", "title": "t", "events": [], "engagements": []});
        let e = migrate(v1).unwrap_err();
        assert_eq!(
            (e.kind(), e.path()),
            (ErrorKind::UnknownField, Some("engagements"))
        );
        let v1 = json!({"format": "yousaid/1", "title": "t", "actions": [{"id": "a", "title": "A", "owner": "x", "owners": []}]});
        let e = migrate(v1).unwrap_err();
        assert_eq!(e.path(), Some("actions[0].owners"));
    }

    #[test]
    fn format_problems_are_reported() {
        assert_eq!(migrate(json!([])).unwrap_err().kind(), ErrorKind::WrongType);
        assert_eq!(
            migrate(json!({"title": "t"})).unwrap_err().kind(),
            ErrorKind::MissingFormat
        );
        assert_eq!(
            migrate(json!({"format": "yousaid/9"})).unwrap_err().kind(),
            ErrorKind::UnsupportedFormat
        );
    }
}
