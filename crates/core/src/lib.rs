//! # yousaid
//!
//! "You said, we did" summaries: what a council, police and crime commissioner, NHS trust or
//! university publishes after a consultation or engagement event to show people what they said,
//! what is being done about it, and how far it has got.
//!
//! One model covers the whole chain — [`Engagement`] → [`Question`] → [`Suggestion`] ("you
//! said") → [`Response`] → [`Action`] ("we did") → [`ProgressEntry`] — in a portable JSON format
//! (`"format": "yousaid/2"`; `yousaid/1` documents are [migrated](mod@crate::migrate) on load) with a
//! published JSON Schema ([`json_schema`]).
//!
//! ```
//! use yousaid::{AnswerTarget, Summary};
//!
//! let json = r#"{
//!   "format": "yousaid/2",
//!   "title": "Increasing Awareness of Human Trafficking",
//!   "questions": [{"id": "q2", "text": "What specifically can the PCC do?"}],
//!   "suggestions": [{
//!     "id": "s1", "question": "q2",
//!     "text": "Circulate the Home Office booklet on data sharing around partners"
//!   }],
//!   "actions": [{
//!     "id": "a1", "owners": [{"name": "the Police and Crime Commissioner", "kind": "office"}],
//!     "title": "Circulate the Home Office booklet on data sharing to partners",
//!     "responds_to": [{"suggestion": "s1"}]
//!   }]
//! }"#;
//! let summary = Summary::from_json_str(json)?;
//! let report = summary.validate();
//! assert!(report.is_valid(), "{:?}", report.problems);
//! let answer = &summary.action("a1").unwrap().responds_to[0];
//! assert_eq!(answer.target(), Some(AnswerTarget::Suggestion(&"s1".into())));
//! # Ok::<(), yousaid::Error>(())
//! ```
//!
//! ## Map
//! - The model: [`summary`] (the document, its owner, purposes, plan, contact, translations,
//!   the larger document it is part of, stated counts, closing), [`engagement`] (events,
//!   consultations, series, periods and units, nesting: attendance, organisations,
//!   presentations, groups, responses received, channels, decisions), [`actor`] (people,
//!   offices and bodies with roles), [`figure`] (numbers as stated: qualified [`Count`]s,
//!   [`Amount`]s, [`Figure`]s with a base, a side and parts), [`decision`] (who decided what,
//!   when), [`question`] (questions and themes), [`suggestion`] (points, sub-points, quotes),
//!   [`response`] (answers to a point, question, theme or engagement, with an optional
//!   [`Stance`]), [`action`] (owners, typed links to what it answers, dates, [`Status`],
//!   barriers, dependencies, a timeline, sub-actions), [`progress`] (the dated log), [`date`]
//!   (exact and [`PartialDate`]s such as "spring 2015" or "early 2019"), [`link`] (http,
//!   https, mailto and tel only), [`id`] (the [`Id`]s items carry and refer to each other by).
//! - Reading and writing: [`load`] ([`Summary::from_json_str`], [`Summary::from_reader`],
//!   [`Summary::to_json_string`]); [`format`](mod@format) (the format tag and versions);
//!   [`migrate`](mod@migrate) (`yousaid/1` → `yousaid/2`, run by the loader).
//! - Checking: [`validate`] ([`Summary::validate`] returns a [`Report`] of every [`Problem`]);
//!   [`position`] places a problem's path at a line and column of the document's text.
//! - Building in code: [`builder`] ([`Summary::builder`]).
//! - Importing notes, tables and exports: [`import`] ([`import::import()`] reads a file into an
//!   [`Imported`] summary and its [`ImportReport`]; [`import::outline`] reads plain-text and
//!   Markdown notes, [`import::merge`] merges near-duplicate points across groups).
//! - Editing in place: [`update`] ([`Summary::record_progress`], [`Summary::respond`]).
//! - Tables: [`record`] ([`Summary::records`]: flat records for pandas or CSV).
//! - Plain data for bindings: [`Summary::from_value`], [`Summary::to_value`], [`load::from_value`].
//! - Analysis as of a date: [`tracking`] ([`Summary::as_of`], [`Summary::current`] — or
//!   [`Summary::at`] from an optional date — give an
//!   [`AsOf`] view: [`ActionState`]s with sub-actions rolled up, [`StatusCounts`], overdue
//!   actions), [`pairs`] ("you said, we did" [`Pair`]s, "raised by N of M groups"),
//!   [`coverage`] ([`CoverageReport`]), [`plan_view`] ([`OutcomeView`]s of the plan); one
//!   rule for "answered" in [`answered`] ([`Summary::answer_of`] gives an [`Answered`]: a
//!   point's own answer, or one it inherits from its parent point, question, theme or
//!   engagement), used by every view.
//! - Between versions: [`revision`] ([`Summary::stamp`] records a publication),
//!   [`diff`](mod@diff) ([`diff()`] returns the [`Changes`] from one version to the next;
//!   [`Summary::bulletin`] renders them as an "Update since …" message).
//! - Rendering: [`render`] ([`Summary::render`] with [`RenderOptions`]: the [`View`]s `full`,
//!   `table` and `tracker`, each as an [`OutputFormat`] — standalone HTML page, HTML fragment,
//!   Markdown or wrapped text — optionally as of a date; a [`Renderer`] takes your own templates
//!   over the same documented context, or overrides single blocks of the built-in ones;
//!   [`Renderer::render_to`] streams the page to a writer; every render takes one route, on
//!   one thread). [`render::options`] reads the options from text or plain data under the one
//!   set of names the command line, Python and JavaScript share.
//! - Names: every enum a binding or the command line shows or reads has `ALL`, `as_str`,
//!   `Display` and `FromStr` from one list ([`names`]). One nesting limit: [`MAX_DEPTH`].
//! - The JSON Schema: [`schema`].
//! - Showing a document's text safely anywhere (a terminal, a log): [`controls`] removes the
//!   control characters that rendering removes from every value.
//!
//! ## Cargo features
//! - `docx` (off by default): Word documents in the importer (`import::docx`), with `zip` and
//!   `quick-xml`. The command-line tool turns it on.
//!
//! ## Errors
//! Every fallible operation returns the one [`Error`] type. [`Error::kind`] is an
//! [`ErrorKind`] with a stable string [`Error::code`] (`unknown-field`, `json-syntax`, …);
//! [`Error::path`], [`Error::line`] and [`Error::column`] say where. Validation does not fail:
//! it returns a [`Report`]; [`SummaryBuilder::build`] turns errors in it into an
//! [`ErrorKind::Invalid`] error whose [`Error::problems`] lists them all.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

/// The README's Rust example, compiled and run as a doc test so the front page cannot lie.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub mod action;
pub mod actor;
pub mod answered;
pub mod builder;
pub mod controls;
pub mod coverage;
pub mod date;
pub mod decision;
pub mod diff;
mod encoding;
pub mod engagement;
mod error;
pub mod figure;
pub mod format;
pub mod id;
mod id_map;
pub mod import;
pub mod link;
pub mod load;
pub mod migrate;
pub mod names;
mod number;
pub mod pairs;
pub mod plan_view;
pub mod position;
pub mod progress;
pub mod question;
pub mod record;
pub mod render;
pub mod response;
pub mod revision;
pub mod schema;
pub mod suggestion;
pub mod summary;
pub mod tracking;
pub mod update;
pub mod validate;

pub use action::{
    Action, Answer, AnswerTarget, Barrier, Coverage, Priority, Related, Status, TimelineEntry,
};
pub use actor::{Actor, ActorKind};
pub use answered::{Answered, AnsweredThrough};
pub use builder::SummaryBuilder;
pub use coverage::{CoverageBucket, CoverageCounts, CoverageReport, StanceCount, Unanswered};
pub use date::{DateParseError, ExactDateError, PartialDate, Season, YearPart};
pub use decision::{Decision, DecisionOutcome};
pub use diff::{Changes, diff};
pub use engagement::{
    Attendance, Engagement, EngagementKind, Group, GroupKind, Organisation, Organisations, Place,
    Presentation, Sector,
};
pub use error::{Error, ErrorKind};
pub use figure::{Amount, Count, Figure, Qualifier, Side};
pub use format::Format;
pub use id::Id;
pub use import::{ImportReport, Imported};
pub use jiff::civil::Date;
pub use link::{Link, Url, UrlProblem};
pub use load::MAX_INPUT_BYTES;
pub use migrate::migrate;
pub use pairs::{Pair, PairAnswer};
pub use plan_view::OutcomeView;
pub use progress::ProgressEntry;
pub use question::{Question, Theme};
pub use record::{ActionRecord, ProgressRecord, RecordKind, Records, SuggestionRecord};
pub use render::{Lang, Layout, OutputFormat, RenderOptions, Renderer, View};
pub use response::{Response, Stance};
pub use schema::{
    json_schema, json_schema_string, results_json_schema, results_json_schema_string,
};
pub use suggestion::{Consent, Quote, QuoteFrom, Suggestion, SuggestionKind};
pub use summary::{
    Closing, Contact, DocumentContext, Meeting, Outcome, Plan, Purpose, PurposeList, Revision,
    StatedCounts, StatedStatusCount, Summary, Translation,
};
pub use tracking::{ActionState, AsOf, PercentBasis, StatusCount, StatusCounts};
pub use validate::{Code, MAX_DEPTH, Problem, Report, Severity};
