//! Hostile input: every text field of a summary holds payloads meant to run script, inject
//! markup or links, or disguise text. None may come out in active form, in any view or format.

#[path = "render/html_check.rs"]
mod html_check;

use pulldown_cmark::{Event, Options, Parser, Tag};
use yousaid::{
    Action, Actor, Answer, Barrier, Closing, Consent, Count, Coverage, Engagement, Group, Link,
    Organisation, Organisations, OutputFormat, Place, Plan, Presentation, ProgressEntry, Purpose,
    PurposeList, Question, Quote, Related, RenderOptions, Response, Stance, Status, Suggestion,
    Summary, Theme, Url, View,
};

const PAYLOADS: &[&str] = &[
    "<script>alert('s')</script>",
    "<img src=x onerror=alert('i')>",
    "\"><svg onload=alert('v')>",
    "<math><mi xlink:href=\"javascript:alert('m')\">m</mi></math>",
    "<a href=\"javascript:alert('a')\">a</a>",
    "[click](javascript:alert('l'))",
    "![pic](https://evil.example/p.png)",
    "<https://evil.example/auto>",
    "https://evil.example/bare www.evil.example",
    "\n# Injected heading\n\n---\n",
    "| cell | injection |",
    "&lt;script&gt; &#60;b&#62;",
    "\u{202E}txt.exe\u{202C} \u{2066}isolate\u{2069}",
    "{{ 7 * 7 }} {% raw %}",
    "overwritten\r\u{1b}[2Kforged",
];

fn payload(tag: &str) -> String {
    format!("{tag}: {}", PAYLOADS.join(" "))
}

const BIDI: [char; 9] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

fn hostile() -> Summary {
    let mut s = document(&payload);
    s.introduction.push("x".repeat(1 << 20));
    s
}

/// A summary with every text field filled by `p(tag)`, `tag` naming the field.
fn document(p: &dyn Fn(&str) -> String) -> Summary {
    let bad_url = || Url::new("javascript:alert('u')");
    let mut s = Summary::new(p("title"));
    s.owner = Some(Actor {
        name: p("owner"),
        kind: None,
        role: Some(p("role")),
        organisation: Some(p("org")),
        url: Some(bad_url()),
    });
    s.publisher = Some(p("publisher"));
    s.published = Some(yousaid::Date::constant(2025, 1, 1).into());
    s.language = Some("en\" onload=\"alert('lang')".into());
    s.introduction = vec![p("intro")];
    s.purposes = vec![PurposeList {
        lead_in: Some(p("lead")),
        points: vec![Purpose {
            label: Some(p("label")),
            text: p("purpose"),
            points: vec![Purpose {
                label: None,
                text: p("subpurpose"),
                points: vec![],
            }],
        }],
    }];
    s.plan = Some(Plan {
        title: p("plan"),
        url: Some(bad_url()),
        outcomes: vec![yousaid::Outcome {
            id: "o1".into(),
            title: p("outcome"),
            description: Some(p("od")),
        }],
    });
    let mut e = Engagement::event("e1", p("event"));
    e.label = Some(p("kind"));
    e.hosts = vec![Actor::new(p("host")).role(p("hostrole"))];
    e.description = vec![p("desc")];
    e.place = Some(Place {
        name: Some(p("place")),
        address: Some(p("addr")),
        online: true,
        url: Some(bad_url()),
    });
    e = e.attendance(Count::over(100), p("unit"));
    e.organisations = Some(Organisations {
        count: Some(Count::about(30)),
        sectors: vec![],
        named: vec![Organisation {
            name: p("orgname"),
            sector: None,
            url: Some(Url::new("data:text/html,<script>alert(1)</script>")),
        }],
        complete: false,
    });
    e.presentations = vec![Presentation {
        speaker: Some(p("speaker")),
        role: Some(p("prole")),
        organisation: Some(p("porg")),
        title: Some(p("ptitle")),
        topics: vec![p("topic")],
    }];
    e.shared_topics = vec![p("shared")];
    e = e.group(Group::new("g1", p("group")));
    s.engagements.push(e);
    s.questions.push(Question::new("q1", p("question")));
    s.themes.push(Theme::new("t1", p("theme")));
    let mut sug = Suggestion::new("s1", p("suggestion"))
        .question("q1")
        .theme("t1")
        .raised_by("g1")
        .response(Response::new(Stance::NotPlanned, p("response")).reason(p("reason")))
        .point(Suggestion::new("s1.1", p("point")).point(Suggestion::new("s1.1.1", p("subpoint"))));
    sug.quote = Some(Box::new(Quote {
        text: p("quote"),
        attribution: Some(p("attribution")),
        consent: Consent::Given,
        from: None,
    }));
    s.suggestions.push(sug);
    s.suggestions.push(
        Suggestion::new("s2", p("other"))
            .response(Response::new(Stance::Referred, p("r2")).referred_to(p("body"))),
    );
    let mut a = Action::new("a1", p("action"))
        .owner(p("owner"))
        .note(p("note"))
        .outcome("o1")
        .due("2024-spring".parse().unwrap())
        .status(Status::Blocked)
        .sub_action(Action::new("a1.1", p("subaction")).status(Status::Done))
        .progress(
            ProgressEntry::new(yousaid::Date::constant(2024, 6, 1))
                .note(p("update"))
                .percent(40.0)
                .evidence(Link::new(bad_url()).title(p("evidence"))),
        );
    a.responds_to = vec![
        Answer::to_suggestion("s1")
            .coverage(Coverage::Partial)
            .note(p("answernote")),
    ];
    a.status_reason = Some(p("statusreason"));
    a.barriers = vec![Barrier {
        text: p("barrier"),
        since: None,
        resolved: None,
    }];
    a.related = vec![Related {
        title: p("related"),
        owner: Some(p("rowner")),
        url: Some(bad_url()),
        note: Some(p("rnote")),
        depends: true,
    }];
    s.actions.push(a);
    s.actions
        .push(Action::new("a2", p("second")).depends_on("a1"));
    s.closing = Some(Closing {
        heading: Some(p("closing")),
        paragraphs: vec![p("thanks")],
        signature: Some(Actor::new(p("signature"))),
    });
    s.copyright = Some(p("copyright"));
    s.licence = Some(p("licence"));
    s
}

#[test]
fn hostile_text_is_never_active() {
    let s = hostile();
    for view in View::ALL {
        for format in OutputFormat::ALL {
            let label = format!("{view} {format}");
            let out = s
                .render(&RenderOptions::new().view(view).format(format))
                .unwrap_or_else(|e| panic!("{label}: {e}"));
            assert!(out.len() < 8 << 20, "{label}: {} bytes", out.len());
            assert!(!out.contains(BIDI), "{label}: bidi control characters");
            match format {
                OutputFormat::Html | OutputFormat::Fragment => {
                    check_html(&label, &out, format == OutputFormat::Fragment)
                }
                OutputFormat::Markdown => check_markdown(&label, &out),
                OutputFormat::Text => {
                    assert!(
                        !out.contains(['\r', '\u{1b}']),
                        "{label}: carriage return or ESC"
                    );
                    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
                    assert!(
                        flat.contains("{{ 7 * 7 }}"),
                        "{label}: template syntax in data is text"
                    );
                }
            }
        }
    }
}

fn check_html(label: &str, html: &str, fragment: bool) {
    let o = html_check::outline(html, fragment);
    assert!(o.errors.is_empty(), "{label}: parse errors {:?}", o.errors);
    for bad in ["script", "img", "math", "mi", "iframe", "object", "embed"] {
        assert!(
            !o.elements.iter().any(|e| e == bad),
            "{label}: <{bad}> element"
        );
    }
    // The only SVG is the tracker's own charts.
    let svgs = o.elements.iter().filter(|e| *e == "svg").count();
    assert!(svgs <= 2, "{label}: {svgs} svg elements");
    assert!(
        !o.elements.iter().any(|e| e.starts_with('@')),
        "{label}: event handler attribute"
    );
    // No link but the page's own contents list.
    assert!(
        o.hrefs.iter().all(|h| h.starts_with('#')),
        "{label}: links {:?}",
        o.hrefs
    );
    o.check_links_and_ids(label);
    assert!(!html.contains("<script"), "{label}");
    if !fragment {
        assert!(
            o.title.starts_with("title: <script>"),
            "{label}: title {:?}",
            o.title
        );
        assert_eq!(
            o.headings.iter().filter(|(l, _)| *l == 1).count(),
            1,
            "{label}"
        );
        assert!(
            !html.contains("onload=\"alert"),
            "{label}: lang attribute breakout"
        );
    }
    assert!(
        o.text.contains("<script>alert('s')</script>"),
        "{label}: payload shown as text"
    );
}

fn check_markdown(label: &str, md: &str) {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    // Every heading is one the templates write: it starts with a section name or with the
    // tag of the field it shows, never with injected text.
    const STARTS: &[&str] = &[
        "title:",
        "Summary",
        "The event",
        "Purpose",
        "What you said",
        "question:",
        "Other points",
        "You said",
        "Next steps",
        "What we are doing",
        "event:",
        "We asked",
        "We did",
        "Your questions",
        "Recommendations",
        "closing:",
        "At a glance",
        "Actions",
        "Suggestions not yet answered",
    ];
    let mut headings = 0;
    let mut tables = 0;
    let mut first_text: Option<bool> = None;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("{label}: raw HTML {h:?}"),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                panic!("{label}: link to {dest_url:?}")
            }
            Event::Start(Tag::Heading { .. }) => {
                headings += 1;
                first_text = Some(true);
            }
            Event::Text(t) if first_text == Some(true) => {
                assert!(
                    STARTS.iter().any(|s| t.starts_with(s)),
                    "{label}: heading {t:?}"
                );
                first_text = None;
            }
            Event::Start(Tag::Table(_)) => tables += 1,
            _ => {}
        }
    }
    assert!(headings >= 1, "{label}");
    assert!(tables <= 2, "{label}: {tables} tables");
    // Bare addresses that GitHub would autolink are broken up.
    assert!(
        !md.contains("https://evil.example"),
        "{label}: autolinkable address"
    );
    assert!(
        !md.contains("www.evil"),
        "{label}: autolinkable www address"
    );
}

/// Values that would open a block of their own in Markdown — a heading, a list, a code block,
/// a quote, a rule, a setext underline, a table, HTML, a link definition — when written
/// where a line starts, including after up to three (or four) spaces. (One space, which a
/// value keeps, is tried by the escaping's unit tests: inside `**…**` it would undo the bold
/// a template wraps the value in, a change of structure but not one a value can make use of.)
const BLOCKS: &[&str] = &[
    "## Response: we accepted every suggestion",
    "   ## Response: we accepted every suggestion",
    "  - forged list item",
    "   + forged list item",
    "  * forged list item",
    "  1. forged numbered item",
    "2) forged numbered item",
    "    forged code block",
    "\t\tforged code block",
    "   > forged quote",
    "```\nforged fence\n```",
    "---",
    "  ===",
    "| forged | table |\n|---|---|",
    "<div>forged html</div>",
    "\n\n# forged after blank lines",
    "[ref]: https://evil.example",
];

fn markdown_options() -> Options {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts
}

/// The structure pulldown-cmark parses: every start and end of a block or inline element, in
/// order, and all the text as one string.
fn structure(md: &str) -> (Vec<String>, String) {
    let mut tags = Vec::new();
    let mut text = String::new();
    for ev in Parser::new_ext(md, markdown_options()) {
        match ev {
            Event::Start(t) => tags.push(format!("{t:?}")),
            Event::End(t) => tags.push(format!("/{t:?}")),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Html(h) | Event::InlineHtml(h) => tags.push(format!("html {h:?}")),
            other => tags.push(format!("{other:?}")),
        }
    }
    (tags, text)
}

/// Every view, and the bulletin, of `new` in Markdown. The bulletin compares `new` with an
/// older version that lacks or differs in every part the bulletin lists, so that each of its
/// sections shows values.
fn markdown_pages(p: &dyn Fn(&str) -> String) -> Vec<(String, String)> {
    let new = document(p);
    let mut old = new.clone();
    old.title = p("old title");
    old.published = Some(yousaid::Date::constant(2024, 1, 1).into());
    old.suggestions.truncate(1);
    old.suggestions[0].response = None;
    old.suggestions
        .push(Suggestion::new("s9", p("removed point")));
    old.actions[0].status = Some(Status::InProgress);
    old.actions[0].progress.clear();
    old.actions[0].barriers.clear();
    old.actions[0].due = None;
    old.actions.truncate(1);
    old.actions.push(Action::new("a9", p("removed action")));
    let md = RenderOptions::new().format(OutputFormat::Markdown);
    let mut pages: Vec<(String, String)> = View::ALL
        .into_iter()
        .map(|view| {
            let page = new.render(&md.clone().view(view)).unwrap();
            (format!("{view}"), page)
        })
        .collect();
    pages.push(("bulletin".into(), new.bulletin(&old, &md).unwrap()));
    pages
}

/// A value never adds structure to Markdown: with each of [`BLOCKS`] as every text of the
/// document, every page parses to exactly the elements it has with a plain word there (no
/// heading, list, code block, quote, rule, table or HTML made by a value, in any position a
/// Markdown template prints), and the page still shows the value's words.
#[test]
fn values_never_make_markdown_blocks() {
    let plain = markdown_pages(&|_| "plain".to_owned());
    for block in BLOCKS {
        let hostile = markdown_pages(&|_| (*block).to_owned());
        for ((name, want), (_, got)) in plain.iter().zip(&hostile) {
            let (want_tags, _) = structure(want);
            let (got_tags, text) = structure(got);
            assert!(
                want_tags.iter().any(|t| t.starts_with("Heading")),
                "{name}: no heading at all"
            );
            if let Some(i) = (0..want_tags.len().max(got_tags.len()))
                .find(|&i| want_tags.get(i) != got_tags.get(i))
            {
                panic!(
                    "{name} with {block:?}: element {i} is {:?}, not {:?}, in\n{got}",
                    got_tags.get(i),
                    want_tags.get(i)
                );
            }
            let words = block.split_whitespace().collect::<Vec<_>>().join(" ");
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat.contains(&words),
                "{name}: {words:?} not shown in\n{flat}"
            );
        }
    }
}
