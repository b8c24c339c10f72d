//! The tidy tables of the analyses' results (`analysis::Table`): their columns, kinds, names
//! and depths, and values equal to the result documents'.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::analysis::{self, ColumnKind, NodeNames, PoolOptions, Table};
use lhs_maturity::{Assessment, Framework, Report};
use serde_json::{json, Value};

fn assessment(v: Value) -> Assessment {
    Assessment::from_value(&v).unwrap()
}

fn report(v: Value) -> Report {
    Framework::builtin().score(&assessment(v)).unwrap()
}

fn names(t: &Table) -> Vec<&str> {
    t.columns.iter().map(|c| c.name.as_str()).collect()
}

fn values<'a>(t: &'a Table, column: &str) -> &'a [Value] {
    &t.column(column)
        .unwrap_or_else(|| panic!("no column {column}"))
        .values
}

fn team() -> Vec<Assessment> {
    [
        ("dho", 2, json!(1)),
        ("hmis", 3, json!(1)),
        ("chv", 2, json!("na")),
    ]
    .iter()
    .map(|(who, a, b)| {
        assessment(json!({"respondent": {"id": who}, "answers": {
                "inst.info.routine_data": a, "inst.delib.working_groups": b}}))
    })
    .collect()
}

/// Every column holds one value per row.
fn rectangular(t: &Table) {
    assert!(
        t.columns.iter().all(|c| c.values.len() == t.len()),
        "{}",
        t.name
    );
}

#[test]
fn pool_tables_are_the_result_flattened() {
    let r = Framework::builtin()
        .pool(&team(), &PoolOptions::default())
        .unwrap();
    let [items, ratings, agenda, agreement] = r.tables();
    for t in [&items, &ratings, &agenda, &agreement] {
        rectangular(t);
    }
    assert_eq!(
        names(&items),
        [
            "id",
            "pooled",
            "mean",
            "n_raters",
            "n_na",
            "n_unknown",
            "n_missing",
            "min",
            "max",
            "range",
            "iqr",
            "consensus_level",
            "consensus_rationale"
        ]
    );
    assert_eq!(items.column("pooled").unwrap().kind, ColumnKind::Answer);
    assert_eq!(items.column("n_na").unwrap().kind, ColumnKind::Int);
    assert_eq!(items.len(), r.items.len());
    for (i, item) in r.items.iter().enumerate() {
        assert_eq!(values(&items, "id")[i], json!(item.id));
        assert_eq!(values(&items, "pooled")[i], item.pooled);
        assert_eq!(values(&items, "range")[i], json!(item.range));
        assert_eq!(values(&items, "n_na")[i], json!(item.n_na));
    }
    assert_eq!(names(&ratings), ["id", "respondent", "value"]);
    assert_eq!(ratings.len(), 6);
    assert_eq!(
        values(&ratings, "respondent")[..3],
        [json!("dho"), json!("hmis"), json!("chv")]
    );
    assert_eq!(values(&ratings, "value")[5], json!("na"));
    assert_eq!(names(&agenda), ["id", "name", "range", "iqr"]);
    assert_eq!(agenda.len(), r.agenda.len());
    assert_eq!(values(&agenda, "name")[0], json!(r.agenda[0].name));
    assert_eq!(values(&agreement, "scope")[0], json!("overall"));
    assert_eq!(agreement.len(), r.agreement.len());
    let rows = agreement.rows();
    assert_eq!(
        rows[0].keys().map(String::as_str).collect::<Vec<_>>(),
        names(&agreement)
    );
    assert_eq!(rows[0]["alpha_units"], json!(r.agreement[0].alpha_units));
    assert_eq!(rows[0]["icc2_1"], json!(r.agreement[0].icc2_1.value));
    assert_eq!(rows[0]["icc2_1_note"], json!(r.agreement[0].icc2_1.note));
}

#[test]
fn comparison_tables_start_with_overall() {
    let before = report(json!({"period": "2025", "answers": {"inst.info.routine_data": 1}}));
    let after = report(
        json!({"period": "2026", "default_target": 3, "answers": {"inst.info.routine_data": 2}}),
    );
    let c = analysis::compare(&before, &after);
    let [nodes, indicators] = c.tables();
    rectangular(&nodes);
    rectangular(&indicators);
    assert_eq!(nodes.len(), c.nodes.len() + 1);
    assert_eq!(values(&nodes, "id")[0], json!("overall"));
    assert_eq!(values(&nodes, "change")[0], json!(1.0));
    assert_eq!(values(&nodes, "id")[1], json!(c.nodes[0].id));
    assert_eq!(values(&nodes, "name")[1], json!(c.nodes[0].name));
    let i = c
        .indicators
        .iter()
        .position(|x| x.id == "inst.info.routine_data")
        .unwrap();
    assert_eq!(values(&indicators, "before_status")[i], json!("rated"));
    assert_eq!(values(&indicators, "change")[i], json!(1));
    assert_eq!(values(&indicators, "progress_to_target")[i], json!(0.5));
    assert_eq!(indicators.column("target").unwrap().kind, ColumnKind::Int);
}

#[test]
fn series_table_uses_the_one_column_naming_and_writes_csv() {
    let r = |p: &str, l: u32| {
        report(json!({"unit": {"id": "u"}, "period": p, "answers": {"inst.info.routine_data": l}}))
    };
    let s = analysis::series(&[r("2026", 3), r("2025", 1)]).unwrap();
    let t = s.table();
    rectangular(&t);
    assert_eq!(
        names(&t)[..6],
        [
            "unit_id",
            "period",
            "overall_score",
            "overall_level",
            "overall_coverage",
            "inst_score"
        ]
    );
    assert_eq!(values(&t, "period"), [json!("2025"), json!("2026")]);
    assert_eq!(values(&t, "overall_score"), [json!(1.0), json!(3.0)]);
    assert_eq!(values(&t, "overall_level")[1], json!(s.rows[1].level));
    assert_eq!(values(&t, "cap_score"), [Value::Null, Value::Null]);
    let csv = t.to_csv();
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap().split(',').count(), t.columns.len());
    assert!(lines.next().unwrap().starts_with("u,2025,1,"), "{csv}");
}

#[test]
fn cohort_tables_carry_names_and_depth_when_given() {
    let units: Vec<Report> = (0..6)
        .map(|i| {
            let region = if i < 5 { "north" } else { "south" };
            report(json!({"unit": {"id": format!("u{i}"), "region": region},
                          "answers": {"inst.info.routine_data": i % 5}}))
        })
        .collect();
    let options = analysis::CohortOptions {
        group_by: Some("region".into()),
        min_group: 5,
        ..analysis::CohortOptions::default()
    };
    let c = analysis::cohort(&units, &options).unwrap();
    let names_of = NodeNames::of_report(&units[0]);
    let [summary, ranks] = c.tables(Some(&names_of));
    rectangular(&summary);
    rectangular(&ranks);
    assert_eq!(
        names(&summary),
        [
            "group",
            "units",
            "suppressed",
            "measure",
            "name",
            "depth",
            "count",
            "mean",
            "sd",
            "min",
            "q1",
            "median",
            "q3",
            "max"
        ]
    );
    let at = |id: &str| {
        values(&summary, "measure")
            .iter()
            .position(|v| v == id)
            .unwrap()
    };
    let inst_info = at("inst.info");
    assert_eq!(
        values(&summary, "name")[inst_info],
        json!("Institutionalizing learning through information")
    );
    assert_eq!(values(&summary, "depth")[at("overall")], json!(0));
    assert_eq!(values(&summary, "depth")[at("inst")], json!(1));
    assert_eq!(values(&summary, "depth")[inst_info], json!(2));
    assert_eq!(values(&summary, "depth")[at("loop=triple")], json!(1));
    // The south group is suppressed: no statistics, whatever its units.
    let south = values(&summary, "group")
        .iter()
        .position(|g| g == "south")
        .unwrap();
    assert_eq!(values(&summary, "suppressed")[south], json!(true));
    assert_eq!(values(&summary, "median")[south], Value::Null);
    assert_eq!(
        values(&summary, "median")[at("overall")],
        json!(c.groups[0].measures[0].median)
    );
    // Without names, the columns of the result document alone.
    let [plain, _] = c.tables(None);
    assert_eq!(
        plain.clone().without(&[]).columns.len(),
        summary.columns.len() - 2
    );
    assert_eq!(summary.without(&["name", "depth"]), plain);
    assert_eq!(
        names(&ranks),
        ["index", "unit", "period", "group", "measure", "rank"]
    );
    let measures = c.units[0].ranks.len();
    assert_eq!(ranks.len(), c.units.len() * measures);
    assert_eq!(values(&ranks, "rank")[0], json!(c.units[0].ranks[0].rank));
    let wide = c.ranks_wide();
    assert_eq!(wide.len(), c.units.len());
    assert_eq!(wide.columns.len(), 4 + measures);
    assert_eq!(values(&wide, "overall")[1], json!(c.units[1].ranks[0].rank));
    // Publishable: no ranks at all.
    let [_, none] = c.clone().publishable().tables(None);
    assert!(none.is_empty());
}

#[test]
fn reliability_tables_name_the_nodes_and_items() {
    let levels = [(1, 1, 2), (2, 2, 2), (3, 3, 4), (4, 3, 4)];
    let units: Vec<Report> = levels
        .iter()
        .map(|(a, b, c)| {
            report(json!({"answers": {"cond.fin.learning_budget": a,
                "cond.fin.domestic_ownership": b, "cond.fin.expenditure_tracking": c}}))
        })
        .collect();
    let rel = analysis::reliability(&units).unwrap();
    let n = NodeNames::of_report(&units[0]);
    let [nodes, items, distributions] = rel.tables(Some(&n));
    for t in [&nodes, &items, &distributions] {
        rectangular(t);
    }
    assert_eq!(
        names(&nodes),
        [
            "id",
            "name",
            "depth",
            "items",
            "units_used",
            "alpha",
            "alpha_note"
        ]
    );
    let fin = values(&nodes, "id")
        .iter()
        .position(|v| v == "cond.fin")
        .unwrap();
    let doc = &rel.nodes[fin];
    assert_eq!(values(&nodes, "items")[fin], json!(3));
    assert_eq!(values(&nodes, "alpha")[fin], json!(doc.alpha.value));
    assert_eq!(values(&nodes, "depth")[fin], json!(2));
    assert_eq!(
        values(&nodes, "name")[fin],
        json!(n.get("cond.fin").unwrap().0)
    );
    assert_eq!(
        names(&items),
        [
            "node",
            "id",
            "alpha_if_deleted",
            "alpha_if_deleted_note",
            "item_total_correlation",
            "item_total_correlation_note"
        ]
    );
    assert_eq!(
        items.len(),
        rel.nodes.iter().map(|x| x.item_stats.len()).sum::<usize>()
    );
    assert_eq!(
        names(&distributions),
        ["id", "name", "rated", "floor", "ceiling"]
    );
    let budget = values(&distributions, "id")
        .iter()
        .position(|v| v == "cond.fin.learning_budget")
        .unwrap();
    assert_eq!(values(&distributions, "rated")[budget], json!(4));
    let indicator = n.get("cond.fin.learning_budget").unwrap();
    assert_eq!(values(&distributions, "name")[budget], json!(indicator.0));
    assert_eq!(indicator.1, 3);
    assert_eq!(rel.tables(None)[0].columns.len(), 5);
}

#[test]
fn tables_serialize_column_by_column() {
    let r = Framework::builtin()
        .pool(&team(), &PoolOptions::default())
        .unwrap();
    let [_, ratings, ..] = r.tables();
    let v = serde_json::to_value(&ratings).unwrap();
    assert_eq!(v["name"], "ratings");
    assert_eq!(v["columns"][2]["kind"], "answer");
    assert_eq!(v["columns"][0]["values"][0], "inst.info.routine_data");
    let back: Table = serde_json::from_value(v).unwrap();
    assert_eq!(back, ratings);
}

#[test]
fn report_tables_walk_the_tree_with_parent_and_depth() {
    let r = report(json!({"default_target": 3, "answers": {"inst.info.routine_data": 2}}));
    let [domains, indicators, facets, recommendations] = r.tables();
    for t in [&domains, &indicators, &facets, &recommendations] {
        rectangular(t);
    }
    assert_eq!(names(&domains)[..4], ["id", "parent", "depth", "name"]);
    assert_eq!(
        values(&domains, "id")[..3],
        [json!("overall"), json!("inst"), json!("inst.info")]
    );
    assert_eq!(
        values(&domains, "parent")[..3],
        [Value::Null, json!("overall"), json!("inst")]
    );
    assert_eq!(
        values(&domains, "depth")[..3],
        [json!(0), json!(1), json!(2)]
    );
    assert_eq!(
        values(&domains, "name")[1],
        json!(r.domains[0].name.as_str())
    );
    assert_eq!(values(&domains, "score")[0], json!(r.overall.score));
    assert_eq!(values(&domains, "counts.rated")[0], json!(1));
    assert_eq!(
        domains.column("counts.rated").unwrap().kind,
        ColumnKind::Int
    );
    assert_eq!(domains.column("score").unwrap().kind, ColumnKind::Float);
    // Every node once, in framework order, none of their explanations.
    assert_eq!(domains.len(), analysis::measures(&r).len() - facets.len());
    assert!(domains.column("explanation").is_none() && domains.column("children").is_none());
    assert_eq!(indicators.len(), r.indicators.len());
    assert_eq!(
        values(&indicators, "id")[0],
        json!(r.indicators[0].id.as_str())
    );
    assert_eq!(values(&indicators, "status")[0], json!("rated"));
    assert_eq!(
        names(&facets)[..4],
        ["facet", "facet_name", "value", "name"]
    );
    assert_eq!(
        facets.len(),
        r.facets.iter().map(|f| f.values.len()).sum::<usize>()
    );
    assert_eq!(
        values(&facets, "facet_name")[0],
        json!(r.facets[0].name.as_str())
    );
    assert_eq!(
        values(&recommendations, "indicator")[0],
        json!("inst.info.routine_data")
    );
    assert_eq!(values(&recommendations, "next_level")[0], json!(3));
    // A report without next steps still has the columns to select on.
    let [.., none] = report(json!({"answers": {}})).tables();
    assert!(none.is_empty());
    assert_eq!(names(&none), ["rank", "indicator"]);
}

#[test]
fn framework_names_agree_with_the_report_and_translate() {
    let fw = Framework::builtin();
    let r = report(json!({"answers": {}}));
    let of_report = NodeNames::of_report(&r);
    let en = NodeNames::of_framework(&fw, "en");
    let fr = NodeNames::of_framework(&fw, "fr");
    for m in analysis::measures(&r) {
        assert_eq!(en.get(&m.id), of_report.get(&m.id), "{}", m.id);
        assert!(fr.get(&m.id).is_some(), "{}", m.id);
    }
    for i in &r.indicators {
        assert_eq!(en.get(&i.id), of_report.get(&i.id), "{}", i.id);
    }
    assert_ne!(
        fr.get("inst.info").unwrap().0,
        en.get("inst.info").unwrap().0
    );
    assert_eq!(fr.get("inst.info").unwrap().1, 2);
}
