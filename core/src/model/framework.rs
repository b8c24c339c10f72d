//! The maturity model as data: [`FrameworkSpec`] and its parts, as they are written in a framework
//! document (`spec/schema/framework.schema.json`).

use crate::model::text::Text;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The JSON text of the built-in framework, `lhs-2021` in its latest version, with its English
/// texts; the translations are [`BUILTIN_TRANSLATIONS`] (`spec/frameworks/lhs-2021.json` holds
/// both).
pub const BUILTIN_FRAMEWORK_JSON: &str = include_str!("../../data/lhs-2021.json");

/// The translations of the latest built-in framework, `(language, texts by key)` as in
/// `spec/i18n/lhs-2021.<lang>.json`. Empty without the `languages` feature (the browser package
/// loads them on demand).
#[cfg(feature = "languages")]
pub const BUILTIN_TRANSLATIONS: &[(&str, &str)] = &[
    ("fr", include_str!("../../data/i18n/lhs-2021.fr.json")),
    ("es", include_str!("../../data/i18n/lhs-2021.es.json")),
    ("pt-PT", include_str!("../../data/i18n/lhs-2021.pt-PT.json")),
    ("ar", include_str!("../../data/i18n/lhs-2021.ar.json")),
];
/// The translations of the latest built-in framework (none without the `languages` feature).
#[cfg(not(feature = "languages"))]
pub const BUILTIN_TRANSLATIONS: &[(&str, &str)] = &[];

/// The versions of `lhs-2021` built into the library, oldest first, with their JSON text; the
/// last is the latest, [`BUILTIN_FRAMEWORK_JSON`].
pub const BUILTIN_VERSIONS: &[(&str, &str)] = &[
    ("1.0.0", include_str!("../../data/lhs-2021-1.0.0.json")),
    ("2.0.0", BUILTIN_FRAMEWORK_JSON),
];

/// The id of the facet whose values are the stakeholder groups that own indicators and actions.
pub const OWNER_FACET: &str = "owner";

/// A maturity model: the scale, the facets and the tree of domains and indicators.
///
/// This is plain data that mirrors `spec/schema/framework.schema.json`. Load it with
/// [`Framework::from_json`](crate::Framework::from_json) (which validates it) rather than building
/// it by hand.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let spec = fw.spec();
/// assert_eq!(spec.id, "lhs-2021");
/// assert_eq!(spec.scale.levels.len(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(
    title = "Framework",
    description = "A maturity model for learning health systems: scale, facets and a tree of domains with indicators."
)]
pub struct FrameworkSpec {
    /// Stable identifier, e.g. `lhs-2021` (lowercase letters, digits, `-`, `_`, `.`).
    pub id: String,
    /// Version of this framework, `MAJOR.MINOR.PATCH`.
    pub version: String,
    /// Title shown in reports.
    pub title: Text,
    /// What the framework is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Where the framework comes from and under which licence its text is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The maturity levels every indicator is rated on.
    pub scale: Scale,
    /// Cross-cutting classifications of indicators (e.g. learning loop, level, means, owner).
    #[serde(default)]
    pub facets: Vec<Facet>,
    /// The top-level domains, each a tree of sub-domains ending in indicators.
    pub domains: Vec<Node>,
    /// Terms the indicators use, defined once; indicators list the ids of those they use in
    /// `terms`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry>,
    /// The languages the texts are written in, the source language first, each with the review
    /// status of its translation. Empty when the framework does not declare them (then no
    /// completeness is checked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
}

/// A language of a framework's texts and how far its translation can be trusted.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let fr = fw.spec().languages.iter().find(|l| l.code == "fr").unwrap();
/// assert_eq!(fr.name, "Français");
/// assert_eq!(fr.status, lhs_maturity::ReviewStatus::Provisional);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Language {
    /// BCP 47 language tag, e.g. `fr`, `pt`, `ar`.
    pub code: String,
    /// The language's name in itself, e.g. `Français`, `العربية`.
    pub name: String,
    /// `source` for the language the framework is written in, `provisional` for a translation
    /// no native-speaking reviewer has signed off, `reviewed` once one has.
    pub status: ReviewStatus,
    /// Who signed the translation off (required when `reviewed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// When, as `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
    /// How the translation was made and checked, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How far a language of a framework can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// The language the framework is written in.
    Source,
    /// A translation not yet signed off by a native-speaking reviewer.
    Provisional,
    /// A translation a named native-speaking reviewer has signed off.
    Reviewed,
}

impl ReviewStatus {
    /// The status as written in documents.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::ReviewStatus::Provisional.as_str(), "provisional");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Source => "source",
            ReviewStatus::Provisional => "provisional",
            ReviewStatus::Reviewed => "reviewed",
        }
    }
}

/// A term of the glossary and its definition.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct GlossaryEntry {
    /// Identifier, e.g. `after_action_review` (lowercase letters, digits and `_`).
    pub id: String,
    /// The term as written in texts.
    pub term: Text,
    /// What it means, in one or two plain sentences.
    pub definition: Text,
}

/// Provenance and licence of a framework's content.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Source {
    /// The work the framework is adapted from, as a citation.
    pub citation: String,
    /// Where to find that work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The licence of the framework text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Anything a user of the framework should know about its provenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The rating scale: levels numbered 0, 1, … in order, with the quantifiers and evidence rules
/// its descriptors use.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Scale {
    /// The levels, lowest first; `levels[i].level == i`.
    pub levels: Vec<ScaleLevel>,
    /// Breadth words the descriptors use, each with the share it stands for (as PEFA defines
    /// "all", "most", "a majority" and "some").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quantifiers: Vec<Quantifier>,
    /// Rules of evidence stated once for every descriptor (e.g. what "continues" means).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<EvidenceRule>,
}

/// A breadth word with the share of what is counted that it stands for.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Quantifier {
    /// Stable key, e.g. `most`.
    pub key: String,
    /// The word as descriptors write it, e.g. `{"en": "most"}`.
    pub word: Text,
    /// The smallest share it stands for, between 0 and 1 (e.g. 0.75 for "most").
    pub at_least: f64,
    /// What is counted and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Whether the threshold is a proposal not yet calibrated against real assessments.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub provisional: bool,
}

/// A rule of evidence that descriptors refer to by name.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct EvidenceRule {
    /// Stable id, e.g. `continuity`.
    pub id: String,
    /// Its name as descriptors write it, e.g. `{"en": "the continuity rule"}`.
    pub name: Text,
    /// The rule.
    pub text: Text,
}

/// One level of the scale.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ScaleLevel {
    /// The level's number (0 for the lowest).
    pub level: u32,
    /// Stable machine key, e.g. `institutionalized`.
    pub key: String,
    /// Display name.
    pub name: Text,
    /// What this level means in general; each indicator has its own descriptor too.
    pub description: Text,
}

/// A facet: a cross-cutting classification of indicators, such as the learning loop.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Facet {
    /// Identifier, e.g. `loop`.
    pub id: String,
    /// Display name.
    pub name: Text,
    /// What the facet classifies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The values an indicator can be tagged with.
    pub values: Vec<FacetValue>,
}

/// One value of a facet, e.g. `double` for the facet `loop`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FacetValue {
    /// Identifier, unique within the facet.
    pub id: String,
    /// Display name.
    pub name: Text,
    /// One line on what it means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// How a node combines the scores of its children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// Weighted mean of the children that have a score (the default).
    #[default]
    Mean,
    /// The lowest child score: a weakest-link rule.
    Minimum,
    /// The mean of the children's scores, each weighted by the summed weights of its indicators
    /// that count (rated, or `unknown` counted as 0); the children's own weights are not used.
    /// With children that use `mean`, this is the mean of all those indicators, so every
    /// indicator below the node counts the same whatever sub-node it is in and however many of
    /// its siblings apply.
    PooledMean,
}

impl Aggregation {
    /// The name used in documents: `mean`, `minimum` or `pooled_mean`.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Aggregation::Minimum.as_str(), "minimum");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Aggregation::Mean => "mean",
            Aggregation::Minimum => "minimum",
            Aggregation::PooledMean => "pooled_mean",
        }
    }
}

/// A domain or sub-domain: either sub-nodes or indicators, never both.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Node {
    /// Dotted identifier; a child's id extends its parent's (`inst` → `inst.info`).
    pub id: String,
    /// Display name.
    pub name: Text,
    /// What the node covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The section of the source report the node rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Weight relative to its siblings (default 1; positive and finite).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// How the node combines its children (default `mean`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation: Option<Aggregation>,
    /// Why the node has its weight: a stated decision, in one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<Text>,
    /// An outcome: scored and reported as a profile of its own, but left out of its parent's
    /// score (and so of the overall score).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outcome: bool,
    /// The sub-nodes or the indicators.
    #[serde(flatten)]
    pub content: NodeContent,
}

/// What a node contains.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NodeContent {
    /// Sub-nodes (sub-domains).
    Children(Vec<Node>),
    /// Indicators to rate.
    Indicators(Vec<Indicator>),
}

/// One statement to rate on the scale.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Indicator {
    /// Dotted identifier extending its node's, e.g. `inst.info.routine_data`.
    pub id: String,
    /// A short label for tables and charts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// The statement a team rates.
    pub statement: Text,
    /// One plain guiding question for the facilitator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
    /// Documents or observations to check (2 to 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Text>,
    /// What each level of the scale looks like for this indicator, lowest first: a descriptor,
    /// or the checkable elements whose text is the descriptor.
    pub levels: Vec<LevelDescriptor>,
    /// The unit kinds where the indicator is rated (all when absent). Elsewhere it does not
    /// apply: it is left out of that unit's counts and coverage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<Vec<UnitKind>>,
    /// Wording adapted to a unit kind (name, statement or question).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub adapted: BTreeMap<UnitKind, Adapted>,
    /// Whether the report names what the indicator rates, or it is our operationalisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// Ids of the glossary entries whose terms the indicator's texts use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// Weight relative to the other indicators of its node (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Facet id → the facet values this indicator is tagged with.
    #[serde(default)]
    pub facets: BTreeMap<String, Vec<String>>,
    /// The section of the source report the indicator rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The recommended next step from each level below the top.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
}

impl Indicator {
    /// The short label, or the statement when there is none.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let ind = fw.indicator("inst.info.routine_data").unwrap();
    /// assert!(!ind.label("en").is_empty());
    /// ```
    pub fn label(&self, lang: &str) -> &str {
        self.name.as_ref().unwrap_or(&self.statement).get(lang)
    }

    /// [`Indicator::label`], shared rather than copied.
    pub(crate) fn label_shared(&self, lang: &str) -> ArcStr {
        self.name
            .as_ref()
            .unwrap_or(&self.statement)
            .get_shared(lang)
    }
}

impl Indicator {
    /// Whether the indicator is rated for a unit of this kind (always, when it has no
    /// `applies_to`).
    ///
    /// ```
    /// use lhs_maturity::{Framework, UnitKind};
    /// let fw = Framework::builtin();
    /// let ind = fw.indicator("inst.info.routine_data").unwrap();
    /// assert!(ind.applies_to(UnitKind::Facility));
    /// ```
    pub fn applies_to(&self, kind: UnitKind) -> bool {
        self.applies_to.as_ref().is_none_or(|k| k.contains(&kind))
    }
}

/// What one level of an indicator looks like.
///
/// In a document it is a text (a descriptor) or an object with `elements` (and an optional
/// `text`): at most two checkable facts that stay true at every higher level. A level holds
/// when its elements and those of every lower level are met.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LevelDescriptor {
    /// The descriptor; when absent, the elements' texts joined are the descriptor.
    pub text: Option<Text>,
    /// The checkable elements of this level (none for level 0).
    pub elements: Vec<Element>,
}

impl LevelDescriptor {
    /// A descriptor given as text only.
    ///
    /// ```
    /// let d = lhs_maturity::LevelDescriptor::text(lhs_maturity::Text::english("Absent"));
    /// assert_eq!(d.descriptor().en(), "Absent");
    /// ```
    pub fn text(text: Text) -> Self {
        Self {
            text: Some(text),
            elements: Vec::new(),
        }
    }

    /// The descriptor shown to raters: the text, or the elements' texts joined by a space, in
    /// every language any of them has (a missing translation falls back to English).
    ///
    /// ```
    /// use lhs_maturity::{Element, LevelDescriptor, Text};
    /// let d = LevelDescriptor { text: None, elements: vec![
    ///     Element { id: "L2a".into(), text: Text::english("Written terms of reference exist.") },
    ///     Element { id: "L2b".into(), text: Text::english("Minutes show 2 meetings in the past 12 months.") }] };
    /// assert_eq!(d.descriptor().en(), "Written terms of reference exist. Minutes show 2 meetings in the past 12 months.");
    /// ```
    pub fn descriptor(&self) -> Text {
        if let Some(t) = &self.text {
            return t.clone();
        }
        let mut langs: Vec<&str> = self
            .elements
            .iter()
            .flat_map(|e| e.text.languages())
            .collect();
        langs.sort_unstable();
        langs.dedup();
        Text::from_pairs(langs.into_iter().map(|lang| {
            let joined: Vec<&str> = self.elements.iter().map(|e| e.text.get(lang)).collect();
            (lang.to_owned(), joined.join(" "))
        }))
    }
}

impl Serialize for LevelDescriptor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.elements.is_empty() {
            if let Some(t) = &self.text {
                return t.serialize(s);
            }
        }
        let mut m = s.serialize_map(None)?;
        if let Some(t) = &self.text {
            m.serialize_entry("text", t)?;
        }
        m.serialize_entry("elements", &self.elements)?;
        m.end()
    }
}

impl JsonSchema for LevelDescriptor {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LevelDescriptor".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let text = g.subschema_for::<Text>();
        let element = g.subschema_for::<Element>();
        schemars::json_schema!({
            "description": "What one level looks like: a descriptor (text), or an object with the level's checkable `elements` (at most two, each true at every higher level) and an optional `text`.",
            "oneOf": [
                text,
                {
                    "type": "object",
                    "properties": {
                        "text": text,
                        "elements": {"type": "array", "items": element}
                    },
                    "minProperties": 1,
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// One checkable fact of a level, e.g. `L2a` "The group has written terms of reference".
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Element {
    /// `L<level><letter>`, e.g. `L2a`; answers record elements under this id.
    pub id: String,
    /// The fact to check.
    pub text: Text,
}

/// The kinds of unit an assessment can be about, and that indicators apply to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// A country's ministry of health or national health system.
    National,
    /// A region, province or state.
    Subnational,
    /// A district health team or district health system.
    District,
    /// A hospital, health centre or clinic.
    Facility,
    /// A health programme (e.g. a national malaria programme).
    Programme,
    /// A network of units that learn together (e.g. a quality-improvement collaborative).
    Network,
}

impl UnitKind {
    /// Every unit kind, in this order.
    pub const ALL: [UnitKind; 6] = [
        UnitKind::National,
        UnitKind::Subnational,
        UnitKind::District,
        UnitKind::Facility,
        UnitKind::Programme,
        UnitKind::Network,
    ];

    /// The name used in documents: `national`, `subnational`, `district`, `facility`,
    /// `programme`, `network`.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::UnitKind::Programme.as_str(), "programme");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::National => "national",
            UnitKind::Subnational => "subnational",
            UnitKind::District => "district",
            UnitKind::Facility => "facility",
            UnitKind::Programme => "programme",
            UnitKind::Network => "network",
        }
    }

    /// The unit kind with this name (as written in documents, any case).
    ///
    /// ```
    /// use lhs_maturity::UnitKind;
    /// assert_eq!(UnitKind::parse("District"), Some(UnitKind::District));
    /// assert_eq!(UnitKind::parse("hospital"), None);
    /// ```
    pub fn parse(name: &str) -> Option<UnitKind> {
        let name = name.trim();
        UnitKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(name))
    }

    /// The unit kind named by an option (a CLI flag, a keyword argument, an options object),
    /// or `input.invalid_option` at `pointer` listing the unit kinds: the one message every
    /// surface shows.
    ///
    /// ```
    /// use lhs_maturity::UnitKind;
    /// assert_eq!(UnitKind::from_option("facility", "/unit_kind").unwrap(), UnitKind::Facility);
    /// let e = UnitKind::from_option("hospital", "/unit_kind").unwrap_err();
    /// assert_eq!(e.details()[0].code, "input.invalid_option");
    /// assert_eq!(e.details()[0].path, "/unit_kind");
    /// ```
    pub fn from_option(name: &str, pointer: &str) -> Result<UnitKind, crate::Error> {
        UnitKind::parse(name).ok_or_else(|| {
            let kinds: Vec<&str> = UnitKind::ALL.iter().map(|k| k.as_str()).collect();
            crate::Error::Input(vec![crate::i18n::diagnostic(
                crate::error::Severity::Error,
                "input.invalid_option",
                pointer,
                &[
                    ("option", "unit_kind".into()),
                    ("value", name.into()),
                    ("kinds", kinds.join(", ").into()),
                ],
            )])
        })
    }
}

/// Wording of an indicator adapted to one unit kind; absent texts keep the general wording.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Adapted {
    /// The short label for this unit kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// The statement for this unit kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<Text>,
    /// The guiding question for this unit kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Text>,
}

/// What an indicator rests on in the source report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Basis {
    /// `named`: the report names what is rated; `derived`: our operationalisation of a passage.
    #[serde(rename = "type")]
    pub kind: BasisKind,
    /// For `named`: the report's name for the mechanism, capacity, condition or action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Whether an indicator rates something the report names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BasisKind {
    /// The report names it.
    Named,
    /// Our operationalisation of a passage of the report.
    Derived,
}

/// A recommended action for moving an indicator up from one level.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Action {
    /// The level this action starts from (it leads to `from + 1`).
    pub from: u32,
    /// What to do.
    pub text: Text,
    /// Who should do it: values of the `owner` facet.
    #[serde(default)]
    pub owners: Vec<String>,
}

pub(crate) fn is_segment(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `id` is a dotted identifier: segments of `[a-z][a-z0-9_]*` joined by `.`.
///
/// ```
/// assert!(lhs_maturity::is_dotted_id("inst.info.routine_data"));
/// assert!(!lhs_maturity::is_dotted_id("Inst.info"));
/// assert!(!lhs_maturity::is_dotted_id("inst..info"));
/// ```
pub fn is_dotted_id(id: &str) -> bool {
    !id.is_empty() && id.split('.').all(is_segment)
}

pub(crate) fn is_framework_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && id.len() <= 64
}

pub(crate) fn is_version(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// Scores within this distance below a level boundary count as reaching it (`score >= L − ε`).
pub const LEVEL_EPSILON: f64 = 1e-9;

/// The level a score reaches: the highest `L` with `score >= L − 1e-9`.
///
/// ```
/// use lhs_maturity::level_of;
/// assert_eq!(level_of(2.999, 4), 2);
/// assert_eq!(level_of(3.0, 4), 3);
/// assert_eq!(level_of(2.9999999999, 4), 3);
/// ```
pub fn level_of(score: f64, max_level: u32) -> u32 {
    (0..=max_level)
        .rev()
        .find(|&l| score >= f64::from(l) - LEVEL_EPSILON)
        .unwrap_or(0)
}
