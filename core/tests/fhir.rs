//! FHIR R4: the Questionnaire (SDC) of the built-in framework, its CodeSystem, and
//! QuestionnaireResponses in and out. The shared samples in `spec/fhir/` (an assessment, its
//! response, its scores, the CodeSystem) are checked here (regenerate with
//! `LHS_UPDATE=1 cargo test -p lhs-maturity --test fhir`) and read by the Python and JS tests;
//! the Questionnaires (1.7 MB with their translations) are made by each surface.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::{Assessment, FhirOptions, FormUnit, Framework, Rating};
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

const URL: &str = "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021";
const LEVELS: &str = "https://lhs-maturity.github.io/fhir/CodeSystem/lhs-2021-levels";
const ORDINAL: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const WEIGHT: &str = "http://hl7.org/fhir/StructureDefinition/itemWeight";

fn spec(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../spec/fhir")
        .join(name)
}

fn units() -> Vec<FormUnit> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/submissions/units.csv"),
    )
    .unwrap();
    FormUnit::read_csv(&text).unwrap()
}

/// Every item of a Questionnaire or response, depth first, with its linkId path.
fn items(v: &Value, parent: &str, out: &mut Vec<(String, Value)>) {
    for it in v["item"].as_array().into_iter().flatten() {
        let id = it["linkId"].as_str().unwrap();
        let path = if parent.is_empty() {
            id.to_owned()
        } else {
            format!("{parent}/{id}")
        };
        out.push((path.clone(), it.clone()));
        items(it, &path, out);
        for a in it["answer"].as_array().into_iter().flatten() {
            items(a, &path, out);
        }
    }
}

fn by_link(q: &Value) -> HashMap<String, Value> {
    let mut all = Vec::new();
    items(q, "", &mut all);
    all.into_iter()
        .map(|(p, v)| (p.rsplit('/').next().unwrap().to_owned(), v))
        .collect()
}

/// Checks what `fhir.resources` does not: item types, codes, extension URLs, enableWhen
/// targets, unique linkIds, group children.
fn check_questionnaire(q: &Value) {
    let known_ext: BTreeSet<&str> = [
        "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
        "http://hl7.org/fhir/StructureDefinition/translation",
        "http://hl7.org/fhir/StructureDefinition/regex",
        "http://hl7.org/fhir/StructureDefinition/entryFormat",
        ORDINAL,
        WEIGHT,
    ]
    .into();
    let text = q.to_string();
    let ext: Vec<String> = text
        .match_indices("\"url\":\"")
        .map(|(i, _)| {
            let rest = &text[i + 7..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect();
    for u in ext {
        assert!(
            known_ext.contains(u.as_str())
                || ["lang", "content"].contains(&u.as_str())
                || u.starts_with("https://lhs-maturity.github.io/fhir/Questionnaire/"),
            "unexpected url {u}"
        );
    }
    let mut all = Vec::new();
    items(q, "", &mut all);
    let mut seen = BTreeSet::new();
    for (path, it) in &all {
        let id = it["linkId"].as_str().unwrap();
        assert!(seen.insert(id.to_owned()), "{path} twice");
        let t = it["type"].as_str().unwrap();
        assert!(
            ["group", "display", "string", "text", "choice"].contains(&t),
            "{path}: {t}"
        );
        if t == "group" {
            assert!(!it["item"].as_array().unwrap().is_empty(), "{path}");
        }
        if t == "choice" {
            assert!(it["answerOption"].as_array().is_some_and(|a| !a.is_empty()));
            assert!(it.get("answerValueSet").is_none());
        }
        for w in it["enableWhen"].as_array().into_iter().flatten() {
            let op = w["operator"].as_str().unwrap();
            assert!(["exists", "=", "!="].contains(&op), "{path}: {op}");
        }
        if let Some(b) = it.get("enableBehavior") {
            assert!(b == "any" || b == "all");
        }
    }
    for (path, it) in &all {
        for w in it["enableWhen"].as_array().into_iter().flatten() {
            let target = w["question"].as_str().unwrap();
            assert!(seen.contains(target), "{path}: enableWhen on {target}");
        }
    }
    assert_eq!(q["status"], "active");
}

#[test]
fn questionnaire_has_the_items_of_the_form() {
    let fw = Framework::builtin();
    let q = fw.fhir_questionnaire(&FhirOptions::default()).unwrap();
    check_questionnaire(&q);
    assert_eq!(q["url"], URL);
    assert_eq!(q["version"], "2.0.0.1");
    assert_eq!(q["language"], "en");
    let items = by_link(&q);
    // One group per domain and sub-domain.
    assert_eq!(items["inst"]["type"], "group");
    assert_eq!(items["inst_info"]["type"], "group");
    // Metadata.
    assert_eq!(items["unit_id"]["type"], "string");
    assert_eq!(items["unit_kind"]["type"], "choice");
    assert_eq!(items["period"]["type"], "string");
    assert_eq!(items["respondent_role"]["type"], "choice");
    // Every indicator: a choice with the levels, na and unknown, its descriptor, ordinal values.
    for info in fw.indicators() {
        let base = info.id.replace('.', "_");
        let r = &items[&base];
        assert_eq!(r["type"], "choice");
        let opts = r["answerOption"].as_array().unwrap();
        let codes: Vec<&str> = opts
            .iter()
            .map(|o| o["valueCoding"]["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["0", "1", "2", "3", "4", "na", "unknown"]);
        for (l, o) in opts.iter().take(5).enumerate() {
            assert_eq!(o["valueCoding"]["system"], LEVELS);
            assert_eq!(o["valueCoding"]["extension"][0]["url"], ORDINAL);
            assert_eq!(o["valueCoding"]["extension"][0]["valueDecimal"], l);
            assert_eq!(o["extension"][0]["url"], WEIGHT);
            assert_eq!(o["extension"][0]["valueDecimal"], l);
            let d = fw.descriptor(&info.id, l as u32).unwrap().en();
            assert!(o["valueCoding"]["display"].as_str().unwrap().ends_with(d));
        }
        for o in &opts[5..] {
            assert!(o.get("extension").is_none());
            assert!(o["valueCoding"].get("extension").is_none());
        }
        for suffix in ["__evidence", "__confidence", "__justification", "__target"] {
            assert!(
                items.contains_key(&format!("{base}{suffix}")),
                "{base}{suffix}"
            );
        }
        assert_eq!(items[&format!("{base}__evidence")]["type"], "text");
    }
    // Help text: the guiding question and evidence list.
    let help = &items["inst_info_routine_data__help"];
    assert_eq!(help["type"], "display");
    let ind = fw.indicator("inst.info.routine_data").unwrap();
    assert!(help["text"]
        .as_str()
        .unwrap()
        .contains(ind.question.as_ref().unwrap().en()));
    assert!(help["text"].as_str().unwrap().contains("Evidence to check"));
    // enableWhen: national and subnational only.
    let w = &items["inst_info_policy_research_institutes"];
    assert_eq!(w["enableBehavior"], "any");
    let kinds: Vec<&str> = w["enableWhen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["answerCoding"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["national", "subnational"]);
    assert!(items["inst_info_community_feedback"]
        .get("enableWhen")
        .is_none());
    // The justification is enabled for na, the confidence once rated.
    assert_eq!(
        items["inst_info_routine_data__justification"]["enableWhen"][0]["answerCoding"]["code"],
        "na"
    );
    assert_eq!(
        items["inst_info_routine_data__confidence"]["enableBehavior"],
        "all"
    );
}

#[test]
fn one_questionnaire_per_language_with_the_translations() {
    let fw = Framework::builtin();
    for lang in ["en", "fr", "es", "pt-PT", "ar"] {
        let q = fw
            .fhir_questionnaire(&FhirOptions {
                lang: lang.to_owned(),
                ..Default::default()
            })
            .unwrap();
        check_questionnaire(&q);
        assert_eq!(q["language"], lang);
        let items = by_link(&q);
        let text = items["inst"]["text"].as_str().unwrap();
        let inst = &fw.spec().domains[0].name;
        assert_eq!(text, inst.get(lang));
        let tr = items["inst"]["_text"]["extension"].as_array().unwrap();
        let langs: Vec<&str> = tr
            .iter()
            .map(|e| e["extension"][0]["valueCode"].as_str().unwrap())
            .collect();
        assert!(!langs.contains(&lang));
        assert_eq!(langs.len(), 4, "{lang}: {langs:?}");
    }
    let e = fw
        .fhir_questionnaire(&FhirOptions {
            lang: "sw".to_owned(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!((e.code(), e.path()), ("fhir.unavailable_language", "/lang"));
}

#[test]
fn units_list_carries_the_kind_and_drives_enable_when() {
    let fw = Framework::builtin();
    let q = fw
        .fhir_questionnaire(&FhirOptions {
            units: units(),
            revision: 2,
            ..Default::default()
        })
        .unwrap();
    check_questionnaire(&q);
    assert_eq!(q["version"], "2.0.0.2");
    let items = by_link(&q);
    assert!(!items.contains_key("unit_kind"));
    let opts = items["unit_id"]["answerOption"].as_array().unwrap();
    assert_eq!(opts.len(), 3);
    assert_eq!(
        opts[0]["valueCoding"]["system"],
        "https://lhs-maturity.github.io/fhir/units/district"
    );
    // National and subnational only: the one national unit.
    let w = &items["inst_info_policy_research_institutes"]["enableWhen"];
    assert_eq!(w.as_array().unwrap().len(), 1);
    assert_eq!(w[0]["answerCoding"]["code"], "moh-ke");
    // A response choosing the national unit: the kind comes with it.
    let qr = json!({"resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": format!("{URL}|2.0.0.2"),
        "item": [{"linkId": "unit_id", "answer": [{"valueCoding": opts[2]["valueCoding"].clone()}]}]});
    let a = fw.from_fhir_response(&qr.to_string()).unwrap();
    let unit = a.unit.unwrap();
    assert_eq!(unit.id.as_deref(), Some("moh-ke"));
    assert_eq!(unit.kind.as_deref(), Some("national"));
    assert_eq!(a.source.unwrap().form_revision.as_deref(), Some("2"));
}

#[test]
fn code_system_has_levels_na_and_unknown() {
    let cs = Framework::builtin().fhir_code_system();
    assert_eq!(cs["url"], LEVELS);
    assert_eq!(cs["version"], "2.0.0");
    let codes: Vec<&str> = cs["concept"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["0", "1", "2", "3", "4", "na", "unknown"]);
    assert_eq!(cs["concept"][3]["extension"][0]["valueDecimal"], 3);
    assert_eq!(cs["concept"][3]["designation"].as_array().unwrap().len(), 4);
}

fn sample() -> Assessment {
    Assessment::from_json(&std::fs::read_to_string(spec("assessment.json")).unwrap()).unwrap()
}

#[test]
fn response_round_trip_keeps_everything() {
    let fw = Framework::builtin();
    let a = sample();
    let qr = fw.to_fhir_response(&a, "en").unwrap();
    let back = fw.from_fhir_response(&qr.to_string()).unwrap();
    assert_eq!(back, a);
    // And a response read and written again is the same response.
    let again = fw.to_fhir_response(&back, "en").unwrap();
    assert_eq!(again, qr);
    // The indicator that does not apply to a district is not there; scored as such.
    let report = fw.score(&back).unwrap();
    let r = report
        .indicators
        .iter()
        .find(|i| i.id == "inst.info.policy_research_institutes")
        .unwrap();
    assert_eq!(format!("{:?}", r.status), "DoesNotApply");
    assert_eq!(
        back.answers["inst.info.routine_data"].rating,
        Some(Rating::Level(2))
    );
}

#[test]
fn shared_samples_are_up_to_date() {
    let fw = Framework::builtin();
    let a = sample();
    let outputs = [
        ("codesystem.json", fw.fhir_code_system()),
        ("response.json", fw.to_fhir_response(&a, "en").unwrap()),
    ];
    for (name, v) in outputs {
        let text = serde_json::to_string_pretty(&v).unwrap() + "\n";
        if std::env::var_os("LHS_UPDATE").is_some() {
            std::fs::write(spec(name), &text).unwrap();
        }
        let stored = std::fs::read_to_string(spec(name)).unwrap();
        assert!(
            stored == text,
            "spec/fhir/{name} is out of date (LHS_UPDATE=1)"
        );
    }
    // The report of the sample, which every surface compares with.
    let report = fw.score(&a).unwrap();
    let scores = json!({
        "overall": report.overall.score,
        "domains": report.domains.iter().map(|d| json!({"id": d.id, "score": d.score.score})).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&scores).unwrap() + "\n";
    if std::env::var_os("LHS_UPDATE").is_some() {
        std::fs::write(spec("response.scores.json"), &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(spec("response.scores.json")).unwrap(),
        text
    );
}

fn response(version: &str, items: Value) -> String {
    json!({"resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": format!("{URL}|{version}"), "item": items})
    .to_string()
}

#[test]
fn older_revision_is_read_other_versions_refused() {
    let fw = Framework::builtin();
    let item = json!([{"linkId": "inst", "item": [{"linkId": "inst_info", "item": [
        {"linkId": "inst_info_routine_data", "answer": [{"valueCoding": {"system": LEVELS, "code": "3"}}]}]}]}]);
    let a = fw
        .from_fhir_response(&response("2.0.0.1", item.clone()))
        .unwrap();
    assert_eq!(
        a.answers["inst.info.routine_data"].rating,
        Some(Rating::Level(3))
    );
    let e = fw
        .from_fhir_response(&response("1.0.0.1", item.clone()))
        .unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("assessment.version_mismatch", "/questionnaire")
    );
    assert!(e.help().unwrap().contains("migrate"));
    let other = json!({"resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": "https://lhs-maturity.github.io/fhir/Questionnaire/other|1.0.1", "item": item});
    let e = fw.from_fhir_response(&other.to_string()).unwrap_err();
    assert_eq!(e.code(), "assessment.framework_mismatch");
    let e = fw
        .from_fhir_response(r#"{"resourceType": "Questionnaire", "status": "active"}"#)
        .unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        ("fhir.not_a_response", "/resourceType")
    );
    let e = fw
        .from_fhir_response(r#"{"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://x.org/q"}"#)
        .unwrap_err();
    assert_eq!(e.code(), "fhir.unknown_questionnaire");
}

#[test]
fn bad_items_are_located_by_link_id_path() {
    let fw = Framework::builtin();
    let items = json!([
        {"linkId": "unit_kind", "answer": [{"valueCoding": {"code": "hospital"}}]},
        {"linkId": "added_question", "answer": [{"valueString": "x"}]},
        {"linkId": "inst", "item": [{"linkId": "inst_info", "item": [
            {"linkId": "inst_info_routine_data", "answer": [{"valueCoding": {"system": "http://other", "code": "2"}}]},
            {"linkId": "inst_info_routine_data__confidence", "answer": [{"valueCoding": {"code": "sure"}}]},
            {"linkId": "inst_info_routine_data__target", "answer": [{"valueCoding": {"code": "na"}}]},
            {"linkId": "inst_info_me_integration", "answer": [{"valueCoding": {"code": "1"}}, {"valueCoding": {"code": "2"}}]}]}]}]);
    let e = fw
        .from_fhir_response(&response("2.0.0.1", items))
        .unwrap_err();
    let got: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("fhir.invalid_answer", "unit_kind"),
            ("fhir.unknown_item", "added_question"),
            (
                "fhir.invalid_answer",
                "inst/inst_info/inst_info_routine_data"
            ),
            (
                "fhir.invalid_answer",
                "inst/inst_info/inst_info_routine_data__confidence"
            ),
            (
                "fhir.invalid_answer",
                "inst/inst_info/inst_info_routine_data__target"
            ),
            (
                "fhir.invalid_answer",
                "inst/inst_info/inst_info_me_integration"
            ),
        ]
    );
    assert_eq!(
        e.details()[0].message,
        "`unit_kind`: `hospital` is not one of the item's answers"
    );
}

#[test]
fn to_response_refuses_what_validation_refuses() {
    let fw = Framework::builtin();
    let a = Assessment::from_json(r#"{"answers": {"inst.info.nothing": 2}}"#).unwrap();
    let e = fw.to_fhir_response(&a, "en").unwrap_err();
    assert_eq!(e.code(), "assessment.unknown_indicator");
}

/// The response LHC-Forms 40.1.3 wrote in the browser test (bindings-wasm/tests/fhir.e2e.mjs),
/// read as the assessment of `spec/fhir/lforms-response.assessment.json`: the indicators hidden
/// for a district are not applicable, not missing.
#[test]
fn the_response_lhc_forms_wrote_is_read() {
    let fw = Framework::builtin();
    let text = std::fs::read_to_string(spec("lforms-response.json")).unwrap();
    let a = fw.from_fhir_response(&text).unwrap();
    let got = serde_json::to_string_pretty(&a).unwrap() + "\n";
    if std::env::var_os("LHS_UPDATE").is_some() {
        std::fs::write(spec("lforms-response.assessment.json"), &got).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(spec("lforms-response.assessment.json")).unwrap(),
        got
    );
    assert_eq!(
        a.answers["inst.info.routine_data"].target,
        Some(3),
        "the target picked in LHC-Forms' drop-down"
    );
    let report = fw.score(&a).unwrap();
    let hidden = report
        .indicators
        .iter()
        .find(|i| i.id == "inst.info.policy_research_institutes")
        .unwrap();
    assert_eq!(format!("{:?}", hidden.status), "DoesNotApply");
    assert!(report.overall.counts.missing > 0);
}

#[test]
fn ids_and_times_that_are_not_fhir_ones_are_left_out() {
    let fw = Framework::builtin();
    let mut a = sample();
    let source = a.source.as_mut().unwrap();
    source.submission_id = Some("uuid:0b9f5d2e".to_owned());
    source.submitted_at = Some("2026-10-01T08:00:00".to_owned());
    let qr = fw.to_fhir_response(&a, "en").unwrap();
    assert!(qr.get("id").is_none() && qr.get("authored").is_none());
    for t in [
        "2026",
        "2026-10",
        "2026-10-01",
        "2026-10-01T08:00:00+03:00",
        "2026-10-01T08:00:00.123Z",
    ] {
        source_time(&fw, t, true);
    }
    for t in [
        "2026-1",
        "2026-10-01T08:00",
        "2026-10-01T08:00:00",
        "yesterday",
        "2026-10-01T08:00:00+3",
    ] {
        source_time(&fw, t, false);
    }
}

fn source_time(fw: &Framework, time: &str, kept: bool) {
    let mut a = sample();
    a.source.as_mut().unwrap().submitted_at = Some(time.to_owned());
    let qr = fw.to_fhir_response(&a, "en").unwrap();
    assert_eq!(qr.get("authored").is_some(), kept, "{time}");
}

/// A response whose `id` is not a FHIR id or whose `authored` is not a FHIR dateTime is refused
/// there (the writer leaves such values out, so reading them would not read back); found by
/// the fuzz target `imports`.
#[test]
fn a_response_with_a_bad_id_or_time_is_refused_where_it_is() {
    let fw = Framework::builtin();
    let mut qr: Value = serde_json::from_str(&response("2.0.0.1", json!([]))).unwrap();
    qr["id"] = json!("kis east/1");
    qr["authored"] = json!("2026-10%02T09:30:00Z");
    let e = fw.from_fhir_response(&qr.to_string()).unwrap_err();
    let found: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("fhir.invalid_field", "/id"),
            ("fhir.invalid_field", "/authored")
        ]
    );
    qr["id"] = json!("kis-east.1");
    qr["authored"] = json!("2026-10-02T09:30:00+03:00");
    let a = fw.from_fhir_response(&qr.to_string()).unwrap();
    let back = fw.from_fhir_response_value(&fw.to_fhir_response(&a, "en").unwrap());
    assert_eq!(back.unwrap(), a);
}
