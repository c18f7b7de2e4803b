//! Polis conversation exports: `comments.csv` (and optionally `summary.csv`) as "you said"
//! points.
//!
//! - Each comment becomes a [`Suggestion`] with the comment's ID and words, in the order of
//!   the file. Comments moderated out (`moderated` = -1) are left out and listed in
//!   [`ImportReport::not_used`] as whole rows; comments not moderated (`0`) are kept — Polis
//!   shows them to voters unless the conversation is strictly moderated — and each is listed in
//!   [`ImportReport::ambiguous`] so that a person checks it before publishing.
//! - The **votes** (`agrees`, `disagrees`, `passes` where the export has it) are results, not
//!   mentions: they never go into [`Suggestion::mentions`], which would read as "raised by 12".
//!   Each becomes one of the point's [`figures`](Suggestion::figures), a [`Figure`] with the
//!   count and its [`Side`]: "agreed" (for), "disagreed" (against), "passed" (neutral), each
//!   listed in [`ImportReport::recognised`] with its cell. A vote cell that is not a whole
//!   number is reported as not used.
//! - `summary.csv` gives the conversation: its `topic` is the title (and the question put, when
//!   it ends with `?`), and an [`Engagement`] records it online at its `url`, with the `voters` and
//!   `commenters` as attendance. Its other figures are reported as not used.
//! - The comment's time and pseudonymous author number are reported as not used.

use crate::id_map::{IdMap as HashMap, IdSet as HashSet};

use crate::engagement::{Engagement, EngagementKind, Place};
use crate::error::{Error, ErrorKind};
use crate::figure::{Count, Figure, Side};
use crate::id::Id;
use crate::import::table::Records;
use crate::import::text;
use crate::import::{
    Ambiguity, ImportFormat, ImportOptions, ImportReport, Imported, NotUsed, Recognised,
    RecognisedAs, SourceRef,
};
use crate::link::Url;
use crate::question::Question;
use crate::suggestion::Suggestion;
use crate::summary::Summary;

/// The columns of `comments.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Body,
    Id,
    Moderated,
    Agrees,
    Disagrees,
    Passes,
    Timestamp,
    Datetime,
    Author,
}

fn column(header: &str) -> Option<Column> {
    let c = match header
        .trim()
        .to_ascii_lowercase()
        .replace('_', "-")
        .as_str()
    {
        "comment-body" | "txt" => Column::Body,
        "comment-id" | "tid" => Column::Id,
        "moderated" | "mod" => Column::Moderated,
        "agrees" | "agree-count" => Column::Agrees,
        "disagrees" | "disagree-count" => Column::Disagrees,
        "passes" | "pass-count" => Column::Passes,
        "timestamp" | "created" => Column::Timestamp,
        "datetime" => Column::Datetime,
        "author-id" | "pid" => Column::Author,
        _ => return None,
    };
    Some(c)
}

/// Imports a Polis export: `comments.csv` and, when given, `summary.csv`.
///
/// ```
/// use yousaid::import::{ImportOptions, polis::import_polis};
/// let comments = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n\
///     1,Mon,0,5,12,3,1,More youth workers in schools\n\
///     2,Mon,1,6,0,9,-1,Something rude\n";
/// let summary = "topic,How can we engage young people?\nurl,https://pol.is/abc\nvoters,26\n";
/// let imported = import_polis(comments, Some(summary), &ImportOptions::default())?;
/// let s = &imported.summary;
/// assert_eq!(s.title, "How can we engage young people?");
/// assert_eq!(s.suggestions.len(), 1);
/// assert_eq!(s.suggestions[0].mentions, None); // votes are not mentions
/// assert!(imported.report.not_used.iter().any(|n| n.reason.contains("moderated out")));
/// # Ok::<(), yousaid::Error>(())
/// ```
pub fn import_polis(
    comments_csv: &str,
    summary_csv: Option<&str>,
    options: &ImportOptions,
) -> Result<Imported, Error> {
    let mut report = ImportReport::new(ImportFormat::Polis);
    let mut summary = Summary::new("");
    let mut title = options.title.clone();
    let mut question = None;
    if let Some(text) = summary_csv {
        let conversation = read_summary(text, &mut report)?;
        if let Some((topic, at)) = conversation.topic {
            report.recognised.push(Recognised {
                at: at.clone(),
                as_: RecognisedAs::Title,
                id: None,
            });
            if topic.ends_with('?') {
                summary.questions.push(Question::new("q1", topic.clone()));
                question = Some(Id::from("q1"));
                report.recognised.push(Recognised {
                    at,
                    as_: RecognisedAs::Question,
                    id: Some(Id::from("q1")),
                });
            }
            title.get_or_insert(topic);
        }
        summary.introduction = conversation.description;
        let mut event = Engagement::new(
            "polis",
            title.clone().unwrap_or_default(),
            EngagementKind::Consultation,
        );
        event.label = Some("Polis conversation".into());
        event.place = Some(Place {
            name: None,
            address: None,
            online: true,
            url: conversation.url,
        });
        event.attendance = conversation.attendance;
        summary.engagements.push(event);
    }
    let title = title.unwrap_or_default();
    if let Some(e) = summary.engagements.first_mut()
        && e.title.is_empty()
    {
        e.title = title.clone();
    }
    summary.title = title;
    read_comments(comments_csv, question, &mut summary, &mut report)?;
    Ok(Imported { summary, report })
}

struct Conversation {
    topic: Option<(String, SourceRef)>,
    url: Option<Url>,
    description: Vec<String>,
    attendance: Vec<crate::engagement::Attendance>,
}

fn read_summary(text: &str, report: &mut ImportReport) -> Result<Conversation, Error> {
    let text = text::check(text.as_bytes())?;
    let mut out = Conversation {
        topic: None,
        url: None,
        description: Vec::new(),
        attendance: Vec::new(),
    };
    let mut records = Records::new(text, true);
    while let Some((row, record)) = records.next_record()? {
        let key = record.get(0).unwrap_or("").trim().to_owned();
        let value = record.get(1).unwrap_or("").trim().to_owned();
        let at = |column: usize| SourceRef::Cell {
            sheet: None,
            row,
            column,
        };
        let mut unused = |column: usize, text: &str, reason: &str| {
            if !text.is_empty() {
                report.not_used.push(NotUsed {
                    at: at(column),
                    text: text.to_owned(),
                    reason: reason.to_owned(),
                });
            }
        };
        // Cells past the second are not part of the export's form.
        for (i, extra) in record.iter().enumerate().skip(2) {
            unused(
                i + 1,
                extra.trim(),
                "summary.csv has a key and a value on each line",
            );
        }
        let count = || value.parse::<u64>().ok().map(Count::exactly);
        match key.as_str() {
            "topic" if !value.is_empty() => out.topic = Some((value, at(2))),
            "url" if !value.is_empty() => {
                let url = Url::new(value.clone());
                if url.check().is_ok() {
                    out.url = Some(url);
                } else {
                    unused(2, &value, "not an http or https address");
                }
            }
            "conversation-description" if !value.is_empty() => {
                out.description.push(value);
                report.recognised.push(Recognised {
                    at: at(2),
                    as_: RecognisedAs::Prose,
                    id: None,
                });
            }
            "voters" | "commenters" if count().is_some() => {
                out.attendance.push(crate::engagement::Attendance {
                    count: count().unwrap_or(Count::exactly(0)),
                    unit: key.clone(),
                    note: None,
                });
                report.recognised.push(Recognised {
                    at: at(2),
                    as_: RecognisedAs::Figure,
                    id: Some(Id::from("polis")),
                });
            }
            "views" => unused(
                2,
                &value,
                "the number of views: not kept (views are not people)",
            ),
            "voters-in-conv" => unused(
                2,
                &value,
                "the voters counted in the conversation's opinion groups: not kept",
            ),
            "comments" => unused(
                2,
                &value,
                "the number of comments: the comments themselves are imported",
            ),
            "groups" => unused(2, &value, "Polis opinion groups are not imported"),
            _ => {
                unused(
                    1,
                    &key,
                    "not a key of a Polis summary.csv this library reads",
                );
                unused(
                    2,
                    &value,
                    "not a key of a Polis summary.csv this library reads",
                );
            }
        }
    }
    Ok(out)
}

fn read_comments(
    text: &str,
    question: Option<Id>,
    summary: &mut Summary,
    report: &mut ImportReport,
) -> Result<(), Error> {
    let text = text::check(text.as_bytes())?;
    let mut records = Records::new(text, false);
    let Some((_, header)) = records.next_record()? else {
        return Err(Error::new(
            ErrorKind::BadInput,
            "comments.csv is empty: give the comments.csv of a Polis export",
        ));
    };
    let columns: Vec<Option<Column>> = header.iter().map(column).collect();
    let mut at_col: HashMap<Column, usize> = HashMap::default();
    for (i, c) in columns.iter().enumerate() {
        if let Some(c) = c {
            at_col.entry(*c).or_insert(i);
        }
    }
    let Some(&body_col) = at_col.get(&Column::Body) else {
        return Err(Error::new(
            ErrorKind::BadInput,
            "comments.csv has no `comment-body` column: give the comments.csv of a Polis export",
        )
        .with_line(1));
    };
    report.recognised.push(Recognised {
        at: SourceRef::Row {
            sheet: None,
            row: 1,
        },
        as_: RecognisedAs::Header,
        id: None,
    });
    for (i, h) in header.iter().enumerate() {
        if columns[i].is_none() && !h.trim().is_empty() {
            report.not_used.push(NotUsed {
                at: cell(1, i),
                text: h.trim().to_owned(),
                reason: "not a column of a Polis comments.csv this library reads".into(),
            });
        }
    }
    let mut ids: HashSet<Id> = HashSet::default();
    while let Some((row, record)) = records.next_record()? {
        let get = |c: Column| {
            at_col
                .get(&c)
                .and_then(|&i| record.get(i))
                .map(str::trim)
                .filter(|t| !t.is_empty())
        };
        let body = get(Column::Body);
        let moderated = get(Column::Moderated);
        let Some(body) = body.filter(|_| moderated != Some("-1")) else {
            if record.iter().any(|c| !c.trim().is_empty()) {
                let reason = if body.is_some() {
                    "a comment moderated out (rejected) in Polis: left out"
                } else {
                    "a row with no comment text"
                };
                report.not_used.push(NotUsed {
                    at: SourceRef::Row { sheet: None, row },
                    text: body.map_or_else(
                        || record.iter().collect::<Vec<_>>().join(","),
                        str::to_owned,
                    ),
                    reason: reason.into(),
                });
            }
            continue;
        };
        let wanted = get(Column::Id).map_or_else(|| format!("c{row}"), str::to_owned);
        let mut id = Id::from(wanted.as_str());
        let mut n = 2;
        while ids.contains(&id) {
            id = Id::from(format!("{wanted}-{n}"));
            n += 1;
        }
        ids.insert(id.clone());
        let mut suggestion = Suggestion::new(id.clone(), body);
        suggestion.question = question.clone();
        suggestion.engagements = summary
            .engagements
            .first()
            .map(|e| e.id.clone())
            .into_iter()
            .collect();
        report.recognised.push(Recognised {
            at: SourceRef::Row { sheet: None, row },
            as_: RecognisedAs::Point,
            id: Some(id.clone()),
        });
        for (i, value) in record.iter().enumerate() {
            let value = value.trim();
            if value.is_empty() || i == body_col {
                continue;
            }
            let reason = match columns[i] {
                Some(Column::Body) | Some(Column::Id) => continue,
                Some(Column::Moderated) => {
                    if value == "0" {
                        report.ambiguous.push(Ambiguity {
                            at: cell(row, i),
                            text: value.to_owned(),
                            note: format!(
                                "comment {id} was not moderated in Polis: kept as a point; check it before publishing"
                            ),
                        });
                    }
                    continue;
                }
                Some(column @ (Column::Agrees | Column::Disagrees | Column::Passes)) => {
                    let (label, side, votes) = match column {
                        Column::Agrees => ("agreed", Side::For, "agree"),
                        Column::Disagrees => ("disagreed", Side::Against, "disagree"),
                        _ => ("passed", Side::Neutral, "pass"),
                    };
                    let Ok(n) = value.parse::<u64>() else {
                        report.not_used.push(NotUsed {
                            at: cell(row, i),
                            text: value.to_owned(),
                            reason: format!(
                                "{votes} votes on comment {id}: not a whole number of votes"
                            ),
                        });
                        continue;
                    };
                    suggestion
                        .figures
                        .push(Figure::labelled(label).count(Count::exactly(n)).side(side));
                    report.recognised.push(Recognised {
                        at: cell(row, i),
                        as_: RecognisedAs::Figure,
                        id: Some(id.clone()),
                    });
                    continue;
                }
                Some(Column::Timestamp) | Some(Column::Datetime) => {
                    format!("when comment {id} was written: the model has no date for a point")
                }
                Some(Column::Author) => {
                    format!("the pseudonymous number of the author of comment {id}: not kept")
                }
                None => format!("a column not read, on comment {id}"),
            };
            report.not_used.push(NotUsed {
                at: cell(row, i),
                text: value.to_owned(),
                reason,
            });
        }
        summary.suggestions.push(suggestion);
    }
    Ok(())
}

fn cell(row: usize, column: usize) -> SourceRef {
    SourceRef::Cell {
        sheet: None,
        row,
        column: column + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";

    #[test]
    fn moderated_out_left_out_unmoderated_kept_and_noted() {
        let comments = format!(
            "{HEADER}1,d,0,5,12,3,1,Keep this\n2,d,1,6,0,9,-1,Rejected\n3,d,2,7,1,1,0,Not checked\n"
        );
        let i = import_polis(&comments, None, &ImportOptions::default()).unwrap();
        let ids: Vec<&str> = i
            .summary
            .suggestions
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["0", "2"]);
        assert_eq!(i.summary.title, "");
        let rejected: Vec<_> = i
            .report
            .not_used
            .iter()
            .filter(|n| n.reason.contains("moderated out"))
            .collect();
        assert_eq!(rejected.len(), 1);
        assert_eq!(rejected[0].text, "Rejected");
        assert_eq!(i.report.ambiguous.len(), 1);
        // Votes are figures with their side, never mentions.
        assert!(i.summary.suggestions.iter().all(|s| s.mentions.is_none()));
        let votes: Vec<(Option<&str>, Option<u64>, Option<Side>)> = i.summary.suggestions[0]
            .figures
            .iter()
            .map(|f| (f.label.as_deref(), f.count.map(|c| c.value), f.side))
            .collect();
        assert_eq!(
            votes,
            [
                (Some("agreed"), Some(12), Some(Side::For)),
                (Some("disagreed"), Some(3), Some(Side::Against)),
            ]
        );
        let figures = i
            .report
            .recognised
            .iter()
            .filter(|r| r.as_ == RecognisedAs::Figure)
            .count();
        assert_eq!(figures, 4);
        assert!(!i.report.not_used.iter().any(|n| n.reason.contains("votes")));
    }

    #[test]
    fn a_vote_that_is_not_a_number_is_not_used() {
        let comments = format!("{HEADER}1,d,0,5,many,3,1,Keep this\n");
        let i = import_polis(&comments, None, &ImportOptions::default()).unwrap();
        assert_eq!(i.summary.suggestions[0].figures.len(), 1);
        let not_used: Vec<&str> = i
            .report
            .not_used
            .iter()
            .filter(|n| n.reason.contains("votes"))
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(not_used, ["many"]);
    }

    #[test]
    fn bad_comments() {
        let e = import_polis("a,b\n1,2\n", None, &ImportOptions::default()).unwrap_err();
        assert_eq!((e.code(), e.line()), ("bad-input", Some(1)));
        let e =
            import_polis(&format!("{HEADER}1,2\n"), None, &ImportOptions::default()).unwrap_err();
        assert_eq!((e.code(), e.line()), ("bad-input", Some(2)));
    }
}
