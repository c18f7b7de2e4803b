//! Runs the built `yousaid` binary and snapshots what it prints and its exit status.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

const CLEAN: &str = r#"{
  "format": "yousaid/1",
  "title": "What you told us",
  "questions": [{"id": "q1", "text": "What should we do?"}],
  "suggestions": [{"id": "s1", "question": "q1", "text": "Open on Sundays"}],
  "actions": [{"id": "a1", "title": "Open on Sundays", "responds_to": [{"suggestion": "s1"}]}]
}
"#;

/// Only an info: figures that do not add up.
const INFOS: &str = r#"{
  "format": "yousaid/2",
  "title": "What you told us",
  "questions": [{"id": "q1", "text": "Do you agree?", "figures": [
    {"count": {"value": 10}, "parts": [{"count": {"value": 3}}, {"count": {"value": 4}}]}
  ]}]
}
"#;

const WARNINGS: &str = r#"{
  "format": "yousaid/1",
  "title": "What you told us",
  "suggestions": [{"id": "s1", "text": "Open on Sundays"}]
}
"#;

const PROBLEMS: &str = r#"{
  "format": "yousaid/1",
  "title": "What you told us",
  "suggestions": [{"id": "s1", "text": "Open on Sundays"}],
  "actions": [
    {"id": "a1", "title": "Open on Sundays", "responds_to": [{"suggestion": "s1"}], "depends_on": ["a9"]},
    {"id": "a1", "title": " ", "responds_to": [{"suggestion": "s1"}]}
  ]
}
"#;

const SYNTAX: &str = "{\n  \"format\": \"yousaid/1\",\n  \"title\": \"x\",,\n}\n";

const UNKNOWN_FIELD: &str = r#"{
  "format": "yousaid/1",
  "title": "t",
  "events": [{"id": "e1", "title": "Drop-in", "hots": "Library"}]
}
"#;

/// A directory holding the test inputs; the binary runs in it so file names stay short.
/// Written once: tests run in parallel.
fn workdir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(write_inputs).clone()
}

fn write_inputs() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-inputs");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in [
        ("clean.json", CLEAN),
        ("warnings.json", WARNINGS),
        ("infos.json", INFOS),
        ("problems.json", PROBLEMS),
        ("syntax.json", SYNTAX),
        ("unknown-field.json", UNKNOWN_FIELD),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

/// Runs `yousaid ARGS` with `stdin` as input; returns a transcript of exit status, standard
/// output and standard error.
fn run(args: &[&str], stdin: &str) -> String {
    common::yousaid(&workdir(), args, stdin).transcript()
}

#[test]
fn validate_clean_file_exits_0() {
    insta::assert_snapshot!(run(&["validate", "clean.json"], ""));
}

#[test]
fn validate_warnings_do_not_fail() {
    insta::assert_snapshot!(run(&["validate", "warnings.json"], ""));
}

#[test]
fn validate_strict_fails_on_warnings() {
    insta::assert_snapshot!(run(&["validate", "--strict", "warnings.json"], ""));
}

#[test]
fn validate_infos_never_fail_even_under_strict() {
    insta::assert_snapshot!(run(&["validate", "--strict", "infos.json"], ""));
}

#[test]
fn validate_reports_every_problem_and_exits_1() {
    insta::assert_snapshot!(run(&["validate", "problems.json"], ""));
}

#[test]
fn validate_load_errors_have_position_and_exit_1() {
    insta::assert_snapshot!(run(&["validate", "syntax.json", "unknown-field.json"], ""));
}

#[test]
fn validate_unreadable_file_exits_2_and_checks_the_rest() {
    insta::assert_snapshot!(run(&["validate", "missing.json", "problems.json"], ""));
}

#[test]
fn validate_reads_stdin() {
    insta::assert_snapshot!(run(&["validate", "-"], PROBLEMS));
}

#[test]
fn validate_json_report() {
    insta::assert_snapshot!(run(
        &[
            "validate",
            "--format",
            "json",
            "clean.json",
            "problems.json",
            "syntax.json",
            "missing.json",
            "-"
        ],
        WARNINGS
    ));
}

/// A document of `n` actions, each depending on the next 50 (wrapping round): one loop
/// through all of them.
fn dense(n: usize) -> String {
    let actions: Vec<String> = (0..n)
        .map(|i| {
            let deps: Vec<String> = (1..=50).map(|k| format!("\"a{}\"", (i + k) % n)).collect();
            format!(
                r#"{{"id": "a{i}", "title": "x", "responds_to": [{{"suggestion": "s1"}}], "depends_on": [{}]}}"#,
                deps.join(", ")
            )
        })
        .collect();
    format!(
        r#"{{"format": "yousaid/1", "title": "t", "suggestions": [{{"id": "s1", "text": "x"}}], "actions": [{}]}}"#,
        actions.join(",\n")
    )
}

#[test]
fn validate_reports_a_dense_dependency_graph_in_a_few_lines() {
    // 500 actions with 50 dependencies each once printed 53 MB: one loop, one line.
    let out = common::yousaid(&workdir(), &["validate", "-"], &dense(500));
    assert_eq!(out.status, 1, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    assert!(lines[0].starts_with("<stdin>:500:"), "{}", lines[0]);
    assert!(
        lines[0].contains(
            "error[dependency-cycle] actions[499].depends_on[49]: actions depend on each other in a loop: a49 → a99 → "
        ),
        "{}",
        lines[0]
    );
    assert!(lines[0].len() < 400, "{}", lines[0]);
    assert_eq!(lines[1], "<stdin>: invalid, 1 error, 0 warnings");
}

#[test]
fn validate_says_how_many_problems_it_left_out() {
    // More errors than a report lists: the rest are counted, in text and in JSON.
    let n = 10_050;
    let actions: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"id": "a{i}", "title": "x", "depends_on": ["nowhere"]}}"#))
        .collect();
    let doc = format!(
        r#"{{"format": "yousaid/1", "title": "t", "actions": [{}]}}"#,
        actions.join(",")
    );
    let out = common::yousaid(&workdir(), &["validate", "-"], &doc);
    assert_eq!(out.status, 1);
    let last = out.stdout.lines().last().unwrap_or_default();
    assert_eq!(
        last,
        "<stdin>: invalid, 10000 errors, 0 warnings, and 10100 more problems not listed (a report lists at most 10000)"
    );
    let out = common::yousaid(&workdir(), &["validate", "--format", "json", "-"], &doc);
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(report["omitted"], 10_100);
    assert_eq!(report["files"][0]["omitted"], 10_100);
    assert_eq!(
        report["files"][0]["problems"].as_array().map(Vec::len),
        Some(10_000)
    );
}

#[test]
fn validate_needs_a_file() {
    let out = run(&["validate"], "");
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(out.contains("<FILE>..."), "{out}");
}

#[test]
fn validate_rejects_an_unknown_format() {
    let out = run(&["validate", "--format", "xml", "clean.json"], "");
    assert!(out.starts_with("exit: 2\n"), "{out}");
}

#[test]
fn schema_prints_the_generated_schema() {
    let out = common::yousaid(&workdir(), &["schema"], "");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, yousaid::json_schema_string());
}

#[test]
fn schema_results_prints_the_results_schema() {
    let out = common::yousaid(&workdir(), &["schema", "--results"], "");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, yousaid::results_json_schema_string());
}

#[test]
fn schema_writes_a_file() {
    let path = workdir().join("schema-out.json");
    let _ = std::fs::remove_file(&path);
    let out = run(&["schema", "--output", "schema-out.json"], "");
    assert_eq!(out, "exit: 0\n--- stdout\n--- stderr\n");
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        yousaid::json_schema_string()
    );
}

#[test]
fn help_lists_the_commands() {
    let out = run(&["--help"], "");
    assert!(out.starts_with("exit: 0\n"), "{out}");
    assert!(out.contains("validate") && out.contains("schema"), "{out}");
}

#[test]
fn validate_accepts_the_bundled_examples() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let wy = format!("{root}/west-yorkshire-2014/summary.json");
    let riverside = format!("{root}/riverside-library-2025/summary.json");
    let out = common::yousaid(
        &workdir(),
        &["validate", "--format", "json", &wy, &riverside],
        "",
    );
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(out.status, 0, "{report:#}");
    assert_eq!(report["valid"], true);
    assert_eq!(report["errors"], 0);
}

#[test]
fn validate_names_a_file_in_another_encoding() {
    let utf16: Vec<u8> = format!("\u{FEFF}{CLEAN}")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(workdir().join("utf16.json"), utf16).unwrap();
    let out = run(&["validate", "utf16.json"], "");
    assert_eq!(
        out,
        "exit: 1\n--- stdout\nutf16.json:1:1: error[json-syntax]: the input is UTF-16 \
         (little-endian, with a byte-order mark), not UTF-8: save the file as UTF-8 (`iconv -f \
         UTF-16LE -t UTF-8`)\n--- stderr\n"
    );
}
