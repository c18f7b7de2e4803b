//! Loading and saving the JSON format, with errors a person can act on.
//!
//! Loading reads the document straight into the typed model (no intermediate JSON tree), so it
//! costs about what a plain `serde_json` parse costs. When it fails, the error carries the JSON
//! path (`actions[3].progress[0].date`), the line and column, and what was expected; an unknown
//! field is named, with a "did you mean" when a known field is close.
//!
//! Limits against hostile input:
//! - input larger than [`MAX_INPUT_BYTES`] is refused with [`ErrorKind::TooLarge`] before it is
//!   parsed ([`Summary::from_reader`] stops reading one byte past the limit);
//! - JSON nested deeper than 128 levels (about 60 levels of sub-points or sub-actions) is
//!   refused with [`ErrorKind::TooDeep`] instead of overflowing the stack.
//!
//! Encoding: a document is UTF-8, as JSON is; a UTF-8 byte-order mark at the start is skipped.
//! Anything else is refused, not decoded: UTF-16 and UTF-32 (with a byte-order mark or
//! without) and Latin-1 / Windows-1252 text get an [`ErrorKind::Syntax`] error that says
//! which encoding the input looks like and to save it as UTF-8, at line 1, column 1 for
//! UTF-16 and UTF-32, at the first byte that is not UTF-8 otherwise.
//!
//! ```
//! # use yousaid::Summary;
//! let utf16: Vec<u8> = r#"{"format": "yousaid/1", "title": "t"}"#
//!     .encode_utf16()
//!     .flat_map(u16::to_le_bytes)
//!     .collect();
//! let e = Summary::from_json_slice(&utf16).unwrap_err();
//! assert_eq!((e.code(), e.line(), e.column()), ("json-syntax", Some(1), Some(1)));
//! assert!(e.message().starts_with("the input is UTF-16 (little-endian), not UTF-8"));
//! ```
//!
//! Memory: a loaded document takes roughly 1.5–2× its file size (1.7× for the 100k-suggestion
//! benchmark document), and loading needs nothing beyond it: no intermediate tree, lists read
//! at their exact length, IDs of up to 24 bytes stored inline ([`Id`](crate::Id)), rarely
//! present parts boxed.

mod objects;

use std::io::Read;

use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::format::{Format, SUPPORTED_FORMATS, UNSUPPORTED_PREFIX};
use crate::summary::Summary;

/// The largest input the loader accepts: 512 MiB.
pub const MAX_INPUT_BYTES: usize = 512 * 1024 * 1024;

/// How deep JSON may nest: room for [`MAX_DEPTH`](crate::MAX_DEPTH) levels of sub-points or
/// sub-actions (each an object in an array) under the document's own few levels. It is
/// serde_json's own recursion limit (128), applied to plain data too; the bindings use it for
/// the data they convert.
pub const MAX_JSON_DEPTH: usize = 2 * (crate::MAX_DEPTH + 4);

const TOO_DEEP: &str =
    "the document nests deeper than 128 levels; flatten deeply nested sub-points or sub-actions";

const _: () = assert!(MAX_JSON_DEPTH == 128, "serde_json's recursion limit");

/// True when a value nests deeper than `limit` arrays and objects. An explicit stack, so
/// depth costs no call stack.
fn too_deep(value: &serde_json::Value, limit: usize) -> bool {
    use serde_json::Value;
    let mut stack: Vec<(&Value, usize)> = vec![(value, 1)];
    while let Some((v, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(items) => Box::new(items.iter()),
            Value::Object(map) => Box::new(map.values()),
            _ => continue,
        };
        if depth > limit {
            return true;
        }
        stack.extend(
            children
                .filter(|c| matches!(c, Value::Array(_) | Value::Object(_)))
                .map(|c| (c, depth + 1)),
        );
    }
    false
}

/// Drops a value of any depth without recursion (`Value`'s own drop recurses, and would
/// overflow the stack on the values [`too_deep`] refuses).
fn dismantle(value: serde_json::Value) {
    use serde_json::Value;
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

impl Summary {
    /// Loads a summary from JSON text.
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let s = Summary::from_json_str(r#"{"format": "yousaid/1", "title": "What you told us"}"#)?;
    /// assert_eq!(s.title, "What you told us");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<Summary, Error> {
        Summary::from_json_slice(json.as_bytes())
    }

    /// Loads a summary from JSON bytes (UTF-8; a leading byte-order mark is skipped; UTF-16,
    /// UTF-32 and Latin-1 are refused with an error naming them, see the [module](self)).
    ///
    /// ```
    /// # use yousaid::{Summary, ErrorKind};
    /// let err = Summary::from_json_slice(b"{\"format\": \"yousaid/1\", \"title\": 7}").unwrap_err();
    /// assert_eq!((err.kind(), err.path(), err.line(), err.column()), (ErrorKind::WrongType, Some("title"), Some(1), Some(34)));
    /// ```
    pub fn from_json_slice(json: &[u8]) -> Result<Summary, Error> {
        load_slice(json, MAX_INPUT_BYTES)
    }

    /// Loads a summary from a reader (a file, standard input), reading at most
    /// [`MAX_INPUT_BYTES`].
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let text = br#"{"format": "yousaid/1", "title": "t"}"#;
    /// let s = Summary::from_reader(&text[..])?;
    /// assert_eq!(s.title, "t");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn from_reader(reader: impl Read) -> Result<Summary, Error> {
        let mut buf = Vec::new();
        reader
            .take(MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut buf)?;
        Summary::from_json_slice(&buf)
    }

    /// Saves the summary as JSON, pretty-printed (two-space indent) or compact. Loading the
    /// result gives an equal summary.
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let s = Summary::new("t");
    /// assert_eq!(s.to_json_string(false), r#"{"format":"yousaid/2","title":"t"}"#);
    /// assert_eq!(Summary::from_json_str(&s.to_json_string(true))?, s);
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn to_json_string(&self, pretty: bool) -> String {
        if pretty {
            self.to_json_string_indented(2)
        } else {
            self.to_compact_json()
        }
    }

    /// Saves the summary as JSON pretty-printed with `indent` spaces (0 puts every value on its
    /// own line without indenting).
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let s = Summary::new("t");
    /// assert_eq!(s.to_json_string_indented(4), "{\n    \"format\": \"yousaid/2\",\n    \"title\": \"t\"\n}");
    /// ```
    pub fn to_json_string_indented(&self, indent: usize) -> String {
        // The compact text re-indented: one serializer of the model (the compact one, which
        // every binding needs anyway) instead of two, for the same bytes as serde_json's
        // `PrettyFormatter` writes.
        indent_json(&self.to_compact_json(), indent)
    }

    fn to_compact_json(&self) -> String {
        // Every type in the model serializes to JSON infallibly: all maps have string keys and
        // no Serialize implementation returns an error.
        serde_json::to_string(self)
            .unwrap_or_else(|e| unreachable!("the model always serializes: {e}"))
    }

    /// Writes the summary as JSON to a writer.
    pub fn to_writer(&self, writer: impl std::io::Write, pretty: bool) -> Result<(), Error> {
        let result = if pretty {
            serde_json::to_writer_pretty(writer, self)
        } else {
            serde_json::to_writer(writer, self)
        };
        result.map_err(|e| Error::new(ErrorKind::Io, e.to_string()))
    }
}

/// Compact JSON text (as serde_json writes it: no whitespace outside strings) pretty-printed
/// as serde_json's `PrettyFormatter` with `indent` spaces would write it: each value of a
/// non-empty array or object on its own line, `": "` after keys, empty ones as `[]` and `{}`.
fn indent_json(compact: &str, indent: usize) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', depth * indent));
    };
    // Copies runs of plain bytes whole, so multi-byte characters stay intact: every byte
    // acted on below is ASCII.
    let mut start = 0;
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        let token = match b {
            b'"' => {
                in_string = true;
                None
            }
            b'{' | b'[' | b'}' | b']' | b',' | b':' => Some(b),
            _ => None,
        };
        let Some(token) = token else {
            i += 1;
            continue;
        };
        out.push_str(&compact[start..i]);
        match token {
            b'{' | b'[' if matches!(bytes.get(i + 1), Some(b'}' | b']')) => {
                // An empty array or object stays on one line.
                out.push_str(&compact[i..i + 2]);
                i += 1;
            }
            b'{' | b'[' => {
                out.push(token as char);
                depth += 1;
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(token as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            _ => out.push_str(": "),
        }
        i += 1;
        start = i;
    }
    out.push_str(&compact[start.min(compact.len())..]);
    out
}

/// [`Summary::from_json_slice`] with a size limit.
fn load_slice(json: &[u8], limit: usize) -> Result<Summary, Error> {
    if json.len() > limit {
        return Err(too_large(limit));
    }
    // Editors on Windows may start UTF-8 files with a byte-order mark; JSON allows ignoring it.
    let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    // A document that says it is `yousaid/1` in its first member goes straight to the
    // migration; any other is read directly (the fast path), and sent to the migration only
    // if it turns out to be `yousaid/1` after all.
    if leading_format(json) == Some(Format::V1) {
        return load_v1(json);
    }
    let e = match read_slice::<Summary>(json) {
        Ok(summary) if summary.format == Format::V1 => return load_v1(json),
        Ok(summary) => return Ok(summary),
        Err(e) => e,
    };
    // Text in another encoding is named as such, rather than as the syntax error it makes.
    if let Some(not_utf8) = crate::encoding::not_utf8(json) {
        return Err(not_utf8);
    }
    // A document of another kind fails somewhere in its body; the missing or foreign
    // format tag is the more useful thing to say. This runs only on failure.
    if e.classify() == serde_json::error::Category::Data && !starts_with_object(json) {
        return Err(Error::new(
            ErrorKind::WrongType,
            "a yousaid document is a JSON object, starting with `{`",
        )
        .with_position(e.line(), e.column()));
    }
    match probe_format(json) {
        Some(Some(serde_json::Value::String(tag))) if tag == Format::V1.as_str() => load_v1(json),
        Some(format) => {
            Err(format_tag_problem(format.as_ref()).unwrap_or_else(|| convert_at(json, e)))
        }
        None => Err(convert_at(json, e)),
    }
}

/// Whether the text is a `yousaid/1` document (its tag read without reading the rest, unless
/// the tag is not the first member).
pub(crate) fn is_v1(json: &[u8]) -> bool {
    match leading_format(json) {
        Some(format) => format == Format::V1,
        None => matches!(
            probe_format(json),
            Some(Some(serde_json::Value::String(tag))) if tag == Format::V1.as_str()
        ),
    }
}

/// The format named by the document's first member, when that member is `format` with a
/// string value that names a known format; `None` otherwise (the full read finds out).
fn leading_format(json: &[u8]) -> Option<Format> {
    let text = std::str::from_utf8(json.get(..json.len().min(256))?)
        .or_else(|e| std::str::from_utf8(&json[..e.valid_up_to()]))
        .ok()?;
    let rest = text.trim_start().strip_prefix('{')?.trim_start();
    let rest = rest.strip_prefix("\"format\"")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let (tag, _) = rest.split_once('"')?;
    Format::parse(tag)
}

/// Loads a `yousaid/1` document: read as plain data, [migrated](crate::migrate), then read as
/// the model. Errors name the path and position in the original text.
fn load_v1(json: &[u8]) -> Result<Summary, Error> {
    let StrictValue(value) = read_slice(json)
        .map_err(|e| crate::encoding::not_utf8(json).unwrap_or_else(|| convert_at(json, e)))?;
    let migrated = crate::migrate::migrate(value).map_err(|e| placed(json, e))?;
    // Read back from text by the same code as a `yousaid/2` document: reading the model from a
    // `Value` would compile a second reader of every type (about 80 KiB of WebAssembly).
    let text = serde_json::to_vec(&migrated).unwrap_or_default();
    read_slice::<Summary>(&text).map_err(|e| placed(json, in_original(convert_at(&text, e))))
}

/// An error in a migrated document, with the path (and, for an unknown field, the field
/// names) it has in the original one.
fn in_original(e: Error) -> Error {
    let Some(path) = e.path().map(crate::migrate::original_path) else {
        return e;
    };
    let e = if e.kind() == ErrorKind::UnknownField {
        let message = crate::migrate::original_message(&path, e.message());
        Error::new(ErrorKind::UnknownField, message).with_position_of(&e)
    } else {
        e
    };
    e.with_path(path)
}

/// JSON as plain data, refusing an object that names a field twice, as reading into the model
/// does (a `serde_json::Value` would keep the last).
struct StrictValue(serde_json::Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{Error as _, MapAccess, SeqAccess, Visitor};
        use serde_json::Value;
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = StrictValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<StrictValue, E> {
                Ok(StrictValue(
                    serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
                ))
            }
            fn visit_str<E>(self, v: &str) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::String(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::String(v)))
            }
            fn visit_unit<E>(self) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::Null))
            }
            fn visit_none<E>(self) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::Null))
            }
            fn visit_some<D2: serde::Deserializer<'de>>(
                self,
                d: D2,
            ) -> Result<StrictValue, D2::Error> {
                StrictValue::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
                let mut items = Vec::new();
                while let Some(StrictValue(v)) = seq.next_element()? {
                    items.push(v);
                }
                Ok(StrictValue(Value::Array(items)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StrictValue, A::Error> {
                let mut out = serde_json::Map::new();
                while let Some(key) = map.next_key::<String>()? {
                    if out.contains_key(&key) {
                        return Err(A::Error::custom(format_args!("duplicate field `{key}`")));
                    }
                    let StrictValue(v) = map.next_value()?;
                    out.insert(key, v);
                }
                Ok(StrictValue(Value::Object(out)))
            }
        }
        d.deserialize_any(V)
    }
}

/// An error with a line and column in `json` where reading the text directly would have put
/// them: the last character of a value of the wrong type or an invalid value, the closing
/// quote of an unknown field's name, the closing brace of an object missing a field.
fn placed(json: &[u8], e: Error) -> Error {
    let path = e.path().unwrap_or("");
    let start = if path.is_empty() {
        json.iter().position(|b| !b.is_ascii_whitespace())
    } else {
        crate::position::locate_in(json, &[path])
            .first()
            .copied()
            .flatten()
            .map(|at| crate::position::offset_of(json, at.line, at.column - 1))
    };
    let Some(start) = start.filter(|&s| s < json.len()) else {
        return e;
    };
    let at = match e.kind() {
        ErrorKind::UnknownField => key_end(json, start),
        ErrorKind::MissingField => container_end(json, start),
        _ => token_end(json, start),
    };
    let (line, column) = line_and_column(json, at.unwrap_or(start));
    e.with_position(line, column)
}

/// The offset of the last byte of the scalar starting at `start` (a string's closing quote);
/// `start` itself for an object or a list.
fn token_end(json: &[u8], start: usize) -> Option<usize> {
    match json[start] {
        b'"' => string_end(json, start),
        b'{' | b'[' => Some(start),
        _ => Some(
            json[start..]
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace())
                .map_or(json.len(), |n| start + n)
                .saturating_sub(1),
        ),
    }
}

/// The offset of the closing quote of the string starting at `start`.
fn string_end(json: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < json.len() {
        match json[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// The offset of the closing quote of the name of the member whose value starts at `start`.
fn key_end(json: &[u8], start: usize) -> Option<usize> {
    let before = json[..start]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())?;
    if json[before] != b':' {
        return None;
    }
    json[..before]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
}

/// The offset of the bracket closing the object or list starting at `start`.
fn container_end(json: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = start;
    while i < json.len() {
        match json[i] {
            b'"' => i = string_end(json, i)?,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The 1-based line and byte column of an offset.
fn line_and_column(json: &[u8], offset: usize) -> (usize, usize) {
    let before = &json[..offset.min(json.len())];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

/// Reads a whole JSON text as a `T`. The path is not tracked while reading (that would cost
/// an allocation per field of every document); [`convert_at`] recovers it from the position
/// of a failure.
///
/// Structs are read from objects only ([`objects`]): the list form serde also accepts is not
/// compiled.
fn read_slice<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(json);
    let value = T::deserialize(objects::Objects(&mut de))?;
    de.end()?;
    Ok(value)
}

/// [`convert`] for an error from reading `json`, with the path at the error's position.
fn convert_at(json: &[u8], e: serde_json::Error) -> Error {
    convert(error_path(json, &e), e)
}

/// The path of the value an error from reading `json` is about, from its position.
fn error_path(json: &[u8], e: &serde_json::Error) -> String {
    use crate::position::{ErrorAt, offset_of, path_at};
    use serde_json::error::Category;
    if e.line() == 0 {
        return String::new();
    }
    let at = match e.classify() {
        Category::Syntax | Category::Eof => ErrorAt::Peeked,
        _ if e.to_string().starts_with("unknown variant") => ErrorAt::VariantName,
        _ => ErrorAt::Value,
    };
    path_at(json, offset_of(json, e.line(), e.column()), at)
}

fn starts_with_object(json: &[u8]) -> bool {
    json.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn too_large(limit: usize) -> Error {
    Error::new(
        ErrorKind::TooLarge,
        format!(
            "the input is larger than {} MiB, the most yousaid reads; split the summary",
            limit / (1024 * 1024)
        ),
    )
}

/// Looks at the `format` tag alone: `Some(tag)` (`Some(None)` when the document has none)
/// when the input is an object; `None` when it is not even that (then the original error says
/// more).
fn probe_format(json: &[u8]) -> Option<Option<serde_json::Value>> {
    #[derive(Deserialize)]
    struct Probe {
        // `null` is a tag that names no format, not a missing tag.
        #[serde(default, deserialize_with = "present")]
        format: Option<serde_json::Value>,
    }
    fn present<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<serde_json::Value>, D::Error> {
        serde_json::Value::deserialize(d).map(Some)
    }
    let probe: Probe = serde_json::from_slice(json).ok()?;
    Some(probe.format)
}

/// Checks the value of the `format` field (`None` when the field is missing).
pub(crate) fn format_tag_problem(format: Option<&serde_json::Value>) -> Option<Error> {
    match format {
        None => Some(Error::new(
            ErrorKind::MissingFormat,
            format!(
                "this is not a yousaid document: it has no `format` field; add \"format\": \"{}\"",
                Format::CURRENT
            ),
        )),
        Some(serde_json::Value::String(s)) if SUPPORTED_FORMATS.contains(&s.as_str()) => None,
        Some(other) => Some(
            Error::new(
                ErrorKind::UnsupportedFormat,
                format!(
                    "{UNSUPPORTED_PREFIX} {other}: this version of yousaid reads {}",
                    SUPPORTED_FORMATS.join(", ")
                ),
            )
            .with_path("format"),
        ),
    }
}

impl Summary {
    /// Loads a summary from plain data: a [`serde_json::Value`] such as a binding builds from a
    /// Python dict or a JavaScript object. Errors carry the path, as for
    /// [`Summary::from_json_str`], but no line or column.
    ///
    /// ```
    /// # use yousaid::{Summary, ErrorKind};
    /// let value = serde_json::json!({"format": "yousaid/1", "title": "t"});
    /// assert_eq!(Summary::from_value(value)?.title, "t");
    /// let err = Summary::from_value(serde_json::json!({"format": "yousaid/1", "title": 7})).unwrap_err();
    /// assert_eq!((err.kind(), err.path()), (ErrorKind::WrongType, Some("title")));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn from_value(value: serde_json::Value) -> Result<Summary, Error> {
        let serde_json::Value::Object(map) = &value else {
            return Err(Error::new(
                ErrorKind::WrongType,
                "a yousaid document is an object (a JSON object, a Python dict)",
            ));
        };
        if let Some(e) = format_tag_problem(map.get("format")) {
            return Err(e);
        }
        if map.get("format").and_then(serde_json::Value::as_str) == Some(Format::V1.as_str()) {
            let migrated = crate::migrate::migrate(value)?;
            return from_value(migrated).map_err(in_original);
        }
        from_value(value)
    }

    /// The summary as plain data: the same tree [`Summary::to_json_string`] writes.
    ///
    /// ```
    /// # use yousaid::Summary;
    /// let s = Summary::new("t");
    /// assert_eq!(Summary::from_value(s.to_value())?, s);
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn to_value(&self) -> serde_json::Value {
        // As in `to_json_string`: the model always serializes.
        serde_json::to_value(self)
            .unwrap_or_else(|e| unreachable!("the model always serializes: {e}"))
    }
}

/// Reads any part of the model (a [`Suggestion`](crate::Suggestion), an
/// [`Action`](crate::Action), a [`ProgressEntry`](crate::ProgressEntry), …) from plain data,
/// with the same error kinds and paths as loading a document.
///
/// ```
/// # use yousaid::{Suggestion, ErrorKind};
/// let s: Suggestion = yousaid::load::from_value(serde_json::json!({"id": "s1", "text": "More training"}))?;
/// assert_eq!(s.id, "s1");
/// let err = yousaid::load::from_value::<Suggestion>(serde_json::json!({"id": "s1", "txt": "x"})).unwrap_err();
/// assert_eq!((err.kind(), err.path()), (ErrorKind::UnknownField, Some("txt")));
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn from_value<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    // Plain data built by a program has no parser to bound its depth; bound it here, as the
    // parser does, before the recursive deserializer sees it.
    if too_deep(&value, MAX_JSON_DEPTH) {
        dismantle(value);
        return Err(Error::new(ErrorKind::TooDeep, TOO_DEEP));
    }
    // Structs from objects only, as when reading text ([`objects`]).
    let mut track = serde_path_to_error::Track::new();
    let de = serde_path_to_error::Deserializer::new(value, &mut track);
    T::deserialize(objects::Objects(de)).map_err(|e| convert(track.path().to_string(), e))
}

/// Reads any part of the model from JSON text, with the same error kinds, paths, lines and
/// columns as loading a document. Bindings that receive parts as text use it rather than
/// [`from_value`], so the part is read by the same code as a whole document.
///
/// ```
/// # use yousaid::{ProgressEntry, ErrorKind};
/// let e: ProgressEntry = yousaid::load::from_json_str(r#"{"date": "2025-01-10", "percent": 30}"#)?;
/// assert_eq!(e.percent, Some(30.0));
/// let err = yousaid::load::from_json_str::<ProgressEntry>(r#"{"date": "2025-13-01"}"#).unwrap_err();
/// assert_eq!((err.kind(), err.path()), (ErrorKind::InvalidValue, Some("date")));
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn from_json_str<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Error> {
    let json = json.as_bytes();
    if json.len() > MAX_INPUT_BYTES {
        return Err(too_large(MAX_INPUT_BYTES));
    }
    read_slice(json).map_err(|e| convert_at(json, e))
}

fn convert(path: String, inner: serde_json::Error) -> Error {
    let (line, column) = (inner.line(), inner.column());
    // serde_json appends " at line L column C" to its message; we report those separately.
    let full = inner.to_string();
    let msg = match full.rfind(" at line ") {
        Some(i) => full[..i].to_owned(),
        None => full,
    };
    let (kind, message) = classify(&inner, &msg, &path);
    Error::new(kind, message)
        .with_path(path)
        .with_position(line, column)
}

fn classify(e: &serde_json::Error, msg: &str, path: &str) -> (ErrorKind, String) {
    use serde_json::error::Category;
    match e.classify() {
        Category::Io => (ErrorKind::Io, msg.to_owned()),
        Category::Eof => (
            ErrorKind::Syntax,
            format!("{msg}: the file ends too early; is it truncated?"),
        ),
        Category::Syntax if msg.starts_with("recursion limit exceeded") => {
            (ErrorKind::TooDeep, TOO_DEEP.to_owned())
        }
        // Well-formed JSON, but a number no field can hold.
        Category::Syntax if msg.starts_with("number out of range") => (
            ErrorKind::InvalidValue,
            "the number is out of range".to_owned(),
        ),
        Category::Syntax => (ErrorKind::Syntax, msg.to_owned()),
        Category::Data => {
            if let Some(rest) = msg.strip_prefix("unknown field ") {
                (ErrorKind::UnknownField, unknown_field_message(rest))
            } else if msg.starts_with("missing field `format`") && !path.contains(['.', '[']) {
                (
                    ErrorKind::MissingFormat,
                    format!(
                        "the document has no `format` field; add \"format\": \"{}\"",
                        Format::CURRENT
                    ),
                )
            } else if msg.starts_with("missing field") {
                (ErrorKind::MissingField, msg.to_owned())
            } else if msg.starts_with(UNSUPPORTED_PREFIX) {
                (ErrorKind::UnsupportedFormat, msg.to_owned())
            } else if msg.starts_with("invalid type") {
                (ErrorKind::WrongType, plain_types(msg))
            } else {
                (ErrorKind::InvalidValue, plain_types(msg))
            }
        }
    }
}

/// Says JSON's names for types instead of Rust's: "expected an object (`Person`)" rather than
/// "expected struct Person", "a list" rather than "a sequence".
fn plain_types(msg: &str) -> String {
    let mut out = msg
        .replace("invalid type: map", "invalid type: object")
        .replace("invalid type: sequence", "invalid type: list")
        .replace("expected a sequence", "expected a list")
        .replace("expected a map", "expected an object")
        .replace("expected u64", "expected a whole number, 0 or more")
        .replace("expected u32", "expected a whole number, 0 or more")
        .replace("expected f64", "expected a number")
        .replace("unknown variant `", "unknown value `");
    if let Some(i) = out.find("expected struct ") {
        let name_start = i + "expected struct ".len();
        let name_end = out[name_start..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(out.len(), |j| name_start + j);
        let name = out[name_start..name_end].to_owned();
        out.replace_range(i..name_end, &format!("expected an object (`{name}`)"));
    }
    out
}

/// Turns serde's "`titel`, expected one of `format`, `title`" into a message with a suggestion.
fn unknown_field_message(rest: &str) -> String {
    let mut names = rest.split('`').skip(1).step_by(2);
    let Some(field) = names.next() else {
        return format!("unknown field {rest}");
    };
    let known: Vec<&str> = names.collect();
    let best = known
        .iter()
        .map(|k| (strsim::jaro_winkler(field, k), *k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = format!("unknown field `{field}`");
    match best {
        Some((_, k)) => out.push_str(&format!("; did you mean `{k}`?")),
        None if known.is_empty() => out.push_str("; this object takes no fields"),
        None => {
            out.push_str("; expected one of ");
            out.push_str(
                &known
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
    }
    out
}

/// Reads a list into a `Vec` without spare capacity. A list read from JSON does not say how long
/// it is, so a growing `Vec` would keep room for four, then eight, … items: for the sub-points,
/// themes, groups and progress entries of every item, about a fifth of a loaded document's
/// memory. So the list grows as usual and is trimmed to its length once read (gathering the
/// first few items on the stack instead, to allocate once, cost 3.5 KB of the gzipped
/// WebAssembly module: one copy per item type).
pub(crate) fn exact_vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Exact<T>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Exact<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            items.shrink_to_fit();
            Ok(items)
        }
    }

    deserializer.deserialize_seq(Exact(std::marker::PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// What serde_json's own pretty printer writes with `indent` spaces.
    fn serde_pretty(value: &impl Serialize, indent: usize) -> String {
        let indent = " ".repeat(indent);
        let mut out = Vec::new();
        let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
        value
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut out, formatter,
            ))
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn indenting_compact_text_matches_serde_json() {
        let tricky = serde_json::json!({
            "empty": {}, "list": [], "nested": [[], {}, [[]], [{}], {"a": []}],
            "text": "braces { [ ] } , : and \"quotes\" \\ \\\" é 中 \u{1F600} \n \t \u{1}",
            "numbers": [0, -1, 1.5, 1e300, 18446744073709551615u64, -9223372036854775808i64],
            "literals": [true, false, null], "": "", "k:,": "v{,}"
        });
        let examples = [
            include_str!("../../../examples/west-yorkshire-2014/summary.json"),
            include_str!("../../../examples/riverside-library-2025/summary.json"),
        ];
        let mut values = vec![
            tricky,
            serde_json::json!([]),
            serde_json::json!("s"),
            serde_json::json!(1),
        ];
        values.extend(examples.iter().map(|e| serde_json::from_str(e).unwrap()));
        for value in &values {
            for indent in [0, 1, 2, 4, 16] {
                let compact = serde_json::to_string(value).unwrap();
                assert_eq!(indent_json(&compact, indent), serde_pretty(value, indent));
            }
        }
    }

    #[test]
    fn pretty_summary_is_serde_json_pretty() {
        let s = Summary::from_json_str(include_str!(
            "../../../examples/west-yorkshire-2014/summary.json"
        ))
        .unwrap();
        assert_eq!(s.to_json_string(true), serde_pretty(&s, 2));
        assert_eq!(s.to_json_string_indented(3), serde_pretty(&s, 3));
        assert_eq!(s.to_json_string_indented(0), serde_pretty(&s, 0));
    }

    fn err(json: &str) -> Error {
        Summary::from_json_str(json).unwrap_err()
    }

    #[test]
    fn syntax_error_has_position() {
        let e = err("{\n  \"format\": \"yousaid/1\",\n  \"title\": \"x\",,\n}");
        assert_eq!(e.kind(), ErrorKind::Syntax);
        assert_eq!((e.line(), e.column()), (Some(3), Some(16)));
    }

    #[test]
    fn type_error_has_path() {
        let e = err(
            r#"{"format":"yousaid/1","title":"t","actions":[{"id":"a","title":"A","progress":[{"date":"2014-13-01"}]}]}"#,
        );
        assert_eq!(e.kind(), ErrorKind::InvalidValue, "{e}");
        assert_eq!(e.path(), Some("actions[0].progress[0].date"));
        let e =
            err(r#"{"format":"yousaid/1","title":"t","events":[{"id":"e","title":"E","id":"f"}]}"#);
        assert_eq!(e.kind(), ErrorKind::InvalidValue, "{e}");
        assert_eq!(e.path(), Some("events[0].id"));
        let e = err(r#"{"format":"yousaid/1","title":7}"#);
        assert_eq!(e.kind(), ErrorKind::WrongType);
        assert_eq!(e.path(), Some("title"));
    }

    #[test]
    fn unknown_field_is_named_with_suggestion() {
        let e = err(
            r#"{"format":"yousaid/1","title":"t","events":[{"id":"e","title":"E","hots":"x"}]}"#,
        );
        assert_eq!(e.kind(), ErrorKind::UnknownField);
        assert_eq!(e.path(), Some("events[0].hots"));
        assert!(e.message().contains("did you mean `host`?"), "{e}");
        let e = err(r#"{"format":"yousaid/1","title":"t","zzzzzz":1}"#);
        assert!(e.message().contains("expected one of `format`"), "{e}");
    }

    #[test]
    fn format_tag_problems() {
        assert_eq!(err(r#"{"title":"t"}"#).kind(), ErrorKind::MissingFormat);
        assert_eq!(
            err(r#"{"title":"t","foo":1}"#).kind(),
            ErrorKind::MissingFormat
        );
        assert_eq!(
            err(r#"{"format":"yousaid/9","title":"t"}"#).kind(),
            ErrorKind::UnsupportedFormat
        );
        assert_eq!(
            err(r#"{"format":3,"title":"t"}"#).kind(),
            ErrorKind::UnsupportedFormat
        );
        assert_eq!(err("[]").kind(), ErrorKind::WrongType);
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let depth = 100_000;
        let mut json = String::from(r#"{"format":"yousaid/1","title":"t","suggestions":["#);
        for i in 0..depth {
            json.push_str(&format!(r#"{{"id":"s{i}","text":"x","points":["#));
        }
        for _ in 0..depth {
            json.push_str("]}");
        }
        json.push_str("]}");
        let e = err(&json);
        assert_eq!(e.kind(), ErrorKind::TooDeep);
        assert!(e.line().is_some());
    }

    #[test]
    fn trailing_garbage_is_refused() {
        assert_eq!(
            err(r#"{"format":"yousaid/1","title":"t"} x"#).kind(),
            ErrorKind::Syntax
        );
    }

    #[test]
    fn too_large_input_is_refused_before_parsing() {
        let json = br#"{"format":"yousaid/1","title":"t"}"#;
        assert!(load_slice(json, json.len()).is_ok());
        let e = load_slice(json, json.len() - 1).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TooLarge);
        assert_eq!((e.path(), e.line()), (None, None));
    }

    #[test]
    fn deep_plain_data_is_refused_not_overflowed() {
        // Built by hand: `json!` would copy `value` through `Serialize`, recursively.
        let mut value = serde_json::json!({"id": "s", "text": "x"});
        for _ in 0..100_000 {
            let mut map = serde_json::Map::new();
            map.insert("id".into(), "s".into());
            map.insert("text".into(), "x".into());
            map.insert("points".into(), serde_json::Value::Array(vec![value]));
            value = serde_json::Value::Object(map);
        }
        let e = from_value::<crate::Suggestion>(value).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TooDeep);
    }

    #[test]
    fn empty_input() {
        let e = err("");
        assert_eq!(e.kind(), ErrorKind::Syntax);
    }
}

#[cfg(test)]
mod recovered_path_tests {
    use super::*;
    use serde_json::Value;
    use std::collections::HashMap;

    /// The path serde_path_to_error tracks while reading, and the error.
    fn tracked(json: &[u8]) -> Option<(String, serde_json::Error)> {
        let mut de = serde_json::Deserializer::from_slice(json);
        let mut track = serde_path_to_error::Track::new();
        let tracked = serde_path_to_error::Deserializer::new(&mut de, &mut track);
        match Summary::deserialize(objects::Objects(tracked)) {
            Err(e) => Some((track.path().to_string(), e)),
            Ok(_) => de.end().err().map(|e| (String::new(), e)),
        }
    }

    fn recovered(json: &[u8]) -> Option<(String, serde_json::Error)> {
        let e = read_slice::<Summary>(json).err()?;
        Some((error_path(json, &e), e))
    }

    /// Every value of a document with its path, written as serde_path_to_error writes it.
    fn values(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
        out.push((path.clone(), v.clone()));
        let join = |k: &str| {
            if path.is_empty() {
                k.to_owned()
            } else {
                format!("{path}.{k}")
            }
        };
        match v {
            Value::Object(m) => m.iter().for_each(|(k, c)| values(c, join(k), out)),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, c)| values(c, format!("{path}[{i}]"), out)),
            _ => {}
        }
    }

    fn pointer(path: &str) -> String {
        let mut p = String::new();
        for part in path.split('.').filter(|s| !s.is_empty()) {
            let mut pieces = part.split('[');
            let key = pieces.next().unwrap();
            if !key.is_empty() {
                p.push('/');
                p.push_str(key);
            }
            for idx in pieces {
                p.push('/');
                p.push_str(idx.trim_end_matches(']'));
            }
        }
        p
    }

    /// Documents with one mistake each in their data, at every value of every example.
    fn mistaken(doc: &Value) -> Vec<Value> {
        let mut all = Vec::new();
        values(doc, String::new(), &mut all);
        let mut out = Vec::new();
        for (path, v) in &all {
            let at = pointer(path);
            let mut with = |f: &dyn Fn(&mut Value)| {
                let mut d = doc.clone();
                f(d.pointer_mut(&at).unwrap());
                out.push(d);
            };
            with(&|v| *v = Value::from(7));
            with(&|v| *v = Value::from("not-a-date"));
            with(&|v| *v = serde_json::json!({"x": 1}));
            with(&|v| *v = serde_json::json!([1]));
            with(&|v| *v = Value::Null);
            match v {
                Value::Object(m) => {
                    with(&|v| {
                        v.as_object_mut()
                            .unwrap()
                            .insert("zz_unknown".into(), 1.into());
                    });
                    for k in m.keys() {
                        let k = k.clone();
                        with(&move |v| {
                            v.as_object_mut().unwrap().remove(&k);
                        });
                    }
                }
                Value::Array(_) => {
                    with(&|v| v.as_array_mut().unwrap().push(Value::from(7)));
                    with(&|v| v.as_array_mut().unwrap().insert(0, serde_json::json!([])));
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn recovered_paths_match_tracked_paths() {
        // Between them these use every field and kind of value the format has.
        let examples = [
            include_str!("../../../tests/fixtures/valid-every-field/input.json"),
            include_str!(
                "../../../tests/fixtures/validate-unanswered-commitment-and-sub-point/input.json"
            ),
        ];
        let mut checked = 0;
        let mut mismatches = Vec::new();
        for example in examples {
            let doc: Value = serde_json::from_str(example).unwrap();
            for d in mistaken(&doc) {
                for text in [
                    serde_json::to_vec(&d).unwrap(),
                    serde_json::to_vec_pretty(&d).unwrap(),
                ] {
                    let (Some((want, we)), Some((got, ge))) = (tracked(&text), recovered(&text))
                    else {
                        assert_eq!(tracked(&text).is_some(), recovered(&text).is_some());
                        continue;
                    };
                    assert_eq!(we.to_string(), ge.to_string());
                    checked += 1;
                    if want != got && !(want == "." && got.is_empty()) {
                        mismatches.push(format!("tracked {want:?}, recovered {got:?}: {we}"));
                    }
                }
            }
        }
        assert!(checked > 3000, "{checked}");
        mismatches.sort();
        mismatches.dedup();
        assert!(
            mismatches.is_empty(),
            "{checked} checked; {} differ:\n{}",
            mismatches.len(),
            mismatches[..mismatches.len().min(40)].join("\n")
        );
    }

    /// A syntax error's path names the member the text breaks off in: a path of the whole
    /// text, or the element a list was about to get after a comma.
    #[test]
    fn syntax_error_paths_name_members_of_the_text() {
        let text = include_str!("../../../tests/fixtures/valid-every-field/input.json");
        let mut paths = Vec::new();
        values(
            &serde_json::from_str(text).unwrap(),
            String::new(),
            &mut paths,
        );
        let paths: HashMap<String, Value> = paths.into_iter().collect();
        // `list[n]` where the list has n elements: the one a trailing comma promised.
        let next_element = |path: &str| {
            let Some((list, n)) = path.strip_suffix(']').and_then(|p| p.rsplit_once('[')) else {
                return false;
            };
            let len = paths.get(list).and_then(Value::as_array).map(Vec::len);
            len.is_some() && len == n.parse().ok()
        };
        let text = text.as_bytes();
        let mut named = 0;
        // Every seventh cut keeps the test quick in debug builds; the cuts fall inside names,
        // inside values and between them.
        for end in (0..text.len()).step_by(7) {
            for tail in [&b""[..], b"]", b",}", b"\\x"] {
                let bad = [&text[..end], tail].concat();
                let Err(e) = Summary::from_json_slice(&bad) else {
                    continue;
                };
                let Some(path) = e.path() else { continue };
                assert!(
                    paths.contains_key(path) || next_element(path),
                    "{path} at {end}: {e}"
                );
                named += 1;
            }
        }
        assert!(named > text.len() / 7, "{named}");
    }
}
