//! `yousaid import FILE…`: notes, tables and exports turned into a summary, with a report of
//! how each line or cell was read.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use yousaid::import::merge::DEFAULT_MERGE_THRESHOLD;
use yousaid::import::{ImportFormat, ImportOptions, ImportReport, Imported, SourceRef};
use yousaid::{Severity, Summary};

use crate::input::{self, Source, describe_load_error};
use crate::outcome::{Failure, Outcome};
use crate::output;

/// Import notes or a table into a summary: plain-text or Markdown notes (headings, questions,
/// nested bullets, "I will" commitments, "You said: / We did:" pairs), a Word document, a CSV
/// or Excel table, or a Polis export.
///
/// The summary is written as JSON to --output (standard output without it); the report of
/// what each line or cell became, what was ambiguous, what was merged and what was not used
/// goes to --report-file (standard error without it). The summary is validated: its errors
/// and warnings end the report.
///
/// One FILE, except for Polis: its comments.csv, then optionally its summary.csv. To gather
/// several tables' notes, put each under a "Table N" heading in one file: its points are
/// then raised by that table, and --merge can join those several tables raised.
///
/// Exit status: 0 when the summary is written and has no validation errors; 1 when the input
/// cannot be read as its format (binary, ragged, a line too long) or the summary written has
/// validation errors; 2 when a file cannot be read or written, or the command line is wrong
/// (an unknown format, a reader this build does not have).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The input; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<Source>,

    /// The input's format. Without it: from the file's extension (.txt, .md, .docx, .csv,
    /// .xlsx), else from its content.
    #[arg(long = "from", value_name = "FORMAT", value_parser = input::named::<ImportFormat>)]
    from: Option<ImportFormat>,

    /// A column mapping for tables: a JSON file naming the field each header holds
    /// (`{"columns": {"Comment": "you_said", "Response": "we_did"}}`).
    #[arg(long, value_name = "FILE")]
    mapping: Option<PathBuf>,

    /// Merge near-duplicate points raised by different groups whose similarity (0 to 1) is at
    /// least THRESHOLD; every merge is listed in the report.
    #[arg(long, value_name = "THRESHOLD", num_args = 0..=1, default_missing_value = "default",
          value_parser = parse_threshold)]
    merge: Option<f64>,

    /// The title, when the input gives none (default: the file's name).
    #[arg(long, value_name = "TITLE")]
    title: Option<String>,

    /// Write the summary to this file instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,

    /// How to print the report: `text` for people, `json` for machines.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    report: ReportFormat,

    /// Write the report to this file instead of standard error.
    #[arg(long, value_name = "FILE")]
    report_file: Option<PathBuf>,
}

/// A threshold, or the default one when `--merge` comes without a value.
fn parse_threshold(arg: &str) -> Result<f64, String> {
    if arg == "default" {
        return Ok(DEFAULT_MERGE_THRESHOLD);
    }
    match arg.parse::<f64>() {
        Ok(t) if t > 0.0 && t <= 1.0 => Ok(t),
        _ => Err(format!(
            "expected a similarity above 0 and at most 1, such as {DEFAULT_MERGE_THRESHOLD}"
        )),
    }
}

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

/// Imports the file, writes the summary and the report, and says how it went.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    let mut files = args.files.iter();
    let source = files.next().expect("clap requires a FILE");
    if files.len() > 0 && args.from != Some(ImportFormat::Polis) {
        return Err(Failure::new(
            Outcome::Unreadable,
            "error[invalid-argument]: import one file at a time (only a Polis export takes two: \
             comments.csv and summary.csv); to gather several tables' notes, put each under a \
             \"Table N\" heading in one file",
        ));
    }
    let mut options = ImportOptions::default();
    options.format = args.from;
    options.merge_threshold = args.merge;
    options.title = args.title.clone();
    if let Some(path) = &args.mapping {
        options.columns = read_mapping(path)?;
    }
    let bytes = source.read()?;
    let name = match source {
        Source::File(path) => Some(path.to_string_lossy().into_owned()),
        Source::Stdin => None,
    };
    // A Polis export's summary.csv, given after its comments.csv.
    let second = match files.next() {
        Some(summary) => Some((summary, summary.read()?)),
        None => None,
    };
    let result = match &second {
        Some((_, summary)) => std::str::from_utf8(&bytes)
            .ok()
            .zip(std::str::from_utf8(summary).ok())
            .map_or_else(
                || {
                    Err(yousaid::Error::new(
                        yousaid::ErrorKind::BadInput,
                        "a Polis export's files must be UTF-8 text",
                    ))
                },
                |(comments, summary)| {
                    yousaid::import::polis::import_polis(comments, Some(summary), &options)
                },
            ),
        None => yousaid::import::import(&bytes, name.as_deref(), &options),
    };
    let imported = result.map_err(|e| {
        let outcome = match e.kind() {
            yousaid::ErrorKind::Io | yousaid::ErrorKind::InvalidArgument => Outcome::Unreadable,
            _ => Outcome::Problems,
        };
        Failure::new(outcome, describe_load_error(source, &e))
    })?;
    let mut json = imported.summary.to_json_string(true);
    json.push('\n');
    output::write(args.output.as_deref(), &json)?;
    let problems = imported.summary.validate().problems;
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let report = match args.report {
        ReportFormat::Text => text_report(source, &imported, &problems),
        ReportFormat::Json => {
            let mut text = serde_json::to_string_pretty(&imported.report)
                .map_err(|e| Failure::new(Outcome::Problems, format!("error[io]: {e}")))?;
            text.push('\n');
            text
        }
    };
    match &args.report_file {
        Some(path) => output::write(Some(path), &report)?,
        None => eprint!("{report}"),
    }
    Ok(if errors > 0 {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}

/// A column mapping file: `{"columns": {"header": "field"}}`, read and checked by the core.
fn read_mapping(path: &PathBuf) -> Result<BTreeMap<String, String>, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::new(
            Outcome::Unreadable,
            format!("{}: error[io]: cannot read it: {e}", path.display()),
        )
    })?;
    yousaid::import::table::mapping_from_json_str(&text).map_err(|e| {
        let at = match (e.line(), e.column()) {
            (Some(l), Some(c)) => format!(":{l}:{c}"),
            _ => String::new(),
        };
        Failure::new(
            Outcome::Unreadable,
            format!(
                "{}{at}: error[{}]: {}",
                path.display(),
                e.code(),
                e.message()
            ),
        )
    })
}

fn place(at: &SourceRef) -> String {
    match at {
        SourceRef::Line { line } => format!("line {line}"),
        SourceRef::Paragraph { paragraph } => format!("paragraph {paragraph}"),
        SourceRef::Row { sheet, row } => match sheet {
            Some(s) => format!("{s} row {row}"),
            None => format!("row {row}"),
        },
        SourceRef::Cell { sheet, row, column } => match sheet {
            Some(s) => format!("{s} row {row} column {column}"),
            None => format!("row {row} column {column}"),
        },
    }
}

/// A JSON-serialised enum value without its quotes (`point`).
fn name_of(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .trim_matches('"')
        .replace('_', " ")
}

/// The report for people: a count of what came out, then every line and what it became.
fn text_report(source: &Source, imported: &Imported, problems: &[yousaid::Problem]) -> String {
    let ImportReport {
        format,
        recognised,
        not_used,
        ambiguous,
        merges,
        ..
    } = &imported.report;
    let s: &Summary = &imported.summary;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{source}: read as {format}: {} questions, {} points, {} actions; {} ambiguous, {} not \
         used, {} merges",
        s.questions.len(),
        s.all_suggestions().count(),
        s.all_actions().count(),
        ambiguous.len(),
        not_used.len(),
        merges.len(),
    );
    if !not_used.is_empty() {
        let _ = writeln!(out, "\nnot used:");
        for n in not_used {
            let _ = writeln!(out, "  {}: {:?}: {}", place(&n.at), n.text, n.reason);
        }
    }
    if !ambiguous.is_empty() {
        let _ = writeln!(out, "\nambiguous:");
        for a in ambiguous {
            let _ = writeln!(out, "  {}: {:?}: {}", place(&a.at), a.text, a.note);
        }
    }
    if !merges.is_empty() {
        let _ = writeln!(out, "\nmerged:");
        for m in merges {
            let _ = writeln!(out, "  {} {:?} kept, with:", m.kept, m.text);
            for p in &m.merged {
                let at = p.at.as_ref().map(place).unwrap_or_default();
                let groups: Vec<&str> = p.groups.iter().map(|g| g.as_str()).collect();
                let _ = writeln!(
                    out,
                    "    {} {:?} ({at}, raised by {}, similarity {:.2})",
                    p.id,
                    p.text,
                    groups.join(", "),
                    p.similarity
                );
            }
        }
    }
    let _ = writeln!(out, "\nrecognised:");
    for r in recognised {
        let id = r.id.as_ref().map(|id| format!(" {id}")).unwrap_or_default();
        let _ = writeln!(out, "  {}: {}{id}", place(&r.at), name_of(&r.as_));
    }
    let warnings = problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .count();
    let errors: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if !errors.is_empty() || warnings > 0 {
        let _ = writeln!(
            out,
            "\nvalidation of the summary: {} errors, {warnings} warnings (`yousaid validate` \
             lists the warnings)",
            errors.len()
        );
        for p in errors {
            let _ = writeln!(out, "  {p}");
        }
    }
    out
}
