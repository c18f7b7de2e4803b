//! Layouts of the full view: each example in the layout of its shape, each point shown once
//! with its answer, snapshots of the full view of examples of every shape.

use std::path::{Path, PathBuf};

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use yousaid::render::Context;
use yousaid::{Layout, OutputFormat, RenderOptions, Summary, View};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every bundled example: its name and the summary.
fn examples() -> Vec<(String, Summary)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        let file = dir.join("summary.json");
        if !file.exists() {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let s = Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        out.push((name, s));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn example(name: &str) -> Summary {
    examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no example {name}"))
        .1
}

fn full(s: &Summary, format: OutputFormat) -> String {
    s.render(&RenderOptions::new().format(format))
        .unwrap_or_else(|e| panic!("{format}: {e}"))
}

/// The own text (not that of child elements) of every element whose class list has `class`,
/// in document order.
fn texts_of_class(html: &str, class: &str) -> Vec<String> {
    fn walk(h: &Handle, class: &str, out: &mut Vec<String>) {
        if let NodeData::Element { attrs, .. } = &h.data {
            let has = attrs.borrow().iter().any(|a| {
                &*a.name.local == "class" && a.value.split_whitespace().any(|c| c == class)
            });
            if has {
                // The element's own text, without its item number and kind tag.
                let mut own = String::new();
                for c in h.children.borrow().iter() {
                    if let NodeData::Text { contents } = &c.data {
                        own.push_str(&contents.borrow());
                    }
                }
                out.push(own.trim().to_owned());
            }
        }
        for c in h.children.borrow().iter() {
            walk(c, class, out);
        }
    }
    let doc = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>{html}</body></html>"
    );
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(doc);
    let mut out = Vec::new();
    walk(&dom.document, class, &mut out);
    out
}

fn all_text(html: &str) -> String {
    fn text_of(h: &Handle, out: &mut String) {
        match &h.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            _ => h.children.borrow().iter().for_each(|c| text_of(c, out)),
        }
    }
    let doc = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>{html}</body></html>"
    );
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(doc);
    let mut out = String::new();
    text_of(&dom.document, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_example_renders_in_the_layout_of_its_shape() {
    for (name, s) in examples() {
        let context = serde_json::to_value(Context::new(&s, &RenderOptions::new())).unwrap();
        assert_eq!(
            context["shape"],
            Layout::choose(&s).as_str(),
            "{name}: the context names the chosen layout"
        );
    }
}

#[test]
fn the_layout_can_be_overridden() {
    let s = example("west-yorkshire-2014");
    assert_eq!(Layout::choose(&s), Layout::Event);
    let opts = RenderOptions::new().layout(Layout::Forum);
    let context = serde_json::to_value(Context::new(&s, &opts)).unwrap();
    assert_eq!(context["shape"], "forum");
    let html = s
        .render(&opts.clone().format(OutputFormat::Fragment))
        .unwrap();
    assert!(html.contains("Your questions and our answers"));
    // A layout with sections: the event becomes one.
    let opts = RenderOptions::new().layout(Layout::Consultation);
    let context = serde_json::to_value(Context::new(&s, &opts)).unwrap();
    assert_eq!(context["sections"].as_array().unwrap().len(), 1);
}

#[test]
fn every_point_appears_exactly_once_in_the_full_fragment() {
    for (name, s) in examples() {
        let html = full(&s, OutputFormat::Fragment);
        let shown = texts_of_class(&html, "ys-point-text");
        let points: Vec<String> = s.all_suggestions().map(|(p, _)| flat(&p.text)).collect();
        assert_eq!(
            shown.len(),
            points.len(),
            "{name}: one block per point and sub-point"
        );
        for p in &points {
            let times = shown.iter().filter(|t| flat(t) == *p).count();
            let expected = points.iter().filter(|q| *q == p).count();
            assert_eq!(times, expected, "{name}: {p:?} shown {times} times");
        }
        // No separate lists that repeat the points.
        for gone in ["ys-pair", "In response to"] {
            assert!(!html.contains(gone), "{name}: {gone}");
        }
    }
}

#[test]
fn every_answer_appears_in_the_full_view() {
    for (name, s) in examples() {
        for format in [
            OutputFormat::Fragment,
            OutputFormat::Markdown,
            OutputFormat::Text,
        ] {
            let out = full(&s, format);
            let text = match format {
                OutputFormat::Fragment => all_text(&out),
                // Markdown escapes and text wraps: compare words alone.
                _ => flat(&out.replace('\\', "")),
            };
            let words = |t: &str| {
                let t = flat(t);
                match format {
                    OutputFormat::Fragment => t,
                    _ => t.replace('\\', ""),
                }
            };
            for (p, _) in s.all_suggestions() {
                assert!(
                    text.contains(&words(&p.text)),
                    "{name} {format}: point {:?}",
                    p.text
                );
                if let Some(t) = p.response.as_ref().and_then(|r| r.text.as_deref()) {
                    assert!(text.contains(&words(t)), "{name} {format}: response {t:?}");
                }
            }
            for (a, _) in s.all_actions() {
                assert!(
                    text.contains(&words(&a.title)),
                    "{name} {format}: action {:?}",
                    a.title
                );
            }
            for q in &s.questions {
                assert!(
                    text.contains(&words(&q.text)),
                    "{name} {format}: question {:?}",
                    q.text
                );
            }
            for (e, _) in s.all_engagements() {
                if let Some(t) = e.response.as_ref().and_then(|r| r.text.as_deref()) {
                    assert!(text.contains(&words(t)), "{name} {format}: response {t:?}");
                }
                for d in &e.decisions {
                    if let Some(t) = &d.text {
                        assert!(text.contains(&words(t)), "{name} {format}: decision {t:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn internal_words_stay_out_of_the_full_view() {
    for (name, s) in examples() {
        let html = full(&s, OutputFormat::Fragment);
        for word in ["Kind:", "Serves:", "Priority:", ">Kind<", "Not started"] {
            assert!(!html.contains(word), "{name}: {word}");
        }
    }
}

#[test]
fn figures_show_their_numbers_and_a_bar_only_for_a_stated_percentage() {
    let s = example("buckinghamshire-we-asked");
    let html = full(&s, OutputFormat::Fragment);
    assert!(html.contains("<strong>9 of 10 (90%)</strong> were in agreement with the proposal"));
    assert!(html.contains(
        r#"<span class="ys-fbar" aria-hidden="true"><span style="width: 90.0%"></span></span>"#
    ));
    // "8 responses": a count without a percentage has no bar.
    let received = html.find("<strong>8 responses</strong>").unwrap();
    let next = &html[received..received + 120];
    assert!(!next.contains("ys-fbar"), "{next}");
}

#[test]
fn a_long_page_has_a_contents_list_and_a_short_one_none() {
    let long = full(&example("buckinghamshire-we-asked"), OutputFormat::Fragment);
    assert!(long.contains(r##"<nav class="ys-contents""##));
    assert!(long.contains(r##"<a href="#ys-s-1">"##));
    let short = full(&example("anglia-su-feedback-forum"), OutputFormat::Fragment);
    assert!(!short.contains("ys-contents"));
}

#[test]
fn full_view_of_each_shape() {
    for name in [
        "anglia-su-feedback-forum",
        "buckinghamshire-we-asked",
        "cslondon-recommendations",
        "enherts-you-said-we-did",
        "mkuh-you-said-we-did",
    ] {
        let s = example(name);
        for (format, ext) in [
            (OutputFormat::Fragment, "fragment.html"),
            (OutputFormat::Markdown, "md"),
            (OutputFormat::Text, "txt"),
        ] {
            let out = s
                .render(&RenderOptions::new().view(View::Full).format(format))
                .unwrap();
            insta::assert_snapshot!(format!("{name}-full.{ext}"), out);
        }
    }
}
