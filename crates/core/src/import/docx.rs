//! Word documents (`.docx`, Cargo feature `docx`): read into the same outline as plain-text
//! notes.
//!
//! A Word document is a zip archive; its text is in `word/document.xml`, one `<w:p>` element
//! per paragraph. Each non-empty paragraph becomes one unit of the outline (see [`outline`]):
//! a paragraph styled as a title or heading (`Title`, `Heading 1`…`Heading 9`, or any style
//! with an outline level in `word/styles.xml`) is a heading of that level; a paragraph in a
//! list (`<w:numPr>`, or a list style such as `List Bullet 2`) is a bullet at its list level
//! (`<w:ilvl>`); any other paragraph is a line of text. From there everything is recognised as
//! in plain text, except that only styled paragraphs are headings (a short paragraph standing
//! alone is not guessed to be one). Positions in the report are
//! [`SourceRef::Paragraph`] numbers, counting every paragraph of
//! the body from 1 (empty ones included, so that they match what Word shows).
//!
//! A file that is not a zip archive, has no `word/document.xml`, holds a part larger than
//! [`MAX_PART_BYTES`] or XML that is not well-formed is a
//! [`bad-input`](crate::ErrorKind::BadInput) error.
//!
//! ```
//! # fn docx(document: &str) -> Vec<u8> {
//! #     use std::io::Write;
//! #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
//! #     zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
//! #     zip.write_all(document.as_bytes()).unwrap();
//! #     zip.finish().unwrap().into_inner()
//! # }
//! use yousaid::import::{docx::import_docx, ImportOptions};
//!
//! let bytes = docx(r#"<w:document xmlns:w="w"><w:body>
//!   <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Bus review</w:t></w:r></w:p>
//!   <w:p><w:r><w:t>What should change?</w:t></w:r></w:p>
//!   <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>Later buses</w:t></w:r></w:p>
//! </w:body></w:document>"#);
//! let imported = import_docx(&bytes, &ImportOptions::default())?;
//! assert_eq!(imported.summary.title, "Bus review");
//! assert_eq!(imported.summary.suggestions[0].text, "Later buses");
//! assert_eq!(imported.summary.suggestions[0].question.as_deref(), Some("q1"));
//! # Ok::<(), yousaid::Error>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use super::outline::{self, Flavour, Form, Item};
use super::text::squash;
use super::{ImportFormat, ImportOptions, Imported, SourceRef};
use crate::error::{Error, ErrorKind};

/// The largest part of a Word document read, uncompressed: 64 MiB. A larger one is refused
/// rather than unpacked (a small archive can unpack to gigabytes).
pub const MAX_PART_BYTES: u64 = 64 << 20;

fn bad(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::BadInput, message)
}

/// Imports a Word document. See the [module documentation](self).
pub fn import_docx(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    options.check()?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        bad(format!(
            "this is not a Word document: it is not a readable zip archive ({e})"
        ))
    })?;
    let document = read_part(&mut archive, "word/document.xml")?
        .ok_or_else(|| bad("this is not a Word document: it has no word/document.xml"))?;
    let styles = match read_part(&mut archive, "word/styles.xml")? {
        Some(xml) => read_styles(&xml)?,
        None => HashMap::new(),
    };
    let items = paragraphs(&document, &styles)?;
    Ok(outline::build(
        items.into_iter(),
        Flavour::Styled,
        ImportFormat::Docx,
        options,
    ))
}

fn read_part(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, Error> {
    let mut file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(bad(format!("cannot read {name} in the Word document: {e}"))),
    };
    if file.size() > MAX_PART_BYTES {
        return Err(bad(format!(
            "{name} in the Word document is larger than {MAX_PART_BYTES} bytes"
        )));
    }
    let mut bytes = Vec::new();
    (&mut file)
        .take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(format!("cannot read {name} in the Word document: {e}")))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(bad(format!(
            "{name} in the Word document is larger than {MAX_PART_BYTES} bytes"
        )));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| bad(format!("{name} in the Word document is not UTF-8")))
}

/// What a paragraph style makes of a paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Style {
    /// A heading of this level (0 for the title).
    heading: Option<u8>,
    /// A list item at this level.
    list: Option<usize>,
}

/// What a style's name says, for styles `styles.xml` does not describe.
fn style_from_name(name: &str) -> Style {
    let n: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let mut style = Style::default();
    if n == "title" {
        style.heading = Some(0);
    } else if let Some(level) = n.strip_prefix("heading") {
        style.heading = level.parse::<u8>().ok().filter(|l| (1..=9).contains(l));
    } else if let Some(rest) = ["listbullet", "listnumber", "listparagraph"]
        .iter()
        .find_map(|p| n.strip_prefix(p))
    {
        style.list = Some(rest.parse::<usize>().map_or(0, |l| l.saturating_sub(1)));
    }
    style
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(Cow::into_owned)
        })
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> Error {
    bad(format!(
        "{part} in the Word document is not well-formed XML: {e}"
    ))
}

/// The paragraph styles of `styles.xml`, by style ID.
fn read_styles(xml: &str) -> Result<HashMap<String, Style>, Error> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut styles = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("word/styles.xml", e))?;
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => {
                    if let Some((id, style)) = current.take() {
                        styles.insert(id, style);
                    }
                    current = attr(&e, "styleId").map(|id| (id, Style::default()));
                }
                "name" => {
                    if let (Some((_, style)), Some(name)) = (current.as_mut(), attr(&e, "val")) {
                        let named = style_from_name(&name);
                        style.heading = style.heading.or(named.heading);
                        style.list = style.list.or(named.list);
                    }
                }
                "outlineLvl" => {
                    if let (Some((_, style)), Some(level)) = (
                        current.as_mut(),
                        attr(&e, "val").and_then(|v| v.parse::<u8>().ok()),
                    ) && level < 9
                        && style.heading.is_none()
                    {
                        style.heading = Some(level + 1);
                    }
                }
                "numPr" => {
                    if let Some((_, style)) = current.as_mut() {
                        style.list = style.list.or(Some(0));
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "style" => {
                if let Some((id, style)) = current.take() {
                    styles.insert(id, style);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

/// The paragraph being read.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    list: bool,
    level: Option<usize>,
}

/// The non-empty paragraphs of `document.xml` as outline items.
fn paragraphs(xml: &str, styles: &HashMap<String, Style>) -> Result<Vec<Item<'static>>, Error> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut items = Vec::new();
    let mut number = 0;
    let mut open: Option<Paragraph> = None;
    let mut in_text = false;
    let mut blank_before = true;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("word/document.xml", e))?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == "p" && open.is_none() => {
                open = Some(Paragraph::default());
            }
            Event::Empty(e) if e.local_name().as_ref() == "p" && open.is_none() => {
                number += 1;
                blank_before = true;
            }
            Event::Start(ref e) | Event::Empty(ref e) => {
                let start = matches!(event, Event::Start(_));
                let Some(p) = open.as_mut() else {
                    continue;
                };
                match e.local_name().as_ref() {
                    "pStyle" => p.style = attr(e, "val"),
                    "numPr" => p.list = true,
                    "ilvl" => p.level = attr(e, "val").and_then(|v| v.parse().ok()),
                    "t" => in_text = start,
                    "tab" | "br" | "cr" => p.text.push(' '),
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                if let Some(p) = open.as_mut() {
                    p.text.push_str(&t.xml_content(XmlVersion::Implicit1_0));
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(p) = open.as_mut() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        p.text.push(c);
                    } else if let Some(s) = quick_xml::escape::resolve_xml_entity(
                        &r.xml_content(XmlVersion::Implicit1_0),
                    ) {
                        p.text.push_str(s);
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let Some(p) = open.take() else {
                        continue;
                    };
                    number += 1;
                    let text = squash(&p.text);
                    if text.is_empty() {
                        blank_before = true;
                        continue;
                    }
                    let style = p
                        .style
                        .as_deref()
                        .map(|id| {
                            styles
                                .get(id)
                                .copied()
                                .unwrap_or_else(|| style_from_name(id))
                        })
                        .unwrap_or_default();
                    let form = if let Some(level) = style.heading {
                        Form::Heading(level)
                    } else if p.list || style.list.is_some() {
                        Form::Bullet(p.level.or(style.list).unwrap_or(0))
                    } else {
                        Form::Text(0)
                    };
                    items.push(Item {
                        at: SourceRef::Paragraph { paragraph: number },
                        more: Vec::new(),
                        raw: Cow::Owned(p.text),
                        text,
                        form,
                        blank_before: std::mem::replace(&mut blank_before, false),
                    });
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_names_say_headings_and_lists() {
        assert_eq!(style_from_name("Heading2").heading, Some(2));
        assert_eq!(style_from_name("heading 1").heading, Some(1));
        assert_eq!(style_from_name("Title").heading, Some(0));
        assert_eq!(style_from_name("List Bullet 2").list, Some(1));
        assert_eq!(style_from_name("Normal"), Style::default());
    }
}
