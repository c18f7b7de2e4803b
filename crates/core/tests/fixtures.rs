//! Runs every language-neutral case in `tests/fixtures/` (the Python and JavaScript suites run
//! the same files): loading `input.json` must give exactly the `error`, or validating it exactly
//! the ordered `problems`, of `expected.json`. See `tests/fixtures/README.md` for the format.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use yousaid::import::ImportOptions;
use yousaid::{Code, ErrorKind, Summary};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Every loading case directory, sorted by name (the `import-` cases have their own runner
/// below).
fn cases() -> Vec<(String, PathBuf)> {
    all_cases()
        .into_iter()
        .filter(|(name, _)| !name.starts_with("import-"))
        .collect()
}

/// Every case directory, sorted by name.
fn all_cases() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, p)
        })
        .collect();
    out.sort();
    out
}

fn expected(dir: &Path) -> Value {
    let text = std::fs::read_to_string(dir.join("expected.json"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

/// The keys of the status counts a fixture's `tracking` pins.
const COUNT_KEYS: [&str; 7] = [
    "total",
    "not_started",
    "in_progress",
    "done",
    "blocked",
    "dropped",
    "unstated",
];

/// Every action's current status and percent, and the status counts: a fixture's optional
/// `tracking`.
fn tracking(summary: &Summary) -> Value {
    let view = summary.current();
    let states: Vec<Value> = view
        .action_states()
        .iter()
        .map(|s| json!({"id": s.id, "status": s.status, "percent": s.percent}))
        .collect();
    let counts = serde_json::to_value(view.status_counts()).unwrap();
    let counts: serde_json::Map<String, Value> = COUNT_KEYS
        .iter()
        .map(|k| ((*k).to_owned(), counts[*k].clone()))
        .collect();
    json!({"states": states, "counts": counts})
}

/// What the library does with the input, in the shape of `expected.json` (without the
/// description); with `tracking` too when `with_tracking`.
fn outcome(input: &[u8], with_tracking: bool) -> Value {
    match Summary::from_json_slice(input) {
        Err(e) => json!({
            "error": {"code": e.code(), "path": e.path(), "line": e.line(), "column": e.column()},
            "problems": [],
        }),
        Ok(summary) => {
            let problems: Vec<Value> = summary
                .validate()
                .problems
                .iter()
                .map(|p| json!({"severity": p.severity.as_str(), "code": p.code.as_str(), "path": p.path}))
                .collect();
            let mut got = json!({"error": null, "problems": problems});
            if with_tracking {
                got["tracking"] = tracking(&summary);
            }
            got
        }
    }
}

#[test]
fn every_fixture_gives_its_expected_outcome() {
    let mut failures = Vec::new();
    for (name, dir) in cases() {
        let input = std::fs::read(dir.join("input.json"))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut want = expected(&dir);
        let description = want.as_object_mut().and_then(|m| m.remove("description"));
        assert!(
            description
                .as_ref()
                .and_then(Value::as_str)
                .is_some_and(|d| !d.trim().is_empty()),
            "{name}: expected.json needs a description"
        );
        let got = outcome(&input, want.get("tracking").is_some());
        if got != want {
            failures.push(format!(
                "{name}:\n  expected {}\n  got      {}",
                serde_json::to_string(&want).unwrap(),
                serde_json::to_string(&got).unwrap()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn fixtures_cover_every_problem_code_and_loading_error() {
    let all = cases();
    assert!(all.len() >= 30, "only {} fixtures", all.len());
    let mut codes = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    let mut valid = 0;
    for (_, dir) in &all {
        let want = expected(dir);
        if let Some(code) = want["error"]["code"].as_str() {
            kinds.insert(code.to_owned());
        }
        let problems = want["problems"].as_array().expect("problems is a list");
        for p in problems {
            codes.insert(p["code"].as_str().expect("code").to_owned());
        }
        if want["error"].is_null() && problems.is_empty() {
            valid += 1;
        }
    }
    for code in Code::ALL {
        assert!(
            codes.contains(code.as_str()),
            "no fixture for problem code `{code}`"
        );
    }
    // `too-large` needs half a gigabyte of input: the loader's unit tests cover it with a
    // smaller limit.
    for kind in ErrorKind::ALL {
        if kind.is_parse() && kind != ErrorKind::TooLarge {
            assert!(
                kinds.contains(kind.code()),
                "no fixture for loading error `{kind}`"
            );
        }
    }
    assert!(valid >= 5, "only {valid} valid fixtures");
}

#[test]
fn every_problem_can_be_placed_in_its_input() {
    for (name, dir) in cases() {
        let input = std::fs::read(dir.join("input.json")).unwrap();
        let Ok(summary) = Summary::from_json_slice(&input) else {
            continue;
        };
        let problems = summary.validate().problems;
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        for (path, at) in paths.iter().zip(yousaid::position::locate(&input, &paths)) {
            assert!(at.is_some(), "{name}: cannot place `{path}`");
        }
    }
}

#[test]
fn the_fixture_readme_lists_every_case() {
    let readme = std::fs::read_to_string(fixtures_dir().join("README.md")).expect("README.md");
    for (name, _) in all_cases() {
        assert!(
            readme.contains(&format!("`{name}`")),
            "tests/fixtures/README.md does not list `{name}`"
        );
    }
}

/// The input file of an import case: `input.txt`, `input.md`, `input.docx`…
fn import_input(dir: &Path) -> (String, Vec<u8>) {
    let entry = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_stem().is_some_and(|s| s == "input"))
        .unwrap_or_else(|| panic!("{}: no input file", dir.display()));
    let name = entry.file_name().unwrap().to_string_lossy().into_owned();
    (name, std::fs::read(&entry).unwrap())
}

/// What importing gives, in the shape of an import case's `expected.json` (without the
/// description and options): the error, or the summary and the report with its reasons and
/// notes (messages, not part of the contract) left out.
fn import_outcome(name: &str, input: &[u8], options: &Value) -> Value {
    let mut opts = ImportOptions::default();
    if let Some(t) = options.get("merge_threshold").and_then(Value::as_f64) {
        opts = opts.merge(t);
    }
    if let Some(t) = options.get("title").and_then(Value::as_str) {
        opts = opts.title(t);
    }
    if let Some(f) = options.get("format").and_then(Value::as_str) {
        opts = opts.format(f.parse().unwrap());
    }
    if let Some(columns) = options.get("columns").and_then(Value::as_object) {
        opts.columns = columns
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
            .collect();
    }
    match yousaid::import::import(input, Some(name), &opts) {
        Err(e) => json!({
            "error": {"code": e.code(), "line": e.line(), "column": e.column()},
            "summary": null,
            "report": null,
        }),
        Ok(imported) => {
            let mut report = serde_json::to_value(&imported.report).unwrap();
            for list in ["not_used", "ambiguous"] {
                for entry in report[list].as_array_mut().unwrap() {
                    let entry = entry.as_object_mut().unwrap();
                    entry.remove("reason");
                    entry.remove("note");
                }
            }
            json!({
                "error": null,
                "summary": imported.summary.to_value(),
                "report": report,
            })
        }
    }
}

/// Every `import-` case: importing `input.*` (the reader chosen from its extension) with the
/// `options` of `expected.json` gives exactly its `error`, or its `summary` and `report`.
#[test]
fn every_import_fixture_gives_its_expected_outcome() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, dir) in all_cases() {
        if !name.starts_with("import-") {
            continue;
        }
        count += 1;
        let (file, input) = import_input(&dir);
        let mut want = expected(&dir);
        let fields = want.as_object_mut().unwrap();
        assert!(
            fields
                .remove("description")
                .is_some_and(|d| d.as_str().is_some_and(|d| !d.is_empty())),
            "{name}: expected.json needs a description"
        );
        let options = fields.remove("options").unwrap_or(json!({}));
        let got = import_outcome(&file, &input, &options);
        if got != want && std::env::var_os("YOUSAID_WRITE_IMPORT_FIXTURES").is_some() {
            let mut written = json!({"description": expected(&dir)["description"]});
            if options != json!({}) {
                written["options"] = options.clone();
            }
            for (k, v) in got.as_object().unwrap() {
                written[k] = v.clone();
            }
            let text = serde_json::to_string_pretty(&written).unwrap() + "\n";
            std::fs::write(dir.join("expected.json"), text).unwrap();
            continue;
        }
        if got != want {
            failures.push(format!(
                "{name}:\n  expected {}\n  got      {}",
                serde_json::to_string(&want).unwrap(),
                serde_json::to_string_pretty(&got).unwrap()
            ));
        }
    }
    assert!(count >= 5, "only {count} import fixtures");
    assert!(
        failures.is_empty(),
        "{} import fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Builds `{"format": …, "suggestions": [{"points": [{"points": …}]}]}` nested `levels` deep,
/// and the same for sub-actions and purposes.
fn nested(levels: usize, list: &str, item: &str) -> String {
    let mut json = String::from(r#"{"format":"yousaid/1","title":"t","#);
    json.push_str(list);
    for _ in 0..levels {
        json.push_str(item);
    }
    for _ in 0..levels {
        json.push_str("]}");
    }
    json.push_str("]}");
    json
}

#[test]
fn a_hundred_thousand_levels_are_refused_not_overflowed() {
    for (list, item, close) in [
        (
            r#""suggestions":["#,
            r#"{"id":"s","text":"x","points":["#,
            "",
        ),
        (r#""actions":["#, r#"{"id":"a","title":"x","actions":["#, ""),
        (
            r#""purposes":[{"points":["#,
            r#"{"text":"x","points":["#,
            "]}",
        ),
    ] {
        let mut json = nested(100_000, list, item);
        json.push_str(close);
        let e = Summary::from_json_str(&json).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TooDeep, "{list}: {e}");
        assert_eq!(e.code(), "too-deep");
        assert_eq!(e.line(), Some(1));
    }
}
