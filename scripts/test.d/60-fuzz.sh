#!/usr/bin/env bash
# The fuzz crate (fuzz/, its own workspace, see fuzz/run): formatted and linted like the rest,
# and every committed input (fuzz/regressions/, the corpora) replayed through its target without
# the fuzzer, so that a crash found once stays fixed. The fuzzer itself does not run in CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo fmt --manifest-path fuzz/Cargo.toml --check
cargo clippy --manifest-path fuzz/Cargo.toml --all-targets -- -D warnings
cargo test --manifest-path fuzz/Cargo.toml --no-default-features
