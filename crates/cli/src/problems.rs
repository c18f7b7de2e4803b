//! Printing validation problems for people: one line each, at most [`MAX_PRINTED`] per file.

use yousaid::Problem;
use yousaid::controls::one_line;
use yousaid::position::Position;

use crate::input::Source;

/// The most problems printed for one file in a text report; the rest are counted in one
/// line ("… and 12345 more problems"). `validate --format json` lists them all.
pub const MAX_PRINTED: usize = 100;

/// `file[:line:column]: severity[code] path: message` for each problem, at most
/// [`MAX_PRINTED`], then a line counting the rest. `positions` is the position of each
/// problem's value in the file, where known (it may be shorter than `problems`). What comes
/// from the document is printed on its line, without control characters
/// ([`yousaid::controls::one_line`]).
pub fn lines<'a>(
    source: &Source,
    problems: impl IntoIterator<Item = &'a Problem>,
    positions: &[Option<Position>],
) -> String {
    let mut out = String::new();
    let mut more = 0usize;
    for (i, p) in problems.into_iter().enumerate() {
        if i >= MAX_PRINTED {
            more += 1;
            continue;
        }
        let at = match positions.get(i) {
            Some(Some(at)) => format!(":{}:{}", at.line, at.column),
            _ => String::new(),
        };
        out.push_str(&format!(
            "{source}{at}: {}[{}] {}: {}\n",
            p.severity.as_str(),
            p.code,
            one_line(&p.path),
            one_line(&p.message)
        ));
    }
    if more > 0 {
        out.push_str(&format!(
            "{source}: … and {more} more problem{} (`yousaid validate --format json` lists every one)\n",
            if more == 1 { "" } else { "s" }
        ));
    }
    out
}
