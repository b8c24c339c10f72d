//! The XLSForm of a framework (`Framework::xlsform`): names valid and unique, one choice list
//! per indicator labelled with its descriptors, `relevant` expressions, languages, and
//! collisions refused.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use lhs_maturity::{FormField, FormFieldKind, FormOptions, FormSheet, FormUnit, Framework};
use std::collections::{BTreeMap, HashSet};

fn column(sheet: &FormSheet, name: &str) -> Vec<String> {
    (0..sheet.rows.len())
        .map(|r| sheet.cell(r, name).unwrap_or("").to_owned())
        .collect()
}

/// The survey rows as maps column → cell.
fn rows(sheet: &FormSheet) -> Vec<BTreeMap<String, String>> {
    sheet
        .rows
        .iter()
        .map(|r| {
            sheet
                .columns
                .iter()
                .cloned()
                .zip(r.iter().cloned())
                .collect()
        })
        .collect()
}

fn row<'a>(rows: &'a [BTreeMap<String, String>], name: &str) -> &'a BTreeMap<String, String> {
    rows.iter().find(|r| r["name"] == name).unwrap()
}

fn units() -> Vec<FormUnit> {
    FormUnit::read_csv(
        "id,name,kind,org_unit\nkis-east,Kisumu East,district,fXy12AbCdE3\nmoh-ke,Ministry of Health,national,\n",
    )
    .unwrap()
}

#[test]
fn names_are_valid_and_unique_across_the_form() {
    let fw = Framework::builtin();
    for units in [Vec::new(), units()] {
        let form = fw
            .xlsform(&FormOptions {
                units,
                ..FormOptions::default()
            })
            .unwrap();
        let mut seen = HashSet::new();
        for name in column(&form.survey, "name")
            .into_iter()
            .filter(|n| !n.is_empty())
        {
            let mut chars = name.chars();
            let first = chars.next().unwrap();
            assert!(first.is_ascii_alphabetic() || first == '_', "{name}");
            assert!(
                chars.all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{name}"
            );
            assert!(seen.insert(name.to_ascii_lowercase()), "{name} twice");
            assert!(fw.form_field(&name).is_some(), "{name} does not map back");
        }
        for c in form.survey.columns.iter().chain(&form.choices.columns) {
            assert!(!c.is_empty() && !c.contains(' ') || c.contains("::"), "{c}");
        }
    }
}

#[test]
fn every_field_maps_back_to_its_indicator_and_kind() {
    let fw = Framework::builtin();
    for info in fw.indicators() {
        let base = info.id.replace('.', "_");
        for (suffix, kind) in [
            ("", FormFieldKind::Level),
            ("__evidence", FormFieldKind::Evidence),
            ("__confidence", FormFieldKind::Confidence),
            ("__justification", FormFieldKind::Justification),
        ] {
            let want = FormField {
                kind,
                id: Some(info.id.clone()),
            };
            assert_eq!(
                fw.form_field(&format!("{base}{suffix}")),
                Some(want.clone())
            );
            // ODK Central's CSV headers and KoboToolbox's with group paths.
            let domain = &info.domain;
            let sub = info.subdomain.replace('.', "_");
            assert_eq!(
                fw.form_field(&format!("{domain}-{sub}-{base}{suffix}")),
                Some(want.clone())
            );
            assert_eq!(
                fw.form_field(&format!("{domain}/{sub}/{base}{suffix}")),
                Some(want)
            );
        }
    }
    assert_eq!(fw.form_field("period").unwrap().kind, FormFieldKind::Period);
    assert_eq!(
        fw.form_field("form_revision").unwrap().kind,
        FormFieldKind::FormRevision
    );
    assert!(fw.form_field("inst_info_routine_data__notes").is_none());
    assert!(fw.form_field("").is_none());
}

#[test]
fn each_indicator_has_its_own_choices_labelled_with_its_descriptors() {
    let fw = Framework::builtin();
    let form = fw.xlsform(&FormOptions::default()).unwrap();
    let survey = rows(&form.survey);
    let choices = rows(&form.choices);
    let en = "label::English (en)";
    for info in fw.indicators() {
        let base = info.id.replace('.', "_");
        assert_eq!(row(&survey, &base)["type"], format!("select_one {base}"));
        assert_eq!(row(&survey, &base)["required"], "yes");
        let list: Vec<_> = choices.iter().filter(|c| c["list_name"] == base).collect();
        let names: Vec<&str> = list.iter().map(|c| c["name"].as_str()).collect();
        assert_eq!(names, ["0", "1", "2", "3", "4", "na", "unknown"]);
        for level in 0..=4u32 {
            let d = fw.descriptor(&info.id, level).unwrap();
            let label = &list[level as usize][en];
            assert!(label.starts_with(&format!("{level} ")), "{label}");
            assert!(label.ends_with(d.en()), "{base} {level}: {label}");
        }
        let ind = fw.indicator(&info.id).unwrap();
        let hint = &row(&survey, &base)["hint::English (en)"];
        assert!(
            hint.starts_with(ind.question.as_ref().unwrap().en()),
            "{hint}"
        );
        assert!(hint.contains(ind.evidence[0].en()), "{hint}");
        let j = row(&survey, &format!("{base}__justification"));
        assert_eq!(
            (j["relevant"].as_str(), j["required"].as_str()),
            (&*format!("${{{base}}} = 'na'"), "yes")
        );
        assert_eq!(row(&survey, &format!("{base}__evidence"))["type"], "text");
        assert_eq!(row(&survey, &format!("{base}__confidence"))["required"], "");
    }
}

#[test]
fn indicators_that_do_not_apply_are_hidden_by_the_unit_kind() {
    let fw = Framework::builtin();
    let form = fw.xlsform(&FormOptions::default()).unwrap();
    let survey = rows(&form.survey);
    // National and subnational only: "one of these".
    assert_eq!(
        row(&survey, "cap_res_critical_mass")["relevant"],
        "${unit_kind} = 'national' or ${unit_kind} = 'subnational'"
    );
    // Everywhere but facilities: "none of the others".
    assert_eq!(
        row(&survey, "inst_info_embedded_research")["relevant"],
        "${unit_kind} != 'facility'"
    );
    assert_eq!(row(&survey, "inst_info_routine_data")["relevant"], "");
    assert_eq!(
        row(&survey, "cap_res_critical_mass__evidence")["relevant"],
        row(&survey, "cap_res_critical_mass")["relevant"]
    );
    // A sub-domain whose indicators all leave out some kinds is hidden for them.
    assert_eq!(row(&survey, "cap_res")["type"], "begin group");
    assert_eq!(
        row(&survey, "cap_res")["relevant"],
        "${unit_kind} != 'district' and ${unit_kind} != 'facility'"
    );
    // The kind comes from the units list when there is one.
    let form = fw
        .xlsform(&FormOptions {
            units: units(),
            ..FormOptions::default()
        })
        .unwrap();
    let survey = rows(&form.survey);
    assert_eq!(row(&survey, "unit_id")["type"], "select_one units");
    assert_eq!(row(&survey, "unit_kind")["type"], "calculate");
    assert_eq!(
        row(&survey, "unit_kind")["calculation"],
        "instance('units')/root/item[name = ${unit_id}]/kind"
    );
    let choices = rows(&form.choices);
    let kis = choices.iter().find(|c| c["name"] == "kis-east").unwrap();
    assert_eq!(
        (
            kis["kind"].as_str(),
            kis["org_unit"].as_str(),
            kis["unit_name"].as_str()
        ),
        ("district", "fXy12AbCdE3", "Kisumu East")
    );
}

#[test]
fn metadata_settings_and_languages() {
    let fw = Framework::builtin();
    let form = fw
        .xlsform(&FormOptions {
            revision: 3,
            ..FormOptions::default()
        })
        .unwrap();
    let s = &form.settings;
    assert_eq!(s.cell(0, "form_id"), Some("lhs-2021"));
    assert_eq!(s.cell(0, "version"), Some("2.0.0.3"));
    assert_eq!(s.cell(0, "default_language"), Some("English (en)"));
    let survey = rows(&form.survey);
    assert_eq!(row(&survey, "framework_id")["calculation"], "'lhs-2021'");
    assert_eq!(row(&survey, "framework_version")["calculation"], "'2.0.0'");
    assert_eq!(row(&survey, "form_revision")["calculation"], "'3'");
    assert_eq!(row(&survey, "unit_kind")["type"], "select_one unit_kinds");
    assert_eq!(row(&survey, "respondent_role")["type"], "select_one roles");
    let period = row(&survey, "period");
    assert_eq!(period["constraint"], "regex(., '^[0-9]{4}(-Q[1-4])?$')");
    for lang in [
        "English (en)",
        "Français (fr)",
        "Español (es)",
        "Português (pt)",
        "العربية (ar)",
    ] {
        for base in ["label", "hint", "constraint_message"] {
            assert!(
                form.survey.columns.contains(&format!("{base}::{lang}")),
                "{base} {lang}"
            );
        }
        assert!(form.choices.columns.contains(&format!("label::{lang}")));
    }
    let routine = row(&survey, "inst_info_routine_data");
    let ind = fw.indicator("inst.info.routine_data").unwrap();
    assert!(routine["label::Français (fr)"].ends_with(ind.statement.get("fr")));
    assert_ne!(
        routine["label::Français (fr)"],
        routine["label::English (en)"]
    );
    assert!(period["constraint_message::Español (es)"].starts_with("Escriba"));
    let roles: Vec<_> = rows(&form.choices)
        .into_iter()
        .filter(|c| c["list_name"] == "roles")
        .collect();
    assert_eq!(roles.len(), 5);
}

#[test]
fn a_missing_translation_falls_back_to_english_cell_by_cell() {
    let mut spec = serde_json::to_value(Framework::builtin().spec()).unwrap();
    let ind = &mut spec["domains"][0]["children"][0]["indicators"][0];
    ind["statement"].as_object_mut().unwrap().remove("fr");
    let fw = Framework::from_json(&spec.to_string()).unwrap();
    let form = fw.xlsform(&FormOptions::default()).unwrap();
    let survey = rows(&form.survey);
    let r = row(&survey, "inst_info_routine_data");
    let en = fw
        .indicator("inst.info.routine_data")
        .unwrap()
        .statement
        .en()
        .to_owned();
    assert!(r["label::Français (fr)"].ends_with(&en));
    // The name (still translated) stays French.
    assert!(r["label::Français (fr)"].starts_with("Utilisation"));
}

#[test]
fn a_collision_of_names_is_refused_where_it_is() {
    let mut spec = serde_json::to_value(Framework::builtin().spec()).unwrap();
    // `inst.info.routine_data__evidence` gives the evidence field's name of
    // `inst.info.routine_data`.
    let inds = spec["domains"][0]["children"][0]["indicators"]
        .as_array_mut()
        .unwrap();
    let mut twin = inds[0].clone();
    twin["id"] = "inst.info.routine_data__evidence".into();
    inds.push(twin);
    let n = inds.len() - 1;
    let fw = Framework::from_json(&spec.to_string()).unwrap();
    let e = fw.xlsform(&FormOptions::default()).unwrap_err();
    let d = &e.details()[0];
    assert_eq!(d.code, "framework.form_name_collision");
    assert_eq!(d.path, format!("/domains/0/children/0/indicators/{n}/id"));
    assert!(
        d.message.contains("inst_info_routine_data__evidence"),
        "{}",
        d.message
    );
}

#[test]
fn a_bad_units_list_is_refused_row_by_row() {
    let e = FormUnit::read_csv("id,name,kind\n,No id,district\na b,Spaces,district\nk1,One,hospital\nk2,Two,facility\nk2,Again,facility\n").unwrap_err();
    let found: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("input.invalid_unit", "/rows/0/id"),
            ("input.invalid_unit", "/rows/1/id"),
            ("input.invalid_unit", "/rows/2/kind"),
            ("input.invalid_unit", "/rows/4/id"),
        ]
    );
    assert_eq!(e.details()[2].line, Some(4));
    let e = FormUnit::read_csv("id,label\nk1,One\n").unwrap_err();
    assert_eq!((e.code(), e.path()), ("input.invalid_unit", "/header"));
    let e = FormUnit::read_csv("id,name,kind\n").unwrap_err();
    assert_eq!(e.code(), "input.invalid_unit");
    let u = FormUnit::read_csv("\u{feff}Kind,ID,Name\nDistrict,k1,\n").unwrap();
    assert_eq!((u[0].id.as_str(), u[0].name.as_str()), ("k1", "k1"));
}

#[cfg(feature = "xlsx")]
#[test]
fn the_workbook_is_a_zip_with_the_three_sheets() {
    let form = Framework::builtin()
        .xlsform(&FormOptions::default())
        .unwrap();
    let bytes = form.to_xlsx().unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    if let Ok(p) = std::env::var("LHS_XLSFORM_OUT") {
        std::fs::write(p, &bytes).unwrap();
    }
}

#[test]
fn periods_are_chosen_from_a_list_of_years_or_quarters() {
    let fw = Framework::builtin();
    let form = fw
        .xlsform(&FormOptions {
            periods: vec!["2026-Q3".into(), "2026-Q4".into(), "2027".into()],
            ..FormOptions::default()
        })
        .unwrap();
    let survey = rows(&form.survey);
    let period = row(&survey, "period");
    assert_eq!(
        (
            period["type"].as_str(),
            period["required"].as_str(),
            period["constraint"].as_str()
        ),
        ("select_one periods", "yes", "")
    );
    let names: Vec<String> = rows(&form.choices)
        .into_iter()
        .filter(|c| c["list_name"] == "periods")
        .map(|c| c["name"].clone())
        .collect();
    assert_eq!(names, ["2026-Q3", "2026-Q4", "2027"]);
    let e = fw
        .xlsform(&FormOptions {
            periods: vec![
                "2026-Q3".into(),
                "2026-09".into(),
                "Q3".into(),
                "2026-Q3".into(),
                "2026-Q5".into(),
            ],
            ..FormOptions::default()
        })
        .unwrap_err();
    let found: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("input.invalid_period", "/periods/1"),
            ("input.invalid_period", "/periods/2"),
            ("input.invalid_period", "/periods/3"),
            ("input.invalid_period", "/periods/4"),
        ]
    );
    assert!(
        e.details()[2].message.contains("listed twice"),
        "{}",
        e.details()[2].message
    );
}

#[test]
fn the_form_opens_in_the_language_asked_for() {
    let fw = Framework::builtin();
    for (asked, opens) in [
        ("fr", "Français (fr)"),
        ("pt", "Português (pt)"),
        ("ar", "العربية (ar)"),
        ("", "English (en)"),
        ("sw", "English (en)"),
    ] {
        let form = fw
            .xlsform(&FormOptions {
                default_language: asked.to_owned(),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(
            form.settings.cell(0, "default_language"),
            Some(opens),
            "{asked}"
        );
    }
}
