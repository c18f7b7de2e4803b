//! The bundled examples load and validate without errors, and the examples written from real
//! published documents render in every view and format.

#[path = "render/html_check.rs"]
mod html_check;

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

/// Real published documents written as examples (`examples/<name>/`), each with the validation
/// codes it is expected to report: only warnings a reader of the source would agree with.
///
/// The tracker's recommendations and the hospital's "we did" bullets answer no single point:
/// they belong to a review and a year, or to a division (`engagements`), and the format says
/// such an action answers nothing only when it has neither `responds_to` nor `engagements`:
/// they get no `answers-nothing`.
const CORPUS_EXAMPLES: &[(&str, &[Code])] = &[
    ("cslondon-recommendations", &[]),
    ("enherts-you-said-we-did", &[]),
    ("mkuh-you-said-we-did", &[]),
    ("anglia-su-feedback-forum", &[]),
    ("cheshire-ccg-you-said-we-did", &[]),
    ("swlondon-forums-2017", &[]),
    ("worcester-carers-2018", &[]),
];

fn corpus_example(name: &str) -> Summary {
    load(&format!("examples/{name}/summary.json"))
}

#[test]
fn corpus_examples_validate_with_only_the_expected_warnings() {
    for (name, expected) in CORPUS_EXAMPLES {
        let report = corpus_example(name).validate();
        assert!(report.is_valid(), "{name}: {:#?}", report.problems);
        for p in &report.problems {
            assert!(
                p.severity != Severity::Error && expected.contains(&p.code),
                "{name}: unexpected {p}"
            );
        }
    }
}

/// Every example folder with a `summary.json` is checked by a test of this file.
#[test]
fn every_example_is_checked() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    for entry in std::fs::read_dir(&examples).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("summary.json").exists() {
            continue;
        }
        let name = dir.file_name().unwrap().to_str().unwrap();
        assert!(
            ["west-yorkshire-2014", "riverside-library-2025"].contains(&name)
                || CORPUS_EXAMPLES.iter().any(|(n, _)| *n == name)
                || REAL_DOCUMENTS.iter().any(|(n, _)| *n == name),
            "examples/{name} is not listed in this file"
        );
    }
}

#[test]
fn corpus_examples_render_in_every_view_and_format() {
    let names = CORPUS_EXAMPLES.iter().map(|(n, _)| *n);
    for name in names.chain(REAL_DOCUMENTS.iter().map(|(n, _)| *n)) {
        let summary = corpus_example(name);
        for view in View::ALL {
            for format in OutputFormat::ALL {
                let label = format!("{name} {view} {format}");
                let out = summary
                    .render(&RenderOptions::new().view(view).format(format))
                    .unwrap_or_else(|e| panic!("{label}: {e}"));
                match format {
                    OutputFormat::Html | OutputFormat::Fragment => {
                        check_html(&label, &out, format == OutputFormat::Fragment);
                    }
                    OutputFormat::Markdown | OutputFormat::Text => {
                        assert!(out.ends_with('\n') && !out.ends_with("\n\n"), "{label}");
                    }
                }
            }
        }
    }
}

/// The structure every HTML rendering has: it parses without errors, has one `h1` in a page and
/// none in a fragment, skips no heading level, gives every table a caption and every header
/// cell a scope, and has no active content or disallowed links.
fn check_html(label: &str, html: &str, fragment: bool) {
    let o = html_check::outline(html, fragment);
    assert!(o.errors.is_empty(), "{label}: {:?}", o.errors);
    let h1 = o.headings.iter().filter(|(l, _)| *l == 1).count();
    assert_eq!(h1, usize::from(!fragment), "{label}: {:?}", o.headings);
    let mut prev = if fragment { 1 } else { 0 };
    for (level, text) in &o.headings {
        assert!(
            *level <= prev + 1,
            "{label}: h{level} {text:?} after h{prev}"
        );
        prev = *level;
    }
    assert_eq!(o.tables, o.captions, "{label}: a table without a caption");
    assert_eq!(o.th_without_scope, 0, "{label}: a th without a scope");
    for bad in [
        "script", "iframe", "object", "embed", "img", "link", "base", "form",
    ] {
        assert!(!o.elements.iter().any(|e| e == bad), "{label}: <{bad}>");
    }
    o.check_links_and_ids(label);
    if !fragment {
        assert!(
            o.lang.is_some() && !o.title.is_empty(),
            "{label}: lang and title"
        );
    }
    assert!(!o.text.is_empty(), "{label}: no text");
}

/// A problem validation found, as `(severity, code, path)`.
type Found = (&'static str, &'static str, &'static str);

/// The examples written from real published documents (`tests/corpus/`), each with every
/// problem validation finds in it as `(severity, code, path)`: no errors, and only the warnings
/// and information its README explains.
const REAL_DOCUMENTS: &[(&str, &[Found])] = &[
    ("buckinghamshire-we-asked", &[]),
    (
        "edinburgh-we-asked",
        &[
            ("warning", "no-date", "engagements[0]"),
            ("warning", "no-date", "engagements[3]"),
            ("warning", "no-date", "engagements[4]"),
            ("warning", "no-date", "engagements[5]"),
        ],
    ),
    (
        "senedd-public-decides-en",
        &[
            ("warning", "no-date", "engagements[0]"),
            ("warning", "no-date", "engagements[0].engagements[0]"),
            ("warning", "no-date", "engagements[0].engagements[1]"),
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
