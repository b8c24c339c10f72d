//! The rateability linter: what in a framework's texts makes two raters likely to disagree.
//!
//! The rules follow `spec/AUTHORING.md`: levels stated positively (no negations above level 0,
//! which a higher level would contradict), at most two checkable elements per level, breadth
//! words only from the scale's defined quantifiers, a time window for events, short
//! descriptors without semicolon chains, jargon only where the glossary defines it, and the
//! assessment never named as evidence for itself.

use crate::error::{child_path, index_path, Diagnostic};
use crate::model::compiled::Framework;
use crate::model::framework::{Indicator, Node, NodeContent};
use crate::model::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Descriptors longer than this many words are flagged.
pub const LINT_MAX_DESCRIPTOR_WORDS: usize = 40;

/// What [`Framework::lint`] finds: every finding (a warning with a code `lint.*` and the JSON
/// Pointer of the text in the framework document) and figures about the descriptors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LintReport {
    /// Every finding, in document order.
    pub findings: Vec<Diagnostic>,
    /// The number of indicators checked.
    pub indicators: usize,
    /// Average number of words of a descriptor, per level (level 0 first).
    pub average_words: Vec<f64>,
    /// Average number of words over the descriptors of every level.
    pub average_words_all: f64,
}

const NEGATIONS: &[&str] = &[
    "no", "not", "never", "without", "none", "nor", "cannot", "lack", "lacks", "nobody", "nothing",
];
const VAGUE: &[&str] = &[
    "many",
    "several",
    "few",
    "widely",
    "various",
    "numerous",
    "adequate",
    "adequately",
    "sufficient",
    "sufficiently",
    "appropriate",
    "appropriately",
    "effective",
    "effectively",
    "regular",
    "regularly",
    "routinely",
    "often",
    "sometimes",
    "frequently",
    "periodic",
    "periodically",
    "timely",
    "enough",
    "strong",
    "strongly",
    "good",
    "properly",
    "systematically",
];
/// Terms that raters need defined; each must match a glossary entry's term.
const JARGON: &[&str] = &[
    "single-loop",
    "double-loop",
    "triple-loop",
    "health technology assessment",
    "hta",
    "embedded research",
    "community of practice",
    "communities of practice",
    "learning site",
    "practice lab",
    "innovation lab",
    "after-action review",
    "plan-do-study-act",
    "pdsa",
    "m&e",
    "terms of reference",
    "psychological safety",
    "supportive supervision",
    "learning agenda",
    "knowledge management",
    "institutional memory",
    "evidence synthesis",
    "rapid review",
    "policy brief",
    "policy dialogue",
    "health literacy",
    "continuity rule",
    "sub-unit",
    "skill check",
    "action tracker",
    "budget line",
];
const SELF: &[&str] = &[
    "this assessment",
    "this self-assessment",
    "the current assessment",
    "the present assessment",
    "this maturity assessment",
];
const WINDOW_WORDS: &[&str] = &[
    "month",
    "months",
    "year",
    "years",
    "week",
    "weeks",
    "quarter",
    "quarterly",
    "annual",
    "annually",
    "yearly",
    "monthly",
    "weekly",
    "since",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn has_window(text: &str) -> bool {
    words(text)
        .iter()
        .any(|w| WINDOW_WORDS.contains(&w.as_str()))
}

struct Linter {
    findings: Vec<Diagnostic>,
    words: Vec<(usize, usize)>,
    terms: Vec<String>,
}

impl Framework {
    /// Checks the framework's texts for what makes rating unreliable (see `spec/AUTHORING.md`):
    /// negations and bare quantifiers in levels above 0, more than two elements per level,
    /// jargon the glossary does not define, levels without a time window, long descriptors,
    /// semicolon chains, missing guiding questions or evidence lists, and the assessment named
    /// as evidence for itself. Works on any framework, built-in or a user's own.
    ///
    /// ```
    /// let latest = lhs_maturity::Framework::builtin().lint();
    /// assert!(latest.findings.is_empty(), "{:?}", latest.findings.first());
    /// let old = lhs_maturity::Framework::builtin_version("1.0.0").unwrap().lint();
    /// assert!(old.findings.iter().any(|d| d.code == "lint.negation"));
    /// ```
    pub fn lint(&self) -> LintReport {
        let spec = self.spec();
        let mut l = Linter {
            findings: Vec::new(),
            words: vec![(0, 0); spec.scale.levels.len()],
            terms: spec
                .glossary
                .iter()
                .flat_map(|g| {
                    g.term
                        .languages()
                        .map(|lang| g.term.get(lang).to_lowercase())
                        .collect::<Vec<_>>()
                })
                .collect(),
        };
        for (i, d) in spec.domains.iter().enumerate() {
            l.node(d, &index_path("/domains", i));
        }
        let average_words = l
            .words
            .iter()
            .map(|&(n, w)| if n == 0 { 0.0 } else { w as f64 / n as f64 })
            .collect();
        let (n, w) = l
            .words
            .iter()
            .fold((0, 0), |(a, b), &(n, w)| (a + n, b + w));
        LintReport {
            findings: l.findings,
            indicators: self.indicator_count(),
            average_words,
            average_words_all: if n == 0 { 0.0 } else { w as f64 / n as f64 },
        }
    }
}

impl Linter {
    fn node(&mut self, n: &Node, path: &str) {
        match &n.content {
            NodeContent::Children(ch) => {
                for (i, c) in ch.iter().enumerate() {
                    self.node(c, &index_path(&child_path(path, "children"), i));
                }
            }
            NodeContent::Indicators(inds) => {
                for (i, ind) in inds.iter().enumerate() {
                    self.indicator(ind, &index_path(&child_path(path, "indicators"), i));
                }
            }
        }
    }

    fn find(&mut self, code: &str, path: &str, message: String, help: &str) {
        self.findings
            .push(Diagnostic::warning(&format!("lint.{code}"), path, message).with_help(help));
    }

    fn indicator(&mut self, ind: &Indicator, path: &str) {
        let id = ind.id.as_str();
        if ind.question.is_none() {
            self.find(
                "missing_question",
                path,
                format!("`{id}` has no guiding question"),
                "add a `question`: one plain question a facilitator reads aloud",
            );
        }
        if !(2..=4).contains(&ind.evidence.len()) {
            self.find(
                "missing_evidence",
                &child_path(path, "evidence"),
                format!(
                    "`{id}` lists {} evidence items; give 2 to 4",
                    ind.evidence.len()
                ),
                "list the documents or observations a team checks to rate it",
            );
        }
        let mut window = false;
        for (k, level) in ind.levels.iter().enumerate() {
            let lpath = index_path(&child_path(path, "levels"), k);
            let descriptor = level.descriptor();
            let n = words(descriptor.en()).len();
            if let Some(w) = self.words.get_mut(k) {
                w.0 += 1;
                w.1 += n;
            }
            if k == 0 {
                continue;
            }
            window |= has_window(descriptor.en());
            self.level_texts(id, k, level, &lpath, n);
        }
        if !window && ind.levels.len() > 1 {
            self.find(
                "missing_time_window",
                &child_path(path, "levels"),
                format!("no level of `{id}` says in which time window events count"),
                "state a window a team can check, e.g. \"in the past 12 months\"",
            );
        }
        for (k, e) in ind.evidence.iter().enumerate() {
            self.self_reference(id, e, &index_path(&child_path(path, "evidence"), k));
        }
        self.jargon(ind, path);
    }

    /// The checks of one level above 0: on its elements, or on its text when it has none.
    fn level_texts(
        &mut self,
        id: &str,
        k: usize,
        level: &crate::model::framework::LevelDescriptor,
        path: &str,
        n: usize,
    ) {
        if level.elements.len() > 2 {
            self.find(
                "too_many_elements",
                &child_path(path, "elements"),
                format!(
                    "level {k} of `{id}` has {} elements; at most 2",
                    level.elements.len()
                ),
                "keep the two that decide the level, or move one to another level",
            );
        }
        if n > LINT_MAX_DESCRIPTOR_WORDS {
            self.find(
                "long_descriptor",
                path,
                format!(
                    "level {k} of `{id}` is {n} words long; at most {LINT_MAX_DESCRIPTOR_WORDS}"
                ),
                "use short sentences with one idea each",
            );
        }
        let texts: Vec<(String, &Text)> = if level.elements.is_empty() {
            level.text.iter().map(|t| (path.to_owned(), t)).collect()
        } else {
            level
                .elements
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    (
                        child_path(&index_path(&child_path(path, "elements"), i), "text"),
                        &e.text,
                    )
                })
                .collect()
        };
        for (p, t) in texts {
            self.text(id, k, t, &p);
        }
    }

    fn text(&mut self, id: &str, k: usize, t: &Text, path: &str) {
        let en = t.en();
        let ws = words(en);
        if let Some(w) = ws.iter().find(|w| NEGATIONS.contains(&w.as_str())) {
            self.find(
                "negation",
                path,
                format!("level {k} of `{id}` says `{w}`: a higher level would contradict it"),
                "state what is present at this level; what is missing is the next level's element",
            );
        }
        if let Some(w) = ws.iter().find(|w| VAGUE.contains(&w.as_str())) {
            self.find(
                "bare_quantifier",
                path,
                format!("level {k} of `{id}` uses `{w}`, which two raters can read differently"),
                "use a defined quantifier (all, most, a majority, some) with what is counted, or a number and a time window",
            );
        }
        if en.contains(';') {
            self.find(
                "semicolon",
                path,
                format!("level {k} of `{id}` chains clauses with a semicolon"),
                "split it into short sentences, or into at most two elements",
            );
        }
        self.self_reference(id, t, path);
    }

    fn self_reference(&mut self, id: &str, t: &Text, path: &str) {
        let lower = t.en().to_lowercase();
        if let Some(s) = SELF.iter().find(|s| lower.contains(*s)) {
            self.find(
                "self_reference",
                path,
                format!("`{id}` names {s} as evidence"),
                "an assessment is never evidence for itself; an earlier round may be",
            );
        }
    }

    /// Jargon in the indicator's texts that the glossary does not define.
    fn jargon(&mut self, ind: &Indicator, path: &str) {
        let mut all = vec![ind.statement.en().to_lowercase()];
        all.extend(ind.question.iter().map(|q| q.en().to_lowercase()));
        all.extend(
            ind.levels
                .iter()
                .skip(1)
                .map(|l| l.descriptor().en().to_lowercase()),
        );
        let joined = all.join(" ");
        for term in JARGON {
            let used = joined
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
                .collect::<Vec<_>>()
                .join(" ");
            let found = if term.contains(' ') {
                used.contains(term)
            } else {
                used.split(' ')
                    .any(|w| w == *term || w.strip_suffix('s') == Some(term))
            };
            let stem = term.trim_end_matches('s');
            if found
                && !self
                    .terms
                    .iter()
                    .any(|t| t.contains(stem) || stem.contains(t.as_str()))
            {
                self.find(
                    "undefined_term",
                    path,
                    format!("`{}` uses \"{term}\", which the glossary does not define", ind.id),
                    "add the term to the framework's `glossary` and list its id in the indicator's `terms`",
                );
            }
        }
    }
}
