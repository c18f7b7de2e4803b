//! Structure-aware inputs: documents of the format generated from the fuzzer's bytes, so that
//! the checks reach validation, rendering and diffing with documents that load, rather than
//! spending the run on JSON syntax.
//!
//! A document is built as a JSON value with the format's fields: every kind of item, nested
//! sub-points and sub-actions, progress logs, exact and partial dates, links (hostile ones
//! too), and text drawn from plain words, markup and control characters meant to break out of
//! the output, and arbitrary strings. IDs come from a small pool per kind, so references mostly
//! resolve and duplicates, dangling references and dependency cycles all occur. Now and then a
//! document has many actions densely dependent on each other, or a chain of sub-points nested
//! past validation's limit.
//!
//! The inputs print (`cargo fuzz fmt`) as the text the checks are given, which is what
//! `fuzz/crashers/<target>/` keeps.

use std::fmt;

use arbitrary::{Arbitrary, Result, Unstructured};
use serde_json::{Map, Value};

use crate::checks::SEPARATOR;

/// One generated document, as JSON text.
pub struct Document(pub String);

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'a> Arbitrary<'a> for Document {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let doc = summary(u)?;
        Ok(Document(pretty(&doc)))
    }
}

/// Two versions of a generated document, the second revised from the first (statuses changed,
/// progress recorded, items added and removed…), as JSON texts separated by
/// [`SEPARATOR`](crate::checks::SEPARATOR).
pub struct Versions(pub Vec<u8>);

impl fmt::Debug for Versions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.0))
    }
}

impl<'a> Arbitrary<'a> for Versions {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let old = summary(u)?;
        let new = revise(u, old.clone())?;
        let mut bytes = pretty(&old).into_bytes();
        bytes.push(SEPARATOR);
        bytes.extend(pretty(&new).into_bytes());
        Ok(Versions(bytes))
    }
}

fn pretty(doc: &Value) -> String {
    serde_json::to_string_pretty(doc).expect("a JSON value serialises")
}

/// Plain text, in several scripts.
const WORDS: &[&str] = &[
    "Open on Sundays",
    "Train frontline staff to spot the signs",
    "Share data between partners",
    "I will present the findings to my Partnership Executive Group",
    "Can further levels of support be formed?",
    "Café open late",
    "Diolch i bawb a gymerodd ran",
    "Więcej ławek w parku",
    "براہ کرم",
    "更多的长椅",
    "🙂 thanks",
    "x",
];

/// Text meant to break out of HTML, Markdown, plain text, templates or a terminal.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "' onmouseover='alert(1)",
    "<a href=\"javascript:alert(1)\">a</a>",
    "[click](javascript:alert(1))",
    "![pic](https://evil.example/p.png)",
    "<https://evil.example/auto>",
    "https://evil.example/bare www.evil.example",
    "# Injected heading",
    "   ## Response: we accepted every suggestion",
    "    indented code",
    "1. listed",
    "- bullet",
    "+ plus",
    "> quoted",
    "| cell | injection |",
    "---",
    "```",
    "***strong*** _em_ ~~struck~~",
    "\\",
    "&lt;script&gt; &amp; &#60;b&#62; &#x3C;",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "{{ 7 * 7 }} {% raw %} {# c #}",
    "\u{202E}txt.exe\u{202C}",
    "\u{2066}isolate\u{2069}",
    "\u{1B}[31mred\u{1B}[0m \u{1B}]8;;https://evil.example\u{7}link",
    "\u{0}\u{8}\u{7F}\u{85}\u{9B}",
    "\r\n\r\n",
    "\n\n# after blank lines\n",
    "\t",
    " ",
    "",
    "a\u{301}\u{FEFF}\u{200B}",
];

/// Links, most of them not http, https or mailto, or malformed.
const URLS: &[&str] = &[
    "https://example.org/plan",
    "http://example.org",
    "mailto:team@example.org",
    "HTTPS://EXAMPLE.ORG/UPPER",
    "https://example.org/?a=1&b=<2>\"'",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example",
    "/relative",
    "https:",
    "https://",
    "https://exa mple.org",
    "https://\u{202E}elpmaxe.org",
    "mailto:",
    "mailto:nobody",
    "",
];

const STANCES: &[&str] = &[
    "accepted",
    "partly_accepted",
    "already_happening",
    "not_planned",
    "referred",
    "under_consideration",
];
const STATUSES: &[&str] = &["not_started", "in_progress", "done", "blocked", "dropped"];
const QUALIFIERS: &[&str] = &["exactly", "over", "at_least", "about", "under", "up_to"];
const SECTORS: &[&str] = &[
    "public",
    "private",
    "third",
    "community",
    "education",
    "faith",
    "other",
];
const GROUP_KINDS: &[&str] = &[
    "table",
    "workshop",
    "breakout",
    "focus_group",
    "online",
    "other",
];
const SUGGESTION_KINDS: &[&str] = &["suggestion", "question", "concern", "detail", "commitment"];
const CONSENTS: &[&str] = &["given", "anonymous", "not_recorded"];
const COVERAGES: &[&str] = &["full", "partial"];
const PRIORITIES: &[&str] = &["high", "medium", "low"];
const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];
const YEARS: &[i32] = &[2014, 2024, 2025, 2026];
/// IDs that are odd in themselves: blank, shared across kinds, markup, controls.
const ODD_IDS: &[&str] = &["", " ", "s1", "a1", "x y", "<i>", "\u{202E}1", "s1.1"];

/// The ID pool of one document: how many IDs each kind draws from.
#[derive(Clone, Copy)]
struct Pool(u32);

/// True one time in `n`, and never once the input is used up (where `Unstructured::ratio`
/// would always say yes).
fn one_in(u: &mut Unstructured<'_>, n: u8) -> Result<bool> {
    Ok(u.int_in_range(1..=n)? == n)
}

fn pick(u: &mut Unstructured<'_>, from: &[&str]) -> Result<String> {
    Ok((*u.choose(from)?).to_owned())
}

fn maybe<T>(
    u: &mut Unstructured<'_>,
    make: impl FnOnce(&mut Unstructured<'_>) -> Result<T>,
) -> Result<Option<T>> {
    Ok(if u.arbitrary()? { Some(make(u)?) } else { None })
}

fn few(
    u: &mut Unstructured<'_>,
    max: u32,
    mut make: impl FnMut(&mut Unstructured<'_>) -> Result<Value>,
) -> Result<Value> {
    let n = u.int_in_range(0..=max)?;
    (0..n)
        .map(|_| make(u))
        .collect::<Result<Vec<_>>>()
        .map(Value::Array)
}

/// An object of the fields that are set, in the order given.
fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
    let mut map = Map::new();
    for (name, value) in fields {
        if let Some(value) = value {
            map.insert(name.to_owned(), value);
        }
    }
    Value::Object(map)
}

fn text(u: &mut Unstructured<'_>) -> Result<Value> {
    let piece = |u: &mut Unstructured<'_>| -> Result<String> {
        Ok(match u.int_in_range(0..=3)? {
            0 | 1 => pick(u, WORDS)?,
            2 => pick(u, HOSTILE)?,
            _ => String::arbitrary(u)?,
        })
    };
    let mut s = piece(u)?;
    for _ in 0..u.int_in_range(0..=2)? {
        s.push(' ');
        s.push_str(&piece(u)?);
    }
    Ok(Value::String(s))
}

fn id(u: &mut Unstructured<'_>, pool: Pool, prefix: &str) -> Result<Value> {
    Ok(Value::String(if one_in(u, 16)? {
        pick(u, ODD_IDS)?
    } else {
        format!("{prefix}{}", u.int_in_range(1..=pool.0)?)
    }))
}

fn year(u: &mut Unstructured<'_>) -> Result<i32> {
    Ok(*u.choose(YEARS)?)
}

fn exact_date(u: &mut Unstructured<'_>) -> Result<Value> {
    let (y, m, d) = (year(u)?, u.int_in_range(1..=12)?, u.int_in_range(1..=28u8)?);
    Ok(Value::String(format!("{y:04}-{m:02}-{d:02}")))
}

fn partial_date(u: &mut Unstructured<'_>) -> Result<Value> {
    let y = year(u)?;
    Ok(Value::String(match u.int_in_range(0..=5)? {
        0 => return exact_date(u),
        1 => format!("{y}"),
        2 => format!("{y}-{:02}", u.int_in_range(1..=12)?),
        3 => format!("{y}-Q{}", u.int_in_range(1..=4)?),
        4 => format!("{y}/{:02}-Q{}", (y + 1) % 100, u.int_in_range(1..=4)?),
        _ => format!("{y}-{}", pick(u, SEASONS)?),
    }))
}

fn url(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(Value::String(if one_in(u, 8)? {
        String::arbitrary(u)?
    } else {
        pick(u, URLS)?
    }))
}

fn count(u: &mut Unstructured<'_>) -> Result<Value> {
    let value: u64 = if one_in(u, 8)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=200)?
    };
    Ok(object(vec![
        ("value", Some(value.into())),
        (
            "qualifier",
            maybe(u, |u| pick(u, QUALIFIERS).map(Value::from))?,
        ),
    ]))
}

/// A number for a percent or a weight: mostly in range, sometimes not.
fn number(u: &mut Unstructured<'_>) -> Result<Value> {
    let n: f64 = match u.int_in_range(0..=7)? {
        0 => 0.0,
        1 => 100.0,
        2 => -0.0,
        3 => -5.0,
        4 => 1e308,
        5 => u.arbitrary()?,
        _ => f64::from(u.int_in_range(0..=100)?),
    };
    // NaN and the infinities have no JSON form; leave the field out.
    Ok(if n.is_finite() { n.into() } else { Value::Null })
}

fn person(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(object(vec![
        ("name", Some(text(u)?)),
        ("role", maybe(u, text)?),
        ("organisation", maybe(u, text)?),
    ]))
}

fn purpose(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    Ok(object(vec![
        ("label", maybe(u, text)?),
        ("text", Some(text(u)?)),
        (
            "points",
            Some(few(u, if depth < 2 { 2 } else { 0 }, |u| {
                purpose(u, depth + 1)
            })?),
        ),
    ]))
}

fn link(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(object(vec![
        ("url", Some(url(u)?)),
        ("title", maybe(u, text)?),
    ]))
}

fn event(u: &mut Unstructured<'_>, pool: Pool) -> Result<Value> {
    Ok(object(vec![
        ("id", Some(id(u, pool, "e")?)),
        ("title", Some(text(u)?)),
        ("kind", maybe(u, text)?),
        ("date", maybe(u, partial_date)?),
        ("end_date", maybe(u, partial_date)?),
        (
            "place",
            maybe(u, |u| {
                Ok(object(vec![
                    ("name", maybe(u, text)?),
                    ("address", maybe(u, text)?),
                    ("online", Some(u.arbitrary::<bool>()?.into())),
                    ("url", maybe(u, url)?),
                ]))
            })?,
        ),
        ("host", maybe(u, text)?),
        ("description", Some(few(u, 2, text)?)),
        (
            "attendance",
            Some(few(u, 2, |u| {
                Ok(object(vec![
                    ("count", Some(count(u)?)),
                    ("unit", Some(text(u)?)),
                    ("note", maybe(u, text)?),
                ]))
            })?),
        ),
        (
            "organisations",
            maybe(u, |u| {
                Ok(object(vec![
                    ("count", maybe(u, count)?),
                    (
                        "sectors",
                        Some(few(u, 3, |u| pick(u, SECTORS).map(Value::from))?),
                    ),
                    (
                        "named",
                        Some(few(u, 3, |u| {
                            Ok(object(vec![
                                ("name", Some(text(u)?)),
                                ("sector", maybe(u, |u| pick(u, SECTORS).map(Value::from))?),
                                ("url", maybe(u, url)?),
                            ]))
                        })?),
                    ),
                    ("complete", Some(u.arbitrary::<bool>()?.into())),
                ]))
            })?,
        ),
        (
            "presentations",
            Some(few(u, 2, |u| {
                Ok(object(vec![
                    ("speaker", maybe(u, text)?),
                    ("organisation", maybe(u, text)?),
                    ("title", maybe(u, text)?),
                    ("topics", Some(few(u, 2, text)?)),
                ]))
            })?),
        ),
        ("shared_topics", Some(few(u, 2, text)?)),
        (
            "groups",
            Some(few(u, 3, |u| {
                Ok(object(vec![
                    ("id", Some(id(u, pool, "g")?)),
                    ("name", Some(text(u)?)),
                    ("kind", maybe(u, |u| pick(u, GROUP_KINDS).map(Value::from))?),
                    ("size", maybe(u, count)?),
                ]))
            })?),
        ),
        ("chatham_house", Some(u.arbitrary::<bool>()?.into())),
    ]))
}

fn suggestion(u: &mut Unstructured<'_>, pool: Pool, depth: u32) -> Result<Value> {
    Ok(object(vec![
        ("id", Some(id(u, pool, "s")?)),
        ("text", Some(text(u)?)),
        (
            "kind",
            maybe(u, |u| pick(u, SUGGESTION_KINDS).map(Value::from))?,
        ),
        ("question", maybe(u, |u| id(u, pool, "q"))?),
        ("event", maybe(u, |u| id(u, pool, "e"))?),
        ("themes", Some(few(u, 2, |u| id(u, pool, "t"))?)),
        ("groups", Some(few(u, 3, |u| id(u, pool, "g"))?)),
        ("mentions", maybe(u, count)?),
        (
            "quote",
            maybe(u, |u| {
                Ok(object(vec![
                    ("text", Some(text(u)?)),
                    ("attribution", maybe(u, text)?),
                    ("consent", Some(pick(u, CONSENTS)?.into())),
                ]))
            })?,
        ),
        ("response", maybe(u, response)?),
        (
            "points",
            Some(few(u, if depth < 3 { 3 } else { 0 }, |u| {
                suggestion(u, pool, depth + 1)
            })?),
        ),
    ]))
}

fn response(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(object(vec![
        ("stance", Some(pick(u, STANCES)?.into())),
        ("text", maybe(u, text)?),
        ("reason", maybe(u, text)?),
        ("referred_to", maybe(u, text)?),
        ("date", maybe(u, exact_date)?),
    ]))
}

fn progress(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(object(vec![
        ("date", Some(exact_date(u)?)),
        ("note", maybe(u, text)?),
        ("status", maybe(u, |u| pick(u, STATUSES).map(Value::from))?),
        ("percent", maybe(u, number)?),
        ("evidence", Some(few(u, 2, link)?)),
    ]))
}

fn barrier(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(object(vec![
        ("text", Some(text(u)?)),
        ("since", maybe(u, exact_date)?),
        ("resolved", maybe(u, exact_date)?),
    ]))
}

fn action(u: &mut Unstructured<'_>, pool: Pool, depth: u32, deps: u32) -> Result<Value> {
    Ok(object(vec![
        ("id", Some(id(u, pool, "a")?)),
        ("title", Some(text(u)?)),
        ("notes", Some(few(u, 2, text)?)),
        ("owner", maybe(u, text)?),
        (
            "responds_to",
            Some(few(u, 3, |u| {
                Ok(object(vec![
                    ("suggestion", Some(id(u, pool, "s")?)),
                    (
                        "coverage",
                        maybe(u, |u| pick(u, COVERAGES).map(Value::from))?,
                    ),
                    ("note", maybe(u, text)?),
                ]))
            })?),
        ),
        ("outcomes", Some(few(u, 2, |u| id(u, pool, "o"))?)),
        ("depends_on", Some(few(u, deps, |u| id(u, pool, "a"))?)),
        ("due", maybe(u, partial_date)?),
        ("started", maybe(u, partial_date)?),
        ("completed", maybe(u, partial_date)?),
        ("status", maybe(u, |u| pick(u, STATUSES).map(Value::from))?),
        ("status_reason", maybe(u, text)?),
        (
            "priority",
            maybe(u, |u| pick(u, PRIORITIES).map(Value::from))?,
        ),
        ("barriers", Some(few(u, 2, barrier)?)),
        (
            "related",
            Some(few(u, 2, |u| {
                Ok(object(vec![
                    ("title", Some(text(u)?)),
                    ("owner", maybe(u, text)?),
                    ("url", maybe(u, url)?),
                    ("note", maybe(u, text)?),
                    ("depends", Some(u.arbitrary::<bool>()?.into())),
                ]))
            })?),
        ),
        ("weight", maybe(u, number)?),
        (
            "actions",
            Some(few(u, if depth < 2 { 3 } else { 0 }, |u| {
                action(u, pool, depth + 1, 2)
            })?),
        ),
        ("progress", Some(few(u, 4, progress)?)),
    ]))
}

/// A chain of sub-points or sub-actions `levels` deep, each with only its ID and text: past
/// validation's limit of 60 levels at the deep end, within the loader's nesting limit.
fn chain(kind: &str, levels: u32) -> Value {
    let (prefix, text, children) = match kind {
        "suggestions" => ("s", "text", "points"),
        _ => ("a", "title", "actions"),
    };
    let mut item = Value::Null;
    for level in (0..levels).rev() {
        let mut map = Map::new();
        map.insert("id".into(), format!("{prefix}-deep-{level}").into());
        map.insert(text.into(), "nested".into());
        if !item.is_null() {
            map.insert(children.into(), Value::Array(vec![item]));
        }
        item = Value::Object(map);
    }
    item
}

/// A whole document.
fn summary(u: &mut Unstructured<'_>) -> Result<Value> {
    // One document in sixteen has many actions densely dependent on each other.
    let dense = one_in(u, 16)?;
    let pool = Pool(if dense {
        u.int_in_range(8..=64)?
    } else {
        u.int_in_range(1..=5)?
    });
    let (actions, deps) = if dense { (pool.0, 12) } else { (5, 3) };
    let mut doc = object(vec![
        ("format", Some("yousaid/1".into())),
        ("title", Some(text(u)?)),
        ("owner", maybe(u, person)?),
        ("publisher", maybe(u, text)?),
        ("published", maybe(u, exact_date)?),
        (
            "revisions",
            Some(few(u, 2, |u| {
                Ok(object(vec![
                    ("date", Some(exact_date(u)?)),
                    ("note", maybe(u, text)?),
                ]))
            })?),
        ),
        (
            "language",
            maybe(u, |u| {
                Ok(match u.int_in_range(0..=3)? {
                    0 => "en".into(),
                    1 => "cy".into(),
                    2 => "en-GB".into(),
                    _ => text(u)?,
                })
            })?,
        ),
        ("introduction", Some(few(u, 2, text)?)),
        (
            "purposes",
            Some(few(u, 2, |u| {
                Ok(object(vec![
                    ("lead_in", maybe(u, text)?),
                    ("points", Some(few(u, 3, |u| purpose(u, 0))?)),
                ]))
            })?),
        ),
        (
            "plan",
            maybe(u, |u| {
                Ok(object(vec![
                    ("title", Some(text(u)?)),
                    ("url", maybe(u, url)?),
                    (
                        "outcomes",
                        Some(few(u, 3, |u| {
                            Ok(object(vec![
                                ("id", Some(id(u, pool, "o")?)),
                                ("title", Some(text(u)?)),
                                ("description", maybe(u, text)?),
                            ]))
                        })?),
                    ),
                ]))
            })?,
        ),
        ("events", Some(few(u, 2, |u| event(u, pool))?)),
        (
            "questions",
            Some(few(u, 3, |u| {
                Ok(object(vec![
                    ("id", Some(id(u, pool, "q")?)),
                    ("text", Some(text(u)?)),
                    ("events", Some(few(u, 2, |u| id(u, pool, "e"))?)),
                ]))
            })?),
        ),
        (
            "themes",
            Some(few(u, 3, |u| {
                Ok(object(vec![
                    ("id", Some(id(u, pool, "t")?)),
                    ("name", Some(text(u)?)),
                    ("description", maybe(u, text)?),
                ]))
            })?),
        ),
        ("suggestions", Some(few(u, 5, |u| suggestion(u, pool, 0))?)),
        (
            "actions",
            Some(few(u, actions, |u| action(u, pool, 0, deps))?),
        ),
        (
            "closing",
            maybe(u, |u| {
                Ok(object(vec![
                    ("heading", maybe(u, text)?),
                    ("paragraphs", Some(few(u, 2, text)?)),
                    ("signature", maybe(u, person)?),
                ]))
            })?,
        ),
        ("copyright", maybe(u, text)?),
        ("licence", maybe(u, text)?),
    ]);
    // One document in thirty-two has a chain of sub-points or sub-actions 55 to 61 levels deep.
    if one_in(u, 32)? {
        let kind = if u.arbitrary()? {
            "suggestions"
        } else {
            "actions"
        };
        let levels = u.int_in_range(55..=61)?;
        if let Some(items) = doc[kind].as_array_mut() {
            items.push(chain(kind, levels));
        }
    }
    Ok(doc)
}

/// An item of a list of the document, to change.
fn item<'v>(
    u: &mut Unstructured<'_>,
    doc: &'v mut Value,
    list: &str,
) -> Result<Option<&'v mut Map<String, Value>>> {
    let Some(items) = doc.get_mut(list).and_then(Value::as_array_mut) else {
        return Ok(None);
    };
    if items.is_empty() {
        return Ok(None);
    }
    let at = u.choose_index(items.len())?;
    Ok(items[at].as_object_mut())
}

fn push(doc: &mut Value, list: &str, value: Value) {
    if let Some(items) = doc.get_mut(list).and_then(Value::as_array_mut) {
        items.push(value);
    }
}

fn remove(u: &mut Unstructured<'_>, doc: &mut Value, list: &str) -> Result<()> {
    if let Some(items) = doc.get_mut(list).and_then(Value::as_array_mut)
        && !items.is_empty()
    {
        let at = u.choose_index(items.len())?;
        items.remove(at);
    }
    Ok(())
}

/// The next version of a document: published later, with statuses changed, progress recorded,
/// responses given, barriers noted and resolved, dates moved, items added, edited and removed.
fn revise(u: &mut Unstructured<'_>, mut doc: Value) -> Result<Value> {
    let pool = Pool(5);
    for _ in 0..u.int_in_range(0..=8)? {
        match u.int_in_range(0..=11)? {
            0 => doc["published"] = exact_date(u)?,
            1 => doc["title"] = text(u)?,
            2 => {
                let a = action(u, pool, 0, 3)?;
                push(&mut doc, "actions", a);
            }
            3 => remove(u, &mut doc, "actions")?,
            4 => {
                let status = pick(u, STATUSES)?;
                if let Some(a) = item(u, &mut doc, "actions")? {
                    a.insert("status".into(), status.into());
                }
            }
            5 => {
                let entry = progress(u)?;
                if let Some(a) = item(u, &mut doc, "actions")?
                    && let Some(log) = a.get_mut("progress").and_then(Value::as_array_mut)
                {
                    log.push(entry);
                }
            }
            6 => {
                let (field, date) = (pick(u, &["due", "started", "completed"])?, partial_date(u)?);
                if let Some(a) = item(u, &mut doc, "actions")? {
                    a.insert(field, date);
                }
            }
            7 => {
                let b = barrier(u)?;
                if let Some(a) = item(u, &mut doc, "actions")? {
                    a.insert("barriers".into(), Value::Array(vec![b]));
                }
            }
            8 => {
                let r = response(u)?;
                if let Some(s) = item(u, &mut doc, "suggestions")? {
                    s.insert("response".into(), r);
                }
            }
            9 => {
                let t = text(u)?;
                if let Some(s) = item(u, &mut doc, "suggestions")? {
                    s.insert("text".into(), t);
                }
            }
            10 => {
                let s = suggestion(u, pool, 1)?;
                push(&mut doc, "suggestions", s);
            }
            _ => remove(u, &mut doc, "suggestions")?,
        }
    }
    Ok(doc)
}
