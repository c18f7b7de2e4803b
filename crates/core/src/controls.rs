//! Making a document's text inert wherever it is shown: the control characters that could
//! make text act or read as something other than what it is are removed.
//!
//! A document may hold any Unicode text, including characters that do something when
//! printed: ESC starts terminal escape sequences (colours, cursor moves, window titles,
//! hyperlinks), BEL rings, C1 controls are escape sequences of their own on some terminals,
//! and the bidirectional embedding, override and isolate controls make text display in an
//! order other than the one it is stored in ("Trojan Source"). Rendering removes them from
//! every value in every format; the command line removes them from everything it prints from
//! a document, with [`one_line`] when the text must also stay on its line (a line of a report
//! that a line break in a value could otherwise forge).
//!
//! What is removed ([`is_removed`]): the C0 controls other than tab, line feed and carriage
//! return (NUL, BEL, BS, ESC, …), DEL, the C1 controls U+0080–U+009F, and the bidirectional
//! controls U+202A–U+202E and U+2066–U+2069. Everything else, letters of every script and
//! emoji included, is kept as it is.
//!
//! ```
//! use yousaid::controls;
//! let hostile = "\u{1b}[32mevil.json: valid\u{1b}[0m\u{7}";
//! assert_eq!(controls::remove(hostile), "[32mevil.json: valid[0m");
//! assert_eq!(controls::one_line("first\nsecond\ttabbed"), "first second tabbed");
//! assert_eq!(controls::remove("Caerdydd ✓"), "Caerdydd ✓"); // borrowed, not copied
//! ```

use std::borrow::Cow;

/// True for the characters [`remove`] takes out: bidirectional embeddings, overrides and
/// isolates (which could make text read differently from what it is), and control characters
/// other than tab and line breaks.
///
/// ```
/// use yousaid::controls::is_removed;
/// assert!(is_removed('\u{1b}') && is_removed('\u{9b}') && is_removed('\u{202e}'));
/// assert!(!is_removed('\n') && !is_removed('é'));
/// ```
pub fn is_removed(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

/// True for a byte that may be, or begin, a character [`is_removed`] takes out: every such
/// character is a byte below 0x20 or 0x7F (C0, DEL), or starts with 0xC2 (C1 controls) or
/// 0xE2 (the bidirectional controls) in UTF-8. Most text has none of those bytes and is
/// passed on after one quick scan.
pub(crate) const fn is_suspect(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\n' | b'\t' | b'\r')) || matches!(b, 0x7F | 0xC2 | 0xE2)
}

/// The text without the characters [`is_removed`] takes out; line breaks and tabs are kept.
/// Text with none of them is returned as it is, without a copy.
///
/// ```
/// # use yousaid::controls::remove;
/// assert_eq!(remove("\u{202e}txt.exe\u{202c}"), "txt.exe");
/// assert_eq!(remove("two\nlines"), "two\nlines");
/// ```
pub fn remove(s: &str) -> Cow<'_, str> {
    if s.bytes().any(is_suspect) && s.chars().any(is_removed) {
        Cow::Owned(s.chars().filter(|c| !is_removed(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// [`remove`], with line feeds, carriage returns and tabs turned into spaces: the text stays
/// on one line, so that a value printed in a line of a report cannot start a line of its own
/// (a forged "evil.json: valid").
///
/// ```
/// # use yousaid::controls::one_line;
/// assert_eq!(one_line("zz\r\nevil.json: valid"), "zz  evil.json: valid");
/// ```
pub fn one_line(s: &str) -> Cow<'_, str> {
    let breaks = |c: char| matches!(c, '\n' | '\r' | '\t');
    match remove(s) {
        Cow::Borrowed(s) if !s.contains(breaks) => Cow::Borrowed(s),
        s => Cow::Owned(s.replace(breaks, " ")),
    }
}

#[cfg(test)]
mod tests {
    use super::{is_removed, one_line, remove};

    /// The quick byte scan of `remove` misses no character it must remove: every character of
    /// the Basic Multilingual Plane and beyond, alone and inside other text.
    #[test]
    fn remove_takes_out_exactly_the_removed_characters() {
        let every = (0..=0x10FFFFu32).filter_map(char::from_u32);
        for c in every {
            for s in [c.to_string(), format!("a{c}b"), format!("é{c}€")] {
                let expected: String = s.chars().filter(|c| !is_removed(*c)).collect();
                assert_eq!(remove(&s), expected, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn one_line_has_no_line_breaks_nor_controls() {
        let hostile =
            "a\u{1b}]8;;https://x\u{7}b\nc\r\u{85}d\u{2028}\t\u{0}\u{7f}\u{9b}2J\u{2067}e";
        let line = one_line(hostile);
        assert_eq!(line, "a]8;;https://xb c d\u{2028} 2Je");
        assert!(!line.chars().any(|c| c.is_control()));
    }
}
