//! Checking an assessment against a framework: errors that stop scoring and warnings that don't.

use crate::error::{child_path, Diagnostic, Error, Part, Severity};
use crate::i18n::{diagnostic, DiagArg};
use crate::model::assessment::{Answer, Assessment, Rating};
use crate::model::compiled::{CIndicator, Compiled, Framework};
use crate::model::framework::UnitKind;
use crate::read::assessment::read_assessment;
use crate::read::json::{self, closest};
use crate::score::build::derive_level;

/// Coverage below this share of applicable indicators in a domain produces a warning.
pub const LOW_COVERAGE_THRESHOLD: f64 = 0.7;

impl Framework {
    /// A list of assessments read one at a time (by a binding or the command line), each checked
    /// against this framework: all of them, or every problem of every item at once — the reading
    /// errors and the errors [`Framework::validate`] finds in the items that could be read —
    /// located at `/<index>` and named `assessment <n>`, with the index of the first item that
    /// has one.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let texts = [
    ///     r#"{"answers": {"inst.info.routine_data": 2}}"#,
    ///     r#"{"answers": {"inst.info.routine_data": 9, "x.y.z": 1}}"#,
    ///     r#"{"answers": {"inst.info.routine_data": "5"}}"#,
    /// ];
    /// let read = texts.iter().map(|t| Assessment::from_json(t)).collect();
    /// let (first, e) = fw.check_list(read).unwrap_err();
    /// assert_eq!(first, 1);
    /// let codes: Vec<(&str, &str)> = e.details().iter().map(|d| (d.path.as_str(), d.code.as_str())).collect();
    /// assert_eq!(codes, [
    ///     ("/1/answers/inst.info.routine_data", "assessment.level_out_of_range"),
    ///     ("/1/answers/x.y.z", "assessment.unknown_indicator"),
    ///     ("/2/answers/inst.info.routine_data", "assessment.invalid_level"),
    /// ]);
    /// ```
    pub fn check_list(
        &self,
        read: Vec<Result<Assessment, Error>>,
    ) -> Result<Vec<Assessment>, (usize, Error)> {
        let checked = crate::parallel::map(&read, |r| match r {
            Err(e) => Err(e.clone()),
            Ok(a) => {
                let errors = crate::error::errors_only(self.validate(a));
                if errors.is_empty() {
                    Ok(())
                } else {
                    Err(Error::Assessment(errors))
                }
            }
        });
        Error::collect(checked, Part::Assessment)?;
        Ok(read.into_iter().flatten().collect())
    }

    /// The built-in framework for a list of assessments read one at a time: the version the
    /// first readable one names ([`Framework::builtin_for`]; the latest when none can be read),
    /// or its error located at that assessment.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let read = vec![Assessment::from_json("{"), Assessment::from_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {}}"#)];
    /// assert_eq!(Framework::builtin_for_list(&read).unwrap().version(), "1.0.0");
    /// ```
    pub fn builtin_for_list(
        read: &[Result<Assessment, Error>],
    ) -> Result<Framework, (usize, Error)> {
        match read
            .iter()
            .enumerate()
            .find_map(|(i, r)| Some((i, r.as_ref().ok()?)))
        {
            None => Ok(Framework::builtin()),
            Some((i, a)) => Framework::builtin_for(a)
                .map(|(fw, _)| fw)
                .map_err(|e| (i, e.within(Part::Assessment(i)))),
        }
    }
}

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
        if let Some(a) = crate::read::read_fast(text) {
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
            out.push(diagnostic(
                Severity::Error,
                "assessment.target_out_of_range",
                "/default_target",
                &[
                    ("whose", "default".into()),
                    ("target", t.into()),
                    ("max", max.into()),
                ],
            ));
        }
    }
    let kind = check_unit_kind(c, a, &mut out);
    // The rating of each indicator (given, or derived from elements), for the coverage below.
    let mut ratings: Vec<Option<Rating>> = vec![None; c.indicators.len()];
    let mut unknown = 0usize;
    for (id, ans, index) in c.indexed_answers(&a.answers) {
        let Some(ind) = index.and_then(|ii| c.indicators.get(ii)) else {
            unknown += 1;
            out.push(unknown_indicator(fw, id, unknown <= SUGGESTED_IDS));
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
    let problem = crate::read::assessment::framework_ref_problem(
        fw,
        Some(r.id.as_str()),
        r.version.as_deref(),
    );
    out.extend(problem);
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
            out.push(diagnostic(
                Severity::Warning,
                "assessment.no_unit_kind",
                if a.unit.is_some() { "/unit" } else { "" },
                &[("kinds", kinds.into())],
            ));
            None
        }
        Some(k) => {
            let kind = UnitKind::parse(k);
            if kind.is_none() {
                let mut args: Vec<(&str, DiagArg)> =
                    vec![("kind", k.into()), ("kinds", kinds.into())];
                match closest(
                    &k.to_ascii_lowercase(),
                    UnitKind::ALL.map(UnitKind::as_str).into_iter(),
                ) {
                    Some(s) => {
                        args.extend([("hint", "suggestion".into()), ("suggestion", s.into())])
                    }
                    None => args.push(("hint", "list".into())),
                }
                out.push(diagnostic(
                    Severity::Warning,
                    "assessment.unknown_unit_kind",
                    "/unit/kind",
                    &args,
                ));
            }
            kind
        }
    }
}

/// The unknown ids of one document that get a "did you mean" suggestion: the closest id is
/// searched for each, which a document of 100,000 made-up ids would make slow; the others get
/// the general help (the list of ids).
pub const SUGGESTED_IDS: usize = 1_000;

fn unknown_indicator(fw: &Framework, id: &str, suggest: bool) -> Diagnostic {
    let is_node = fw.spec().domains.iter().any(|d| node_has_id(d, id));
    let mut args: Vec<(&str, DiagArg)> = vec![
        ("what", if is_node { "domain" } else { "unknown" }.into()),
        ("id", id.into()),
        ("framework", fw.id().into()),
        ("version", fw.version().into()),
    ];
    let ids = fw.0.indicators.iter().map(|i| i.spec.id.as_str());
    match closest(id, ids.take(if suggest { usize::MAX } else { 0 })) {
        Some(s) => args.extend([("hint", "suggestion".into()), ("suggestion", s.into())]),
        None if is_node => args.push(("hint", "domain".into())),
        None => args.push(("hint", "list".into())),
    }
    diagnostic(
        Severity::Error,
        "assessment.unknown_indicator",
        child_path("/answers", id),
        &args,
    )
}

fn does_not_apply(ind: &CIndicator, id: &str, kind: Option<UnitKind>) -> Diagnostic {
    let kinds: Vec<&str> = UnitKind::ALL
        .into_iter()
        .filter(|k| ind.applies_to(Some(*k)))
        .map(UnitKind::as_str)
        .collect();
    let kind = kind.map_or("", UnitKind::as_str);
    diagnostic(
        Severity::Warning,
        "assessment.does_not_apply",
        child_path("/answers", id),
        &[
            ("id", id.into()),
            ("kind", kind.into()),
            ("kinds", kinds.join(", ").into()),
        ],
    )
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
            out.push(diagnostic(
                Severity::Error,
                "assessment.unknown_element",
                child_path(&path, eid),
                &[
                    ("element", eid.into()),
                    ("id", id.into()),
                    ("count", known.len().into()),
                    ("elements", known.join(", ").into()),
                ],
            ));
        }
    }
    if !ok {
        return ans.rating;
    }
    let derived = derive_level(c, ind, &ans.elements);
    match (ans.rating, derived) {
        (Some(given), Some(d)) if given != d => {
            let mut args: Vec<(&str, DiagArg)> = vec![("id", id.into())];
            rating_args(&mut args, ("given", "given_level"), given);
            rating_args(&mut args, ("derived", "derived_level"), d);
            out.push(diagnostic(
                Severity::Warning,
                "assessment.elements_conflict",
                ans.level_path(&child_path("/answers", id)),
                &args,
            ));
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
        out.push(diagnostic(
            Severity::Warning,
            "assessment.elements_not_checked",
            path,
            &[
                ("id", id.into()),
                ("level", level.into()),
                ("elements", unchecked.join(", ").into()),
                ("count", unchecked.len().into()),
                ("next", (level + 1).into()),
            ],
        ));
    }
}

/// A rating as the arguments `(kind, level)` of a message: `level` with the level, `na` or
/// `unknown`.
fn rating_args(
    args: &mut Vec<(&str, DiagArg)>,
    (kind, level): (&'static str, &'static str),
    r: Rating,
) {
    match r {
        Rating::Level(l) => args.extend([(kind, "level".into()), (level, l.into())]),
        Rating::NotApplicable => args.push((kind, "na".into())),
        Rating::Unknown => args.push((kind, "unknown".into())),
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
            out.push(diagnostic(
                Severity::Error,
                "assessment.level_out_of_range",
                ans.level_path(&path()),
                &[("level", l.into()), ("max", max.into())],
            ));
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
        out.push(diagnostic(
            Severity::Error,
            "assessment.target_out_of_range",
            child_path(&path(), "target"),
            &[
                ("whose", "answer".into()),
                ("target", t.into()),
                ("max", max.into()),
            ],
        ));
    }
    let Some(l) = level.filter(|_| applies) else {
        return;
    };
    if l == max && ans.evidence.as_deref().is_none_or(|e| e.trim().is_empty()) {
        out.push(diagnostic(
            Severity::Warning,
            "assessment.top_level_without_evidence",
            path(),
            &[("id", id.into()), ("max", max.into())],
        ));
    }
    let (target, from_answer) = match (ans.target, default_target) {
        (Some(t), _) => (Some(t), true),
        (None, t) => (t, false),
    };
    if let Some(t) = target.filter(|&t| t < l && t <= max) {
        let (p, whose) = if from_answer {
            (child_path(&path(), "target"), "answer")
        } else {
            (path(), "default")
        };
        out.push(diagnostic(
            Severity::Warning,
            "assessment.target_below_level",
            p,
            &[
                ("id", id.into()),
                ("level", l.into()),
                ("whose", whose.into()),
                ("target", t.into()),
            ],
        ));
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
        out.push(diagnostic(
            Severity::Warning,
            "assessment.na_without_justification",
            path.clone(),
            &[("id", id.into())],
        ));
    }
    if c.uses_applicability {
        out.push(diagnostic(
            Severity::Warning,
            "assessment.na_applicable",
            ans.level_path(&path),
            &[("id", id.into())],
        ));
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
            // Whole percents, rounded as `{:.0}` rounds (halves to even).
            let whole = |x: f64| format!("{x:.0}").parse::<u64>().unwrap_or(0);
            out.push(diagnostic(
                Severity::Warning,
                "assessment.low_coverage",
                "/answers",
                &[
                    ("id", id.into()),
                    ("name", name.into()),
                    ("rated", rated.into()),
                    ("applicable", applicable.into()),
                    (
                        "percent",
                        whole(100.0 * rated as f64 / applicable as f64).into(),
                    ),
                    ("threshold", whole(100.0 * LOW_COVERAGE_THRESHOLD).into()),
                ],
            ));
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
