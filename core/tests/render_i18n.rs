//! The renderings in every language of the built-in catalogs: Markdown, HTML, both charts and
//! the templates. The French, Spanish, Portuguese and Arabic catalogs may still be copies of the
//! English one, so these tests look at the framework's texts, the numbers and the structure, not
//! at translated sentences.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::i18n::{self, Catalog, LANGUAGES};
use lhs_maturity::{
    escape_html, escape_markdown, facet_chart, radar_chart, Assessment, Framework, Report,
    ScoreOptions, UnitKind, CSV_METADATA_COLUMNS,
};

const HOSTILE: &str = r#"{
    "unit": {"id": "<i>id</i>", "name": "<b>n</b> *x* | [y](z)", "kind": "k'\"", "region": "<r>"},
    "period": "<period>", "respondent": {"role": "<role>", "name": "a & b"},
    "default_target": 3,
    "answers": {
        "inst.info.routine_data": {"level": 1, "evidence": "<script>alert(1)</script>", "confidence": "low"},
        "inst.info.institutional_memory": {"level": 2, "target": 4},
        "inst.delib.working_groups": {"level": "na", "justification": "<img src=x onerror=y>"},
        "cap.prov.data_interpretation": 4,
        "cond.fin.learning_budget": "unknown"
    },
    "<top>": 1
}"#;

fn example() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/examples/district-kisumu-east.json"
    );
    std::fs::read_to_string(path).unwrap()
}

fn score(json: &str, lang: &str) -> Report {
    let a = Assessment::from_json(json).unwrap();
    let opts = ScoreOptions {
        language: lang.into(),
        ..Default::default()
    };
    Framework::builtin().score_with(&a, &opts).unwrap()
}

/// Every rendering of a report and every template, by name.
fn renderings(r: &Report, lang: &str) -> Vec<(String, String)> {
    let fw = Framework::builtin();
    vec![
        ("markdown".into(), r.to_markdown()),
        ("html".into(), r.to_html(&fw)),
        ("radar".into(), radar_chart(r)),
        ("facets".into(), facet_chart(r)),
        ("template.json".into(), fw.template_json_with(None, lang)),
        (
            "template.district.json".into(),
            fw.template_json_with(Some(UnitKind::District), lang),
        ),
        ("template.csv".into(), fw.template_csv_with(None, lang)),
        (
            "template.facility.csv".into(),
            fw.template_csv_with(Some(UnitKind::Facility), lang),
        ),
    ]
}

fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn every_language_renders_without_placeholders_or_direction_marks() {
    for lang in LANGUAGES {
        for json in [example(), HOSTILE.to_owned()] {
            let r = score(&json, lang);
            assert_eq!(r.language, lang);
            for (what, text) in renderings(&r, lang) {
                assert!(
                    !text.contains("{$"),
                    "{lang} {what}: an unresolved placeholder"
                );
                assert!(
                    !text.chars().any(is_direction_mark),
                    "{lang} {what}: an invisible direction mark"
                );
                // Private-use marks of the message filler never leak.
                assert!(!text.contains(['\u{E000}', '\u{E001}']), "{lang} {what}");
            }
        }
    }
}

#[test]
fn framework_names_and_numbers_are_in_the_language() {
    let fw = Framework::builtin();
    for lang in LANGUAGES {
        let r = score(&example(), lang);
        let md = r.to_markdown();
        let html = r.to_html(&fw);
        let radar = radar_chart(&r);
        let facets = facet_chart(&r);
        for d in &fw.spec().domains {
            let name = d.name.get(lang);
            assert!(md.contains(&escape_markdown(name)), "{lang}: {name}");
            assert!(html.contains(&escape_html(name)), "{lang}: {name}");
        }
        for f in &fw.spec().facets {
            assert!(facets.contains(&escape_html(f.name.get(lang))), "{lang}");
        }
        let overall = i18n::decimal(r.overall.score.unwrap(), 2, lang);
        assert!(
            md.contains(&format!("**{overall} / 4**")),
            "{lang}: {overall}"
        );
        assert!(html.contains(&format!(">{overall} <small>")), "{lang}");
        let first = r.domains.iter().find(|d| !d.outcome).unwrap();
        let score = i18n::decimal(first.score.score.unwrap(), 2, lang);
        assert!(
            radar.contains(&format!(">{score}</tspan>")),
            "{lang}: {score}"
        );
        let coverage = i18n::percent(r.overall.coverage.unwrap(), lang);
        assert!(md.contains(&coverage) && html.contains(&coverage), "{lang}");
        // Level names come from the framework too.
        let level = &fw.spec().scale.levels[r.overall.level.unwrap() as usize];
        assert!(html.contains(&escape_html(level.name.get(lang))), "{lang}");
    }
}

#[test]
fn french_uses_a_decimal_comma_and_english_a_point() {
    let json = r#"{"answers": {"inst.info.routine_data": 1, "inst.info.institutional_memory": 2}}"#;
    let fr = score(json, "fr");
    let en = score(json, "en");
    let fw = Framework::builtin();
    for text in [
        fr.to_markdown(),
        fr.to_html(&fw),
        radar_chart(&fr),
        facet_chart(&fr),
    ] {
        assert!(text.contains("1,50"));
        assert!(!text.contains("1.50"));
    }
    assert!(fr.to_markdown().contains("38\u{A0}%")); // 1.5 of 4
    for text in [en.to_markdown(), en.to_html(&fw), radar_chart(&en)] {
        assert!(text.contains("1.50"));
        assert!(!text.contains("1,50"));
    }
    assert!(en.to_markdown().contains("38% of the top level"));
}

#[test]
fn arabic_html_is_right_to_left() {
    let fw = Framework::builtin();
    let r = score(&example(), "ar");
    let html = r.to_html(&fw);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // Ids and level moves inside Arabic sentences are isolated left to right.
    assert!(html.contains("<bdi dir=\"ltr\"><code>inst.info</code></bdi>"));
    // The header's values (a period, a unit's name) keep their own direction.
    assert!(
        html.contains("<dd><bdi>2026-Q3</bdi></dd>"),
        "the period isolated"
    );
    assert!(
        html.contains("<bdi dir=\"ltr\">0 → 1</bdi>")
            || html.contains("<bdi dir=\"ltr\">1 → 2</bdi>")
    );
    // The layout is in logical properties, with an Arabic face and no italics for Arabic.
    let css = html
        .split("<style>")
        .nth(1)
        .unwrap()
        .split("</style>")
        .next()
        .unwrap();
    for physical in ["-left", "-right", ": left", ": right"] {
        assert!(!css.contains(physical), "{physical}");
    }
    assert!(css.contains("padding-inline-start") && css.contains("text-align: start"));
    assert!(css.contains(":lang(ar) em, :lang(ar) i"));
    assert!(
        css.contains("\"Noto Sans\", \"Helvetica Neue\", Helvetica, \"Noto Naskh Arabic\""),
        "Latin faces first for digits, then Arabic faces"
    );
    assert!(css.contains("@media print"));
    // Both charts are right to left, inline.
    assert_eq!(html.matches("direction=\"rtl\"").count(), 2);
    // The translation is provisional and not the authoritative text.
    assert!(html.contains("id=\"translation-status\""));
    assert!(html.contains("id=\"translation-disclaimer\""));
}

#[test]
fn only_a_translation_says_it_is_one() {
    let fw = Framework::builtin();
    let en = score(&example(), "en").to_html(&fw);
    assert!(en.contains("<html lang=\"en\">"));
    assert!(!en.contains("dir=\"rtl\""));
    assert!(!en.contains("<bdi"));
    assert!(!en.contains("translation-status"));
    assert!(!en.contains("translation-disclaimer"));
    for lang in ["fr", "es", "pt-PT"] {
        let html = score(&example(), lang).to_html(&fw);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
        assert!(!html.contains("<bdi"), "{lang}: no isolation left to right");
        let status = fw
            .spec()
            .languages
            .iter()
            .find(|l| l.code == lang)
            .unwrap()
            .status;
        assert_eq!(
            html.contains("translation-status"),
            status == lhs_maturity::ReviewStatus::Provisional,
            "{lang}"
        );
        assert!(html.contains("translation-disclaimer"), "{lang}");
    }
    // A language the framework does not have reads in English and claims no translation.
    let sw = score(&example(), "sw").to_html(&fw);
    assert!(!sw.contains("translation-disclaimer"));
}

#[test]
fn hostile_text_is_escaped_in_every_language() {
    let fw = Framework::builtin();
    for lang in LANGUAGES {
        let mut r = score(HOSTILE, lang);
        let html = r.to_html(&fw);
        for bad in [
            "<i>id", "<b>n", "<r>", "<period>", "<role>", "<script", "<img", "<top>", "k'\"",
        ] {
            assert!(!html.contains(bad), "{lang}: {bad} is not escaped");
        }
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{lang}"
        );
        let md = r.to_markdown();
        assert!(
            md.contains("&lt;b&gt;n&lt;/b&gt; \\*x\\* \\| \\[y\\](z)"),
            "{lang}"
        );
        assert!(!md.contains("<b>"), "{lang}");
        r.domains[0].name = "<b>&\"d\"</b>".into();
        r.facets[0].values[0].name = "<script>v</script>".into();
        for svg in [radar_chart(&r), facet_chart(&r)] {
            assert!(!svg.contains("<b>") && !svg.contains("<script>"), "{lang}");
        }
        assert!(radar_chart(&r).contains("&lt;b&gt;&amp;&quot;d&quot;&lt;/b&gt;"));
    }
}

#[test]
fn templates_are_in_the_language_and_read_back() {
    let fw = Framework::builtin();
    let english_header = fw.template_csv().lines().next().unwrap().to_owned();
    let ind = fw.indicator("inst.info.routine_data").unwrap();
    for lang in LANGUAGES {
        let t = fw.template_value_with(None, lang);
        assert_eq!(t["language"], lang);
        let a = &t["answers"]["inst.info.routine_data"];
        assert!(a["$comment"].as_str().unwrap().starts_with(ind.label(lang)));
        let level2 = a["$levels"][2].as_str().unwrap();
        let name = fw.spec().scale.levels[2].name.get(lang);
        assert!(
            level2.starts_with(&format!("2 {name}: ")),
            "{lang}: {level2}"
        );
        let diags = fw.validate_json(&fw.template_json_with(Some(UnitKind::District), lang));
        assert!(diags.iter().all(|d| !d.is_error()), "{lang}: {diags:?}");
        assert!(diags.iter().all(|d| d.code != "assessment.unknown_field"));

        let csv = fw.template_csv_with(None, lang);
        assert_eq!(
            csv.lines().next().unwrap(),
            english_header,
            "{lang}: machine names"
        );
        assert!(csv.contains(&format!("\r\ninst.info.routine_data,{},", ind.label(lang))));
        for (key, _) in CSV_METADATA_COLUMNS {
            assert!(csv.contains(&format!("\r\n{key},")), "{lang}: {key}");
        }
        let doc = fw.read_csv(&csv).unwrap();
        let rec = doc.records[0].assessment.as_ref().unwrap();
        assert!(rec.answers.is_empty(), "{lang}");
    }
    // The English functions are the English variants.
    assert_eq!(fw.template_json(), fw.template_json_with(None, "en"));
    assert_eq!(
        fw.template_csv_for(Some(UnitKind::Facility)),
        fw.template_csv_with(Some(UnitKind::Facility), "en")
    );
}

/// The ids of the messages the renderers ask for (`"md-…"`, `"html-…"`…) in their source: the
/// render floor, and the report of the robustness analysis.
fn ids_in_source() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/render");
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.push(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/analysis/robustness/report.rs"
        )
        .into(),
    );
    let mut ids = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).unwrap();
        // What follows each quote, up to the next one: every string literal, and some code.
        for (i, _) in text.match_indices('"') {
            let piece = text[i + 1..].split('"').next().unwrap_or("");
            let known = [
                "md-",
                "html-",
                "svg-",
                "report-",
                "template-",
                "uncertainty-",
                "robustness-",
            ]
            .iter()
            .any(|p| piece.starts_with(p));
            let id = piece.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if known && id && !piece.ends_with('-') {
                ids.push(piece.to_owned());
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn the_english_catalog_has_every_message_the_renderers_use() {
    let en = Catalog::builtin("en").unwrap().unwrap();
    let have = en.ids();
    let used = ids_in_source();
    assert!(used.len() > 60, "{used:?}");
    for id in &used {
        assert!(have.contains(id), "`{id}` is missing from report.ftl");
    }
    for (key, _) in CSV_METADATA_COLUMNS {
        let id = format!("template-meta-{}", key.replace('_', "-"));
        assert!(
            have.contains(&id) && have.contains(&format!("{id}-name")),
            "{id}"
        );
    }
    // Every message of report.ftl is used (the metadata rows by their key).
    let text = include_str!("../data/i18n/messages/en/report.ftl");
    for line in text.lines() {
        let Some((id, _)) = line.split_once(" = ") else {
            continue;
        };
        if id.starts_with(['#', ' ', '-'])
            || id == "count-indicators"
            || id.starts_with("template-meta-")
        {
            continue;
        }
        assert!(used.iter().any(|u| u == id), "`{id}` is not used");
    }
}

#[test]
fn messages_with_values_tell_translators_what_the_values_are() {
    // The source catalog: the crate's copy (core/data/) is built without comments.
    let text = include_str!("../../spec/i18n/messages/en/report.ftl");
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some((id, value)) = line.split_once(" = ") else {
            continue;
        };
        if id.starts_with(['#', ' ']) || !value.contains("{ $") {
            continue;
        }
        // Up the lines, a comment before any message without values or any group heading.
        let mut commented = false;
        for l in lines[..i].iter().rev() {
            if l.starts_with("# ") {
                commented = true;
                break;
            }
            let message = l.contains(" = ") && !l.starts_with([' ', '#']);
            if l.is_empty() || l.starts_with("##") || (message && !l.contains("{ $")) {
                break;
            }
        }
        assert!(commented, "`{id}` has values and no comment");
    }
}
