//! Benchmarks of lhs-maturity (see benches/run).
