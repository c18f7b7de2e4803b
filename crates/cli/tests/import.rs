//! `yousaid import`: the summary written, the report, and the exit statuses.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

const NOTES: &str = "Bus review workshop

What should change?

Table 1

- More buses on Sundays
  - after 6pm
- I will ask the operator for figures

Table 2

- Sunday buses: more of them
- Cheaper fares?

---

Thank you

Thanks to everyone who came.
";

fn workdir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-import");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("notes.txt"), NOTES).unwrap();
        std::fs::write(dir.join("binary.txt"), b"Notes\n\nab\0c").unwrap();
        std::fs::write(dir.join("mapping.json"), "[1, 2]").unwrap();
        std::fs::write(
            dir.join("table-mapping.json"),
            r#"{"columns": {"Comments from patients": "you_said", "Reply": "we_did"}}"#,
        )
        .unwrap();
        dir
    })
    .clone()
}

fn run(args: &[&str], stdin: &str) -> String {
    common::yousaid(&workdir(), args, stdin).transcript()
}

#[test]
fn import_writes_the_summary_and_a_text_report() {
    insta::assert_snapshot!(run(&["import", "notes.txt"], ""));
}

#[test]
fn import_merges_and_reports_json() {
    let out = workdir().join("merged.json");
    let run = common::yousaid(
        &workdir(),
        &[
            "import",
            "notes.txt",
            "--merge",
            "-o",
            out.to_str().unwrap(),
            "--report",
            "json",
        ],
        "",
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stderr).unwrap();
    insta::assert_json_snapshot!(report["merges"]);
    let summary = yousaid::Summary::from_json_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    assert_eq!(summary.suggestions[0].groups, ["table-1", "table-2"]);
}

#[test]
fn import_reads_stdin_as_markdown_with_a_title() {
    insta::assert_snapshot!(run(
        &[
            "import",
            "-",
            "--from",
            "md",
            "--title",
            "Drop-in",
            "--report-file",
            "report.txt"
        ],
        "## What should change?\n\n- Later buses\n"
    ));
}

#[test]
fn import_bad_input_exits_1_with_its_position() {
    insta::assert_snapshot!(run(&["import", "binary.txt"], ""));
}

#[test]
fn import_wrong_arguments_exit_2() {
    insta::assert_snapshot!(run(&["import", "notes.txt", "--from", "pdf"], ""));
    insta::assert_snapshot!(run(&["import", "notes.txt", "notes.txt"], ""));
    insta::assert_snapshot!(run(&["import", "notes.txt", "--merge", "2"], ""));
    insta::assert_snapshot!(run(
        &["import", "notes.txt", "--mapping", "mapping.json"],
        ""
    ));
    insta::assert_snapshot!(run(&["import", "missing.txt"], ""));
}

#[test]
fn import_notes_as_a_table_says_what_is_missing() {
    insta::assert_snapshot!(run(&["import", "notes.txt", "--from", "csv"], ""));
}

#[test]
fn import_a_table_with_a_mapping() {
    insta::assert_snapshot!(run(
        &[
            "import",
            "-",
            "--from",
            "csv",
            "--mapping",
            "table-mapping.json",
            "--title",
            "Wards"
        ],
        "Ward,Comments from patients,Reply,Status\nWard 5,Too noisy,Quiet hours,Amber\n",
    ));
}

#[test]
fn import_a_polis_export_from_its_two_files() {
    let polis = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/import/polis/london.youth.policing");
    let (comments, summary) = (polis.join("comments.csv"), polis.join("summary.csv"));
    let out = run(
        &[
            "import",
            comments.to_str().unwrap(),
            summary.to_str().unwrap(),
            "--from",
            "polis",
            "--report",
            "json",
            "-o",
            "polis.json",
        ],
        "",
    );
    assert!(out.starts_with("exit: 0"), "{out}");
    let written = std::fs::read_to_string(workdir().join("polis.json")).unwrap();
    assert!(written.contains("What is the best way to engage more young people"));
}
