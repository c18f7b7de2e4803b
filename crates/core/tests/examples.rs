//! The bundled examples load and validate without errors.

use std::path::Path;

use yousaid::{Code, Severity, Summary};

fn load(relative: &str) -> Summary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Summary::from_json_slice(&bytes).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn west_yorkshire_validates_without_errors() {
    let summary = load("examples/west-yorkshire-2014/summary.json");
    let report = summary.validate();
    assert!(report.is_valid(), "{:#?}", report.problems);
    // The seed document does not answer every point participants made, and the example must
    // not invent answers: `unanswered` is the only warning it may have.
    for p in &report.problems {
        assert_eq!(
            (p.severity, p.code),
            (Severity::Warning, Code::Unanswered),
            "{p}"
        );
    }
}

#[test]
fn riverside_validates_cleanly() {
    let summary = load("examples/riverside-library-2025/summary.json");
    let report = summary.validate();
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
}
