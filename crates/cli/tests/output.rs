//! Where output goes: the format an `-o` name asks for, files that are not regular files, and
//! reports of documents with a great many problems.

mod common;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn tmp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-output");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

const WY: &str = "examples/west-yorkshire-2014/summary.json";

fn render(args: &[&str]) -> common::Run {
    let mut all = vec!["render", WY];
    all.extend_from_slice(args);
    common::yousaid(&root(), &all, "")
}

#[test]
fn an_extension_yousaid_cannot_write_is_refused() {
    for name in ["out.pdf", "out.DOCX", "out.odt"] {
        let path = tmp(name);
        let run = render(&["-o", path.to_str().unwrap()]);
        assert_eq!(run.status, 2, "{name}: {}", run.stderr);
        assert!(!path.exists(), "{name} written");
        let ext = name.rsplit('.').next().unwrap();
        assert!(
            run.stderr.contains(&format!(
                "error[invalid-argument]: yousaid cannot write `.{ext}` files"
            )),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn the_output_extension_sets_the_format() {
    for (name, starts) in [
        ("page.html", "<!DOCTYPE html>"),
        ("page.HTM", "<!DOCTYPE html>"),
        ("page.md", "# Increasing"),
        ("page.markdown", "# Increasing"),
        (
            "page.txt",
            "Increasing Awareness of Human Trafficking\n=====",
        ),
        ("no-extension", "<!DOCTYPE html>"),
    ] {
        let path = tmp(name);
        let run = render(&["-o", path.to_str().unwrap()]);
        assert_eq!(run.status, 0, "{name}: {}", run.stderr);
        let page = std::fs::read_to_string(&path).unwrap();
        assert!(page.starts_with(starts), "{name}: {}", &page[..80]);
    }
}

#[test]
fn a_format_contradicting_the_extension_is_refused() {
    let path = tmp("contradiction.md");
    let run = render(&["--format", "html", "-o", path.to_str().unwrap()]);
    assert_eq!(run.status, 2);
    assert!(!path.exists());
    assert!(
        run.stderr.ends_with(
            "contradiction.md: error[invalid-argument]: --format writes HTML, but the file name \
             says Markdown (`.md`); make them agree\n"
        ),
        "{}",
        run.stderr
    );
    // A fragment is HTML; an extension that names no format is the user's choice.
    for (format, name) in [
        ("fragment", "fragment.html"),
        ("html", "page.pdf"),
        ("text", "mail.eml"),
    ] {
        let path = tmp(name);
        let run = render(&["--format", format, "-o", path.to_str().unwrap()]);
        assert_eq!(run.status, 0, "{format} {name}: {}", run.stderr);
        assert!(path.exists());
    }
}

#[test]
fn diff_and_report_take_their_format_from_the_output_name_too() {
    for (args, name, starts) in [
        (&["diff", WY, WY][..], "update.md", "# Increasing"),
        (&["diff", WY, WY], "update.json", "{"),
        (&["diff", WY, WY], "update.html", "<!DOCTYPE html>"),
        (&["diff", WY, WY], "update.txt", "Increasing"),
        (&["report", WY], "report.json", "{"),
        (&["report", WY], "report.txt", "Increasing"),
    ] {
        let path = tmp(name);
        let mut all = args.to_vec();
        all.extend(["-o", path.to_str().unwrap()]);
        let run = common::yousaid(&root(), &all, "");
        assert_eq!(run.status, 0, "{name}: {}", run.stderr);
        let out = std::fs::read_to_string(&path).unwrap();
        assert!(out.starts_with(starts), "{name}: {}", &out[..40]);
    }
    for (args, name, message) in [
        (
            &["diff", WY, WY][..],
            "update.pdf",
            "yousaid cannot write `.pdf` files; it writes text (`.txt`), Markdown (`.md`), HTML \
             (`.html`) or JSON (`.json`)",
        ),
        (
            &["report", WY],
            "report.md",
            "it writes text (`.txt`) or JSON (`.json`)",
        ),
        (
            &["report", WY, "--format", "json"],
            "report.txt",
            "--format writes JSON, but the file name says text (`.txt`)",
        ),
    ] {
        let path = tmp(name);
        let mut all = args.to_vec();
        all.extend(["-o", path.to_str().unwrap()]);
        let run = common::yousaid(&root(), &all, "");
        assert_eq!(run.status, 2, "{name}: {}", run.stderr);
        assert!(run.stderr.contains(message), "{}", run.stderr);
        assert!(!path.exists());
    }
}

#[test]
fn dev_null_is_written_not_replaced() {
    let run = render(&["-o", "/dev/null"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    for args in [
        &["report", WY, "-o", "/dev/null"][..],
        &["diff", WY, WY, "-o", "/dev/null"],
        &["schema", "-o", "/dev/null"],
    ] {
        let run = common::yousaid(&root(), args, "");
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
    }
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_named_pipe_is_written_into() {
    use std::os::unix::fs::FileTypeExt;
    let fifo = tmp("pipe.html");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let run = render(&["-o", fifo.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    // Checked before waiting for the reader, which a replaced pipe would leave waiting.
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    let page = reader.join().unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    std::fs::remove_file(fifo).unwrap();
}

#[test]
fn a_link_to_a_file_is_kept_and_its_file_replaced() {
    let target = tmp("target.md");
    let link = tmp("link.md");
    std::fs::write(&target, "old").unwrap();
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let run = render(&["-o", link.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Increasing")
    );
}

/// `count` suggestions, each referring to a question that does not exist (an error) and
/// answered by nothing (a warning).
fn many_problems(count: usize) -> String {
    let suggestions: Vec<String> = (0..count)
        .map(|i| format!(r#"{{"id": "s{i}", "question": "q{i}", "text": "Point {i}"}}"#))
        .collect();
    format!(
        r#"{{"format": "yousaid/1", "title": "Many", "suggestions": [{}]}}"#,
        suggestions.join(",\n")
    )
}

#[test]
fn a_text_report_prints_at_most_100_problems_per_file_and_counts_the_rest() {
    let path = tmp("many.json");
    std::fs::write(&path, many_problems(5000)).unwrap();
    let file = path.to_str().unwrap();
    let run = common::yousaid(&root(), &["validate", file, file], "");
    assert_eq!(run.status, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2 * 102, "{}", run.stdout);
    for half in lines.chunks(102) {
        assert!(
            half[..100]
                .iter()
                .all(|l| l.contains("error[dangling-reference]"))
        );
        assert_eq!(
            half[100],
            format!(
                "{file}: … and 9900 more problems (`yousaid validate --format json` lists every one)"
            )
        );
        assert_eq!(
            half[101],
            format!("{file}: invalid, 5000 errors, 5000 warnings")
        );
    }
    // The JSON report lists them all.
    let run = common::yousaid(&root(), &["validate", "--format", "json", file], "");
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        report["files"][0]["problems"].as_array().unwrap().len(),
        10_000
    );
    // `render` lists the errors it refuses a document for the same way.
    let run = common::yousaid(&root(), &["render", file], "");
    assert_eq!(run.status, 1);
    assert_eq!(run.stderr.lines().count(), 100 + 3, "{}", run.stderr);
    assert!(
        run.stderr.contains(": … and 4900 more problems"),
        "{}",
        run.stderr
    );
}
