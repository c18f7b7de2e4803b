//! Outline notes: plain text and Markdown (and Word documents, through `docx` with the Cargo
//! feature of that name) turned into a [`Summary`].
//!
//! The notes people keep after a roundtable event look alike whatever they were typed in:
//! headings, questions, bullets nested a few levels deep, "I will…" commitments, "You said: …
//! / We did: …" pairs, thanks at the end. The reader goes through the input once, line by line
//! (linear time, no regular expressions), and recognises:
//!
//! | in the input | becomes |
//! |---|---|
//! | the first line, when it reads like a title (or a first `# heading` in Markdown) | [`Summary::title`] |
//! | a heading: `#`…`######` or a line underlined with `===`/`---`; in plain text also a short line standing alone between blank lines | a section (see below) |
//! | a heading "Table 1", "Group B", "Workshop 2", "Breakout room 3", "Focus group 1" | a [`Group`] of an event `e1`; the points under it are raised by it |
//! | a heading "Purpose…", "Aims", "Objectives" | the bullets under it become [`Summary::purposes`] ("Consolidate- bring together…" keeps "Consolidate" as the label); a line ending in ":" starts a new list with that lead-in |
//! | a heading "Next steps", "Actions", "What we will do", "We did"… | the bullets under it become [`Action`]s (sub-bullets sub-actions) |
//! | a heading "Thank you", "Thanks", "Closing" | [`Summary::closing`]: its heading, paragraphs and signature |
//! | any other heading | a section; points directly under it (with no question) get a [`Theme`] named after it |
//! | a line (not a bullet) ending in "?" | a [`Question`]; the points below it answer it, until the next question or heading |
//! | a bullet (`•`, `-`, `*`, `+`, `1.`, `a)`, `(i)`…) at any depth, or in plain text an indented line | a point ([`Suggestion`]) nested by its indentation |
//! | a line or bullet starting "I will" / "We will" | a commitment: a point of kind [`SuggestionKind::Commitment`] among points, an [`Action`] elsewhere |
//! | "You said: …" / "You told us: …" | a point; "We asked: …" a question |
//! | "We did: …" / "What we did: …" / "We will: …" / "Our response: …" | an [`Action`] answering the point before it |
//! | "You said: … We did: …" on one line | a point and the [`Action`] answering it |
//! | "We asked", "You said", "We did" standing alone (or "You said:" with nothing after), each followed by paragraphs | a block: the first "We asked" paragraph a question; each "You said" paragraph a point under it (bullets nested); each "We did" paragraph an [`Action`] responding to every point of the block (bullets sub-actions); a short line inside a block stays a paragraph of it |
//! | a bulleted point, then a paragraph, where points and paragraphs alternate (a forum's questions and answers) | the paragraph an [`Action`] answering the point, listed as ambiguous |
//! | a line of column names with an ID and an action column ("ID Review Year Owner Recommendation Status") followed by numbered lines | a tracker flattened to text: each row an [`Action`] with its number, owners, notes for the other columns, and its status words ("Read more" left out) |
//! | a line starting "©" or "Copyright" | [`Summary::copyright`] |
//! | any other line | prose, kept as a paragraph of [`Summary::introduction`] |
//! | a horizontal rule, an empty bullet | not used (listed in the report) |
//!
//! Blank lines separate things and are not reported. Every other line is either in
//! [`ImportReport::recognised`] (with the ID of what it became) or in
//! [`ImportReport::not_used`] with a reason. Readings that could have gone another way (a
//! bullet phrased as a question, a question no points follow, the lines read as a signature)
//! are listed in [`ImportReport::ambiguous`] with the reading taken.
//!
//! IDs are made from the order of the input: questions `q1`, `q2`…; points `s1`, `s2`… with
//! sub-points `s2.1`, `s2.1.3`…; actions `a1`, `a1.1`…; groups and themes from their names
//! (`table-1`, `womens-and-childrens`); the event holding the groups is `e1`.
//!
//! Say only what the source says: nothing gets a status, a date, an owner or a stance the notes
//! do not give. A "We did: …" answer states no stance, while a [`Response`](crate::Response)
//! must have one, so the answer is recorded as an action that responds to the point (with the
//! format's default, unmarked coverage) rather than a response with an invented stance.
//! Sub-points under a point that ends with ":" (a list of audiences, of places) are of kind
//! [`SuggestionKind::Detail`]. Sub-points carry no question or group of their own: they inherit
//! their parent's.
//!
//! In Markdown, lines that follow each other without a blank line are one paragraph (and a
//! bullet's continuation lines belong to it), as Markdown renders them; a line that is wholly
//! bold (`**Table 1**`) is a heading below every `#` level. In plain text each line stands
//! alone.
//!
//! ```
//! use yousaid::import::{import_outline, ImportOptions};
//!
//! let notes = "\
//! Library consultation
//!
//! What would make you use the library more?
//!
//!   • Longer opening hours
//!     • Sundays
//!   • I will ask the council to review the budget
//! ";
//! let imported = import_outline(notes, &ImportOptions::default())?;
//! let s = &imported.summary;
//! assert_eq!(s.title, "Library consultation");
//! assert_eq!(s.questions[0].text, "What would make you use the library more?");
//! assert_eq!(s.suggestions[0].points[0].id, "s1.1");
//! assert_eq!(s.suggestions[1].kind, yousaid::SuggestionKind::Commitment);
//! # Ok::<(), yousaid::Error>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

use super::text::squash;
use super::{
    Ambiguity, ImportFormat, ImportOptions, ImportReport, Imported, NotUsed, Recognised,
    RecognisedAs, SourceRef,
};
use crate::action::{Action, Answer, Coverage};
use crate::actor::Actor;
use crate::engagement::{Engagement, EngagementKind, Group, GroupKind};
use crate::error::Error;
use crate::id::Id;
use crate::question::{Question, Theme};
use crate::suggestion::{Suggestion, SuggestionKind};
use crate::summary::{Closing, Purpose, PurposeList, Summary};

mod blocks;
mod forum;
mod tracker;

/// Imports plain-text notes. See the [module documentation](self) for what is recognised.
///
/// The text must not hold NUL bytes or lines longer than
/// [`MAX_LINE_BYTES`](super::MAX_LINE_BYTES): such input is a
/// [`bad-input`](crate::ErrorKind::BadInput) error with its line and column. Use
/// [`import`](super::import()) for bytes that may not be UTF-8.
///
/// ```
/// # use yousaid::import::{import_outline, ImportOptions};
/// let imported = import_outline("Table 1\n\n- More buses\n", &ImportOptions::default())?;
/// assert_eq!(imported.summary.suggestions[0].groups, ["table-1"]);
/// assert_eq!(imported.summary.engagements[0].groups[0].name, "Table 1");
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn import_outline(text: &str, options: &ImportOptions) -> Result<Imported, Error> {
    read(super::text::check(text.as_bytes())?, false, options)
}

/// Imports Markdown notes. See the [module documentation](self) for what is recognised.
///
/// ```
/// # use yousaid::import::{import_markdown, ImportOptions};
/// let md = "# Bus review\n\n## What should change?\n\n- Later buses\n  on Sundays\n";
/// let imported = import_markdown(md, &ImportOptions::default())?;
/// assert_eq!(imported.summary.title, "Bus review");
/// assert_eq!(imported.summary.suggestions[0].text, "Later buses on Sundays");
/// assert_eq!(imported.summary.suggestions[0].question.as_deref(), Some("q1"));
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn import_markdown(text: &str, options: &ImportOptions) -> Result<Imported, Error> {
    read(super::text::check(text.as_bytes())?, true, options)
}

/// Reads text already checked by [`check`](super::text::check).
pub(crate) fn read(text: &str, markdown: bool, options: &ImportOptions) -> Result<Imported, Error> {
    options.check()?;
    let (flavour, format) = if markdown {
        (Flavour::Markdown, ImportFormat::Markdown)
    } else {
        (Flavour::Plain, ImportFormat::Outline)
    };
    Ok(build(Lines::new(text, markdown), flavour, format, options))
}

/// How headings are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavour {
    /// Plain text: a short line standing alone is a heading, an indented line a bullet.
    Plain,
    /// Markdown: headings are marked.
    Markdown,
    /// A Word document: headings are styled, list levels given.
    #[cfg(feature = "docx")]
    Styled,
}

/// One unit of the input (a line, a Markdown paragraph, a Word paragraph), classified by its
/// form alone.
#[derive(Debug, Clone)]
pub(crate) struct Item<'a> {
    /// Where it starts.
    pub(crate) at: SourceRef,
    /// Further lines that belong to it (a setext underline, Markdown continuation lines).
    pub(crate) more: Vec<SourceRef>,
    /// The text as written.
    pub(crate) raw: Cow<'a, str>,
    /// The text without its marker, white space squashed.
    pub(crate) text: String,
    /// Its form.
    pub(crate) form: Form,
    /// Whether a blank line (or the start of the input) comes before it.
    pub(crate) blank_before: bool,
}

/// The form of a unit of input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A marked heading, with its level (1 for `#`; 0 for a Word title).
    Heading(u8),
    /// A horizontal rule.
    Rule,
    /// A bullet or numbered item, with the column of its marker (or a Word list level).
    Bullet(usize),
    /// A line of text, with its indentation.
    Text(usize),
}

/// The lines of a text, classified, blank lines dropped (noted in `blank_before`).
struct Lines<'a> {
    lines: std::iter::Peekable<std::iter::Enumerate<std::str::Split<'a, char>>>,
    markdown: bool,
    blank_before: bool,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str, markdown: bool) -> Self {
        Lines {
            lines: text.split('\n').enumerate().peekable(),
            markdown,
            blank_before: true,
        }
    }
}

fn strip_cr(line: &str) -> &str {
    line.strip_suffix('\r').unwrap_or(line)
}

impl<'a> Iterator for Lines<'a> {
    type Item = Item<'a>;

    fn next(&mut self) -> Option<Item<'a>> {
        loop {
            let (i, raw) = self.lines.next()?;
            let raw = strip_cr(raw);
            if raw.trim().is_empty() {
                self.blank_before = true;
                continue;
            }
            let mut item = classify(raw, i + 1, self.markdown);
            if matches!(item.form, Form::Text(_) | Form::Bullet(_)) {
                while let Some(&(j, next)) = self.lines.peek() {
                    let next = strip_cr(next);
                    if next.trim().is_empty() {
                        break;
                    }
                    if let (Form::Text(indent), Some(level)) = (item.form, underline(next))
                        && indent < 4
                    {
                        item.form = Form::Heading(level);
                        item.more.push(SourceRef::Line { line: j + 1 });
                        self.lines.next();
                        break;
                    }
                    if !self.markdown {
                        break;
                    }
                    let follower = classify(next, j + 1, true);
                    if !matches!(follower.form, Form::Text(_)) || is_strong(next.trim()) {
                        break;
                    }
                    item.text.push(' ');
                    item.text.push_str(&follower.text);
                    item.more.push(follower.at);
                    self.lines.next();
                }
            }
            item.blank_before = std::mem::replace(&mut self.blank_before, false);
            return Some(item);
        }
    }
}

/// Three or more of the same `-`, `*`, `_` or `=`, spaces allowed between: a horizontal rule.
fn is_rule(body: &str) -> bool {
    let mut chars = body.chars().filter(|c| !c.is_whitespace());
    let Some(first @ ('-' | '*' | '_' | '=')) = chars.next() else {
        return false;
    };
    let mut n = 1;
    for c in chars {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// `=====` (level 1) or `-----` (level 2) under a line makes it a heading.
fn underline(line: &str) -> Option<u8> {
    let t = line.trim();
    if t.len() < 3 {
        return None;
    }
    if t.bytes().all(|b| b == b'=') {
        Some(1)
    } else if t.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

fn is_strong(t: &str) -> bool {
    t.len() > 4
        && ((t.starts_with("**") && t.ends_with("**"))
            || (t.starts_with("__") && t.ends_with("__")))
        && !t[2..t.len() - 2].contains("**")
}

/// Classifies one non-blank line.
fn classify(raw: &str, line: usize, markdown: bool) -> Item<'_> {
    let at = SourceRef::Line { line };
    let body = raw.trim_start();
    let indent: usize = raw[..raw.len() - body.len()]
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let item = |form, text: &str| Item {
        at: at.clone(),
        more: Vec::new(),
        raw: Cow::Borrowed(raw),
        text: squash(text),
        form,
        blank_before: false,
    };
    if is_rule(body) {
        return item(Form::Rule, "");
    }
    if markdown {
        let hashes = body.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes)
            && body[hashes..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        {
            let text = body[hashes..].trim().trim_end_matches('#');
            return item(Form::Heading(hashes as u8), text);
        }
        let t = body.trim_end();
        if is_strong(t) {
            return item(Form::Heading(6), &t[2..t.len() - 2]);
        }
    }
    if let Some(rest) = bullet_body(body) {
        return item(Form::Bullet(indent), rest);
    }
    item(Form::Text(indent), body)
}

/// The text after a bullet or number marker, if the line starts with one.
fn bullet_body(body: &str) -> Option<&str> {
    let mut chars = body.char_indices();
    let (_, first) = chars.next()?;
    let after_marker = |end: usize| -> Option<&str> {
        let rest = &body[end..];
        if rest.is_empty() {
            Some(rest)
        } else if rest.starts_with(char::is_whitespace) {
            Some(rest.trim_start())
        } else {
            None
        }
    };
    if "•◦▪▫‣⁃·●○■□➢➤►–—-*+".contains(first) {
        return after_marker(first.len_utf8());
    }
    // 1. 1) 12. a) (a) (1) (iv)
    let (open, start) = if first == '(' { (true, 1) } else { (false, 0) };
    let label_end = body[start..]
        .find(|c: char| !c.is_ascii_alphanumeric())
        .map(|i| start + i)?;
    let label = &body[start..label_end];
    let close = body[label_end..].chars().next()?;
    let numeric =
        !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    let roman = !label.is_empty() && label.len() <= 4 && label.bytes().all(|b| b"ivx".contains(&b));
    let ok = if open {
        close == ')' && (numeric || letter || roman)
    } else {
        (numeric && (close == '.' || close == ')')) || ((letter || roman) && close == ')')
    };
    if !ok {
        return None;
    }
    after_marker(label_end + 1)
}

/// What a heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Points, questions and prose.
    Points,
    /// The summary's purposes.
    Purposes,
    /// Actions.
    Actions,
    /// The closing words.
    Closing,
}

/// What a heading names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadingKind {
    Generic,
    Purposes,
    Actions,
    Closing,
    Group(GroupKind),
    Question,
}

/// Lower case, without the punctuation at either end.
fn key(text: &str) -> String {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace(['\u{2019}', '\''], "")
}

fn heading_kind(text: &str) -> HeadingKind {
    if text.trim_end().ends_with('?') {
        return HeadingKind::Question;
    }
    let k = key(text);
    let words: Vec<&str> = k.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    if first.starts_with("thank") || first == "closing" || k == "in closing" || k == "final words" {
        return HeadingKind::Closing;
    }
    if ["purpose", "purposes", "aims", "objectives"].contains(&first) || k.starts_with("purpose of")
    {
        return HeadingKind::Purposes;
    }
    const ACTIONS: [&str; 15] = [
        "next steps",
        "actions",
        "action plan",
        "actions agreed",
        "what we will do",
        "what we did",
        "what we are doing",
        "what i will do",
        "what happens next",
        "we did",
        "we will",
        "our commitments",
        "commitments",
        "our response",
        "what we have done",
    ];
    if ACTIONS.contains(&k.as_str()) {
        return HeadingKind::Actions;
    }
    let names = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || (w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic()))
            || [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve",
            ]
            .contains(&w)
    };
    let named = |i: usize| {
        words.len() <= i + 4
            && words
                .get(i)
                .map(|w| w.trim_end_matches([':', '.', ')']))
                .is_some_and(names)
    };
    match (first, words.get(1).copied()) {
        ("table" | "roundtable", _) if named(1) => HeadingKind::Group(GroupKind::Table),
        ("group", _) if named(1) => HeadingKind::Group(GroupKind::Table),
        ("workshop", _) if named(1) => HeadingKind::Group(GroupKind::Workshop),
        ("breakout", Some("room" | "group")) if named(2) => HeadingKind::Group(GroupKind::Breakout),
        ("breakout", _) if named(1) => HeadingKind::Group(GroupKind::Breakout),
        ("focus", Some("group")) if named(2) => HeadingKind::Group(GroupKind::FocusGroup),
        _ => HeadingKind::Generic,
    }
}

/// A labelled line: "You said: …", "We did: …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    YouSaid,
    WeAsked,
    WeDid,
}

fn label(text: &str) -> Option<(Label, &str)> {
    const LABELS: [(&str, Label); 11] = [
        ("you said", Label::YouSaid),
        ("you told us", Label::YouSaid),
        ("you asked", Label::YouSaid),
        ("we asked", Label::WeAsked),
        ("we did", Label::WeDid),
        ("what we did", Label::WeDid),
        ("we have done", Label::WeDid),
        ("we will", Label::WeDid),
        ("we are doing", Label::WeDid),
        ("our response", Label::WeDid),
        ("we have", Label::WeDid),
    ];
    for (words, label) in LABELS {
        let Some(head) = text.get(..words.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(words) {
            continue;
        }
        let rest = text[words.len()..].trim_start();
        let mut chars = rest.chars();
        if let Some(':' | '-' | '–' | '—') = chars.next() {
            return Some((label, chars.as_str().trim()));
        }
    }
    None
}

fn is_commitment(text: &str) -> bool {
    ["i will ", "we will ", "i'll ", "we'll "].iter().any(|p| {
        text.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    })
}

fn is_copyright(text: &str) -> bool {
    text.starts_with('©')
        || text.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("(c)"))
        || text
            .get(..9)
            .is_some_and(|h| h.eq_ignore_ascii_case("copyright"))
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    if t.ends_with("...") || t.ends_with('…') {
        return false;
    }
    t.ends_with(['.', ',', ';', ':', '?', '!'])
}

/// A short line standing alone that does not read as a sentence.
fn heading_like(text: &str, max_words: usize) -> bool {
    !text.is_empty()
        && text.chars().count() <= max_words * 10
        && text.split_whitespace().count() <= max_words
        && !ends_sentence(text)
        && !text.starts_with(['"', '\u{201c}', '\u{2018}', '\'', '(', '['])
        && label(text).is_none()
        && !is_commitment(text)
        && !is_copyright(text)
}

/// "Consolidate- bring together…" → ("Consolidate", "bring together…").
fn split_purpose(text: &str) -> (Option<String>, String) {
    let found = text
        .char_indices()
        .find_map(|(i, c)| {
            let rest = &text[i + c.len_utf8()..];
            match c {
                '-' if i > 0 && !text[..i].ends_with(' ') && rest.starts_with(' ') => {
                    Some((i, i + 1))
                }
                '—' | '–' if rest.starts_with(' ') => Some((i, i + c.len_utf8())),
                _ => None,
            }
        })
        .filter(|&(i, _)| {
            let words = text[..i].split_whitespace().count();
            (1..=10).contains(&words)
        });
    match found {
        Some((i, j)) => {
            let label = text[..i].trim();
            let rest = text[j..].trim();
            if label.is_empty() || rest.is_empty() {
                (None, text.to_owned())
            } else {
                (Some(label.to_owned()), rest.to_owned())
            }
        }
        None => (None, text.to_owned()),
    }
}

/// A readable ID from a name: `Women's and Children's` → `womens-and-childrens`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Builds a summary from classified items.
pub(crate) fn build<'a>(
    items: impl Iterator<Item = Item<'a>>,
    flavour: Flavour,
    format: ImportFormat,
    options: &ImportOptions,
) -> Imported {
    let mut b = Builder::new(flavour, format);
    let mut items = items.peekable();
    while let Some(item) = items.next() {
        let next = items.peek();
        b.item(item, next);
    }
    b.finish(options)
}

/// A kept context: an ID and the heading level it belongs to.
#[derive(Debug, Clone)]
struct Scoped {
    id: Id,
    level: u8,
    /// Set by a heading (rather than a line within a section).
    heading: bool,
}

/// A heading whose points, if it has any with no question, get a theme named after it.
#[derive(Debug, Clone)]
struct HeadingTheme {
    name: String,
    level: u8,
    id: Option<Id>,
}

/// A label with nothing after it ("You said:"), waiting for the line that holds its text.
#[derive(Debug, Clone)]
struct Pending {
    label: Label,
    at: SourceRef,
    raw: String,
}

#[derive(Debug)]
struct Builder {
    flavour: Flavour,
    summary: Summary,
    report: ImportReport,
    title_set: bool,
    started: bool,
    section: Section,
    section_level: u8,
    theme: Option<HeadingTheme>,
    question: Option<Scoped>,
    group: Option<Scoped>,
    questions: HashMap<String, Id>,
    groups: HashMap<String, Id>,
    slugs: HashMap<String, usize>,
    /// Open points, innermost last: (indentation, path of indices from the top).
    points: Vec<(usize, Vec<usize>)>,
    actions: Vec<(usize, Vec<usize>)>,
    purposes: Vec<(usize, Vec<usize>)>,
    last_point: Option<Id>,
    pending: Option<Pending>,
    /// The input positions of the closing paragraphs, for the signature.
    closing_at: Vec<SourceRef>,
    /// The lines read as questions (not headings), to check that points answer them.
    asked: Vec<(Id, SourceRef, String)>,
    /// The "We asked / You said / We did" block being read ([`blocks`]).
    block: Option<blocks::Block>,
    /// The items before, for reading answers to forum items ([`forum`]).
    forum: forum::Forum,
    /// The numbered table flattened to text being read ([`tracker`]).
    tracker: Option<tracker::Tracker>,
}

impl Builder {
    fn new(flavour: Flavour, format: ImportFormat) -> Self {
        Builder {
            flavour,
            summary: Summary::new(""),
            report: ImportReport::new(format),
            title_set: false,
            started: false,
            section: Section::Points,
            section_level: 0,
            theme: None,
            question: None,
            group: None,
            questions: HashMap::new(),
            groups: HashMap::new(),
            slugs: HashMap::new(),
            points: Vec::new(),
            actions: Vec::new(),
            purposes: Vec::new(),
            last_point: None,
            pending: None,
            closing_at: Vec::new(),
            asked: Vec::new(),
            block: None,
            forum: forum::Forum::default(),
            tracker: None,
        }
    }

    fn recognise(&mut self, item: &Item<'_>, as_: RecognisedAs, id: Option<&Id>) {
        for at in std::iter::once(&item.at).chain(&item.more) {
            self.report.recognised.push(Recognised {
                at: at.clone(),
                as_,
                id: id.cloned(),
            });
        }
    }

    fn not_used(&mut self, item: &Item<'_>, reason: &str) {
        self.report.not_used.push(NotUsed {
            at: item.at.clone(),
            text: item.raw.clone().into_owned(),
            reason: reason.to_owned(),
        });
    }

    fn ambiguous(&mut self, at: &SourceRef, text: &str, note: &str) {
        self.report.ambiguous.push(Ambiguity {
            at: at.clone(),
            text: text.to_owned(),
            note: note.to_owned(),
        });
    }

    /// A new ID from a name, unique among those made so far.
    fn unique_slug(&mut self, name: &str, fallback: &str) -> Id {
        let base = match slug(name) {
            s if s.is_empty() => fallback.to_owned(),
            s => s,
        };
        let n = self.slugs.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            Id::from(base)
        } else {
            Id::from(format!("{base}-{n}"))
        }
    }

    fn item(&mut self, item: Item<'_>, next: Option<&Item<'_>>) {
        let (recognised, bullet) = (
            self.report.recognised.len(),
            matches!(item.form, Form::Bullet(_)),
        );
        let row = self.tracker_item(&item, next);
        let answer = !row && self.forum_answer(&item, next);
        if !row && !answer {
            self.item_as_usual(item, next);
        }
        self.forum_after(recognised, bullet, answer);
    }

    fn item_as_usual(&mut self, mut item: Item<'_>, next: Option<&Item<'_>>) {
        let first = !self.started;
        self.started = true;
        match item.form {
            Form::Rule => self.not_used(&item, "a horizontal rule"),
            Form::Heading(level) if first && level <= 1 && titles(&item.text) => self.title(&item),
            Form::Heading(level) => self.heading(&item, level),
            Form::Bullet(_) if item.text.is_empty() => self.not_used(&item, "an empty bullet"),
            Form::Bullet(indent) => self.bullet(&mut item, indent),
            Form::Text(indent) => {
                let plain = self.flavour == Flavour::Plain;
                if first
                    && self.flavour != Flavour::Markdown
                    && heading_like(&item.text, 20)
                    && titles(&item.text)
                {
                    self.title(&item);
                } else if plain && indent >= 2 && self.section != Section::Closing {
                    self.bullet(&mut item, indent);
                } else if plain
                    && indent < 2
                    && self.pending.is_none()
                    && item.blank_before
                    && next.is_none_or(|n| n.blank_before || matches!(n.form, Form::Bullet(_)))
                    && heading_like(&item.text, 12)
                    && (self.section != Section::Closing
                        || heading_kind(&item.text) != HeadingKind::Generic)
                    && !self.block_keeps(&item)
                {
                    self.heading(&item, 2);
                } else {
                    self.text(&item);
                }
            }
        }
    }

    fn title(&mut self, item: &Item<'_>) {
        self.summary.title = item.text.clone();
        self.title_set = true;
        self.recognise(item, RecognisedAs::Title, None);
    }

    fn heading(&mut self, item: &Item<'_>, level: u8) {
        if self.block_heading(item) {
            return;
        }
        self.block = None;
        let kind = heading_kind(&item.text);
        self.points.clear();
        self.actions.clear();
        self.purposes.clear();
        self.last_point = None;
        if let Some(p) = self.pending.take() {
            self.report.not_used.push(NotUsed {
                at: p.at,
                text: p.raw,
                reason: "a label with no text after it".to_owned(),
            });
        }
        let keep_line_question = matches!(kind, HeadingKind::Group(_));
        if self
            .question
            .as_ref()
            .is_some_and(|q| q.level >= level && (q.heading || !keep_line_question))
        {
            self.question = None;
        }
        if self.group.as_ref().is_some_and(|g| g.level >= level) {
            self.group = None;
        }
        if self.theme.as_ref().is_some_and(|t| t.level >= level) {
            self.theme = None;
        }
        self.section_level = level;
        self.section = Section::Points;
        match kind {
            HeadingKind::Question => {
                let id = self.question_id(&item.text);
                self.question = Some(Scoped {
                    id: id.clone(),
                    level,
                    heading: true,
                });
                self.recognise(item, RecognisedAs::Question, Some(&id));
            }
            HeadingKind::Group(group_kind) => {
                let id = self.group_id(&item.text, group_kind);
                self.group = Some(Scoped {
                    id: id.clone(),
                    level,
                    heading: true,
                });
                self.recognise(item, RecognisedAs::Group, Some(&id));
            }
            HeadingKind::Closing => {
                self.section = Section::Closing;
                let closing = self.summary.closing.get_or_insert_with(Closing::default);
                if closing.heading.is_none() {
                    closing.heading = Some(item.text.clone());
                } else {
                    closing.paragraphs.push(item.text.clone());
                    self.closing_at.push(item.at.clone());
                }
                self.recognise(item, RecognisedAs::Closing, None);
            }
            HeadingKind::Purposes => {
                self.section = Section::Purposes;
                self.recognise(item, RecognisedAs::Heading, None);
            }
            HeadingKind::Actions => {
                self.section = Section::Actions;
                self.recognise(item, RecognisedAs::Heading, None);
            }
            HeadingKind::Generic => {
                self.theme = Some(HeadingTheme {
                    name: item.text.clone(),
                    level,
                    id: None,
                });
                self.recognise(item, RecognisedAs::Heading, None);
            }
        }
    }

    fn question_id(&mut self, text: &str) -> Id {
        let k = key(text);
        if let Some(id) = self.questions.get(&k) {
            return id.clone();
        }
        let id = Id::from(format!("q{}", self.summary.questions.len() + 1));
        self.summary
            .questions
            .push(Question::new(id.clone(), text.to_owned()));
        self.questions.insert(k, id.clone());
        id
    }

    fn group_id(&mut self, name: &str, kind: GroupKind) -> Id {
        let k = key(name);
        if let Some(id) = self.groups.get(&k) {
            return id.clone();
        }
        let id = self.unique_slug(name, "group");
        if self.summary.engagements.is_empty() {
            self.summary
                .engagements
                .push(Engagement::new("e1", "", EngagementKind::Event));
        }
        let mut group = Group::new(id.clone(), name.to_owned());
        group.kind = kind;
        self.summary.engagements[0].groups.push(group);
        self.groups.insert(k, id.clone());
        id
    }

    fn bullet(&mut self, item: &mut Item<'_>, indent: usize) {
        if self.pending.is_some() {
            return self.fill_pending(item);
        }
        if self.block_bullet(item, indent) {
            return;
        }
        match self.section {
            Section::Closing => self.closing_paragraph(item),
            Section::Purposes => self.purpose(item, indent),
            Section::Actions => {
                let id = self.add_action(Some(indent), &item.text, None);
                self.recognise(item, action_as(&item.text), Some(&id));
            }
            Section::Points => {
                if let Some((label, rest)) = label(&item.text) {
                    return self.labelled(item, label, rest);
                }
                let commitment = is_commitment(&item.text);
                let question = item.text.ends_with('?');
                if question && !commitment {
                    self.ambiguous(
                        &item.at,
                        &item.text,
                        "a bullet ending in \"?\": read as a point participants raised as a \
                         question (kind `question`), not as a question put to them",
                    );
                }
                let text = std::mem::take(&mut item.text);
                let id = self.add_point(Some(indent), text, |parent| {
                    if commitment {
                        SuggestionKind::Commitment
                    } else if question {
                        SuggestionKind::Question
                    } else if parent.is_some_and(|p| p.text.ends_with(':')) {
                        SuggestionKind::Detail
                    } else {
                        SuggestionKind::Suggestion
                    }
                });
                let as_ = if commitment {
                    RecognisedAs::Commitment
                } else {
                    RecognisedAs::Point
                };
                self.recognise(item, as_, Some(&id));
            }
        }
    }

    fn text(&mut self, item: &Item<'_>) {
        if self.pending.is_some() {
            return self.fill_pending(item);
        }
        if is_copyright(&item.text) {
            if self.summary.copyright.is_none() {
                self.summary.copyright = Some(item.text.clone());
                self.recognise(item, RecognisedAs::Copyright, None);
            } else {
                self.not_used(item, "a second copyright line: the summary keeps the first");
            }
            return;
        }
        if self.section != Section::Closing
            && let Some((label, rest)) = label(&item.text)
        {
            return self.labelled(item, label, rest);
        }
        if self.block_text(item) {
            return;
        }
        match self.section {
            Section::Closing => self.closing_paragraph(item),
            Section::Purposes if item.text.ends_with(':') => {
                self.purposes.clear();
                self.summary.purposes.push(PurposeList {
                    lead_in: Some(item.text.clone()),
                    points: Vec::new(),
                });
                self.recognise(item, RecognisedAs::Purpose, None);
            }
            Section::Actions if is_commitment(&item.text) => {
                let id = self.add_action(None, &item.text, None);
                self.recognise(item, RecognisedAs::Commitment, Some(&id));
            }
            Section::Points if item.text.ends_with('?') => {
                let id = self.question_id(&item.text);
                self.points.clear();
                self.question = Some(Scoped {
                    id: id.clone(),
                    level: self.section_level.saturating_add(1),
                    heading: false,
                });
                self.recognise(item, RecognisedAs::Question, Some(&id));
                self.asked.push((id, item.at.clone(), item.text.clone()));
            }
            Section::Points if is_commitment(&item.text) => {
                if self.question.is_some() || self.group.is_some() {
                    let id =
                        self.add_point(None, item.text.clone(), |_| SuggestionKind::Commitment);
                    self.recognise(item, RecognisedAs::Commitment, Some(&id));
                } else {
                    let id = self.add_action(None, &item.text, None);
                    self.recognise(item, RecognisedAs::Commitment, Some(&id));
                }
            }
            _ => {
                self.summary.introduction.push(item.text.clone());
                self.recognise(item, RecognisedAs::Prose, None);
            }
        }
    }

    fn labelled(&mut self, item: &Item<'_>, label: Label, rest: &str) {
        if rest.is_empty() {
            self.pending = Some(Pending {
                label,
                at: item.at.clone(),
                raw: item.raw.clone().into_owned(),
            });
            return;
        }
        self.label_with_text(label, rest, item);
    }

    fn label_with_text(&mut self, label: Label, text: &str, item: &Item<'_>) {
        match label {
            Label::YouSaid => {
                let (said, did) = blocks::split_pair(text).unwrap_or((text, ""));
                let id = self.add_point(None, said.to_owned(), |_| SuggestionKind::Suggestion);
                self.last_point = Some(id.clone());
                if !did.is_empty() {
                    self.add_action(None, did, Some(&id));
                }
                self.recognise(item, RecognisedAs::Point, Some(&id));
            }
            Label::WeAsked => {
                let id = self.question_id(text);
                self.question = Some(Scoped {
                    id: id.clone(),
                    level: self.section_level.saturating_add(1),
                    heading: false,
                });
                self.recognise(item, RecognisedAs::Question, Some(&id));
            }
            Label::WeDid => {
                let answers = self.last_point.clone();
                let id = self.add_action(None, text, answers.as_ref());
                let as_ = if answers.is_some() {
                    RecognisedAs::Response
                } else {
                    RecognisedAs::Action
                };
                self.recognise(item, as_, Some(&id));
            }
        }
    }

    fn fill_pending(&mut self, item: &Item<'_>) {
        let Some(p) = self.pending.take() else {
            return;
        };
        let before = self.report.recognised.len();
        // A label standing alone opens a part of a block: the paragraphs after its first
        // belong to it too.
        self.open_part(p.label.into());
        self.block_text(item);
        // The label's own line, before its text's, becomes what its text became.
        if let Some(first) = self.report.recognised.get(before).cloned() {
            self.report
                .recognised
                .insert(before, Recognised { at: p.at, ..first });
        }
    }

    fn closing_paragraph(&mut self, item: &Item<'_>) {
        let closing = self.summary.closing.get_or_insert_with(Closing::default);
        closing.paragraphs.push(item.text.clone());
        self.closing_at.push(item.at.clone());
        self.recognise(item, RecognisedAs::Closing, None);
    }

    fn purpose(&mut self, item: &Item<'_>, indent: usize) {
        if self.summary.purposes.is_empty() {
            self.summary.purposes.push(PurposeList {
                lead_in: None,
                points: Vec::new(),
            });
        }
        let (label, text) = split_purpose(&item.text);
        let purpose = Purpose {
            label,
            text,
            points: Vec::new(),
        };
        while self.purposes.last().is_some_and(|(i, _)| *i >= indent) {
            self.purposes.pop();
        }
        let list = self.summary.purposes.last_mut().expect("a list was made");
        let path = match self.purposes.last() {
            None => {
                list.points.push(purpose);
                vec![list.points.len() - 1]
            }
            Some((_, parent)) => {
                let mut node = &mut list.points[parent[0]];
                for &i in &parent[1..] {
                    node = &mut node.points[i];
                }
                node.points.push(purpose);
                let mut path = parent.clone();
                path.push(node.points.len() - 1);
                path
            }
        };
        self.purposes.push((indent, path));
        self.recognise(item, RecognisedAs::Purpose, None);
    }

    /// Adds a point under the open point less indented than `indent` (at the top for `None`),
    /// and returns its ID.
    fn add_point(
        &mut self,
        indent: Option<usize>,
        text: String,
        kind: impl FnOnce(Option<&Suggestion>) -> SuggestionKind,
    ) -> Id {
        match indent {
            Some(indent) => {
                while self.points.last().is_some_and(|(i, _)| *i >= indent) {
                    self.points.pop();
                }
            }
            None => self.points.clear(),
        }
        let indent = indent.unwrap_or(0);
        let (id, path) = match self.points.last() {
            None => {
                let id = Id::from(format!("s{}", self.summary.suggestions.len() + 1));
                let mut point = Suggestion::new(id.clone(), text);
                point.kind = kind(None);
                point.question = self.question.as_ref().map(|q| q.id.clone());
                if let Some(g) = &self.group {
                    point.groups = vec![g.id.clone()];
                }
                if self.question.is_none()
                    && let Some(theme) = self.theme_id()
                {
                    point.themes = vec![theme];
                }
                self.summary.suggestions.push(point);
                (id, vec![self.summary.suggestions.len() - 1])
            }
            Some((_, parent)) => {
                let mut node = &mut self.summary.suggestions[parent[0]];
                for &i in &parent[1..] {
                    node = &mut node.points[i];
                }
                let id = Id::from(format!("{}.{}", node.id, node.points.len() + 1));
                let mut point = Suggestion::new(id.clone(), text);
                point.kind = kind(Some(node));
                super::push(&mut node.points, point);
                let mut path = parent.clone();
                path.push(node.points.len() - 1);
                (id, path)
            }
        };
        self.points.push((indent, path));
        id
    }

    /// The theme of the heading the points are under, made when first needed.
    fn theme_id(&mut self) -> Option<Id> {
        let theme = self.theme.as_ref()?;
        if let Some(id) = &theme.id {
            return Some(id.clone());
        }
        let name = theme.name.clone();
        let id = self.unique_slug(&name, "theme");
        self.summary.themes.push(Theme::new(id.clone(), name));
        if let Some(t) = self.theme.as_mut() {
            t.id = Some(id.clone());
        }
        Some(id)
    }

    /// Adds an action under the open action less indented than `indent` (at the top for
    /// `None`), answering a point if given, and returns its ID.
    fn add_action(&mut self, indent: Option<usize>, text: &str, answers: Option<&Id>) -> Id {
        match indent {
            Some(indent) => {
                while self.actions.last().is_some_and(|(i, _)| *i >= indent) {
                    self.actions.pop();
                }
            }
            None => self.actions.clear(),
        }
        let mut action = Action::new("", text.to_owned());
        if let Some(s) = answers {
            action.responds_to = vec![Answer::to_suggestion(s.clone()).coverage(Coverage::Full)];
        }
        let (id, path) = match self.actions.last() {
            None => {
                let id = Id::from(format!("a{}", self.summary.actions.len() + 1));
                action.id = id.clone();
                self.summary.actions.push(action);
                (id, vec![self.summary.actions.len() - 1])
            }
            Some((_, parent)) => {
                let mut node = &mut self.summary.actions[parent[0]];
                for &i in &parent[1..] {
                    node = &mut node.actions[i];
                }
                let id = Id::from(format!("{}.{}", node.id, node.actions.len() + 1));
                action.id = id.clone();
                super::push(&mut node.actions, action);
                let mut path = parent.clone();
                path.push(node.actions.len() - 1);
                (id, path)
            }
        };
        self.actions.push((indent.unwrap_or(0), path));
        id
    }

    /// Short lines at the end of the closing words are its signature: the last two its name
    /// and role (one alone, a name).
    fn signature(&mut self) {
        let Some(closing) = self.summary.closing.as_mut() else {
            return;
        };
        let short = |p: &String| p.split_whitespace().count() <= 8 && !ends_sentence(p);
        let run = closing
            .paragraphs
            .iter()
            .rev()
            .take_while(|p| short(p))
            .count();
        if run == 0 || run == closing.paragraphs.len() {
            return;
        }
        let n = closing.paragraphs.len();
        let at = |i: usize| self.closing_at.get(i).cloned();
        let mut notes = Vec::new();
        if run >= 2 {
            let role = closing.paragraphs.pop().unwrap_or_default();
            let name = closing.paragraphs.pop().unwrap_or_default();
            notes.push((at(n - 2), name.clone(), "read as the signature's name"));
            notes.push((at(n - 1), role.clone(), "read as the signature's role"));
            for i in n - run..n - 2 {
                notes.push((
                    at(i),
                    closing.paragraphs[i].clone(),
                    "a short line before the signature: kept as a closing paragraph",
                ));
            }
            closing.signature = Some(Actor::new(name).role(role));
        } else {
            let name = closing.paragraphs.pop().unwrap_or_default();
            notes.push((at(n - 1), name.clone(), "read as the signature's name"));
            closing.signature = Some(Actor::new(name));
        }
        for (at, text, note) in notes {
            if let Some(at) = at {
                self.ambiguous(&at, &text, note);
            }
        }
    }

    /// A line ending in "?" that no point answers may be a point phrased as a question.
    fn unanswered_questions(&mut self) {
        if self.asked.is_empty() {
            return;
        }
        let answered: std::collections::HashSet<&Id> = self
            .summary
            .suggestions
            .iter()
            .filter_map(|s| s.question.as_ref())
            .collect();
        let lonely: Vec<_> = self
            .asked
            .iter()
            .filter(|(id, _, _)| !answered.contains(id))
            .cloned()
            .collect();
        for (_, at, text) in lonely {
            self.ambiguous(
                &at,
                &text,
                "a line ending in \"?\" that no point answers: read as a question put to \
                 participants; it may be a point phrased as a question",
            );
        }
    }

    fn finish(mut self, options: &ImportOptions) -> Imported {
        self.end_tracker();
        self.forum_lone_is_prose();
        if let Some(p) = self.pending.take() {
            self.report.not_used.push(NotUsed {
                at: p.at,
                text: p.raw,
                reason: "a label with no text after it".to_owned(),
            });
        }
        self.signature();
        self.unanswered_questions();
        // The signature's notes come last: put every note in input order.
        self.report.ambiguous.sort_by_key(|a| position(&a.at));
        if !self.title_set {
            self.summary.title = options.title.clone().unwrap_or_default();
        }
        let title = self.summary.title.clone();
        for event in &mut self.summary.engagements {
            event.title = title.clone();
        }
        let mut imported = Imported {
            summary: self.summary,
            report: self.report,
        };
        if let Some(threshold) = options.merge_threshold {
            super::merge::merge(&mut imported, threshold);
        }
        imported
    }
}

/// A sort key for a place in the input.
fn position(at: &SourceRef) -> (usize, usize) {
    match at {
        SourceRef::Line { line } => (*line, 0),
        SourceRef::Paragraph { paragraph } => (*paragraph, 0),
        SourceRef::Row { row, .. } => (*row, 0),
        SourceRef::Cell { row, column, .. } => (*row, *column),
    }
}

/// Whether a first line can be the title: not when its words make it a group, a question, a
/// section or a part of a block of their own ("Table 1", "Next steps", "We asked").
fn titles(text: &str) -> bool {
    heading_kind(text) == HeadingKind::Generic && blocks::part(text).is_none()
}

fn action_as(text: &str) -> RecognisedAs {
    if is_commitment(text) {
        RecognisedAs::Commitment
    } else {
        RecognisedAs::Action
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(text: &str) -> Imported {
        import_outline(text, &ImportOptions::default()).unwrap()
    }

    #[test]
    fn markers_are_recognised() {
        for (line, body) in [
            ("• a", Some("a")),
            ("- a", Some("a")),
            ("* a", Some("a")),
            ("12. a", Some("a")),
            ("3) a", Some("a")),
            ("(iv) a", Some("a")),
            ("b) a", Some("a")),
            ("-a", None),
            ("2024 was good", None),
            ("1.5 million", None),
            ("A. Smith", None),
        ] {
            assert_eq!(bullet_body(line), body, "{line}");
        }
    }

    #[test]
    fn headings_are_read_by_their_words() {
        assert_eq!(heading_kind("Next Steps..."), HeadingKind::Actions);
        assert_eq!(heading_kind("Thank you"), HeadingKind::Closing);
        assert_eq!(
            heading_kind("Purpose of this summary"),
            HeadingKind::Purposes
        );
        assert_eq!(
            heading_kind("Table 3"),
            HeadingKind::Group(GroupKind::Table)
        );
        assert_eq!(
            heading_kind("Breakout room B"),
            HeadingKind::Group(GroupKind::Breakout)
        );
        assert_eq!(heading_kind("Table of contents"), HeadingKind::Generic);
        assert_eq!(heading_kind("Core Clinical"), HeadingKind::Generic);
    }

    #[test]
    fn purposes_keep_their_labels() {
        assert_eq!(
            split_purpose("Consolidate- bring together ideas"),
            (Some("Consolidate".into()), "bring together ideas".into())
        );
        assert_eq!(
            split_purpose("relevant to more than one outcome - impact might be greatest"),
            (
                None,
                "relevant to more than one outcome - impact might be greatest".into()
            )
        );
    }

    #[test]
    fn you_said_we_did_pairs_become_a_point_and_the_action_answering_it() {
        let i = import("You said: The bins are emptied late\n\nWe did:\nWe changed the rota\n");
        let s = &i.summary;
        assert_eq!(s.suggestions[0].text, "The bins are emptied late");
        assert_eq!(s.actions[0].title, "We changed the rota");
        assert_eq!(
            s.actions[0].responds_to[0].suggestion.as_deref(),
            Some("s1")
        );
        assert_eq!(s.actions[0].status, None);
        assert_eq!(i.report.recognised.len(), 3);
        assert!(i.report.not_used.is_empty());
    }

    #[test]
    fn groups_and_questions_scope_their_points() {
        let i = import(
            "Roundtable notes\n\nTable 1\n\nWhat should change?\n- More buses\n\nTable 2\n\n\
             - Cheaper fares\n\nWhat works well?\n- Drivers\n",
        );
        let s = &i.summary;
        assert_eq!(s.questions.len(), 2);
        let points: Vec<_> = s
            .suggestions
            .iter()
            .map(|p| {
                (
                    p.text.as_str(),
                    p.question.as_deref(),
                    p.groups.first().map(|g| g.as_str()),
                )
            })
            .collect();
        assert_eq!(
            points,
            [
                ("More buses", Some("q1"), Some("table-1")),
                ("Cheaper fares", Some("q1"), Some("table-2")),
                ("Drivers", Some("q2"), Some("table-2")),
            ]
        );
        assert_eq!(s.engagements[0].title, "Roundtable notes");
    }

    #[test]
    fn a_points_lists_keep_no_room_for_items_they_do_not_have() {
        let i = import(
            "Table 1\n\n- More buses\n  - on Sundays\n\nYou said: Late buses\nWe did: Later buses\n",
        );
        let s = &i.summary;
        assert_eq!(s.suggestions[0].points.capacity(), 1);
        assert_eq!(s.suggestions[0].groups.capacity(), 1);
        assert_eq!(s.actions[0].responds_to.capacity(), 1);
    }

    #[test]
    fn rules_and_empty_bullets_are_reported_not_used() {
        let i = import("Title\n\n---\n\n-\n- a point\n");
        let reasons: Vec<_> = i
            .report
            .not_used
            .iter()
            .map(|n| (n.text.as_str(), n.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            [("---", "a horizontal rule"), ("-", "an empty bullet")]
        );
    }

    #[test]
    fn markdown_headings_and_continuations() {
        let i = import_markdown(
            "# Title\n\n## Table 1\n\n### What next?\n\n- one\n  more\n* two\n\n**Table 2**\n\n- three\n",
            &ImportOptions::default(),
        )
        .unwrap();
        let s = &i.summary;
        assert_eq!(s.title, "Title");
        assert_eq!(s.suggestions[0].text, "one more");
        assert_eq!(s.suggestions[1].groups, ["table-1"]);
        // A bold heading is below every `#` level: the question stays.
        assert_eq!(s.suggestions[2].groups, ["table-2"]);
        assert_eq!(s.suggestions[2].question.as_deref(), Some("q1"));
    }
}
