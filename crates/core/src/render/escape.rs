//! Escaping: how every value a template prints is made safe for the output format.
//!
//! Every value a template prints goes through one formatter, [`format_value`]. The escaping it
//! applies is the one given with the template
//! ([`Renderer::add_template_as`](super::Renderer::add_template_as), [`escape_for_format`]),
//! else it follows the template's name ([`escape_for`]):
//!
//! | template name | escaping |
//! |---|---|
//! | `.html`, `.htm`, anything else, no extension | HTML ([`html_escape_into`]) |
//! | `.md`, `.markdown` | Markdown ([`markdown_escape_into`]) |
//! | `.txt`, `.text`, `.css` | none: plain text ([`plain_text`]) |
//!
//! - **HTML**, in text and in attribute values alike: `<`, `>`, `&`, `"`, `'` and `/` are
//!   written as entities (as [`minijinja::HtmlEscape`] writes them), so a value can end neither
//!   an element nor a quoted attribute.
//! - **Addresses** (`href`): a [`LinkView`](super::context::LinkView) carries an `href` only
//!   for an `http`, `https` or `mailto` address ([`Url::is_allowed`](crate::Url::is_allowed));
//!   templates write `href` only when it is there, and the address is then HTML-escaped like
//!   any other value.
//! - **Markdown**: text that would form links, HTML, headings, lists, quotes, code blocks,
//!   tables or emphasis is backslash-escaped, also after leading spaces (which are dropped);
//!   line breaks become spaces.
//! - **Plain text**: nothing is escaped.
//!
//! In every format the Unicode bidirectional embedding, override and isolate controls and the
//! C0/C1 control characters (other than line breaks and tabs) are removed
//! ([`controls::remove`]), and in HTML and plain text a carriage return becomes a line feed
//! (or nothing before one), so that a value cannot return to the start of a line to overwrite
//! it on a terminal. Values marked safe (the `safe` filter, the output of macros) are written
//! as they are; `none` and undefined values print nothing.

use std::borrow::Cow;
use std::fmt::{self, Write};

use minijinja::value::Value;
use minijinja::{AutoEscape, State};

use crate::controls;

/// How a template's output is escaped, from its name: `.md`/`.markdown` neutralise Markdown,
/// `.txt`/`.text`/`.css` nothing, everything else (`.html` and names without an extension) is
/// HTML-escaped.
pub(super) fn escape_for(name: &str) -> AutoEscape {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "md" | "markdown" => AutoEscape::Custom(Cow::Borrowed("markdown")),
        "txt" | "text" | "css" => AutoEscape::None,
        _ => AutoEscape::Html,
    }
}

/// How a template added for a format ([`Renderer::add_template_as`](super::Renderer::add_template_as))
/// is escaped: HTML for a page or fragment, Markdown for Markdown, nothing for text.
pub(super) fn escape_for_format(format: super::OutputFormat) -> AutoEscape {
    match format {
        super::OutputFormat::Html | super::OutputFormat::Fragment => AutoEscape::Html,
        super::OutputFormat::Markdown => AutoEscape::Custom(Cow::Borrowed("markdown")),
        super::OutputFormat::Text => AutoEscape::None,
    }
}

/// The formatter of the template environment: writes a printed value escaped as its
/// template's [`escape_for`] says.
pub(super) fn format_value(
    out: &mut minijinja::Output,
    state: &mut State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    if value.is_safe() {
        return minijinja::escape_formatter(out, state, value);
    }
    let owned;
    let s: &str = match value.as_str() {
        Some(s) => s,
        None if value.is_undefined() || value.is_none() => return Ok(()),
        None => {
            owned = value.to_string();
            &owned
        }
    };
    match state.auto_escape() {
        // Most text printed is HTML: cleaned and escaped in one pass.
        AutoEscape::Html => html_escape_into(out, s),
        AutoEscape::Custom(name) if name == "markdown" => {
            markdown_escape_into(out, &controls::remove(s))
        }
        _ => out.write_str(&plain_text(s)),
    }
    .map_err(minijinja::Error::from)
}

/// Plain text: [`controls::remove`]d, with line feeds only.
fn plain_text(s: &str) -> Cow<'_, str> {
    no_carriage_return(controls::remove(s))
}

/// Plain text has line feeds only: a carriage return (alone, or before a line feed) becomes
/// one. Printed on a terminal, a lone carriage return would take the rest of a value back to
/// the start of its line, to overwrite what came before it.
fn no_carriage_return(s: Cow<'_, str>) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        s
    }
}

/// What [`html_escape_into`] does with a byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HtmlByte {
    /// Written as it is.
    Keep,
    /// Written as an entity (a carriage return as a line feed, or nothing before one).
    Escape,
    /// May begin a character that [`controls::remove`] removes: looked at as a character.
    Suspect,
}

/// [`HtmlByte`] of every byte: one table look-up per byte of text.
static HTML_BYTES: [HtmlByte; 256] = {
    let mut table = [HtmlByte::Keep; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'<' | b'>' | b'&' | b'"' | b'\'' | b'/' | b'\r' => HtmlByte::Escape,
            // The bytes `controls::remove` looks at: C0 controls but tab and line breaks,
            // DEL, and the lead bytes of C1 controls and of the bidirectional controls.
            b if controls::is_suspect(b) => HtmlByte::Suspect,
            _ => HtmlByte::Keep,
        };
        b += 1;
    }
    table
};

/// Writes `s` cleaned (as [`controls::remove`] and [`no_carriage_return`]) and HTML-escaped
/// (as [`minijinja::HtmlEscape`]: `<`, `>`, `&`, `"`, `'` and `/`) straight into the output,
/// in one pass over its bytes. Safe in element text and in quoted attribute values.
fn html_escape_into(out: &mut impl Write, s: &str) -> fmt::Result {
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        match HTML_BYTES[usize::from(b)] {
            HtmlByte::Keep => {}
            HtmlByte::Escape => {
                let entity = match b {
                    b'<' => "&lt;",
                    b'>' => "&gt;",
                    b'&' => "&amp;",
                    b'"' => "&quot;",
                    b'\'' => "&#x27;",
                    b'/' => "&#x2f;",
                    // A carriage return is a line feed, or nothing before one (as
                    // `no_carriage_return`; an HTML parser reads them so anyway).
                    _ if s.as_bytes().get(i + 1) == Some(&b'\n') => "",
                    _ => "\n",
                };
                out.write_str(&s[start..i])?;
                out.write_str(entity)?;
                start = i + 1;
            }
            HtmlByte::Suspect => {
                // A suspect byte is ASCII or a lead byte, so `i` starts a character; its
                // continuation bytes are kept, so `start` is never passed by `i`.
                if let Some(c) = s[i..].chars().next()
                    && controls::is_removed(c)
                {
                    out.write_str(&s[start..i])?;
                    start = i + c.len_utf8();
                }
            }
        }
    }
    out.write_str(&s[start..])
}

/// ASCII punctuation escaped wherever it appears in Markdown: it can open emphasis, code,
/// links, images, HTML, autolinks, entities, table cells or strikethrough. A backslash before
/// any ASCII punctuation is a literal in CommonMark, so escaping more than needed is harmless.
fn markdown_always(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '@' | '$'
    )
}

/// Characters that only matter at the start of a Markdown block: headings, block quotes, list
/// markers, setext underlines, thematic breaks, fences.
fn markdown_at_start(c: char) -> bool {
    matches!(c, '#' | '+' | '-' | '=' | '>' | '*' | '_' | '`' | '~' | ':')
}

/// Writes `text` to `out` escaped for Markdown inline content, so that it reads as the words
/// it is.
///
/// Line breaks become spaces (a value never starts a new block). Leading whitespace is
/// dropped (four spaces or a tab at the start of a line make a code block, and up to three
/// spaces do not stop a heading or list marker after them), unless it is one space, which is
/// kept (a text such as `" including "`: one space never makes a code block). Block markers
/// at the start, after that space, are escaped, as is an ordered-list marker ("1." or "1)");
/// `:` before `//` and the `.` after `www` are escaped so that GitHub's autolinking does not
/// fire.
fn markdown_escape_into(out: &mut impl Write, text: &str) -> fmt::Result {
    let body = text.trim_start_matches([' ', '\t', '\n', '\r']);
    if text.len() - body.len() == 1 && text.starts_with(' ') {
        out.write_char(' ')?;
    }
    let text = body;
    let mut start = true;
    let mut digits = 0usize;
    let mut prev = '\0';
    let mut run_start = 0;
    for (i, c) in text.char_indices() {
        let escape = if markdown_always(c) || (start && markdown_at_start(c)) {
            true
        } else {
            match c {
                ':' => text[i + 1..].starts_with("//"),
                '.' => {
                    (digits > 0 && i == digits)
                        || (i >= 3 && text[..i].to_ascii_lowercase().ends_with("www"))
                }
                ')' => digits > 0 && i == digits,
                '(' => prev == ']',
                _ => false,
            }
        };
        let replace = matches!(c, '\n' | '\r' | '\t');
        if escape || replace {
            out.write_str(&text[run_start..i])?;
            if replace {
                out.write_char(' ')?;
            } else {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            run_start = i + c.len_utf8();
        }
        if c.is_ascii_digit() {
            digits += 1;
        } else {
            digits = 0;
        }
        if !c.is_ascii_digit() {
            start = false;
        }
        prev = c;
    }
    out.write_str(&text[run_start..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RenderOptions, Renderer, Summary};

    fn html(s: &str) -> String {
        let mut out = String::new();
        html_escape_into(&mut out, s).unwrap();
        out
    }

    fn markdown(s: &str) -> String {
        let mut out = String::new();
        markdown_escape_into(&mut out, s).unwrap();
        out
    }

    /// Renders `source`, added under `name` (its extension choosing the escaping), over the
    /// context of `summary`.
    fn render(name: &str, source: &str, summary: &str) -> String {
        let summary = Summary::from_json_str(summary).expect("a test document");
        let mut r = Renderer::new();
        r.add_template(name, source).expect("a test template");
        r.render(&summary, &RenderOptions::new().template(name))
            .expect("the test template renders")
    }

    /// A document whose title is `title` (given as JSON text, escapes and all).
    fn titled(title: &str) -> String {
        format!(r#"{{"format": "yousaid/1", "title": "{title}"}}"#)
    }

    #[test]
    fn the_template_name_chooses_the_escaping() {
        let md = AutoEscape::Custom(Cow::Borrowed("markdown"));
        for (name, expected) in [
            ("full.html", AutoEscape::Html),
            ("page.HTM", AutoEscape::Html),
            ("mine", AutoEscape::Html),
            ("mine.xml", AutoEscape::Html),
            ("full.md", md.clone()),
            ("notes.Markdown", md),
            ("full.txt", AutoEscape::None),
            ("notes.text", AutoEscape::None),
            ("style.css", AutoEscape::None),
        ] {
            assert_eq!(escape_for(name), expected, "{name}");
        }
    }

    #[test]
    fn html_escaping_matches_minijinja() {
        for s in [
            "",
            "plain",
            "<script>alert('x')</script>",
            "a & b / c \"d\"",
            "é<€>",
            "&&&",
            "/",
        ] {
            assert_eq!(html(s), minijinja::HtmlEscape(s).to_string(), "{s}");
        }
    }

    /// The one-pass HTML writer cleans as `controls::remove` does and escapes as minijinja
    /// does: every character alone and beside others, including escaped ones and ones removed.
    #[test]
    fn html_escaping_cleans_in_the_same_pass() {
        let every = (0..=0x10FFFFu32).filter_map(char::from_u32);
        for c in every {
            for s in [
                c.to_string(),
                format!("a{c}b"),
                format!("<{c}>"),
                format!("\u{202E}{c}\u{7}&"),
                format!("\r{c}\r\n{c}\r"),
                format!("{c}{c}"),
            ] {
                let cleaned = no_carriage_return(controls::remove(&s));
                let expected = minijinja::HtmlEscape(&cleaned).to_string();
                assert_eq!(html(&s), expected, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn html_line_breaks_and_controls() {
        assert_eq!(html("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(html("\u{202E}evil\u{202C}.exe"), "evil.exe");
        assert_eq!(html("bell\u{7} and escape\u{1b}[0m"), "bell and escape[0m");
        assert_eq!(html("tab\tkept"), "tab\tkept");
        assert_eq!(html("Caerdydd ✓ \u{85}"), "Caerdydd ✓ ");
    }

    /// In an attribute a value cannot close the quotes or open a tag, in either quotes.
    #[test]
    fn html_attributes_keep_their_quotes() {
        let page = render(
            "attr.html",
            r#"<p title="{{ summary.title }}" data-x='{{ summary.title }}'>{{ summary.title }}</p>"#,
            &titled(r#"\" onmouseover=\"alert(1)\" x='y' <b>"#),
        );
        let text = "&quot; onmouseover=&quot;alert(1)&quot; x=&#x27;y&#x27; &lt;b&gt;";
        assert_eq!(
            page,
            format!(r#"<p title="{text}" data-x='{text}'>{text}</p>"#)
        );
    }

    /// `href` is there only for http, https and mailto, and is escaped like any other value.
    #[test]
    fn hrefs_only_for_allowed_addresses_and_escaped() {
        let template = r#"{% if summary.plan.link.href %}<a href="{{ summary.plan.link.href }}">{% endif %}{{ summary.plan.link.text }}"#;
        let plan = |url: &str| {
            format!(
                r#"{{"format": "yousaid/1", "title": "T", "plan": {{"title": "The plan", "url": "{url}"}}}}"#
            )
        };
        for (url, expected) in [
            (
                "https://example.org/a?b=1&c=2",
                r#"<a href="https:&#x2f;&#x2f;example.org&#x2f;a?b=1&amp;c=2">The plan"#,
            ),
            (
                "http://example.org/",
                r#"<a href="http:&#x2f;&#x2f;example.org&#x2f;">The plan"#,
            ),
            (
                "mailto:plan@example.org",
                r#"<a href="mailto:plan@example.org">The plan"#,
            ),
            ("javascript:alert(1)", "The plan"),
            ("JavaScript:alert(1)", "The plan"),
            ("data:text/html,<script>", "The plan"),
            ("vbscript:x", "The plan"),
            ("file:///etc/passwd", "The plan"),
            (
                "tel:+441234567890",
                r#"<a href="tel:+441234567890">The plan"#,
            ),
            ("https://exa mple.org", "The plan"),
            ("//example.org/", "The plan"),
        ] {
            assert_eq!(render("link.html", template, &plan(url)), expected, "{url}");
        }
    }

    #[test]
    fn safe_values_and_nothing() {
        assert_eq!(
            render(
                "safe.html",
                "{{ '<b>' | safe }}{{ none }}{{ nothing }}{{ summary.owner }}[{{ 3 }}]",
                &titled("T"),
            ),
            "<b>[3]"
        );
    }

    #[test]
    fn markdown_neutralises_markup() {
        for (text, expected) in [
            ("# Heading", "\\# Heading"),
            ("- item", "\\- item"),
            ("+ item", "\\+ item"),
            ("* item", "\\* item"),
            ("> quote", "\\> quote"),
            ("=====", "\\====="),
            ("---", "\\---"),
            ("```rust", "\\`\\`\\`rust"),
            ("~~~", "\\~\\~\\~"),
            (": term", "\\: term"),
            ("1. first", "1\\. first"),
            ("12) first", "12\\) first"),
            ("1999. A year", "1999\\. A year"),
            ("[x](javascript:alert(1))", "\\[x\\]\\(javascript:alert(1))"),
            ("![img](x.png)", "\\!\\[img\\]\\(x.png)"),
            ("<script>", "\\<script\\>"),
            ("see https://evil.example", "see https\\://evil.example"),
            ("www.evil.example", "www\\.evil.example"),
            ("WWW.EVIL.EXAMPLE", "WWW\\.EVIL.EXAMPLE"),
            ("a\n# b", "a # b"),
            ("a\r\nb\tc", "a  b c"),
            ("A & E", "A \\& E"),
            ("a | b", "a \\| b"),
            (
                "*bold* _it_ `code` ~~del~~",
                "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~",
            ),
            ("back\\slash", "back\\\\slash"),
            ("@user $5 !", "\\@user \\$5 \\!"),
            ("Consolidate- bring", "Consolidate- bring"),
            ("over 100 delegates. Then", "over 100 delegates. Then"),
            ("time: 10:30", "time: 10:30"),
            ("", ""),
        ] {
            assert_eq!(markdown(text), expected, "{text:?}");
        }
    }

    /// Leading whitespace is dropped, but for one space, which is kept; block markers after
    /// it are still escaped.
    #[test]
    fn markdown_leading_whitespace() {
        assert_eq!(markdown("    code block"), "code block");
        assert_eq!(markdown("\tcode"), "code");
        assert_eq!(markdown("\n\n# b"), "\\# b");
        assert_eq!(markdown(" including "), " including ");
        assert_eq!(markdown(" # not a heading"), " \\# not a heading");
        assert_eq!(markdown("   - list"), "\\- list");
    }

    /// Through a template: controls removed before escaping, carriage returns as spaces.
    #[test]
    fn markdown_templates_clean_and_escape() {
        assert_eq!(
            render(
                "t.md",
                "{{ summary.title }}",
                &titled(r"\u202e# A \u0007& E\r\nnext"),
            ),
            "\\# A \\& E  next"
        );
    }

    /// Plain text escapes nothing, removes controls and has line feeds only.
    #[test]
    fn plain_text_cleans_but_does_not_escape() {
        assert_eq!(plain_text("<b>A & E</b> # [x](y)"), "<b>A & E</b> # [x](y)");
        assert_eq!(plain_text("over\rwrite\r\nline"), "over\nwrite\nline");
        assert_eq!(plain_text("\u{1b}[31mred\u{202E}"), "[31mred");
        assert!(matches!(plain_text("plain"), Cow::Borrowed("plain")));
        assert_eq!(
            render("t.txt", "{{ summary.title }}", &titled(r"<A & E>\rX")),
            "<A & E>\nX"
        );
        assert_eq!(
            render("t.css", "{{ summary.title }}", &titled("a</style>")),
            "a</style>"
        );
    }
}
