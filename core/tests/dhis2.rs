//! DHIS2: the metadata package, the mapping and the `dataValueSet` against DHIS2's documented
//! formats (field names, value types, aggregation types, period ids, UIDs, code and name
//! lengths), the CSV form read back, and the refusals (unmapped units and nodes, periods with
//! no DHIS2 id, two reports for one organisation unit and period).
//!
//! The expected payloads are in `spec/dhis2/` (regenerate with `LHS_UPDATE=1`); the CLI and
//! Python tests read the same files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use lhs_maturity::{
    dhis2_period, dhis2_uid, is_dhis2_uid, Dhis2DataValueSet, Dhis2Mapping, Dhis2Measure,
    Dhis2MetadataOptions, Dhis2Options, FormUnit, Framework, Report, ScoreOptions,
    BUILTIN_VERSIONS, DHIS2_PERIOD_TYPES,
};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn spec() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/dhis2")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(spec().join(name)).unwrap()
}

/// The expected file, or written when `LHS_UPDATE=1`.
fn expect(name: &str, actual: &str) {
    let path = spec().join(name);
    if std::env::var("LHS_UPDATE").as_deref() == Ok("1") {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert_eq!(actual, expected, "{name} differs (LHS_UPDATE=1 to rewrite)");
}

fn options() -> Dhis2MetadataOptions {
    Dhis2MetadataOptions {
        units: FormUnit::read_csv(&read("units.csv")).unwrap(),
        ..Default::default()
    }
}

/// The reports of `spec/dhis2/reports/`, in file name order.
fn reports() -> Vec<Report> {
    let fw = Framework::builtin();
    let mut files: Vec<PathBuf> = std::fs::read_dir(spec().join("reports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            fw.report_of_json(
                &std::fs::read_to_string(p).unwrap(),
                &ScoreOptions::default(),
            )
            .unwrap()
        })
        .collect()
}

fn report(unit: &str, period: &str) -> Report {
    Framework::builtin()
        .score_json(&format!(
            r#"{{"unit": {{"id": "{unit}"}}, "period": "{period}", "answers": {{"inst.info.routine_data": 2}}}}"#
        ))
        .unwrap()
}

fn mapping() -> Dhis2Mapping {
    Dhis2Mapping::read_json(&read("mapping.json")).unwrap()
}

fn all_options() -> Dhis2Options {
    Dhis2Options {
        levels: true,
        coverage: true,
    }
}

// ---------------------------------------------------------------------------------------------
// UIDs
// ---------------------------------------------------------------------------------------------

/// DHIS2's pattern, `^[a-zA-Z]{1}[a-zA-Z0-9]{10}$` (interop-formats §5.3).
fn dhis2_pattern(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 11 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_alphanumeric)
}

#[test]
fn uids_are_the_same_in_every_build() {
    // Fixed: a change here breaks every DHIS2 instance's time series. Computed apart by a
    // 12-line Python FNV-1a 128 (the reference's offset basis and prime), not by this code.
    let fixed = [
        ("", "VCts4Udxxzb"),
        ("lhs-maturity/dataSet/lhs-2021", "BDNpu9JbFUz"),
        ("lhs-maturity/dataElement/lhs-2021//score", "nz9QJDB7tit"),
        (
            "lhs-maturity/dataElement/lhs-2021/inst.info/score",
            "BdahPZT78qi",
        ),
    ];
    for (seed, uid) in fixed {
        assert_eq!(dhis2_uid(seed), uid, "{seed:?}");
        assert!(dhis2_pattern(uid) && is_dhis2_uid(uid));
    }
    for bad in [
        "",
        "0abcdefghij",
        "abcdefghij",
        "abcdefghijkl",
        "abcdefghi-j",
        "abcdéfghij",
    ] {
        assert!(!is_dhis2_uid(bad), "{bad}");
    }
    // Many seeds: always the pattern, the first character spread over the 52 letters.
    let mut first = BTreeSet::new();
    for i in 0..5000 {
        let uid = dhis2_uid(&format!("seed {i}"));
        assert!(dhis2_pattern(&uid), "{uid}");
        first.insert(uid.as_bytes()[0]);
    }
    assert_eq!(first.len(), 52);
}

/// Every object of every built-in version's package: one UID per code, a node keeping its UID
/// (and code) from one version to the next, no two objects sharing a UID.
#[test]
fn uids_are_unique_and_kept_across_versions() {
    let mut uid_of_code: HashMap<String, String> = HashMap::new();
    let mut code_of_uid: HashMap<String, String> = HashMap::new();
    for (version, _) in BUILTIN_VERSIONS {
        let fw = Framework::builtin_version(version).unwrap();
        let m = fw.dhis2_metadata(&Dhis2MetadataOptions::default()).unwrap();
        let mut objects = 0;
        for list in ["dataElements", "optionSets", "options", "dataSets"] {
            for o in m[list].as_array().unwrap() {
                let (id, code) = (o["id"].as_str().unwrap(), o["code"].as_str().unwrap());
                let key = format!("{list}/{code}");
                assert!(dhis2_pattern(id), "{version} {key}: {id}");
                assert_eq!(uid_of_code.entry(key.clone()).or_insert(id.to_owned()), id);
                assert_eq!(
                    code_of_uid.entry(id.to_owned()).or_insert(key.clone()),
                    &key
                );
                objects += 1;
            }
        }
        assert!(objects > 50, "{version}: {objects}");
    }
    // Both versions share nodes, so some codes came twice with their UID.
    let fw = Framework::builtin();
    let v1 = Framework::builtin_version(BUILTIN_VERSIONS[0].0).unwrap();
    let (a, b) = (
        fw.dhis2_mapping(&Dhis2MetadataOptions::default()).unwrap(),
        v1.dhis2_mapping(&Dhis2MetadataOptions::default()).unwrap(),
    );
    let shared: Vec<&String> = a
        .nodes
        .keys()
        .filter(|k| b.nodes.contains_key(*k))
        .collect();
    assert!(!shared.is_empty());
    for k in shared {
        assert_eq!(a.nodes[k], b.nodes[k], "{k}");
    }
    assert_eq!(a.overall, b.overall);
    assert_eq!(a.data_set, b.data_set);
}

// ---------------------------------------------------------------------------------------------
// periods
// ---------------------------------------------------------------------------------------------

#[test]
fn periods_become_dhis2_period_ids() {
    let good = [
        ("2026", "2026"),
        (" 2026 ", "2026"),
        ("2026-S1", "2026S1"),
        ("2026s2", "2026S2"),
        ("2026-Q3", "2026Q3"),
        ("2026q4", "2026Q4"),
        ("2026-09", "202609"),
        ("202601", "202601"),
        ("2026-W05", "2026W5"),
        ("2026W53", "2026W53"),  // 2026 starts on a Thursday: 53 ISO weeks
        ("2020-W53", "2020W53"), // a leap year starting on a Wednesday
        ("2026-09-30", "20260930"),
        ("20240229", "20240229"),
    ];
    for (given, id) in good {
        assert_eq!(dhis2_period(given).as_deref(), Some(id), "{given}");
    }
    let bad = [
        "",
        "26",
        "2026-",
        "2026-Q0",
        "2026-Q5",
        "2026-S3",
        "2026-13",
        "2026-00",
        "2026-9",
        "2026-02-30",
        "20230229",
        "2025-W53",
        "2026-W0",
        "2026-W100",
        "2025/26",
        "FY2026",
        "2026-H1",
        "2026-0930",
        "2026-09-30T00:00",
        "abcd",
        "2026April",
    ];
    for given in bad {
        assert_eq!(dhis2_period(given), None, "{given}");
    }
    // The ids are of DHIS2's documented formats (interop-formats §5.2).
    for (_, id) in good {
        let year = &id[..4];
        let rest = &id[4..];
        assert!(year.bytes().all(|b| b.is_ascii_digit()));
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        assert!(
            rest.is_empty()
                || (rest.len() == 2 && digits(rest))
                || (rest.len() == 4 && digits(rest))
                || rest.strip_prefix('Q').is_some_and(digits)
                || rest.strip_prefix('S').is_some_and(digits)
                || rest
                    .strip_prefix('W')
                    .is_some_and(|w| digits(w) && !w.starts_with('0')),
            "{id}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// the metadata package
// ---------------------------------------------------------------------------------------------

const VALUE_TYPES: [&str; 11] = [
    "INTEGER",
    "NUMBER",
    "PERCENTAGE",
    "INTEGER_POSITIVE",
    "INTEGER_ZERO_OR_POSITIVE",
    "TEXT",
    "LONG_TEXT",
    "BOOLEAN",
    "TRUE_ONLY",
    "DATE",
    "DATETIME",
];

#[test]
fn the_metadata_package_follows_dhis2s_documented_limits() {
    let fw = Framework::builtin();
    let m = fw.dhis2_metadata(&options()).unwrap();
    let keys: BTreeSet<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["dataElements", "dataSets", "optionSets", "options"])
    );
    let elements = m["dataElements"].as_array().unwrap();
    // The overall score and every node, three measures each.
    let mapping = fw.dhis2_mapping(&options()).unwrap();
    assert_eq!(elements.len(), 3 * (1 + mapping.nodes.len()));
    let option_set = m["optionSets"][0]["id"].as_str().unwrap();
    let mut unique: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for de in elements {
        let text = |k: &str| de[k].as_str().unwrap_or_else(|| panic!("{k} in {de}"));
        for k in ["id", "name", "shortName", "code"] {
            assert!(
                unique.entry(k).or_default().insert(text(k)),
                "{k} twice: {de}"
            );
        }
        assert!(text("name").chars().count() <= 230);
        assert!(text("shortName").chars().count() <= 50, "{de}");
        assert!(text("code").chars().count() <= 50, "{de}");
        assert_eq!(text("domainType"), "AGGREGATE");
        assert!(VALUE_TYPES.contains(&text("valueType")));
        let aggregation = text("aggregationType");
        assert!(["AVERAGE", "NONE"].contains(&aggregation), "{de}");
        assert_eq!(de["zeroIsSignificant"], true);
        assert!(de.get("categoryCombo").is_none(), "the default combination");
        let code = text("code");
        match code.rsplit('_').next().unwrap() {
            "SCORE" => assert_eq!((text("valueType"), aggregation), ("NUMBER", "AVERAGE")),
            "COVERAGE" => {
                assert_eq!((text("valueType"), aggregation), ("PERCENTAGE", "AVERAGE"));
            }
            "LEVEL" => {
                assert_eq!(
                    (text("valueType"), aggregation),
                    ("INTEGER_ZERO_OR_POSITIVE", "NONE")
                );
                assert_eq!(de["optionSet"]["id"], option_set);
            }
            other => panic!("{other}"),
        }
    }
    let options = m["options"].as_array().unwrap();
    assert_eq!(options.len() as u32, fw.max_level() + 1);
    for (i, o) in options.iter().enumerate() {
        assert_eq!(o["code"], i.to_string());
        assert_eq!(o["optionSet"]["id"], option_set);
        assert!(dhis2_pattern(o["id"].as_str().unwrap()));
    }
    let listed: Vec<&Value> = m["optionSets"][0]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["id"])
        .collect();
    assert_eq!(listed, options.iter().map(|o| &o["id"]).collect::<Vec<_>>());
    let ds = &m["dataSets"][0];
    assert!(DHIS2_PERIOD_TYPES.contains(&ds["periodType"].as_str().unwrap()));
    assert!(ds["shortName"].as_str().unwrap().len() <= 50);
    let in_set: Vec<&Value> = ds["dataSetElements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["dataElement"]["id"])
        .collect();
    assert_eq!(
        in_set,
        elements.iter().map(|e| &e["id"]).collect::<Vec<_>>()
    );
    // The units with an organisation unit (siaya has none).
    assert_eq!(
        ds["organisationUnits"],
        serde_json::json!([{"id": "fXy12AbCdE3"}, {"id": "kW3stDstr01"}])
    );
    expect(
        "metadata.json",
        &format!("{}\n", serde_json::to_string_pretty(&m).unwrap()),
    );
}

#[test]
fn long_codes_and_short_names_are_cut_and_stay_unique() {
    let long = "a".repeat(40);
    let text = format!(
        r#"{{"id": "long-framework", "version": "1.0.0", "title": {{"en": "Long"}},
        "scale": {{"levels": [
            {{"level": 0, "key": "no", "name": {{"en": "No"}}, "description": {{"en": "No"}}}},
            {{"level": 1, "key": "yes", "name": {{"en": "Yes"}}, "description": {{"en": "Yes"}}}}]}},
        "domains": [
            {{"id": "{long}1", "name": {{"en": "One"}}, "indicators": [{{"id": "{long}1.x", "statement": {{"en": "x"}},
                "levels": [{{"text": {{"en": "no"}}}}, {{"text": {{"en": "yes"}}}}]}}]}},
            {{"id": "{long}2", "name": {{"en": "Two"}}, "indicators": [{{"id": "{long}2.x", "statement": {{"en": "x"}},
                "levels": [{{"text": {{"en": "no"}}}}, {{"text": {{"en": "yes"}}}}]}}]}}]}}"#
    );
    let fw = Framework::from_json(&text).unwrap();
    let m = fw.dhis2_metadata(&Dhis2MetadataOptions::default()).unwrap();
    let mut seen = BTreeSet::new();
    for de in m["dataElements"].as_array().unwrap() {
        for k in ["code", "shortName"] {
            let s = de[k].as_str().unwrap();
            assert!(s.chars().count() <= 50, "{s}");
            assert!(seen.insert(s.to_owned()), "{s}");
        }
    }
}

#[test]
fn bad_metadata_options_are_refused_and_located() {
    let fw = Framework::builtin();
    let o = Dhis2MetadataOptions {
        period_type: "Fortnightly".into(),
        code_prefix: "LHS 2021!".into(),
        units: vec![FormUnit {
            org_unit: Some("1bad".into()),
            ..FormUnit::read_csv("id,name,kind\nk,K,district\n").unwrap()[0].clone()
        }],
        ..Default::default()
    };
    let e = fw.dhis2_metadata(&o).unwrap_err();
    let found: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("dhis2.invalid_option", "/period_type"),
            ("dhis2.invalid_option", "/code_prefix"),
            ("dhis2.invalid_option", "/units/0/org_unit"),
        ]
    );
    assert!(e.details()[0].message.contains("Fortnightly"));
    // Any case of a DHIS2 period type.
    let o = Dhis2MetadataOptions {
        period_type: "quarterly".into(),
        ..Default::default()
    };
    assert_eq!(
        fw.dhis2_metadata(&o).unwrap()["dataSets"][0]["periodType"],
        "Quarterly"
    );
}

// ---------------------------------------------------------------------------------------------
// the mapping
// ---------------------------------------------------------------------------------------------

#[test]
fn the_mapping_is_made_from_the_framework_or_its_metadata_package() {
    let fw = Framework::builtin();
    let made = fw.dhis2_mapping(&options()).unwrap();
    expect("mapping.json", &made.to_json());
    assert_eq!(mapping(), made);
    let meta: Value = serde_json::from_str(&read("metadata.json")).unwrap();
    assert_eq!(
        fw.dhis2_mapping_from_metadata(&meta, &options()).unwrap(),
        made
    );
    // After an import by code, DHIS2's own UIDs: found by code.
    let mut renamed = meta.clone();
    let de = &mut renamed["dataElements"][0];
    de["id"] = "Zz000000001".into();
    let from = fw
        .dhis2_mapping_from_metadata(&renamed, &options())
        .unwrap();
    assert_eq!(from.overall.get(Dhis2Measure::Score), Some("Zz000000001"));
    // A data element missing: named by its code, node and measure.
    let mut cut = meta;
    cut["dataElements"].as_array_mut().unwrap().remove(3);
    let e = fw
        .dhis2_mapping_from_metadata(&cut, &options())
        .unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("dhis2.invalid_metadata", "/dataElements")
    );
    assert!(
        e.details()[0].message.contains("LHS_2021_INST_SCORE"),
        "{e}"
    );
}

#[test]
fn the_mapping_has_a_json_schema() {
    let schema = lhs_maturity::dhis2_mapping_schema();
    expect(
        "mapping.schema.json",
        &format!("{}\n", serde_json::to_string_pretty(&schema).unwrap()),
    );
    let fields: BTreeSet<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let sample: Value = serde_json::from_str(&read("mapping.json")).unwrap();
    for k in sample.as_object().unwrap().keys() {
        assert!(fields.contains(k.as_str()), "{k}");
    }
    assert_eq!(schema["required"], serde_json::json!(["framework"]));
}

#[test]
fn a_bad_mapping_is_refused_with_every_problem_located() {
    let e = Dhis2Mapping::read_json(
        r#"{"framework": 3, "data_set": "x", "overall": {"score": "Abcdefghij1", "rank": "Abcdefghij1"},
            "nodes": {"inst": "Abcdefghij1", "cap/x": {"level": "0bcdefghij1"}}, "colour": 1}"#,
    )
    .unwrap_err();
    let found: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("dhis2.invalid_mapping", "/framework"),
            ("dhis2.invalid_mapping", "/data_set"),
            ("dhis2.invalid_mapping", "/overall/rank"),
            ("dhis2.invalid_mapping", "/nodes/inst"),
            ("dhis2.invalid_mapping", "/nodes/cap~1x/level"),
            ("dhis2.invalid_mapping", "/colour"),
        ]
    );
    let e = Dhis2Mapping::read_json("{").unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.invalid_mapping", ""));
    let e = Dhis2Mapping::read_json("{}").unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("dhis2.invalid_mapping", "/framework")
    );
}

// ---------------------------------------------------------------------------------------------
// the data values
// ---------------------------------------------------------------------------------------------

/// DHIS2's JSON form: `dataSet` and `dataValues`, each value with the documented field names
/// and a text value (interop-formats §5.1).
fn check_dhis2_json(v: &Value) {
    for k in v.as_object().unwrap().keys() {
        assert!(["dataSet", "dataValues"].contains(&k.as_str()), "{k}");
    }
    for dv in v["dataValues"].as_array().unwrap() {
        for (k, x) in dv.as_object().unwrap() {
            assert!(
                [
                    "dataElement",
                    "period",
                    "orgUnit",
                    "categoryOptionCombo",
                    "attributeOptionCombo",
                    "value",
                    "comment"
                ]
                .contains(&k.as_str()),
                "{k}"
            );
            assert!(x.is_string(), "{k}: values are strings");
        }
        for k in ["dataElement", "orgUnit"] {
            assert!(dhis2_pattern(dv[k].as_str().unwrap()));
        }
        let value = dv["value"].as_str().unwrap();
        // A plain decimal: no sign, no exponent.
        let (int, frac) = value.split_once('.').unwrap_or((value, "0"));
        assert!(
            !int.is_empty()
                && int.bytes().all(|b| b.is_ascii_digit())
                && (int == "0" || !int.starts_with('0'))
                && !frac.is_empty()
                && frac.bytes().all(|b| b.is_ascii_digit()),
            "{value}"
        );
    }
}

#[test]
fn scores_become_a_data_value_set() {
    let fw = Framework::builtin();
    let reports = reports();
    let set = fw
        .dhis2_data_values(&reports, &mapping(), &all_options())
        .unwrap();
    let json: Value = serde_json::from_str(&set.to_json()).unwrap();
    check_dhis2_json(&json);
    assert_eq!(json["dataSet"], mapping().data_set.unwrap());
    expect("datavalues.json", &set.to_json());
    expect("datavalues.csv", &set.to_csv());
    // Periods: 2026 and 2026Q3; units: kis-east's and kis-west's organisation units.
    let keys: Vec<(String, String)> = set.by_org_unit_and_period().into_keys().collect();
    assert_eq!(
        keys,
        [
            ("fXy12AbCdE3".to_owned(), "2026".to_owned()),
            ("fXy12AbCdE3".to_owned(), "2026Q3".to_owned()),
            ("kW3stDstr01".to_owned(), "2026Q3".to_owned()),
        ]
    );
    // Null scores are left out: a report rating a few indicators has fewer values than nodes.
    let m = mapping();
    let by_element: HashMap<&str, (&str, Dhis2Measure)> = std::iter::once(("overall", &m.overall))
        .chain(m.nodes.iter().map(|(k, v)| (k.as_str(), v)))
        .flat_map(|(node, e)| {
            Dhis2Measure::ALL
                .into_iter()
                .filter_map(move |x| e.get(x).map(|uid| (uid, (node, x))))
        })
        .collect();
    let r = &reports[0]; // kis-east-2026-Q3.json
    let mine: Vec<_> = set
        .data_values
        .iter()
        .filter(|v| v.period == "2026Q3" && v.org_unit == "fXy12AbCdE3")
        .collect();
    let info = r.domains[0]
        .children
        .iter()
        .find(|n| n.id == "inst.info")
        .unwrap();
    let score_of = |node: &str, x: Dhis2Measure| {
        mine.iter()
            .find(|v| by_element[v.data_element.as_str()] == (node, x))
            .map(|v| v.value.clone())
    };
    assert_eq!(
        score_of("inst.info", Dhis2Measure::Score),
        Some("2.5".to_owned())
    );
    assert_eq!(
        score_of("inst.info", Dhis2Measure::Level),
        info.score.level.map(|l| l.to_string())
    );
    // Coverage × 100, a whole number for DHIS2's PERCENTAGE.
    let coverage = score_of("inst.info", Dhis2Measure::Coverage).unwrap();
    assert_eq!(
        coverage,
        format!("{}", (info.score.coverage.unwrap() * 100.0).round())
    );
    assert_eq!(
        score_of("proc.loops", Dhis2Measure::Score),
        None,
        "not rated"
    );
    assert_eq!(
        score_of("proc.loops", Dhis2Measure::Coverage).as_deref(),
        Some("0"),
        "a coverage of 0 is a value"
    );
    // Every level is a code of the levels' option set, every coverage a whole percentage
    // (DHIS2's PERCENTAGE), every score within the scale (NUMBER).
    let meta = fw.dhis2_metadata(&options()).unwrap();
    let codes: BTreeSet<&str> = meta["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["code"].as_str().unwrap())
        .collect();
    for v in &set.data_values {
        match by_element[v.data_element.as_str()].1 {
            Dhis2Measure::Level => assert!(codes.contains(v.value.as_str()), "{v:?}"),
            Dhis2Measure::Coverage => {
                let p: u32 = v.value.parse().unwrap();
                assert!(p <= 100, "{v:?}");
            }
            Dhis2Measure::Score => {
                let x: f64 = v.value.parse().unwrap();
                assert!((0.0..=f64::from(fw.max_level())).contains(&x), "{v:?}");
            }
        }
    }
    // Scores only, by default.
    let scores = fw
        .dhis2_data_values(&reports, &m, &Dhis2Options::default())
        .unwrap();
    assert!(scores
        .data_values
        .iter()
        .all(|v| by_element[v.data_element.as_str()].1 == Dhis2Measure::Score));
    assert!(scores.data_values.len() < set.data_values.len());
}

#[test]
fn the_csv_form_has_dhis2s_columns_and_reads_back() {
    let fw = Framework::builtin();
    let set = fw
        .dhis2_data_values(&reports(), &mapping(), &all_options())
        .unwrap();
    let csv = set.to_csv();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup"
    );
    for (line, v) in lines.zip(&set.data_values) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 10, "{line}");
        assert_eq!(
            (cells[0], cells[1], cells[2], cells[5]),
            (&*v.data_element, &*v.period, &*v.org_unit, &*v.value)
        );
    }
    let back = Dhis2DataValueSet::read_csv(&csv, set.data_set.as_deref()).unwrap();
    assert_eq!(back, set);
    // With combinations and a comment, and cells that would start a formula.
    let mut m = mapping();
    m.category_option_combo = Some("HllvX50cXC0".into());
    m.attribute_option_combo = Some("HllvX50cXC0".into());
    let mut set = fw
        .dhis2_data_values(&reports(), &m, &Dhis2Options::default())
        .unwrap();
    set.data_values[0].comment = Some("=HYPERLINK(\"x\"), pooled".into());
    let csv = set.to_csv();
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"x\"\"), pooled\","),
        "{csv}"
    );
    assert!(csv.lines().all(|l| !l.starts_with(['=', '+', '-', '@'])));
    assert_eq!(
        Dhis2DataValueSet::read_csv(&csv, m.data_set.as_deref()).unwrap(),
        set
    );
    // A row without a value, located.
    let e = Dhis2DataValueSet::read_csv("h\nAbcdefghij1,2026,fXy12AbCdE3,,,\n", None).unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.invalid_csv", "/rows/0/value"));
}

#[test]
fn unmapped_units_and_nodes_are_refused_by_name() {
    let fw = Framework::builtin();
    // siaya is in the units list, without an organisation unit.
    let e = fw
        .dhis2_data_values(
            &[report("siaya", "2026")],
            &mapping(),
            &Dhis2Options::default(),
        )
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.unmapped_unit", "/0/unit/id"));
    assert!(e.details()[0].message.contains("`siaya`"), "{e}");
    let mut r = report("kis-east", "2026");
    r.unit = None;
    let e = fw
        .dhis2_data_values(&[r], &mapping(), &Dhis2Options::default())
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.unmapped_unit", "/0/unit"));
    // A node without a data element for a measure asked for, once for all reports.
    let mut m = mapping();
    m.nodes.get_mut("cap.res").unwrap().level = None;
    let two = [report("kis-east", "2026"), report("kis-west", "2026")];
    assert!(fw
        .dhis2_data_values(&two, &m, &Dhis2Options::default())
        .is_ok());
    let e = fw.dhis2_data_values(&two, &m, &all_options()).unwrap_err();
    assert_eq!(e.details().len(), 1, "{e}");
    assert_eq!(
        (e.code(), e.path()),
        ("dhis2.unmapped_node", "/0/domains/1/children/2")
    );
    assert!(e.details()[0].message.contains("`cap.res`"), "{e}");
    assert!(e.details()[0].message.contains("level"), "{e}");
    m.overall.score = None;
    let e = fw
        .dhis2_data_values(&two, &m, &Dhis2Options::default())
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.unmapped_node", "/0/overall"));
}

#[test]
fn periods_without_a_dhis2_id_are_refused_by_value() {
    let fw = Framework::builtin();
    let reports = [report("kis-east", "2025/26"), report("kis-west", "2026-Q3")];
    let e = fw
        .dhis2_data_values(&reports, &mapping(), &Dhis2Options::default())
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.invalid_period", "/0/period"));
    assert!(e.details()[0].message.contains("`2025/26`"), "{e}");
    let mut r = report("kis-east", "2026");
    r.period = None;
    let e = fw
        .dhis2_data_values(&[r], &mapping(), &Dhis2Options::default())
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.invalid_period", "/0/period"));
}

#[test]
fn two_reports_for_one_org_unit_and_period_are_refused() {
    let fw = Framework::builtin();
    // The same quarter written two ways is the same DHIS2 period.
    let reports = [
        report("kis-east", "2026-Q3"),
        report("kis-west", "2026-Q3"),
        report("kis-east", "2026q3"),
    ];
    let e = fw
        .dhis2_data_values(&reports, &mapping(), &Dhis2Options::default())
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("dhis2.duplicate_value", "/2/period"));
    let message = &e.details()[0].message;
    assert!(
        message.contains("report 3") && message.contains("report 1"),
        "{message}"
    );
    assert!(message.contains("overwrite"), "{message}");
    assert!(e.details()[0].help.as_deref().unwrap().contains("pool"));
    // Two units mapped to one organisation unit too.
    let mut m = mapping();
    m.org_units.insert("kis-west".into(), "fXy12AbCdE3".into());
    let e = fw
        .dhis2_data_values(&reports[..2], &m, &Dhis2Options::default())
        .unwrap_err();
    assert_eq!(e.code(), "dhis2.duplicate_value");
}

#[test]
fn reports_of_another_framework_are_refused() {
    let fw = Framework::builtin();
    let mut r = report("kis-east", "2026");
    r.framework.id = "other".into();
    let e = fw
        .dhis2_data_values(&[r], &mapping(), &Dhis2Options::default())
        .unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("dhis2.other_framework", "/0/framework/id")
    );
}
