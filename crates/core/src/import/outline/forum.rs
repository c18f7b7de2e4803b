//! Forum items: a bulleted point (often a question a student, a patient or a resident asked),
//! then an unlabelled paragraph answering it, then the next point, as feedback forums and
//! "you asked, we answered" pages publish them.
//!
//! A paragraph right after a bulleted point is read as the answer to that point (an
//! [`Action`](crate::Action) that responds to it) when the points and paragraphs alternate: the
//! paragraph is followed by another bullet, or an answer came just before in the same run; and
//! it reads as a sentence, not as a short line that could be a heading ("Table 2").
//! Every answer read this way is listed in [`ImportReport::ambiguous`](crate::import::ImportReport::ambiguous),
//! since it could also be prose. A paragraph ending in "?", a labelled line ("We did: …") and
//! anything inside a "We asked / You said / We did" block are read as usual.
//!
//! ```
//! # use yousaid::import::{import_outline, ImportOptions};
//! let text = "Forum\n\n  • Can we have a quiet room?\n\nYes, from May.\n\n  • Longer hours\n\n\
//!             Not this year.\n";
//! let i = import_outline(text, &ImportOptions::default())?;
//! let s = &i.summary;
//! assert_eq!(s.actions[1].title, "Not this year.");
//! assert_eq!(s.actions[1].responds_to[0].suggestion.as_deref(), Some("s2"));
//! assert_eq!(i.report.ambiguous.iter().filter(|a| a.note.contains("answer")).count(), 2);
//! # Ok::<(), yousaid::Error>(())
//! ```

use super::{Builder, Form, Item, Section, blocks::bracketed, is_copyright, label};
use crate::id::Id;
use crate::import::RecognisedAs;

/// What the items before the current one were, for reading answers.
#[derive(Debug, Clone, Default)]
pub(super) struct Forum {
    /// The point the item before became, when it was a bullet read as a point.
    after: Option<Id>,
    /// Answers read in the current run.
    answered: usize,
}

impl Builder {
    /// Reads `item` as the answer to the point before it, if it is one; returns whether it
    /// did.
    pub(super) fn forum_answer(&mut self, item: &Item<'_>, next: Option<&Item<'_>>) -> bool {
        let Some(point) = self.forum.after.clone() else {
            return false;
        };
        let text = &item.text;
        let plain_paragraph = match item.form {
            Form::Text(indent) => indent < 2 || self.flavour != super::Flavour::Plain,
            _ => false,
        };
        let alternating =
            next.is_some_and(|n| matches!(n.form, Form::Bullet(_))) || self.forum.answered > 0;
        if !plain_paragraph
            || !alternating
            || self.block.is_some()
            || self.pending.is_some()
            || self.section != Section::Points
            || text.ends_with('?')
            || super::heading_like(text, 12)
            || label(text).is_some()
            || is_copyright(text)
            || bracketed(text)
        {
            return false;
        }
        let id = self.add_action(None, text, Some(&point));
        self.forum.answered += 1;
        self.ambiguous(
            &item.at,
            text,
            "a paragraph right after a bulleted point, where points and paragraphs alternate: \
             read as the answer to the point (an action responding to it), not as prose",
        );
        self.recognise(item, RecognisedAs::Response, Some(&id));
        true
    }

    /// Notes what the item just read became: `first` is the index of its first entry in the
    /// report, `bullet` whether it was a bullet, `answer` whether it was read as an answer.
    pub(super) fn forum_after(&mut self, first: usize, bullet: bool, answer: bool) {
        let point = self
            .report
            .recognised
            .get(first)
            .filter(|r| bullet && r.as_ == RecognisedAs::Point)
            .and_then(|r| r.id.clone());
        if point.is_none() && !answer {
            self.forum.answered = 0;
        }
        self.forum.after = point;
    }
}

#[cfg(test)]
mod tests {
    use crate::import::{ImportOptions, import_outline};

    #[test]
    fn a_paragraph_after_a_list_is_prose_unless_the_two_alternate() {
        let i = import_outline(
            "Notes\n\n- More buses\n- Cheaper fares\n\nWe will write to the operator soon.\n\n\
             Next meeting\n",
            &ImportOptions::default(),
        )
        .unwrap();
        // Not followed by another bullet, no answer before it: read as usual (a commitment).
        assert!(i.summary.actions[0].responds_to.is_empty());
        assert!(i.report.ambiguous.is_empty());
    }
}
