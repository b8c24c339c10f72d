//! The validated framework, indexed for scoring: [`Framework`].

use crate::model::framework::{
    Aggregation, Basis, FrameworkSpec, Indicator, Node, NodeContent, UnitKind, OWNER_FACET,
};
use crate::model::text::Text;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

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
    /// Every indicator below this node that its score covers (outcome sub-nodes' indicators
    /// are left out), in framework order.
    pub(crate) indicators: Vec<usize>,
    /// Position of the node in the spec: the path of child indices from the domain list.
    pub(crate) spec_path: Vec<usize>,
    /// The node is an outcome: left out of its parent's score (and its indicators out of its
    /// parent's counts).
    pub(crate) outcome: bool,
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
    /// The descriptor of each level (a level's text, or its elements joined).
    pub(crate) descriptors: Vec<Text>,
    /// The unit kinds it applies to, one bit per [`UnitKind::ALL`] position.
    pub(crate) applies: u8,
    /// It is below an outcome node: outside the overall score.
    pub(crate) outcome: bool,
    /// Its elements: (id, level), lowest level first.
    pub(crate) elements: Vec<(String, u32)>,
}

impl CIndicator {
    /// Whether it is rated for a unit of this kind (every indicator applies when the kind is
    /// unknown).
    pub(crate) fn applies_to(&self, kind: Option<UnitKind>) -> bool {
        kind.is_none_or(|k| self.applies & kind_bit(k) != 0)
    }
}

/// The bit of a unit kind in [`CIndicator::applies`].
pub(crate) fn kind_bit(kind: UnitKind) -> u8 {
    let i = UnitKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    1u8 << i
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
    pub(crate) plan: crate::model::plan::Plan,
    /// Indicator indices in the order of their ids (the order of an assessment's answers).
    pub(crate) by_id: Vec<usize>,
    /// The key of each scale level, shared with every report.
    pub(crate) level_keys: Vec<ArcStr>,
    /// Each facet's id and the ids of its values, shared with every report.
    pub(crate) facet_ids: Vec<(ArcStr, Vec<ArcStr>)>,
    /// Some indicator has `applies_to`: `na` then comes from applicability only, and the unit's
    /// kind matters.
    pub(crate) uses_applicability: bool,
    /// Indicators outside every outcome node (those of the overall score), in framework order.
    pub(crate) scored: Vec<usize>,
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
/// assert_eq!((fw.id(), fw.version()), ("lhs-2021", "2.0.0"));
/// let report = fw.score_json(r#"{"answers": {"inst.info.routine_data": 3, "cond.fin.learning_budget": 1}}"#).unwrap();
/// assert!(report.overall.score.is_some());
/// ```
#[derive(Debug, Clone)]
pub struct Framework(pub(crate) Arc<Compiled>);

impl Framework {
    pub(crate) fn compile(spec: FrameworkSpec) -> Framework {
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
            plan: crate::model::plan::Plan::default(),
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
            uses_applicability: false,
            scored: Vec::new(),
        };
        let total: f64 = spec
            .domains
            .iter()
            .filter(|d| !d.outcome)
            .map(|d| d.weight.unwrap_or(1.0))
            .sum();
        for (i, d) in spec.domains.iter().enumerate() {
            let share = if d.outcome {
                0.0
            } else {
                d.weight.unwrap_or(1.0) / total
            };
            let domain_pos = c.domains.len();
            let idx = compile_node(&mut c, d, domain_pos, share, vec![i], d.outcome);
            c.domains.push(idx);
        }
        c.uses_applicability = c.indicators.iter().any(|i| i.spec.applies_to.is_some());
        // Shares follow the node rules: under `pooled_mean` a sub-node weighs its indicators'
        // weights; outcomes carry none (the effective weights with every indicator applying).
        let shares = effective_weights(&c, None);
        for (ind, share) in c.indicators.iter_mut().zip(shares) {
            ind.share = share;
        }
        c.scored = (0..c.indicators.len())
            .filter(|&i| c.indicators.get(i).is_some_and(|x| !x.outcome))
            .collect();
        c.spec.domains = spec.domains;
        c.plan = crate::model::plan::Plan::new(&c);
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
    /// assert_eq!(lhs_maturity::Framework::builtin().version(), "2.0.0");
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
    /// assert!(fw.indicator("cond.fin.learning_budget").is_some());
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
        self.indicators_for(None)
    }

    /// Every indicator with its place in the tree and its effective weight for a unit of the
    /// given kind: its share of the overall score once the indicators that do not apply to
    /// that kind are left out (0 for those, and for outcome indicators). With no kind, every
    /// indicator applies.
    ///
    /// ```
    /// use lhs_maturity::{Framework, UnitKind};
    /// let fw = Framework::builtin();
    /// let all = fw.indicators_for(Some(UnitKind::Facility));
    /// let total: f64 = all.iter().map(|i| i.effective_weight).sum();
    /// assert!((total - 1.0).abs() < 1e-9);
    /// assert!(all.iter().any(|i| i.effective_weight == 0.0 && !i.applies_to.contains(&UnitKind::Facility)));
    /// ```
    pub fn indicators_for(&self, kind: Option<UnitKind>) -> Vec<IndicatorInfo> {
        let c = &self.0;
        let weights = effective_weights(c, kind);
        c.indicators
            .iter()
            .zip(weights)
            .map(|(ind, effective_weight)| {
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
                    question: ind.spec.question.as_ref().map(|q| q.en().to_owned()),
                    evidence: ind
                        .spec
                        .evidence
                        .iter()
                        .map(|e| e.en().to_owned())
                        .collect(),
                    weight: ind.weight,
                    share: ind.share,
                    effective_weight,
                    applies_to: UnitKind::ALL
                        .into_iter()
                        .filter(|k| ind.applies_to(Some(*k)))
                        .collect(),
                    outcome: ind.outcome,
                    facets: ind.spec.facets.clone(),
                    basis: ind.spec.basis.clone(),
                    reference: ind.spec.reference.clone(),
                }
            })
            .collect()
    }

    /// The descriptor of one level of an indicator: its text, or its elements' texts joined.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let d = fw.descriptor("inst.info.routine_data", 2).unwrap();
    /// assert!(!d.en().is_empty());
    /// assert!(fw.descriptor("inst.info.routine_data", 9).is_none());
    /// ```
    pub fn descriptor(&self, indicator: &str, level: u32) -> Option<&Text> {
        let i = *self.0.indicator_index.get(indicator)?;
        self.0.indicators.get(i)?.descriptors.get(level as usize)
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
    /// Its share of the overall score for the unit kind asked for, once the indicators that do
    /// not apply are left out (0 when it does not apply, and for outcome indicators).
    pub effective_weight: f64,
    /// The unit kinds where it is rated.
    pub applies_to: Vec<UnitKind>,
    /// It belongs to an outcome node: reported apart, outside the overall score.
    #[serde(default)]
    pub outcome: bool,
    /// The guiding question (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The documents or observations to check (English).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// Whether the report names what it rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// Its facet tags.
    pub facets: BTreeMap<String, Vec<String>>,
    /// The section of the source report it rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Each indicator's share of the overall score for a unit of this kind when every applicable
/// indicator is rated: weights are renormalized among the children of each node that have an
/// applicable indicator below them (under `pooled_mean`, a sub-node weighs its applicable
/// indicators' weights); outcome nodes carry none. (Under the `minimum` rule the weights
/// describe the mean the node would have.)
fn effective_weights(c: &Compiled, kind: Option<UnitKind>) -> Vec<f64> {
    let mut out = vec![0.0; c.indicators.len()];
    let applies = |i: usize| c.indicators.get(i).is_some_and(|x| x.applies_to(kind));
    let live = |n: usize| {
        c.nodes
            .get(n)
            .is_some_and(|x| !x.outcome && x.indicators.iter().any(|&i| applies(i)))
    };
    let domains: Vec<usize> = c.domains.iter().copied().filter(|&d| live(d)).collect();
    let total: f64 = domains
        .iter()
        .filter_map(|&d| c.nodes.get(d))
        .map(|n| n.weight)
        .sum();
    let mut stack: Vec<(usize, f64)> = domains
        .iter()
        .filter_map(|&d| c.nodes.get(d).map(|n| (d, n.weight / total)))
        .collect();
    while let Some((ni, share)) = stack.pop() {
        let Some(node) = c.nodes.get(ni) else {
            continue;
        };
        let pooled = node.aggregation == Aggregation::PooledMean;
        // Under `pooled_mean` a sub-node weighs the weights of its applicable indicators.
        let applicable_weight = |n: &CNode| -> f64 {
            n.indicators
                .iter()
                .filter(|&&i| applies(i))
                .filter_map(|&i| c.indicators.get(i))
                .map(|x| x.weight)
                .sum()
        };
        let counted: Vec<(Child, f64)> = node
            .children
            .iter()
            .filter_map(|ch| match *ch {
                Child::Indicator(i) if applies(i) => c.indicators.get(i).map(|x| (*ch, x.weight)),
                Child::Node(n) if live(n) => c.nodes.get(n).map(|x| {
                    (
                        *ch,
                        if pooled {
                            applicable_weight(x)
                        } else {
                            x.weight
                        },
                    )
                }),
                _ => None,
            })
            .collect();
        let sum: f64 = counted.iter().map(|(_, w)| w).sum();
        for (ch, w) in counted {
            match ch {
                Child::Indicator(i) => {
                    if let Some(x) = out.get_mut(i) {
                        *x = share * w / sum;
                    }
                }
                Child::Node(n) => stack.push((n, share * w / sum)),
            }
        }
    }
    out
}

/// Shared copies of strings, made once per framework.
fn shared_all(items: &[String]) -> Vec<ArcStr> {
    items.iter().map(|x| ArcStr::from(x.as_str())).collect()
}

/// The bits of the unit kinds an indicator applies to.
fn applies_bits(ind: &Indicator) -> u8 {
    UnitKind::ALL
        .into_iter()
        .filter(|k| ind.applies_to(*k))
        .fold(0, |bits, k| bits | kind_bit(k))
}

fn compile_node(
    c: &mut Compiled,
    n: &Node,
    domain: usize,
    share: f64,
    spec_path: Vec<usize>,
    in_outcome: bool,
) -> usize {
    let idx = c.nodes.len();
    c.nodes.push(CNode {
        id: ArcStr::from(n.id.as_str()),
        weight: n.weight.unwrap_or(1.0),
        aggregation: n.aggregation.unwrap_or_default(),
        children: Vec::new(),
        indicators: Vec::new(),
        spec_path: spec_path.clone(),
        outcome: n.outcome,
    });
    let mut children = Vec::new();
    match &n.content {
        NodeContent::Children(nodes) => {
            // Outcome children are left out of this node's score, and so of the shares.
            let total: f64 = nodes
                .iter()
                .filter(|x| !x.outcome)
                .map(|x| x.weight.unwrap_or(1.0))
                .sum();
            for (i, child) in nodes.iter().enumerate() {
                let mut p = spec_path.clone();
                p.push(i);
                let s = if child.outcome || total == 0.0 {
                    0.0
                } else {
                    share * child.weight.unwrap_or(1.0) / total
                };
                let ci = compile_node(c, child, domain, s, p, in_outcome || child.outcome);
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
                    descriptors: ind.levels.iter().map(|l| l.descriptor()).collect(),
                    applies: applies_bits(ind),
                    outcome: in_outcome,
                    elements: ind
                        .levels
                        .iter()
                        .enumerate()
                        .flat_map(|(k, l)| l.elements.iter().map(move |e| (e.id.clone(), k as u32)))
                        .collect(),
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
                if let Some(n) = c.nodes.get(*ni).filter(|n| !n.outcome) {
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
