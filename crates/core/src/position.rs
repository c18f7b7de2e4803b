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

use std::collections::HashMap;

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
pub fn locate(json: &[u8], paths: &[&str]) -> Vec<Option<Position>> {
    let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    let found = scan(json, paths);
    paths
        .iter()
        .map(|path| {
            let mut p: &str = path;
            loop {
                if let Some(pos) = found.get(p) {
                    return Some(*pos);
                }
                p = parent(p)?;
            }
        })
        .collect()
}

/// `a.b[2]` → `a.b` → `a` → none.
fn parent(path: &str) -> Option<&str> {
    let cut = path.rfind(['.', '['])?;
    Some(&path[..cut])
}

enum Frame {
    /// An object: the name of the member being read, and whether a name comes next.
    Object { key: Option<String>, want_key: bool },
    /// An array: the index of the element being read, once one has started.
    Array { index: Option<usize> },
}

/// Records the position of every value whose path is one of `paths` or an ancestor of one.
fn scan<'p>(json: &[u8], paths: &[&'p str]) -> HashMap<&'p str, Position> {
    let mut wanted: HashMap<&str, &'p str> = HashMap::new();
    for &p in paths {
        let mut q: &'p str = p;
        loop {
            wanted.insert(q, q);
            match parent(q) {
                Some(up) => q = up,
                None => break,
            }
        }
    }
    let mut found = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    let (mut line, mut line_start) = (1usize, 0usize);
    let mut i = 0;
    while i < json.len() {
        let b = json[i];
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b',' | b':' => i += 1,
            b'}' | b']' => {
                stack.pop();
                i += 1;
            }
            b'"' if matches!(stack.last(), Some(Frame::Object { want_key: true, .. })) => {
                // A member's name.
                let (name, end) = string(json, i);
                if let Some(Frame::Object { key, want_key }) = stack.last_mut() {
                    *key = Some(name);
                    *want_key = false;
                }
                i = end;
            }
            _ => {
                // A value starts here: a member's value or an array's next element.
                match stack.last_mut() {
                    Some(Frame::Object { want_key, .. }) => *want_key = true,
                    Some(Frame::Array { index }) => *index = Some(index.map_or(0, |n| n + 1)),
                    None => {}
                }
                let pos = Position {
                    line,
                    column: i - line_start + 1,
                };
                if !wanted.is_empty() {
                    let path = current_path(&stack);
                    if let Some(&p) = wanted.get(path.as_str()) {
                        found.insert(p, pos);
                    }
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
                        stack.push(Frame::Array { index: None });
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
    found
}

/// The path of the value about to start, from the frames around it.
fn current_path(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Array { index: Some(n) } => path.push_str(&format!("[{n}]")),
            Frame::Object { key: None, .. } | Frame::Array { index: None } => {}
        }
    }
    path
}

/// Reads the string starting at the quote at `start`: its text (escapes decoded enough to
/// match field names) and the index after the closing quote.
fn string(json: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    let mut raw = Vec::new();
    while i < json.len() {
        match json[i] {
            b'"' => return (String::from_utf8_lossy(&raw).into_owned(), i + 1),
            b'\\' if i + 1 < json.len() => {
                raw.push(json[i + 1]);
                i += 2;
            }
            c => {
                raw.push(c);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&raw).into_owned(), i)
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
