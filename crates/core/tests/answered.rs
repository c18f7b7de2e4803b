//! One rule for "answered": every view counts the same unanswered points, on every example —
//! coverage, validation's `unanswered` warnings, the pairs, the tracker's figures and list, and
//! the "Not answered yet" of the table and full views.

use std::path::{Path, PathBuf};

use yousaid::{OutputFormat, RenderOptions, Renderer, SuggestionKind, Summary, View};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every example document: `examples/*/summary.json`.
fn examples() -> Vec<(String, Summary)> {
    let mut out: Vec<(String, Summary)> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .map(|e| e.expect("an entry").path().join("summary.json"))
        .filter(|p| p.is_file())
        .map(|p| {
            let text = std::fs::read(&p).unwrap();
            let s =
                Summary::from_json_slice(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.display().to_string(), s)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn markdown(s: &Summary, view: View) -> String {
    s.render(
        &RenderOptions::new()
            .view(view)
            .format(OutputFormat::Markdown),
    )
    .unwrap()
}

#[test]
fn every_view_counts_the_same_unanswered_points_on_every_example() {
    let documents = examples();
    assert!(documents.len() >= 2, "the examples");
    let mut renderer = Renderer::new();
    renderer
        .add_template(
            "unanswered.txt",
            "{{ tracker.suggestions_total - tracker.suggestions_answered }} {{ tracker.unanswered|length }}",
        )
        .unwrap();
    for (name, s) in documents {
        let view = s.current();
        let coverage = view.coverage();
        let validation = s
            .validate()
            .problems
            .iter()
            .filter(|p| p.code.as_str() == "unanswered")
            .count();
        let pairs = view
            .pairs()
            .iter()
            .filter(|p| p.depth == 0 && p.kind != SuggestionKind::Commitment)
            .filter(|p| p.answer.is_none())
            .count();
        let tracker = renderer
            .render(
                &s,
                &RenderOptions::new()
                    .view(View::Tracker)
                    .template("unanswered.txt"),
            )
            .unwrap();
        let tracker: Vec<usize> = tracker
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        // The words in the document's language ("Not answered yet", "Heb ei ateb eto").
        let words = yousaid::render::labels::Labels::new(
            yousaid::render::labels::Lang::for_document(s.language.as_deref()),
        )
        .get("not_answered_yet")
        .unwrap()
        .to_owned();
        let shown = |v: View| markdown(&s, v).matches(words.as_str()).count();
        let counts = [
            ("coverage", coverage.overall.neither),
            ("coverage list", coverage.unanswered.len()),
            ("validation", validation),
            ("pairs", pairs),
            ("tracker figures", tracker[0]),
            ("tracker list", tracker[1]),
            ("table view", shown(View::Table)),
            ("full view", shown(View::Full)),
        ];
        assert!(
            counts.iter().all(|(_, n)| *n == counts[0].1),
            "{name}: the views count different numbers of unanswered points: {counts:?}"
        );
    }
}
