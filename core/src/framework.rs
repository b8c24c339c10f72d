//! The maturity model as data ([`FrameworkSpec`]) and as a validated, indexed handle
//! ([`Framework`]) that scores assessments.

use crate::error::{Diagnostic, Error};
use crate::json::{self, closest, elements, Ctx, Obj};
use crate::text::Text;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, OnceLock};

/// The JSON text of the built-in framework, `lhs-2021` (see `spec/frameworks/lhs-2021.json`).
pub const BUILTIN_FRAMEWORK_JSON: &str = include_str!("../../spec/frameworks/lhs-2021.json");

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

impl<'de> Deserialize<'de> for FrameworkSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        let (spec, diags) = read_framework(&value);
        match spec {
            Some(s) if !diags.iter().any(Diagnostic::is_error) => Ok(s),
            _ => Err(serde::de::Error::custom(Error::Framework(
                crate::error::errors_only(diags),
            ))),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading and validating a framework document.
// ---------------------------------------------------------------------------------------------

fn is_segment(s: &str) -> bool {
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

fn is_framework_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && id.len() <= 64
}

fn is_version(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

struct Reader {
    ctx: Ctx,
    ids: HashMap<String, String>,
    facets: Vec<(String, Vec<String>)>,
    levels: usize,
}

const FRAMEWORK_FIELDS: &[&str] = &[
    "id",
    "version",
    "title",
    "description",
    "source",
    "scale",
    "facets",
    "domains",
];
const NODE_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "reference",
    "weight",
    "aggregation",
    "children",
    "indicators",
];
const INDICATOR_FIELDS: &[&str] = &[
    "id",
    "name",
    "statement",
    "levels",
    "weight",
    "facets",
    "reference",
    "actions",
];

/// Reads and validates a framework document; returns the spec (when it could be built) and
/// every diagnostic found.
pub(crate) fn read_framework(value: &Value) -> (Option<FrameworkSpec>, Vec<Diagnostic>) {
    let mut r = Reader {
        ctx: Ctx::new("framework"),
        ids: HashMap::new(),
        facets: Vec::new(),
        levels: 0,
    };
    let spec = r.framework(value);
    json::sort_by_document_order(value, &mut r.ctx.diags);
    (spec, r.ctx.diags)
}

impl Reader {
    fn framework(&mut self, value: &Value) -> Option<FrameworkSpec> {
        let mut o = Obj::new(&mut self.ctx, value, "", "a framework")?;
        let id = o.string(&mut self.ctx, "id", true);
        if let Some(id) = &id {
            if !is_framework_id(id) {
                self.ctx
                    .error(
                        "invalid_id",
                        o.child("id"),
                        format!("`{id}` is not a valid framework id"),
                    )
                    .set_help("use lowercase letters, digits, `-`, `_` and `.`, e.g. `lhs-2021`");
            }
        }
        let version = o.string(&mut self.ctx, "version", true);
        if let Some(v) = &version {
            if !is_version(v) {
                self.ctx
                    .error(
                        "invalid_version",
                        o.child("version"),
                        format!("`{v}` is not a version number"),
                    )
                    .set_help("write the version as MAJOR.MINOR.PATCH, e.g. `1.0.0`");
            }
        }
        let title = o.text(&mut self.ctx, "title", true);
        let description = o.text(&mut self.ctx, "description", false);
        let source = o
            .get("source")
            .and_then(|v| self.source(v, &o.child("source")));
        let scale = o
            .require(&mut self.ctx, "scale")
            .and_then(|v| self.scale(v, &o.child("scale")));
        let facets = match o.array(&mut self.ctx, "facets", false) {
            Some(items) => self.facets(items, &o.child("facets")),
            None => Vec::new(),
        };
        let domains = o.array(&mut self.ctx, "domains", true).map(|items| {
            let path = o.child("domains");
            if items.is_empty() {
                self.ctx
                    .error("no_domains", path.clone(), "the framework has no domains")
                    .set_help("add at least one domain with indicators");
            }
            elements(items, &path)
                .filter_map(|(p, v)| self.node(v, &p, None))
                .collect::<Vec<_>>()
        });
        o.deny_unknown(&mut self.ctx, FRAMEWORK_FIELDS);
        Some(FrameworkSpec {
            id: id?,
            version: version?,
            title: title?,
            description,
            source,
            scale: scale?,
            facets,
            domains: domains?,
        })
    }

    fn source(&mut self, v: &Value, path: &str) -> Option<Source> {
        let mut o = Obj::new(&mut self.ctx, v, path, "a source")?;
        let citation = o.string(&mut self.ctx, "citation", true);
        let url = o.string(&mut self.ctx, "url", false);
        let license = o.string(&mut self.ctx, "license", false);
        let note = o.text(&mut self.ctx, "note", false);
        o.deny_unknown(&mut self.ctx, &["citation", "url", "license", "note"]);
        Some(Source {
            citation: citation?,
            url,
            license,
            note,
        })
    }

    fn scale(&mut self, v: &Value, path: &str) -> Option<Scale> {
        let mut o = Obj::new(&mut self.ctx, v, path, "a scale")?;
        let items = o.array(&mut self.ctx, "levels", true);
        o.deny_unknown(&mut self.ctx, &["levels"]);
        let items = items?;
        let lpath = o.child("levels");
        if items.len() < 2 || items.len() > 11 {
            self.ctx
                .error(
                    "invalid_scale",
                    lpath.clone(),
                    format!(
                        "the scale has {} levels; it needs between 2 and 11",
                        items.len()
                    ),
                )
                .set_help("list the levels in order, numbered from 0");
        }
        let mut levels = Vec::new();
        let mut keys = HashSet::new();
        for (i, (p, item)) in elements(items, &lpath).enumerate() {
            let Some(mut lo) = Obj::new(&mut self.ctx, item, &p, "a scale level") else {
                continue;
            };
            let level = match lo.get("level") {
                Some(Value::Number(n)) if n.as_u64() == Some(i as u64) => Some(i as u32),
                Some(other) => {
                    self.ctx
                        .error(
                            "invalid_scale",
                            lo.child("level"),
                            format!("this level is numbered {other}; as entry {i} of the list it must be {i}"),
                        )
                        .set_help("number the levels 0, 1, 2, ... in order, lowest first");
                    None
                }
                None => {
                    self.ctx.error(
                        "missing_field",
                        p.clone(),
                        "the required field `level` is missing",
                    );
                    None
                }
            };
            let key = lo.string(&mut self.ctx, "key", true);
            if let Some(k) = &key {
                if !is_segment(k) {
                    self.ctx.error("invalid_id", lo.child("key"), format!("`{k}` is not a valid level key")).set_help(
                        "use lowercase letters, digits and `_`, starting with a letter, e.g. `ad_hoc`",
                    );
                } else if !keys.insert(k.clone()) {
                    self.ctx.error(
                        "duplicate_id",
                        lo.child("key"),
                        format!("the level key `{k}` is used twice"),
                    );
                }
            }
            let name = lo.text(&mut self.ctx, "name", true);
            let description = lo.text(&mut self.ctx, "description", true);
            lo.deny_unknown(&mut self.ctx, &["level", "key", "name", "description"]);
            if let (Some(level), Some(key), Some(name), Some(description)) =
                (level, key, name, description)
            {
                levels.push(ScaleLevel {
                    level,
                    key,
                    name,
                    description,
                });
            }
        }
        self.levels = items.len();
        Some(Scale { levels })
    }

    fn facets(&mut self, items: &[Value], path: &str) -> Vec<Facet> {
        let mut out = Vec::new();
        for (p, item) in elements(items, path) {
            let Some(mut o) = Obj::new(&mut self.ctx, item, &p, "a facet") else {
                continue;
            };
            let id = o.string(&mut self.ctx, "id", true);
            let name = o.text(&mut self.ctx, "name", true);
            let description = o.text(&mut self.ctx, "description", false);
            let vitems = o.array(&mut self.ctx, "values", true);
            let vpath = o.child("values");
            o.deny_unknown(&mut self.ctx, &["id", "name", "description", "values"]);
            if let Some(id) = &id {
                if !is_segment(id) {
                    self.ctx
                        .error(
                            "invalid_id",
                            o.child("id"),
                            format!("`{id}` is not a valid facet id"),
                        )
                        .set_help("use lowercase letters, digits and `_`, starting with a letter");
                } else if self.facets.iter().any(|(f, _)| f == id) {
                    self.ctx.error(
                        "duplicate_id",
                        o.child("id"),
                        format!("the facet id `{id}` is used twice"),
                    );
                }
            }
            let mut values = Vec::new();
            let mut seen = HashSet::new();
            if let Some(vitems) = vitems {
                if vitems.is_empty() {
                    self.ctx
                        .error("empty_facet", vpath.clone(), "the facet has no values");
                }
                for (vp, v) in elements(vitems, &vpath) {
                    let Some(mut vo) = Obj::new(&mut self.ctx, v, &vp, "a facet value") else {
                        continue;
                    };
                    let vid = vo.string(&mut self.ctx, "id", true);
                    let vname = vo.text(&mut self.ctx, "name", true);
                    let vdesc = vo.text(&mut self.ctx, "description", false);
                    vo.deny_unknown(&mut self.ctx, &["id", "name", "description"]);
                    if let Some(vid) = &vid {
                        if !is_segment(vid) {
                            self.ctx
                                .error(
                                    "invalid_id",
                                    vo.child("id"),
                                    format!("`{vid}` is not a valid facet value id"),
                                )
                                .set_help(
                                    "use lowercase letters, digits and `_`, starting with a letter",
                                );
                        } else if !seen.insert(vid.clone()) {
                            self.ctx.error(
                                "duplicate_id",
                                vo.child("id"),
                                format!("the value `{vid}` appears twice in this facet"),
                            );
                        }
                    }
                    if let (Some(id), Some(name)) = (vid, vname) {
                        values.push(FacetValue {
                            id,
                            name,
                            description: vdesc,
                        });
                    }
                }
            }
            if let (Some(id), Some(name)) = (id, name) {
                self.facets
                    .push((id.clone(), values.iter().map(|v| v.id.clone()).collect()));
                out.push(Facet {
                    id,
                    name,
                    description,
                    values,
                });
            }
        }
        out
    }

    fn check_id(&mut self, id: &str, path: &str, parent: Option<&str>, what: &str) {
        if !is_dotted_id(id) {
            self.ctx
                .error("invalid_id", path, format!("`{id}` is not a valid {what} id"))
                .set_help("use lowercase segments of letters, digits and `_` joined by dots, e.g. `inst.info.routine_data`");
        } else if let Some(parent) = parent {
            let nested = id
                .strip_prefix(parent)
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('.'));
            if !nested {
                self.ctx
                    .error(
                        "id_not_nested",
                        path,
                        format!("the {what} id `{id}` does not extend its parent's id `{parent}`"),
                    )
                    .set_help(format!(
                        "name it `{parent}.<name>`, e.g. `{parent}.{}`",
                        id.rsplit('.').next().unwrap_or(id)
                    ));
            }
        } else if id.contains('.') {
            self.ctx
                .error("id_not_nested", path, format!("the domain id `{id}` must be a single segment (no dots)"))
                .set_help("top-level domains have one-segment ids such as `inst`; sub-domains extend them (`inst.info`)");
        }
        match self.ids.get(id) {
            Some(first) => {
                self.ctx
                    .error(
                        "duplicate_id",
                        path,
                        format!("the id `{id}` is already used at {first}"),
                    )
                    .set_help("every domain, sub-domain and indicator needs its own id");
            }
            None => {
                self.ids.insert(id.to_owned(), path.to_owned());
            }
        }
    }

    fn weight(&mut self, o: &mut Obj<'_>) -> Option<f64> {
        let w = o.number(&mut self.ctx, "weight")?;
        if !(w.is_finite() && w > 0.0) {
            self.ctx
                .error("invalid_weight", o.child("weight"), format!("the weight {w} is not a positive number"))
                .set_help("weights are relative to the siblings and must be greater than 0; leave it out for the default of 1");
            return None;
        }
        Some(w)
    }

    fn node(&mut self, v: &Value, path: &str, parent: Option<&str>) -> Option<Node> {
        let mut o = Obj::new(&mut self.ctx, v, path, "a domain")?;
        let id = o.string(&mut self.ctx, "id", true);
        if let Some(id) = &id {
            self.check_id(id, &o.child("id"), parent, "domain");
        }
        let name = o.text(&mut self.ctx, "name", true);
        let description = o.text(&mut self.ctx, "description", false);
        let reference = o.string(&mut self.ctx, "reference", false);
        let weight = self.weight(&mut o);
        let aggregation = match o.get("aggregation") {
            None => None,
            Some(Value::String(s)) if s == "mean" => Some(Aggregation::Mean),
            Some(Value::String(s)) if s == "minimum" => Some(Aggregation::Minimum),
            Some(other) => {
                self.ctx
                    .error(
                        "invalid_aggregation",
                        o.child("aggregation"),
                        format!(
                            "`{}` is not a known aggregation",
                            other
                                .as_str()
                                .map_or_else(|| other.to_string(), str::to_owned)
                        ),
                    )
                    .set_help("use `mean` (the default) or `minimum`");
                None
            }
        };
        let children = o.array(&mut self.ctx, "children", false);
        let indicators = o.array(&mut self.ctx, "indicators", false);
        o.deny_unknown(&mut self.ctx, NODE_FIELDS);
        let own = id.clone().unwrap_or_default();
        let content = match (children, indicators) {
            (Some(_), Some(_)) => {
                self.ctx
                    .error("invalid_node", path, format!("`{own}` has both `children` and `indicators`"))
                    .set_help("a node holds either sub-domains (`children`) or `indicators`; move the indicators into a sub-domain");
                None
            }
            (None, None) => {
                self.ctx
                    .error(
                        "invalid_node",
                        path,
                        format!("`{own}` has neither `children` nor `indicators`"),
                    )
                    .set_help("add the indicators to rate, or sub-domains under `children`");
                None
            }
            (Some(items), None) => {
                let cpath = o.child("children");
                if items.is_empty() {
                    self.ctx.error(
                        "empty_domain",
                        cpath.clone(),
                        format!("`{own}` has an empty list of children"),
                    );
                }
                let parent_id = id.clone();
                Some(NodeContent::Children(
                    elements(items, &cpath)
                        .filter_map(|(p, v)| {
                            self.node(v, &p, Some(parent_id.as_deref().unwrap_or("")))
                        })
                        .collect(),
                ))
            }
            (None, Some(items)) => {
                let ipath = o.child("indicators");
                if items.is_empty() {
                    self.ctx.error(
                        "empty_domain",
                        ipath.clone(),
                        format!("`{own}` has an empty list of indicators"),
                    );
                }
                let parent_id = id.clone();
                Some(NodeContent::Indicators(
                    elements(items, &ipath)
                        .filter_map(|(p, v)| {
                            self.indicator(v, &p, parent_id.as_deref().unwrap_or(""))
                        })
                        .collect(),
                ))
            }
        };
        Some(Node {
            id: id?,
            name: name?,
            description,
            reference,
            weight,
            aggregation,
            content: content?,
        })
    }

    fn indicator(&mut self, v: &Value, path: &str, parent: &str) -> Option<Indicator> {
        let mut o = Obj::new(&mut self.ctx, v, path, "an indicator")?;
        let id = o.string(&mut self.ctx, "id", true);
        if let Some(id) = &id {
            self.check_id(id, &o.child("id"), Some(parent), "indicator");
        }
        let name = o.text(&mut self.ctx, "name", false);
        let statement = o.text(&mut self.ctx, "statement", true);
        let levels = o.array(&mut self.ctx, "levels", true).map(|items| {
            let lpath = o.child("levels");
            let n = self.levels;
            if n > 0 && items.len() < n {
                let missing: Vec<String> = (items.len()..n).map(|l| l.to_string()).collect();
                self.ctx
                    .error(
                        "missing_level_descriptor",
                        lpath.clone(),
                        format!(
                            "{} level descriptors for a scale of {n} levels: level {} has no descriptor",
                            items.len(),
                            missing.join(", ")
                        ),
                    )
                    .set_help("give one descriptor per scale level, lowest first");
            } else if n > 0 && items.len() > n {
                self.ctx
                    .error(
                        "extra_level_descriptor",
                        lpath.clone(),
                        format!("{} level descriptors for a scale of only {n} levels", items.len()),
                    )
                    .set_help("give exactly one descriptor per scale level, lowest first");
            }
            elements(items, &lpath)
                .filter_map(|(p, v)| json::read_text(&mut self.ctx, v, &p))
                .collect::<Vec<_>>()
        });
        let weight = self.weight(&mut o);
        let facets = o
            .get("facets")
            .and_then(|v| self.indicator_facets(v, &o.child("facets")));
        let reference = o.string(&mut self.ctx, "reference", false);
        let actions = match o.array(&mut self.ctx, "actions", false) {
            Some(items) => self.actions(items, &o.child("actions")),
            None => Vec::new(),
        };
        o.deny_unknown(&mut self.ctx, INDICATOR_FIELDS);
        Some(Indicator {
            id: id?,
            name,
            statement: statement?,
            levels: levels?,
            weight,
            facets: facets.unwrap_or_default(),
            reference,
            actions,
        })
    }

    fn facet_values(&self, facet: &str) -> Option<&[String]> {
        self.facets
            .iter()
            .find(|(f, _)| f == facet)
            .map(|(_, v)| v.as_slice())
    }

    fn check_facet_value(&mut self, facet: &str, value: &Value, path: &str) -> Option<String> {
        let Value::String(s) = value else {
            self.ctx.wrong_type(path, "a facet value id (text)", value);
            return None;
        };
        let known = self.facet_values(facet).unwrap_or(&[]);
        if known.iter().any(|k| k == s) {
            return Some(s.clone());
        }
        let hint = match closest(s, known.iter().map(String::as_str)) {
            Some(c) => format!(
                "did you mean `{c}`? Values of `{facet}`: {}",
                known.join(", ")
            ),
            None => format!("values of `{facet}`: {}", known.join(", ")),
        };
        self.ctx
            .error(
                "unknown_facet_value",
                path,
                format!("`{s}` is not a value of the facet `{facet}`"),
            )
            .set_help(hint);
        None
    }

    fn indicator_facets(&mut self, v: &Value, path: &str) -> Option<BTreeMap<String, Vec<String>>> {
        let Value::Object(map) = v else {
            self.ctx
                .wrong_type(path, "an object mapping facet ids to lists of values", v);
            return None;
        };
        let mut out = BTreeMap::new();
        for (facet, vals) in map {
            let fpath = crate::error::child_path(path, facet);
            if self.facet_values(facet).is_none() {
                let known: Vec<String> = self.facets.iter().map(|(f, _)| f.clone()).collect();
                let hint = match closest(facet, known.iter().map(String::as_str)) {
                    Some(c) => format!("did you mean `{c}`? Declared facets: {}", known.join(", ")),
                    None => format!(
                        "declare it under `facets` first; declared facets: {}",
                        known.join(", ")
                    ),
                };
                self.ctx
                    .error(
                        "unknown_facet",
                        fpath,
                        format!("the facet `{facet}` is not declared"),
                    )
                    .set_help(hint);
                continue;
            }
            let list: Vec<&Value> = match vals {
                Value::Array(a) => a.iter().collect(),
                Value::String(_) => vec![vals],
                other => {
                    self.ctx
                        .wrong_type(&fpath, "a list of facet value ids", other);
                    continue;
                }
            };
            let mut values = Vec::new();
            for (i, item) in list.into_iter().enumerate() {
                let ipath = if vals.is_array() {
                    crate::error::index_path(&fpath, i)
                } else {
                    fpath.clone()
                };
                if let Some(s) = self.check_facet_value(facet, item, &ipath) {
                    if values.contains(&s) {
                        self.ctx
                            .error("duplicate_id", ipath, format!("`{s}` is listed twice"));
                    } else {
                        values.push(s);
                    }
                }
            }
            out.insert(facet.clone(), values);
        }
        Some(out)
    }

    fn actions(&mut self, items: &[Value], path: &str) -> Vec<Action> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let top = self.levels.saturating_sub(1);
        for (p, item) in elements(items, path) {
            let Some(mut o) = Obj::new(&mut self.ctx, item, &p, "an action") else {
                continue;
            };
            let from = match o.require(&mut self.ctx, "from") {
                Some(Value::Number(n)) => match n.as_u64() {
                    Some(f) if (f as usize) < top => Some(f as u32),
                    _ => {
                        self.ctx
                            .error(
                                "invalid_action_level",
                                o.child("from"),
                                format!("`from` is {n}; an action must start from a level between 0 and {}", top.saturating_sub(1)),
                            )
                            .set_help("an action moves an indicator up from `from` to `from + 1`; there is no action from the top level");
                        None
                    }
                },
                Some(other) => {
                    self.ctx
                        .wrong_type(&o.child("from"), "a level number", other);
                    None
                }
                None => None,
            };
            if let Some(f) = from {
                if !seen.insert(f) {
                    self.ctx.error(
                        "duplicate_id",
                        o.child("from"),
                        format!("there is already an action from level {f}"),
                    );
                }
            }
            let text = o.text(&mut self.ctx, "text", true);
            let owners = match o.array(&mut self.ctx, "owners", false) {
                Some(list) => {
                    let opath = o.child("owners");
                    if self.facet_values(OWNER_FACET).is_none() && !list.is_empty() {
                        self.ctx
                            .error(
                                "unknown_facet",
                                opath.clone(),
                                "the action names owners but the framework has no `owner` facet",
                            )
                            .set_help(
                                "declare a facet with id `owner` listing the stakeholder groups",
                            );
                        Vec::new()
                    } else {
                        elements(list, &opath)
                            .filter_map(|(ip, v)| self.check_facet_value(OWNER_FACET, v, &ip))
                            .collect()
                    }
                }
                None => Vec::new(),
            };
            o.deny_unknown(&mut self.ctx, &["from", "text", "owners"]);
            if let (Some(from), Some(text)) = (from, text) {
                out.push(Action { from, text, owners });
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// The compiled, validated handle.
// ---------------------------------------------------------------------------------------------

/// A child of a compiled node.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Child {
    Node(usize),
    Indicator(usize),
}

#[derive(Debug)]
pub(crate) struct CNode {
    /// The node id, shared with every report.
    pub(crate) id: ArcStr,
    pub(crate) weight: f64,
    pub(crate) aggregation: Aggregation,
    pub(crate) children: Vec<Child>,
    /// Every indicator below this node, in framework order.
    pub(crate) indicators: Vec<usize>,
    /// Position of the node in the spec: the path of child indices from the domain list.
    pub(crate) spec_path: Vec<usize>,
}

#[derive(Debug)]
pub(crate) struct CIndicator {
    pub(crate) node: usize,
    pub(crate) domain: usize,
    pub(crate) weight: f64,
    /// The indicator's share of the overall score (product of normalized weights up the tree).
    pub(crate) share: f64,
    pub(crate) spec: Indicator,
    /// The indicator id, shared with every report.
    pub(crate) id: ArcStr,
    /// The indicator's `owner` facet tags, shared.
    pub(crate) owners: Vec<ArcStr>,
    /// The owners of each of `spec.actions`, shared.
    pub(crate) action_owners: Vec<Vec<ArcStr>>,
}

#[derive(Debug)]
pub(crate) struct Compiled {
    pub(crate) spec: FrameworkSpec,
    pub(crate) max_level: u32,
    /// Nodes in pre-order (a parent before its children); roots are the domains.
    pub(crate) nodes: Vec<CNode>,
    /// Node index of each domain, in framework order.
    pub(crate) domains: Vec<usize>,
    pub(crate) indicators: Vec<CIndicator>,
    pub(crate) indicator_index: HashMap<String, usize>,
    pub(crate) owner_facet: Option<usize>,
    /// For each facet, for each value, the indicators tagged with it.
    pub(crate) facet_members: Vec<Vec<Vec<usize>>>,
    /// The framework flattened for the columnar scorer ([`Framework::score_matrix`]).
    pub(crate) plan: crate::table::Plan,
    /// Indicator indices in the order of their ids (the order of an assessment's answers).
    pub(crate) by_id: Vec<usize>,
    /// The key of each scale level, shared with every report.
    pub(crate) level_keys: Vec<ArcStr>,
    /// Each facet's id and the ids of its values, shared with every report.
    pub(crate) facet_ids: Vec<(ArcStr, Vec<ArcStr>)>,
}

impl Compiled {
    /// The answers of an assessment, each with the index of the indicator it answers (`None`
    /// for an id the framework does not have), found in one merge of the two sorted lists.
    pub(crate) fn indexed_answers<'s, 'a>(
        &'s self,
        answers: &'a BTreeMap<String, crate::Answer>,
    ) -> IndexedAnswers<'s, 'a> {
        IndexedAnswers {
            c: self,
            sorted: self.by_id.iter().peekable(),
            answers: answers.iter(),
        }
    }

    /// The answer to each indicator, in framework order.
    pub(crate) fn answer_per_indicator<'a>(
        &self,
        answers: &'a BTreeMap<String, crate::Answer>,
    ) -> Vec<Option<&'a crate::Answer>> {
        let mut out = vec![None; self.indicators.len()];
        for (_, answer, index) in self.indexed_answers(answers) {
            if let Some(slot) = index.and_then(|i| out.get_mut(i)) {
                *slot = Some(answer);
            }
        }
        out
    }
}

/// The iterator of [`Compiled::indexed_answers`].
pub(crate) struct IndexedAnswers<'s, 'a> {
    c: &'s Compiled,
    sorted: std::iter::Peekable<std::slice::Iter<'s, usize>>,
    answers: std::collections::btree_map::Iter<'a, String, crate::Answer>,
}

impl<'a> Iterator for IndexedAnswers<'_, 'a> {
    type Item = (&'a String, &'a crate::Answer, Option<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let (id, answer) = self.answers.next()?;
        let indicators = &self.c.indicators;
        let id_of = |i: usize| indicators.get(i).map_or("", |x| x.spec.id.as_str());
        while let Some(&&i) = self.sorted.peek() {
            if id_of(i) < id.as_str() {
                self.sorted.next();
            } else {
                break;
            }
        }
        let found = self
            .sorted
            .peek()
            .map(|&&i| i)
            .filter(|&i| id_of(i) == id.as_str());
        Some((id, answer, found))
    }
}

/// A validated framework, indexed for scoring: cheap to clone (`Arc`), `Send + Sync`.
///
/// Build it once ([`Framework::builtin`], [`Framework::from_json`]) and score as many
/// assessments with it as you like.
///
/// ```
/// use lhs_maturity::Framework;
/// let fw = Framework::builtin();
/// assert_eq!((fw.id(), fw.version()), ("lhs-2021", "1.0.0"));
/// let report = fw.score_json(r#"{"answers": {"inst.info.routine_data": 3, "cond.fin.stable_investment": 1}}"#).unwrap();
/// assert!(report.overall.score.is_some());
/// ```
#[derive(Debug, Clone)]
pub struct Framework(pub(crate) Arc<Compiled>);

impl Framework {
    /// The built-in framework `lhs-2021`, compiled into the library (parsed once per process).
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// assert!(fw.indicator_count() >= 50);
    /// ```
    pub fn builtin() -> Framework {
        static BUILTIN: OnceLock<Framework> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                #[expect(
                    clippy::expect_used,
                    reason = "the built-in framework is validated by the test suite"
                )]
                Framework::from_json(BUILTIN_FRAMEWORK_JSON)
                    .expect("the built-in framework is valid")
            })
            .clone()
    }

    /// Loads and validates a framework from JSON text, reporting every problem found.
    ///
    /// ```
    /// let err = lhs_maturity::Framework::from_json(r#"{"id": "x", "version": "1"}"#).unwrap_err();
    /// let codes: Vec<&str> = err.details().iter().map(|d| d.code.as_str()).collect();
    /// assert!(codes.contains(&"framework.invalid_version"));
    /// assert!(codes.contains(&"framework.missing_field"));
    /// ```
    pub fn from_json(text: &str) -> Result<Framework, Error> {
        let value = json::parse_text(text, "framework")?;
        Self::from_value(&value)
    }

    /// Loads and validates a framework from a parsed JSON value.
    ///
    /// ```
    /// let v: serde_json::Value = serde_json::from_str(lhs_maturity::BUILTIN_FRAMEWORK_JSON).unwrap();
    /// assert_eq!(lhs_maturity::Framework::from_value(&v).unwrap().id(), "lhs-2021");
    /// ```
    pub fn from_value(value: &Value) -> Result<Framework, Error> {
        let (spec, diags) = read_framework(value);
        match spec {
            Some(spec) if !diags.iter().any(Diagnostic::is_error) => Ok(Self::compile(spec)),
            _ => Err(Error::Framework(crate::error::errors_only(diags))),
        }
    }

    /// Validates a framework built in code and indexes it.
    ///
    /// ```
    /// let spec = lhs_maturity::Framework::builtin().spec().clone();
    /// let fw = lhs_maturity::Framework::from_spec(spec).unwrap();
    /// assert_eq!(fw.id(), "lhs-2021");
    /// ```
    pub fn from_spec(spec: FrameworkSpec) -> Result<Framework, Error> {
        let mut bad = Vec::new();
        non_finite_weights(&spec.domains, "/domains", &mut bad);
        if !bad.is_empty() {
            return Err(Error::Framework(bad));
        }
        let value = serde_json::to_value(&spec).map_err(|e| {
            Error::Framework(vec![Diagnostic::error(
                "framework.invalid",
                "",
                e.to_string(),
            )])
        })?;
        Self::from_value(&value)
    }

    /// Reads and validates a framework file.
    ///
    /// ```
    /// let err = lhs_maturity::Framework::from_path("no/such/file.json").unwrap_err();
    /// assert_eq!(err.code(), "framework.unreadable");
    /// ```
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Framework, Error> {
        let text = crate::read_file(path.as_ref(), "framework")?;
        Self::from_json(&text)
    }

    /// Finds every problem in a framework document without building it.
    ///
    /// ```
    /// let diags = lhs_maturity::Framework::validate_framework_json("{}");
    /// assert!(diags.iter().all(|d| d.code == "framework.missing_field"));
    /// assert_eq!(diags.len(), 5); // id, version, title, scale, domains
    /// ```
    pub fn validate_framework_json(text: &str) -> Vec<Diagnostic> {
        match json::parse_text(text, "framework") {
            Ok(v) => read_framework(&v).1,
            Err(e) => e.details().to_vec(),
        }
    }

    fn compile(spec: FrameworkSpec) -> Framework {
        let max_level = spec.scale.levels.len().saturating_sub(1) as u32;
        let mut c = Compiled {
            max_level,
            nodes: Vec::new(),
            domains: Vec::new(),
            indicators: Vec::new(),
            indicator_index: HashMap::new(),
            owner_facet: spec.facets.iter().position(|f| f.id == OWNER_FACET),
            facet_members: spec
                .facets
                .iter()
                .map(|f| vec![Vec::new(); f.values.len()])
                .collect(),
            spec: FrameworkSpec {
                domains: Vec::new(),
                ..spec.clone()
            },
            plan: crate::table::Plan::default(),
            by_id: Vec::new(),
            level_keys: spec
                .scale
                .levels
                .iter()
                .map(|l| ArcStr::from(l.key.as_str()))
                .collect(),
            facet_ids: spec
                .facets
                .iter()
                .map(|f| {
                    let values = f.values.iter().map(|v| ArcStr::from(v.id.as_str()));
                    (ArcStr::from(f.id.as_str()), values.collect())
                })
                .collect(),
        };
        let total: f64 = spec.domains.iter().map(|d| d.weight.unwrap_or(1.0)).sum();
        for (i, d) in spec.domains.iter().enumerate() {
            let share = d.weight.unwrap_or(1.0) / total;
            let domain_pos = c.domains.len();
            let idx = compile_node(&mut c, d, domain_pos, share, vec![i]);
            c.domains.push(idx);
        }
        c.spec.domains = spec.domains;
        c.plan = crate::table::Plan::new(&c);
        let mut by_id: Vec<usize> = (0..c.indicators.len()).collect();
        // Ids are unique: the unstable sort gives the one order (and less code in wasm).
        by_id.sort_unstable_by(|&x, &y| {
            let id = |i: usize| c.indicators.get(i).map(|x| &x.spec.id);
            id(x).cmp(&id(y))
        });
        c.by_id = by_id;
        Framework(Arc::new(c))
    }

    /// The framework as data.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Framework::builtin().spec().domains.len(), 4);
    /// ```
    pub fn spec(&self) -> &FrameworkSpec {
        &self.0.spec
    }

    /// The framework's id.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Framework::builtin().id(), "lhs-2021");
    /// ```
    pub fn id(&self) -> &str {
        &self.0.spec.id
    }

    /// The framework's version.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Framework::builtin().version(), "1.0.0");
    /// ```
    pub fn version(&self) -> &str {
        &self.0.spec.version
    }

    /// The highest level of the scale (4 for the built-in framework).
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Framework::builtin().max_level(), 4);
    /// ```
    pub fn max_level(&self) -> u32 {
        self.0.max_level
    }

    /// How many indicators the framework has.
    ///
    /// ```
    /// assert!(lhs_maturity::Framework::builtin().indicator_count() >= 50);
    /// ```
    pub fn indicator_count(&self) -> usize {
        self.0.indicators.len()
    }

    /// The indicator with this id.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// assert!(fw.indicator("cond.fin.stable_investment").is_some());
    /// assert!(fw.indicator("nope").is_none());
    /// ```
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.0
            .indicator_index
            .get(id)
            .and_then(|&i| self.0.indicators.get(i))
            .map(|c| &c.spec)
    }

    /// Every indicator with its place in the tree, in framework order.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let first = &fw.indicators()[0];
    /// assert_eq!(first.domain, "inst");
    /// assert!(first.id.starts_with(&first.subdomain));
    /// ```
    pub fn indicators(&self) -> Vec<IndicatorInfo> {
        let c = &self.0;
        c.indicators
            .iter()
            .map(|ind| {
                let domain_node = c.domains.get(ind.domain).copied().unwrap_or(0);
                IndicatorInfo {
                    id: ind.spec.id.clone(),
                    domain: self
                        .node_spec(domain_node)
                        .map_or_else(String::new, |n| n.id.clone()),
                    subdomain: self
                        .node_spec(ind.node)
                        .map_or_else(String::new, |n| n.id.clone()),
                    name: ind.spec.label("en").to_owned(),
                    statement: ind.spec.statement.en().to_owned(),
                    weight: ind.weight,
                    share: ind.share,
                    facets: ind.spec.facets.clone(),
                    reference: ind.spec.reference.clone(),
                }
            })
            .collect()
    }

    pub(crate) fn node_spec(&self, idx: usize) -> Option<&Node> {
        let node = self.0.nodes.get(idx)?;
        let (first, rest) = node.spec_path.split_first()?;
        let mut n = self.0.spec.domains.get(*first)?;
        for &i in rest {
            match &n.content {
                NodeContent::Children(ch) => n = ch.get(i)?,
                NodeContent::Indicators(_) => return None,
            }
        }
        Some(n)
    }
}

/// One indicator with its place in the framework: what [`Framework::indicators`] lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorInfo {
    /// The indicator id.
    pub id: String,
    /// The id of its top-level domain.
    pub domain: String,
    /// The id of the node that holds it (its sub-domain).
    pub subdomain: String,
    /// Short label (English).
    pub name: String,
    /// The statement to rate (English).
    pub statement: String,
    /// Its weight among its siblings.
    pub weight: f64,
    /// Its share of the overall score: the product of its normalized weights up the tree.
    pub share: f64,
    /// Its facet tags.
    pub facets: BTreeMap<String, Vec<String>>,
    /// The section of the source report it rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Shared copies of strings, made once per framework.
fn shared_all(items: &[String]) -> Vec<ArcStr> {
    items.iter().map(|x| ArcStr::from(x.as_str())).collect()
}

fn compile_node(
    c: &mut Compiled,
    n: &Node,
    domain: usize,
    share: f64,
    spec_path: Vec<usize>,
) -> usize {
    let idx = c.nodes.len();
    c.nodes.push(CNode {
        id: ArcStr::from(n.id.as_str()),
        weight: n.weight.unwrap_or(1.0),
        aggregation: n.aggregation.unwrap_or_default(),
        children: Vec::new(),
        indicators: Vec::new(),
        spec_path: spec_path.clone(),
    });
    let mut children = Vec::new();
    match &n.content {
        NodeContent::Children(nodes) => {
            let total: f64 = nodes.iter().map(|x| x.weight.unwrap_or(1.0)).sum();
            for (i, child) in nodes.iter().enumerate() {
                let mut p = spec_path.clone();
                p.push(i);
                let s = share * child.weight.unwrap_or(1.0) / total;
                let ci = compile_node(c, child, domain, s, p);
                children.push(Child::Node(ci));
            }
        }
        NodeContent::Indicators(inds) => {
            let total: f64 = inds.iter().map(|x| x.weight.unwrap_or(1.0)).sum();
            for ind in inds {
                let ii = c.indicators.len();
                for (fi, facet) in c.spec.facets.iter().enumerate() {
                    if let Some(vals) = ind.facets.get(&facet.id) {
                        for v in vals {
                            if let Some(vi) = facet.values.iter().position(|x| &x.id == v) {
                                if let Some(m) =
                                    c.facet_members.get_mut(fi).and_then(|f| f.get_mut(vi))
                                {
                                    m.push(ii);
                                }
                            }
                        }
                    }
                }
                c.indicators.push(CIndicator {
                    node: idx,
                    domain,
                    weight: ind.weight.unwrap_or(1.0),
                    share: share * ind.weight.unwrap_or(1.0) / total,
                    spec: ind.clone(),
                    id: ArcStr::from(ind.id.as_str()),
                    owners: shared_all(ind.facets.get(OWNER_FACET).map_or(&[][..], Vec::as_slice)),
                    action_owners: ind.actions.iter().map(|a| shared_all(&a.owners)).collect(),
                });
                c.indicator_index.insert(ind.id.clone(), ii);
                children.push(Child::Indicator(ii));
            }
        }
    }
    let mut below = Vec::new();
    for ch in &children {
        match ch {
            Child::Indicator(i) => below.push(*i),
            Child::Node(ni) => {
                if let Some(n) = c.nodes.get(*ni) {
                    below.extend_from_slice(&n.indicators);
                }
            }
        }
    }
    if let Some(node) = c.nodes.get_mut(idx) {
        node.children = children;
        node.indicators = below;
    }
    idx
}

fn non_finite_weights(nodes: &[Node], path: &str, out: &mut Vec<Diagnostic>) {
    for (i, n) in nodes.iter().enumerate() {
        let p = format!("{path}/{i}");
        if n.weight.is_some_and(|w| !w.is_finite()) {
            out.push(Diagnostic::error(
                "framework.invalid_weight",
                format!("{p}/weight"),
                "the weight is not a finite number",
            ));
        }
        match &n.content {
            NodeContent::Children(ch) => non_finite_weights(ch, &format!("{p}/children"), out),
            NodeContent::Indicators(inds) => {
                for (j, ind) in inds.iter().enumerate() {
                    if ind.weight.is_some_and(|w| !w.is_finite()) {
                        out.push(Diagnostic::error(
                            "framework.invalid_weight",
                            format!("{p}/indicators/{j}/weight"),
                            "the weight is not a finite number",
                        ));
                    }
                }
            }
        }
    }
}
