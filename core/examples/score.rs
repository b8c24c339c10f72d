//! Scores an assessment file against the built-in framework and prints the Markdown report.
//!
//! `cargo run --release -p lhs-maturity --example score -- spec/examples/district-kisumu-east.json`

use lhs_maturity::Framework;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: score ASSESSMENT.json");
        return ExitCode::from(2);
    };
    let framework = Framework::builtin();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read `{path}`: {e}");
            return ExitCode::from(1);
        }
    };
    match framework.score_json(&text) {
        Ok(report) => {
            print!("{}", report.to_markdown());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("`{path}` cannot be scored:");
            for d in err.details() {
                eprintln!("  {d}");
                if let Some(h) = &d.help {
                    eprintln!("      help: {h}");
                }
            }
            ExitCode::from(1)
        }
    }
}
