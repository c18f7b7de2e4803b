//! Layouts: how the full view arranges a document, after the shape it was published in.
//!
//! Public bodies publish "you said, we did" in a few shapes, and a reader expects each to read
//! the way it was published. The full view has one [`Layout`] per shape; [`Layout::choose`]
//! picks it from what the document holds, and [`RenderOptions::layout`](super::RenderOptions::layout)
//! overrides the choice.
//!
//! ## The rule
//! Tried in this order, the first that fits wins:
//!
//! 1. **Recommendation tracker** — the document records no points, and every top-level action
//!    carries an item `number` or a `reference`.
//! 2. **Feedback log** — some engagement (at any depth) is a reporting `period` or a `unit` (a
//!    ward, a division): the page is grouped by place, or by period when it names no unit.
//! 3. **Forum questions and answers** — every top-level point is a `question` answered with a
//!    `response` of its own.
//! 4. **Consultation outcome** — some top-level engagement is a `consultation`: each reads as a
//!    "We asked / You said / We did" block.
//! 5. **Event summary** — anything else: the event, what was said question by question, and
//!    what is being done.
//!
//! ```
//! use yousaid::{Layout, Summary};
//! let s = Summary::from_json_str(r#"{"format": "yousaid/2", "title": "Rent",
//!     "engagements": [{"id": "c", "kind": "consultation", "title": "Rent 2024"}]}"#)?;
//! assert_eq!(Layout::choose(&s), Layout::Consultation);
//! assert_eq!("log".parse::<Layout>()?, Layout::Log);
//! # Ok::<(), yousaid::Error>(())
//! ```

use crate::engagement::EngagementKind;
use crate::{SuggestionKind, Summary};

/// How the full view arranges a document (see the [module documentation](self) for the rule
/// that chooses one). Named as the command line and the bindings name it, any case:
///
/// ```
/// # use yousaid::Layout;
/// assert_eq!("Forum".parse::<Layout>()?, Layout::Forum);
/// assert_eq!(Layout::Forum.to_string(), "forum");
/// assert_eq!("poster".parse::<Layout>().unwrap_err().code(), "invalid-argument");
/// # Ok::<(), yousaid::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One event (or a series): the event, what was said question by question, each point
    /// with its answer, then what is being done.
    #[default]
    Event,
    /// Consultation outcomes: one "We asked / You said / We did" block per consultation, kept
    /// together.
    Consultation,
    /// A rolling feedback log, grouped by place or unit (or by period when it names none).
    Log,
    /// A recommendation tracker: numbered items with owners and progress.
    Recommendations,
    /// Forum questions and answers: each question followed by its answer.
    Forum,
}

crate::names::names! {
    Layout, "layout" {
        Event => "event",
        Consultation => "consultation",
        Log => "log",
        Recommendations => "recommendations",
        Forum => "forum",
    }
}

impl Layout {
    /// The layout that fits what `summary` holds, by the rule in the
    /// [module documentation](self).
    pub fn choose(summary: &Summary) -> Layout {
        let numbered = |a: &crate::Action| a.number.is_some() || a.reference.is_some();
        if summary.suggestions.is_empty()
            && !summary.actions.is_empty()
            && summary.actions.iter().all(numbered)
        {
            return Layout::Recommendations;
        }
        if summary
            .all_engagements()
            .any(|(e, _)| matches!(e.kind, EngagementKind::Period | EngagementKind::Unit))
        {
            return Layout::Log;
        }
        if !summary.suggestions.is_empty()
            && summary
                .suggestions
                .iter()
                .all(|s| s.kind == SuggestionKind::Question && s.response.is_some())
        {
            return Layout::Forum;
        }
        if summary
            .engagements
            .iter()
            .any(|e| e.kind == EngagementKind::Consultation)
        {
            return Layout::Consultation;
        }
        Layout::Event
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str) -> Summary {
        let path = format!(
            "{}/../../examples/{name}/summary.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn every_example_gets_the_layout_of_its_shape() {
        let expected = [
            ("anglia-su-feedback-forum", Layout::Forum),
            ("buckinghamshire-we-asked", Layout::Consultation),
            ("cheshire-ccg-you-said-we-did", Layout::Event),
            ("cslondon-recommendations", Layout::Recommendations),
            ("edinburgh-we-asked", Layout::Consultation),
            ("enherts-you-said-we-did", Layout::Log),
            ("mkuh-you-said-we-did", Layout::Log),
            ("riverside-library-2025", Layout::Event),
            ("senedd-public-decides-cy", Layout::Consultation),
            ("senedd-public-decides-en", Layout::Consultation),
            ("swlondon-forums-2017", Layout::Event),
            ("west-mercia-consultations", Layout::Consultation),
            ("west-yorkshire-2014", Layout::Event),
            ("worcester-carers-2018", Layout::Event),
        ];
        let dir = format!("{}/../../examples", env!("CARGO_MANIFEST_DIR"));
        let mut bundled: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| {
                let e = e.ok()?;
                e.path()
                    .join("summary.json")
                    .exists()
                    .then(|| e.file_name().to_string_lossy().into_owned())
            })
            .collect();
        bundled.sort();
        let named: Vec<&str> = expected.iter().map(|(n, _)| *n).collect();
        assert_eq!(bundled, named, "every example has its expected layout here");
        for (name, layout) in expected {
            assert_eq!(Layout::choose(&example(name)), layout, "{name}");
        }
    }

    #[test]
    fn the_rule_goes_in_order() {
        let mut s = Summary::new("Empty");
        assert_eq!(Layout::choose(&s), Layout::Event);
        let mut a = crate::Action::new("r1", "Publish the plan");
        a.number = Some("1".into());
        s.actions.push(a);
        assert_eq!(Layout::choose(&s), Layout::Recommendations);
        // A point makes it something else.
        let mut q = crate::Suggestion::new("q1", "When will it open?");
        q.kind = SuggestionKind::Question;
        s.suggestions.push(q.clone());
        assert_eq!(Layout::choose(&s), Layout::Event);
        q.response = Some(Box::new(crate::Response::text_only("In May.")));
        s.suggestions = vec![q];
        assert_eq!(Layout::choose(&s), Layout::Forum);
    }

    #[test]
    fn names_round_trip() {
        for l in Layout::ALL {
            assert_eq!(l.as_str().parse::<Layout>().unwrap(), l);
            assert_eq!(l.to_string(), l.as_str());
        }
    }
}
