//! Reading and validating a framework document into a [`FrameworkSpec`] and a [`Framework`].

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::assessment::{Assessment, FrameworkRef};
use crate::model::compiled::Framework;
use crate::model::framework::{
    is_dotted_id, is_framework_id, is_segment, is_version, Action, Aggregation, Facet, FacetValue,
    FrameworkSpec, Indicator, Node, NodeContent, Scale, ScaleLevel, Source, BUILTIN_FRAMEWORK_JSON,
    BUILTIN_TRANSLATIONS, BUILTIN_VERSIONS, OWNER_FACET,
};
use crate::read::json::{self, closest, elements, Ctx, Obj};
use crate::read::languages;
use crate::read::texts;
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

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

pub(crate) struct Reader {
    pub(crate) ctx: Ctx,
    ids: HashMap<String, String>,
    facets: Vec<(String, Vec<String>)>,
    levels: usize,
    /// The glossary's ids, read before the domains so that indicators can refer to them.
    pub(crate) glossary: HashSet<String>,
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
    "glossary",
    "languages",
];
const NODE_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "reference",
    "weight",
    "aggregation",
    "rationale",
    "outcome",
    "children",
    "indicators",
];
const INDICATOR_FIELDS: &[&str] = &[
    "id",
    "name",
    "statement",
    "question",
    "evidence",
    "levels",
    "applies_to",
    "adapted",
    "weight",
    "facets",
    "basis",
    "reference",
    "terms",
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
        glossary: HashSet::new(),
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
        let glossary = match o.array(&mut self.ctx, "glossary", false) {
            Some(items) => self.glossary(items, &o.child("glossary")),
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
        let languages = match o.array(&mut self.ctx, "languages", false) {
            Some(items) => {
                let declared = languages::read(&mut self.ctx, items, &o.child("languages"));
                languages::check(&mut self.ctx, value, &declared);
                declared
            }
            None => Vec::new(),
        };
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
            glossary,
            languages,
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
        let quantifiers = match o.array(&mut self.ctx, "quantifiers", false) {
            Some(q) => self.quantifiers(q, &o.child("quantifiers")),
            None => Vec::new(),
        };
        let rules = match o.array(&mut self.ctx, "rules", false) {
            Some(r) => self.rules(r, &o.child("rules")),
            None => Vec::new(),
        };
        o.deny_unknown(&mut self.ctx, &["levels", "quantifiers", "rules"]);
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
        Some(Scale {
            levels,
            quantifiers,
            rules,
        })
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

    /// A node's weight: a positive number of at most [`MAX_WEIGHT`].
    fn weight(&mut self, o: &mut Obj<'_>) -> Option<f64> {
        let w = o.number(&mut self.ctx, "weight")?;
        if !(w.is_finite() && w > 0.0 && w <= MAX_WEIGHT) {
            self.ctx
                .error("invalid_weight", o.child("weight"), format!("the weight {w} is not a positive number of at most 1000000000000"))
                .set_help("weights are relative to the siblings and must be greater than 0 and at most 1000000000000 (larger ones overflow the sums); leave it out for the default of 1");
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
            Some(Value::String(s)) if s == "pooled_mean" => Some(Aggregation::PooledMean),
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
                    .set_help("use `mean` (the default), `minimum` or `pooled_mean`");
                None
            }
        };
        let rationale = o.text(&mut self.ctx, "rationale", false);
        let outcome = self.flag(&mut o, "outcome");
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
            rationale,
            outcome,
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
                .enumerate()
                .filter_map(|(k, (p, v))| self.level(v, &p, k))
                .collect::<Vec<_>>()
        });
        let question = o.text(&mut self.ctx, "question", false);
        let evidence = self.texts(&mut o, "evidence");
        let applies_to = o
            .get("applies_to")
            .and_then(|v| self.applies_to(v, &o.child("applies_to")));
        let adapted = o
            .get("adapted")
            .map(|v| self.adapted(v, &o.child("adapted")))
            .unwrap_or_default();
        let basis = o
            .get("basis")
            .and_then(|v| self.basis(v, &o.child("basis")));
        let terms = o
            .get("terms")
            .map(|v| self.terms(v, &o.child("terms")))
            .unwrap_or_default();
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
            question,
            evidence,
            levels: levels?,
            applies_to,
            adapted,
            weight,
            facets: facets.unwrap_or_default(),
            basis,
            reference,
            terms,
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

impl Framework {
    /// The built-in framework `lhs-2021`, compiled into the library (parsed once per process).
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// assert!(fw.indicator_count() >= 50);
    /// ```
    pub fn builtin() -> Framework {
        let latest = BUILTIN_VERSIONS.len() - 1;
        Self::builtin_at(latest)
    }

    /// The built-in framework `lhs-2021` at one of its versions ([`BUILTIN_VERSIONS`]): an
    /// assessment made for 1.0.0 is scored with 1.0.0.
    ///
    /// ```
    /// use lhs_maturity::Framework;
    /// assert_eq!(Framework::builtin_version("1.0.0").unwrap().indicator_count(), 69);
    /// assert_eq!(Framework::builtin_version("2.0.0").unwrap().version(), "2.0.0");
    /// let e = Framework::builtin_version("3.0.0").unwrap_err();
    /// assert_eq!(e.code(), "framework.unknown_version");
    /// ```
    pub fn builtin_version(version: &str) -> Result<Framework, Error> {
        match BUILTIN_VERSIONS
            .iter()
            .position(|(v, _)| *v == version.trim())
        {
            Some(i) => Ok(Self::builtin_at(i)),
            None => {
                let known: Vec<&str> = BUILTIN_VERSIONS.iter().map(|(v, _)| *v).collect();
                Err(Error::Framework(vec![unknown_version(
                    "framework.unknown_version",
                    "/version",
                    version,
                    &known,
                )]))
            }
        }
    }

    /// The built-in framework an assessment asks for: the version its `framework` names, or
    /// the latest with a warning (`assessment.no_framework_version`) when it names none. An
    /// assessment for another framework gets the latest, and scoring it reports the mismatch.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let old = Assessment::from_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {}}"#).unwrap();
    /// let (fw, warning) = Framework::builtin_for(&old).unwrap();
    /// assert_eq!((fw.version(), warning), ("1.0.0", None));
    /// let bare = Assessment::from_json(r#"{"answers": {}}"#).unwrap();
    /// let (fw, warning) = Framework::builtin_for(&bare).unwrap();
    /// assert_eq!(fw.version(), Framework::builtin().version());
    /// assert_eq!(warning.unwrap().code, "assessment.no_framework_version");
    /// ```
    pub fn builtin_for(assessment: &Assessment) -> Result<(Framework, Option<Diagnostic>), Error> {
        let latest = Self::builtin();
        let r = assessment.framework.as_ref();
        match r {
            Some(r) if r.id != latest.id() => Ok((latest, None)),
            Some(FrameworkRef {
                version: Some(v), ..
            }) => Self::builtin_version(v).map(|fw| (fw, None)).map_err(|_| {
                let known: Vec<&str> = BUILTIN_VERSIONS.iter().map(|(v, _)| *v).collect();
                Error::Assessment(vec![unknown_version(
                    "assessment.unknown_framework_version",
                    "/framework/version",
                    v,
                    &known,
                )])
            }),
            _ => {
                let path = if r.is_some() { "/framework" } else { "" };
                let warning = i18n::diagnostic(
                    Severity::Warning,
                    "assessment.no_framework_version",
                    path,
                    &[
                        ("framework", latest.id().into()),
                        ("version", latest.version().into()),
                    ],
                );
                Ok((latest, Some(warning)))
            }
        }
    }

    fn builtin_at(index: usize) -> Framework {
        static BUILTIN: OnceLock<Vec<OnceLock<Framework>>> = OnceLock::new();
        let cells =
            BUILTIN.get_or_init(|| BUILTIN_VERSIONS.iter().map(|_| OnceLock::new()).collect());
        let text = BUILTIN_VERSIONS
            .get(index)
            .map_or(BUILTIN_FRAMEWORK_JSON, |(_, t)| t);
        let latest = index + 1 == BUILTIN_VERSIONS.len();
        let init = || {
            #[expect(
                clippy::expect_used,
                reason = "the built-in frameworks and their translations are validated by the test suite"
            )]
            let mut value: Value =
                serde_json::from_str(text).expect("the built-in framework is JSON");
            if latest {
                for (lang, pack) in BUILTIN_TRANSLATIONS {
                    #[expect(clippy::expect_used, reason = "validated by the test suite")]
                    let pack = serde_json::from_str(pack).expect("a built-in translation is JSON");
                    texts::merge(&mut value, lang, &pack);
                }
            }
            #[expect(clippy::expect_used, reason = "validated by the test suite")]
            Framework::from_value(&value).expect("the built-in framework is valid")
        };
        match cells.get(index) {
            Some(cell) => cell.get_or_init(init).clone(),
            None => init(),
        }
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
        let text = crate::read::file::read_file(path.as_ref(), "framework")?;
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
}

/// The largest weight a node may have: weights are relative to their siblings, and larger ones
/// would overflow the weighted sums (a score of `null` for a weight of `1e308`).
pub(crate) const MAX_WEIGHT: f64 = 1e12;

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

/// `<code>`: the built-in framework has no version `version` (`framework.unknown_version` when
/// asked for, `assessment.unknown_framework_version` when an assessment names it).
fn unknown_version(code: &str, path: &str, version: &str, known: &[&str]) -> Diagnostic {
    i18n::diagnostic(
        Severity::Error,
        code,
        path,
        &[
            ("framework", "lhs-2021".into()),
            ("version", version.into()),
            ("versions", known.join(", ").into()),
        ],
    )
}
