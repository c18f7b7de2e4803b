//! The labels catalogue: every built-in heading, label and fixed phrase a render shows, by a
//! stable key, in English and Welsh.
//!
//! Templates read a label as `labels.<key>` (`{{ labels.you_said }}`), and a phrase with
//! numbers or words to fill in through `label("<key>", name=value, …)`, which replaces
//! `{name}` in the text (`{{ label("n_of_m", n=3, m=5) }}` gives "3 of 5"). Phrases are
//! written in forms that read correctly for any number ("{n} of {m}"), so that no language
//! needs plural rules.
//!
//! The words made in Rust for the context — status and stance labels, "raised by N of M
//! groups", dates, counts — come from the same catalogue, so an override of a key changes
//! them everywhere.
//!
//! ```
//! use yousaid::render::labels::{Labels, Lang};
//! let cy = Labels::new(Lang::Cy);
//! assert_eq!(cy.get("you_said"), Some("Dywedoch chi"));
//! let mine = Labels::new(Lang::En).with_overrides([("you_said", "What you told us")])?;
//! assert_eq!(mine.get("you_said"), Some("What you told us"));
//! # Ok::<(), yousaid::Error>(())
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::action::Status;
use crate::date::{PartialDate, Season, YearPart};
use crate::engagement::Sector;
use crate::error::{Error, ErrorKind};
use crate::figure::{Count, Qualifier};
use crate::{Date, Stance};

/// A language the built-in labels are written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Lang {
    /// Every language.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The language tag: `en` or `cy`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language of a document with this `language` tag: Welsh for `cy` and its regional
    /// forms (`cy-GB`), English for anything else.
    ///
    /// ```
    /// # use yousaid::render::labels::Lang;
    /// assert_eq!(Lang::for_document(Some("cy-GB")), Lang::Cy);
    /// assert_eq!(Lang::for_document(Some("fr")), Lang::En);
    /// assert_eq!(Lang::for_document(None), Lang::En);
    /// ```
    pub fn for_document(tag: Option<&str>) -> Lang {
        match tag {
            Some(t)
                if t.split(['-', '_'])
                    .next()
                    .is_some_and(|p| p.eq_ignore_ascii_case("cy")) =>
            {
                Lang::Cy
            }
            _ => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses `en` or `cy` (a regional form such as `en-GB` or `cy-GB` too).
///
/// ```
/// # use yousaid::render::labels::Lang;
/// assert_eq!("cy".parse::<Lang>()?, Lang::Cy);
/// assert_eq!("en-GB".parse::<Lang>()?, Lang::En);
/// assert_eq!("fr".parse::<Lang>().unwrap_err().code(), "invalid-argument");
/// # Ok::<(), yousaid::Error>(())
/// ```
impl FromStr for Lang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let primary = s.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(primary))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    format!("unknown language `{s}`: use en or cy"),
                )
            })
    }
}

/// One entry of the catalogue: a key with its English and Welsh text.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The stable key.
    pub key: &'static str,
    /// The English text.
    pub en: &'static str,
    /// The Welsh text.
    pub cy: &'static str,
}

impl Entry {
    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Cy => self.cy,
        }
    }
}

const fn e(key: &'static str, en: &'static str, cy: &'static str) -> Entry {
    Entry { key, en, cy }
}

/// Every label, in the order `docs/templates.md` lists them. `{name}` marks a word or number
/// filled in when the label is used.
pub const CATALOGUE: &[Entry] = &[
    // Headings and kickers.
    e(
        "you_said_we_did",
        "You said, we did",
        "Dywedoch chi, gwnaethom ni",
    ),
    e("progress_tracker", "Progress tracker", "Olrhain cynnydd"),
    e("summary", "Summary", "Crynodeb"),
    e("related_plan", "Related plan", "Cynllun cysylltiedig"),
    e("the_event", "The event", "Y digwyddiad"),
    e("event", "Event", "Digwyddiad"),
    e("purpose", "Purpose of this summary", "Diben y crynodeb hwn"),
    e("what_you_said", "What you said", "Yr hyn a ddywedoch chi"),
    e(
        "other_points",
        "Other points raised",
        "Pwyntiau eraill a godwyd",
    ),
    e("next_steps", "Next steps", "Camau nesaf"),
    e("thank_you", "Thank you", "Diolch"),
    e("at_a_glance", "At a glance", "Cipolwg"),
    e("actions", "Actions", "Camau gweithredu"),
    e(
        "not_yet_answered",
        "Suggestions not yet answered",
        "Awgrymiadau heb eu hateb eto",
    ),
    // Facts about an engagement.
    e("kind", "Kind", "Math"),
    e("date", "Date", "Dyddiad"),
    e("place", "Place", "Lleoliad"),
    e("online", "online", "ar-lein"),
    e("held_by", "Held by", "Cynhaliwyd gan"),
    e("attendance", "Attendance", "Yn bresennol"),
    e("channels", "How people responded", "Sut yr ymatebodd pobl"),
    e("organisations", "Organisations", "Sefydliadau"),
    e(
        "organisations_count_sectors",
        "{count} {sectors} sector organisations",
        "{count} o sefydliadau’r sector {sectors}",
    ),
    e(
        "organisations_count",
        "{count} organisations",
        "{count} o sefydliadau",
    ),
    e(
        "organisations_sectors",
        "{sectors} sector organisations",
        "sefydliadau’r sector {sectors}",
    ),
    e("including", "including", "gan gynnwys"),
    e("presentations", "Presentations", "Cyflwyniadau"),
    e(
        "presentations_covered",
        "Between them the presentations covered",
        "Rhyngddynt, roedd y cyflwyniadau’n ymdrin â",
    ),
    e("topics_covered", "Topics covered", "Pynciau a drafodwyd"),
    e("discussion_groups", "Discussion groups", "Grwpiau trafod"),
    e("attribution", "Attribution", "Priodoli"),
    e(
        "chatham_house",
        "Discussions were held under the Chatham House rule",
        "Cynhaliwyd y trafodaethau o dan reol Chatham House",
    ),
    e(
        "points_not_attributed",
        "points are not attributed",
        "nid yw’r pwyntiau’n cael eu priodoli",
    ),
    e("sector_public", "public", "cyhoeddus"),
    e("sector_private", "private", "preifat"),
    e("sector_third", "third", "trydydd"),
    e("sector_community", "community", "cymunedol"),
    e("sector_education", "education", "addysg"),
    e("sector_faith", "faith", "ffydd"),
    e("sector_other", "other", "arall"),
    // Points.
    e(
        "no_points_for_question",
        "No points were recorded for this question.",
        "Ni chofnodwyd unrhyw bwyntiau ar gyfer y cwestiwn hwn.",
    ),
    e("kind_commitment", "Commitment", "Ymrwymiad"),
    e("kind_question", "Question", "Cwestiwn"),
    e("kind_concern", "Concern", "Pryder"),
    e("raised_by", "raised by", "codwyd gan"),
    e(
        "raised_by_of",
        "raised by {n} of {m} {groups}",
        "codwyd gan {n} o {m} {groups}",
    ),
    e(
        "raised_by_n",
        "raised by {n} {groups}",
        "codwyd gan {n} {groups}",
    ),
    e("groups_tables", "tables", "bwrdd"),
    e("groups_groups", "groups", "grŵp"),
    // You said, we did.
    e("you_said", "You said", "Dywedoch chi"),
    e("we_did", "We did", "Gwnaethom ni"),
    e("why", "Why", "Pam"),
    e("referred_to", "Referred to", "Cyfeiriwyd at"),
    e("answers_part", "answers part of this", "yn ateb rhan o hyn"),
    e("in_part", "in part", "yn rhannol"),
    e("no_response_yet", "No response yet", "Dim ymateb eto"),
    e("not_answered_yet", "Not answered yet", "Heb ei ateb eto"),
    e("responded", "Responded", "Ymatebwyd"),
    e(
        "n_of_m_actions_done",
        "{n} of {m} actions done",
        "{n} o {m} cam gweithredu wedi’u cwblhau",
    ),
    e(
        "answered_with_parent",
        "Answered with the point it belongs to",
        "Atebwyd gyda’r pwynt y mae’n perthyn iddo",
    ),
    e(
        "answered_with_question",
        "Answered with the question as a whole",
        "Atebwyd gyda’r cwestiwn yn ei gyfanrwydd",
    ),
    e(
        "answered_with_theme",
        "Answered with its theme as a whole",
        "Atebwyd gyda’i thema yn ei chyfanrwydd",
    ),
    e(
        "answered_with_consultation",
        "Answered for the consultation as a whole",
        "Atebwyd ar gyfer yr ymgynghoriad yn ei gyfanrwydd",
    ),
    e(
        "answered_with_event",
        "Answered for the event as a whole",
        "Atebwyd ar gyfer y digwyddiad yn ei gyfanrwydd",
    ),
    e(
        "answered_with_series",
        "Answered for the series as a whole",
        "Atebwyd ar gyfer y gyfres yn ei chyfanrwydd",
    ),
    e(
        "answered_with_period",
        "Answered for the period as a whole",
        "Atebwyd ar gyfer y cyfnod yn ei gyfanrwydd",
    ),
    e(
        "answered_as_a_whole",
        "Answered as a whole",
        "Atebwyd yn ei gyfanrwydd",
    ),
    e(
        "table_caption",
        "What you said, what we did, and where it stands",
        "Yr hyn a ddywedoch chi, yr hyn a wnaethom ni, a lle mae pethau arni",
    ),
    e(
        "no_suggestions",
        "No suggestions have been recorded yet.",
        "Nid oes unrhyw awgrymiadau wedi’u cofnodi eto.",
    ),
    // Actions.
    e("action", "Action", "Cam gweithredu"),
    e("status", "Status", "Statws"),
    e("owner", "Owner", "Yn gyfrifol"),
    e("due", "Due", "Erbyn"),
    e("completed", "Completed", "Cwblhawyd"),
    e("priority", "Priority", "Blaenoriaeth"),
    e("priority_high", "high", "uchel"),
    e("priority_medium", "medium", "canolig"),
    e("priority_low", "low", "isel"),
    e("percent_complete", "{n}% complete", "{n}% wedi’i gwblhau"),
    e(
        "percent_basis",
        "average of {n} of {m} sub-actions",
        "cyfartaledd {n} o {m} is-gam",
    ),
    e("overdue", "Overdue", "Yn hwyr"),
    e("statuses_as_of", "Statuses as of", "Statws ar"),
    e(
        "statuses_last_recorded",
        "Statuses as last recorded",
        "Statws fel y’i cofnodwyd ddiwethaf",
    ),
    e("in_response_to", "In response to", "Mewn ymateb i"),
    e("serves", "Serves", "Yn cyfrannu at"),
    e("latest_update", "Latest update", "Diweddariad diweddaraf"),
    e("latest", "Latest", "Diweddaraf"),
    e("barriers", "Barriers", "Rhwystrau"),
    e("overcome", "overcome", "wedi’i oresgyn"),
    e(
        "depends_on",
        "Depends on and joins up with",
        "Yn dibynnu ar ac yn cydgysylltu â",
    ),
    e(
        "waits_for_it",
        "this action waits for it",
        "mae’r cam gweithredu hwn yn aros amdano",
    ),
    e("status_not_started", "Not started", "Heb ddechrau"),
    e("status_in_progress", "In progress", "Ar waith"),
    e("status_done", "Done", "Wedi’i wneud"),
    e("status_blocked", "Blocked", "Wedi’i atal"),
    e("status_dropped", "Dropped", "Wedi’i ollwng"),
    e(
        "status_unstated",
        "No status stated",
        "Dim statws wedi’i nodi",
    ),
    // Stances.
    e("stance_accepted", "Accepted", "Derbyniwyd"),
    e(
        "stance_partly_accepted",
        "Partly accepted",
        "Derbyniwyd yn rhannol",
    ),
    e(
        "stance_already_happening",
        "Already happening",
        "Eisoes yn digwydd",
    ),
    e("stance_not_planned", "Not planned", "Dim cynlluniau"),
    e(
        "stance_referred",
        "Referred elsewhere",
        "Cyfeiriwyd i rywle arall",
    ),
    e(
        "stance_under_consideration",
        "Under consideration",
        "Yn cael ei ystyried",
    ),
    e(
        "stance_accepted_in_principle",
        "Accepted in principle",
        "Derbyniwyd mewn egwyddor",
    ),
    e("stance_rejected", "Rejected", "Gwrthodwyd"),
    e("stance_no_change", "No change", "Dim newid"),
    e("stance_noted", "Noted", "Nodwyd"),
    e("stance_explained", "Explained", "Eglurwyd"),
    e("stance_apologised", "Apologised", "Ymddiheurwyd"),
    // The tracker.
    e("as_of", "As of", "Ar"),
    e(
        "as_last_recorded",
        "As last recorded",
        "Fel y’i cofnodwyd ddiwethaf",
    ),
    e("stat_actions", "actions", "cam gweithredu"),
    e(
        "with_sub_actions",
        "with {n} sub-actions",
        "gydag {n} is-gam",
    ),
    e("stat_done", "done", "wedi’u gwneud"),
    e("stat_overdue", "overdue", "yn hwyr"),
    e(
        "stat_unstated",
        "with no status stated",
        "heb statws wedi’i nodi",
    ),
    e("n_of_m", "{n} of {m}", "{n} o {m}"),
    e(
        "suggestions_answered",
        "suggestions answered",
        "awgrym wedi’u hateb",
    ),
    e(
        "actions_by_status",
        "Actions by status",
        "Camau gweithredu yn ôl statws",
    ),
    e(
        "actions_by_status_caption",
        "Actions by status (the figures in the chart)",
        "Camau gweithredu yn ôl statws (y ffigurau yn y siart)",
    ),
    e(
        "share_answered",
        "Share of suggestions answered",
        "Cyfran yr awgrymiadau a atebwyd",
    ),
    e(
        "answered_desc",
        "{n} of {m} suggestions have a response or an action ({share}%).",
        "Mae gan {n} o {m} awgrym ymateb neu gam gweithredu ({share}%).",
    ),
    e(
        "answered_figure",
        "{share}% answered ({n} of {m})",
        "{share}% wedi’u hateb ({n} o {m})",
    ),
    e("share", "Share", "Cyfran"),
    e("progress", "Progress", "Cynnydd"),
    e(
        "tracker_caption",
        "Every action with its owner, due date, status and latest update",
        "Pob cam gweithredu gyda phwy sy’n gyfrifol, y dyddiad erbyn, y statws a’r diweddariad diweddaraf",
    ),
    e(
        "no_actions",
        "No actions have been recorded yet.",
        "Nid oes unrhyw gamau gweithredu wedi’u cofnodi eto.",
    ),
    // The bulletin of changes.
    e("update", "Update", "Diweddariad"),
    e("since", "since", "ers"),
    e("from", "from", "gan"),
    e(
        "nothing_changed_since",
        "Nothing has changed since",
        "Does dim wedi newid ers",
    ),
    e(
        "the_last_update",
        "the last update",
        "y diweddariad diwethaf",
    ),
    e(
        "unstated_for_all",
        "No status stated for the {n} actions",
        "Dim statws wedi’i nodi ar gyfer yr {n} cam gweithredu",
    ),
    e(
        "unstated_for_all_one",
        "No status stated for the action",
        "Dim statws wedi’i nodi ar gyfer y cam gweithredu",
    ),
    e(
        "actions_done",
        "actions done",
        "cam gweithredu wedi’u gwneud",
    ),
    e("status_change_count", "status changes", "newid statws"),
    e("status_change_count_one", "status change", "newid statws"),
    e(
        "progress_update_count",
        "progress updates",
        "diweddariad cynnydd",
    ),
    e(
        "progress_update_count_one",
        "progress update",
        "diweddariad cynnydd",
    ),
    e("status_changes", "Status changes", "Newidiadau statws"),
    e("see", "See", "Gweler"),
    e("our_responses", "Our responses", "Ein hymatebion"),
    e("our_response", "Our response", "Ein hymateb"),
    e(
        "response_changed",
        "Our response has changed",
        "Mae ein hymateb wedi newid",
    ),
    e(
        "response_withdrawn",
        "Response withdrawn",
        "Ymateb wedi’i dynnu’n ôl",
    ),
    e("before", "Before", "Cynt"),
    e("it_was", "It was", "Yn flaenorol"),
    e("we_said", "We said", "Dywedon ni"),
    e("new", "New", "Newydd"),
    e("new_actions", "New actions", "Camau gweithredu newydd"),
    e("new_action", "New action", "Cam gweithredu newydd"),
    e("points_added", "Points added", "Pwyntiau a ychwanegwyd"),
    e("point_added", "Point added", "Pwynt wedi’i ychwanegu"),
    e("barrier_noted", "new barrier", "rhwystr newydd"),
    e(
        "barrier_resolved",
        "barrier resolved",
        "rhwystr wedi’i oresgyn",
    ),
    e(
        "barrier_removed",
        "barrier removed",
        "rhwystr wedi’i ddileu",
    ),
    e("dates", "Dates", "Dyddiadau"),
    e("due_date", "due date", "dyddiad targed"),
    e("start_date", "start date", "dyddiad dechrau"),
    e("completion_date", "completion date", "dyddiad cwblhau"),
    e("moved_from", "moved from", "wedi symud o"),
    e("withdrawn", "withdrawn", "wedi’i dynnu’n ôl"),
    e("other_changes", "Other changes", "Newidiadau eraill"),
    e(
        "action_removed",
        "Action removed",
        "Cam gweithredu wedi’i ddileu",
    ),
    e("point_removed", "Point removed", "Pwynt wedi’i ddileu"),
    e("the_summary", "The summary", "Y crynodeb"),
    e("changed", "changed", "wedi newid"),
    e(
        "field_responds_to",
        "suggestions answered",
        "yr awgrymiadau a atebwyd",
    ),
    e("field_depends_on", "dependencies", "dibyniaethau"),
    e("field_outcomes", "plan outcomes", "canlyniadau’r cynllun"),
    e("field_parent", "place in the list", "lle yn y rhestr"),
    // The footer and the byline.
    e("published", "Published", "Cyhoeddwyd"),
    e(
        "published_under",
        "Published under the",
        "Cyhoeddwyd o dan y",
    ),
    e(
        "earlier_versions",
        "Earlier versions",
        "Fersiynau cynharach",
    ),
    // The layouts of the full view.
    e("contents", "Contents", "Cynnwys"),
    e(
        "we_asked_you_said_we_did",
        "We asked, you said, we did",
        "Gofynnom ni, dywedoch chi, gwnaethom ni",
    ),
    e(
        "questions_answers",
        "Questions and answers",
        "Cwestiynau ac atebion",
    ),
    e(
        "questions_and_answers",
        "Your questions and our answers",
        "Eich cwestiynau a’n hatebion",
    ),
    e(
        "what_we_are_doing",
        "What we are doing",
        "Yr hyn rydym yn ei wneud",
    ),
    e(
        "recommendations_progress",
        "Recommendations and progress",
        "Argymhellion a chynnydd",
    ),
    e("we_asked", "We asked", "Gofynnom ni"),
    e("our_answer", "Our answer", "Ein hateb"),
    e("closed", "Closed", "Wedi cau"),
    e(
        "questions_asked",
        "Questions asked",
        "Cwestiynau a ofynnwyd",
    ),
    e("point_from", "From {groups}", "Gan {groups}"),
    e("source", "Source", "Ffynhonnell"),
    e("theme", "Theme", "Thema"),
    e("when", "When", "Pryd"),
    e("done_when", "Done when", "Wedi’i gwblhau pan"),
    e("figure_percent", "{n}%", "{n}%"),
    e("figure_target", "target: {target}", "targed: {target}"),
    e("takes_effect", "takes effect {date}", "yn dod i rym {date}"),
    e("what_changed", "What changed", "Beth a newidiodd"),
    e("decision_proceed", "Proceed", "Bwrw ymlaen"),
    e(
        "decision_proceed_with_changes",
        "Proceed with changes",
        "Bwrw ymlaen gyda newidiadau",
    ),
    e("decision_no_change", "No change", "Dim newid"),
    e(
        "decision_decided_against",
        "Decided against",
        "Penderfynwyd peidio",
    ),
    e("decision_deferred", "Deferred", "Gohiriwyd"),
    // Words joining others.
    e("and", "and", "a"),
    e("to", "to", "i"),
    // Dates and numbers.
    e("month_1", "January", "Ionawr"),
    e("month_2", "February", "Chwefror"),
    e("month_3", "March", "Mawrth"),
    e("month_4", "April", "Ebrill"),
    e("month_5", "May", "Mai"),
    e("month_6", "June", "Mehefin"),
    e("month_7", "July", "Gorffennaf"),
    e("month_8", "August", "Awst"),
    e("month_9", "September", "Medi"),
    e("month_10", "October", "Hydref"),
    e("month_11", "November", "Tachwedd"),
    e("month_12", "December", "Rhagfyr"),
    e("date_day", "{day} {month} {year}", "{day} {month} {year}"),
    e("date_month", "{month} {year}", "{month} {year}"),
    e(
        "date_quarter",
        "Q{quarter} {year}",
        "Chwarter {quarter} {year}",
    ),
    e(
        "date_financial_quarter",
        "Q{quarter} {year}/{next}",
        "Chwarter {quarter} {year}/{next}",
    ),
    e("date_spring", "spring {year}", "gwanwyn {year}"),
    e("date_summer", "summer {year}", "haf {year}"),
    e("date_autumn", "autumn {year}", "hydref {year}"),
    e("date_winter", "winter {year}", "gaeaf {year}"),
    e("date_early", "early {year}", "dechrau {year}"),
    e("date_mid", "mid {year}", "canol {year}"),
    e("date_late", "late {year}", "diwedd {year}"),
    e("date_time", "{date}, {time}", "{date}, {time}"),
    e("count_over", "over {n}", "dros {n}"),
    e("count_at_least", "at least {n}", "o leiaf {n}"),
    e("count_about", "about {n}", "tua {n}"),
    e("count_under", "under {n}", "llai na {n}"),
    e("count_up_to", "up to {n}", "hyd at {n}"),
];

/// The index of each key in [`CATALOGUE`].
fn index() -> &'static HashMap<&'static str, usize> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    INDEX.get_or_init(|| {
        CATALOGUE
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key, i))
            .collect()
    })
}

/// Whether `key` is a label of the catalogue.
pub fn is_key(key: &str) -> bool {
    index().contains_key(key)
}

/// The labels of one render: the catalogue in one language, with any overrides.
///
/// It serialises as a map from key to text (what templates read as `labels`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    lang: Lang,
    /// Overridden texts by catalogue index; shared, as a render clones its labels.
    overrides: Option<Arc<HashMap<usize, String>>>,
}

impl Labels {
    /// The catalogue in `lang`, without overrides.
    pub fn new(lang: Lang) -> Self {
        Labels {
            lang,
            overrides: None,
        }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// These labels with some replaced by key; later pairs win over earlier ones.
    ///
    /// Errors: [`ErrorKind::InvalidArgument`] naming the first key the catalogue lacks.
    pub fn with_overrides<K: AsRef<str>, V: Into<String>>(
        mut self,
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Self, Error> {
        let mut map = self.overrides.as_deref().cloned().unwrap_or_default();
        for (k, v) in pairs {
            let k = k.as_ref();
            let i = *index().get(k).ok_or_else(|| unknown_label(k))?;
            map.insert(i, v.into());
        }
        if !map.is_empty() {
            self.overrides = Some(Arc::new(map));
        }
        Ok(self)
    }

    fn at(&self, i: usize) -> &str {
        if let Some(text) = self.overrides.as_ref().and_then(|o| o.get(&i)) {
            return text;
        }
        CATALOGUE[i].text(self.lang)
    }

    /// The text of `key`, if the catalogue has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        index().get(key).map(|&i| self.at(i))
    }

    /// The text of a key known to the catalogue, borrowed when not overridden ("" for an
    /// unknown key, which the tests rule out).
    pub(crate) fn text(&self, key: &str) -> Cow<'static, str> {
        let Some(&i) = index().get(key) else {
            debug_assert!(false, "no label `{key}`");
            return Cow::Borrowed("");
        };
        match self.overrides.as_ref().and_then(|o| o.get(&i)) {
            Some(text) => Cow::Owned(text.clone()),
            None => Cow::Borrowed(CATALOGUE[i].text(self.lang)),
        }
    }

    /// The text of `key` with each `{name}` replaced by its value.
    pub(crate) fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(&self.text(key), args)
    }

    /// A status's words: "In progress".
    pub(crate) fn status(&self, s: Status) -> Cow<'static, str> {
        self.text(match s {
            Status::NotStarted => "status_not_started",
            Status::InProgress => "status_in_progress",
            Status::Done => "status_done",
            Status::Blocked => "status_blocked",
            Status::Dropped => "status_dropped",
        })
    }

    /// A stance's words: "Not planned".
    pub(crate) fn stance(&self, s: Stance) -> Cow<'static, str> {
        self.text(match s {
            Stance::Accepted => "stance_accepted",
            Stance::PartlyAccepted => "stance_partly_accepted",
            Stance::AlreadyHappening => "stance_already_happening",
            Stance::NotPlanned => "stance_not_planned",
            Stance::Referred => "stance_referred",
            Stance::UnderConsideration => "stance_under_consideration",
            Stance::AcceptedInPrinciple => "stance_accepted_in_principle",
            Stance::Rejected => "stance_rejected",
            Stance::NoChange => "stance_no_change",
            Stance::Noted => "stance_noted",
            Stance::Explained => "stance_explained",
            Stance::Apologised => "stance_apologised",
        })
    }

    /// A sector as an adjective: "public".
    pub(crate) fn sector(&self, s: Sector) -> Cow<'static, str> {
        self.text(match s {
            Sector::Public => "sector_public",
            Sector::Private => "sector_private",
            Sector::Third => "sector_third",
            Sector::Community => "sector_community",
            Sector::Education => "sector_education",
            Sector::Faith => "sector_faith",
            Sector::Other => "sector_other",
        })
    }

    /// A count as stated: "over 100", "41".
    pub fn count(&self, c: &Count) -> String {
        let n = c.value.to_string();
        let key = match c.qualifier {
            Qualifier::Exactly => return n,
            Qualifier::Over => "count_over",
            Qualifier::AtLeast => "count_at_least",
            Qualifier::About => "count_about",
            Qualifier::Under => "count_under",
            Qualifier::UpTo => "count_up_to",
        };
        self.fill(key, &[("n", &n)])
    }

    fn month(&self, m: i8) -> Cow<'static, str> {
        const KEYS: [&str; 12] = [
            "month_1", "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8",
            "month_9", "month_10", "month_11", "month_12",
        ];
        self.text(KEYS[(m.clamp(1, 12) - 1) as usize])
    }

    /// An exact date for readers: "8 April 2014", "8 Ebrill 2014".
    ///
    /// ```
    /// # use yousaid::{Date, render::labels::{Labels, Lang}};
    /// assert_eq!(Labels::new(Lang::Cy).day(Date::constant(2014, 4, 8)), "8 Ebrill 2014");
    /// ```
    pub fn day(&self, d: Date) -> String {
        self.fill(
            "date_day",
            &[
                ("day", &d.day().to_string()),
                ("month", &self.month(d.month())),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// A date of any precision for readers: "March 2015", "Q4 2021/22", "spring 2015".
    ///
    /// ```
    /// # use yousaid::{PartialDate, render::labels::{Labels, Lang}};
    /// let cy = Labels::new(Lang::Cy);
    /// assert_eq!(cy.date(&PartialDate::Month(2015, 3)), "Mawrth 2015");
    /// assert_eq!(cy.date(&"2019-early".parse::<PartialDate>().unwrap()), "dechrau 2019");
    /// ```
    pub fn date(&self, d: &PartialDate) -> String {
        let year = |y: i16| y.to_string();
        match *d {
            PartialDate::Day(d) => self.day(d),
            PartialDate::DayTime(d, h, m) => self.fill(
                "date_time",
                &[("date", &self.day(d)), ("time", &format!("{h:02}:{m:02}"))],
            ),
            PartialDate::Month(y, m) => self.fill(
                "date_month",
                &[("month", &self.month(m)), ("year", &year(y))],
            ),
            PartialDate::Quarter(y, q) => self.fill(
                "date_quarter",
                &[("quarter", &q.to_string()), ("year", &year(y))],
            ),
            PartialDate::FinancialQuarter(y, q) => self.fill(
                "date_financial_quarter",
                &[
                    ("quarter", &q.to_string()),
                    ("year", &year(y)),
                    (
                        "next",
                        &format!("{:02}", (i32::from(y) + 1).rem_euclid(100)),
                    ),
                ],
            ),
            PartialDate::Season(y, s) => self.fill(
                match s {
                    Season::Spring => "date_spring",
                    Season::Summer => "date_summer",
                    Season::Autumn => "date_autumn",
                    Season::Winter => "date_winter",
                },
                &[("year", &year(y))],
            ),
            PartialDate::YearPart(y, p) => self.fill(
                match p {
                    YearPart::Early => "date_early",
                    YearPart::Mid => "date_mid",
                    YearPart::Late => "date_late",
                },
                &[("year", &year(y))],
            ),
            PartialDate::Year(y) => year(y),
        }
    }

    /// Words joined as prose: `a`, `a and b`, `a, b and c` ("a" or "ac" in Welsh).
    pub(crate) fn and_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                let last = last.as_ref();
                let and = self.text("and");
                format!("{} {} {last}", init.join(", "), and_before(&and, last))
            }
        }
    }

    /// These labels with known keys replaced (the options' overrides, checked when set).
    pub(crate) fn with_known<'v>(
        mut self,
        pairs: impl IntoIterator<Item = (&'static str, &'v str)>,
    ) -> Self {
        let mut map = self.overrides.as_deref().cloned().unwrap_or_default();
        for (k, v) in pairs {
            if let Some(&i) = index().get(k) {
                map.insert(i, v.to_owned());
            }
        }
        if !map.is_empty() {
            self.overrides = Some(Arc::new(map));
        }
        self
    }
}

/// The catalogue's own copy of `key`, if it has one.
pub(crate) fn key(key: &str) -> Option<&'static str> {
    index().get(key).map(|&i| CATALOGUE[i].key)
}

/// The word "and" before `next`: the Welsh "a" becomes "ac" before a vowel ("a" + "ac").
pub(crate) fn and_before<'w>(and: &'w str, next: &str) -> Cow<'w, str> {
    let vowel = next
        .chars()
        .next()
        .is_some_and(|c| "aeiouwyâêîôûŵŷAEIOUWYÂÊÎÔÛŴŶ".contains(c));
    if and == "a" && vowel {
        Cow::Borrowed("ac")
    } else {
        Cow::Borrowed(and)
    }
}

/// The table of every key with its English and Welsh text, as `docs/templates.md` lists it
/// (a test keeps the two equal).
pub fn markdown_table() -> String {
    let cell = |t: &str| t.replace('|', "\\|");
    let mut out = String::from("| key | English | Welsh |\n|---|---|---|\n");
    for e in CATALOGUE {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            e.key,
            cell(e.en),
            cell(e.cy)
        ));
    }
    out
}

/// `text` with each `{name}` of `args` replaced by its value; other braces stay as written.
pub(crate) fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

pub(crate) fn unknown_label(key: &str) -> Error {
    Error::new(
        ErrorKind::InvalidArgument,
        format!("unknown label `{key}`: see docs/templates.md for the keys"),
    )
}

impl Serialize for Labels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(CATALOGUE.len()))?;
        for (i, e) in CATALOGUE.iter().enumerate() {
            map.serialize_entry(e.key, self.at(i))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_key_is_unique_snake_case_and_present_in_both_languages() {
        let mut seen = BTreeSet::new();
        for e in CATALOGUE {
            assert!(seen.insert(e.key), "`{}` twice", e.key);
            assert!(
                e.key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "`{}` is not snake case",
                e.key
            );
            assert!(!e.en.trim().is_empty(), "`{}` has no English", e.key);
            assert!(!e.cy.trim().is_empty(), "`{}` has no Welsh", e.key);
            assert_eq!(
                placeholders(e.en),
                placeholders(e.cy),
                "`{}` fills different words in English and Welsh",
                e.key
            );
        }
    }

    /// Every label a built-in template reads: `labels.key`, `labels["prefix_" ~ …]` (each
    /// key with that prefix) and `label("key", …)`.
    #[test]
    fn every_key_a_template_uses_exists() {
        let mut used = 0;
        for (name, source) in super::super::BUILTIN_TEMPLATES {
            for (i, _) in source.match_indices("labels.") {
                let key: String = source[i + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                assert!(
                    is_key(&key),
                    "{name} reads labels.{key}, which is not in the catalogue"
                );
                used += 1;
            }
            for (i, _) in source.match_indices("labels[\"") {
                let prefix: String = source[i + 8..].chars().take_while(|c| *c != '"').collect();
                assert!(
                    CATALOGUE.iter().any(|e| e.key.starts_with(&prefix)),
                    "{name} reads labels[\"{prefix}…\"], which matches no key"
                );
            }
            for (i, _) in source.match_indices("label(\"") {
                let key: String = source[i + 7..].chars().take_while(|c| *c != '"').collect();
                assert!(
                    is_key(&key),
                    "{name} calls label(\"{key}\"), which is not in the catalogue"
                );
            }
        }
        assert!(used > 100, "only {used} labels read: is the scan broken?");
    }

    #[test]
    fn overrides_replace_by_key_and_unknown_keys_are_refused() {
        let l = Labels::new(Lang::En)
            .with_overrides([("you_said", "What you told us"), ("we_did", "Our answer")])
            .unwrap();
        assert_eq!(l.get("you_said"), Some("What you told us"));
        assert_eq!(l.get("we_did"), Some("Our answer"));
        assert_eq!(l.get("why"), Some("Why"));
        let later = l.clone().with_overrides([("you_said", "Later")]).unwrap();
        assert_eq!(later.get("you_said"), Some("Later"));
        let err = Labels::new(Lang::Cy)
            .with_overrides([("you_sed", "x")])
            .unwrap_err();
        assert_eq!(err.code(), "invalid-argument");
        assert!(err.to_string().contains("`you_sed`"), "{err}");
        let json = serde_json::to_value(&l).unwrap();
        assert_eq!(json["you_said"], "What you told us");
        assert_eq!(json.as_object().unwrap().len(), CATALOGUE.len());
    }

    #[test]
    fn welsh_dates_for_every_precision() {
        let cy = Labels::new(Lang::Cy);
        let date = |s: &str| cy.date(&s.parse::<PartialDate>().unwrap());
        assert_eq!(cy.day(Date::constant(2014, 4, 8)), "8 Ebrill 2014");
        assert_eq!(date("2014-04-08"), "8 Ebrill 2014");
        assert_eq!(date("2022-10-31T23:59"), "31 Hydref 2022, 23:59");
        assert_eq!(date("2015-03"), "Mawrth 2015");
        assert_eq!(date("2015-Q2"), "Chwarter 2 2015");
        assert_eq!(date("2021/22-Q4"), "Chwarter 4 2021/22");
        assert_eq!(date("2015-spring"), "gwanwyn 2015");
        assert_eq!(date("2015-summer"), "haf 2015");
        assert_eq!(date("2015-autumn"), "hydref 2015");
        assert_eq!(date("2015-winter"), "gaeaf 2015");
        assert_eq!(date("2019-early"), "dechrau 2019");
        assert_eq!(date("2019-mid"), "canol 2019");
        assert_eq!(date("2019-late"), "diwedd 2019");
        assert_eq!(date("2015"), "2015");
        let months: Vec<String> = (1..=12)
            .map(|m| cy.day(Date::constant(2026, m, 1)))
            .collect();
        assert_eq!(
            months.join(", "),
            "1 Ionawr 2026, 1 Chwefror 2026, 1 Mawrth 2026, 1 Ebrill 2026, 1 Mai 2026, \
             1 Mehefin 2026, 1 Gorffennaf 2026, 1 Awst 2026, 1 Medi 2026, 1 Hydref 2026, \
             1 Tachwedd 2026, 1 Rhagfyr 2026"
        );
    }

    #[test]
    fn english_dates_and_counts_read_as_before() {
        let en = Labels::new(Lang::En);
        for s in [
            "2014-04-08",
            "2022-10-31T23:59",
            "2015-03",
            "2015-Q2",
            "2021/22-Q4",
            "2015-spring",
            "2019-early",
            "2019-mid",
            "2019-late",
            "2015",
        ] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(en.date(&d), d.to_string(), "{s}");
        }
        for c in [
            Count::over(100),
            Count::exactly(12),
            Count::new(30, Qualifier::About),
        ] {
            assert_eq!(en.count(&c), c.to_string());
        }
        assert_eq!(Labels::new(Lang::Cy).count(&Count::over(100)), "dros 100");
    }

    #[test]
    fn welsh_and_becomes_ac_before_a_vowel() {
        let cy = Labels::new(Lang::Cy);
        assert_eq!(
            cy.and_list(&["cyhoeddus", "trydydd"]),
            "cyhoeddus a trydydd"
        );
        assert_eq!(cy.and_list(&["preifat", "addysg"]), "preifat ac addysg");
        assert_eq!(
            Labels::new(Lang::En).and_list(&["a", "b", "c"]),
            "a, b and c"
        );
    }

    #[test]
    fn fill_replaces_named_words_only() {
        assert_eq!(fill("{n} of {m}", &[("n", "3"), ("m", "5")]), "3 of 5");
        assert_eq!(fill("{n} {x} {", &[("n", "1")]), "1 {x} {");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn languages_parse_and_follow_the_document() {
        assert_eq!("CY-gb".parse::<Lang>().unwrap(), Lang::Cy);
        assert_eq!(Lang::for_document(Some("cy")), Lang::Cy);
        assert_eq!(Lang::for_document(Some("cym")), Lang::En);
        assert_eq!(Lang::for_document(Some("en-GB")), Lang::En);
        for l in Lang::ALL {
            assert_eq!(l.as_str().parse::<Lang>().unwrap(), l);
        }
    }
}
