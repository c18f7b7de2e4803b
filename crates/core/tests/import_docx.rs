//! Word documents, built in the test as zip archives (nothing binary is committed).
#![cfg(feature = "docx")]

use std::io::Write;

use yousaid::ErrorKind;
use yousaid::import::{ImportOptions, RecognisedAs, SourceRef, import};

/// A `.docx` archive holding these parts.
fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn para(style: Option<&str>, level: Option<u8>, text: &str) -> String {
    let mut p = String::from("<w:p><w:pPr>");
    if let Some(s) = style {
        p += &format!(r#"<w:pStyle w:val="{s}"/>"#);
    }
    if let Some(l) = level {
        p += &format!(r#"<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="1"/></w:numPr>"#);
    }
    p += "</w:pPr>";
    // Two runs, as Word splits text where formatting changes.
    let (a, b) = text.split_at(text.len() / 2);
    p += &format!(
        r#"<w:r><w:t xml:space="preserve">{a}</w:t></w:r><w:r><w:t>{b}</w:t></w:r></w:p>"#
    );
    p
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="TableName"><w:name w:val="Table name"/>
    <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
</w:styles>"#;

fn notes() -> Vec<u8> {
    let body = [
        para(Some("Title"), None, "Roundtable notes"),
        "<w:p/>".to_owned(),
        para(Some("Titre1"), None, "What should change?"),
        para(Some("TableName"), None, "Table 1"),
        para(None, Some(0), "More training for A &amp; E staff"),
        para(None, Some(1), "Night shifts too"),
        para(None, Some(2), "Weekends"),
        para(Some("ListBullet"), None, "I will write to the trust"),
        para(Some("TableName"), None, "Table 2"),
        para(None, Some(0), "A &amp; E staff need more training"),
        para(Some("Normal"), None, "The room was cold."),
        para(Some("Heading1"), None, "Thank you"),
        para(None, None, "Thanks to everyone who came."),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    docx(&[
        ("word/document.xml", &document),
        ("word/styles.xml", STYLES),
    ])
}

#[test]
fn headings_styles_and_list_levels_become_the_outline() {
    let imported = import(&notes(), Some("notes.docx"), &ImportOptions::default()).unwrap();
    let s = &imported.summary;
    assert_eq!(imported.report.format.as_str(), "docx");
    assert_eq!(s.title, "Roundtable notes");
    assert_eq!(s.questions[0].text, "What should change?");
    let top: Vec<_> = s
        .suggestions
        .iter()
        .map(|p| (p.text.as_str(), p.groups[0].as_str()))
        .collect();
    assert_eq!(
        top,
        [
            ("More training for A & E staff", "table-1"),
            ("I will write to the trust", "table-1"),
            ("A & E staff need more training", "table-2"),
        ]
    );
    assert_eq!(s.suggestions[0].points[0].points[0].text, "Weekends");
    assert_eq!(s.suggestions[1].kind, yousaid::SuggestionKind::Commitment);
    assert_eq!(s.introduction, ["The room was cold."]);
    assert_eq!(
        s.closing.as_ref().unwrap().paragraphs,
        ["Thanks to everyone who came."]
    );
    // Paragraphs are counted from 1, the empty one included.
    assert_eq!(
        imported.report.recognised[2].at,
        SourceRef::Paragraph { paragraph: 4 }
    );
    assert_eq!(imported.report.recognised[2].as_, RecognisedAs::Group);
    assert!(imported.report.not_used.is_empty());
}

#[test]
fn the_content_says_it_is_a_word_document() {
    let imported = import(&notes(), None, &ImportOptions::default()).unwrap();
    assert_eq!(imported.summary.title, "Roundtable notes");
}

#[test]
fn near_duplicates_from_two_tables_merge() {
    let imported = import(&notes(), None, &ImportOptions::default().merge(0.5)).unwrap();
    let s = &imported.summary;
    assert_eq!(s.suggestions[0].groups, ["table-1", "table-2"]);
    assert_eq!(
        imported.report.merges[0].merged[0].text,
        "A & E staff need more training"
    );
    assert_eq!(
        imported.report.merges[0].merged[0].at,
        Some(SourceRef::Paragraph { paragraph: 10 })
    );
}

#[test]
fn broken_word_documents_are_bad_input() {
    let options = ImportOptions::default();
    for (bytes, says) in [
        (b"PK\x03\x04 not really".to_vec(), "not a readable zip"),
        (docx(&[("word/other.xml", "<a/>")]), "no word/document.xml"),
        (
            docx(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")]),
            "not well-formed",
        ),
    ] {
        let e = import(&bytes, Some("x.docx"), &options).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::BadInput, "{e}");
        assert!(e.message().contains(says), "{e}");
    }
}
