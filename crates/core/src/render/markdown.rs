//! Markdown output: neutralising user text so that it reads as the words it is and never
//! forms links, HTML, headings, lists, tables or emphasis.

use std::fmt::Write;

/// ASCII punctuation escaped wherever it appears: it can open emphasis, code, links, images,
/// HTML, autolinks, entities, table cells or strikethrough. A backslash before any ASCII
/// punctuation is a literal in CommonMark, so escaping more than needed is harmless.
fn always(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '@' | '$'
    )
}

/// Characters that only matter at the start of a block: headings, block quotes, list markers,
/// setext underlines, thematic breaks, fences.
fn at_start(c: char) -> bool {
    matches!(c, '#' | '+' | '-' | '=' | '>' | '*' | '_' | '`' | '~' | ':')
}

/// Writes `text` to `out` escaped for Markdown inline content.
///
/// Line breaks become spaces (a value never starts a new block). Leading whitespace is
/// dropped (four spaces or a tab at the start of a line make a code block, and up to three
/// spaces do not stop a heading or list marker after them), unless it is one space, which is
/// kept (a text such as `" including "`: one space never makes a code block). Block markers
/// at the start, after that space, are escaped, as is an ordered-list marker ("1." or "1)");
/// `:` before `//` and the `.` after `www` are escaped so that GitHub's autolinking does not
/// fire.
pub(crate) fn escape_into(out: &mut impl Write, text: &str) -> std::fmt::Result {
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
        let escape = if always(c) || (start && at_start(c)) {
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

/// The escaped text as a new string.
#[cfg(test)]
pub(crate) fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + text.len() / 8);
    let _ = escape_into(&mut s, text);
    s
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn neutralises_markdown() {
        assert_eq!(escape("# Heading"), "\\# Heading");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("12) first"), "12\\) first");
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            "\\[x\\]\\(javascript:alert(1))"
        );
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(
            escape("see https://evil.example"),
            "see https\\://evil.example"
        );
        assert_eq!(escape("www.evil.example"), "www\\.evil.example");
        assert_eq!(escape("a\n# b"), "a # b");
        assert_eq!(escape("A & E"), "A \\& E");
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("Consolidate- bring"), "Consolidate- bring");
        assert_eq!(
            escape("over 100 delegates. Then"),
            "over 100 delegates. Then"
        );
    }
}
