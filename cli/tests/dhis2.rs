//! `lhs-maturity export dhis2`, `export dhis2-metadata` and `export dhis2-mapping`: the files
//! written are the shared samples of `spec/dhis2/` (which the core's tests check against DHIS2's
//! documented formats), the mapping made from the package, and the refusals, named.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::{err, run, spec_file, temp};
use std::path::Path;

fn spec(name: &str) -> String {
    spec_file("dhis2", name)
}

fn same(written: &Path, expected: &str) {
    assert_eq!(
        std::fs::read_to_string(written).unwrap(),
        std::fs::read_to_string(spec(expected)).unwrap(),
        "{expected}"
    );
}

#[test]
fn the_package_the_mapping_and_the_values_are_the_shared_samples() {
    let dir = temp("samples");
    let units = spec("units.csv");
    let o = run(
        &[
            "export",
            "dhis2-metadata",
            "--units",
            &units,
            "-o",
            "metadata.json",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("metadata.json"), "{}", err(&o));
    same(&dir.join("metadata.json"), "metadata.json");
    // The mapping from the framework, and from the package (by code): the same.
    for extra in [&[][..], &["--metadata", "metadata.json"][..]] {
        let mut args = vec![
            "export",
            "dhis2-mapping",
            "--units",
            &units,
            "-o",
            "mapping.json",
        ];
        args.extend_from_slice(extra);
        let o = run(&args, &dir);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        same(&dir.join("mapping.json"), "mapping.json");
    }
    let reports = spec("reports");
    for (format, file) in [("json", "datavalues.json"), ("csv", "datavalues.csv")] {
        let o = run(
            &[
                "export",
                "dhis2",
                "--mapping",
                "mapping.json",
                &reports,
                "--levels",
                "--coverage",
                "--format",
                format,
                "-o",
                file,
            ],
            &dir,
        );
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        same(&dir.join(file), file);
        assert!(err(&o).contains("reports: 3"), "{}", err(&o));
    }
    // To standard output, JSON by default, scores only.
    let o = run(
        &["export", "dhis2", "--mapping", "mapping.json", &reports],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let set: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(set["dataValues"].as_array().unwrap().len() > 10);
    // `--unknown zero` counts the unknown answers of the assessments as level 0.
    let one = spec("reports/kis-east-2026-Q3.json");
    let overall = |extra: &[&str]| {
        let mut args = extra.to_vec();
        args.extend(["export", "dhis2", "--mapping", "mapping.json", &one]);
        let o = run(&args, &dir);
        let set: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        set["dataValues"][0]["value"].as_str().unwrap().to_owned()
    };
    assert_ne!(overall(&[]), overall(&["--unknown", "zero"]));
}

#[test]
fn the_units_list_gives_the_org_units() {
    let dir = temp("units");
    let o = run(&["export", "dhis2-mapping", "-o", "bare.json"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let reports = spec("reports");
    // Without org units, the first unit is named.
    let o = run(
        &["export", "dhis2", "--mapping", "bare.json", &reports],
        &dir,
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("dhis2.unmapped_unit"), "{}", err(&o));
    assert!(err(&o).contains("`kis-east`"), "{}", err(&o));
    let units = spec("units.csv");
    let o = run(
        &[
            "export",
            "dhis2",
            "--mapping",
            "bare.json",
            "--units",
            &units,
            &reports,
            "-o",
            "v.json",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
}

#[test]
fn refusals_name_what_is_wrong() {
    let dir = temp("refusals");
    let mapping = spec("mapping.json");
    let one = spec("reports/kis-east-2026-Q3.json");
    std::fs::write(
        dir.join("siaya.json"),
        r#"{"unit": {"id": "siaya"}, "period": "2026", "answers": {"inst.info.routine_data": 1}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("fy.json"),
        r#"{"unit": {"id": "kis-west"}, "period": "2025/26", "answers": {"inst.info.routine_data": 1}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("node.json"),
        r#"{"framework": "lhs-2021", "nodes": {}}"#,
    )
    .unwrap();
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["--mapping", &mapping, &one, &one],
            "dhis2.duplicate_value",
            "overwrite",
        ),
        (
            &["--mapping", &mapping, "siaya.json"],
            "dhis2.unmapped_unit",
            "`siaya`",
        ),
        (
            &["--mapping", &mapping, "fy.json"],
            "dhis2.invalid_period",
            "`2025/26`",
        ),
        (
            &["--mapping", "node.json", &one],
            "dhis2.unmapped_node",
            "`overall`",
        ),
        (
            &["--mapping", "siaya.json", &one],
            "dhis2.invalid_mapping",
            "siaya.json",
        ),
        (
            &["--mapping", &mapping, "--period-type", "Yearly", &one],
            "",
            "--period-type",
        ),
    ];
    for (args, code, named) in cases {
        let mut all = vec!["export", "dhis2"];
        all.extend_from_slice(args);
        let o = run(&all, &dir);
        assert_ne!(o.status.code(), Some(0), "{args:?}");
        assert!(err(&o).contains(code), "{args:?}: {}", err(&o));
        assert!(err(&o).contains(named), "{args:?}: {}", err(&o));
    }
    // The errors are in the reader's language.
    let o = run(
        &[
            "--lang",
            "fr",
            "export",
            "dhis2",
            "--mapping",
            &mapping,
            &one,
            &one,
        ],
        &dir,
    );
    assert!(err(&o).contains("DHIS2 écraserait"), "{}", err(&o));
    // Options of other layouts, and files where none are taken.
    let o = run(&["export", "long", "--levels", &one], &dir);
    assert!(err(&o).contains("`--levels`"), "{}", err(&o));
    let o = run(&["export", "dhis2-metadata", &one], &dir);
    assert!(err(&o).contains("takes no input files"), "{}", err(&o));
    let o = run(
        &["export", "dhis2-metadata", "--period-type", "Fortnightly"],
        &dir,
    );
    assert!(err(&o).contains("dhis2.invalid_option"), "{}", err(&o));
    let o = run(&["export", "dhis2", &one], &dir);
    assert!(err(&o).contains("--mapping"), "{}", err(&o));
}
