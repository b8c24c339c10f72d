//! Criterion benches of every case of `lhs_maturity_benches::cases()`.
//!
//! `cargo bench -p lhs-maturity-benches` measures them all at full size. Under `cargo test`
//! (criterion's test mode, which runs each bench once, unoptimized) every case is shrunk to at
//! most 100 assessments so that the test suite stays fast. `benches/run` prints the same cases as
//! one table (best of N, wall clock, with peak memory).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

/// Criterion passes `--bench` when run by `cargo bench`; without it, this is test mode.
fn bench_mode() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn all(c: &mut Criterion) {
    let full = bench_mode();
    let mut group = c.benchmark_group("lhs");
    for case in lhs_maturity_benches::cases() {
        let n = if full {
            case.assessments
        } else {
            case.assessments.min(100)
        };
        if case.large {
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(15));
        } else {
            group.sample_size(30);
            group.measurement_time(Duration::from_secs(5));
        }
        group.throughput(Throughput::Elements(case.size(n).answers.max(1)));
        // The input is prepared once, when criterion first runs this bench (never when it is
        // filtered out); criterion calls this closure for the warm-up and for every sample.
        let mut run: Option<Box<dyn FnMut()>> = None;
        group.bench_function(case.name, |b| {
            let run = run.get_or_insert_with(|| (case.prepare)(n));
            b.iter(run);
        });
    }
    group.finish();
}

criterion_group!(benches, all);
criterion_main!(benches);
