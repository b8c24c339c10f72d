//! Checking an assessment against a framework: errors that stop scoring and warnings that don't.

use crate::error::{child_path, Diagnostic};
use crate::model::assessment::{Assessment, Rating};
use crate::model::compiled::Framework;
use crate::read::assessment::read_assessment;
use crate::read::json::{self, closest};

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
    if let Some(r) = &a.framework {
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
                .with_help(
                    "score it with the framework it was made for, or correct `framework.id`",
                ),
            );
        } else if let Some(v) = &r.version {
            if v != fw.version() {
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
                    .with_help("load the framework version it was made for; to compare across versions use `compare`"),
                );
            }
        }
    }
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
    // The rating of each indicator, for the coverage below.
    let mut ratings: Vec<Option<Rating>> = vec![None; c.indicators.len()];
    for (id, ans, index) in c.indexed_answers(&a.answers) {
        // The answer's JSON Pointer, built only for a diagnostic.
        let path = || child_path("/answers", id);
        let Some(ii) = index else {
            let is_node = fw.spec().domains.iter().any(|d| node_has_id(d, id));
            let mut d = Diagnostic::error(
                "assessment.unknown_indicator",
                path(),
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
            let ids = c.indicators.iter().map(|i| i.spec.id.as_str());
            d.help = Some(match closest(id, ids) {
                Some(s) => format!("did you mean `{s}`?"),
                None if is_node => {
                    "rate the indicators of the domain, not the domain itself".to_owned()
                }
                None => "list the valid ids with `lhs-maturity framework indicators`".to_owned(),
            });
            out.push(d);
            continue;
        };
        if let Some(r) = ratings.get_mut(ii) {
            *r = ans.rating;
        }
        let level = match ans.rating {
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
                if ans
                    .justification
                    .as_deref()
                    .is_none_or(|j| j.trim().is_empty())
                {
                    out.push(
                        Diagnostic::warning(
                            "assessment.na_without_justification",
                            path(),
                            format!("`{id}` is marked not applicable without a justification"),
                        )
                        .with_help(
                            "add a `justification` saying why it does not apply to this unit",
                        ),
                    );
                }
                None
            }
            Some(Rating::Unknown) | None => None,
        };
        if let Some(t) = ans.target {
            if t > max {
                out.push(
                    Diagnostic::error(
                        "assessment.target_out_of_range",
                        child_path(&path(), "target"),
                        format!("the target {t} is above the top level of the scale ({max})"),
                    )
                    .with_help(format!("use a level between 0 and {max}")),
                );
            }
        }
        if let Some(l) = level {
            if l == max && ans.evidence.as_deref().is_none_or(|e| e.trim().is_empty()) {
                out.push(
                    Diagnostic::warning(
                        "assessment.top_level_without_evidence",
                        path(),
                        format!("`{id}` is rated at the top level ({max}) without evidence"),
                    )
                    .with_help("the top level is a strong claim; add an `evidence` note saying what shows it"),
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
    }
    // Coverage per domain.
    for &dn in &c.domains {
        let Some(node) = c.nodes.get(dn) else {
            continue;
        };
        let (mut rated, mut na) = (0usize, 0usize);
        for &ii in &node.indicators {
            match ratings.get(ii).copied().flatten() {
                Some(Rating::Level(l)) if l <= max => rated += 1,
                Some(Rating::NotApplicable) => na += 1,
                _ => {}
            }
        }
        let applicable = node.indicators.len() - na;
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
                .with_help("scores of a domain with few ratings rest on little evidence; rate more indicators or mark them `na` with a justification"),
            );
        }
    }
    out
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
