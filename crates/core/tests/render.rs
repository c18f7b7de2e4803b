//! Rendering: every view × format of the bundled examples and edge cases, snapshotted and
//! checked with a real HTML5 parser; hostile input; templates and their errors.

#[path = "render/html_check.rs"]
mod html_check;

use std::path::{Path, PathBuf};

use yousaid::{ErrorKind, OutputFormat, RenderOptions, Renderer, Summary, View};

use html_check::outline;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load(path: &Path) -> Summary {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn example(name: &str) -> Summary {
    load(&root().join("examples").join(name).join("summary.json"))
}

fn render(s: &Summary, view: View, format: OutputFormat) -> String {
    s.render(&RenderOptions::new().view(view).format(format))
        .unwrap_or_else(|e| panic!("{view} {format}: {e}"))
}

/// Structural checks every HTML rendering must pass.
fn check_html(label: &str, html: &str, fragment: bool) -> html_check::Outline {
    let o = outline(html, fragment);
    assert!(
        o.errors.is_empty(),
        "{label}: HTML parse errors: {:?}",
        o.errors
    );
    let h1 = o.headings.iter().filter(|(l, _)| *l == 1).count();
    assert_eq!(
        h1,
        usize::from(!fragment),
        "{label}: h1 count {:?}",
        o.headings
    );
    // No heading level is skipped on the way down.
    let mut prev = if fragment { 1 } else { 0 };
    for (level, text) in &o.headings {
        assert!(
            *level <= prev + 1,
            "{label}: h{level} {text:?} after h{prev}"
        );
        prev = *level;
    }
    assert_eq!(o.tables, o.captions, "{label}: every table has a caption");
    assert_eq!(o.th_without_scope, 0, "{label}: every th has a scope");
    for bad in [
        "script", "iframe", "object", "embed", "img", "link", "base", "form", "math",
    ] {
        assert!(
            !o.elements.iter().any(|e| e == bad),
            "{label}: <{bad}> present"
        );
    }
    assert!(
        !o.elements.iter().any(|e| e.starts_with('@')),
        "{label}: event handler attribute"
    );
    o.check_links_and_ids(label);
    if !fragment {
        assert!(o.lang.is_some(), "{label}: lang");
        assert!(!o.title.is_empty(), "{label}: title");
    }
    o
}

#[test]
fn every_view_and_format_of_the_examples() {
    for name in ["west-yorkshire-2014", "riverside-library-2025"] {
        let s = example(name);
        for view in View::ALL {
            for format in OutputFormat::ALL {
                let out = render(&s, view, format);
                let label = format!("{name} {view} {format}");
                match format {
                    OutputFormat::Html | OutputFormat::Fragment => {
                        check_html(&label, &out, format == OutputFormat::Fragment);
                    }
                    OutputFormat::Markdown | OutputFormat::Text => {
                        assert!(out.ends_with('\n') && !out.ends_with("\n\n"), "{label}");
                    }
                }
                insta::assert_snapshot!(format!("{name}-{view}.{}", ext(format)), out);
            }
        }
    }
}

fn ext(f: OutputFormat) -> &'static str {
    match f {
        OutputFormat::Html => "html",
        OutputFormat::Fragment => "fragment.html",
        OutputFormat::Markdown => "md",
        OutputFormat::Text => "txt",
    }
}

#[test]
fn west_yorkshire_reads_like_the_seed() {
    let s = example("west-yorkshire-2014");
    let text = render(&s, View::Full, OutputFormat::Text);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Increasing Awareness of Human Trafficking",
        "over 100 delegates",
        "over 30 public and third sector organisations including",
        "Northern Refuge Centre",
        "Gangmasters Licensing Authority",
        "West Yorkshire Police",
        "The Salvation Army",
        "Hope for Justice",
        "between them",
        "the National Referral Mechanism",
        "And then use this to:",
        "Consolidate",
        "What can agencies do to identify and provide support to victims of Human Trafficking?",
        "What specifically can the PCC do to increase awareness and tackle Human Trafficking?",
        "Youth Offending Teams",
        "Can further levels of support be formed?",
        "Partnership Executive Group",
        "This will also serve as an opportunity to discuss data sharing",
        "Thank you",
        "Mark Burns-Williamson",
        "Copyright West Yorkshire Police and Crime Commissioner 2019",
    ] {
        assert!(
            flat.to_lowercase().contains(&needle.to_lowercase()),
            "missing {needle:?}"
        );
    }
    // The order of the document is the seed's.
    let order = [
        "Purpose of this summary",
        "What can agencies do",
        "What specifically can the PCC do",
        "What we are doing",
        "Thank you",
        "Copyright",
    ];
    let pos: Vec<usize> = order
        .iter()
        .map(|n| flat.find(n).unwrap_or(usize::MAX))
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{order:?} at {pos:?}");
}

#[test]
fn template_errors_name_the_template_and_line() {
    let mut r = Renderer::new();
    let e = r
        .add_template("mine.html", "<p>\n{% for x in %}\n")
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Template);
    assert_eq!(e.template_name(), Some("mine.html"));
    assert_eq!(e.line(), Some(2));

    r.add_template(
        "runtime.html",
        "line\n{{ summary.title|nonexistent_filter }}",
    )
    .unwrap();
    let e = r
        .render(
            &Summary::new("t"),
            &RenderOptions::new().template("runtime.html"),
        )
        .unwrap_err();
    assert_eq!(
        (e.template_name(), e.line()),
        (Some("runtime.html"), Some(2)),
        "{e}"
    );
    assert!(e.to_string().contains("nonexistent_filter"), "{e}");
    r.add_template("boom.txt", "a\nb\n{{ 1 // 0 }}").unwrap();
    let e = r
        .render(
            &Summary::new("t"),
            &RenderOptions::new().template("boom.txt"),
        )
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Template);
    assert_eq!(e.template_name(), Some("boom.txt"));
    assert_eq!(e.line(), Some(3));

    let e = r
        .render(
            &Summary::new("t"),
            &RenderOptions::new().template("nope.html"),
        )
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
}

#[test]
fn user_templates_get_the_context_and_can_override_blocks() {
    let s = example("west-yorkshire-2014");
    let mut r = Renderer::new();
    r.add_template(
        "count.txt",
        "{{ summary.title }}: {{ questions|length }} questions, {{ pairs|length }} pairs, {{ tracker.actions_total }} actions",
    )
    .unwrap();
    let out = r
        .render(&s, &RenderOptions::new().template("count.txt"))
        .unwrap();
    assert!(
        out.starts_with("Increasing Awareness of Human Trafficking: 2 questions"),
        "{out}"
    );

    r.add_template(
        "branded.html",
        r#"{% extends "full.html" %}{% block closing %}<section><h2 id="ys-closing">With thanks</h2><p>{{ summary.closing.signature.name }}</p></section>{% endblock %}"#,
    )
    .unwrap();
    let out = r
        .render(&s, &RenderOptions::new().template("branded.html"))
        .unwrap();
    let o = check_html("branded", &out, false);
    assert!(o.headings.iter().any(|(_, t)| t == "With thanks"));
    assert!(o.headings.iter().any(|(_, t)| t == "What we are doing"));
    assert!(!o.headings.iter().any(|(_, t)| t == "Thank you"));
}

#[test]
fn every_view_and_format_of_the_edge_cases() {
    insta::glob!("render/inputs/*.json", |path| {
        let s = load(path);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        for view in View::ALL {
            for format in OutputFormat::ALL {
                let out = render(&s, view, format);
                if matches!(format, OutputFormat::Html | OutputFormat::Fragment) {
                    check_html(
                        &format!("{name} {view} {format}"),
                        &out,
                        format == OutputFormat::Fragment,
                    );
                }
                insta::assert_snapshot!(format!("{view}.{}", ext(format)), out);
            }
        }
    });
}

#[test]
fn right_to_left_text_sets_the_direction() {
    let s = load(&root().join("crates/core/tests/render/inputs/rtl.json"));
    let html = render(&s, View::Full, OutputFormat::Html);
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    let frag = render(&s, View::Full, OutputFormat::Fragment);
    assert!(frag.starts_with(r#"<div class="ys ys-fragment" lang="ar" dir="rtl">"#));
}

#[test]
fn statuses_as_of_a_date() {
    let s = example("riverside-library-2025");
    let early = s
        .render(
            &RenderOptions::new()
                .view(View::Tracker)
                .format(OutputFormat::Text)
                .as_of(yousaid::Date::constant(2025, 7, 1)),
        )
        .unwrap();
    let late = render(&s, View::Tracker, OutputFormat::Text);
    assert!(early.contains("as of 1 July 2025"), "{early}");
    assert_ne!(early, late);
}

/// An action declared done in the source's words ("Complete"), in progress until May.
fn complete_in_may() -> Summary {
    use yousaid::{Action, Coverage, Date, ProgressEntry, Status, Suggestion};
    let mut s = Summary::new("Recommendations");
    s.suggestions
        .push(Suggestion::new("s1", "Publish the benchmarks"));
    let mut a = Action::new("a1", "Benchmarks published")
        .status(Status::Done)
        .responds_to("s1", Coverage::Full)
        .progress(ProgressEntry::new(Date::constant(2025, 1, 10)).status(Status::InProgress))
        .progress(ProgressEntry::new(Date::constant(2025, 5, 4)).status(Status::Done));
    a.status_label = Some("Complete".to_owned());
    s.actions.push(a);
    s
}

#[test]
fn the_sources_words_show_where_they_describe_the_status_shown() {
    let s = complete_in_may();
    let march = yousaid::Date::constant(2025, 3, 1);
    for view in [View::Full, View::Table, View::Tracker] {
        for format in OutputFormat::ALL {
            let now = render(&s, view, format);
            assert!(now.contains("Complete"), "{view} {format}: {now}");
            // As of March the log says in progress: the built-in label, never "Complete".
            let then = s
                .render(&RenderOptions::new().view(view).format(format).as_of(march))
                .unwrap();
            assert!(!then.contains("Complete"), "{view} {format}: {then}");
            assert!(then.contains("In progress"), "{view} {format}: {then}");
        }
    }
    // The class still names the status, for styles and filters; the chart of counts keeps
    // the built-in labels.
    let html = render(&s, View::Tracker, OutputFormat::Fragment);
    assert!(
        html.contains(
            r#"<td data-label="Status"><span class="ys-tag ys-s-done">Complete</span></td>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(r#"class="ys-chart-label">Done</text>"#),
        "{html}"
    );
    let tracker = render(&s, View::Tracker, OutputFormat::Markdown);
    assert!(tracker.contains("| — | — | Complete | — |"), "{tracker}");
    let table = render(&s, View::Table, OutputFormat::Markdown);
    assert!(table.contains("| Complete |"), "{table}");
    let as_of = |view, format| {
        s.render(&RenderOptions::new().view(view).format(format).as_of(march))
            .unwrap()
    };
    let tracker = as_of(View::Tracker, OutputFormat::Markdown);
    assert!(tracker.contains("| — | — | In progress | — |"), "{tracker}");
    let table = as_of(View::Table, OutputFormat::Markdown);
    assert!(table.contains("| In progress |"), "{table}");
    // The records say the same: the words only beside the status they were given for.
    for (view, words) in [(s.current(), Some("Complete")), (s.as_of(march), None)] {
        let yousaid::Records::Actions(rows) = view.records(yousaid::RecordKind::Actions) else {
            unreachable!()
        };
        assert_eq!(rows[0].status_label.as_deref(), words);
    }
    let html = as_of(View::Tracker, OutputFormat::Fragment);
    assert!(
        html.contains(r#"<td data-label="Status"><span class="ys-tag ys-s-in_progress">In progress</span></td>"#),
        "{html}"
    );
}

#[test]
fn a_pair_answered_in_different_words_shows_the_built_in_label() {
    let mut s = complete_in_may();
    let mut a2 = yousaid::Action::new("a2", "Benchmarks promoted")
        .status(yousaid::Status::Done)
        .responds_to("s1", yousaid::Coverage::Full);
    a2.status_label = Some("Achieved".to_owned());
    s.actions.push(a2);
    let table = render(&s, View::Table, OutputFormat::Markdown);
    assert!(table.ends_with("| Done |\n"), "{table}");
    s.actions[1].status_label = Some("Complete".to_owned());
    let table = render(&s, View::Table, OutputFormat::Markdown);
    assert!(table.ends_with("| Complete |\n"), "{table}");
}

#[test]
fn the_bulletin_gives_each_version_its_own_words() {
    let mut old = complete_in_may();
    old.actions[0].progress.pop();
    old.actions[0].status = Some(yousaid::Status::InProgress);
    old.actions[0].status_label = Some("Progress Made".to_owned());
    let new = complete_in_may();
    let md = new
        .bulletin(&old, &RenderOptions::new().format(OutputFormat::Markdown))
        .unwrap();
    assert!(
        md.contains("Benchmarks published: Progress Made → **Complete**"),
        "{md}"
    );
    let changes = yousaid::diff(&old, &new);
    assert_eq!(
        changes.status_changes[0].new_label.as_deref(),
        Some("Complete")
    );
}

#[test]
fn nesting_beyond_the_limit_is_an_error_not_a_crash() {
    let mut s = Summary::new("deep");
    let mut p = yousaid::Suggestion::new("p200", "bottom");
    for i in (0..200).rev() {
        p = yousaid::Suggestion::new(format!("p{i}"), "x").point(p);
    }
    s.suggestions.push(p);
    let e = s.render(&RenderOptions::new()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidArgument);
}

/// The worked examples in docs/templates.md compile and render.
#[test]
fn the_documented_templates_work() {
    let doc = std::fs::read_to_string(root().join("docs/templates.md")).unwrap();
    let mut r = Renderer::new();
    let mut names = Vec::new();
    for part in doc.split("<!-- template: ").skip(1) {
        let (name, rest) = part.split_once(" -->").unwrap();
        let body = rest
            .split("```jinja\n")
            .nth(1)
            .unwrap()
            .split("```")
            .next()
            .unwrap();
        r.add_template(name, body).unwrap();
        names.push(name.to_owned());
    }
    assert_eq!(names, ["briefing.md", "branded.html"]);
    let s = example("riverside-library-2025");
    let md = r
        .render(&s, &RenderOptions::new().template("briefing.md"))
        .unwrap();
    assert!(md.contains("suggestions answered"), "{md}");
    let html = r
        .render(&s, &RenderOptions::new().template("branded.html"))
        .unwrap();
    let o = check_html("branded", &html, false);
    assert!(
        o.headings
            .iter()
            .any(|(_, t)| t == "Tell us what you think")
    );
    assert!(html.contains("border-color: #7a1d5c"));
}

/// The ways to render give the same output: `Summary::render`, `Renderer::render` and
/// streamed (`render_to`).
#[test]
fn renderer_and_streamed_renders_equal_the_plain_one() {
    let renderer = Renderer::new();
    for name in ["west-yorkshire-2014", "riverside-library-2025"] {
        let summary = example(name);
        for view in View::ALL {
            for format in OutputFormat::ALL {
                let opts = RenderOptions::new().view(view).format(format);
                let plain = render(&summary, view, format);
                assert_eq!(renderer.render(&summary, &opts).unwrap(), plain);
                let mut streamed = Vec::new();
                renderer.render_to(&summary, &opts, &mut streamed).unwrap();
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    plain,
                    "{name} {view} {format}"
                );
            }
        }
    }
}

/// A writer that fails gives an `io` error, never a panic, whatever the format.
#[test]
fn a_failing_writer_is_an_io_error() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let summary = example("west-yorkshire-2014");
    for format in OutputFormat::ALL {
        let err = Renderer::new()
            .render_to(&summary, &RenderOptions::new().format(format), Full)
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io, "{format}");
        assert!(err.message().contains("disk full"), "{format}: {err}");
    }
}

#[test]
fn a_point_answered_with_the_block_it_stands_in_gets_no_words_of_its_own() {
    use yousaid::{Action, Answer, Question, Suggestion};
    let mut s = Summary::new("Library");
    s.questions
        .push(Question::new("q1", "What would make the library better?"));
    s.suggestions
        .push(Suggestion::new("s1", "Open on Sundays").question("q1"));
    s.suggestions.push(Suggestion::new("s2", "More parking"));
    let mut a = Action::new("a1", "Review opening hours and access");
    a.responds_to.push(Answer::to_question("q1"));
    s.actions.push(a);
    for format in [
        OutputFormat::Html,
        OutputFormat::Markdown,
        OutputFormat::Text,
    ] {
        let out = render(&s, View::Full, format);
        // The question's answer follows its points: saying so beside each point repeats it.
        assert!(!out.contains("question as a whole"), "{format:?}:\n{out}");
        assert_eq!(
            out.matches("Review opening hours and access").count(),
            1,
            "{out}"
        );
        // A point with no answer anywhere still says so.
        assert_eq!(
            out.matches("Not answered yet").count(),
            1,
            "{format:?}:\n{out}"
        );
    }
    // The table lists each point on its own, so there the words stay.
    let table = render(&s, View::Table, OutputFormat::Markdown);
    assert!(
        table.contains("Answered with the question as a whole"),
        "{table}"
    );
}
