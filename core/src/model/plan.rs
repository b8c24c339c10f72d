//! The framework flattened for the columnar scorer ([`crate::score::matrix`]).

use crate::model::cell::{CELL_DOES_NOT_APPLY, CELL_MISSING, CELL_NA, CELL_UNKNOWN};
use crate::model::compiled::{CNode, Child, Compiled};

/// The framework flattened for the columnar scorer, built once per framework
/// ([`crate::model::compiled::Compiled`]): nodes in pre-order with their rule, the children of the
/// general nodes in one flat list, and what each cell code counts as.
#[derive(Debug)]
pub(crate) struct Plan {
    /// The lowest score that reaches each level 1, 2, …, top (`L − ε`, as in
    /// [`crate::level_of`]).
    thresholds: Vec<f64>,
    /// The highest valid level, as a cell code.
    max_code: i8,
    /// Per node, in pre-order.
    nodes: Vec<PlanNode>,
    /// The children of the nodes scored in general, node after node.
    items: Vec<Item>,
    /// The weights of the indicators of [`Rule::Whole`] nodes that have weights other than 1.
    weights: Vec<u64>,
    /// Per domain: (node index, weight).
    domains: Vec<(usize, f64)>,
    /// What each cell code (as a byte) counts as: `[0]` with `unknown` left out of the scores,
    /// `[1]` with `unknown` counted as 0.
    classes: [Box<[Class; 256]>; 2],
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            thresholds: Vec::new(),
            max_code: 0,
            nodes: Vec::new(),
            items: Vec::new(),
            weights: Vec::new(),
            domains: Vec::new(),
            classes: [
                Box::new([Class::default(); 256]),
                Box::new([Class::default(); 256]),
            ],
        }
    }
}

/// The weights and aggregation rules a [`Plan`] scores with: the framework's own
/// ([`Choices::of`]), or others tried by a robustness analysis.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Choices {
    /// Per compiled node (pre-order).
    pub(crate) node_weight: Vec<f64>,
    /// Per indicator (column).
    pub(crate) indicator_weight: Vec<f64>,
    /// Per compiled node.
    pub(crate) aggregation: Vec<crate::Aggregation>,
}

impl Choices {
    /// The framework's own weights and rules.
    pub(crate) fn of(c: &Compiled) -> Choices {
        Choices {
            node_weight: c.nodes.iter().map(|n| n.weight).collect(),
            indicator_weight: c.indicators.iter().map(|i| i.weight).collect(),
            aggregation: c.nodes.iter().map(|n| n.aggregation).collect(),
        }
    }

    fn node(&self, i: usize) -> f64 {
        self.node_weight.get(i).copied().unwrap_or(1.0)
    }

    fn indicator(&self, i: usize) -> f64 {
        self.indicator_weight.get(i).copied().unwrap_or(1.0)
    }
}

/// One node of a [`Plan`].
#[derive(Debug, Clone, Copy)]
struct PlanNode {
    /// The node uses the `minimum` rule.
    minimum: bool,
    /// The node uses the `pooled_mean` rule: a sub-node weighs its counted indicators' weights.
    pooled: bool,
    rule: Rule,
}

/// How a node is scored.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// Indicators in consecutive columns `cols`, with whole weights (`weights` in
    /// [`Plan::weights`], or `None` when they are all 1), summed in integers: every product
    /// `weight × level` and every partial sum is a whole number below 2^53 (see
    /// [`WHOLE_MAX_WEIGHT`]), exact in `f64`, so the sums of `score.rs` are these integers
    /// whatever the order of the additions, and the quotient is the same number.
    Whole {
        cols: (usize, usize),
        weights: Option<(usize, usize)>,
    },
    /// Any other node: its children in [`Plan::items`], in floating-point arithmetic done in
    /// the order of `score.rs`.
    General { items: (usize, usize) },
}

/// The largest weight, and the most indicators of one node, scored as [`Rule::Whole`].
const WHOLE_MAX_WEIGHT: f64 = 16_777_216.0;
const WHOLE_MAX_CHILDREN: usize = 16_384;

/// A child of a node with its weight: an indicator (its column) or a node (its index).
#[derive(Debug, Clone, Copy)]
enum Item {
    Indicator(usize, f64),
    Node(usize, f64),
}

/// What a cell code counts as, so that an indicator is added up without a branch.
#[derive(Debug, Clone, Copy, Default)]
struct Class {
    /// 1 for a value that enters the score (a level, or `unknown` counted as 0), 0 otherwise.
    mask: f64,
    /// The value (0 when none).
    value: f64,
    /// 1 for a value that enters the score.
    scored: u32,
    rated: u32,
    na: u32,
    /// 1 when the indicator does not apply to the row's unit kind (left out of the counts).
    dna: u32,
    /// `scored | na << 16 | value << 32`: one addition per indicator counts all three
    /// (at most [`WHOLE_MAX_CHILDREN`] indicators per node, so no field overflows).
    packed: u64,
    /// `rated | dna << 32`, the counts the score does not use.
    aux: u64,
    /// The value (0 when none).
    level: u64,
    /// The value for the minimum rule (`u8::MAX` when none; levels are below 128).
    min_key: u8,
}

impl Class {
    /// What the cell code `code` counts as, with `unknown` counted as 0 when `zero`.
    fn of(code: i8, max_code: i8, zero: bool) -> Class {
        if (0..=max_code).contains(&code) || (zero && code == CELL_UNKNOWN) {
            let level = u64::try_from(code).unwrap_or(0);
            let rated = u32::from(code >= 0);
            return Class {
                mask: 1.0,
                value: level as f64,
                scored: 1,
                rated,
                na: 0,
                dna: 0,
                packed: 1 | level << 32,
                aux: u64::from(rated),
                level,
                min_key: level as u8,
            };
        }
        let na = u32::from(code == CELL_NA);
        let dna = u32::from(code == CELL_DOES_NOT_APPLY);
        Class {
            na,
            dna,
            packed: u64::from(na) << 16,
            aux: u64::from(dna) << 32,
            min_key: u8::MAX,
            ..Class::default()
        }
    }
}

/// Per node: the indicators below it, how many of them are rated and `na`, and the summed
/// weights of those that count in the score (for `pooled_mean`).
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    total: u32,
    rated: u32,
    na: u32,
    counted_weight: f64,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.total += o.total;
        self.rated += o.rated;
        self.na += o.na;
        self.counted_weight += o.counted_weight;
    }
}

impl Plan {
    pub(crate) fn new(c: &Compiled) -> Plan {
        Plan::with_choices(c, &Choices::of(c))
    }

    /// The plan of the framework `c` scored with other weights and aggregation rules (the
    /// runs of a robustness analysis): the same arithmetic as a framework compiled with them.
    pub(crate) fn with_choices(c: &Compiled, choices: &Choices) -> Plan {
        let mut plan = Plan {
            thresholds: (1..=c.max_level)
                .map(|l| f64::from(l) - crate::model::framework::LEVEL_EPSILON)
                .collect(),
            max_code: i8::try_from(c.max_level).unwrap_or(i8::MAX),
            ..Plan::default()
        };
        let max_code = plan.max_code;
        for (zero, table) in plan.classes.iter_mut().enumerate() {
            for (b, class) in table.iter_mut().enumerate() {
                *class = Class::of(b as u8 as i8, max_code, zero == 1);
            }
        }
        plan.nodes = c
            .nodes
            .iter()
            .enumerate()
            .map(|(ni, n)| plan.node(c, choices, ni, n))
            .collect();
        // Outcome domains are scored on their own but stay out of the overall score.
        plan.domains = c
            .domains
            .iter()
            .filter_map(|&d| {
                c.nodes
                    .get(d)
                    .filter(|x| !x.outcome)
                    .map(|_| (d, choices.node(d)))
            })
            .collect();
        plan
    }

    /// Flattens one node: [`Rule::Whole`] when it can, else [`Rule::General`].
    fn node(&mut self, c: &Compiled, choices: &Choices, ni: usize, n: &CNode) -> PlanNode {
        let aggregation = choices
            .aggregation
            .get(ni)
            .copied()
            .unwrap_or(n.aggregation);
        let minimum = aggregation == crate::Aggregation::Minimum;
        let pooled = aggregation == crate::Aggregation::PooledMean;
        let weight = |i: usize| choices.indicator(i);
        // Indicators in consecutive columns (the compiled order of a node's indicators).
        let first = match n.children.first() {
            Some(Child::Indicator(i)) => Some(*i),
            _ => None,
        };
        let consecutive = first.is_some()
            && n.children.len() <= WHOLE_MAX_CHILDREN
            && n.children.iter().enumerate().all(|(k, ch)| {
                matches!(*ch, Child::Indicator(i) if Some(i) == first.map(|f| f + k)
                    && weight(i).fract() == 0.0
                    && (1.0..=WHOLE_MAX_WEIGHT).contains(&weight(i)))
            });
        if let (true, Some(first)) = (consecutive, first) {
            let cols = (first, first + n.children.len());
            let weights = if (cols.0..cols.1).all(|i| weight(i) == 1.0) {
                None
            } else {
                let start = self.weights.len();
                self.weights
                    .extend((cols.0..cols.1).map(|i| weight(i) as u64));
                Some((start, self.weights.len()))
            };
            return PlanNode {
                minimum,
                pooled,
                rule: Rule::Whole { cols, weights },
            };
        }
        let start = self.items.len();
        // Outcome children are scored on their own but stay out of this node's score.
        self.items.extend(n.children.iter().filter_map(|ch| {
            match *ch {
                Child::Node(i) => c
                    .nodes
                    .get(i)
                    .filter(|x| !x.outcome)
                    .map(|_| Item::Node(i, choices.node(i))),
                Child::Indicator(i) => Some(Item::Indicator(i, weight(i))),
            }
        }));
        PlanNode {
            minimum,
            pooled,
            rule: Rule::General {
                items: (start, self.items.len()),
            },
        }
    }

    pub(crate) fn width(&self) -> usize {
        self.nodes.len() + 1
    }

    /// Whether some cell is not a valid code (written without an early exit, so that it is
    /// checked 16 or 32 cells at a time).
    pub(crate) fn has_invalid(&self, cells: &[i8]) -> bool {
        let (lo, hi) = cells
            .iter()
            .fold((0i8, 0i8), |(lo, hi), &c| (lo.min(c), hi.max(c)));
        lo < CELL_DOES_NOT_APPLY || hi > self.max_code
    }

    /// The level a score reaches: how many level thresholds it is at or above, which is
    /// [`crate::level_of`] (the thresholds rise).
    fn level(&self, s: f64) -> i8 {
        self.thresholds.iter().filter(|&&t| s >= t).count() as i8
    }

    fn class(&self, table: &[Class; 256], code: i8) -> Class {
        // A byte always indexes the 256 classes.
        table
            .get(usize::from(code as u8))
            .copied()
            .unwrap_or_default()
    }

    /// The score and counts of a [`Rule::Whole`] node, in integers.
    fn score_whole(
        &self,
        table: &[Class; 256],
        minimum: bool,
        cols: (usize, usize),
        weights: Option<(usize, usize)>,
        row: &[i8],
    ) -> (f64, Counts) {
        let codes = row.get(cols.0..cols.1).unwrap_or_default();
        let mut packed = 0u64;
        let mut aux = 0u64;
        let mut best = u8::MAX;
        let (sw, sws) = match weights {
            None => {
                for &code in codes {
                    let k = self.class(table, code);
                    packed += k.packed;
                    aux += k.aux;
                    best = best.min(k.min_key);
                }
                (packed & 0xFFFF, packed >> 32)
            }
            Some((a, b)) => {
                let (mut sw, mut sws) = (0u64, 0u64);
                let ws = self.weights.get(a..b).unwrap_or_default();
                for (&code, &w) in codes.iter().zip(ws) {
                    let k = self.class(table, code);
                    packed += k.packed;
                    aux += k.aux;
                    best = best.min(k.min_key);
                    sw += w * u64::from(k.scored);
                    sws += w * k.level;
                }
                (sw, sws)
            }
        };
        let cnt = Counts {
            total: codes.len() as u32 - (aux >> 32) as u32,
            rated: (aux & 0xFFFF_FFFF) as u32,
            na: ((packed >> 16) & 0xFFFF) as u32,
            counted_weight: sw as f64,
        };
        let value = if minimum {
            if best == u8::MAX {
                f64::NAN
            } else {
                f64::from(best)
            }
        } else if sw == 0 {
            f64::NAN
        } else {
            sws as f64 / sw as f64
        };
        (value, cnt)
    }

    /// The score and counts of a [`Rule::General`] node, in the floating-point arithmetic of
    /// `score.rs` (adding `w × 0` for a cell without a level leaves a sum unchanged).
    fn score_general(
        &self,
        table: &[Class; 256],
        (minimum, pooled): (bool, bool),
        items: (usize, usize),
        row: &[i8],
        ns: &[f64],
        counts: &[Counts],
    ) -> (f64, Counts) {
        let (mut sw, mut sws, mut best, mut scored) = (0.0f64, 0.0f64, f64::INFINITY, 0u32);
        let mut cnt = Counts::default();
        for item in self.items.get(items.0..items.1).unwrap_or_default() {
            match *item {
                Item::Indicator(col, w) => {
                    let k = self.class(table, row.get(col).copied().unwrap_or(CELL_MISSING));
                    cnt.total += 1 - k.dna;
                    cnt.rated += k.rated;
                    cnt.na += k.na;
                    scored += k.scored;
                    let wm = w * k.mask;
                    cnt.counted_weight += wm;
                    sw += wm;
                    sws += wm * k.value;
                    if k.scored != 0 && k.value < best {
                        best = k.value;
                    }
                }
                Item::Node(idx, w) => {
                    let s = ns.get(idx).copied().unwrap_or(f64::NAN);
                    let child = counts.get(idx).copied().unwrap_or_default();
                    let w = if pooled { child.counted_weight } else { w };
                    cnt.add(child);
                    if !s.is_nan() {
                        scored += 1;
                        sw += w;
                        sws += w * s;
                        if s < best {
                            best = s;
                        }
                    }
                }
            }
        }
        let value = if minimum {
            if scored > 0 {
                best
            } else {
                f64::NAN
            }
        } else if sw == 0.0 {
            f64::NAN
        } else {
            sws / sw
        };
        (value, cnt)
    }

    /// Scores consecutive rows into their slices of the output, with the numbers of the
    /// per-assessment scorer (`score.rs`).
    pub(crate) fn score_rows(
        &self,
        cells: &[i8],
        cols: usize,
        unknown_as_zero: bool,
        out: (&mut [f64], &mut [i8], &mut [f64]),
    ) {
        let (score, level, coverage) = out;
        let [exclude, zero] = &self.classes;
        let table: &[Class; 256] = if unknown_as_zero { zero } else { exclude };
        let width = self.width();
        let n = self.nodes.len();
        // Per node: its score (NaN for none) and the counts of the indicators below it.
        let mut ns = vec![f64::NAN; n];
        let mut counts = vec![Counts::default(); n];
        let rows = cells
            .chunks_exact(cols.max(1))
            .zip(score.chunks_exact_mut(width))
            .zip(level.chunks_exact_mut(width))
            .zip(coverage.chunks_exact_mut(width));
        for (((row, score), level), coverage) in rows {
            // Children before parents: nodes are in pre-order.
            for (ni, node) in self.nodes.iter().enumerate().rev() {
                let (value, cnt) = match node.rule {
                    Rule::Whole { cols, weights } => {
                        self.score_whole(table, node.minimum, cols, weights, row)
                    }
                    Rule::General { items } => self.score_general(
                        table,
                        (node.minimum, node.pooled),
                        items,
                        row,
                        &ns,
                        &counts,
                    ),
                };
                if let Some(x) = ns.get_mut(ni) {
                    *x = value;
                }
                if let Some(x) = counts.get_mut(ni) {
                    *x = cnt;
                }
            }
            // Overall: mean of the domains (not outcomes) with a score; counts over their
            // indicators.
            let (mut sw, mut sws) = (0.0f64, 0.0f64);
            let mut all = Counts::default();
            for &(d, w) in &self.domains {
                let s = ns.get(d).copied().unwrap_or(f64::NAN);
                if !s.is_nan() {
                    sw += w;
                    sws += w * s;
                }
                all.add(counts.get(d).copied().unwrap_or_default());
            }
            let overall = if sw == 0.0 { f64::NAN } else { sws / sw };
            let values = std::iter::once((overall, all))
                .chain(ns.iter().copied().zip(counts.iter().copied()));
            for (((s, cnt), sc), (lv, cv)) in values
                .zip(score.iter_mut())
                .zip(level.iter_mut().zip(coverage.iter_mut()))
            {
                *sc = s;
                *lv = if s.is_nan() { -1 } else { self.level(s) };
                let applicable = cnt.total - cnt.na;
                *cv = if applicable > 0 {
                    f64::from(cnt.rated) / f64::from(applicable)
                } else {
                    f64::NAN
                };
            }
        }
    }
}
