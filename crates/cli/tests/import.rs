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
fn import_tables_are_not_in_this_build() {
    insta::assert_snapshot!(run(&["import", "notes.txt", "--from", "csv"], ""));
}
