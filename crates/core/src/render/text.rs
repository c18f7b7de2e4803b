//! Plain-text output: wrapping lines for e-mail while keeping list indentation.

use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};

/// The width lines are wrapped to unless [`RenderOptions::width`](super::RenderOptions::width)
/// says otherwise.
pub const DEFAULT_WIDTH: usize = 72;

/// How far a line's continuation is indented: its leading spaces plus a list marker
/// (`- `, `* `, `1. `, `a) `) or a label ending in `: ` at the start of a line, if any.
fn hanging_indent(line: &str) -> usize {
    let lead = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[lead..];
    for marker in ["- ", "* ", "• ", "> "] {
        if rest.starts_with(marker) {
            return lead + marker.chars().count();
        }
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") ")) {
        return lead + digits + 2;
    }
    lead
}

/// Wraps every line of `text` longer than `width` columns, indenting continuation lines to
/// line up with the text after a list marker. Words longer than a line (addresses) are kept
/// whole.
pub(crate) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    // The width of the widest line the previous line was wrapped into.
    let mut above = 0;
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let body = body.trim_end();
        let body_width = textwrap::core::display_width(body);
        if body_width <= width {
            out.push_str(body);
            out.push_str(nl);
            above = body_width;
            continue;
        }
        // A heading's underline (`=====` or `-----`) is as long as the heading was before it
        // was wrapped: it is made as long as the heading's widest line now is (a rule under
        // nothing, as long as a line may be).
        if let Some(c) = body.chars().next().filter(|c| matches!(c, '=' | '-'))
            && body.chars().all(|d| d == c)
        {
            let n = if above == 0 { width } else { above.min(width) };
            out.extend(std::iter::repeat_n(c, n));
            out.push_str(nl);
            above = n;
            continue;
        }
        let indent = " ".repeat(hanging_indent(body).min(width / 2));
        let opts = Options::new(width)
            .subsequent_indent(&indent)
            .break_words(false)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation)
            .wrap_algorithm(WrapAlgorithm::FirstFit);
        let lead = body.len() - body.trim_start_matches(' ').len();
        let (prefix, rest) = body.split_at(lead);
        let opts = opts.initial_indent(prefix);
        above = 0;
        for (i, l) in textwrap::wrap(rest, opts).iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let l = l.trim_end();
            above = above.max(textwrap::core::display_width(l));
            out.push_str(l);
        }
        out.push_str(nl);
    }
    out
}

/// Collapses runs of blank lines into one and ends the text with exactly one line break, so
/// templates can be generous with blank lines.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0usize;
    for line in text.trim_start_matches('\n').lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_with_hanging_indent() {
        let t = "  - one two three four five six seven eight\nshort\n";
        assert_eq!(
            wrap(t, 20),
            "  - one two three\n    four five six\n    seven eight\nshort\n"
        );
    }

    #[test]
    fn a_heading_underline_follows_its_wrapped_heading() {
        let t = "What the roundtables told us about training\n===========================================\n";
        assert_eq!(
            wrap(t, 20),
            "What the roundtables\ntold us about\ntraining\n====================\n"
        );
        // Short ones are left alone; a long rule under nothing takes the width.
        assert_eq!(wrap("Title\n=====\n", 20), "Title\n=====\n");
        assert_eq!(wrap("----\n", 2), "--\n");
    }

    #[test]
    fn keeps_long_words() {
        let t = "see https://example.org/a/very/long/address/indeed";
        assert_eq!(
            wrap(t, 10),
            "see\nhttps://example.org/a/very/long/address/indeed"
        );
    }
}
