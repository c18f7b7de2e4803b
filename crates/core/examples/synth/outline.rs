//! A large synthetic outline: roundtable notes as a facilitator would type them, for the
//! import benchmark.
//!
//! Questions, each discussed at 20 tables; under each table, bullets (about a third with
//! sub-bullets, some two levels deep) drawn from a pool of ideas per question, worded a little
//! differently at each table, so that merging near-duplicates has real work; a few "I will"
//! commitments; next steps and thanks at the end. `points` counts every bullet, at any depth.

use std::io::{BufWriter, Write};

use crate::generate::{AUDIENCES, PROPOSALS, QUALIFIERS, Rng, TOPICS};

/// Tables per question.
const TABLES: usize = 20;
/// Points per question, at every depth.
const PER_QUESTION: usize = 2_000;

/// Writes an outline of `points` points to `out`.
pub fn write_outline(points: usize, seed: u64, out: impl Write) -> std::io::Result<()> {
    let mut rng = Rng(seed);
    let mut out = BufWriter::with_capacity(1 << 16, out);
    writeln!(out, "Riverside libraries consultation: roundtable notes\n")?;
    writeln!(
        out,
        "Notes typed up from the tables of the consultation events.\n"
    )?;
    let mut written = 0;
    let mut question = 0;
    while written < points {
        question += 1;
        let topic = TOPICS[(question - 1) % TOPICS.len()];
        writeln!(
            out,
            "Question {question}: what would make {topic} better for you?\n"
        )?;
        let goal = (written + PER_QUESTION).min(points);
        let mut table = 0;
        while written < goal {
            table = table % TABLES + 1;
            writeln!(out, "Table {table}\n")?;
            let at_table = (goal - written).min(PER_QUESTION / TABLES);
            let mut here = 0;
            while here < at_table {
                let idea = rng.below(40);
                let proposal = PROPOSALS[idea % PROPOSALS.len()];
                let audience = AUDIENCES[idea / 4 % AUDIENCES.len()];
                let line = if rng.chance(2) {
                    format!("I will raise {topic} for {audience} with the cabinet member")
                } else if rng.chance(50) {
                    format!("{proposal} {topic} for {audience}")
                } else {
                    format!(
                        "{audience}: {} {topic}, {}",
                        proposal.to_lowercase(),
                        rng.pick(QUALIFIERS)
                    )
                };
                writeln!(out, "  • {line}")?;
                here += 1;
                if rng.chance(33) && here < at_table {
                    writeln!(out, "    ◦ {}", rng.pick(AUDIENCES))?;
                    here += 1;
                    if rng.chance(30) && here < at_table {
                        writeln!(out, "      ▪ {}", rng.pick(QUALIFIERS))?;
                        here += 1;
                    }
                }
            }
            written += here;
            writeln!(out)?;
        }
    }
    writeln!(out, "Next steps\n")?;
    writeln!(out, "  - We will publish what we heard at every table")?;
    writeln!(out, "  - We will report back in six months\n")?;
    writeln!(out, "Thank you\n")?;
    writeln!(out, "Thank you to everyone who came and gave their time.\n")?;
    out.flush()
}
