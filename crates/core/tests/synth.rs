//! The synthetic generator behind the benchmarks: deterministic, valid, and shaped like a real
//! summary.

#[path = "../examples/synth/generate.rs"]
mod generate;
#[path = "../examples/synth/outline.rs"]
mod outline;

use generate::Shape;
use yousaid::{Severity, Stance, Status, Summary};

fn bytes(suggestions: usize, actions: usize, seed: u64) -> Vec<u8> {
    let mut out = Vec::new();
    let shape = Shape {
        suggestions,
        actions,
        seed,
        ..Shape::default()
    };
    generate::write(&shape, &mut out).expect("writing to memory");
    out
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    assert_eq!(bytes(200, 20, 7), bytes(200, 20, 7));
    assert_ne!(bytes(200, 20, 7), bytes(200, 20, 8));
}

#[test]
fn output_loads_and_validates_without_errors() {
    for seed in 1..=5 {
        let s = Summary::from_json_slice(&bytes(500, 50, seed)).expect("loads");
        let report = s.validate();
        let errors: Vec<String> = report.errors().map(|p| p.to_string()).collect();
        assert!(errors.is_empty(), "seed {seed}:\n{}", errors.join("\n"));
        // Only the gaps a real consultation has: a few points nobody has answered yet.
        assert!(
            report
                .problems
                .iter()
                .all(|p| p.severity == Severity::Warning && p.code.as_str() == "unanswered"),
            "seed {seed}"
        );
    }
}

#[test]
fn output_has_the_shape_of_a_real_summary() {
    let s = Summary::from_json_slice(&bytes(1000, 100, 1)).expect("loads");
    assert_eq!(s.suggestions.len(), 1000);
    assert_eq!(s.actions.len(), 100);
    assert!(s.engagements.len() >= 4);
    assert!(s.engagements.iter().all(|e| e.groups.len() >= 4));
    assert!(!s.questions.is_empty() && !s.themes.is_empty());

    let suggestions: Vec<_> = s.all_suggestions().collect();
    assert!(
        suggestions.iter().any(|(_, depth)| *depth == 2),
        "three deep"
    );
    // The generator writes the stances of the first version of the format.
    for stance in [
        Stance::Accepted,
        Stance::PartlyAccepted,
        Stance::AlreadyHappening,
        Stance::NotPlanned,
        Stance::Referred,
        Stance::UnderConsideration,
    ] {
        assert!(
            suggestions.iter().any(|(x, _)| x
                .response
                .as_ref()
                .is_some_and(|r| r.stance == Some(stance))),
            "{stance:?}"
        );
    }

    let actions: Vec<_> = s.all_actions().collect();
    assert!(actions.iter().any(|(_, depth)| *depth >= 1), "sub-actions");
    for status in Status::ALL {
        assert!(
            actions
                .iter()
                .any(|(a, _)| a.declared_status() == Some(status)),
            "{status:?}"
        );
    }
    for (a, _) in &actions {
        assert_eq!(a.progress.len(), 5, "{}", a.id);
        assert!(
            a.progress
                .windows(2)
                .all(|w| w[0].date.first_day() <= w[1].date.first_day()),
            "{}",
            a.id
        );
    }
    assert!(actions.iter().any(|(a, _)| !a.depends_on.is_empty()));
    assert!(actions.iter().any(|(a, _)| !a.barriers.is_empty()));
}

#[test]
fn the_outline_imports_with_every_point_and_nothing_left_over() {
    let mut text = Vec::new();
    outline::write_outline(5_000, 3, &mut text).expect("writing to memory");
    let imported =
        yousaid::import::import(&text, Some("notes.txt"), &Default::default()).expect("imports");
    assert_eq!(imported.summary.all_suggestions().count(), 5_000);
    assert_eq!(imported.summary.questions.len(), 3);
    assert!(imported.report.not_used.is_empty());
    let merged = yousaid::import::import(
        &text,
        Some("notes.txt"),
        &yousaid::import::ImportOptions::default().merge(0.5),
    )
    .expect("imports");
    assert!(!merged.report.merges.is_empty());
    assert!(merged.summary.validate().is_valid());
}
