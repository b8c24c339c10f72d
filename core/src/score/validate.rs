//! Checking an assessment against a framework: errors that stop scoring and warnings that don't.

use crate::error::{child_path, Diagnostic};
use crate::model::assessment::{Answer, Assessment, Rating};
use crate::model::compiled::{CIndicator, Compiled, Framework};
use crate::model::framework::UnitKind;
use crate::read::assessment::read_assessment;
use crate::read::json::{self, closest};
use crate::score::build::derive_level;

/// Coverage below this share of applicable indicators in a domain produces a warning.
pub const LOW_COVERAGE_THRESHOLD: f64 = 0.7;

impl Framework {
    /// Checks an assessment against this framework: every error and warning, never a panic.
    ///
    /// Errors (`severity == Error`) mean the assessment cannot be scored; warnings are worth a
    /// look but change nothing.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 7, "inst.delib.working_groups": "na"}}"#).unwrap();
    /// let diags = fw.validate(&a);
    /// assert!(diags.iter().any(|d| d.code == "assessment.level_out_of_range" && d.path == "/answers/inst.info.routine_data"));
    /// assert!(diags.iter().any(|d| d.code == "assessment.na_without_justification"));
    /// ```
    pub fn validate(&self, assessment: &Assessment) -> Vec<Diagnostic> {
        check(self, assessment, assessment.default_target)
    }

    /// Reads an assessment from JSON text and checks it against this framework, reporting the
    /// problems of both steps together.
    ///
    /// ```
    /// let diags = lhs_maturity::Framework::builtin()
    ///     .validate_json(r#"{"answers": {"inst.info.routin_data": 2, "inst.delib.working_groups": 2.5}}"#);
    /// let errors: Vec<&str> = diags.iter().filter(|d| d.is_error()).map(|d| d.code.as_str()).collect();
    /// assert_eq!(errors, ["assessment.invalid_level", "assessment.unknown_indicator"]);
    /// assert!(diags.iter().any(|d| d.code == "assessment.low_coverage")); // a warning
    /// ```
    pub fn validate_json(&self, text: &str) -> Vec<Diagnostic> {
        if let Some(a) = crate::read::fast::read_fast(text) {
            return check(self, &a, a.default_target);
        }
        match json::parse_text(text, "assessment") {
            Err(e) => e.details().to_vec(),
            Ok(value) => self.validate_value(&value),
        }
    }

    /// Like [`Framework::validate_json`], for a parsed JSON value.
    ///
    /// ```
    /// let v = serde_json::json!({"answers": []});
    /// let diags = lhs_maturity::Framework::builtin().validate_value(&v);
    /// assert_eq!(diags[0].code, "assessment.invalid_type");
    /// ```
    pub fn validate_value(&self, value: &serde_json::Value) -> Vec<Diagnostic> {
        let (a, mut diags) = read_assessment(value);
        if let Some(a) = a {
            diags.extend(check(self, &a, a.default_target));
        }
        diags
    }
}

/// Every framework-level check of an assessment, with `default_target` already resolved
/// (the assessment's own, or an override).
pub(crate) fn check(
    fw: &Framework,
    a: &Assessment,
    default_target: Option<u32>,
) -> Vec<Diagnostic> {
    let c = &fw.0;
    let max = c.max_level;
    let mut out = Vec::new();
    check_framework_ref(fw, a, &mut out);
    if let Some(t) = a.default_target {
        if t > max {
            out.push(
                Diagnostic::error(
                    "assessment.target_out_of_range",
                    "/default_target",
                    format!("the default target {t} is above the top level of the scale ({max})"),
                )
                .with_help(format!("use a level between 0 and {max}")),
            );
        }
    }
    let kind = check_unit_kind(c, a, &mut out);
    // The rating of each indicator (given, or derived from elements), for the coverage below.
    let mut ratings: Vec<Option<Rating>> = vec![None; c.indicators.len()];
    for (id, ans, index) in c.indexed_answers(&a.answers) {
        let Some(ind) = index.and_then(|ii| c.indicators.get(ii)) else {
            out.push(unknown_indicator(fw, id));
            continue;
        };
        let rating = check_elements(c, ind, id, ans, &mut out);
        if let Some(r) = index.and_then(|ii| ratings.get_mut(ii)) {
            *r = rating;
        }
        let applies = ind.applies_to(kind);
        if !applies {
            out.push(does_not_apply(ind, id, kind));
        }
        check_answer(c, id, ans, (rating, applies), default_target, &mut out);
    }
    check_coverage(fw, &ratings, kind, &mut out);
    out
}

fn check_framework_ref(fw: &Framework, a: &Assessment, out: &mut Vec<Diagnostic>) {
    let Some(r) = &a.framework else { return };
    if r.id != fw.id() {
        out.push(
            Diagnostic::error(
                "assessment.framework_mismatch",
                "/framework/id",
                format!(
                    "the assessment was made for the framework `{}`, not `{}`",
                    r.id,
                    fw.id()
                ),
            )
            .with_help("score it with the framework it was made for, or correct `framework.id`"),
        );
    } else if let Some(v) = r.version.as_ref().filter(|v| *v != fw.version()) {
        out.push(
            Diagnostic::error(
                "assessment.version_mismatch",
                "/framework/version",
                format!(
                    "the assessment was made for version {v} of `{}`, not version {}",
                    fw.id(),
                    fw.version()
                ),
            )
            .with_help("score it with the framework version it was made for, or move it to this version with `migrate`; to compare across versions use `compare`"),
        );
    }
}

/// The unit kind that decides applicability, with a warning when the framework has
/// applicability rules and the kind is missing or not one of the unit kinds.
fn check_unit_kind(c: &Compiled, a: &Assessment, out: &mut Vec<Diagnostic>) -> Option<UnitKind> {
    if !c.uses_applicability {
        return None;
    }
    let given = a
        .unit
        .as_ref()
        .and_then(|u| u.kind.as_deref())
        .filter(|k| !k.trim().is_empty());
    let kinds = UnitKind::ALL.map(UnitKind::as_str).join(", ");
    match given {
        None => {
            out.push(
                Diagnostic::warning(
                    "assessment.no_unit_kind",
                    if a.unit.is_some() { "/unit" } else { "" },
                    "the unit's kind is not given, so every indicator is treated as applicable",
                )
                .with_help(format!("set `unit.kind` to one of: {kinds}")),
            );
            None
        }
        Some(k) => {
            let kind = UnitKind::parse(k);
            if kind.is_none() {
                let hint = match closest(
                    &k.to_ascii_lowercase(),
                    UnitKind::ALL.map(UnitKind::as_str).into_iter(),
                ) {
                    Some(s) => format!("did you mean `{s}`? Unit kinds: {kinds}"),
                    None => format!("unit kinds: {kinds}"),
                };
                out.push(
                    Diagnostic::warning(
                        "assessment.unknown_unit_kind",
                        "/unit/kind",
                        format!(
                            "`{k}` is not a unit kind, so every indicator is treated as applicable"
                        ),
                    )
                    .with_help(hint),
                );
            }
            kind
        }
    }
}

fn unknown_indicator(fw: &Framework, id: &str) -> Diagnostic {
    let is_node = fw.spec().domains.iter().any(|d| node_has_id(d, id));
    let mut d = Diagnostic::error(
        "assessment.unknown_indicator",
        child_path("/answers", id),
        if is_node {
            format!(
                "`{id}` is a domain of framework `{}`, not an indicator",
                fw.id()
            )
        } else {
            format!(
                "unknown indicator `{id}`: not defined in framework `{}` {}",
                fw.id(),
                fw.version()
            )
        },
    );
    let ids = fw.0.indicators.iter().map(|i| i.spec.id.as_str());
    d.help = Some(match closest(id, ids) {
        Some(s) => format!("did you mean `{s}`?"),
        None if is_node => "rate the indicators of the domain, not the domain itself".to_owned(),
        None => "list the valid ids with `lhs-maturity framework indicators`".to_owned(),
    });
    d
}

fn does_not_apply(ind: &CIndicator, id: &str, kind: Option<UnitKind>) -> Diagnostic {
    let kinds: Vec<&str> = UnitKind::ALL
        .into_iter()
        .filter(|k| ind.applies_to(Some(*k)))
        .map(UnitKind::as_str)
        .collect();
    let kind = kind.map_or("", UnitKind::as_str);
    Diagnostic::warning(
        "assessment.does_not_apply",
        child_path("/answers", id),
        format!(
            "`{id}` does not apply to a unit of kind `{kind}` (it applies to: {}); the answer is kept but not scored",
            kinds.join(", ")
        ),
    )
    .with_help("remove the answer, or check the unit's kind")
}

/// The element ids of an answer that the indicator does not have are errors; a given level that
/// disagrees with the elements is a warning. Returns the rating the answer counts with.
fn check_elements(
    c: &Compiled,
    ind: &CIndicator,
    id: &str,
    ans: &Answer,
    out: &mut Vec<Diagnostic>,
) -> Option<Rating> {
    if ans.elements.is_empty() {
        return ans.rating;
    }
    let path = child_path(&child_path("/answers", id), "elements");
    let mut ok = true;
    for eid in ans.elements.keys() {
        if !ind.elements.iter().any(|(e, _)| e == eid) {
            ok = false;
            let known: Vec<&str> = ind.elements.iter().map(|(e, _)| e.as_str()).collect();
            out.push(
                Diagnostic::error(
                    "assessment.unknown_element",
                    child_path(&path, eid),
                    format!("`{eid}` is not an element of `{id}`"),
                )
                .with_help(if known.is_empty() {
                    "this indicator has no elements; give its level instead".to_owned()
                } else {
                    format!("its elements are {}", known.join(", "))
                }),
            );
        }
    }
    if !ok {
        return ans.rating;
    }
    let derived = derive_level(c, ind, &ans.elements);
    match (ans.rating, derived) {
        (Some(given), Some(d)) if given != d => {
            out.push(
                Diagnostic::warning(
                    "assessment.elements_conflict",
                    ans.level_path(&child_path("/answers", id)),
                    format!(
                        "`{id}` is rated {}, but its elements give {}",
                        rating_text(given),
                        rating_text(d)
                    ),
                )
                .with_help("a level holds when its elements and those of every lower level are met; correct the level or the elements (the level given is the one scored)"),
            );
            Some(given)
        }
        (Some(given), _) => Some(given),
        (None, d) => {
            if let Some(Rating::Level(l)) = d {
                check_unchecked_elements(ind, id, l, &ans.elements, &path, out);
            }
            d
        }
    }
}

/// When a derived level stops at a level whose elements were only partly checked (none is
/// `false`), the level may be higher: say which elements to check.
fn check_unchecked_elements(
    ind: &CIndicator,
    id: &str,
    level: u32,
    elements: &std::collections::BTreeMap<String, Option<bool>>,
    path: &str,
    out: &mut Vec<Diagnostic>,
) {
    let next: Vec<&str> = ind
        .elements
        .iter()
        .filter(|(_, l)| *l == level + 1)
        .map(|(e, _)| e.as_str())
        .collect();
    let unchecked: Vec<&str> = next
        .iter()
        .copied()
        .filter(|e| elements.get(*e).is_none_or(Option::is_none))
        .collect();
    let any_false = next.iter().any(|e| elements.get(*e) == Some(&Some(false)));
    if !unchecked.is_empty() && !any_false {
        out.push(
            Diagnostic::warning(
                "assessment.elements_not_checked",
                path,
                format!(
                    "`{id}` is at level {level} from its elements; {} of level {} not checked, so the level may be higher",
                    unchecked.join(", "),
                    level + 1
                ),
            )
            .with_help("check these elements (true or false) to settle the level"),
        );
    }
}

fn rating_text(r: Rating) -> String {
    match r {
        Rating::Level(l) => format!("level {l}"),
        Rating::NotApplicable => "`na`".to_owned(),
        Rating::Unknown => "`unknown`".to_owned(),
    }
}

/// The checks of one answer: errors always, warnings only when the indicator applies to the
/// unit (`applies`).
fn check_answer(
    c: &Compiled,
    id: &str,
    ans: &Answer,
    (rating, applies): (Option<Rating>, bool),
    default_target: Option<u32>,
    out: &mut Vec<Diagnostic>,
) {
    let max = c.max_level;
    // The answer's JSON Pointer, built only for a diagnostic.
    let path = || child_path("/answers", id);
    let level = match rating {
        Some(Rating::Level(l)) if l > max => {
            out.push(
                Diagnostic::error(
                    "assessment.level_out_of_range",
                    ans.level_path(&path()),
                    format!("the level {l} is above the top level of the scale ({max})"),
                )
                .with_help(format!(
                    "use a level between 0 and {max}, \"na\" or \"unknown\""
                )),
            );
            None
        }
        Some(Rating::Level(l)) => Some(l),
        Some(Rating::NotApplicable) => {
            if applies {
                check_na(c, id, ans, out);
            }
            None
        }
        Some(Rating::Unknown) | None => None,
    };
    if let Some(t) = ans.target.filter(|&t| t > max) {
        out.push(
            Diagnostic::error(
                "assessment.target_out_of_range",
                child_path(&path(), "target"),
                format!("the target {t} is above the top level of the scale ({max})"),
            )
            .with_help(format!("use a level between 0 and {max}")),
        );
    }
    let Some(l) = level.filter(|_| applies) else {
        return;
    };
    if l == max && ans.evidence.as_deref().is_none_or(|e| e.trim().is_empty()) {
        out.push(
            Diagnostic::warning(
                "assessment.top_level_without_evidence",
                path(),
                format!("`{id}` is rated at the top level ({max}) without evidence"),
            )
            .with_help(
                "the top level is a strong claim; add an `evidence` note saying what shows it",
            ),
        );
    }
    let (target, from_answer) = match (ans.target, default_target) {
        (Some(t), _) => (Some(t), true),
        (None, t) => (t, false),
    };
    if let Some(t) = target.filter(|&t| t < l && t <= max) {
        let (p, whose) = if from_answer {
            (child_path(&path(), "target"), "its target")
        } else {
            (path(), "the default target")
        };
        out.push(
            Diagnostic::warning(
                "assessment.target_below_level",
                p,
                format!("`{id}` is rated {l}, above {whose} {t}"),
            )
            .with_help("raise the target, or check the rating"),
        );
    }
}

/// `na` needs a justification; with applicability rules, `na` on an indicator that applies to
/// the unit is itself a warning (what does not exist is rated 0).
fn check_na(c: &Compiled, id: &str, ans: &Answer, out: &mut Vec<Diagnostic>) {
    let path = child_path("/answers", id);
    if ans
        .justification
        .as_deref()
        .is_none_or(|j| j.trim().is_empty())
    {
        out.push(
            Diagnostic::warning(
                "assessment.na_without_justification",
                path.clone(),
                format!("`{id}` is marked not applicable without a justification"),
            )
            .with_help("add a `justification` saying why it does not apply to this unit"),
        );
    }
    if c.uses_applicability {
        out.push(
            Diagnostic::warning(
                "assessment.na_applicable",
                ans.level_path(&path),
                format!("`{id}` applies to this kind of unit but is marked `na`; it is left out of the scores"),
            )
            .with_help("what applies but does not exist is rated 0 (absent); `na` comes from the framework's applicability only"),
        );
    }
}

/// A warning for each domain (not an outcome) with less than [`LOW_COVERAGE_THRESHOLD`] of its
/// applicable indicators rated.
fn check_coverage(
    fw: &Framework,
    ratings: &[Option<Rating>],
    kind: Option<UnitKind>,
    out: &mut Vec<Diagnostic>,
) {
    let c = &fw.0;
    let max = c.max_level;
    for &dn in &c.domains {
        let Some(node) = c.nodes.get(dn) else {
            continue;
        };
        let (mut rated, mut not_counted) = (0usize, 0usize);
        for &ii in &node.indicators {
            if !c.indicators.get(ii).is_some_and(|x| x.applies_to(kind)) {
                not_counted += 1;
                continue;
            }
            match ratings.get(ii).copied().flatten() {
                Some(Rating::Level(l)) if l <= max => rated += 1,
                Some(Rating::NotApplicable) => not_counted += 1,
                _ => {}
            }
        }
        let applicable = node.indicators.len() - not_counted;
        if applicable > 0 && (rated as f64) < LOW_COVERAGE_THRESHOLD * applicable as f64 {
            let name = fw.node_spec(dn).map_or("", |n| n.name.en());
            let id = fw.node_spec(dn).map_or("", |n| n.id.as_str());
            out.push(
                Diagnostic::warning(
                    "assessment.low_coverage",
                    "/answers",
                    format!(
                        "domain `{id}` ({name}): {rated} of {applicable} applicable indicators rated ({:.0}%), under {:.0}%",
                        100.0 * rated as f64 / applicable as f64,
                        100.0 * LOW_COVERAGE_THRESHOLD
                    ),
                )
                .with_help("scores of a domain with few ratings rest on little evidence; rate more indicators, or mark what cannot be known `unknown`"),
            );
        }
    }
}

fn node_has_id(n: &crate::model::framework::Node, id: &str) -> bool {
    n.id == id
        || match &n.content {
            crate::model::framework::NodeContent::Children(ch) => {
                ch.iter().any(|c| node_has_id(c, id))
            }
            crate::model::framework::NodeContent::Indicators(_) => false,
        }
}
