//! Building a summary in code: [`SummaryBuilder`], validated on [`SummaryBuilder::build`].
//!
//! The parts ([`Engagement`], [`Suggestion`], [`Action`], …) have their own chainable constructors;
//! the builder puts them together.

use crate::action::Action;
use crate::actor::Actor;
use crate::date::PartialDate;
use crate::engagement::Engagement;
use crate::error::Error;
use crate::question::{Question, Theme};
use crate::suggestion::Suggestion;
use crate::summary::{Closing, Contact, DocumentContext, Plan, PurposeList, Summary, Translation};

/// Builds a [`Summary`] step by step.
///
/// ```
/// use yousaid::{Summary, Question, Suggestion, Action, Coverage, Response, Stance, Actor, ActorKind};
/// let summary = Summary::builder("Library consultation: what you told us")
///     .owner(Actor::new("Riverside Council").kind(ActorKind::Body))
///     .question(Question::new("q1", "What would make the library better?"))
///     .suggestion(
///         Suggestion::new("s1", "Open on Sundays")
///             .question("q1")
///             .response(Response::new(Stance::Accepted, "We will open on Sundays from May.")),
///     )
///     .action(Action::new("a1", "Open on Sundays").responds_to("s1", Coverage::Full))
///     .build()?;
/// assert_eq!(summary.suggestions.len(), 1);
/// # Ok::<(), yousaid::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct SummaryBuilder {
    summary: Summary,
}

impl Summary {
    /// Starts building a summary with a title.
    pub fn builder(title: impl Into<String>) -> SummaryBuilder {
        SummaryBuilder {
            summary: Summary::new(title),
        }
    }
}

impl SummaryBuilder {
    /// Sets the accountable owner (default: none).
    pub fn owner(mut self, owner: Actor) -> Self {
        self.summary.owner = Some(owner);
        self
    }

    /// Sets the publishing organisation (default: none).
    pub fn publisher(mut self, publisher: impl Into<String>) -> Self {
        self.summary.publisher = Some(publisher.into());
        self
    }

    /// Sets the publication date, an exact [`Date`](crate::Date) or a [`PartialDate`]
    /// (default: none).
    pub fn published(mut self, date: impl Into<PartialDate>) -> Self {
        self.summary.published = Some(date.into());
        self
    }

    /// Sets the language tag (default: none, read as `en-GB`).
    pub fn language(mut self, tag: impl Into<String>) -> Self {
        self.summary.language = Some(tag.into());
        self
    }

    /// Adds another language version of the summary.
    pub fn translation(mut self, translation: Translation) -> Self {
        self.summary.translations.push(translation);
        self
    }

    /// Sets the larger document the summary is part of (default: none).
    pub fn part_of(mut self, context: DocumentContext) -> Self {
        self.summary.part_of = Some(context);
        self
    }

    /// Sets how to get in touch (default: none).
    pub fn contact(mut self, contact: Contact) -> Self {
        self.summary.contact = Some(contact);
        self
    }

    /// Adds an opening paragraph.
    pub fn introduction(mut self, paragraph: impl Into<String>) -> Self {
        self.summary.introduction.push(paragraph.into());
        self
    }

    /// Adds a list of purposes.
    pub fn purposes(mut self, list: PurposeList) -> Self {
        self.summary.purposes.push(list);
        self
    }

    /// Sets the plan served (default: none).
    pub fn plan(mut self, plan: Plan) -> Self {
        self.summary.plan = Some(plan);
        self
    }

    /// Adds an engagement.
    pub fn engagement(mut self, engagement: Engagement) -> Self {
        self.summary.engagements.push(engagement);
        self
    }

    /// Adds a question.
    pub fn question(mut self, question: Question) -> Self {
        self.summary.questions.push(question);
        self
    }

    /// Adds a theme.
    pub fn theme(mut self, theme: Theme) -> Self {
        self.summary.themes.push(theme);
        self
    }

    /// Adds a suggestion.
    pub fn suggestion(mut self, suggestion: Suggestion) -> Self {
        self.summary.suggestions.push(suggestion);
        self
    }

    /// Adds an action.
    pub fn action(mut self, action: Action) -> Self {
        self.summary.actions.push(action);
        self
    }

    /// Sets the closing words (default: none).
    pub fn closing(mut self, closing: Closing) -> Self {
        self.summary.closing = Some(closing);
        self
    }

    /// Sets the copyright line (default: none).
    pub fn copyright(mut self, line: impl Into<String>) -> Self {
        self.summary.copyright = Some(line.into());
        self
    }

    /// Sets the licence (default: none).
    pub fn licence(mut self, licence: impl Into<String>) -> Self {
        self.summary.licence = Some(licence.into());
        self
    }

    /// Validates and returns the summary. Fails with
    /// [`ErrorKind::Invalid`](crate::ErrorKind::Invalid), carrying every problem, when
    /// validation finds errors; warnings do not fail the build.
    ///
    /// ```
    /// # use yousaid::{Summary, Action, ErrorKind};
    /// let err = Summary::builder("t")
    ///     .action(Action::new("a1", "A").depends_on("a1"))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Invalid);
    /// assert_eq!(err.problems()[0].code.as_str(), "dependency-cycle");
    /// ```
    pub fn build(self) -> Result<Summary, Error> {
        self.summary.validate().into_result()?;
        Ok(self.summary)
    }

    /// Returns the summary without validating it.
    pub fn build_unchecked(self) -> Summary {
        self.summary
    }
}
