//! The fixtures of `spec/submissions/` (made from the exported form by `make.py`, in the tools'
//! published layouts) read back: every layout gives the designed submissions, in order, with
//! their answers, sources and counts; refused and left-out ones are the ones the manifest names.
#![cfg(feature = "xlsx")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use lhs_maturity::Framework;
use serde_json::Value;
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec/submissions")
}

fn manifest() -> Value {
    let text = std::fs::read_to_string(dir().join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The files of an entry: one, or Collect's instance files.
fn files(entry: &Value) -> Vec<String> {
    match entry["settings"]["files"].as_array() {
        Some(list) => list
            .iter()
            .map(|f| f.as_str().unwrap().to_owned())
            .collect(),
        None => vec![entry["file"].as_str().unwrap().to_owned()],
    }
}

/// What a file gave: the assessments (without `source`) with their instance id and revision,
/// the refusals' codes, and the counts.
#[derive(Default)]
struct Read {
    assessments: Vec<(Value, String, String)>,
    refused: Vec<String>,
    counts: [usize; 7],
}

fn read(fw: &Framework, entry: &Value) -> Result<Read, lhs_maturity::Error> {
    let mut out = Read::default();
    for f in files(entry) {
        let bytes = std::fs::read(dir().join(&f)).unwrap();
        let s = fw.read_submissions(&f, &bytes)?;
        let c = s.counts;
        let add = [
            c.submissions,
            c.read,
            c.refused,
            c.rejected,
            c.not_approved,
            c.undecrypted,
            c.duplicates,
        ];
        for (t, a) in out.counts.iter_mut().zip(add) {
            *t += a;
        }
        for r in s.records {
            match r.assessment {
                Ok(a) => {
                    let src = a.source.clone().unwrap();
                    let mut v = serde_json::to_value(&a).unwrap();
                    v.as_object_mut().unwrap().remove("source");
                    let id = src.instance_id.unwrap_or_default();
                    out.assessments
                        .push((v, id, src.form_revision.unwrap_or_default()));
                }
                Err(e) => out.refused.push(e.code().to_owned()),
            }
        }
    }
    Ok(out)
}

#[test]
fn every_layout_gives_the_designed_submissions() {
    let fw = Framework::builtin();
    let m = manifest();
    let subs = &m["submissions"];
    for entry in m["files"].as_array().unwrap() {
        let file = entry["file"].as_str().unwrap();
        let x = &entry["expect"];
        if let Some(code) = x["file_error"]["code"].as_str() {
            let e = read(&fw, entry)
                .err()
                .unwrap_or_else(|| panic!("{file}: read"));
            assert_eq!(e.code(), code, "{file}");
            continue;
        }
        let got = read(&fw, entry).unwrap_or_else(|e| panic!("{file}: {e}"));
        let n = |v: &Value| v.as_u64().unwrap() as usize;
        let want = [
            n(&x["submissions"]),
            n(&x["scored"]),
            n(&x["refused"]),
            n(&x["left_out"]["rejected"]),
            n(&x["left_out"]["not_approved"]),
            n(&x["left_out"]["undecrypted"]),
            n(&x["duplicates"]),
        ];
        assert_eq!(got.counts, want, "{file}: counts");
        let names: Vec<&str> = entry["assessments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(got.assessments.len(), names.len(), "{file}");
        for ((a, id, rev), name) in got.assessments.iter().zip(&names) {
            let s = &subs[name];
            assert_eq!(a, &s["assessment"], "{file}: {name}");
            let want_id = s["edit_instance_id"].as_str().or(s["instance_id"].as_str());
            assert_eq!(Some(id.as_str()), want_id, "{file}: {name}: instance id");
            assert_eq!(
                Some(rev.as_str()),
                s["form_revision"].as_str(),
                "{file}: {name}"
            );
        }
        let refusals: Vec<&str> = entry["refusals"]
            .as_array()
            .map(|l| l.iter().map(|r| r["code"].as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(got.refused, refusals, "{file}: refusals");
    }
}

#[test]
fn a_bad_value_names_the_row_the_column_and_the_indicator() {
    let fw = Framework::builtin();
    let csv = "SubmissionDate,unit_id,inst-inst_info-inst_info_routine_data,\
               inst-inst_info-inst_info_routine_data__confidence,KEY\n\
               2026-10-01,k1,2,high,uuid:a\n\
               2026-10-02,k2,7,sure,uuid:b\n";
    let s = fw.read_submissions("central.csv", csv.as_bytes()).unwrap();
    assert_eq!((s.counts.read, s.counts.refused), (1, 1));
    let e = s.records[1].assessment.as_ref().unwrap_err();
    let d = e.details();
    assert_eq!(d.len(), 2, "every bad value of the submission");
    assert_eq!(d[0].code, "submissions.invalid_value");
    assert_eq!(d[0].path, "/rows/1/inst-inst_info-inst_info_routine_data");
    assert_eq!((d[0].line, d[0].column), (Some(3), Some(3)));
    assert!(d[0].message.contains("inst.info.routine_data") && d[0].message.contains("`7`"));
    assert_eq!((d[1].line, d[1].column), (Some(3), Some(4)));
}

#[test]
fn validation_problems_are_moved_to_their_cell() {
    let fw = Framework::builtin();
    let bytes = std::fs::read(dir().join("kobo.csv")).unwrap();
    let d = fw.validate_submissions("kobo.csv", &bytes);
    let na = d
        .iter()
        .find(|d| d.code == "assessment.na_without_justification")
        .expect("the national unit's na without justification");
    assert!(na.path.starts_with("/rows/"), "{}", na.path);
    assert!(na.line.is_some() && na.column.is_some());
}

#[test]
fn the_file_layouts_are_told_apart() {
    use lhs_maturity::SubmissionLayout as L;
    for entry in manifest()["files"].as_array().unwrap() {
        for f in files(entry) {
            let bytes = std::fs::read(dir().join(&f)).unwrap();
            let layout = L::of(&f, &bytes).unwrap();
            let name = serde_json::to_value(layout).unwrap();
            assert_eq!(name, entry["layout"], "{f}");
        }
    }
}

#[test]
fn an_archive_that_unpacks_to_too_much_is_refused_before_unpacking() {
    use std::io::Write;
    // A small archive whose directory declares 200 MiB unpacked: the sizes are checked before
    // anything is unpacked.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("lhs-2021.csv", opts).unwrap();
    zip.write_all(b"SubmissionDate,KEY\n").unwrap();
    let mut bytes = zip.finish().unwrap().into_inner();
    let cd = bytes
        .windows(4)
        .position(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    bytes[cd + 24..cd + 28].copy_from_slice(&(200u32 << 20).to_le_bytes());
    let fw = Framework::builtin();
    for name in ["bomb.csv.zip", "bomb.xlsx"] {
        let e = fw.read_submissions(name, &bytes).unwrap_err();
        assert_eq!(e.code(), "assessment.too_large", "{name}");
        assert!(e.message().contains("unpacks to"), "{}", e.message());
    }
}
