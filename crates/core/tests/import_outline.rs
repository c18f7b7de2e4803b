//! The outline importer against the founding document, the corpus and malformed input.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[path = "import/nothing_lost.rs"]
mod nothing_lost;
use nothing_lost::assert_nothing_lost;
use yousaid::import::{ImportOptions, RecognisedAs, import, import_outline};
use yousaid::{ErrorKind, SuggestionKind, Summary};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// Text compared the way a reader would: white space, quotes and bullets do not count.
fn normalise(text: &str) -> String {
    let t: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .collect();
    let t = t.trim_start_matches(['•', '-', '*', ' ', '\u{a0}']);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every point of a summary as (text, depth, text of its top-level point's question).
fn points(summary: &Summary) -> Vec<(String, usize, String)> {
    let questions: HashMap<&str, &str> = summary
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.text.as_str()))
        .collect();
    let mut out = Vec::new();
    for top in &summary.suggestions {
        let question = top
            .question
            .as_deref()
            .and_then(|q| questions.get(q))
            .map(|q| normalise(q))
            .unwrap_or_default();
        top.walk(&mut |p, depth| out.push((normalise(&p.text), depth, question.clone())));
    }
    out
}

/// The share of the expected points found in the imported summary with the same text, at the
/// same depth, under the same question (each imported point counts once).
fn score(expected: &Summary, imported: &Summary) -> (usize, usize) {
    let mut have: HashMap<(String, usize, String), usize> = HashMap::new();
    for p in points(imported) {
        *have.entry(p).or_default() += 1;
    }
    let wanted = points(expected);
    let mut found = 0;
    for p in &wanted {
        if let Some(n) = have.get_mut(p).filter(|n| **n > 0) {
            *n -= 1;
            found += 1;
        } else {
            eprintln!("missing: {p:?}");
        }
    }
    (found, wanted.len())
}

fn seed() -> yousaid::import::Imported {
    let text = std::fs::read_to_string(repo(
        "tests/corpus/west-yorkshire-pcc-human-trafficking-2014.txt",
    ))
    .expect("the seed document");
    import_outline(&text, &ImportOptions::default()).expect("the seed imports")
}

#[test]
fn the_seed_reproduces_the_hand_made_model() {
    let expected: Summary = Summary::from_json_str(
        &std::fs::read_to_string(repo("examples/west-yorkshire-2014/summary.json")).unwrap(),
    )
    .unwrap();
    let imported = seed();
    let (found, total) = score(&expected, &imported.summary);
    let share = found as f64 / total as f64;
    println!(
        "seed score: {found} of {total} points ({:.1}%) with the same text, depth and question",
        share * 100.0
    );
    assert!(share >= 0.95, "seed score {share}");
}

#[test]
fn the_seed_keeps_everything_else_in_its_place() {
    let imported = seed();
    let s = &imported.summary;
    assert_eq!(
        s.title,
        "Increasing Awareness of Human Trafficking (8 April 2014)"
    );
    assert_eq!(s.questions.len(), 2);
    assert_eq!(s.introduction.len(), 4, "{:#?}", s.introduction);
    assert_eq!(s.purposes.len(), 2);
    assert_eq!(
        s.purposes[0].points[0].label.as_deref(),
        Some("Consolidate")
    );
    assert_eq!(s.purposes[0].points[2].points.len(), 2);
    assert_eq!(
        s.purposes[1].lead_in.as_deref(),
        Some("And then use this to:")
    );
    assert_eq!(
        s.purposes[1].points[1].label.as_deref(),
        Some("Show that we're listening")
    );
    // "Next Steps...": six commitments, two with a sub-action; nothing invented.
    assert_eq!(s.actions.len(), 6);
    assert_eq!(s.actions[1].actions[0].id, "a2.1");
    assert!(
        s.actions
            .iter()
            .all(|a| a.status.is_none() && a.owners.is_empty())
    );
    let commitment = s.suggestion("s15").unwrap();
    assert!(commitment.text.starts_with("I will present"));
    assert_eq!(commitment.kind, SuggestionKind::Commitment);
    let asked = s.suggestion("s18.1").unwrap();
    assert_eq!(asked.kind, SuggestionKind::Question);
    assert_eq!(s.suggestion("s2.4.1").unwrap().kind, SuggestionKind::Detail);
    let closing = s.closing.as_ref().unwrap();
    assert_eq!(closing.heading.as_deref(), Some("Thank you"));
    assert_eq!(closing.paragraphs.len(), 3, "{:#?}", closing.paragraphs);
    let signature = closing.signature.as_ref().unwrap();
    assert_eq!(signature.name, "Mark Burns-Williamson");
    assert_eq!(
        signature.role.as_deref(),
        Some("Police and Crime Commissioner forWest Yorkshire")
    );
    assert_eq!(
        s.copyright.as_deref(),
        Some("© Copyright West Yorkshire Police and Crime Commissioner 2019")
    );
    assert!(
        imported.report.not_used.is_empty(),
        "{:#?}",
        imported.report.not_used
    );
    // The sub-point phrased as a question and the signature are listed as readings taken.
    assert!(
        imported
            .report
            .ambiguous
            .iter()
            .any(|a| a.text.starts_with("Can further"))
    );
    let report = s.validate();
    assert!(report.is_valid(), "{:#?}", report.problems);
}

#[test]
fn nothing_of_the_seed_is_lost() {
    let text = std::fs::read_to_string(repo(
        "tests/corpus/west-yorkshire-pcc-human-trafficking-2014.txt",
    ))
    .unwrap();
    assert_nothing_lost("the seed", &text, &seed());
}

/// The text of a corpus document after its header.
fn corpus(name: &str) -> String {
    let text = std::fs::read_to_string(repo(&format!("tests/corpus/{name}"))).unwrap();
    let (_, body) = text.split_once("==========\n").expect("a header");
    body.to_owned()
}

fn import_corpus(name: &str) -> (String, yousaid::import::Imported) {
    let text = corpus(name);
    let imported = import_outline(&text, &ImportOptions::default()).unwrap();
    assert_nothing_lost(name, &text, &imported);
    (text, imported)
}

#[test]
fn accent_housing_you_said_we_did_pair() {
    let (_, i) = import_corpus("09-accent-housing-batley-you-said-we-did.txt");
    let s = &i.summary;
    assert_eq!(s.suggestions.len(), 1);
    assert!(
        s.suggestions[0]
            .text
            .starts_with("Residents were unhappy with the grounds")
    );
    assert_eq!(s.actions.len(), 1);
    assert!(s.actions[0].title.starts_with("We visited the estate"));
    assert_eq!(
        s.actions[0].responds_to[0].suggestion.as_ref(),
        Some(&s.suggestions[0].id)
    );
    // No stance, status or date is invented for the answer.
    assert!(s.suggestions[0].response.is_none());
    assert!(s.actions[0].status.is_none() && s.actions[0].due.is_none());
    assert!(
        i.report
            .recognised
            .iter()
            .any(|r| r.as_ == RecognisedAs::Response)
    );
}

#[test]
fn mkuh_bullets_under_division_headings() {
    let (_, i) = import_corpus("01-mkuh-you-said-we-did.txt");
    let s = &i.summary;
    assert_eq!(s.title, "You Said, We Did");
    assert_eq!(s.suggestions.len(), 13);
    // The points before any division heading have no theme; the others are grouped by it.
    assert!(s.suggestions[0].themes.is_empty());
    let womens = s
        .themes
        .iter()
        .find(|t| t.name == "Women’s and Children’s")
        .unwrap();
    assert_eq!(womens.id, "womens-and-childrens");
    assert_eq!(
        s.suggestions
            .iter()
            .filter(|p| p.themes.contains(&womens.id))
            .count(),
        6
    );
    assert!(s.suggestions.iter().all(|p| p.question.is_none()));
}

#[test]
fn enherts_flattened_table_stays_prose() {
    let (_, i) = import_corpus("02-enherts-ward-you-said-we-did.txt");
    let s = &i.summary;
    assert_eq!(s.title, "You said, we did");
    assert!(s.suggestions.is_empty());
    assert!(
        s.introduction
            .iter()
            .any(|p| p.starts_with("“It can sometimes be lonely"))
    );
}

#[test]
fn cheshire_paragraph_pairs_stay_prose() {
    let (_, i) = import_corpus("03-cheshire-ccg-you-said-we-did.txt");
    let s = &i.summary;
    assert!(s.suggestions.is_empty() && s.actions.is_empty());
    assert!(
        s.introduction
            .iter()
            .any(|p| p.starts_with("A CCG merger needs"))
    );
}

#[test]
fn worcester_event_prose() {
    let (_, i) = import_corpus("14-worcester-carers-you-said-we-did-event.txt");
    let s = &i.summary;
    assert_eq!(s.title, "");
    assert_eq!(s.introduction.len(), 2);
    assert!(s.suggestions.is_empty());
}

#[test]
fn binary_input_is_refused_with_its_position() {
    let e = import(
        b"Notes\n\nab\0cd",
        Some("notes.txt"),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadInput);
    assert_eq!((e.line(), e.column()), (Some(3), Some(3)));
    let e = import(b"Notes\n\xff\xfe", None, &ImportOptions::default()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadInput);
    assert_eq!((e.line(), e.column()), (Some(2), Some(1)));
    // A zip that is not a Word document, named as text.
    let e = import(
        b"PK\x03\x04\x14\0\0\0",
        Some("x.md"),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadInput);
}

#[test]
fn a_hundred_megabyte_line_is_refused_without_reading_it_all() {
    let mut text = b"Notes\n\n- a point\n".to_vec();
    text.resize(text.len() + 100 * 1024 * 1024, b'a');
    let e = import(&text, Some("notes.txt"), &ImportOptions::default()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadInput);
    assert_eq!(e.line(), Some(4));
    assert!(e.message().contains("longer than"), "{e}");
}

#[test]
fn a_bad_merge_threshold_is_refused() {
    for t in [0.0, -1.0, 1.5, f64::NAN] {
        let e = import_outline("- a", &ImportOptions::default().merge(t)).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidArgument);
    }
}
