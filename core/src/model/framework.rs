//! The maturity model as data: [`FrameworkSpec`] and its parts, as they are written in a framework
//! document (`spec/schema/framework.schema.json`).

use crate::model::text::Text;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The JSON text of the built-in framework, `lhs-2021` (see `spec/frameworks/lhs-2021.json`).
pub const BUILTIN_FRAMEWORK_JSON: &str = include_str!("../../../spec/frameworks/lhs-2021.json");

/// The id of the facet whose values are the stakeholder groups that own indicators and actions.
pub const OWNER_FACET: &str = "owner";

/// A maturity model: the scale, the facets and the tree of domains and indicators.
///
/// This is plain data that mirrors `spec/schema/framework.schema.json`. Load it with
/// [`Framework::from_json`] (which validates it) rather than building it by hand.
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

/// The rating scale: levels numbered 0, 1, … in order.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Scale {
    /// The levels, lowest first; `levels[i].level == i`.
    pub levels: Vec<ScaleLevel>,
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
}

impl Aggregation {
    /// The name used in documents: `mean` or `minimum`.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Aggregation::Minimum.as_str(), "minimum");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Aggregation::Mean => "mean",
            Aggregation::Minimum => "minimum",
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
    /// What each level of the scale looks like for this indicator, lowest first.
    pub levels: Vec<Text>,
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
