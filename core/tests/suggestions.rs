//! "Did you mean" suggestions for unknown indicator ids: given for the first 1,000 unknown ids
//! of a document (each is a search over every id), the general help for the others, so that a
//! document of 100,000 made-up ids is reported quickly.

use lhs_maturity::Framework;

#[test]
fn the_first_thousand_unknown_ids_get_a_suggestion_and_the_others_the_list() {
    let fw = Framework::builtin();
    // Ids one letter away from a real one, in an order that sorts as written (the answers are
    // checked in id order).
    let answers: Vec<String> = (0..1_005)
        .map(|k| format!("\"inst.info.routine_dat{k:05}\": 2"))
        .collect();
    let text = format!("{{\"answers\": {{{}}}}}", answers.join(", "));
    let found = fw.validate_json(&text);
    let unknown: Vec<_> = found
        .iter()
        .filter(|d| d.code == "assessment.unknown_indicator")
        .collect();
    assert_eq!(unknown.len(), 1_005);
    let suggested = |d: &lhs_maturity::Diagnostic| {
        d.help
            .as_deref()
            .is_some_and(|h| h.contains("inst.info.routine_data"))
    };
    assert!(
        unknown[..1_000].iter().all(|d| suggested(d)),
        "{:?}",
        unknown[0].help
    );
    assert!(
        unknown[1_000..]
            .iter()
            .all(|d| !suggested(d) && d.help.is_some()),
        "{:?}",
        unknown[1_000].help
    );
}
