//! Prints the benchmark table of `benches/run`: every case of `lhs_maturity_benches::cases()`,
//! timed here (best of N runs, wall clock) with the peak memory of the process that ran it.
//!
//! Each case runs in its own child process (this program started again with `--case NAME`), so
//! that its peak resident memory (`VmHWM` in `/proc/self/status`, read by the child after its
//! last run) is its own: the program, the case's input and the largest run, nothing left over
//! from another case.
//!
//! ```text
//! figures [--quick] [NAME...]   every case (or those whose name contains a NAME), as a table
//! figures --list                the cases and what they measure
//! figures --case NAME [--quick] one case, as one machine-readable `RESULT` line
//! ```

use lhs_maturity_benches::{cases, Case};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick");
    if args.iter().any(|a| a == "--list") {
        for c in cases() {
            println!("{:<16} {}", c.name, c.about);
        }
        return ExitCode::SUCCESS;
    }
    if let Some(pos) = args.iter().position(|a| a == "--case") {
        let Some(name) = args.get(pos + 1) else {
            eprintln!("--case needs a case name (see --list)");
            return ExitCode::FAILURE;
        };
        return match cases().into_iter().find(|c| c.name == name) {
            Some(case) => {
                child(case, quick);
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("no case `{name}` (see --list)");
                ExitCode::FAILURE
            }
        };
    }
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    parent(&filters, quick)
}

/// A line of `/proc/self/status` in kB (`VmRSS`, `VmHWM`); 0 where there is no `/proc`.
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field)?.strip_prefix(':').map(str::to_owned))
        })
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Runs one case: prepares its input (not timed), then times runs in samples of `iters` runs
/// each, and prints the best and the median time per run.
fn child(case: Case, quick: bool) {
    let base_kb = status_kb("VmRSS");
    let size = case.size(case.assessments);
    let mut run = (case.prepare)(case.assessments);
    let setup_kb = status_kb("VmRSS");
    // Warm-up run, which also says how long one run takes.
    let t = Instant::now();
    run();
    let once = t.elapsed().max(Duration::from_nanos(1));
    let budget = Duration::from_millis(if quick { 300 } else { 3000 });
    let sample_target = Duration::from_millis(if quick { 5 } else { 20 });
    let iters = (sample_target.as_nanos() / once.as_nanos()).max(1) as u32;
    let per_sample = once * iters;
    // At least 5 samples for a median worth the name (3 with --quick).
    let least = if quick { 3 } else { 5 };
    let samples = (budget.as_nanos() / per_sample.as_nanos().max(1)).clamp(least, 100) as usize;
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                run();
            }
            t.elapsed().as_secs_f64() / f64::from(iters)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let best = times.first().copied().unwrap_or(0.0);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let hwm_kb = status_kb("VmHWM");
    println!(
        "RESULT {} {} {} {:e} {:e} {} {} {} {} {}",
        case.name,
        size.assessments,
        size.answers,
        best,
        median,
        samples,
        iters,
        base_kb,
        setup_kb,
        hwm_kb
    );
}

struct Row {
    name: String,
    assessments: u64,
    answers: u64,
    best: f64,
    median: f64,
    runs: u64,
    setup_kb: u64,
    hwm_kb: u64,
}

fn parse(line: &str) -> Option<Row> {
    let f: Vec<&str> = line.strip_prefix("RESULT ")?.split(' ').collect();
    let [name, assessments, answers, best, median, samples, iters, _base, setup, hwm] = f[..]
    else {
        return None;
    };
    Some(Row {
        name: name.to_owned(),
        assessments: assessments.parse().ok()?,
        answers: answers.parse().ok()?,
        best: best.parse().ok()?,
        median: median.parse().ok()?,
        runs: samples.parse::<u64>().ok()? * iters.parse::<u64>().ok()?,
        setup_kb: setup.parse().ok()?,
        hwm_kb: hwm.parse().ok()?,
    })
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// `1234567` → `1,234,567`.
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn duration(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{secs:.3} s")
    } else if secs >= 1e-3 {
        format!("{:.2} ms", secs * 1e3)
    } else {
        format!("{:.2} µs", secs * 1e6)
    }
}

fn rate(per_sec: f64) -> String {
    if per_sec >= 1e9 {
        format!("{:.2} G/s", per_sec / 1e9)
    } else if per_sec >= 1e6 {
        format!("{:.2} M/s", per_sec / 1e6)
    } else if per_sec >= 1e3 {
        format!("{:.1} k/s", per_sec / 1e3)
    } else {
        format!("{per_sec:.0} /s")
    }
}

fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 * 1024.0 / 1e6)
}

fn parent(filters: &[&String], quick: bool) -> ExitCode {
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("cannot find this program's path to run the cases");
        return ExitCode::FAILURE;
    };
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let fw = lhs_maturity::Framework::builtin();
    let (cols, width) = (fw.indicator_count(), fw.matrix_nodes().len());
    println!(
        "lhs-maturity {} benchmarks: {cores} cores, load average {} at start{}",
        env!("CARGO_PKG_VERSION"),
        load(),
        if quick {
            " (--quick: short samples)"
        } else {
            ""
        }
    );
    println!();
    println!("| case | items | time (best) | median | runs | assessments/s | answers/s | peak RSS | RSS after setup |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut rows: Vec<Row> = Vec::new();
    let mut failed = false;
    for case in cases() {
        if !filters.is_empty() && !filters.iter().any(|f| case.name.contains(f.as_str())) {
            continue;
        }
        let mut cmd = Command::new(&exe);
        cmd.args(["--case", case.name]);
        if quick {
            cmd.arg("--quick");
        }
        let out = cmd.output();
        let row = out
            .as_ref()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8_lossy(&o.stdout).lines().find_map(parse));
        let Some(r) = row else {
            failed = true;
            let why = match &out {
                Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_owned(),
                Err(e) => e.to_string(),
            };
            println!("| {} | failed: {why} | | | | | | | |", case.name);
            continue;
        };
        let items = if r.assessments == 0 {
            format!("1 framework ({cols} indicators)")
        } else {
            format!(
                "{} ({} answers)",
                grouped(r.assessments),
                grouped(r.answers)
            )
        };
        let per = |n: u64| {
            if n == 0 || r.best <= 0.0 {
                "–".to_owned()
            } else {
                rate(n as f64 / r.best)
            }
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.name,
            items,
            duration(r.best),
            duration(r.median),
            r.runs,
            per(r.assessments),
            per(r.answers),
            mb(r.hwm_kb),
            mb(r.setup_kb)
        );
        rows.push(r);
    }
    println!();
    println!(
        "time: best (and median) wall-clock time of one run (including dropping its result) over `runs` runs, after one warm-up run."
    );
    println!("answers: indicator cells (assessments × {cols} indicators) for generated data, answers given for the example,");
    println!("         bad answers of the one assessment for validate_*.");
    println!("peak RSS: VmHWM of the child process that ran only this case (program + input + largest run);");
    println!(
        "RSS after setup: its resident memory once the input was built, before the first run."
    );
    // Memory per assessment: the slope of the peak between two sizes of the same path.
    let slope = |small: &str, large: &str| {
        let find = |n: &str| rows.iter().find(|r| r.name == n);
        let (a, b) = (find(small)?, find(large)?);
        (b.assessments > a.assessments).then(|| {
            (b.hwm_kb as f64 - a.hwm_kb as f64) * 1024.0 / (b.assessments - a.assessments) as f64
        })
    };
    let output = width * (8 + 1 + 8);
    for (small, large) in [("matrix_10k", "matrix_100k"), ("matrix_100k", "matrix_1m")] {
        if let Some(b) = slope(small, large) {
            println!(
                "matrix memory: the peak grows by {b:.0} bytes per assessment from {small} to {large}; \
                 per row the input is {cols} B (one i8 per indicator) and the output {output} B \
                 ({width} nodes × f64 score + i8 level + f64 coverage), {} B together.",
                cols + output
            );
        }
    }
    if let Some(b) = slope("score_many_1k", "score_many_10k") {
        println!(
            "score_many memory: the peak grows by {:.1} KB per assessment from score_many_1k to \
             score_many_10k (the parsed assessment and its report, held until the call returns).",
            b / 1e3
        );
    }
    println!("load average {} at the end", load());
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
