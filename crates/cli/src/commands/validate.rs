//! `yousaid validate FILE…`: loads and validates summaries, and reports every problem.

use serde::Serialize;
use yousaid::position::Position;
use yousaid::{Problem, Severity, Summary};

use crate::input::{Source, describe_load_error, describe_read_error};
use crate::outcome::{Failure, Outcome};
use crate::output;
use crate::problems;

/// Check summaries: report every problem in each file, errors, warnings and infos.
///
/// Exit status: 0 when every file loads and has no errors (warnings are reported but do not
/// fail, unless --strict; infos never fail); 1 when a file does not load (bad JSON, unknown field, missing format
/// tag…) or validation finds errors; 2 when a file cannot be read at all.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The summaries to check; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<Source>,

    /// How to print the report: `text` for people, one line per problem (at most 100 per
    /// file, then a count of the rest); `json` for machines, with every problem.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,

    /// Count warnings as errors (exit status 1 when there are any).
    #[arg(long)]
    strict: bool,
}

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

/// What checking one file found.
enum Checked {
    /// The file could not be read.
    Unreadable(std::io::Error),
    /// The file was read but is not a loadable summary.
    NotLoaded(yousaid::Error),
    /// The file loaded; these are the validation problems (possibly none), each with where it
    /// is in the file (for the first [`problems::MAX_PRINTED`] only in a text report), and how
    /// many more validation found and left out of its report.
    Validated(Vec<Problem>, Vec<Option<Position>>, usize),
}

/// Checks every file, prints the report, and returns the worst outcome.
pub fn run(args: Args) -> Result<Outcome, Failure> {
    let mut results = Vec::with_capacity(args.files.len());
    // Only the problems a text report prints need a position.
    let placed = match args.format {
        ReportFormat::Text => problems::MAX_PRINTED,
        ReportFormat::Json => usize::MAX,
    };
    for source in args.files {
        let checked = match source.read_bytes() {
            Err(e) => Checked::Unreadable(e),
            Ok(bytes) => match Summary::from_json_slice(&bytes) {
                Err(e) => Checked::NotLoaded(e),
                Ok(summary) => {
                    let report = summary.validate();
                    let paths: Vec<&str> = report
                        .problems
                        .iter()
                        .take(placed)
                        .map(|p| p.path.as_str())
                        .collect();
                    let positions = yousaid::position::locate(&bytes, &paths);
                    Checked::Validated(report.problems, positions, report.omitted)
                }
            },
        };
        results.push((source, checked));
    }
    let outcome = results
        .iter()
        .map(|(_, c)| outcome_of(c, args.strict))
        .max()
        .unwrap_or(Outcome::Clean);
    match args.format {
        ReportFormat::Text => print_text(&results, args.strict)?,
        ReportFormat::Json => print_json(&results, outcome)?,
    }
    Ok(outcome)
}

fn outcome_of(checked: &Checked, strict: bool) -> Outcome {
    match checked {
        Checked::Unreadable(_) => Outcome::Unreadable,
        Checked::NotLoaded(_) => Outcome::Problems,
        Checked::Validated(problems, _, omitted) => {
            // Infos never fail a file, not even under --strict.
            let fails = |p: &Problem| match p.severity {
                Severity::Error => true,
                Severity::Warning => strict,
                _ => false,
            };
            if problems.iter().any(fails) || (strict && *omitted > 0) {
                Outcome::Problems
            } else {
                Outcome::Clean
            }
        }
    }
}

/// Errors, warnings and infos.
fn counts(problems: &[Problem]) -> (usize, usize, usize) {
    let count = |s: Severity| problems.iter().filter(|p| p.severity == s).count();
    (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// One line per problem (`file:line:column: severity[code] path: message`, the position being
/// that of the value the path names, or of its nearest part the file has; at most
/// [`problems::MAX_PRINTED`] per file, then a count of the rest), then one line per file
/// saying whether it is valid (and how many problems the report left out, past
/// [`yousaid::validate::MAX_PROBLEMS`]). Unreadable files are reported on standard error.
fn print_text(results: &[(Source, Checked)], strict: bool) -> Result<(), Failure> {
    let mut out = String::new();
    for (source, checked) in results {
        match checked {
            Checked::Unreadable(e) => eprintln!("yousaid: {}", describe_read_error(source, e)),
            Checked::NotLoaded(e) => {
                out.push_str(&describe_load_error(source, e));
                out.push('\n');
            }
            Checked::Validated(problems, positions, omitted) => {
                out.push_str(&problems::lines(source, problems, positions));
                let (errors, warnings, infos) = counts(problems);
                let verdict = match (errors, warnings) {
                    (0, 0) => "valid".to_owned(),
                    (0, w) if strict => format!("invalid under --strict, {}", plural(w, "warning")),
                    (0, w) => format!("valid, {}", plural(w, "warning")),
                    (e, w) => format!("invalid, {}, {}", plural(e, "error"), plural(w, "warning")),
                };
                let verdict = if infos > 0 {
                    format!("{verdict}, {infos} for information")
                } else {
                    verdict
                };
                let verdict = if *omitted > 0 {
                    format!(
                        "{verdict}, and {omitted} more problem{} not listed (a report lists at most {})",
                        if *omitted == 1 { "" } else { "s" },
                        yousaid::validate::MAX_PROBLEMS
                    )
                } else {
                    verdict
                };
                out.push_str(&format!("{source}: {verdict}\n"));
            }
        }
    }
    output::stdout(&out)
}

/// The whole report as one JSON object on standard output (see [`JsonReport`]).
fn print_json(results: &[(Source, Checked)], outcome: Outcome) -> Result<(), Failure> {
    let files: Vec<JsonFile<'_>> = results
        .iter()
        .map(|(source, checked)| {
            let (error, problems, positions, omitted): (_, &[Problem], &[Option<Position>], _) =
                match checked {
                    Checked::Unreadable(e) => (
                        Some(JsonError {
                            code: "io",
                            message: format!("cannot read it: {e}"),
                            path: None,
                            line: None,
                            column: None,
                        }),
                        &[],
                        &[],
                        0,
                    ),
                    Checked::NotLoaded(e) => (
                        Some(JsonError {
                            code: e.code(),
                            message: e.message().to_owned(),
                            path: e.path(),
                            line: e.line(),
                            column: e.column(),
                        }),
                        &[],
                        &[],
                        0,
                    ),
                    Checked::Validated(problems, positions, omitted) => {
                        (None, problems, positions, *omitted)
                    }
                };
            let (errors, warnings, infos) = counts(problems);
            JsonFile {
                file: source.to_string(),
                valid: error.is_none() && errors == 0,
                errors: errors + usize::from(error.is_some()),
                warnings,
                infos,
                omitted,
                error,
                problems: problems
                    .iter()
                    .zip(positions)
                    .map(|(p, at)| JsonProblem {
                        severity: p.severity.as_str(),
                        code: p.code.as_str(),
                        path: &p.path,
                        message: &p.message,
                        line: at.map(|at| at.line),
                        column: at.map(|at| at.column),
                    })
                    .collect(),
            }
        })
        .collect();
    let report = JsonReport {
        valid: outcome == Outcome::Clean,
        errors: files.iter().map(|f| f.errors).sum(),
        warnings: files.iter().map(|f| f.warnings).sum(),
        infos: files.iter().map(|f| f.infos).sum(),
        omitted: files.iter().map(|f| f.omitted).sum(),
        files,
    };
    output::stdout(&output::json(&report)?)
}

/// `yousaid validate --format json`: one object for the whole run.
#[derive(Serialize)]
struct JsonReport<'a> {
    /// True when the exit status is 0.
    valid: bool,
    /// Errors in all files, load errors included.
    errors: usize,
    /// Warnings in all files.
    warnings: usize,
    /// Infos (worth a look, never a failure) in all files.
    infos: usize,
    /// Problems left out of the files' lists, in all files.
    omitted: usize,
    /// One entry per FILE argument, in order.
    files: Vec<JsonFile<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    /// The path as given, or `<stdin>`.
    file: String,
    /// True when the file loaded and validation found no errors.
    valid: bool,
    /// Errors listed in `problems` (plus 1 when the file did not load).
    errors: usize,
    /// Warnings listed in `problems`.
    warnings: usize,
    /// Infos listed in `problems`.
    infos: usize,
    /// Problems validation found past `yousaid::validate::MAX_PROBLEMS` and left out of `problems`.
    omitted: usize,
    /// Why the file could not be read or loaded; `null` when it loaded.
    error: Option<JsonError<'a>>,
    /// What validation found (empty when the file did not load).
    problems: Vec<JsonProblem<'a>>,
}

/// A validation problem, with the position in the file of the value its path names (or of the
/// nearest part of it the file has).
#[derive(Serialize)]
struct JsonProblem<'a> {
    severity: &'static str,
    code: &'static str,
    path: &'a str,
    message: &'a str,
    line: Option<usize>,
    column: Option<usize>,
}

#[derive(Serialize)]
struct JsonError<'a> {
    code: &'static str,
    message: String,
    path: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
}
