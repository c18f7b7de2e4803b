//! `yousaid render`: formats, stdin and stdout, templates, validation and exit statuses.

mod common;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `yousaid ARGS` in the repository root with `stdin`; returns (status, stdout, stderr).
fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let r = common::yousaid(&root(), args, stdin);
    (r.status, r.stdout, r.stderr)
}

const WY: &str = "examples/west-yorkshire-2014/summary.json";

#[test]
fn renders_an_html_page_by_default() {
    let (code, out, _) = run(&["render", WY], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert!(out.contains("<h1 class=\"ys-title\">Increasing Awareness of Human Trafficking</h1>"));
}

#[test]
fn every_view_and_format() {
    for view in ["full", "table", "tracker"] {
        for format in ["html", "fragment", "md", "markdown", "text", "txt"] {
            let (code, out, err) = run(&["render", WY, "--view", view, "--format", format], "");
            assert_eq!(code, 0, "{view} {format}: {err}");
            assert!(out.contains("Increasing Awareness of Human Trafficking"));
        }
    }
}

#[test]
fn reads_stdin_and_picks_the_format_from_the_output_name() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let out_path = dir.join("render-out.md");
    let input = r#"{"format": "yousaid/1", "title": "From standard input"}"#;
    let (code, out, _) = run(&["render", "-", "-o", out_path.to_str().unwrap()], input);
    assert_eq!((code, out.as_str()), (0, ""));
    let md = std::fs::read_to_string(out_path).unwrap();
    assert!(md.starts_with("# From standard input\n"), "{md}");
}

#[test]
fn as_of_is_passed_on() {
    let (code, out, _) = run(
        &[
            "render",
            "examples/riverside-library-2025/summary.json",
            "--view",
            "tracker",
            "--format",
            "text",
            "--as-of",
            "2025-07-01",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("as of 1 July 2025"), "{out}");
    let (code, _, err) = run(&["render", WY, "--as-of", "spring"], "");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn lang_and_labels_are_passed_on() {
    let cy = "examples/senedd-public-decides-cy/summary.json";
    // A Welsh document renders in Welsh by default; --lang chooses.
    let (code, out, err) = run(&["render", cy, "--format", "md"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Crynodeb"), "{out}");
    let (code, out, _) = run(&["render", cy, "--format", "md", "--lang", "en"], "");
    assert_eq!(code, 0);
    assert!(out.contains("## Summary"), "{out}");
    let (code, out, _) = run(
        &[
            "render", WY, "--view", "tracker", "--format", "text", "--lang", "cy",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("Olrhain cynnydd"), "{out}");
    let (code, out, _) = run(
        &[
            "render",
            WY,
            "--format",
            "md",
            "--label",
            "next_steps=What we are doing",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("## What we are doing"), "{out}");
    let (code, _, err) = run(&["render", WY, "--label", "next_step=x"], "");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown label `next_step`"), "{err}");
    let (code, _, err) = run(&["render", WY, "--lang", "fr"], "");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn layout_overrides_the_chosen_one() {
    let (code, out, _) = run(&["render", WY, "--format", "md"], "");
    assert_eq!(code, 0);
    assert!(out.contains("## What you said"), "{out}");
    let (code, out, err) = run(&["render", WY, "--format", "md", "--layout", "forum"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Your questions and our answers"), "{out}");
    let (code, _, err) = run(&["render", WY, "--layout", "poster"], "");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn invalid_documents_are_refused_unless_forced() {
    let doc = r#"{"format": "yousaid/1", "title": "t", "actions": [{"id": "a", "title": "Dropped", "status": "dropped"}]}"#;
    let (code, out, err) = run(&["render", "-", "--format", "text"], doc);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("<stdin>: error[reason-required] actions[0].status_reason"),
        "{err}"
    );
    assert!(err.contains("not rendered"), "{err}");
    let (code, out, _) = run(&["render", "-", "--format", "text", "--force"], doc);
    assert_eq!(code, 0);
    assert!(out.contains("Dropped"));
}

#[test]
fn load_and_read_errors_exit_like_validate() {
    let (code, _, err) = run(&["render", "-"], "{\"format\": \"yousaid/1\",");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("error[json-syntax]"), "{err}");
    let (code, _, err) = run(&["render", "no-such-file.json"], "");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn user_templates_and_their_errors() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let good = dir.join("thanks.html");
    std::fs::write(
        &good,
        "{% extends \"full.html\" %}\n{% block closing %}<p class=\"mine\">{{ summary.closing.signature.name }}</p>{% endblock %}\n",
    )
    .unwrap();
    let (code, out, err) = run(&["render", WY, "--template", good.to_str().unwrap()], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("<p class=\"mine\">Mark Burns-Williamson</p>"));
    assert!(out.starts_with("<!DOCTYPE html>"));

    let bad = dir.join("broken.md");
    std::fs::write(&bad, "# {{ summary.title }}\n\n{% for %}\n").unwrap();
    let (code, _, err) = run(&["render", WY, "--template", bad.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("broken.md:3: error[template]: syntax error"),
        "{err}"
    );
}

/// The README's first command renders the founding example: the front page cannot lie.
#[test]
fn the_readme_first_command_works() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let block = readme.split("```sh\n").nth(1).unwrap();
    let first = block.lines().next().unwrap();
    assert_eq!(
        first,
        "cargo run -p yousaid-cli -- render examples/west-yorkshire-2014/summary.json -o summary.html"
    );
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("readme-summary.html");
    let mut args: Vec<&str> = first
        .strip_prefix("cargo run -p yousaid-cli -- ")
        .unwrap()
        .split(' ')
        .collect();
    *args.last_mut().unwrap() = out.to_str().unwrap();
    let (code, _, err) = run(&args, "");
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.contains("Increasing Awareness of Human Trafficking"));
}

/// A page is streamed to its file, but a template that fails part-way through leaves neither
/// half a page nor a stray file behind, and an earlier file of that name untouched.
#[test]
fn a_failing_render_leaves_the_output_file_alone() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("render-failing");
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("page.html");
    std::fs::write(&out_path, "the earlier page").unwrap();
    let late = dir.join("late.html");
    // Fails at run time, after the first part of the page has been written.
    std::fs::write(
        &late,
        "{% extends \"full.html\" %}{% block closing %}{{ 1 / 0 }}{% endblock %}",
    )
    .unwrap();
    let (code, out, err) = run(
        &[
            "render",
            WY,
            "--template",
            late.to_str().unwrap(),
            "-o",
            out_path.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains("late.html:1: error[template]"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&out_path).unwrap(),
        "the earlier page"
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["late.html", "page.html"]);

    // The same render without the failing block replaces the page.
    let (code, _, err) = run(&["render", WY, "-o", out_path.to_str().unwrap()], "");
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&out_path)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}
