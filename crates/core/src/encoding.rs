//! Saying what a document that is not UTF-8 looks like, and what to do about it.
//!
//! JSON is UTF-8 (RFC 8259), and the loader reads nothing else: a UTF-16 or UTF-32 file, with
//! a byte-order mark or without, or a Latin-1 / Windows-1252 one, is refused rather than
//! decoded by guesswork. Refused, such a file would only get the parser's "expected value at
//! line 1 column 1" or "invalid unicode code point"; [`not_utf8`] recognises it and says
//! which encoding it looks like and to save it as UTF-8, as a `json-syntax` error at the
//! first byte that is not UTF-8. It is asked only once loading has failed, so it costs a
//! valid document nothing.

use crate::error::{Error, ErrorKind};

/// The error to report for input that is not UTF-8, or `None` when it is UTF-8 (whatever
/// else is wrong with it).
///
/// Recognised: UTF-32 and UTF-16, little- and big-endian, by their byte-order mark or, without
/// one, by the NUL bytes that ASCII characters (every JSON document starts with one) have in
/// them; any other byte sequence that is not UTF-8 is named with its position, and, when the
/// byte is a letter or sign in Windows-1252 (a superset of Latin-1's printable characters),
/// with the character it would be there.
pub(crate) fn not_utf8(json: &[u8]) -> Option<Error> {
    if let Some(name) = wide_encoding(json) {
        let message = format!(
            "the input is {name}, not UTF-8: save the file as UTF-8 (`iconv -f {} -t UTF-8`)",
            iconv_name(name)
        );
        return Some(Error::new(ErrorKind::Syntax, message).with_position(1, 1));
    }
    let bad = std::str::from_utf8(json).err()?;
    let at = bad.valid_up_to();
    let line_start = json[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + json[..line_start].iter().filter(|&&b| b == b'\n').count();
    let column = at - line_start + 1;
    let byte = json[at];
    let message = match windows_1252(byte) {
        Some(c) => format!(
            "the input is not UTF-8: byte 0x{byte:02X} would be `{c}` in Latin-1 or \
             Windows-1252, which it looks like; save the file as UTF-8 (`iconv -f WINDOWS-1252 \
             -t UTF-8`)"
        ),
        None => format!(
            "the input is not UTF-8: byte 0x{byte:02X} starts no UTF-8 character here; save \
             the file as UTF-8"
        ),
    };
    Some(Error::new(ErrorKind::Syntax, message).with_position(line, column))
}

/// The UTF-16 or UTF-32 encoding the input is in, by its byte-order mark or by where its
/// first characters have NUL bytes.
fn wide_encoding(json: &[u8]) -> Option<&'static str> {
    let first = |n: usize| json.get(..n);
    // UTF-32 LE's mark starts with UTF-16 LE's, so it is looked for first.
    match json {
        [0xFF, 0xFE, 0, 0, ..] => return Some("UTF-32 (little-endian, with a byte-order mark)"),
        [0, 0, 0xFE, 0xFF, ..] => return Some("UTF-32 (big-endian, with a byte-order mark)"),
        [0xFF, 0xFE, ..] => return Some("UTF-16 (little-endian, with a byte-order mark)"),
        [0xFE, 0xFF, ..] => return Some("UTF-16 (big-endian, with a byte-order mark)"),
        _ => {}
    }
    match first(4) {
        Some([a, 0, 0, 0]) if *a != 0 => return Some("UTF-32 (little-endian)"),
        Some([0, 0, 0, d]) if *d != 0 => return Some("UTF-32 (big-endian)"),
        _ => {}
    }
    match first(2) {
        Some([a, 0]) if *a != 0 => Some("UTF-16 (little-endian)"),
        Some([0, b]) if *b != 0 => Some("UTF-16 (big-endian)"),
        _ => None,
    }
}

/// iconv's name for an encoding [`wide_encoding`] names.
fn iconv_name(name: &str) -> &'static str {
    match (name.starts_with("UTF-32"), name.contains("little")) {
        (true, true) => "UTF-32LE",
        (true, false) => "UTF-32BE",
        (false, true) => "UTF-16LE",
        (false, false) => "UTF-16BE",
    }
}

/// The character a byte of 0x80 or more is in Windows-1252, which agrees with Latin-1 from
/// 0xA0 on and puts letters and signs (`’`, `–`, `€`) where Latin-1 has controls; `None`
/// for the five bytes it leaves undefined, and for 0xA0 (a no-break space, invisible).
fn windows_1252(byte: u8) -> Option<char> {
    const HIGH: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => Some(HIGH[usize::from(byte - 0x80)]).filter(|c| *c != '\0'),
        0xA1..=0xFF => Some(char::from(byte)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::not_utf8;
    use crate::Summary;

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn utf16be(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    fn utf32(text: &str, le: bool) -> Vec<u8> {
        text.chars()
            .flat_map(|c| {
                if le {
                    u32::from(c).to_le_bytes()
                } else {
                    u32::from(c).to_be_bytes()
                }
            })
            .collect()
    }

    const DOC: &str = "{\"format\": \"yousaid/1\", \"title\": \"Caffi ☕\"}";

    /// Each wide encoding, with and without its mark, is named, at line 1 column 1.
    #[test]
    fn wide_encodings_are_named() {
        let bom = format!("\u{FEFF}{DOC}");
        for (bytes, name) in [
            (utf16le(DOC), "UTF-16 (little-endian)"),
            (utf16be(DOC), "UTF-16 (big-endian)"),
            (
                utf16le(&bom),
                "UTF-16 (little-endian, with a byte-order mark)",
            ),
            (utf16be(&bom), "UTF-16 (big-endian, with a byte-order mark)"),
            (utf32(DOC, true), "UTF-32 (little-endian)"),
            (utf32(DOC, false), "UTF-32 (big-endian)"),
            (
                utf32(&bom, true),
                "UTF-32 (little-endian, with a byte-order mark)",
            ),
            (
                utf32(&bom, false),
                "UTF-32 (big-endian, with a byte-order mark)",
            ),
            (utf16le(&format!("\n {DOC}")), "UTF-16 (little-endian)"),
        ] {
            let e = Summary::from_json_slice(&bytes).unwrap_err();
            assert_eq!(
                (e.code(), e.line(), e.column()),
                ("json-syntax", Some(1), Some(1))
            );
            assert!(
                e.message()
                    .starts_with(&format!("the input is {name}, not UTF-8: save")),
                "{name}: {e}"
            );
            assert!(e.message().contains("save the file as UTF-8"), "{e}");
        }
    }

    /// Latin-1 and Windows-1252 are named with the character the first byte that is not
    /// UTF-8 would be, and where it is.
    #[test]
    fn latin_1_is_named_where_it_starts() {
        let mut doc = b"{\n  \"format\": \"yousaid/1\",\n  \"title\": \"Caf".to_vec();
        doc.extend_from_slice(b"\xE9 \x96 \x80\"\n}");
        let e = Summary::from_json_slice(&doc).unwrap_err();
        assert_eq!(
            (e.code(), e.line(), e.column()),
            ("json-syntax", Some(3), Some(16))
        );
        assert_eq!(
            e.message(),
            "the input is not UTF-8: byte 0xE9 would be `é` in Latin-1 or Windows-1252, which \
             it looks like; save the file as UTF-8 (`iconv -f WINDOWS-1252 -t UTF-8`)"
        );
        let e = Summary::from_json_slice(b"{\"title\": \"\x93quoted\x94\"}").unwrap_err();
        assert!(e.message().contains("0x93 would be `“`"), "{e}");
        let e = Summary::from_json_slice(b"{\"title\": \"\x81\"}").unwrap_err();
        assert!(
            e.message().contains("0x81 starts no UTF-8 character"),
            "{e}"
        );
        assert_eq!(e.column(), Some(12));
    }

    /// UTF-8 input, broken or not, is left to the parser.
    #[test]
    fn utf8_is_not_questioned() {
        for text in ["", "{", "{\"title\": \"é\"", "\u{FEFF}{}", "[1, 2]", "\0"] {
            assert!(not_utf8(text.as_bytes()).is_none(), "{text:?}");
        }
        assert!(Summary::from_json_slice(DOC.as_bytes()).is_ok());
    }
}
