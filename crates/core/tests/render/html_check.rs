//! Parses rendered HTML with html5ever (a browser-grade HTML5 parser) and checks its structure.

use html5ever::tendril::TendrilSink;
use html5ever::tokenizer::TokenizerOpts;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// What the checks found in one document.
#[derive(Debug, Default)]
pub struct Outline {
    pub errors: Vec<String>,
    pub headings: Vec<(u8, String)>,
    pub elements: Vec<String>,
    pub tables: usize,
    pub captions: usize,
    pub th_without_scope: usize,
    pub hrefs: Vec<String>,
    pub ids: Vec<String>,
    pub title: String,
    pub lang: Option<String>,
    pub text: String,
}

fn text_of(h: &Handle, out: &mut String) {
    match &h.data {
        NodeData::Text { contents } => out.push_str(&contents.borrow()),
        _ => {
            for c in h.children.borrow().iter() {
                text_of(c, out);
            }
        }
    }
}

fn walk(h: &Handle, o: &mut Outline) {
    if let NodeData::Element { name, attrs, .. } = &h.data {
        let tag = name.local.to_string();
        let attr = |n: &str| {
            attrs
                .borrow()
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        match tag.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let mut t = String::new();
                text_of(h, &mut t);
                o.headings.push((tag.as_bytes()[1] - b'0', t));
            }
            "table" => o.tables += 1,
            "caption" => o.captions += 1,
            "th" if attr("scope").is_none() => o.th_without_scope += 1,
            "title" => text_of(h, &mut o.title),
            "html" => o.lang = attr("lang"),
            _ => {}
        }
        if let Some(href) = attr("href") {
            o.hrefs.push(href);
        }
        if let Some(id) = attr("id") {
            o.ids.push(id);
        }
        for a in attrs.borrow().iter() {
            if a.name.local.starts_with("on") {
                o.elements.push(format!("@{}", a.name.local));
            }
        }
        o.elements.push(tag);
    }
    for c in h.children.borrow().iter() {
        walk(c, o);
    }
}

impl Outline {
    /// Links are allowed addresses, or links within the page to an id it has; ids are unique.
    pub fn check_links_and_ids(&self, label: &str) {
        let mut ids: Vec<&str> = self.ids.iter().map(String::as_str).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(
            before,
            ids.len(),
            "{label}: an id is used twice: {:?}",
            self.ids
        );
        for href in &self.hrefs {
            match href.strip_prefix('#') {
                Some(id) => assert!(ids.contains(&id), "{label}: no id for {href:?}"),
                None => assert!(
                    yousaid::Url::new(href.as_str()).is_allowed(),
                    "{label}: href {href:?}"
                ),
            }
        }
    }
}

/// Parses a whole document (a fragment is wrapped in a minimal page first).
pub fn outline(html: &str, fragment: bool) -> Outline {
    let doc = if fragment {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><title>host page</title></head><body>{html}</body></html>"
        )
    } else {
        html.to_owned()
    };
    let opts = ParseOpts {
        tokenizer: TokenizerOpts {
            exact_errors: true,
            ..Default::default()
        },
        tree_builder: TreeBuilderOpts {
            exact_errors: true,
            ..Default::default()
        },
    };
    let dom = parse_document(RcDom::default(), opts).one(doc);
    let mut o = Outline {
        errors: dom.errors.borrow().iter().map(|e| e.to_string()).collect(),
        ..Default::default()
    };
    walk(&dom.document, &mut o);
    text_of(&dom.document, &mut o.text);
    o
}
