//! Forum items: a bulleted point (often a question a student, a patient or a resident asked),
//! then an unlabelled paragraph answering it, then the next point, as feedback forums and
//! "you asked, we answered" pages publish them.
//!
//! A paragraph right after a bulleted point is read as the answer to that point (an
//! [`Action`](crate::Action) that responds to it) when single points and paragraphs alternate:
//! the point stands alone (the item before it is not a bullet), the paragraph reads as a
//! sentence (not as a short line that could be a heading, "Table 2"), and it is followed by
//! another bullet or comes after an answer in the same run. A run must hold at least two
//! answers: a lone paragraph between two points is read as prose after all. Every answer read
//! this way is listed in [`ImportReport::ambiguous`](crate::import::ImportReport::ambiguous),
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
    /// The point the item before became, when it was a bullet read as a point standing alone.
    after: Option<Id>,
    /// Whether the item before was a bullet.
    bullet_before: bool,
    /// Answers read in the current run.
    answered: usize,
    /// The run's first answer, until a second one confirms the run.
    first: Option<Lone>,
}

/// An answer that is the only one of its run so far, kept so that it can be made prose again.
#[derive(Debug, Clone)]
struct Lone {
    action: Id,
    /// The index of its first entry in the report's `recognised`, and how many it has.
    recognised: (usize, usize),
    /// The index of its note in the report's `ambiguous`.
    note: usize,
    text: String,
}

impl Builder {
    /// Reads `item` as the answer to the point before it, if it is one; returns whether it
    /// did.
    pub(super) fn forum_answer(&mut self, item: &Item<'_>, next: Option<&Item<'_>>) -> bool {
        let is_bullet = matches!(item.form, Form::Bullet(_));
        let Some(point) = self.forum.after.clone() else {
            if !is_bullet {
                self.forum_lone_is_prose();
            }
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
            if !is_bullet {
                self.forum_lone_is_prose();
            }
            return false;
        }
        let before = self.report.recognised.len();
        let id = self.add_action(None, text, Some(&point));
        self.forum.answered += 1;
        let note = self.report.ambiguous.len();
        self.ambiguous(
            &item.at,
            text,
            "a paragraph right after a bulleted point, where single points and paragraphs \
             alternate: read as the answer to the point (an action responding to it), not as \
             prose",
        );
        self.recognise(item, RecognisedAs::Response, Some(&id));
        self.forum.first = (self.forum.answered == 1).then(|| Lone {
            action: id,
            recognised: (before, self.report.recognised.len() - before),
            note,
            text: text.clone(),
        });
        true
    }

    /// Notes what the item just read became: `first` is the index of its first entry in the
    /// report, `bullet` whether it was a bullet, `answer` whether it was read as an answer.
    pub(super) fn forum_after(&mut self, first: usize, bullet: bool, answer: bool) {
        let point = self
            .report
            .recognised
            .get(first)
            .filter(|r| bullet && !self.forum.bullet_before && r.as_ == RecognisedAs::Point)
            .and_then(|r| r.id.clone());
        if point.is_none() && !answer {
            self.forum_lone_is_prose();
            self.forum.answered = 0;
        }
        self.forum.after = point;
        self.forum.bullet_before = bullet;
    }

    /// The run ended with one answer only: that paragraph is prose after all (when nothing
    /// was made after its action, which is then the last).
    pub(super) fn forum_lone_is_prose(&mut self) {
        let Some(lone) = self.forum.first.take() else {
            return;
        };
        if self.forum.answered != 1
            || self
                .summary
                .actions
                .last()
                .is_none_or(|a| a.id != lone.action)
        {
            return;
        }
        self.summary.actions.pop();
        self.actions.clear();
        let (from, n) = lone.recognised;
        for r in self.report.recognised.iter_mut().skip(from).take(n) {
            r.as_ = RecognisedAs::Prose;
            r.id = None;
        }
        if lone.note < self.report.ambiguous.len() {
            self.report.ambiguous.remove(lone.note);
        }
        self.summary.introduction.push(lone.text);
        self.forum.answered = 0;
    }
}

#[cfg(test)]
mod tests {
    use crate::import::{ImportOptions, import_outline};

    fn import(text: &str) -> crate::import::Imported {
        import_outline(text, &ImportOptions::default()).unwrap()
    }

    #[test]
    fn a_paragraph_between_two_lists_is_prose() {
        let i = import(
            "Notes\n\n- More buses\n- Cheaper fares\n\nThe group then discussed parking at length.\n\n- Later trains\n",
        );
        assert!(i.summary.actions.is_empty());
        assert_eq!(
            i.summary.introduction,
            ["The group then discussed parking at length."]
        );
        assert!(i.report.ambiguous.is_empty());
    }

    #[test]
    fn a_lone_paragraph_between_two_single_points_is_prose_after_all() {
        let i = import(
            "Notes\n\n- More buses\n\nThe group then discussed parking at length.\n\n- Later trains\n\nNext meeting\n",
        );
        assert!(i.summary.actions.is_empty());
        assert_eq!(
            i.summary.introduction,
            ["The group then discussed parking at length."]
        );
        assert!(i.report.ambiguous.is_empty());
        assert!(
            i.report
                .recognised
                .iter()
                .all(|r| r.as_ != crate::import::RecognisedAs::Response)
        );
        // At the end of the input too.
        let i = import(
            "Notes\n\n- More buses\n\nThe group then discussed parking at length.\n\n- Later trains\n",
        );
        assert!(i.summary.actions.is_empty());
    }

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
