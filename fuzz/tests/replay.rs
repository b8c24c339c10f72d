//! Replays every committed input of every target (`fuzz/regressions/<target>/` and the minimized
//! corpus `fuzz/corpus/<target>/`) through the target's body, without the fuzzer: a crash found
//! once stays fixed. Run by `.ci/run` (`cargo test --manifest-path fuzz/Cargo.toml
//! --no-default-features`).

use std::path::Path;

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 10] = [
    ("assessment_json", lhs_maturity_fuzz::assessment_json),
    ("framework_json", lhs_maturity_fuzz::framework_json),
    ("report_json", lhs_maturity_fuzz::report_json),
    ("csv", lhs_maturity_fuzz::csv),
    ("options", lhs_maturity_fuzz::options),
    (
        "differential_readers",
        lhs_maturity_fuzz::differential_readers,
    ),
    (
        "differential_scores",
        lhs_maturity_fuzz::differential_scores,
    ),
    ("report_roundtrip", lhs_maturity_fuzz::report_roundtrip),
    ("submissions", lhs_maturity_fuzz::submissions),
    ("imports", lhs_maturity_fuzz::imports),
];

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

/// Replays one target's committed inputs: the files that fail, and how many were replayed.
fn replay(name: &str, target: Target) -> (Vec<String>, usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut failed, mut replayed) = (Vec::new(), 0);
    for dir in ["regressions", "corpus"] {
        for file in inputs(&root.join(dir).join(name)) {
            let data = std::fs::read(&file).expect("a committed input");
            if std::panic::catch_unwind(|| target(&data)).is_err() {
                failed.push(format!("{name}: {} fails again", file.display()));
            }
            replayed += 1;
        }
    }
    (failed, replayed)
}

#[test]
fn every_committed_input_passes_its_target() {
    // One thread per target: the corpus is large and the machine has more than one core.
    let results: Vec<(Vec<String>, usize)> = std::thread::scope(|s| {
        let handles: Vec<_> = TARGETS
            .iter()
            .map(|&(name, target)| s.spawn(move || replay(name, target)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a replay thread"))
            .collect()
    });
    let failed: Vec<&String> = results.iter().flat_map(|r| &r.0).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    // Every target has seeds: the examples of spec/ at least.
    for ((name, _), (_, replayed)) in TARGETS.iter().zip(&results) {
        assert!(*replayed > 0, "{name}: no input replayed");
    }
}

#[test]
fn every_target_has_a_fuzz_target_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, _) in TARGETS {
        let file = root.join("fuzz_targets").join(format!("{name}.rs"));
        let text = std::fs::read_to_string(&file).expect("the target's file");
        assert!(
            text.contains(&format!("lhs_maturity_fuzz::{name}(data)")),
            "{}",
            file.display()
        );
    }
}
