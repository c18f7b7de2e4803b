//! Validation of documents shaped to stress it (dense dependency graphs, deep sub-action
//! chains, wide nesting): reports stay small and every problem can be placed in the text.
//! Sizes are asserted here; times are measured by `scripts/bench validate`.

#[path = "../examples/synth/generate.rs"]
mod generate;

use generate::Shape;
use yousaid::validate::{MAX_IDS_LISTED, MAX_PROBLEMS};
use yousaid::{Code, Report, Summary};

fn document(shape: Shape) -> Vec<u8> {
    let mut out = Vec::new();
    generate::write(&shape, &mut out).expect("writing to memory");
    out
}

fn validate(bytes: &[u8]) -> Report {
    Summary::from_json_slice(bytes).expect("loads").validate()
}

fn count(report: &Report, code: Code) -> usize {
    report.problems.iter().filter(|p| p.code == code).count()
}

#[test]
fn a_dense_graph_of_3000_actions_gives_one_short_problem_per_loop() {
    // 3,000 actions with up to 51 dependencies each (1.2 MB) once took gigabytes: each loop
    // found carried the whole search stack in its message.
    let bytes = document(Shape {
        suggestions: 100,
        actions: 3000,
        seed: 1,
        dependencies: 51,
        ..Shape::default()
    });
    assert!(bytes.len() > 1_000_000, "{}", bytes.len());
    let report = validate(&bytes);
    assert_eq!(report.omitted, 0);
    // The random graph is one strongly connected whole: one loop, one problem.
    assert_eq!(count(&report, Code::DependencyCycle), 1);
    let cycle = report
        .problems
        .iter()
        .find(|p| p.code == Code::DependencyCycle)
        .expect("a loop");
    assert!(
        cycle.message.matches(" → ").count() <= MAX_IDS_LISTED + 1,
        "{cycle}"
    );
    let total: usize = report
        .problems
        .iter()
        .map(|p| p.path.len() + p.message.len())
        .sum();
    assert!(total < 64 * 1024, "{total} bytes of problems");
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    let found = yousaid::position::locate(&bytes, &paths);
    assert!(found.iter().all(Option::is_some));
}

#[test]
fn problems_are_bounded_however_many_the_document_has() {
    // 12,000 actions with dependencies and nothing they answer or serve (lean actions answer
    // a suggestion that a document of no suggestions lacks): more problems than a report lists.
    let bytes = document(Shape {
        suggestions: 0,
        actions: 12_000,
        seed: 2,
        dependencies: 3,
        ..Shape::default()
    });
    let report = validate(&bytes);
    assert_eq!(report.problems.len(), MAX_PROBLEMS);
    assert!(report.omitted > 2000, "{}", report.omitted);
    assert!(!report.is_valid());
}

#[test]
fn deep_and_wide_shapes_validate_and_place_every_problem() {
    // Reading sixty levels of `yousaid/2` points takes more than the 2 MiB a test thread has
    // in an unoptimised build (each level's reader holds every optional field); a program's
    // main thread has 8 MiB, which this thread is given.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(deep_and_wide)
        .expect("a thread")
        .join()
        .expect("no panic");
}

fn deep_and_wide() {
    let bytes = document(Shape {
        suggestions: 200,
        actions: 50,
        seed: 3,
        depth: 60,
        points: 300,
        ..Shape::default()
    });
    let report = validate(&bytes);
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    let found = yousaid::position::locate(&bytes, &paths);
    assert!(found.iter().all(Option::is_some));
}
