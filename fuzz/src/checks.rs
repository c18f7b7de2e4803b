//! The properties the fuzz targets check: one function per target, given the bytes the target
//! was given (for the structure-aware targets, the text of the documents they generated).
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`) and by the ordinary test
//! `crates/core/tests/fuzz_crashers.rs`, which includes this file by path and replays every
//! file of `fuzz/crashers/<target>/` through the same function, without nightly or libFuzzer.
//! So it uses nothing but `std`, `yousaid`, `serde_json` and `pulldown_cmark`, which the core's
//! tests have too.
//!
//! A check panics, saying what broke, when a property fails. Only properties that must hold for
//! every input are checked:
//! - bad input is an error with a code (and, when it has a line, a line of the text), never a
//!   panic;
//! - what loads saves (compact, pretty, to a writer, as a value) and loads again unchanged;
//! - validation reports errors before warnings, each with the severity of its code, in the same
//!   order every time, at paths the text contains;
//! - every view renders in every format, as of a date or not, streamed or not, by name or not,
//!   with no markup, link, or control character from the document active in the output;
//! - a document does not differ from itself, and a bulletin renders between any two documents.

use std::sync::{Arc, OnceLock};

use pulldown_cmark::{Event, Options, Parser, Tag};
use yousaid::{Date, OutputFormat, RenderOptions, Renderer, Severity, Summary, View, position};

/// What a target checks, given its input.
pub type Check = fn(&[u8]);

/// Every target, by name: `fuzz/fuzz_targets/<name>.rs` calls its function, and
/// `crates/core/tests/fuzz_crashers.rs` replays `fuzz/crashers/<name>/` through it.
pub const TARGETS: &[(&str, Check)] = &[
    ("load", load),
    ("validate", validate),
    ("render", render),
    ("diff", diff),
    ("bulletin", bulletin),
    ("document", document),
    ("versions", versions),
    // The importers' target goes here when `yousaid::import` reads a format: its bytes through
    // the importer (an error with a code, or an `Imported`), then `checks_of_a_document` on the
    // summary it built. See CONTRIBUTING.md, "Fuzzing".
];

/// Separates the two documents of a `diff`, `bulletin` or `versions` input: a form feed, which
/// JSON allows neither between tokens nor raw in strings, so that any pair of documents can be
/// written as one input.
pub const SEPARATOR: u8 = 0x0C;

/// The date every view is also rendered as of (besides "as last recorded").
const AS_OF: Date = Date::constant(2025, 6, 30);

/// `load`: bytes loaded as a document; what loads saves and loads again unchanged.
pub fn load(data: &[u8]) {
    if let Some(summary) = loaded(data) {
        round_trip(&summary);
    }
}

/// `validate`: what loads validates, and the report is well formed.
pub fn validate(data: &[u8]) {
    if let Some(summary) = loaded(data) {
        check_report(&summary, data);
    }
}

/// `render`: what loads renders in every view and format, with nothing active from the
/// document in the output.
pub fn render(data: &[u8]) {
    if let Some(summary) = loaded(data) {
        check_renders(&summary);
    }
}

/// `diff`: two documents separated by [`SEPARATOR`]; their changes.
pub fn diff(data: &[u8]) {
    if let Some((old, new)) = pair(data) {
        check_changes(&old, &new);
    }
}

/// `bulletin`: two documents separated by [`SEPARATOR`]; the bulletin of the second since the
/// first, in every format.
pub fn bulletin(data: &[u8]) {
    if let Some((old, new)) = pair(data) {
        check_bulletins(&old, &new);
    }
}

/// `document`: a generated document, which must load, through the checks of `load`,
/// `validate` and `render`.
pub fn document(data: &[u8]) {
    let summary = Summary::from_json_slice(data)
        .unwrap_or_else(|e| panic!("a generated document does not load: {e}"));
    checks_of_a_document(&summary, data);
}

/// `versions`: two generated versions of a document, which must load, through the checks of
/// `diff` and `bulletin`.
pub fn versions(data: &[u8]) {
    let at = data
        .iter()
        .position(|&b| b == SEPARATOR)
        .expect("two documents separated by a form feed");
    let load = |text: &[u8]| {
        Summary::from_json_slice(text)
            .unwrap_or_else(|e| panic!("a generated document does not load: {e}"))
    };
    let (old, new) = (load(&data[..at]), load(&data[at + 1..]));
    check_changes(&old, &new);
    check_bulletins(&old, &new);
}

/// Every check of one document that loaded from `text`.
fn checks_of_a_document(summary: &Summary, text: &[u8]) {
    round_trip(summary);
    check_report(summary, text);
    check_renders(summary);
}

/// The document, or `None` after checking the error.
fn loaded(data: &[u8]) -> Option<Summary> {
    match Summary::from_json_slice(data) {
        Ok(summary) => Some(summary),
        Err(e) => {
            check_error(&e, data);
            None
        }
    }
}

/// The two documents of an input, when there are two and both load.
fn pair(data: &[u8]) -> Option<(Summary, Summary)> {
    let at = data.iter().position(|&b| b == SEPARATOR)?;
    let old = loaded(&data[..at]);
    let new = loaded(&data[at + 1..]);
    Some((old?, new?))
}

fn line_count(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b == b'\n').count() + 1
}

fn check_error(e: &yousaid::Error, data: &[u8]) {
    let message = e.to_string();
    assert!(!e.code().is_empty(), "an error without a code: {message}");
    assert!(
        !message.trim().is_empty(),
        "an error without a message ({})",
        e.code()
    );
    if let Some(line) = e.line() {
        let lines = line_count(data);
        assert!(
            (1..=lines).contains(&line),
            "an error at line {line} of a text of {lines} lines: {message}"
        );
    }
}

fn reload(json: &str, how: &str) -> Summary {
    Summary::from_json_str(json)
        .unwrap_or_else(|e| panic!("a document saved {how} does not load: {e}\n{json}"))
}

fn round_trip(summary: &Summary) {
    let compact = summary.to_json_string(false);
    let again = reload(&compact, "compact");
    assert!(
        again == *summary,
        "saving and loading changed the document:\n{compact}"
    );
    assert_eq!(
        again.to_json_string(false),
        compact,
        "saving what was saved gives other text"
    );
    let pretty = summary.to_json_string(true);
    assert!(
        reload(&pretty, "pretty") == *summary,
        "saving pretty and loading changed the document:\n{pretty}"
    );
    let mut written = Vec::new();
    summary
        .to_writer(&mut written, true)
        .expect("writing to memory does not fail");
    assert!(
        written == pretty.as_bytes(),
        "to_writer and to_json_string write different text:\n{}\n----\n{pretty}",
        String::from_utf8_lossy(&written)
    );
    let value = Summary::from_value(summary.to_value())
        .unwrap_or_else(|e| panic!("a document saved as a value does not load: {e}\n{compact}"));
    assert!(
        value == *summary,
        "saving as a value and loading changed the document:\n{compact}"
    );
}

fn check_report(summary: &Summary, text: &[u8]) {
    let report = summary.validate();
    let problems = &report.problems;
    let first_warning = problems
        .iter()
        .position(|p| p.severity == Severity::Warning);
    if let Some(first) = first_warning
        && let Some(p) = problems[first..]
            .iter()
            .find(|p| p.severity == Severity::Error)
    {
        panic!("an error after a warning: {p}");
    }
    for p in problems {
        assert_eq!(p.severity, p.code.severity(), "{p}");
        assert!(!p.path.is_empty(), "a problem without a path: {p}");
        assert!(
            !p.message.trim().is_empty(),
            "a problem without a message: {p}"
        );
    }
    assert!(
        summary.validate() == report,
        "validating twice gives two reports"
    );
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let lines = line_count(text);
    for (p, at) in problems.iter().zip(position::locate(text, &paths)) {
        let at = at.unwrap_or_else(|| panic!("a problem at a path not in the text: {p}"));
        assert!(
            (1..=lines).contains(&at.line) && at.column >= 1,
            "a problem placed at {at:?}, outside a text of {lines} lines: {p}"
        );
    }
}

fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(Renderer::new)
}

/// The built-in template of a view and format, by name.
fn builtin(view: View, format: OutputFormat) -> String {
    let suffix = match format {
        OutputFormat::Html | OutputFormat::Fragment => "html",
        OutputFormat::Markdown => "md",
        OutputFormat::Text => "txt",
    };
    format!("{view}.{suffix}")
}

fn check_renders(summary: &Summary) {
    let shared = Arc::new(summary.clone());
    for view in View::ALL {
        for format in OutputFormat::ALL {
            let options = RenderOptions::new().view(view).format(format);
            let label = format!("{view} {format}");
            let out = summary
                .render(&options)
                .unwrap_or_else(|e| panic!("{label}: {e}"));
            check_output(&label, format, &out);

            let named = summary
                .render(&options.clone().template(builtin(view, format)))
                .unwrap_or_else(|e| panic!("{label} by name: {e}"));
            assert!(
                named == out,
                "{label}: the built-in template named renders otherwise"
            );
            let mut streamed = Vec::new();
            renderer()
                .render_to(&shared, &options, &mut streamed)
                .unwrap_or_else(|e| panic!("{label} streamed: {e}"));
            assert!(
                streamed == out.as_bytes(),
                "{label}: rendering to a writer gives other text"
            );

            let label = format!("{label} as of {AS_OF}");
            let out = summary
                .render(&options.as_of(AS_OF))
                .unwrap_or_else(|e| panic!("{label}: {e}"));
            check_output(&label, format, &out);
        }
    }
    for width in [0, 1, 20] {
        let label = format!("full text at width {width}");
        let out = summary
            .render(&RenderOptions::new().format(OutputFormat::Text).width(width))
            .unwrap_or_else(|e| panic!("{label}: {e}"));
        check_output(&label, OutputFormat::Text, &out);
    }
}

fn check_changes(old: &Summary, new: &Summary) {
    let changes = yousaid::diff(old, new);
    assert!(
        yousaid::diff(old, new) == changes,
        "diffing twice gives two lists of changes"
    );
    serde_json::to_string(&changes).expect("changes serialise");
    for (which, s) in [("old", old), ("new", new)] {
        let same = yousaid::diff(s, s);
        assert!(
            same.is_empty(),
            "the {which} document differs from itself: {same:?}"
        );
    }
}

fn check_bulletins(old: &Summary, new: &Summary) {
    for format in OutputFormat::ALL {
        let label = format!("bulletin {format}");
        let out = new
            .bulletin(old, &RenderOptions::new().format(format))
            .unwrap_or_else(|e| panic!("{label}: {e}"));
        check_output(&label, format, &out);
    }
}

/// Characters no output may hold, whatever the document says: the bidirectional controls and
/// control characters other than tab and line breaks (the renderer removes them from text).
fn is_inert_only_removed(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

fn check_output(label: &str, format: OutputFormat, out: &str) {
    if let Some(c) = out.chars().find(|&c| is_inert_only_removed(c)) {
        panic!("{label}: the control character {c:?} in the output");
    }
    match format {
        OutputFormat::Html | OutputFormat::Fragment => check_html(label, out),
        OutputFormat::Markdown => check_markdown(label, out),
        OutputFormat::Text => {}
    }
}

/// Whether a link in the output may be followed: http, https, mailto, or a place in the page.
/// `url` is as a browser reads it (character references decoded).
fn check_link(label: &str, url: &str) {
    let lower = url.trim_start().to_ascii_lowercase();
    assert!(
        ["http://", "https://", "mailto:", "#"]
            .iter()
            .any(|scheme| lower.starts_with(scheme)),
        "{label}: a link to {url:?}"
    );
}

/// The element and attribute names the HTML templates write (lower case): anything else in a
/// page came from the document.
fn html_vocabulary() -> &'static (Vec<String>, Vec<String>) {
    static VOCABULARY: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let (mut tags, mut attributes) = (Vec::new(), Vec::new());
        for (name, source) in yousaid::render::BUILTIN_TEMPLATES {
            if !name.ends_with(".html") {
                continue;
            }
            let b = source.as_bytes();
            for (i, _) in source.match_indices('<') {
                let start = i + 1 + usize::from(b.get(i + 1) == Some(&b'/'));
                let len = b[start..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                let tag = source[start..start + len].to_ascii_lowercase();
                if tag == "h" {
                    // Headings are written `<h{{ level }}>`.
                    tags.extend((1..=6).map(|n| format!("h{n}")));
                } else if !tag.is_empty() {
                    tags.push(tag);
                }
            }
            for (i, _) in source.match_indices("=\"") {
                let len = b[..i]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                    .count();
                attributes.push(source[i - len..i].to_ascii_lowercase());
            }
        }
        for list in [&mut tags, &mut attributes] {
            list.sort();
            list.dedup();
        }
        (tags, attributes)
    })
}

/// Reads every tag of the output: each element and attribute must be one the templates write,
/// each attribute value quoted, and each `href` a link that may be followed. Text from the
/// document is escaped, so a `<` or a quote it holds never starts a tag or ends a value.
fn check_html(label: &str, html: &str) {
    let (tags, attributes) = html_vocabulary();
    let b = html.as_bytes();
    let near = |i: usize| {
        let boundary = |mut k: usize| {
            while !html.is_char_boundary(k) {
                k -= 1;
            }
            k
        };
        let (from, to) = (
            boundary(i.saturating_sub(60)),
            boundary((i + 60).min(html.len())),
        );
        format!("{:?}", &html[from..to])
    };
    let mut i = 0;
    while let Some(found) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + found;
        let mut j = at + 1;
        if b[j..].starts_with(b"!DOCTYPE html>") {
            i = j;
            continue;
        }
        j += usize::from(b.get(j) == Some(&b'/'));
        let len = b[j..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let tag = html[j..j + len].to_ascii_lowercase();
        assert!(
            tags.binary_search(&tag).is_ok(),
            "{label}: an element <{tag}> no template writes, near {}",
            near(at)
        );
        j += len;
        loop {
            j += b[j..]
                .iter()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
            match b.get(j) {
                None => panic!("{label}: a tag left open, near {}", near(at)),
                Some(b'>') => break,
                Some(b'/') if b.get(j + 1) == Some(&b'>') => break,
                _ => {}
            }
            let len = b[j..]
                .iter()
                .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/'))
                .count();
            let name = html[j..j + len].to_ascii_lowercase();
            assert!(
                len > 0 && attributes.binary_search(&name).is_ok(),
                "{label}: an attribute {name:?} no template writes, near {}",
                near(j)
            );
            j += len;
            if b.get(j) != Some(&b'=') {
                continue;
            }
            j += 1;
            let quote = b.get(j).copied();
            assert!(
                matches!(quote, Some(b'"' | b'\'')),
                "{label}: an unquoted attribute value, near {}",
                near(j)
            );
            let end = b[j + 1..]
                .iter()
                .position(|&c| Some(c) == quote)
                .map(|k| j + 1 + k)
                .unwrap_or_else(|| {
                    panic!("{label}: an attribute value left open, near {}", near(j))
                });
            if matches!(
                name.as_str(),
                "href" | "src" | "action" | "formaction" | "xlink:href"
            ) {
                check_link(label, &decode(&html[j + 1..end]));
            }
            j = end + 1;
        }
        i = j;
    }
}

/// An attribute value as a browser reads it: numeric character references and the named ones
/// an escaper writes decoded (enough to read a link's scheme).
fn decode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses the Markdown as a renderer would: no raw HTML, no image, and only links that may be
/// followed.
fn check_markdown(label: &str, md: &str) {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("{label}: raw HTML {h:?}"),
            Event::Start(Tag::Image { dest_url, .. }) => panic!("{label}: an image {dest_url:?}"),
            Event::Start(Tag::Link { dest_url, .. }) => check_link(label, &dest_url),
            _ => {}
        }
    }
}
