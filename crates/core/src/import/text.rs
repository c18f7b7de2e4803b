//! Reading text input safely: refusing binary input and over-long lines with their position,
//! and splitting the rest into lines.

use crate::error::{Error, ErrorKind};

/// The longest line an importer reads, in bytes: 1 MiB. A longer line is a
/// [`bad-input`](crate::ErrorKind::BadInput) error naming the line. Notes and tables have short
/// lines; a line this long is a file that is not text, or text with no line breaks.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Checks that `bytes` is text the importers can read: valid UTF-8 (a leading byte order mark
/// is skipped), no NUL byte, no line longer than [`MAX_LINE_BYTES`]. Returns the text without
/// the byte order mark.
///
/// The errors are of kind [`ErrorKind::BadInput`] with the line and column (in characters,
/// from 1) of the first offending byte.
pub(crate) fn check(bytes: &[u8]) -> Result<&str, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut start = 0;
    let mut line = 1;
    while start <= bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let text = &bytes[start..end];
        if text.len() > MAX_LINE_BYTES {
            return Err(Error::new(
                ErrorKind::BadInput,
                format!(
                    "line {line} is longer than {MAX_LINE_BYTES} bytes: this does not look like \
                     notes or a table; check that the file is the one you meant"
                ),
            )
            .with_position(line, column_of(text, MAX_LINE_BYTES)));
        }
        if let Some(at) = memchr::memchr(0, text) {
            return Err(Error::new(
                ErrorKind::BadInput,
                "the input holds a NUL byte: it is a binary file, not text; export the notes \
                 as text, Markdown or a Word document",
            )
            .with_position(line, column_of(text, at)));
        }
        if let Err(e) = std::str::from_utf8(text) {
            return Err(Error::new(
                ErrorKind::BadInput,
                "the input is not UTF-8 text: save it as UTF-8 and try again",
            )
            .with_position(line, column_of(text, e.valid_up_to())));
        }
        start = end + 1;
        line += 1;
    }
    // Every line was checked, and a line break is ASCII: the whole is UTF-8.
    std::str::from_utf8(bytes).map_err(|e| Error::new(ErrorKind::BadInput, e.to_string()))
}

/// The column (in characters, from 1) of byte `at` of a line.
fn column_of(line: &[u8], at: usize) -> usize {
    let valid = match std::str::from_utf8(&line[..at.min(line.len())]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&line[..e.valid_up_to()]).unwrap_or_default(),
    };
    valid.chars().count() + 1
}

/// The text with every run of white space (spaces, tabs, no-break spaces) made one space, and
/// none at either end.
pub(crate) fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_broken_text_are_refused_with_their_position() {
        let e = check(b"fine\nab\0c").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::BadInput);
        assert_eq!((e.line(), e.column()), (Some(2), Some(3)));
        let e = check(b"ok\nd\xff").unwrap_err();
        assert!(e.message().contains("UTF-8"), "{e}");
        let e = check(b"ok\n\xc3\xa9t\xe9").unwrap_err();
        assert_eq!((e.line(), e.column()), (Some(2), Some(3)));
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(check(b"\xEF\xBB\xBFTitle").unwrap(), "Title");
    }

    #[test]
    fn squash_makes_one_space_of_every_run() {
        assert_eq!(squash(" a\u{a0} b\t c "), "a b c");
    }
}
