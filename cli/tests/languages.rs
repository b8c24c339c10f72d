//! The language of the command: `--lang`, the locale of the environment, the catalog of its
//! words, and the outputs that must not depend on it (JSON, CSV).
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::i18n::{self, Catalog};
use lhs_maturity::Framework;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const EXAMPLE: &str = "spec/examples/district-kisumu-east.json";
const RESPONDENTS: &str = "spec/examples/analysis/respondents/";
const COHORT: &str = "spec/examples/analysis/cohort/";
const LAST_YEAR: &str = "spec/examples/analysis/rounds/kisumu-east-2025-Q3.json";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs the command with only the locale variables given (the others removed).
fn run_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lhs-maturity"));
    c.args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_env(args, &[])
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

/// Runs a command that must succeed; its standard output.
fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(code(&o), 0, "{args:?}\n{}", err(&o));
    out(&o)
}

/// `args` with `--lang LANG` in front.
fn in_lang<'a>(lang: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--lang", lang];
    v.extend_from_slice(args);
    v
}

/// A fresh, empty directory for one test, removed when the test ends.
struct Tmp(PathBuf);

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tmp(name: &str) -> Tmp {
    let d = std::env::temp_dir().join(format!("lhs-cli-lang-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Tmp(d)
}

/// The name of the first domain of the built-in framework in a language.
fn first_domain(lang: &str) -> String {
    Framework::builtin().spec().domains[0]
        .name
        .get(lang)
        .to_owned()
}

#[test]
fn lang_fr_gives_french_names_and_decimal_commas() {
    let fw = Framework::builtin();
    let r = fw
        .score_json(&std::fs::read_to_string(root().join(EXAMPLE)).unwrap())
        .unwrap();
    let overall = r.overall.score.unwrap();
    let table = ok(&["--lang", "fr", "score", EXAMPLE]);
    assert_ne!(first_domain("fr"), first_domain("en"));
    assert!(table.contains(&first_domain("fr")), "{table}");
    assert!(!table.contains(&first_domain("en")), "{table}");
    let comma = i18n::decimal(overall, 2, "fr");
    assert!(comma.contains(','), "{comma}");
    assert!(table.contains(&comma), "{comma}: {table}");
    assert!(!table.contains(&format!("{overall:.2}")), "{table}");
    let title = fw.spec().title.get("fr");
    assert!(table.contains(title), "{table}");
    // The reports the core renders carry the names in the language too.
    let md = ok(&["--lang", "fr", "score", EXAMPLE, "--format", "markdown"]);
    assert!(md.contains(&first_domain("fr")), "{md}");
    let html = ok(&["report", EXAMPLE, "--lang", "fr"]);
    assert!(html.contains(&first_domain("fr").replace('\'', "&#39;")));
    // And the framework's own listings.
    let outline = ok(&["--lang", "fr", "framework"]);
    assert!(outline.contains(title), "{outline}");
    let list = ok(&["--lang", "fr", "framework", "indicators"]);
    let routine = fw.indicator("inst.info.routine_data").unwrap().label("fr");
    assert!(list.contains(routine), "{list}");
    assert!(list.contains(",") && list.contains("\u{a0}%"), "{list}");
}

#[test]
fn the_locale_chooses_the_language_and_lang_overrides_it() {
    let fr = first_domain("fr");
    let en = first_domain("en");
    let o = run_env(&["score", EXAMPLE], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(code(&o), 0);
    assert!(out(&o).contains(&fr), "{}", out(&o));
    assert!(err(&o).is_empty(), "{}", err(&o));
    let o = run_env(
        &["--lang", "en", "score", EXAMPLE],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(out(&o).contains(&en) && !out(&o).contains(&fr));
    // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; empty means unset, C means English.
    let o = run_env(
        &["score", EXAMPLE],
        &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8")],
    );
    assert!(out(&o).contains(&first_domain("es")));
    let o = run_env(
        &["score", EXAMPLE],
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C")],
    );
    assert!(out(&o).contains(&en));
    let o = run_env(
        &["score", EXAMPLE],
        &[("LANG", "pt_BR.UTF-8"), ("LC_ALL", "")],
    );
    assert!(out(&o).contains(&first_domain("pt-PT")));
    // A locale without a catalog is English, silently.
    let o = run_env(&["score", EXAMPLE], &[("LANG", "sw_KE.UTF-8")]);
    assert!(out(&o).contains(&en));
    assert!(err(&o).is_empty(), "{}", err(&o));
}

#[test]
fn an_unavailable_language_warns_and_writes_english() {
    let english = run(&["--lang", "en", "score", EXAMPLE]);
    let o = run(&["--lang", "sw", "score", EXAMPLE]);
    assert_eq!(code(&o), 0);
    assert_eq!(out(&o), out(&english));
    let e = err(&o);
    assert!(e.contains("warning[language.unavailable]"), "{e}");
    assert!(
        e.contains("`sw`") && e.contains("en, fr, es, pt-PT, ar"),
        "{e}"
    );
    // Never an error: the exit status is the command's.
    let o = run(&["--lang", "sw", "validate", "no-such-file.json"]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("language.unavailable"));
    // Regional variants find their language.
    let o = run(&["--lang", "fr-SN", "score", EXAMPLE]);
    assert!(err(&o).is_empty() && out(&o).contains(&first_domain("fr")));
}

fn has_direction_marks(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn arabic_output_has_no_direction_marks() {
    let commands: [&[&str]; 14] = [
        &["score", EXAMPLE],
        &["score", EXAMPLE, "--format", "markdown"],
        &["report", EXAMPLE],
        &["framework"],
        &["framework", "indicators"],
        &["framework", "--languages"],
        &["framework", "lint"],
        &["validate", EXAMPLE, "no-such-file.json"],
        &["batch", "spec/examples/", "--format", "table"],
        &["pool", RESPONDENTS],
        &["compare", LAST_YEAR, EXAMPLE],
        &["cohort", COHORT, "--group-by", "region", "--ranks"],
        &["reliability", COHORT, "--items"],
        &["series", LAST_YEAR, EXAMPLE, "--format", "table"],
    ];
    for args in commands {
        let o = run(&in_lang("ar", args));
        assert!(!has_direction_marks(&out(&o)), "{args:?}");
        assert!(!has_direction_marks(&err(&o)), "{args:?}");
    }
    let table = ok(&["--lang", "ar", "score", EXAMPLE]);
    assert!(table.contains(&first_domain("ar")), "{table}");
}

#[test]
fn framework_languages_lists_every_language_and_its_completeness() {
    let text = ok(&["framework", "--languages"]);
    assert_eq!(text, ok(&["framework", "languages"]));
    for (code, status) in [
        ("en", "source"),
        ("fr", "provisional"),
        ("es", "provisional"),
        ("pt-PT", "provisional"),
        ("ar", "provisional"),
    ] {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(code))
            .unwrap_or_else(|| panic!("{code} missing: {text}"));
        assert!(line.contains(status), "{line}");
        assert!(line.contains("(100%)"), "{line}");
    }
    let total = Framework::builtin().language_status()[0].total;
    assert!(text.contains(&format!("{total}/{total} (100%)")), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["framework", "--languages", "--format", "json"])).unwrap();
    assert_eq!(
        json,
        serde_json::to_value(Framework::builtin().language_status()).unwrap()
    );
    // A framework of one's own, half translated: where the first missing text is.
    let d = tmp("languages");
    let file = d.0.join("mine.json");
    std::fs::write(&file, PARTLY_FRENCH).unwrap();
    let text = ok(&[
        "--framework",
        file.to_str().unwrap(),
        "framework",
        "languages",
    ]);
    let fr = text.lines().find(|l| l.starts_with("fr ")).unwrap();
    assert!(
        fr.contains("reviewed") && fr.contains("A. Diallo"),
        "{text}"
    );
    assert!(fr.contains("2/15 (13%)"), "{text}");
    assert!(
        text.contains("first missing text: /scale/levels/0/description"),
        "{text}"
    );
    // The flag and a subcommand together are a usage error.
    assert_eq!(code(&run(&["framework", "--languages", "show"])), 2);
}

const PARTLY_FRENCH: &str = r#"{
  "id": "my-model", "version": "1.0.0", "title": {"en": "My model", "fr": "Mon modèle"},
  "languages": [
    {"code": "en", "name": "English", "status": "source"},
    {"code": "fr", "name": "Français", "status": "reviewed", "reviewer": "A. Diallo", "reviewed_on": "2026-11-30"}
  ],
  "scale": {"levels": [
    {"level": 0, "key": "none", "name": {"en": "None", "fr": "Aucun"}, "description": {"en": "Not done"}},
    {"level": 1, "key": "some", "name": {"en": "Some"}, "description": {"en": "Done in places"}},
    {"level": 2, "key": "full", "name": {"en": "Full"}, "description": {"en": "Done everywhere"}}
  ]},
  "facets": [{"id": "owner", "name": {"en": "Who acts"}, "values": [{"id": "ministry", "name": {"en": "Ministry"}}]}],
  "domains": [
    {"id": "data", "name": {"en": "Data"}, "children": [
      {"id": "data.use", "name": {"en": "Data use"}, "indicators": [
        {"id": "data.use.reviews", "statement": {"en": "Teams review their data monthly."},
         "levels": [{"en": "No reviews"}, {"en": "Some teams"}, {"en": "All teams, minuted"}],
         "facets": {"owner": ["ministry"]}}
      ]}
    ]}
  ]
}"#;

#[test]
fn json_and_csv_are_the_same_in_every_language() {
    let d = tmp("neutral");
    let wide = d.0.join("wide.csv");
    std::fs::write(
        &wide,
        "unit_id;period;inst.info.routine_data\nu1;2026;2\nu2;2026;1,5\n",
    )
    .unwrap();
    let wide = wide.to_str().unwrap().to_owned();
    let commands: [&[&str]; 14] = [
        &["score", EXAMPLE, "--format", "json"],
        &["validate", EXAMPLE, "--format", "json"],
        &["batch", "spec/examples/", "--format", "csv", "--quiet"],
        &[
            "batch",
            "spec/examples/",
            &wide,
            "--format",
            "json",
            "--quiet",
        ],
        &["framework", "indicators", "--format", "csv"],
        &["framework", "show", "--format", "json"],
        &["framework", "lint", "--format", "json"],
        &["pool", RESPONDENTS, "--format", "json"],
        &["compare", LAST_YEAR, EXAMPLE, "--format", "json"],
        &["cohort", COHORT, "--group-by", "region", "--format", "csv"],
        &["cohort", COHORT, "--ranks", "--format", "csv"],
        &["reliability", COHORT, "--format", "json"],
        &["series", LAST_YEAR, EXAMPLE],
        &["export", "long", EXAMPLE],
    ];
    for args in commands {
        let en = run(&in_lang("en", args));
        let fr = run(&in_lang("fr", args));
        assert_eq!(code(&en), code(&fr), "{args:?}");
        assert!(!en.stdout.is_empty(), "{args:?}: {}", err(&en));
        assert!(en.stdout == fr.stdout, "{args:?}");
    }
    // The JSON report is scored in English whatever the language, and says so.
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["--lang", "ar", "score", EXAMPLE, "--format", "json"])).unwrap();
    assert_eq!(v["language"], "en");
    assert_eq!(v["domains"][0]["name"], first_domain("en"));
}

#[test]
fn templates_are_forms_in_the_language() {
    let fw = Framework::builtin();
    let statement = fw.indicator("inst.info.routine_data").unwrap().label("fr");
    let json = ok(&["--lang", "fr", "template"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["language"], "fr");
    let note = v["answers"]["inst.info.routine_data"]["$comment"]
        .as_str()
        .unwrap();
    assert!(note.starts_with(statement), "{note}");
    // Keys and ids stay as the readers expect them; the English template is the core's.
    assert_eq!(v["framework"]["id"], "lhs-2021");
    assert_eq!(ok(&["template"]), fw.template_json_with(None, "en"));
    let csv = ok(&["--lang", "es", "template", "--format", "csv"]);
    assert!(csv.starts_with("\u{feff}id,name,answer,"));
    let name = fw.indicator("inst.info.routine_data").unwrap().label("es");
    assert!(
        csv.contains(&format!("inst.info.routine_data,{name},")),
        "{csv}"
    );
}

#[test]
fn help_documents_the_language() {
    let help = ok(&["--help"]);
    assert!(help.contains("--lang <LANG>"), "{help}");
    assert!(help.contains("LC_ALL, LC_MESSAGES or LANG"), "{help}");
    let help = ok(&["framework", "--help"]);
    assert!(help.contains("--languages"), "{help}");
    assert!(help.contains("languages"), "{help}");
    // `--lang` is global: after the command too.
    assert!(
        ok(&["framework", "--lang", "es"]).contains(Framework::builtin().spec().title.get("es"))
    );
}

/// Every message the command asks for is in the English catalog (the others fall back to it),
/// every message of the English catalog is asked for, and each has its comment.
#[test]
fn every_message_is_in_the_catalog_and_used() {
    let catalog = Catalog::builtin("en").unwrap().unwrap();
    let ids: BTreeSet<String> = catalog
        .ids()
        .into_iter()
        .filter(|i| i.starts_with("cli-"))
        .collect();
    let mut used = BTreeSet::new();
    let mut sources = String::new();
    for dir in ["src", "src/analysis"] {
        for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rs") {
                sources.push_str(&std::fs::read_to_string(p).unwrap());
            }
        }
    }
    for (i, _) in sources.match_indices("\"cli-") {
        let id: String = sources[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        used.insert(id);
    }
    // Ids composed in the code: `cli-stat-{s}` and `cli-stat-{s}-long`.
    used.remove("cli-stat-");
    for s in ["n", "mean", "sd", "min", "q1", "median", "q3", "max"] {
        used.insert(format!("cli-stat-{s}"));
        used.insert(format!("cli-stat-{s}-long"));
    }
    let missing: Vec<_> = used.difference(&ids).collect();
    assert!(missing.is_empty(), "not in cli.ftl: {missing:?}");
    let unused: Vec<_> = ids.difference(&used).collect();
    assert!(unused.is_empty(), "never used: {unused:?}");
    // Each message with variables says what they are in a comment just above it.
    let ftl = std::fs::read_to_string(root().join("spec/i18n/messages/en/cli.ftl")).unwrap();
    let lines: Vec<&str> = ftl.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let Some((id, _)) = l.split_once(" = ") else {
            continue;
        };
        if !id.starts_with("cli-") || catalog.variables(id).is_empty() {
            continue;
        }
        let above = if i == 0 { "" } else { lines[i - 1] };
        assert!(
            above.starts_with("# "),
            "`{id}` has variables and no comment"
        );
    }
}

/// Every line of a table whose last column is right-aligned ends at the same display column.
fn assert_aligned(table: &[&str]) {
    use unicode_width::UnicodeWidthStr;
    let widths: Vec<usize> = table.iter().map(|l| l.width()).collect();
    assert!(
        widths.windows(2).all(|w| w[0] == w[1]),
        "{widths:?}\n{}",
        table.join("\n")
    );
}

/// Tables line up by display width, not by characters: Arabic (its vowel marks take no column)
/// and Chinese (two columns a character) alike.
#[test]
fn tables_line_up_by_display_width() {
    // The cohort table in Arabic: the `all` group, after its title.
    let text = ok(&in_lang("ar", &["cohort", COHORT, "--group-by", "region"]));
    let all: Vec<&str> = text.split("\n\n").nth(1).unwrap().lines().skip(1).collect();
    assert!(all.len() > 20, "{text}");
    assert!(all.iter().any(|l| l.contains("مأسسة التعلم")), "{text}");
    assert_aligned(&all);

    // A batch of units named in Chinese, Arabic (with a shadda and a kasra) and English.
    let d = tmp("widths");
    let names = ["基苏木东区卫生队", "المتعلِّم", "Kisumu East", "内罗毕"];
    for (i, name) in names.iter().enumerate() {
        let a = format!(
            r#"{{"unit": {{"name": "{name}"}}, "answers": {{"inst.info.routine_data": {i}}}}}"#
        );
        std::fs::write(d.0.join(format!("{i}.json")), a).unwrap();
    }
    let dir = d.0.display().to_string();
    for lang in ["en", "ar"] {
        let text = ok(&in_lang(
            lang,
            &["batch", &dir, "--format", "table", "--quiet"],
        ));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), names.len() + 1, "{text}");
        assert!(names.iter().all(|n| text.contains(n)), "{text}");
        assert_aligned(&lines);
    }

    // Respondents named in Chinese head the columns of the disagreement agenda.
    let d = tmp("respondents");
    for (i, who) in ["王芳", "李娜娜", "ali"].iter().enumerate() {
        let a = format!(
            r#"{{"unit": {{"id": "u"}}, "respondent": {{"id": "{who}"}}, "answers": {{"inst.info.routine_data": {}, "cap.prov.communication": {i}}}}}"#,
            2 * i
        );
        std::fs::write(d.0.join(format!("{i}.json")), a).unwrap();
    }
    let text = ok(&["pool", &d.0.display().to_string()]);
    let agenda: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Disagreement agenda"))
        .skip(1)
        .take(3)
        .collect();
    assert!(
        agenda[0].contains("王芳") && agenda[0].contains("李娜娜"),
        "{text}"
    );
    assert_aligned(&agenda);
}
