//! `yousaid report`, `diff` and `stamp` over the Riverside example's published versions:
//! what they print and their exit status, snapshotted.

mod common;

use std::path::{Path, PathBuf};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/riverside-library-2025")
}

/// Runs `yousaid ARGS` in the example's directory; returns exit status, stdout and stderr.
fn run(args: &[&str]) -> String {
    common::yousaid(&examples(), args, "").transcript()
}

#[test]
fn report_text() {
    insta::assert_snapshot!(run(&["report", "summary.json"]));
}

#[test]
fn report_text_as_of_a_date() {
    insta::assert_snapshot!(run(&["report", "summary.json", "--as-of", "2025-12-31"]));
}

#[test]
fn report_json() {
    insta::assert_snapshot!(run(&[
        "report",
        "history/2025-12-15.json",
        "--format",
        "json"
    ]));
}

#[test]
fn report_refuses_a_bad_date() {
    let out = run(&["report", "summary.json", "--as-of", "2025-13-01"]);
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(out.contains("expected YYYY-MM-DD"), "{out}");
}

#[test]
fn report_of_a_missing_file_exits_2() {
    insta::assert_snapshot!(run(&["report", "missing.json"]));
}

#[test]
fn diff_json() {
    insta::assert_snapshot!(run(&[
        "diff",
        "history/2025-12-15.json",
        "history/2026-06-30.json",
        "--format",
        "json"
    ]));
}

#[test]
fn diff_text_bulletin_is_the_default() {
    insta::assert_snapshot!(run(&[
        "diff",
        "history/2025-12-15.json",
        "history/2026-06-30.json"
    ]));
}

#[test]
fn diff_markdown_and_html_bulletins() {
    let md = run(&[
        "diff",
        "history/2025-06-30.json",
        "history/2025-12-15.json",
        "--format",
        "md",
    ]);
    assert!(md.starts_with("exit: 0\n--- stdout\n# Riverside"), "{md}");
    assert!(md.contains("Update since 30 June 2025"), "{md}");
    let page = run(&[
        "diff",
        "history/2025-06-30.json",
        "summary.json",
        "--format",
        "html",
    ]);
    assert!(page.contains("<!DOCTYPE html>"), "{page}");
    let fragment = run(&[
        "diff",
        "history/2025-06-30.json",
        "summary.json",
        "--format",
        "fragment",
    ]);
    assert!(
        fragment.contains("--- stdout\n<div class=\"ys ys-fragment\""),
        "{fragment}"
    );
}

#[test]
fn diff_of_a_file_with_itself_has_nothing_to_say() {
    let out = run(&["diff", "summary.json", "summary.json", "--format", "json"]);
    assert!(out.starts_with("exit: 0\n"), "{out}");
    assert!(out.contains("\"status_changes\": []"), "{out}");
}

#[test]
fn diff_cannot_read_both_from_stdin() {
    insta::assert_snapshot!(run(&["diff", "-", "-"]));
}

#[test]
fn stamp_reproduces_the_next_versions_publication_record() {
    let out = common::yousaid(
        &examples(),
        &[
            "stamp",
            "history/2025-06-30.json",
            "--date",
            "2025-12-15",
            "--note",
            "First report: what you told us and what we will do.",
        ],
        "",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    let stamped = yousaid::Summary::from_json_str(&out.stdout).unwrap();
    let text = std::fs::read_to_string(examples().join("history/2025-12-15.json")).unwrap();
    let next = yousaid::Summary::from_json_str(&text).unwrap();
    assert_eq!(stamped.published, next.published);
    assert_eq!(stamped.revisions, next.revisions);
}

#[test]
fn stamp_refuses_an_earlier_date() {
    insta::assert_snapshot!(run(&["stamp", "summary.json", "--date", "2026-01-01"]));
}
