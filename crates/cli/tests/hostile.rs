//! A hostile document cannot drive the terminal: whatever `validate`, `report`, `diff` and
//! `render` print from it reaches the screen without escape sequences, bells, control or
//! bidirectional characters, and without line breaks that could forge a line of the report
//! ("evil.json: valid" while the exit status is 1), while still saying what the document says.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::json;

/// Clears the line, returns to its start, prints a green "evil.json: valid"; rings a bell;
/// reverses the text; a C1 CSI, DEL, NUL, an OSC 8 hyperlink and a window title.
const PAYLOAD: &str = "zz\u{1b}[2K\r\u{1b}[32mevil.json: valid\u{1b}[0m\n\u{7}\u{202E}gnp.exe\u{202C}\u{2066}\u{9b}31m\u{85}\u{7f}\u{0}\u{1b}]8;;https://evil.example\u{7}click\u{1b}]8;;\u{7}\u{1b}]0;title\u{7}";

/// The words a reader should still see of [`PAYLOAD`].
const VISIBLE: &[&str] = &["evil.json: valid", "gnp.exe", "click"];

fn hostile(title: &str) -> serde_json::Value {
    let p = |tag: &str| format!("{tag} {PAYLOAD}");
    json!({
        "format": "yousaid/1",
        "title": p(title),
        "published": "2021-01-01",
        "questions": [{"id": "q1", "text": p("question")}],
        "themes": [{"id": "t1", "name": p("theme")}],
        "suggestions": [
            {"id": "s1", "question": "q1", "themes": ["t1"], "text": p("suggestion")},
            {"id": "s2", "text": p("unanswered")}
        ],
        "actions": [{
            "id": "a1",
            "title": p("action"),
            "owner": p("owner"),
            "due": "2020-01",
            "depends_on": [format!("a9{PAYLOAD}")],
            "responds_to": [{"suggestion": "s1"}],
            "barriers": [{"text": p("barrier")}]
        }]
    })
}

fn workdir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-hostile");
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, value: &serde_json::Value| {
            std::fs::write(dir.join(name), serde_json::to_vec_pretty(value).unwrap()).unwrap();
        };
        write("evil.json", &hostile("title"));
        let mut newer = hostile("new title");
        newer["suggestions"][1]["response"] = json!({"stance": "accepted", "text": PAYLOAD});
        newer["actions"][0]["progress"] =
            json!([{"date": "2021-02-01", "status": "in_progress", "note": PAYLOAD}]);
        write("evil-newer.json", &newer);
        // An unknown field whose name is the payload: the loader's message quotes it.
        std::fs::write(
            dir.join("evil-field.json"),
            serde_json::to_vec(&json!({"format": "yousaid/1", "title": "t", PAYLOAD: 1})).unwrap(),
        )
        .unwrap();
        dir
    })
    .clone()
}

/// Characters that must never reach the terminal: every control character but the line
/// feed, and the bidirectional controls.
fn active(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Runs the command and checks both streams are inert; returns the run.
fn inert(args: &[&str]) -> common::Run {
    let run = common::yousaid(&workdir(), args, "");
    for (name, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        if let Some(c) = text.chars().find(|c| active(*c)) {
            panic!("{args:?}: {name} holds U+{:04X}:\n{text}", c as u32);
        }
    }
    run
}

fn shows_the_words(args: &[&str], text: &str) {
    for words in VISIBLE {
        assert!(
            text.contains(words),
            "{args:?}: {words:?} not shown in\n{text}"
        );
    }
}

#[test]
fn validate_cannot_forge_its_verdict() {
    let args = ["validate", "evil.json"];
    let run = inert(&args);
    assert_eq!(run.status, 1);
    shows_the_words(&args, &run.stdout);
    // Every line is one of ours, and the only verdict is the true one.
    let verdicts: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("evil.json: "))
        .collect();
    assert_eq!(
        verdicts,
        ["evil.json: invalid, 1 error, 1 warning"],
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.lines().all(|l| l.starts_with("evil.json")),
        "{}",
        run.stdout
    );
}

#[test]
fn validate_load_errors_quoting_the_document_are_inert() {
    let args = ["validate", "evil-field.json"];
    let run = inert(&args);
    assert_eq!(run.status, 1);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("error[unknown-field]"),
        "{}",
        run.stdout
    );
    shows_the_words(&args, &run.stdout);
}

#[test]
fn json_reports_escape_what_they_do_not_print() {
    for args in [
        &["validate", "--format", "json", "evil.json"][..],
        &["report", "--format", "json", "evil.json"],
        &["diff", "--format", "json", "evil.json", "evil-newer.json"],
        &["stamp", "--date", "2022-01-01", "evil.json"],
    ] {
        let run = inert(args);
        // The same data: the payload comes back whole from the JSON.
        let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(
            value
                .to_string()
                .contains(&serde_json::to_string(PAYLOAD).unwrap()[1..40]),
            "{args:?}: the payload is not in\n{}",
            run.stdout
        );
        let strings = serde_json::to_string(&value).unwrap();
        assert!(strings.contains("\\u001b[32mevil.json: valid"), "{args:?}");
    }
}

#[test]
fn report_is_inert_and_one_item_per_line() {
    let args = ["report", "evil.json"];
    let run = inert(&args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    shows_the_words(&args, &run.stdout);
    assert!(
        run.stdout
            .starts_with("title zz[2K [32mevil.json: valid[0m "),
        "{}",
        run.stdout
    );
    // The barrier, the unanswered point and the overdue action each stay on their line.
    for item in ["    - barrier zz", "  s2 unanswered zz", "  a1 action zz"] {
        assert!(
            run.stdout.lines().any(|l| l.starts_with(item)),
            "{item:?} in\n{}",
            run.stdout
        );
    }
}

#[test]
fn diff_is_inert_in_every_format() {
    for format in ["text", "md", "html", "fragment"] {
        let args = ["diff", "--format", format, "evil.json", "evil-newer.json"];
        let run = inert(&args);
        assert_eq!(run.status, 0, "{format}: {}", run.stderr);
        assert!(
            run.stdout.contains("evil.json: valid"),
            "{format}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn render_reports_errors_inertly() {
    for format in ["html", "md", "text"] {
        let args = ["render", "--force", "--format", format, "evil.json"];
        let run = inert(&args);
        assert_eq!(run.status, 0, "{format}: {}", run.stderr);
        assert!(
            run.stderr.contains("error[dangling-reference]"),
            "{}",
            run.stderr
        );
        shows_the_words(&args, &run.stderr);
    }
    let run = inert(&["render", "evil.json"]);
    assert_eq!(run.status, 1);
}

#[test]
fn hostile_file_names_are_inert() {
    let name = "name\u{1b}[31m\u{202E}.json";
    std::fs::copy(workdir().join("evil.json"), workdir().join(name)).unwrap();
    let run = inert(&["validate", name]);
    assert!(
        run.stdout.contains("name[31m.json: invalid"),
        "{}",
        run.stdout
    );
    let run = inert(&["report", "missing\u{1b}[31m.json"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("missing[31m.json"), "{}", run.stderr);
}
