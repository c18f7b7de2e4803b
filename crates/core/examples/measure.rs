//! Times operations on documents and reports peak memory, for `scripts/bench`.
//!
//! ```text
//! measure list
//! measure time [--reps N] --ops OP[,OP…] FILE…   median seconds per operation, and its ratio
//!                                                to the first operation, from one run
//! measure peak OP FILE…                          peak resident memory while OP runs once
//! measure once OP FILE…                          run OP once, print what it returned
//! measure import-table CSV                       print the summary a CSV table imports to
//! ```
//!
//! `time` runs the operations in turn, `--reps` times over (default 7), and prints one line per
//! operation: `name<TAB>median seconds<TAB>ratio to the first`. Interleaving the repetitions
//! keeps the ratio fair when the machine is busy.
//!
//! `peak` prints `peak<TAB>before<TAB>input` in bytes: the highest resident set size while the
//! operation ran (the input bytes included, as they are when a program loads a file), the
//! resident size just before, and the input size. Run one `peak` per process so that each
//! measurement starts clean.
//!
//! To add an operation, add an entry to [`OPS`]: its `prepare` function does the untimed setup
//! (loading a document to render, say) and returns the timed work as a closure.

use std::hint::black_box;
use std::process::ExitCode;
use std::rc::Rc;
use std::time::Instant;

use yousaid::{OutputFormat, RenderOptions, Renderer, Summary, View};

/// The input files, read once and shared by every operation.
type Inputs = Rc<Vec<Vec<u8>>>;
/// The timed part of an operation. It returns something derived from its result, so the
/// optimiser cannot skip the work.
type Work = Box<dyn FnMut() -> Result<usize, String>>;

/// A measurable operation.
struct Op {
    name: &'static str,
    about: &'static str,
    /// How many input files it takes.
    files: usize,
    /// Untimed setup; returns the work to time.
    prepare: fn(&Inputs) -> Result<Work, String>,
}

fn load(bytes: &[u8]) -> Result<Summary, String> {
    Summary::from_json_slice(bytes).map_err(|e| e.to_string())
}

const OPS: &[Op] = &[
    Op {
        name: "parse-value",
        about: "parse the bytes into serde_json::Value (the baseline)",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || {
                let v: serde_json::Value =
                    serde_json::from_slice(&inputs[0]).map_err(|e| e.to_string())?;
                Ok(usize::from(v.is_object()))
            }))
        },
    },
    Op {
        name: "load",
        about: "Summary::from_json_slice",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || Ok(load(&inputs[0])?.suggestions.len())))
        },
    },
    Op {
        name: "validate",
        about: "Summary::validate on a loaded document",
        files: 1,
        prepare: |inputs| {
            let summary = load(&inputs[0])?;
            Ok(Box::new(move || Ok(summary.validate().problems.len())))
        },
    },
    Op {
        name: "load-validate",
        about: "Summary::from_json_slice, then Summary::validate",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || {
                Ok(load(&inputs[0])?.validate().problems.len())
            }))
        },
    },
    Op {
        name: "load-validate-locate",
        about: "load, validate, and find each problem's line and column (position::locate), as `yousaid validate` does",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || {
                let report = load(&inputs[0])?.validate();
                let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
                let found = yousaid::position::locate(&inputs[0], &paths);
                Ok(found.iter().flatten().count())
            }))
        },
    },
    Op {
        name: "save",
        about: "Summary::to_json_string (compact) of a loaded document",
        files: 1,
        prepare: |inputs| {
            let summary = load(&inputs[0])?;
            Ok(Box::new(move || Ok(summary.to_json_string(false).len())))
        },
    },
    Op {
        name: "report",
        about: "coverage and status figures (AsOf::coverage, status_counts, overdue) of a loaded document",
        files: 1,
        prepare: |inputs| {
            let summary = load(&inputs[0])?;
            Ok(Box::new(move || {
                let view = summary.current();
                let coverage = view.coverage();
                let counts = view.status_counts();
                Ok(coverage.overall.neither + counts.done + view.overdue().len())
            }))
        },
    },
    Op {
        name: "as-of",
        about: "Summary::as_of(2025-12-31).action_states() of a loaded document",
        files: 1,
        prepare: |inputs| {
            let summary = load(&inputs[0])?;
            let date = yousaid::Date::constant(2025, 12, 31);
            Ok(Box::new(move || {
                Ok(summary.as_of(date).action_states().len())
            }))
        },
    },
    Op {
        name: "pairs",
        about: "AsOf::pairs of a loaded document",
        files: 1,
        prepare: |inputs| {
            let summary = load(&inputs[0])?;
            Ok(Box::new(move || Ok(summary.current().pairs().len())))
        },
    },
    Op {
        name: "import-table",
        about: "import::table::import_csv of a CSV table (the first file)",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || {
                let text = std::str::from_utf8(&inputs[0]).map_err(|e| e.to_string())?;
                let imported = yousaid::import::table::import_csv(text, &Default::default())
                    .map_err(|e| e.to_string())?;
                Ok(imported.summary.suggestions.len() + imported.report.not_used.len())
            }))
        },
    },
    Op {
        name: "load-imported",
        about: "Summary::from_json_slice of the second file (the document an import gave)",
        files: 2,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || Ok(load(&inputs[1])?.suggestions.len())))
        },
    },
    Op {
        name: "diff",
        about: "yousaid::diff of a loaded document and a copy with 1% of its items changed",
        files: 1,
        prepare: |inputs| {
            let old = load(&inputs[0])?;
            let new = changed_copy(&old);
            Ok(Box::new(move || {
                let changes = yousaid::diff(&old, &new);
                Ok(changes.suggestions.edited.len() + changes.progress.len())
            }))
        },
    },
    Op {
        name: "render-full-html",
        about: "Renderer::render, full view, html, of a loaded document",
        files: 1,
        prepare: render::<0, 0>,
    },
    Op {
        name: "render-full-html-stream",
        about: "Renderer::render_to a file, full view, html, as `yousaid render -o` does",
        files: 1,
        prepare: |inputs| {
            let summary = load(&inputs[0])?;
            let renderer = Renderer::new();
            let path =
                std::env::temp_dir().join(format!("yousaid-measure-{}.html", std::process::id()));
            Ok(Box::new(move || {
                let file = std::fs::File::create(&path).map_err(|e| e.to_string())?;
                renderer
                    .render_to(&summary, &RenderOptions::new(), file)
                    .map_err(|e| e.to_string())?;
                let len = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
                std::fs::remove_file(&path).map_err(|e| e.to_string())?;
                Ok(usize::try_from(len).unwrap_or(usize::MAX))
            }))
        },
    },
    Op {
        name: "render-full-fragment",
        about: "Renderer::render, full view, fragment, of a loaded document",
        files: 1,
        prepare: render::<0, 1>,
    },
    Op {
        name: "render-full-md",
        about: "Renderer::render, full view, md, of a loaded document",
        files: 1,
        prepare: render::<0, 2>,
    },
    Op {
        name: "render-full-text",
        about: "Renderer::render, full view, text, of a loaded document",
        files: 1,
        prepare: render::<0, 3>,
    },
    Op {
        name: "render-table-html",
        about: "Renderer::render, table view, html, of a loaded document",
        files: 1,
        prepare: render::<1, 0>,
    },
    Op {
        name: "render-table-fragment",
        about: "Renderer::render, table view, fragment, of a loaded document",
        files: 1,
        prepare: render::<1, 1>,
    },
    Op {
        name: "render-table-md",
        about: "Renderer::render, table view, md, of a loaded document",
        files: 1,
        prepare: render::<1, 2>,
    },
    Op {
        name: "render-table-text",
        about: "Renderer::render, table view, text, of a loaded document",
        files: 1,
        prepare: render::<1, 3>,
    },
    Op {
        name: "render-tracker-html",
        about: "Renderer::render, tracker view, html, of a loaded document",
        files: 1,
        prepare: render::<2, 0>,
    },
    Op {
        name: "render-tracker-fragment",
        about: "Renderer::render, tracker view, fragment, of a loaded document",
        files: 1,
        prepare: render::<2, 1>,
    },
    Op {
        name: "render-tracker-md",
        about: "Renderer::render, tracker view, md, of a loaded document",
        files: 1,
        prepare: render::<2, 2>,
    },
    Op {
        name: "render-tracker-text",
        about: "Renderer::render, tracker view, text, of a loaded document",
        files: 1,
        prepare: render::<2, 3>,
    },
    Op {
        name: "import-load",
        about: "Summary::from_json_slice of the summary that importing the outline FILE gives (the import baseline)",
        files: 1,
        prepare: |inputs| {
            let json = import(&inputs[0], None)?.to_json_string(false);
            Ok(Box::new(move || {
                Ok(load(json.as_bytes())?.suggestions.len())
            }))
        },
    },
    Op {
        name: "import-outline",
        about: "yousaid::import::import of the outline FILE",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            Ok(Box::new(move || {
                Ok(import(&inputs[0], None)?.suggestions.len())
            }))
        },
    },
    Op {
        name: "import-outline-merge",
        about: "yousaid::import::import of the outline FILE, merging at the default threshold",
        files: 1,
        prepare: |inputs| {
            let inputs = Rc::clone(inputs);
            let t = yousaid::import::merge::DEFAULT_MERGE_THRESHOLD;
            Ok(Box::new(move || {
                Ok(import(&inputs[0], Some(t))?.suggestions.len())
            }))
        },
    },
];

/// Imports an outline, merging at `threshold` if given.
fn import(bytes: &[u8], threshold: Option<f64>) -> Result<Summary, String> {
    let mut options =
        yousaid::import::ImportOptions::default().format(yousaid::import::ImportFormat::Outline);
    options.merge_threshold = threshold;
    yousaid::import::import(bytes, None, &options)
        .map(|i| i.summary)
        .map_err(|e| e.to_string())
}

/// A copy of `old` with every hundredth suggestion reworded and every hundredth action given a
/// new progress entry that finishes it: 1% of the items changed.
fn changed_copy(old: &Summary) -> Summary {
    let mut new = old.clone();
    for s in new.suggestions.iter_mut().step_by(100) {
        s.text.push_str(" (reworded)");
    }
    let date = yousaid::Date::constant(2026, 9, 1);
    for a in new.actions.iter_mut().step_by(100) {
        a.progress.push(
            yousaid::ProgressEntry::new(date)
                .status(yousaid::Status::Done)
                .note("Finished."),
        );
    }
    new
}

/// Prepares a render of view `V` in format `F` (indexes into [`View::ALL`] and
/// [`OutputFormat::ALL`]); the work returns the output's length in bytes.
fn render<const V: usize, const F: usize>(inputs: &Inputs) -> Result<Work, String> {
    let summary = load(&inputs[0])?;
    let renderer = Renderer::new();
    let options = RenderOptions::new()
        .view(View::ALL[V])
        .format(OutputFormat::ALL[F]);
    Ok(Box::new(move || {
        renderer
            .render(&summary, &options)
            .map(|out| out.len())
            .map_err(|e| e.to_string())
    }))
}

fn op(name: &str) -> Result<&'static Op, String> {
    OPS.iter()
        .find(|o| o.name == name)
        .ok_or_else(|| format!("unknown operation `{name}`; `measure list` shows them"))
}

fn read_inputs(files: &[String], op: &Op) -> Result<Inputs, String> {
    if files.len() < op.files {
        return Err(format!(
            "`{}` needs {} input file(s), got {}",
            op.name,
            op.files,
            files.len()
        ));
    }
    files
        .iter()
        .map(|f| std::fs::read(f).map_err(|e| format!("{f}: {e}")))
        .collect::<Result<Vec<_>, _>>()
        .map(Rc::new)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

fn time(args: &[String]) -> Result<(), String> {
    let mut reps = 7usize;
    let mut names: Vec<String> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--reps" => {
                reps = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or("--reps needs a positive whole number")?;
            }
            "--ops" => {
                let list = it.next().ok_or("--ops needs a comma-separated list")?;
                names = list.split(',').map(str::to_owned).collect();
            }
            _ => files.push(a.clone()),
        }
    }
    if names.is_empty() {
        return Err("give the operations with --ops".into());
    }
    let ops: Vec<&Op> = names.iter().map(|n| op(n)).collect::<Result<_, _>>()?;
    let needed = ops.iter().map(|o| o.files).max().unwrap_or(1);
    let inputs = read_inputs(
        &files,
        ops.iter().find(|o| o.files == needed).unwrap_or(&ops[0]),
    )?;
    let mut work: Vec<Work> = ops
        .iter()
        .map(|o| (o.prepare)(&inputs))
        .collect::<Result<_, _>>()?;
    // One untimed round to warm caches and the allocator (and to fail early on bad input).
    for w in &mut work {
        black_box(w()?);
    }
    let mut times = vec![Vec::with_capacity(reps); ops.len()];
    for _ in 0..reps {
        for (w, t) in work.iter_mut().zip(&mut times) {
            let start = Instant::now();
            black_box(w()?);
            t.push(start.elapsed().as_secs_f64());
        }
    }
    let medians: Vec<f64> = times.into_iter().map(median).collect();
    for (o, m) in ops.iter().zip(&medians) {
        println!("{}\t{m:.6}\t{:.3}", o.name, m / medians[0]);
    }
    Ok(())
}

/// A `Vm…` line of `/proc/self/status`, in bytes.
fn vm(field: &str) -> Result<u64, String> {
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("cannot read /proc/self/status (Linux only): {e}"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().strip_suffix("kB")?.trim().parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .ok_or_else(|| format!("no {field} in /proc/self/status"))
}

fn peak(args: &[String]) -> Result<(), String> {
    let (name, files) = args
        .split_first()
        .ok_or("give an operation and its input files")?;
    let o = op(name)?;
    let inputs = read_inputs(files, o)?;
    let size: usize = inputs.iter().map(Vec::len).sum();
    let mut work = (o.prepare)(&inputs)?;
    // Forget the setup's high-water mark ("5" resets VmHWM to the current RSS), so the peak is
    // the operation's own.
    std::fs::write("/proc/self/clear_refs", "5")
        .map_err(|e| format!("cannot reset the peak memory counter: {e}"))?;
    let before = vm("VmRSS")?;
    black_box(work()?);
    let peak = vm("VmHWM")?;
    println!("{peak}\t{before}\t{size}");
    Ok(())
}

/// Runs an operation once and prints what its work returned (the output size, for renders).
fn once(args: &[String]) -> Result<(), String> {
    let (name, files) = args
        .split_first()
        .ok_or("give an operation and its input files")?;
    let o = op(name)?;
    let inputs = read_inputs(files, o)?;
    let mut work = (o.prepare)(&inputs)?;
    println!("{}", work()?);
    Ok(())
}

/// Prints the summary a CSV table imports to, as JSON: the document `load-imported` loads.
fn import_table(args: &[String]) -> Result<(), String> {
    let file = args.first().ok_or("give a CSV file")?;
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let imported = yousaid::import::table::import_csv(&text, &Default::default())
        .map_err(|e| e.to_string())?;
    println!("{}", imported.summary.to_json_string(false));
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("list") => {
            for o in OPS {
                println!("{:<16} {} file(s)  {}", o.name, o.files, o.about);
            }
            Ok(())
        }
        Some("time") => time(&args[1..]),
        Some("peak") => peak(&args[1..]),
        Some("once") => once(&args[1..]),
        Some("import-table") => import_table(&args[1..]),
        _ => {
            Err("usage: measure list | time [--reps N] --ops OP[,OP…] FILE… | peak OP FILE… | once OP FILE… | import-table CSV".into())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("measure: {e}");
            ExitCode::from(2)
        }
    }
}
