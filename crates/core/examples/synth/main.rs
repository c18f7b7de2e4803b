//! Writes a large, realistic synthetic summary to standard output, for benchmarks.
//!
//! ```text
//! cargo run --release -p yousaid --example synth -- --suggestions 10000 --actions 1000 --seed 1 > big.json
//! ```
//!
//! See `generate.rs` for the shape of what it writes. With `--outline N` it writes roundtable
//! notes of N points as plain text instead (see `outline.rs`), for the import benchmark.

use std::process::ExitCode;

mod generate;
mod outline;

use generate::Shape;

const USAGE: &str =
    "usage: synth [--suggestions N] [--actions M] [--seed S] | --outline N [--seed S]
  --suggestions N   top-level suggestions (default 1000)
  --actions M       top-level actions (default: N / 10)
  --seed S          seed for the generator (default 1)
  --outline N       plain-text roundtable notes of N points instead of a summary";

fn parse_args() -> Result<(Shape, Option<usize>), String> {
    let mut suggestions = 1000;
    let mut actions = None;
    let mut seed = 1;
    let mut outline = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = |name: &str| -> Result<u64, String> {
            let v = args.next().ok_or(format!("{name} needs a number"))?;
            v.parse()
                .map_err(|_| format!("{name}: `{v}` is not a whole number"))
        };
        match flag.as_str() {
            "--suggestions" => suggestions = value("--suggestions")? as usize,
            "--actions" => actions = Some(value("--actions")? as usize),
            "--seed" => seed = value("--seed")?,
            "--outline" => outline = Some(value("--outline")? as usize),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let shape = Shape {
        suggestions,
        actions: actions.unwrap_or(suggestions / 10),
        seed,
    };
    Ok((shape, outline))
}

fn main() -> ExitCode {
    let (shape, outline) = match parse_args() {
        Ok(s) => s,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("synth: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let written = match outline {
        Some(points) => outline::write_outline(points, shape.seed, std::io::stdout().lock()),
        None => generate::write(&shape, std::io::stdout().lock()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::FAILURE
        }
    }
}
