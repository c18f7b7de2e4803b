//! "We asked / You said / We did" blocks: the shape consultation sites (Citizen Space and
//! others) publish their outcomes in, one block per consultation, each part a label standing
//! alone ("We Asked", "You said", "We did:") followed by paragraphs and bullets.
//!
//! | in a block | becomes |
//! |---|---|
//! | "We asked" (or "What we asked") | opens a block; its first paragraph a [`Question`](crate::Question); the block's points answer it |
//! | further paragraphs and bullets under "We asked" | prose, kept in order (the report notes the first) |
//! | "You said" (or "What you said", "You told us") | each paragraph a point under the block's question; bullets nested under the paragraph before them |
//! | "We did" ("What we did", "We will", "Our response"…), after "We asked" or "You said" | each paragraph an [`Action`](crate::Action) that responds to the block's question, the "We asked" (to every top-level point of its "You said" when it has none); bullets sub-actions |
//! | a short line standing alone inside a block | a paragraph of the block, not a heading (noted in the report) |
//! | a paragraph wholly in square brackets (an editor's note) | prose |
//!
//! A block ends at the next "We asked", at a "You said" after its "We did" (a new block with no
//! question), at any other heading, or at the end. A label followed by
//! a colon and nothing else ("You said:") opens the same part once the line after it is read.
//! "You said: … We did: …" on one line is a point and the action answering it.
//!
//! ```
//! # use yousaid::import::{import_outline, ImportOptions};
//! let text = "We asked\n\nHow should the park be used?\n\nYou said\n\nMore benches.\n\n\
//!             Fewer events.\n\nWe did\n\nWe put in benches.\n";
//! let s = import_outline(text, &ImportOptions::default())?.summary;
//! assert_eq!(s.questions[0].text, "How should the park be used?");
//! assert_eq!(s.suggestions.len(), 2);
//! assert_eq!(s.suggestions[1].question.as_deref(), Some("q1"));
//! // One "We did" for the block: it answers the question, and the points with it.
//! assert_eq!(s.actions[0].responds_to[0].question.as_deref(), Some("q1"));
//! assert!(s.answer_of("s2").is_some());
//! # Ok::<(), yousaid::Error>(())
//! ```

use super::{Builder, Item, Label, Scoped, Section, key, label};
use crate::action::{Answer, Coverage};
use crate::id::Id;
use crate::import::RecognisedAs;
use crate::suggestion::SuggestionKind;

/// A part of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// "We asked".
    Asked,
    /// "You said".
    Said,
    /// "We did".
    Did,
}

impl From<Label> for Part {
    fn from(label: Label) -> Part {
        match label {
            Label::WeAsked => Part::Asked,
            Label::YouSaid => Part::Said,
            Label::WeDid => Part::Did,
        }
    }
}

/// The block being read.
#[derive(Debug, Clone)]
pub(super) struct Block {
    part: Part,
    /// The question its "We asked" became.
    question: Option<Id>,
    /// How many top-level points there were when "You said" began.
    said_from: usize,
    /// Whether the report has noted the prose under "We asked".
    noted: bool,
    /// Whether the report has noted that its "You said" has too many points to answer each.
    noted_many: bool,
}

/// The part a line standing alone names: "We Asked", "You said:", "What we did".
pub(super) fn part(text: &str) -> Option<Part> {
    match key(text).as_str() {
        "we asked" | "what we asked" | "we asked you" => Some(Part::Asked),
        "you said" | "what you said" | "you told us" | "what you told us" => Some(Part::Said),
        "we did" | "what we did" | "what we have done" | "we have done" | "we will"
        | "what we will do" | "what we are doing" | "our response" => Some(Part::Did),
        _ => None,
    }
}

/// A paragraph wholly in square brackets: an editor's note ("[image]"), not the document's.
pub(super) fn bracketed(text: &str) -> bool {
    text.starts_with('[') && text.ends_with(']')
}

/// "You said: … We did: …" on one line: the point's text and the answer's. The answer's label
/// must follow the end of a sentence or a `/` or `|`.
pub(super) fn split_pair(text: &str) -> Option<(&str, &str)> {
    // ASCII lower case keeps every byte where it was.
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower.get(from..)?.find("we did").map(|i| from + i) {
        from = i + 1;
        let start = if lower[..i].ends_with("what ") {
            i - 5
        } else {
            i
        };
        let raw = text[..start].trim_end();
        let before = raw.trim_end_matches(['/', '|']).trim_end();
        if before.is_empty() || !(before.len() < raw.len() || super::ends_sentence(before)) {
            continue;
        }
        if let Some((Label::WeDid, rest)) = label(&text[start..])
            && !rest.is_empty()
        {
            return Some((before, rest));
        }
    }
    None
}

impl Builder {
    /// A heading that is a part of a block: opens or continues the block and returns `true`.
    /// "We did" without a block before it is left to the heading reader (an actions section).
    pub(super) fn block_heading(&mut self, item: &Item<'_>) -> bool {
        let Some(part) = part(&item.text) else {
            return false;
        };
        if part == Part::Did && self.block.is_none() {
            return false;
        }
        self.open_part(part);
        self.recognise(item, RecognisedAs::Heading, None);
        true
    }

    /// Starts a part of a block: "We asked" a new block, "You said" a new one unless it
    /// follows "We asked", "We did" the same block.
    pub(super) fn open_part(&mut self, part: Part) {
        self.points.clear();
        self.actions.clear();
        self.theme = None;
        let continues = match (&self.block, part) {
            (Some(b), Part::Said) => b.part == Part::Asked,
            (Some(_), Part::Did) => true,
            _ => false,
        };
        // A new block is a new consultation: the question before it is not its own.
        if part == Part::Asked || (part == Part::Said && !continues && self.block.is_some()) {
            self.question = None;
        }
        let points = self.summary.suggestions.len();
        let mut block = match self.block.take() {
            Some(block) if continues => block,
            _ => Block {
                part,
                question: None,
                said_from: points,
                noted: false,
                noted_many: false,
            },
        };
        if part == Part::Said {
            block.said_from = points;
        }
        block.part = part;
        self.block = Some(block);
        self.section = if part == Part::Did {
            Section::Actions
        } else {
            Section::Points
        };
    }

    /// Whether a short line standing alone is read as a paragraph of the open block rather than
    /// a heading: every line but a part's label, a heading of a kind of its own ("Thank you",
    /// "Table 1") and a title naming the parts ("We asked, you said, we did").
    pub(super) fn block_keeps(&mut self, item: &Item<'_>) -> bool {
        let k = key(&item.text);
        if self.block.is_none()
            || part(&item.text).is_some()
            || (k.contains("you said") && k.contains("we did"))
            || super::heading_kind(&item.text) != super::HeadingKind::Generic
        {
            return false;
        }
        self.ambiguous(
            &item.at,
            &item.text,
            "a short line standing alone inside a \"We asked / You said / We did\" block: read \
             as a paragraph of the block, not as a heading",
        );
        true
    }

    /// A paragraph inside a block. Returns `false` when no block is open.
    pub(super) fn block_text(&mut self, item: &Item<'_>) -> bool {
        let Some(block) = self.block.as_ref() else {
            return false;
        };
        if bracketed(&item.text) {
            self.prose(item);
            return true;
        }
        match block.part {
            Part::Asked if block.question.is_none() => {
                let id = self.question_id(&item.text);
                self.question = Some(Scoped {
                    id: id.clone(),
                    level: self.section_level.saturating_add(1),
                    heading: false,
                });
                if let Some(b) = self.block.as_mut() {
                    b.question = Some(id.clone());
                }
                self.recognise(item, RecognisedAs::Question, Some(&id));
            }
            Part::Asked => self.asked_more(item),
            Part::Said => {
                let kind = if super::is_commitment(&item.text) {
                    SuggestionKind::Commitment
                } else {
                    SuggestionKind::Suggestion
                };
                let id = self.add_point(Some(0), item.text.clone(), |_| kind);
                self.last_point = Some(id.clone());
                self.recognise(item, RecognisedAs::Point, Some(&id));
            }
            Part::Did => {
                let id = self.add_action(Some(0), &item.text, None);
                let as_ = self.answer_block(&id, item);
                self.recognise(item, as_, Some(&id));
            }
        }
        true
    }

    /// A bullet inside a block's "We asked" (prose) or "We did" (an action, answering the
    /// block when it is not under a paragraph). Returns `false` for the rest.
    pub(super) fn block_bullet(&mut self, item: &Item<'_>, indent: usize) -> bool {
        match self.block.as_ref().map(|b| b.part) {
            Some(Part::Asked) => {
                self.asked_more(item);
                true
            }
            Some(Part::Did) => {
                let id = self.add_action(Some(indent), &item.text, None);
                let as_ = if self.actions.len() == 1 {
                    self.answer_block(&id, item)
                } else {
                    super::action_as(&item.text)
                };
                self.recognise(item, as_, Some(&id));
                true
            }
            _ => false,
        }
    }

    /// Prose under "We asked" after the question: kept as prose, noted once a block.
    fn asked_more(&mut self, item: &Item<'_>) {
        if let Some(b) = self.block.as_mut()
            && !b.noted
        {
            b.noted = true;
            self.ambiguous(
                &item.at,
                &item.text,
                "under \"We asked\", after the paragraph read as the question: this and the \
                 lines after it are kept as prose of the introduction, in order",
            );
        }
        self.prose(item);
    }

    /// The answers an action of the open block gives: to its question, the "We asked" (one
    /// "We did" for the whole block, as the sources mean it), or when it has none to each
    /// top-level point of its "You said" (up to [`MAX_ANSWERED_POINTS`]).
    fn block_answers(&self) -> Vec<Answer> {
        let Some(block) = self.block.as_ref() else {
            return Vec::new();
        };
        if let Some(q) = &block.question {
            return vec![Answer::to_question(q.clone()).coverage(Coverage::Full)];
        }
        let said = &self.summary.suggestions[block.said_from.min(self.summary.suggestions.len())..];
        if !said.is_empty() && said.len() <= MAX_ANSWERED_POINTS {
            return said
                .iter()
                .map(|s| Answer::to_suggestion(s.id.clone()).coverage(Coverage::Full))
                .collect();
        }
        if !said.is_empty() {
            return Vec::new();
        }
        // "We did:" with no block before it answers the point before it.
        self.last_point
            .iter()
            .map(|p| Answer::to_suggestion(p.clone()).coverage(Coverage::Full))
            .collect()
    }

    /// A paragraph kept as prose of the introduction.
    pub(super) fn prose(&mut self, item: &Item<'_>) {
        self.summary.introduction.push(item.text.clone());
        self.recognise(item, RecognisedAs::Prose, None);
    }

    /// Makes the top-level action just added (`id`, from `item`) answer the open block; says
    /// what the line became.
    fn answer_block(&mut self, id: &Id, item: &Item<'_>) -> RecognisedAs {
        let answers = self.block_answers();
        if let Some(block) = self.block.as_mut()
            && !block.noted_many
            && block.question.is_none()
            && self
                .summary
                .suggestions
                .len()
                .saturating_sub(block.said_from)
                > MAX_ANSWERED_POINTS
        {
            block.noted_many = true;
            self.ambiguous(
                &item.at,
                &item.text,
                "a \"You said\" with no \"We asked\" before it, of more points than one action \
                 can sensibly answer each of: the actions of this block answer none of them",
            );
        }
        match self.summary.actions.last_mut() {
            Some(action) if &action.id == id && !answers.is_empty() => {
                action.responds_to = answers;
                RecognisedAs::Response
            }
            _ => super::action_as(&item.text),
        }
    }
}

/// The most points of a block's "You said" with no question that each of its actions answers
/// one by one; a block with more answers none of them (an action answering every one of
/// thousands of points would make the summary grow with their product).
const MAX_ANSWERED_POINTS: usize = 50;

#[cfg(test)]
mod tests {
    use crate::import::{ImportOptions, Imported, RecognisedAs, import_outline};

    fn import(text: &str) -> Imported {
        import_outline(text, &ImportOptions::default()).unwrap()
    }

    fn answers(i: &Imported, action: usize) -> Vec<&str> {
        i.summary.actions[action]
            .responds_to
            .iter()
            .filter_map(|a| a.suggestion.as_deref())
            .collect()
    }

    fn questions_answered(i: &Imported, action: usize) -> Vec<&str> {
        i.summary.actions[action]
            .responds_to
            .iter()
            .filter_map(|a| a.question.as_deref())
            .collect()
    }

    #[test]
    fn labels_with_a_colon_open_blocks_of_several_paragraphs() {
        let i = import(
            "We asked:\nHow should we spend the budget?\n\nYou said:\nMore buses.\n\n\
             Cheaper fares.\n\nWe did:\nWe added a route.\n\nWe froze fares.\n",
        );
        let s = &i.summary;
        assert_eq!(s.questions[0].text, "How should we spend the budget?");
        let points: Vec<_> = s
            .suggestions
            .iter()
            .map(|p| (p.text.as_str(), p.question.as_deref()))
            .collect();
        assert_eq!(
            points,
            [("More buses.", Some("q1")), ("Cheaper fares.", Some("q1"))]
        );
        assert_eq!(s.actions.len(), 2);
        // One "We did" for the whole block: each action answers the question, and the points
        // are answered with it.
        assert_eq!(questions_answered(&i, 0), ["q1"]);
        assert_eq!(questions_answered(&i, 1), ["q1"]);
        assert!(answers(&i, 0).is_empty());
        assert!(s.answer_of("s2").is_some());
        // Each label's line is recognised as what the line after it became.
        let as_: Vec<_> = i.report.recognised.iter().map(|r| r.as_).collect();
        assert_eq!(
            as_,
            [
                RecognisedAs::Question,
                RecognisedAs::Question,
                RecognisedAs::Point,
                RecognisedAs::Point,
                RecognisedAs::Point,
                RecognisedAs::Response,
                RecognisedAs::Response,
                RecognisedAs::Response,
            ]
        );
        assert!(i.report.not_used.is_empty() && i.report.ambiguous.is_empty());
    }

    #[test]
    fn a_pair_on_one_line_is_a_point_and_its_answer() {
        let i = import("You said: “Bins are late.” We did: new rota.");
        assert_eq!(i.summary.suggestions[0].text, "“Bins are late.”");
        assert_eq!(i.summary.actions[0].title, "new rota.");
        for line in [
            "You said: the bins are emptied late. We did: we changed the rota.",
            "You said: the bins are emptied late. / What we did: we changed the rota.",
        ] {
            let i = import(line);
            let s = &i.summary;
            assert_eq!(
                s.suggestions[0].text, "the bins are emptied late.",
                "{line}"
            );
            assert_eq!(s.actions[0].title, "we changed the rota.");
            assert_eq!(answers(&i, 0), ["s1"]);
            assert_eq!(i.report.recognised.len(), 1);
        }
        // "we did" inside the point's own words is not a label.
        let i = import("You said: what we did was not enough.");
        assert_eq!(i.summary.suggestions[0].text, "what we did was not enough.");
        assert!(i.summary.actions.is_empty());
    }

    #[test]
    fn pairs_under_ward_headings_take_the_ward_as_their_theme() {
        let i = import(
            "December 2017\n\nWard 5\n\nYou said: Too noisy at night\nWe did: Quiet hours\n\n\
             Ward 6\n\nYou said: Cold food\nWe did: New trolleys\n",
        );
        let s = &i.summary;
        assert_eq!(s.title, "December 2017");
        let themes: Vec<_> = s.suggestions.iter().map(|p| p.themes.clone()).collect();
        assert_eq!(themes, [vec!["ward-5"], vec!["ward-6"]]);
        assert_eq!(answers(&i, 1), ["s2"]);
    }

    #[test]
    fn each_block_answers_its_own_points() {
        let i = import(
            "Outcomes\n\nWe asked\n\nFirst question\n\nYou said\n\nOne.\n\nWe did\n\nA.\n\n\
             You said\n\nTwo.\n\nThree.\n\nWe did\n\nB.\n\nThank you\n\nThanks to all who \
             took part.\n",
        );
        let s = &i.summary;
        assert_eq!(questions_answered(&i, 0), ["q1"]);
        // The second block has no question: its action answers its points.
        assert_eq!(answers(&i, 1), ["s2", "s3"]);
        // The second block has no "We asked": its points answer no question.
        assert_eq!(s.suggestions[0].question.as_deref(), Some("q1"));
        assert_eq!(s.suggestions[1].question, None);
        // A closing heading ends the block.
        let closing = s.closing.as_ref().unwrap();
        assert_eq!(closing.paragraphs, ["Thanks to all who took part."]);
    }

    #[test]
    fn a_you_said_of_many_points_is_answered_through_its_question() {
        let mut text = String::from("We asked\n\nWhat should change?\n\nYou said\n\n");
        for n in 0..60 {
            text.push_str(&format!("- point {n}\n"));
        }
        text.push_str("\nWe did\n\nWe changed it.\n\nAnd more.\n");
        let i = import(&text);
        let a = &i.summary.actions;
        assert_eq!(a.len(), 2);
        assert!(a.iter().all(
            |a| a.responds_to.len() == 1 && a.responds_to[0].question.as_deref() == Some("q1")
        ));
        assert!(i.report.ambiguous.is_empty());
        // Without a question, an action answering each of 60 points would be guesswork: it
        // answers none, and the report says so.
        let text = text.replacen("We asked\n\nWhat should change?\n\n", "", 1);
        let i = import(&text);
        assert!(i.summary.actions.iter().all(|a| a.responds_to.is_empty()));
        assert_eq!(i.report.ambiguous.len(), 1);
    }

    #[test]
    fn markdown_headings_make_blocks_too() {
        let i = crate::import::import_markdown(
            "# Outcomes\n\n## We asked\n\nHow should the park be used?\n\n## You said\n\n\
             - More benches\n- Fewer events\n\n## We did\n\nWe put in benches.\n",
            &ImportOptions::default(),
        )
        .unwrap();
        let s = &i.summary;
        assert_eq!(s.title, "Outcomes");
        assert_eq!(s.suggestions[1].question.as_deref(), Some("q1"));
        assert_eq!(questions_answered(&i, 0), ["q1"]);
        assert!(s.themes.is_empty());
    }

    #[test]
    fn we_did_without_a_block_is_an_actions_section_as_before() {
        let i = import("Notes\n\nWe did\n\n- Fixed the lift\n");
        assert_eq!(i.summary.actions[0].title, "Fixed the lift");
        assert!(i.summary.actions[0].responds_to.is_empty());
    }
}
