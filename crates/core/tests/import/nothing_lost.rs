//! The import tests' check that nothing is lost, shared by `import_outline.rs` and
//! `import_corpus.rs`.

use yousaid::import::{Imported, SourceRef};

/// Every non-blank line of the input is recognised or not used, once, with its line number
/// (`name` says which input, in the message).
pub fn assert_nothing_lost(name: &str, text: &str, imported: &Imported) {
    let mut lines: Vec<usize> = imported
        .report
        .recognised
        .iter()
        .map(|r| &r.at)
        .chain(imported.report.not_used.iter().map(|n| &n.at))
        .map(|at| match at {
            SourceRef::Line { line } => *line,
            other => panic!("{name}: {other:?}"),
        })
        .collect();
    lines.sort_unstable();
    let before = lines.len();
    lines.dedup();
    assert_eq!(before, lines.len(), "{name}: a line reported twice");
    let expected: Vec<usize> = text
        .split('\n')
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(lines, expected, "{name}: lines lost");
}
