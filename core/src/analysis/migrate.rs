//! Moving an assessment from one version of a framework to another by a migration map, losing
//! nothing: every answer, evidence note and field is carried over or kept under
//! `migration.unmapped`, and levels that cannot honestly carry over become proposals.

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::assessment::{Answer, Assessment, Confidence, FrameworkRef, Rating};
use crate::model::compiled::Framework;
use crate::score::build::unit_kind_of;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashSet};

/// The migration map of the built-in framework from 1.0.0 to 2.0.0
/// (`spec/migrations/lhs-2021-1.0.0-to-2.0.0.json`).
pub const BUILTIN_MIGRATION_JSON: &str = include_str!("../../data/lhs-2021-1.0.0-to-2.0.0.json");

/// How an indicator of the newer version follows from those of the older one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MapClass {
    /// Same construct, same hinges between levels: the level carries over.
    Equivalent,
    /// Sources that measured the same thing: the first source's level (else the next's).
    MergedDuplicate,
    /// The indicator needs what every source measured: the lowest level, when all are rated.
    MergedConjunctive,
    /// Rests on other evidence now: the old level is a proposal until a rater confirms it.
    Revised,
    /// No source: nothing carries over.
    New,
}

impl MapClass {
    /// The name used in documents.
    pub fn as_str(self) -> &'static str {
        match self {
            MapClass::Equivalent => "equivalent",
            MapClass::MergedDuplicate => "merged_duplicate",
            MapClass::MergedConjunctive => "merged_conjunctive",
            MapClass::Revised => "revised",
            MapClass::New => "new",
        }
    }
}

/// One indicator of the newer version and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MapItem {
    /// The indicator id in the newer version.
    pub id: String,
    /// How it follows from its sources.
    pub class: MapClass,
    /// The indicator ids of the older version it comes from, the main one first.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// An indicator of the older version with no successor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dropped {
    /// The indicator id in the older version.
    pub id: String,
    /// Why it has no successor.
    pub reason: String,
}

/// A migration map between two versions of one framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "MigrationMap")]
pub struct MigrationMap {
    /// The framework id.
    pub framework: String,
    /// The older version.
    pub from: String,
    /// The newer version.
    pub to: String,
    /// What the map does, in words.
    #[serde(default)]
    pub description: String,
    /// What each class means for this map.
    #[serde(default)]
    pub classes: BTreeMap<String, String>,
    /// Every indicator of the newer version.
    pub items: Vec<MapItem>,
    /// Indicators of the older version with no successor.
    #[serde(default)]
    pub dropped: Vec<Dropped>,
}

/// The result of [`migrate`]: the migrated assessment and what happened to its answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Migration {
    /// The assessment for the newer version; its `migration` field records the proposals and
    /// the answers with nowhere to go.
    pub assessment: Assessment,
    /// How many indicators of the newer version fell in each class.
    pub classes: BTreeMap<MapClass, usize>,
    /// Indicators whose level carried over.
    pub carried: usize,
    /// Indicators with a proposed level awaiting a rater (not scored until confirmed).
    pub proposed: usize,
    /// Answers of the older version kept under `migration.unmapped`.
    pub unmapped: usize,
    /// Notes on the migration (code `migration.*`), e.g. each proposal.
    pub notes: Vec<Diagnostic>,
}

impl MigrationMap {
    /// The built-in map of `lhs-2021` from `from` to `to` (1.0.0 → 2.0.0).
    ///
    /// ```
    /// let m = lhs_maturity::analysis::MigrationMap::builtin("1.0.0", "2.0.0").unwrap();
    /// assert_eq!(m.items.len(), lhs_maturity::Framework::builtin_version("2.0.0").unwrap().indicator_count());
    /// assert!(lhs_maturity::analysis::MigrationMap::builtin("2.0.0", "1.0.0").is_err());
    /// ```
    pub fn builtin(from: &str, to: &str) -> Result<MigrationMap, Error> {
        let m: MigrationMap = serde_json::from_str(BUILTIN_MIGRATION_JSON).map_err(|e| {
            Error::Input(vec![Diagnostic::error(
                "internal.migration_map",
                "",
                e.to_string(),
            )])
        })?;
        if m.from == from && m.to == to {
            return Ok(m);
        }
        Err(Error::Input(vec![i18n::diagnostic(
            Severity::Error,
            "migration.no_map",
            "",
            &[
                ("framework", m.framework.as_str().into()),
                ("from", from.into()),
                ("to", to.into()),
                ("map_from", m.from.as_str().into()),
                ("map_to", m.to.as_str().into()),
            ],
        )]))
    }

    /// The `(from, to)` versions of every built-in map, oldest first.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::analysis::MigrationMap::BUILTIN, [("1.0.0", "2.0.0")]);
    /// ```
    pub const BUILTIN: [(&'static str, &'static str); 1] = [("1.0.0", "2.0.0")];

    /// The built-in map that moves this assessment to version `to`, chosen by the version
    /// the assessment names: `migration.no_version` when it names none (a rater must say which
    /// version was answered; nothing is assumed), `migration.already_migrated` when it is
    /// already for `to`, `migration.no_map` when no built-in map joins the two.
    ///
    /// ```
    /// use lhs_maturity::{analysis::MigrationMap, Assessment};
    /// let old = Assessment::from_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {}}"#).unwrap();
    /// assert_eq!(MigrationMap::builtin_for(&old, "2.0.0").unwrap().from, "1.0.0");
    /// let new = Assessment::from_json(r#"{"framework": {"id": "lhs-2021", "version": "2.0.0"}, "answers": {}}"#).unwrap();
    /// assert_eq!(MigrationMap::builtin_for(&new, "2.0.0").unwrap_err().code(), "migration.already_migrated");
    /// let bare = Assessment::from_json(r#"{"answers": {}}"#).unwrap();
    /// assert_eq!(MigrationMap::builtin_for(&bare, "2.0.0").unwrap_err().code(), "migration.no_version");
    /// ```
    pub fn builtin_for(a: &Assessment, to: &str) -> Result<MigrationMap, Error> {
        let fail = |code: &str, path: &str, args: &[(&str, i18n::DiagArg)]| {
            Err(Error::Assessment(vec![i18n::diagnostic(
                Severity::Error,
                code,
                path,
                args,
            )]))
        };
        let Some(from) = a.framework.as_ref().and_then(|f| f.version.as_deref()) else {
            // Where the version is missing: in the assessment's `framework`, or with it.
            let path = if a.framework.is_some() {
                "/framework"
            } else {
                ""
            };
            return fail("migration.no_version", path, &[]);
        };
        if from == to {
            return fail(
                "migration.already_migrated",
                "/framework/version",
                &[("version", to.into())],
            );
        }
        MigrationMap::builtin(from, to)
    }

    /// Reads a map from JSON text (every problem reported at once, as `migration.invalid`).
    pub fn from_json(text: &str) -> Result<MigrationMap, Error> {
        serde_json::from_str(text).map_err(|e| {
            Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "migration.invalid",
                "",
                &[("detail", e.to_string().into())],
            )])
        })
    }

    /// Checks the map against the two frameworks: every indicator of the newer version is
    /// mapped once, every source and dropped id exists in the older version, and every older
    /// indicator is a source or dropped.
    pub fn check(&self, from: &Framework, to: &Framework) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let err = |code: &str, path: String, id: &str, version: &str| {
            i18n::diagnostic(
                Severity::Error,
                code,
                path,
                &[("id", id.into()), ("version", version.into())],
            )
        };
        let mut seen = HashSet::new();
        for (i, item) in self.items.iter().enumerate() {
            if to.indicator(&item.id).is_none() {
                out.push(err(
                    "migration.unknown_indicator",
                    format!("/items/{i}/id"),
                    &item.id,
                    to.version(),
                ));
            }
            if !seen.insert(item.id.as_str()) {
                out.push(i18n::diagnostic(
                    Severity::Error,
                    "migration.duplicate",
                    format!("/items/{i}/id"),
                    &[("id", item.id.as_str().into())],
                ));
            }
            for (j, s) in item.sources.iter().enumerate() {
                if from.indicator(s).is_none() {
                    out.push(err(
                        "migration.unknown_indicator",
                        format!("/items/{i}/sources/{j}"),
                        s,
                        from.version(),
                    ));
                }
            }
        }
        for ind in to.indicators() {
            if !seen.contains(ind.id.as_str()) {
                out.push(err(
                    "migration.unmapped_indicator",
                    "/items".to_owned(),
                    &ind.id,
                    to.version(),
                ));
            }
        }
        let used: HashSet<&str> = self
            .items
            .iter()
            .flat_map(|i| i.sources.iter().map(String::as_str))
            .chain(self.dropped.iter().map(|d| d.id.as_str()))
            .collect();
        for ind in from.indicators() {
            if !used.contains(ind.id.as_str()) {
                out.push(err(
                    "migration.lost_indicator",
                    "/dropped".to_owned(),
                    &ind.id,
                    from.version(),
                ));
            }
        }
        out
    }

    /// The ids classed `equivalent`: what [`crate::analysis::compare`] compares across the
    /// two versions.
    pub fn equivalent_ids(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter(|i| i.class == MapClass::Equivalent && i.sources.contains(&i.id))
            .map(|i| i.id.as_str())
            .collect()
    }
}

/// Moves an assessment of `map.from` to `to` (which must be `map.to`).
///
/// Each indicator of the newer version gets, by its class: the source's answer (`equivalent`);
/// the first rated source's level (`merged_duplicate`); the lowest level when every source is
/// rated (`merged_conjunctive`; otherwise a proposal); no level but a proposal
/// (`revised`, `new`). A rated answer beats `na`. Evidence notes, justifications, confidence,
/// targets and other fields of every source are carried over. Answers with no successor, or
/// whose successor does not apply to the unit's kind, are kept under `migration.unmapped`.
///
/// ```
/// use lhs_maturity::{analysis::{migrate, MigrationMap}, Assessment, Framework, Rating};
/// let old = Assessment::from_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"},
///   "unit": {"kind": "district"},
///   "answers": {"inst.info.routine_data": {"level": 2, "evidence": "Minutes"},
///               "proc.levels.team_learning": 3}}"#).unwrap();
/// let map = MigrationMap::builtin("1.0.0", "2.0.0").unwrap();
/// let m = migrate(&old, &map, &Framework::builtin()).unwrap();
/// let a = &m.assessment.answers["inst.info.routine_data"];
/// assert_eq!(a.rating, Some(Rating::Level(2)));
/// assert_eq!(m.assessment.extra["migration"]["unmapped"]["proc.levels.team_learning"]["answer"], 3);
/// ```
pub fn migrate(a: &Assessment, map: &MigrationMap, to: &Framework) -> Result<Migration, Error> {
    check_versions(a, map, to)?;
    let mut out = Assessment {
        framework: Some(FrameworkRef {
            id: map.framework.clone(),
            version: Some(map.to.clone()),
            extra: a
                .framework
                .as_ref()
                .map(|f| f.extra.clone())
                .unwrap_or_default(),
        }),
        answers: BTreeMap::new(),
        ..a.clone()
    };
    let kind = unit_kind_of(&to.0, a);
    let mut m = Migration {
        assessment: Assessment::default(),
        classes: BTreeMap::new(),
        carried: 0,
        proposed: 0,
        unmapped: 0,
        notes: Vec::new(),
    };
    let mut proposed = Map::new();
    let mut unmapped = Map::new();
    let mut used: HashSet<&str> = HashSet::new();
    for item in &map.items {
        *m.classes.entry(item.class).or_default() += 1;
        let sources: Vec<(&str, &Answer)> = item
            .sources
            .iter()
            .filter_map(|s| a.answers.get(s).map(|x| (s.as_str(), x)))
            .collect();
        if sources.is_empty() {
            continue;
        }
        let applies =
            to.0.indicator_index
                .get(&item.id)
                .and_then(|&i| to.0.indicators.get(i))
                .is_some_and(|x| x.applies_to(kind));
        if !applies {
            for (s, x) in &sources {
                used.insert(s);
                unmapped.insert((*s).to_owned(), json!({"answer": x, "reason": format!("its successor `{}` does not apply to this kind of unit", item.id)}));
            }
            continue;
        }
        used.extend(sources.iter().map(|(s, _)| *s));
        let (rating, proposal) = rating_of(item.class, &sources, item.sources.len());
        let mut answer = merged_notes(&sources);
        answer.rating = rating;
        if rating.is_some() {
            m.carried += 1;
        }
        if let Some((level, from)) = proposal {
            proposed.insert(
                item.id.clone(),
                json!({"level": level, "from": from, "class": item.class}),
            );
            m.notes.push(i18n::diagnostic(
                Severity::Warning,
                "migration.proposed",
                format!("/answers/{}", crate::pointer_token(&item.id)),
                &[
                    ("id", item.id.as_str().into()),
                    ("class", item.class.as_str().into()),
                    ("level", level.into()),
                    ("sources", from.join(", ").into()),
                ],
            ));
        }
        out.answers.insert(item.id.clone(), answer);
    }
    for (id, x) in &a.answers {
        if !used.contains(id.as_str()) {
            let reason = map.dropped.iter().find(|d| d.id == *id).map_or_else(
                || format!("`{id}` is not an indicator of {}", map.from),
                |d| d.reason.clone(),
            );
            unmapped.insert(id.clone(), json!({"answer": x, "reason": reason}));
        }
    }
    m.proposed = proposed.len();
    m.unmapped = unmapped.len();
    let mut record = Map::new();
    record.insert("from".to_owned(), Value::from(map.from.clone()));
    record.insert("to".to_owned(), Value::from(map.to.clone()));
    if !proposed.is_empty() {
        record.insert("proposed".to_owned(), Value::Object(proposed));
    }
    if !unmapped.is_empty() {
        record.insert("unmapped".to_owned(), Value::Object(unmapped));
    }
    out.extra
        .insert("migration".to_owned(), Value::Object(record));
    m.assessment = out;
    Ok(m)
}

fn check_versions(a: &Assessment, map: &MigrationMap, to: &Framework) -> Result<(), Error> {
    let fail = |code: &str, path: &str, args: &[(&str, i18n::DiagArg)]| {
        Err(Error::Assessment(vec![i18n::diagnostic(
            Severity::Error,
            code,
            path,
            args,
        )]))
    };
    if to.id() != map.framework || to.version() != map.to {
        return fail(
            "migration.wrong_framework",
            "",
            &[
                ("problem", "framework".into()),
                ("map_framework", map.framework.as_str().into()),
                ("map_version", map.to.as_str().into()),
                ("framework", to.id().into()),
                ("version", to.version().into()),
            ],
        );
    }
    match &a.framework {
        Some(r) if r.id != map.framework => fail(
            "migration.wrong_framework",
            "/framework/id",
            &[
                ("problem", "assessment".into()),
                ("given", r.id.as_str().into()),
                ("map_framework", map.framework.as_str().into()),
            ],
        ),
        Some(FrameworkRef {
            version: Some(v), ..
        }) if *v == map.to => fail(
            "migration.already_migrated",
            "/framework/version",
            &[("version", v.into())],
        ),
        Some(FrameworkRef {
            version: Some(v), ..
        }) if *v != map.from => fail(
            "migration.wrong_version",
            "/framework/version",
            &[
                ("version", v.into()),
                ("from", map.from.as_str().into()),
                ("to", map.to.as_str().into()),
            ],
        ),
        _ => Ok(()),
    }
}

/// The level an indicator gets from its sources' answers by its class, or a proposal
/// (level, sources) when it cannot carry over.
fn rating_of(
    class: MapClass,
    sources: &[(&str, &Answer)],
    mapped: usize,
) -> (Option<Rating>, Option<(u32, Vec<String>)>) {
    let levels: Vec<(&str, u32)> = sources
        .iter()
        .filter_map(|(s, x)| match x.rating {
            Some(Rating::Level(l)) => Some((*s, l)),
            _ => None,
        })
        .collect();
    let first_non_level = sources.iter().find_map(|(_, x)| x.rating);
    let lowest = levels.iter().map(|(_, l)| *l).min();
    let from: Vec<String> = levels.iter().map(|(s, _)| (*s).to_owned()).collect();
    match class {
        MapClass::Equivalent | MapClass::MergedDuplicate => match levels.first() {
            // A rated answer beats `na` (and `unknown`).
            Some((_, l)) => (Some(Rating::Level(*l)), None),
            None => (first_non_level, None),
        },
        MapClass::MergedConjunctive => {
            let na = sources
                .iter()
                .filter(|(_, x)| x.rating == Some(Rating::NotApplicable))
                .count();
            match lowest {
                // Every mapped source rated, or the others `na` (a rated answer beats `na`).
                Some(l) if levels.len() + na == mapped => (Some(Rating::Level(l)), None),
                Some(l) => (None, Some((l, from))),
                None => (first_non_level, None),
            }
        }
        MapClass::Revised | MapClass::New => match lowest {
            Some(l) => (None, Some((l, from))),
            None => (first_non_level.filter(|r| *r == Rating::Unknown), None),
        },
    }
}

/// An answer carrying every source's notes: evidence and justifications (prefixed with their
/// source's id when there are several), the lowest confidence, the lowest target and every
/// other field.
fn merged_notes(sources: &[(&str, &Answer)]) -> Answer {
    let several = sources.len() > 1;
    let join = |pick: &dyn Fn(&Answer) -> Option<ArcStr>| -> Option<ArcStr> {
        let parts: Vec<String> = sources
            .iter()
            .filter_map(|(s, x)| {
                pick(x).map(|t| {
                    if several {
                        format!("{s}: {t}")
                    } else {
                        t.to_string()
                    }
                })
            })
            .collect();
        (!parts.is_empty()).then(|| ArcStr::from(parts.join("\n")))
    };
    let mut extra = Map::new();
    for (s, x) in sources {
        for (k, v) in &x.extra {
            let key = if several && extra.contains_key(k) {
                format!("{k} ({s})")
            } else {
                k.clone()
            };
            extra.insert(key, v.clone());
        }
    }
    Answer {
        rating: None,
        evidence: join(&|x| x.evidence.clone()),
        justification: join(&|x| x.justification.clone()),
        confidence: sources
            .iter()
            .filter_map(|(_, x)| x.confidence)
            .min_by_key(|c| match c {
                Confidence::Low => 0,
                Confidence::Medium => 1,
                Confidence::High => 2,
            }),
        target: sources.iter().filter_map(|(_, x)| x.target).min(),
        elements: BTreeMap::new(),
        extra,
        object_form: true,
    }
}
