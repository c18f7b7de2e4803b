//! The bundled examples load, validate without errors and render in every view and format.

use std::path::Path;

use yousaid::{Code, OutputFormat, RenderOptions, Severity, Summary, View};

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

/// A problem validation found, as `(severity, code, path)`.
type Found = (&'static str, &'static str, &'static str);

/// The examples written from real published documents (`tests/corpus/`), each with every
/// problem validation finds in it as `(severity, code, path)`: no errors, and only the warnings
/// and information its README explains.
const REAL_DOCUMENTS: &[(&str, &[Found])] = &[
    (
        "buckinghamshire-we-asked",
        &[
            ("warning", "unanswered", "suggestions[0]"),
            ("warning", "unanswered", "suggestions[1]"),
            ("warning", "unanswered", "suggestions[2]"),
            ("warning", "unanswered", "suggestions[3]"),
            ("warning", "unanswered", "suggestions[4]"),
            ("warning", "unanswered", "suggestions[5]"),
            ("warning", "unanswered", "suggestions[6]"),
        ],
    ),
    (
        "edinburgh-we-asked",
        &[
            ("warning", "no-date", "engagements[0]"),
            ("warning", "no-date", "engagements[3]"),
            ("warning", "no-date", "engagements[4]"),
            ("warning", "no-date", "engagements[5]"),
            ("warning", "unanswered", "suggestions[0]"),
            ("warning", "answers-nothing", "actions[1]"),
            ("warning", "answers-nothing", "actions[2]"),
            ("warning", "answers-nothing", "actions[3]"),
        ],
    ),
    (
        "senedd-public-decides-en",
        &[
            ("warning", "no-date", "engagements[0]"),
            ("warning", "no-date", "engagements[0].engagements[0]"),
            ("warning", "no-date", "engagements[0].engagements[1]"),
            ("warning", "unanswered", "suggestions[0]"),
            ("warning", "unanswered", "suggestions[1]"),
            ("warning", "unanswered", "suggestions[2]"),
            ("warning", "unanswered", "suggestions[3]"),
            ("warning", "unanswered", "suggestions[4]"),
        ],
    ),
    (
        "senedd-public-decides-cy",
        &[
            ("warning", "no-date", "engagements[0]"),
            ("warning", "no-date", "engagements[0].engagements[0]"),
            ("warning", "no-date", "engagements[0].engagements[1]"),
            ("warning", "no-date", "engagements[1]"),
            ("warning", "unanswered", "suggestions[0]"),
            ("warning", "unanswered", "suggestions[1]"),
            ("warning", "unanswered", "suggestions[2]"),
            ("warning", "unanswered", "suggestions[3]"),
            ("warning", "unanswered", "suggestions[4]"),
        ],
    ),
    ("west-mercia-consultations", &[]),
];

#[test]
fn real_documents_validate_with_only_the_problems_their_readmes_explain() {
    for (name, expected) in REAL_DOCUMENTS {
        let summary = load(&format!("examples/{name}/summary.json"));
        let report = summary.validate();
        assert!(report.is_valid(), "{name}: {:#?}", report.problems);
        let found: Vec<(&str, &str, &str)> = report
            .problems
            .iter()
            .map(|p| (p.severity.as_str(), p.code.as_str(), p.path.as_str()))
            .collect();
        assert_eq!(found, *expected, "{name}");
    }
}

#[test]
fn real_documents_render_in_every_view_and_format() {
    for (name, _) in REAL_DOCUMENTS {
        let summary = load(&format!("examples/{name}/summary.json"));
        for view in View::ALL {
            for format in OutputFormat::ALL {
                let out = summary
                    .render(&RenderOptions::new().view(view).format(format))
                    .unwrap_or_else(|e| panic!("{name} {view} {format}: {e}"));
                assert!(!out.trim().is_empty(), "{name} {view} {format}");
            }
        }
    }
}

#[test]
fn the_senedd_pages_name_each_other_as_translations() {
    let en = load("examples/senedd-public-decides-en/summary.json");
    let cy = load("examples/senedd-public-decides-cy/summary.json");
    assert_eq!(en.language.as_deref(), Some("en-GB"));
    assert_eq!(cy.language.as_deref(), Some("cy"));
    assert_eq!(en.translations[0].language, "cy");
    assert_eq!(cy.translations[0].language, "en-GB");
    // Each links the other's published page, not its own.
    assert_ne!(en.translations[0].url, cy.translations[0].url);
}
