//! The "Update since <date>" bulletin over the Riverside example's published versions, in
//! every format, snapshotted; HTML checked with a real HTML5 parser; hostile text.

#[path = "render/html_check.rs"]
mod html_check;

use std::path::Path;

use yousaid::{
    Action, Date, ErrorKind, Link, OutputFormat, ProgressEntry, RenderOptions, Renderer, Response,
    Stance, Status, Suggestion, Summary,
};

fn version(name: &str) -> Summary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/riverside-library-2025/history")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn bulletin(old: &Summary, new: &Summary, format: OutputFormat) -> String {
    new.bulletin(old, &RenderOptions::new().format(format))
        .unwrap_or_else(|e| panic!("{format}: {e}"))
}

/// The checks every HTML bulletin passes: it parses without errors, has one `h1` in a page
/// and none in a fragment, skips no heading level, and has no active content or bad links.
fn check_html(html: &str, fragment: bool) -> html_check::Outline {
    let o = html_check::outline(html, fragment);
    assert!(o.errors.is_empty(), "HTML parse errors: {:?}", o.errors);
    let h1 = o.headings.iter().filter(|(l, _)| *l == 1).count();
    assert_eq!(h1, usize::from(!fragment), "{:?}", o.headings);
    let mut prev = if fragment { 1 } else { 0 };
    for (level, text) in &o.headings {
        assert!(*level <= prev + 1, "h{level} {text:?} after h{prev}");
        prev = *level;
    }
    for bad in ["script", "iframe", "object", "embed", "img", "link", "form"] {
        assert!(!o.elements.iter().any(|e| e == bad), "<{bad}> present");
    }
    assert!(
        !o.elements.iter().any(|e| e.starts_with('@')),
        "event handler"
    );
    o.check_links_and_ids("bulletin");
    for href in &o.hrefs {
        assert!(
            yousaid::Url::new(href.as_str()).is_allowed(),
            "href {href:?}"
        );
    }
    o
}

#[test]
fn six_month_to_one_year_update_in_every_format() {
    let (old, new) = (version("2025-12-15.json"), version("2026-06-30.json"));
    for (format, ext) in [
        (OutputFormat::Markdown, "md"),
        (OutputFormat::Text, "txt"),
        (OutputFormat::Fragment, "fragment.html"),
        (OutputFormat::Html, "html"),
    ] {
        let out = bulletin(&old, &new, format);
        if matches!(format, OutputFormat::Html | OutputFormat::Fragment) {
            let o = check_html(&out, format == OutputFormat::Fragment);
            assert!(o.text.contains("Update since 15 December 2025"));
        }
        // The page is the fragment inside the shared layout and style sheet, which the
        // render snapshots already cover.
        if format != OutputFormat::Html {
            insta::assert_snapshot!(format!("riverside-2026-06-30.{ext}"), out);
        }
    }
}

#[test]
fn first_update_in_markdown() {
    let out = bulletin(
        &version("2025-06-30.json"),
        &version("2025-12-15.json"),
        OutputFormat::Markdown,
    );
    insta::assert_snapshot!("riverside-2025-12-15.md", out);
}

#[test]
fn every_text_line_fits_the_width() {
    let out = bulletin(
        &version("2025-06-30.json"),
        &version("2025-12-15.json"),
        OutputFormat::Text,
    );
    for line in out.lines() {
        // Addresses are never broken, so only lines without one must fit.
        if !line.contains("://") {
            assert!(line.chars().count() <= 72, "{line:?}");
        }
    }
}

#[test]
fn nothing_changed() {
    let s = version("2026-06-30.json");
    let md = bulletin(&s, &s, OutputFormat::Markdown);
    assert!(
        md.contains("Nothing has changed since 30 June 2026."),
        "{md}"
    );
    assert!(!md.contains("## "), "{md}");
    let html = bulletin(&s, &s, OutputFormat::Fragment);
    check_html(&html, true);
    assert!(html.contains("Nothing has changed"));
}

fn hostile() -> (Summary, Summary) {
    let mut old = Summary::new("Review <b>2025</b>");
    old.published = Some(Date::constant(2025, 6, 30).into());
    old.suggestions.push(Suggestion::new(
        "s1",
        "[click here](javascript:alert(1)) <img src=x onerror=alert(1)>",
    ));
    old.actions
        .push(Action::new("a1", "<script>alert(1)</script>"));
    let mut new = old.clone();
    new.published = Some(Date::constant(2025, 12, 15).into());
    new.respond(
        "s1",
        Response::new(Stance::Accepted, "# Not a heading\n| not | a table |"),
    )
    .unwrap();
    new.record_progress(
        "a1",
        ProgressEntry::new(Date::constant(2025, 9, 1))
            .status(Status::Done)
            .note("Done\u{202E}txt.exe")
            .evidence(Link::new("javascript:alert(1)").title("the evidence"))
            .evidence(Link::new("https://example.org/minutes").title("minutes")),
    )
    .unwrap();
    (old, new)
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let (old, new) = hostile();
    for format in [OutputFormat::Html, OutputFormat::Fragment] {
        let html = bulletin(&old, &new, format);
        let o = check_html(&html, format == OutputFormat::Fragment);
        assert!(
            o.text.contains("<script>alert(1)</script>"),
            "shown as text"
        );
        assert!(
            o.text.contains("the evidence"),
            "a refused link keeps its words"
        );
        assert_eq!(o.hrefs.len(), 1, "{:?}", o.hrefs);
        assert!(!html.contains('\u{202E}'));
    }
}

#[test]
fn hostile_text_is_neutralised_in_markdown() {
    let (old, new) = hostile();
    let md = bulletin(&old, &new, OutputFormat::Markdown);
    assert!(!md.contains("[click here](javascript"), "{md}");
    assert!(!md.contains("<script>"), "{md}");
    assert!(!md.replace("\\<", "").contains("<img"), "{md}");
    assert!(!md.contains("](<javascript"), "{md}");
    assert!(!md.lines().any(|l| l.starts_with("# Not")), "{md}");
    assert!(!md.contains('\u{202E}'));
    insta::assert_snapshot!("hostile.md", md);
}

#[test]
fn own_bulletin_templates_and_errors() {
    let mut r = Renderer::new();
    r.add_template(
        "count.txt",
        "{{ progress_count }} new since {{ since.text }}; {{ title }}",
    )
    .unwrap();
    let (old, new) = hostile();
    let out = r
        .render_bulletin(&old, &new, &RenderOptions::new().template("count.txt"))
        .unwrap();
    assert_eq!(out, "1 new since 30 June 2025; Review <b>2025</b>");
    let err = r
        .render_bulletin(&old, &new, &RenderOptions::new().template("nope.md"))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    r.add_template("bad.md", "{{ now.done + }}").unwrap_err();
    r.add_template("boom.md", "line\n{{ status_changes[0].title|nofilter }}")
        .unwrap();
    let err = r
        .render_bulletin(&old, &new, &RenderOptions::new().template("boom.md"))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Template);
    assert_eq!(
        (err.template_name(), err.line()),
        (Some("boom.md"), Some(2))
    );
}
