//! `yousaid report FILE [--as-of DATE]`: the coverage and status figures of a summary.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Serialize;
use yousaid::controls::one_line;
use yousaid::date::{long_date, parse_exact};
use yousaid::{
    ActionState, AsOf, CoverageBucket, CoverageReport, Date, Status, StatusCounts, Summary,
};

use crate::input::Source;
use crate::outcome::{Failure, Outcome};
use crate::output;

/// Print how far the loop is closed: how many suggestions have a response, an action, both or
/// neither (overall and by question, theme, event and group), which are unanswered, how many
/// actions are in each status, and which are overdue, held up by a barrier or waiting on
/// another action.
///
/// Without --as-of the figures use everything recorded, and overdue is judged against the
/// summary's publication date (nothing is overdue when it has none).
///
/// Exit status: 0 when the report is printed; 1 when the file does not load; 2 when it cannot
/// be read, or --output's extension names a format it does not write.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The summary; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: Source,

    /// Figures as they stood on this day (YYYY-MM-DD): later progress is ignored and overdue
    /// is judged against it.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<Date>,

    /// `text` for people, `json` for machines. Without it: from the extension of --output
    /// (`.txt`, `.json`; any other is refused), else text.
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,

    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// An exact date argument, as `YYYY-MM-DD`.
pub fn parse_date(arg: &str) -> Result<Date, String> {
    parse_exact(arg).map_err(|e| e.to_string())
}

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

/// The JSON report: the core's figures as they are.
#[derive(Serialize)]
struct JsonReport {
    title: String,
    as_of: Option<Date>,
    coverage: CoverageReport,
    status: StatusCounts,
    overdue: Vec<ActionState>,
    with_open_barriers: Vec<ActionState>,
    waiting_on_dependencies: Vec<ActionState>,
}

/// Loads the summary and prints its figures.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    let format = output::choose_format(
        args.output.as_deref(),
        args.format,
        &[
            ("txt", ReportFormat::Text),
            ("text", ReportFormat::Text),
            ("json", ReportFormat::Json),
        ],
        ReportFormat::Text,
        |f| match f {
            ReportFormat::Text => "text",
            ReportFormat::Json => "JSON",
        },
    )?;
    let summary = args.file.load()?;
    let view = summary.at(args.as_of);
    let text = match format {
        ReportFormat::Text => text_report(&summary, &view),
        ReportFormat::Json => {
            let report = JsonReport {
                title: summary.title.clone(),
                as_of: view.date(),
                coverage: view.coverage(),
                status: view.status_counts(),
                overdue: view.overdue(),
                with_open_barriers: view.with_open_barriers(),
                waiting_on_dependencies: view.waiting_on_dependencies(),
            };
            output::json(&report)?
        }
    };
    output::write(args.output.as_deref(), &text)?;
    Ok(Outcome::Clean)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

fn line(out: &mut String, label: &str, n: usize, whole: usize) {
    let _ = writeln!(out, "  {label:<34} {n:>5}  {:>4}", percent(n, whole));
}

fn buckets(out: &mut String, heading: &str, list: &[CoverageBucket], none: &str) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{heading}\n  {:<34} {:>5} {:>5} {:>5} {:>5} {:>5}",
        "", "total", "both", "resp", "act", "none"
    );
    for b in list {
        let name = match (&b.id, &b.name) {
            (Some(id), Some(name)) => format!("{id} {name}"),
            (Some(id), None) => format!("{id} (not declared)"),
            (None, _) => none.to_owned(),
        };
        let c = &b.counts;
        let _ = writeln!(
            out,
            "  {:<34} {:>5} {:>5} {:>5} {:>5} {:>5}",
            shorten(&name, 34),
            c.total,
            c.both,
            c.response_only,
            c.action_only,
            c.neither
        );
    }
}

/// The text on one line without control characters ([`one_line`]), cut to `width`
/// characters with an ellipsis.
fn shorten(s: &str, width: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= width {
        s.into_owned()
    } else {
        let mut out: String = s.chars().take(width - 1).collect();
        out.push('…');
        out
    }
}

fn action_line(out: &mut String, a: &ActionState, extra: &str) {
    let _ = writeln!(
        out,
        "  {} {} [{}]{extra}",
        one_line(&a.id),
        shorten(&a.title, 60),
        status_words(a.status)
    );
}

/// A status in lower case, or "no status stated" when the document states none.
fn status_words(status: Option<Status>) -> String {
    status.map_or_else(
        || "no status stated".to_owned(),
        |s| s.label().to_lowercase(),
    )
}

fn text_report(summary: &Summary, view: &AsOf<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", one_line(&summary.title));
    let _ = match (view.cutoff(), view.date()) {
        (Some(d), _) => writeln!(out, "As of {}", long_date(d)),
        (None, Some(d)) => writeln!(out, "Everything recorded; overdue as of {}", long_date(d)),
        (None, None) => writeln!(
            out,
            "Everything recorded; no publication date, so nothing is overdue"
        ),
    };

    let c = view.coverage();
    let o = &c.overall;
    let _ = writeln!(
        out,
        "\nSuggestions: {} ({} with sub-points)",
        o.total, c.points
    );
    line(&mut out, "response and action", o.both, o.total);
    line(&mut out, "response only", o.response_only, o.total);
    line(&mut out, "action only", o.action_only, o.total);
    line(&mut out, "neither (unanswered)", o.neither, o.total);
    line(&mut out, "actioned in full", c.fully_actioned, o.total);
    line(&mut out, "actioned in part", c.partly_actioned, o.total);
    let stances: Vec<String> = c
        .by_stance
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| format!("{} {}", s.stance.label().to_lowercase(), s.count))
        .collect();
    if !stances.is_empty() {
        let _ = writeln!(out, "  responses: {}", stances.join(", "));
    }
    if !c.unanswered.is_empty() {
        let _ = writeln!(out, "\nUnanswered");
        for u in &c.unanswered {
            let _ = writeln!(out, "  {} {}", one_line(&u.id), shorten(&u.text, 70));
        }
    }
    buckets(&mut out, "By question", &c.by_question, "(no question)");
    buckets(&mut out, "By theme", &c.by_theme, "(no theme)");
    buckets(
        &mut out,
        "By engagement",
        &c.by_engagement,
        "(no engagement)",
    );
    buckets(&mut out, "By group", &c.by_group, "(no group)");

    let s = view.status_counts();
    let _ = writeln!(
        out,
        "\nActions: {} top-level ({} sub-actions rolled up into them)",
        s.total, s.sub_actions
    );
    // "No status stated" is its own line, shown when some action states none.
    for sc in s
        .by_status
        .iter()
        .filter(|sc| sc.status.is_some() || sc.count > 0)
    {
        line(&mut out, &status_words(sc.status), sc.count, s.total);
    }
    line(&mut out, "overdue", s.overdue, s.total);
    line(
        &mut out,
        "with open barriers",
        s.with_open_barriers,
        s.total,
    );
    line(
        &mut out,
        "waiting on other actions",
        s.waiting_on_dependencies,
        s.total,
    );

    let overdue = view.overdue();
    if !overdue.is_empty() {
        let _ = writeln!(out, "\nOverdue (actions and sub-actions)");
        for a in &overdue {
            let due = a.due.map(|d| format!(", due {d}")).unwrap_or_default();
            action_line(&mut out, a, &due);
        }
    }
    let barriers = view.with_open_barriers();
    if !barriers.is_empty() {
        let _ = writeln!(out, "\nOpen barriers (actions and sub-actions)");
        for a in &barriers {
            action_line(&mut out, a, "");
            for b in &a.open_barriers {
                let _ = writeln!(out, "    - {}", one_line(b));
            }
        }
    }
    let waiting = view.waiting_on_dependencies();
    if !waiting.is_empty() {
        let _ = writeln!(out, "\nWaiting on other actions (actions and sub-actions)");
        for a in &waiting {
            action_line(
                &mut out,
                a,
                &format!(", waiting on {}", one_line(&a.blocked_by.join(", "))),
            );
        }
    }
    out
}
