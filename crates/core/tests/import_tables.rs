//! The table and Polis importers on real documents: tables rebuilt from corpus documents
//! (`tests/import/README.md` gives their sources) and two real Polis exports. Each import is
//! snapshotted whole (summary and report), must validate without errors, and must account for
//! every filled cell of its input.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use yousaid::import::{ImportOptions, Imported, SourceRef, polis, table};
use yousaid::{Severity, Status};

fn input(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(input(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn as_json(i: &Imported) -> Value {
    json!({"summary": i.summary.to_value(), "report": i.report})
}

fn assert_no_errors(i: &Imported) {
    let report = i.summary.validate();
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// Every filled cell of a CSV is in the summary (its row recognised) or reported not used.
fn assert_every_cell_accounted_for(csv_text: &str, i: &Imported) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let mut recognised_rows = std::collections::HashSet::new();
    for r in &i.report.recognised {
        if let SourceRef::Row { row, .. } | SourceRef::Cell { row, .. } = r.at {
            recognised_rows.insert(row);
        }
    }
    let mut unused = std::collections::HashSet::new();
    for n in &i.report.not_used {
        match n.at {
            SourceRef::Cell { row, column, .. } => {
                unused.insert((row, Some(column)));
            }
            SourceRef::Row { row, .. } => {
                unused.insert((row, None));
            }
            _ => {}
        }
    }
    for (r, record) in reader.records().enumerate() {
        let row = r + 1;
        for (c, cell) in record.unwrap().iter().enumerate() {
            if cell.trim().is_empty() {
                continue;
            }
            assert!(
                recognised_rows.contains(&row)
                    || unused.contains(&(row, Some(c + 1)))
                    || unused.contains(&(row, None)),
                "row {row} column {} ({cell:?}) is neither used nor reported",
                c + 1
            );
        }
    }
}

#[test]
fn enherts_ward_table_of_pairs() {
    let text = read("enherts-ward-2017-12.csv");
    let i = table::import_csv(&text, &ImportOptions::default()).unwrap();
    assert_eq!(i.summary.title, "‘You said, we did’ in December 2017");
    assert_eq!(i.summary.suggestions.len(), 4);
    assert_eq!(i.summary.actions.len(), 4);
    assert!(i.summary.actions.iter().all(|a| a.status.is_none()));
    assert_eq!(
        i.summary.themes[2].name,
        "Treatment Centre, pre-op assessment"
    );
    assert!(i.report.not_used.is_empty(), "{:?}", i.report.not_used);
    assert_no_errors(&i);
    assert_every_cell_accounted_for(&text, &i);
    insta::assert_json_snapshot!(as_json(&i));
}

#[test]
fn mkuh_actions_without_points() {
    let text = read("mkuh-divisions.csv");
    // The page's title: the table itself has none.
    let i = table::import_csv(&text, &ImportOptions::default().title("You Said, We Did")).unwrap();
    assert!(i.summary.suggestions.is_empty());
    assert_eq!(i.summary.actions.len(), 13);
    assert_eq!(
        i.summary.actions[6].notes,
        ["Division: Women’s and Children’s"]
    );
    assert!(i.summary.actions[0].notes.is_empty());
    assert_no_errors(&i);
    assert_every_cell_accounted_for(&text, &i);
    insta::assert_json_snapshot!(as_json(&i));
}

#[test]
fn cslondon_recommendation_tracker() {
    let text = read("cslondon-recommendations.csv");
    let mut options = ImportOptions::default();
    options.columns = BTreeMap::from([("Review".to_owned(), "theme".to_owned())]);
    options.title = Some("Recommendations".to_owned());
    let i = table::import_csv(&text, &options).unwrap();
    let a = &i.summary.actions;
    assert_eq!(a.len(), 10);
    assert_eq!(a[0].id, "235");
    assert_eq!(a[0].status, Some(Status::Done));
    assert_eq!(a[1].status, Some(Status::InProgress));
    // "No Evidence Yet", "Not Achieved", "Not Fully Achieved": not guessed.
    assert_eq!(a[3].status, None);
    assert_eq!(a[6].status, None);
    assert_eq!(a[9].status, None);
    assert_eq!(
        a[8].owner_text().as_deref(),
        Some("ODA, LOCOG, GLA, GOE, LDA, LLDC")
    );
    let unknown: Vec<&str> = i.report.not_used.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        unknown,
        ["No Evidence Yet", "Not Achieved", "Not Fully Achieved"]
    );
    // "Closed" twice and the "Recommendation" header are listed as read one way of several.
    let ambiguous: Vec<&str> = i.report.ambiguous.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(ambiguous, ["Recommendation", "Closed", "Closed"]);
    assert_no_errors(&i);
    assert_every_cell_accounted_for(&text, &i);
    insta::assert_json_snapshot!(as_json(&i));
}

fn polis_sample(name: &str) -> (String, String, Imported) {
    let comments = read(&format!("polis/{name}/comments.csv"));
    let summary = read(&format!("polis/{name}/summary.csv"));
    let i = polis::import_polis(&comments, Some(&summary), &ImportOptions::default()).unwrap();
    (comments, summary, i)
}

#[test]
fn polis_london_youth_policing() {
    let (comments, _, i) = polis_sample("london.youth.policing");
    let s = &i.summary;
    assert_eq!(
        s.title,
        "What is the best way to engage more young people in local scrutiny of policing?"
    );
    assert_eq!(s.questions.len(), 1);
    assert_eq!(s.suggestions.len(), 36);
    assert!(s.suggestions.iter().all(|p| p.mentions.is_none()));
    let rejected = i
        .report
        .not_used
        .iter()
        .filter(|n| n.reason.contains("moderated out"))
        .count();
    assert_eq!(rejected, 3);
    assert_eq!(s.engagements[0].attendance.len(), 2);
    assert_no_errors(&i);
    assert_every_cell_accounted_for(&comments, &i);
    insta::assert_json_snapshot!(as_json(&i));
}

#[test]
fn polis_canadian_electoral_reform() {
    let (comments, summary, i) = polis_sample("canadian-electoral-reform");
    let s = &i.summary;
    assert_eq!(s.title, "Canadian Electoral Reform");
    // A topic that is not a question is the title only.
    assert!(s.questions.is_empty());
    assert_eq!(s.suggestions.len(), 152);
    let rejected = i
        .report
        .not_used
        .iter()
        .filter(|n| n.reason.contains("moderated out"))
        .count();
    assert_eq!(rejected, 22);
    // Every comment's agree and disagree votes are its figures, for and against.
    assert!(s.suggestions.iter().all(|p| {
        let sides: Vec<_> = p.figures.iter().map(|f| f.side).collect();
        sides == [Some(yousaid::Side::For), Some(yousaid::Side::Against)]
    }));
    assert!(!i.report.not_used.iter().any(|n| n.reason.contains("votes")));
    assert_no_errors(&i);
    assert_every_cell_accounted_for(&comments, &i);
    let _ = summary;
}

#[test]
fn the_same_table_from_rows_and_from_csv() {
    let text = read("enherts-ward-2017-12.csv");
    let mut records = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .into_records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(str::to_owned)
                .collect::<Vec<String>>()
        });
    let _title = records.next();
    let header = records.next().unwrap();
    let rows: Vec<Vec<String>> = records.collect();
    let from_rows = table::import_rows(&header, &rows, &ImportOptions::default()).unwrap();
    let from_csv = table::import_csv(&text, &ImportOptions::default()).unwrap();
    // The same points and actions; only the row numbers (one less without the title row) and
    // the title differ.
    let texts = |i: &Imported| -> Vec<String> {
        i.summary
            .suggestions
            .iter()
            .map(|s| s.text.clone())
            .chain(i.summary.actions.iter().map(|a| a.title.clone()))
            .collect()
    };
    assert_eq!(texts(&from_rows), texts(&from_csv));
}

#[cfg(feature = "xlsx")]
#[test]
fn a_broken_workbook_is_bad_input() {
    let e = table::import_xlsx(b"PK\x03\x04 truncated", &ImportOptions::default()).unwrap_err();
    assert_eq!(e.code(), "bad-input");
    let e = table::import_xlsx(&[0u8; 64], &ImportOptions::default()).unwrap_err();
    assert_eq!(e.code(), "bad-input");
}

#[cfg(feature = "xlsx")]
#[test]
fn a_workbook_with_a_notes_sheet_a_title_and_a_date() {
    let bytes = std::fs::read(input("ward-tracker.xlsx")).unwrap();
    let i = table::import_xlsx(&bytes, &ImportOptions::default()).unwrap();
    let s = &i.summary;
    assert_eq!(s.title, "Patient experience tracker");
    assert_eq!(s.suggestions.len(), 2);
    assert_eq!(s.actions.len(), 2);
    assert_eq!(s.actions[0].due, Some("2024-03-31".parse().unwrap()));
    assert_eq!(s.actions[0].status, Some(Status::Done));
    assert_eq!(s.actions[1].notes, ["Ward: Ward 9", "Quarter: Q4 2023/24"]);
    assert_eq!(s.engagements[0].date, Some("2023/24-Q3".parse().unwrap()));
    assert_no_errors(&i);
    insta::assert_json_snapshot!(as_json(&i));
}

#[test]
fn import_chooses_the_table_readers_by_name_and_content() {
    use yousaid::import::{ImportFormat, import};
    let csv = read("enherts-ward-2017-12.csv");
    for name in [Some("ward.csv"), None] {
        let i = import(csv.as_bytes(), name, &ImportOptions::default()).unwrap();
        assert_eq!(i.report.format, ImportFormat::Csv, "{name:?}");
    }
    let comments = read("polis/london.youth.policing/comments.csv");
    for name in [Some("comments.csv"), None] {
        let i = import(comments.as_bytes(), name, &ImportOptions::default()).unwrap();
        assert_eq!(i.report.format, ImportFormat::Polis, "{name:?}");
        // No summary.csv: the title is the file's name, when there is one.
        assert_eq!(
            i.summary.title,
            if name.is_some() { "comments" } else { "" }
        );
    }
    // A table with no title takes the file's name; its periods keep theirs.
    let i = import(
        b"Quarter,You said\nQ1 2024,A\n",
        Some("feedback.csv"),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(i.summary.title, "feedback");
    assert_eq!(i.summary.engagements[0].title, "Q1 2024");
    // A title that reads like a header is not one: notes stay notes.
    for notes in [
        "You said, we did\n\nYour feedback makes a difference.\n\n- A hotline for families\n",
        "# You said, we did\n\n- A hotline for families\n",
        "You said, we did\nWe listened.\n",
    ] {
        let i = import(notes.as_bytes(), None, &ImportOptions::default()).unwrap();
        assert_ne!(i.report.format, ImportFormat::Csv, "{notes:?}");
    }
    let workbook = std::fs::read(input("ward-tracker.xlsx")).unwrap();
    let result = import(&workbook, None, &ImportOptions::default());
    if cfg!(feature = "xlsx") {
        assert_eq!(result.unwrap().report.format, ImportFormat::Xlsx);
    } else {
        assert_eq!(result.unwrap_err().code(), "invalid-argument");
    }
}
