//! Every input that made a fuzz target fail, or that defined a known defect, replayed through
//! the target's own checks as an ordinary test: no nightly, no libFuzzer. The files are in
//! `fuzz/crashers/<target>/`; the checks in `fuzz/src/checks.rs`, included here by path so that
//! the fuzz targets and this test share one copy.

#[path = "../../../fuzz/src/checks.rs"]
mod checks;

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn crashers() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/crashers")
}

/// The inputs of one target's directory: every file but the dot-files that keep it in git.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| {
            p.is_file()
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_crasher_passes_its_targets_checks() {
    let mut failed = Vec::new();
    let mut replayed = 0;
    for (target, check) in checks::TARGETS {
        let dir = crashers().join(target);
        assert!(
            dir.is_dir(),
            "{} is missing: every fuzz target has a directory of crashers, empty or not",
            dir.display()
        );
        for path in inputs(&dir) {
            let data = fs::read(&path).expect("a crasher reads");
            if panic::catch_unwind(AssertUnwindSafe(|| check(&data))).is_err() {
                failed.push(path.display().to_string());
            }
            replayed += 1;
        }
    }
    assert!(failed.is_empty(), "crashers that fail again: {failed:#?}");
    assert!(replayed > 0, "no crasher replayed");
}

#[test]
fn every_crasher_directory_is_a_target() {
    for entry in fs::read_dir(crashers()).expect("fuzz/crashers exists") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            assert!(
                checks::TARGETS.iter().any(|(target, _)| *target == name),
                "fuzz/crashers/{name} is no fuzz target's: nothing would replay it"
            );
        }
    }
}
