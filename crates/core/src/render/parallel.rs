//! Rendering on two threads: a large summary's look-ups are made side by side ([`join`]), the
//! long sections of its full view are rendered side by side ([`render`]), and long text is
//! wrapped in two halves side by side (`text::wrap`).
//!
//! The full view's long sections — what was said (block `points`), "you said, we did"
//! (`pairs`) and next steps (`actions`) — are blocks of the built-in templates. [`render`]
//! renders the page on two threads, each over the same context, with the built-in template
//! extended by a small wrapper:
//!
//! - this thread's wrapper replaces the blocks the other thread renders with a marker, and
//!   renders the rest of the page as usual;
//! - the other thread's wrapper renders its blocks between markers (`{{ super() }}` is the
//!   built-in block itself) and leaves the blocks of this thread empty.
//!
//! The other thread's sections then take the places of their markers. Both threads render
//! the short parts of the page (a few kilobytes); the long sections are rendered once. The
//! output is byte for byte the output of one render: the markers hold a random number drawn
//! for each render, each must occur exactly once where it is expected, and when anything is
//! not as expected — a marker missing or repeated, an error in either render, a thread that
//! cannot start — the page is rendered again the ordinary way, which also gives the error
//! exactly as one render reports it. Only the built-in templates are split (a template of
//! your own renders on one thread), so what a template does is known.
//!
//! A page rendered to a string is split; one streamed to a writer
//! ([`Renderer::render_to`](super::Renderer::render_to)) is not, since the second thread's
//! sections would have to wait in memory until the first thread's are written.
//!
//! WebAssembly has one thread: there this module is replaced by one that runs everything in
//! turn.

use std::hash::{BuildHasher, RandomState};
use std::ops::Range;
use std::thread;

use minijinja::Environment;
use minijinja::value::Value;

use crate::Summary;

/// Summaries with fewer top-level suggestions and actions than this are prepared and rendered
/// on one thread: a second thread would save less than it costs.
const MIN_ITEMS: usize = 1000;

/// Whether `summary` is large enough for a second thread, on a machine with more than one
/// core.
pub(super) fn large(summary: &Summary) -> bool {
    summary.suggestions.len() + summary.actions.len() >= MIN_ITEMS && second_core()
}

/// Whether the machine has more than one core.
pub(super) fn second_core() -> bool {
    thread::available_parallelism().is_ok_and(|n| n.get() > 1)
}

/// Runs `a` and `b`, side by side when `side_by_side` (and a thread can be started: if not,
/// `b` runs after `a`).
pub(super) fn join<A, B: Send>(
    side_by_side: bool,
    a: impl FnOnce() -> A,
    b: impl Fn() -> B + Sync,
) -> (A, B) {
    if !side_by_side {
        return (a(), b());
    }
    thread::scope(|scope| {
        let other = thread::Builder::new()
            .name("yousaid-worker".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, &b);
        let a = a();
        let b = match other.map(|handle| handle.join()) {
            Ok(Ok(b)) => b,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => b(),
        };
        (a, b)
    })
}

/// The blocks the second thread renders; the first renders `points` and the rest of the page.
/// Together the two halves take about as long as each other.
const SECOND_THREAD: &[&str] = &["pairs", "actions"];

/// The blocks that are rendered on one thread only: the long sections.
const LONG_BLOCKS: &[&str] = &["points", "pairs", "actions"];

/// The character that starts and ends a marker: a control character, which the formatter
/// removes from every text a template prints (and the built-in templates hold none).
const MARK: u8 = 0x01;

/// The stack of the second thread: as much as a main thread's, for deeply nested points.
const STACK_SIZE: usize = 8 << 20;

/// When to split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    /// For a large summary on a machine with more than one core.
    Worthwhile,
    /// Whenever the template can be split (for tests).
    #[cfg(test)]
    Always,
    /// Never (for tests).
    #[cfg(test)]
    Never,
}

/// Whether a render of `summary` with the built-in template `name` should be split.
pub(super) fn worthwhile(name: &str, summary: &Summary, when: When) -> bool {
    if !name.starts_with("full.") {
        return false;
    }
    match when {
        When::Worthwhile => large(summary),
        #[cfg(test)]
        When::Always => true,
        #[cfg(test)]
        When::Never => false,
    }
}

/// The markers of one render.
struct Markers {
    nonce: u128,
}

impl Markers {
    fn new() -> Self {
        let random = RandomState::new();
        let nonce = u128::from(random.hash_one(1u8)) << 64 | u128::from(random.hash_one(2u8));
        Markers { nonce }
    }

    /// `kind` is `hole`, `start` or `end`.
    fn marker(&self, kind: &str, block: &str) -> String {
        let mark = char::from(MARK);
        format!("{mark}yousaid-{kind}-{block}-{:032x}{mark}", self.nonce)
    }

    /// The wrapper of the first thread: the second thread's blocks are holes.
    fn first(&self, base: &str) -> String {
        let mut src = format!("{{% extends {base:?} %}}");
        for block in SECOND_THREAD {
            let hole = self.marker("hole", block);
            src.push_str(&format!("{{% block {block} %}}{hole}{{% endblock %}}"));
        }
        src
    }

    /// The wrapper of the second thread: its blocks between markers, the others empty.
    fn second(&self, base: &str) -> String {
        let mut src = format!("{{% extends {base:?} %}}");
        for block in LONG_BLOCKS {
            if SECOND_THREAD.contains(block) {
                let (start, end) = (self.marker("start", block), self.marker("end", block));
                src.push_str(&format!(
                    "{{% block {block} %}}{start}{{{{ super() }}}}{end}{{% endblock %}}"
                ));
            } else {
                src.push_str(&format!("{{% block {block} %}}{{% endblock %}}"));
            }
        }
        src
    }
}

/// Renders the built-in template `base` over `context` on two threads, or returns `None` when
/// the page should be rendered the ordinary way (see the module documentation).
pub(super) fn render(env: &Environment<'_>, base: &str, context: &Value) -> Option<String> {
    let markers = Markers::new();
    let (first_src, second_src) = (markers.first(base), markers.second(base));
    // The wrappers are named like the template they extend, so that they escape the same way.
    let name = format!("split:{base}");
    let (first, second) = thread::scope(|scope| {
        let second = thread::Builder::new()
            .name("yousaid-render".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, || {
                env.template_from_named_str(&name, &second_src)
                    .and_then(|t| t.render(context))
                    .ok()
            })
            .ok()?;
        let first = env
            .template_from_named_str(&name, &first_src)
            .and_then(|t| t.render(context))
            .ok();
        Some((first, second.join().ok().flatten()))
    })?;
    splice(first?, &second?, &markers)
}

/// The first thread's page with the second thread's sections in place of their holes. The
/// page grows where it is: the holes are near its end, so only the short rest after the first
/// of them is copied.
fn splice(mut page: String, second: &str, markers: &Markers) -> Option<String> {
    let holes = marker_places(&page, SECOND_THREAD.len())?;
    let bounds = marker_places(second, 2 * SECOND_THREAD.len())?;
    let find = |places: &[Range<usize>], text: &str, marker: String| {
        places
            .iter()
            .find(|r| text.get((*r).clone()) == Some(&marker))
            .cloned()
    };
    let mut sections = Vec::with_capacity(SECOND_THREAD.len());
    for block in SECOND_THREAD {
        let hole = find(&holes, &page, markers.marker("hole", block))?;
        let start = find(&bounds, second, markers.marker("start", block))?;
        let end = find(&bounds, second, markers.marker("end", block))?;
        sections.push((hole, second.get(start.end..end.start)?));
    }
    sections.sort_by_key(|(hole, _)| hole.start);
    let first_hole = sections.first()?.0.start;
    let rest = page.get(first_hole..)?.to_owned();
    page.truncate(first_hole);
    page.reserve_exact(rest.len() + sections.iter().map(|(_, s)| s.len()).sum::<usize>());
    let mut from = 0;
    for (hole, section) in sections {
        page.push_str(rest.get(from..hole.start - first_hole)?);
        page.push_str(section);
        from = hole.end - first_hole;
    }
    page.push_str(rest.get(from..)?);
    Some(page)
}

/// The places of the markers in `text`, when it holds exactly `count` of them and no other
/// marker character. A marker starts and ends with U+0001, which only markers can hold, so a
/// quick scan for that byte finds them all.
fn marker_places(text: &str, count: usize) -> Option<Vec<Range<usize>>> {
    let mut at = memchr::memchr_iter(MARK, text.as_bytes());
    let mut places = Vec::with_capacity(count);
    while let Some(start) = at.next() {
        places.push(start..at.next()? + 1);
    }
    (places.len() == count).then_some(places)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::render::{OutputFormat, RenderOptions, Renderer, test_documents};
    use crate::{Date, Summary};

    const FORMATS: [OutputFormat; 4] = [
        OutputFormat::Html,
        OutputFormat::Fragment,
        OutputFormat::Markdown,
        OutputFormat::Text,
    ];

    /// Renders `summary` both ways: split (which must succeed) and on one thread.
    fn both_ways(
        r: &Renderer,
        summary: &Arc<Summary>,
        options: &RenderOptions,
    ) -> (String, String) {
        let (tmpl, context) = r.prepare(summary, options).expect("a built-in template");
        let split = render(&r.env, tmpl.name(), &context).expect("the render splits");
        let one = tmpl.render(context).expect("the render succeeds");
        (split, one)
    }

    /// Every example and fixture, in every format, as last recorded and as of a date: the
    /// split render is byte for byte the render on one thread.
    #[test]
    fn a_split_render_is_one_render() {
        let r = Renderer::new();
        let documents = test_documents();
        assert!(
            documents.len() > 10,
            "the examples and the fixtures that load"
        );
        for (path, summary) in documents {
            let summary = Arc::new(summary);
            for format in FORMATS {
                for as_of in [None, Some(Date::constant(2015, 6, 1))] {
                    let mut options = RenderOptions::new().format(format);
                    if let Some(date) = as_of {
                        options = options.as_of(date);
                    }
                    let (split, one) = both_ways(&r, &summary, &options);
                    assert!(
                        split == one,
                        "{} as {format} (as of {as_of:?}) differs when split",
                        path.display()
                    );
                }
            }
        }
    }

    /// Text that looks like a marker — the marker character, a marker's words, even a whole
    /// marker of another render — is printed as any text is, and the split render still
    /// equals one render.
    #[test]
    fn marker_lookalikes_in_the_text_change_nothing() {
        let other = Markers::new();
        let fake = format!(
            "{} and {} \u{1}yousaid-hole-pairs- \u{1}",
            other.marker("hole", "pairs"),
            other.marker("start", "actions")
        );
        let json = serde_json::json!({
            "format": "yousaid/1",
            "title": fake,
            "suggestions": [{"id": "s1", "text": fake, "response": {"stance": "accepted", "text": fake}}],
            "actions": [{"id": "a1", "title": fake, "responds_to": [{"suggestion": "s1"}]}]
        });
        let summary = Arc::new(Summary::from_json_str(&json.to_string()).expect("it loads"));
        let r = Renderer::new();
        for format in FORMATS {
            let (split, one) = both_ways(&r, &summary, &RenderOptions::new().format(format));
            assert_eq!(split, one);
            assert!(!split.contains('\u{1}'), "control characters are removed");
        }
    }

    /// A summary large enough to be split in earnest, through the public API.
    #[test]
    fn a_large_summary_renders_as_on_one_thread() {
        use crate::action::{Action, Coverage};
        use crate::response::{Response, Stance};
        use crate::suggestion::Suggestion;
        let mut summary = Summary::new("Large");
        for i in 0..MIN_ITEMS {
            let mut s = Suggestion::new(format!("s{i}"), format!("Point {i} <&>"));
            if i % 3 == 0 {
                s = s.response(Response::new(Stance::ALL[i % 6], format!("Answer {i}")));
            }
            if i % 7 == 0 {
                s = s.point(Suggestion::new(format!("s{i}.1"), "A detail"));
            }
            summary.suggestions.push(s);
        }
        for i in 0..50 {
            let mut a = Action::new(format!("a{i}"), format!("Action {i}")).owner("Libraries");
            for k in 0..5 {
                a = a.responds_to(format!("s{}", i * 5 + k), Coverage::Full);
            }
            summary.actions.push(a);
        }
        if thread::available_parallelism().is_ok_and(|n| n.get() > 1) {
            assert!(large(&summary), "it is split when rendered");
        }
        let summary = Arc::new(summary);
        let r = Renderer::new();
        for format in FORMATS {
            let options = RenderOptions::new().format(format);
            let shared = r.render_shared(&summary, &options).expect("it renders");
            let one = r
                .render_string(&summary, &options, When::Never)
                .expect("it renders");
            assert!(shared == one, "{format} differs");
            let (split, one) = both_ways(&r, &summary, &options);
            assert!(split == one, "{format} differs when split");
        }
    }

    #[test]
    fn join_gives_both_results_either_way() {
        for side_by_side in [false, true] {
            let (a, b) = join(side_by_side, || 6 * 7, || "forty-two".len());
            assert_eq!((a, b), (42, 9));
        }
    }

    #[test]
    fn markers_are_counted_exactly() {
        let one = marker_places("a\u{1}b\u{1}c", 1).expect("one marker");
        assert_eq!((one.len(), one.first()), (1, Some(&(1..4))));
        assert_eq!(
            marker_places("a\u{1}b\u{1}c\u{1}", 1),
            None,
            "an odd one out"
        );
        assert_eq!(
            marker_places("a\u{1}b\u{1}c\u{1}d\u{1}", 1),
            None,
            "one too many"
        );
        assert_eq!(marker_places("abc", 1), None, "missing");
    }

    #[test]
    fn only_the_full_view_of_a_large_summary_is_split() {
        let small = Summary::new("Small");
        assert!(!worthwhile("full.html", &small, When::Worthwhile));
        assert!(worthwhile("full.md", &small, When::Always));
        assert!(!worthwhile("table.html", &small, When::Always));
        assert!(!worthwhile("tracker.txt", &small, When::Always));
    }

    /// A renderer whose built-in templates were replaced renders on one thread: the splice
    /// relies on what the built-in templates do.
    #[test]
    fn replacing_a_built_in_template_turns_splitting_off() {
        let mut r = Renderer::new();
        assert!(!r.replaced_builtin);
        r.add_template("mine.html", "{{ summary.title }}")
            .expect("it compiles");
        assert!(!r.replaced_builtin);
        r.add_template("macros.html", "{% macro date(d) %}{% endmacro %}")
            .expect("it compiles");
        assert!(r.replaced_builtin);
    }
}
