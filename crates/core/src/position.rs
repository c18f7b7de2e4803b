//! Where a JSON path is in the text of a document: the line and column of the value it names,
//! so that a validation problem (`actions[0].depends_on[0]`) can be shown as `file:7:23` and
//! an editor can jump to it.
//!
//! ```
//! use yousaid::position::{locate, Position};
//! let json = "{\n  \"format\": \"yousaid/1\",\n  \"title\": \"t\",\n  \"actions\": [{\"id\": \"a1\", \"title\": \"x\", \"depends_on\": [\"a9\"]}]\n}";
//! let found = locate(json.as_bytes(), &["actions[0].depends_on[0]", "title", "actions[0].status"]);
//! assert_eq!(found[0], Some(Position { line: 4, column: 57 }));
//! assert_eq!(found[1], Some(Position { line: 3, column: 12 }));
//! // A path to a field the document leaves out is placed at the nearest part that exists.
//! assert_eq!(found[2], Some(Position { line: 4, column: 15 }));
//! ```

use crate::id_map::IdMap;
use std::borrow::Cow;

/// A place in the text: line and column, both 1-based; the column counts bytes, as the
/// loader's error positions do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in bytes.
    pub column: usize,
}

/// Finds each path's value in the JSON text, in one pass. A path the text does not contain is
/// placed at its nearest ancestor that it does contain (`suggestions[0].response.reason` at
/// the response when it has no reason); `None` when not even the first segment is there, or the
/// text is not JSON. Paths are written as validation writes them: `events[0].groups[1].id`.
///
/// The time it takes grows with the text and the paths, not with their product: the paths are
/// merged into a tree, and the walk looks up only the members and elements of values on it.
///
/// In a `yousaid/1` document, paths of the model it loads into (`engagements[0].hosts[0]`)
/// are placed at the fields they were migrated from (`events[0].host`).
pub fn locate(json: &[u8], paths: &[&str]) -> Vec<Option<Position>> {
    let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    if crate::load::is_v1(json) {
        let original: Vec<String> = paths
            .iter()
            .map(|p| crate::migrate::original_path(p))
            .collect();
        let original: Vec<&str> = original.iter().map(String::as_str).collect();
        return locate_in(json, &original);
    }
    locate_in(json, paths)
}

pub(crate) fn locate_in(json: &[u8], paths: &[&str]) -> Vec<Option<Position>> {
    let mut tree = Wanted::default();
    let ends: Vec<Vec<usize>> = paths.iter().map(|p| tree.insert(p)).collect();
    let found = tree.scan(json);
    // A path falls back to its ancestors, but not to the whole document: that is only where
    // the empty path is.
    ends.iter()
        .map(|nodes| {
            let own = if nodes.len() > 1 { &nodes[1..] } else { nodes };
            own.iter().rev().find_map(|&n| found[n])
        })
        .collect()
}

/// One step of a path: a member's name or an element's index.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Step<'p> {
    Member(&'p str),
    Element(usize),
}

/// The steps of a path as validation writes it: `a.b[2].c` → `a`, `b`, `[2]`, `c`. A bracket
/// that does not hold a number is part of a name.
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[')
            && let Some(close) = after.find(']')
            && let Ok(i) = after[..close].parse::<usize>()
        {
            out.push(Step::Element(i));
            rest = &after[close + 1..];
        } else {
            let name = rest.strip_prefix('.').unwrap_or(rest);
            let end = name
                .char_indices()
                .skip(1)
                .find(|&(_, c)| c == '.' || c == '[')
                .map_or(name.len(), |(i, _)| i);
            out.push(Step::Member(&name[..end]));
            rest = &name[end..];
        }
    }
    out
}

/// The paths being looked for, merged into a tree: node 0 is the whole document, and each
/// node's children are the steps some path takes from it.
#[derive(Default)]
struct Wanted<'p> {
    children: IdMap<(usize, Step<'p>), usize>,
    nodes: usize,
}

impl<'p> Wanted<'p> {
    /// Adds a path; returns its nodes from the document down.
    fn insert(&mut self, path: &'p str) -> Vec<usize> {
        self.nodes = self.nodes.max(1);
        let mut at = 0;
        let mut out = vec![0];
        for step in steps(path) {
            let next = self.nodes;
            at = *self.children.entry((at, step)).or_insert(next);
            if at == next {
                self.nodes += 1;
            }
            out.push(at);
        }
        out
    }

    /// The child of `parent` that the value of the innermost frame is, if a path goes there.
    fn child(&self, json: &[u8], parent: usize, frame: &Frame) -> Option<usize> {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                let name = k.text(json);
                self.children
                    .get(&(parent, Step::Member(name.as_ref())))
                    .copied()
            }
            Frame::Object { key: None, .. } => None,
            Frame::Array { index } => self.children.get(&(parent, Step::Element(*index))).copied(),
        }
    }

    /// Walks the text once and records where each node's value starts.
    fn scan(&self, json: &[u8]) -> Vec<Option<Position>> {
        let mut found = vec![None; self.nodes];
        if self.nodes == 0 {
            return found;
        }
        // The node of the document and of each open container (`None` when no path goes
        // through it).
        let mut open: Vec<Option<usize>> = Vec::new();
        let on_value = |stack: &[Frame], pos| {
            let depth = stack.len();
            let node = match stack.last() {
                None => Some(0),
                Some(frame) => open
                    .get(depth - 1)
                    .copied()
                    .flatten()
                    .and_then(|parent| self.child(json, parent, frame)),
            };
            if let Some(n) = node {
                found[n] = Some(pos);
            }
            open.truncate(depth);
            open.push(node);
        };
        walk(json, json.len(), on_value, &mut None);
        found
    }
}

/// A member's name as written: the bytes between its quotes, and whether they hold an escape.
#[derive(Clone, Copy)]
struct Name {
    start: usize,
    end: usize,
    escaped: bool,
}

impl Name {
    /// The name, escapes decoded.
    fn text<'j>(&self, json: &'j [u8]) -> Cow<'j, str> {
        if self.escaped
            && let Ok(decoded) = serde_json::from_slice::<String>(&json[self.start - 1..=self.end])
        {
            return Cow::Owned(decoded);
        }
        String::from_utf8_lossy(&json[self.start..self.end])
    }
}

enum Frame {
    /// An object: the name of the member being read (from its name to the comma after its
    /// value), and whether a name comes next.
    Object { key: Option<Name>, want_key: bool },
    /// An array: the index of the element being read, or of the next one.
    Array { index: usize },
}

/// What an error reported at a position is about, which decides its path there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorAt {
    /// The value being read when the error was found (most errors).
    Value,
    /// An enum written as an object, whose variant name was just read: the object is the
    /// value, not a member of it.
    VariantName,
    /// A syntax error, found by looking at the next byte, which the position counts: an
    /// array or object opened by that byte is not yet being read.
    Peeked,
}

/// The JSON path the first `offset` bytes of the text end in, written as
/// `serde_path_to_error` writes it (`actions[0].progress[1].date`; empty at the top).
///
/// The loader reads documents without tracking the path, which costs an allocation per
/// field; a failure's path is recovered afterwards from its position. `offset` is the number
/// of bytes the parser had consumed: a value that failed is inside its member, a missing field
/// is reported after its object's `}` (so at the object), an unknown field after its name.
pub(crate) fn path_at(json: &[u8], offset: usize, at: ErrorAt) -> String {
    let mut last_open = None;
    let mut stack = walk(json, offset, |_, _| {}, &mut last_open);
    let drop_innermost = match at {
        ErrorAt::Value => false,
        ErrorAt::VariantName => matches!(
            stack.last(),
            Some(Frame::Object {
                key: Some(_),
                want_key: false
            })
        ),
        ErrorAt::Peeked => offset > 0 && last_open == Some(offset - 1),
    };
    if drop_innermost {
        stack.pop();
    }
    current_path(json, &stack)
}

/// The byte offset of a parser position: `line` from 1, `column` the bytes of that line
/// consumed (serde_json's convention).
pub(crate) fn offset_of(json: &[u8], line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        json.iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(json.len())
}

/// Walks the first `until` bytes of the text token by token, calling `on_value` with the
/// frames around each value as it starts and its position, and returns the frames open at
/// the end, and in `last_open` the index of the last `{` or `[` that opened one. Never fails:
/// text that is not JSON is walked as far as it makes sense.
fn walk(
    json: &[u8],
    until: usize,
    mut on_value: impl FnMut(&[Frame], Position),
    last_open: &mut Option<usize>,
) -> Vec<Frame> {
    let until = until.min(json.len());
    let mut stack: Vec<Frame> = Vec::new();
    let (mut line, mut line_start) = (1usize, 0usize);
    let mut i = 0;
    while i < until {
        let b = json[i];
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b':' => i += 1,
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object { key, want_key }) => {
                        *key = None;
                        *want_key = true;
                    }
                    Some(Frame::Array { index }) => *index += 1,
                    None => {}
                }
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                i += 1;
            }
            b'"' if matches!(stack.last(), Some(Frame::Object { want_key: true, .. })) => {
                // A member's name.
                let (name, end) = string(json, i);
                if let Some(Frame::Object { key, want_key }) = stack.last_mut() {
                    // A name the walk stops inside is not read yet.
                    *key = name.filter(|_| end <= until);
                    *want_key = false;
                }
                i = end;
            }
            _ => {
                // A value starts here: a member's value or an array's element.
                if let Some(Frame::Object { want_key, .. }) = stack.last_mut() {
                    *want_key = true;
                }
                let pos = Position {
                    line,
                    column: i - line_start + 1,
                };
                on_value(&stack, pos);
                if matches!(b, b'{' | b'[') {
                    *last_open = Some(i);
                }
                match b {
                    b'{' => {
                        stack.push(Frame::Object {
                            key: None,
                            want_key: true,
                        });
                        i += 1;
                    }
                    b'[' => {
                        stack.push(Frame::Array { index: 0 });
                        i += 1;
                    }
                    b'"' => i = string(json, i).1,
                    _ => {
                        while i < json.len() && !b" \t\r\n,:]}".contains(&json[i]) {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
    stack
}

/// The path of the frames: their members' names and elements' indexes.
fn current_path(json: &[u8], stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&k.text(json));
            }
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            Frame::Object { key: None, .. } => {}
        }
    }
    path
}

/// Reads the string starting at the quote at `start`: where its text is (`None` if it has no
/// closing quote), and the index after it.
fn string(json: &[u8], start: usize) -> (Option<Name>, usize) {
    let mut i = start + 1;
    let mut escaped = false;
    // Most of a document's bytes are inside strings: jump to the next quote or backslash.
    while let Some(at) = json
        .get(i..)
        .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
    {
        i += at;
        match json[i] {
            b'"' => {
                let name = Name {
                    start: start + 1,
                    end: i,
                    escaped,
                };
                return (Some(name), i + 1);
            }
            b'\\' => {
                escaped = true;
                i += 2;
            }
            _ => i += 1,
        }
    }
    (None, json.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_through_arrays_and_escaped_names() {
        let json = br#"{"a": [1, {"b\"c": [true, null, {"d": "x"}]}], "e": {}}"#;
        let found: Vec<Option<(usize, usize)>> =
            locate(json, &["a[1].b\"c[2].d", "a[0]", "e", "a[1]", "zz", ""])
                .into_iter()
                .map(|p| p.map(|p| (p.line, p.column)))
                .collect();
        let want = [
            Some((1, 39)),
            Some((1, 8)),
            Some((1, 53)),
            Some((1, 11)),
            None,
            Some((1, 1)),
        ];
        assert_eq!(found, want);
    }

    #[test]
    fn anything_at_all_is_safe() {
        for junk in [
            &b""[..],
            b"\"",
            b"{\"a",
            b"{\"a\\",
            b"]]]}}}",
            b"{{{{[[[[",
            b"\xff\xfe{\"\xff\": 1}",
            b"\xEF\xBB\xBF",
        ] {
            let _ = locate(junk, &["a", "a[0]", "", "a.b"]);
        }
    }
}
