//! SIGINT and SIGTERM in the middle of a write: the previous output file is left as it was, the
//! temporary file is removed, and the command exits 130 / 143 with a message.
// Test helpers may fail loudly: a failure is a failed test.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::Framework;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lhs-signals-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A wide CSV of `rows` assessments (every level on the scale).
fn wide_csv(rows: usize) -> String {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let mut s = format!("unit_id;unit_name;period;{}\n", ids.join(";"));
    for k in 0..rows {
        let cells: Vec<String> = (0..ids.len()).map(|c| ((k + c) % 5).to_string()).collect();
        s.push_str(&format!("u{k};Unit {k};2026;{}\n", cells.join(";")));
    }
    s
}

/// The temporary files in `d` (`.NAME.PID.tmp`).
fn temporaries(d: &Path) -> Vec<String> {
    std::fs::read_dir(d)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

const PREVIOUS: &[u8] = b"unit_id,score\nprevious,1.5\n";

/// Starts `batch INPUT -o out.csv` (out.csv holding [`PREVIOUS`]), sends `signal` once the
/// temporary file of out.csv exists, and returns the exit code and standard error; checks that
/// out.csv is unchanged and no temporary file is left.
fn interrupt(name: &str, signal: &str, lang: &str) -> (Option<i32>, String) {
    let d = dir(name);
    let input = d.join("big.csv");
    std::fs::write(&input, wide_csv(150_000)).unwrap();
    let out = d.join("out.csv");
    std::fs::write(&out, PREVIOUS).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(["--lang", lang, "batch"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while temporaries(&d).is_empty() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "batch ended before writing"
        );
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no temporary file"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(50));
    let killed = Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), PREVIOUS, "{signal}: out.csv");
    assert_eq!(temporaries(&d), Vec::<String>::new(), "{signal}: left over");
    let _ = std::fs::remove_dir_all(&d);
    (status.code(), err)
}

#[test]
fn sigterm_keeps_the_previous_file_and_exits_143() {
    let (code, err) = interrupt("term", "TERM", "en");
    assert_eq!(code, Some(143), "{err}");
    assert!(
        err.contains("stopped by SIGTERM: the files being written were removed"),
        "{err}"
    );
}

#[test]
fn sigint_keeps_the_previous_file_and_exits_130() {
    let (code, err) = interrupt("int", "INT", "fr");
    assert_eq!(code, Some(130), "{err}");
    assert!(err.contains("arrêt par SIGINT"), "{err}");
}

#[test]
fn an_interruption_while_nothing_is_written_says_only_that() {
    let d = dir("idle");
    let file = d.join("big.json");
    let answers: serde_json::Map<String, serde_json::Value> = (0..200_000)
        .map(|i| (format!("Q{i}"), serde_json::json!({"level": 2})))
        .collect();
    let doc = serde_json::json!({"unit": {"id": "u"}, "answers": answers});
    std::fs::write(&file, doc.to_string()).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(["--lang", "en", "validate"])
        .arg(&file)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Long enough for the handler to be set up, much shorter than validating the file.
    std::thread::sleep(Duration::from_millis(500));
    let killed = Command::new("kill")
        .args(["-INT".to_owned(), child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(o.status.code(), Some(130), "{err}");
    assert_eq!(err.trim(), "error: stopped by SIGINT");
    let _ = std::fs::remove_dir_all(&d);
}
