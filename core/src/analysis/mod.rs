//! Analyses that turn many assessments into evidence: pooling the answers of several
//! respondents with their agreement, comparing rounds over time, summarizing cohorts, and
//! checking the reliability of the instrument. The rules are in `spec/SCORING.md` §15–18; the
//! Sobol' sensitivity indices ([`SobolDesign`], [`sobol_indices`]) in §29; whether the results of
//! many units survive other reasonable choices ([`crate::Framework::robustness`]) in §30; the
//! bootstrap of pooled assessments and cohort group means ([`crate::Framework::pool_bootstrap`])
//! in §31.

mod agreement;
mod bootstrap;
mod cohort;
mod compare;
mod content_validity;
mod long;
mod matrix_input;
mod migrate;
mod pool;
mod reliability;
mod robustness;
mod sobol;
mod stats;
mod tables;
mod uncertainty;

pub use crate::render::tables::{ColumnKind, Table, TableColumn};
pub use agreement::{icc2, krippendorff_alpha, Metric};
pub use bootstrap::{
    BootstrapMethod, BootstrapOptions, LeftOutScore, NodeBootstrap, PoolBootstrap, BOOTSTRAP_LEVEL,
    BOOTSTRAP_MIN_GROUP, BOOTSTRAP_MIN_RESPONDENTS, CENSUS_NOTE,
};
pub use cohort::{
    cohort, measures, Cohort, CohortOptions, Group, Measure, MeasureRank, Summary, UnitRank,
    DEFAULT_MIN_GROUP,
};
pub use compare::{
    compare, series, Comparison, DomainScore, IndicatorChange, NodeChange, Series, SeriesRow,
};
pub use content_validity::{ContentValidity, ItemValidity, RelevanceRating};
pub use long::LongRow;
pub use matrix_input::{rating_columns, rating_matrix, Listed, RatingItem, Scalar};
pub use migrate::{
    migrate, Dropped, MapClass, MapItem, Migration, MigrationMap, BUILTIN_MIGRATION_JSON,
};
pub use pool::{
    AgendaItem, Agreement, AgreementStats, Consensus, PoolItem, PoolMethod, PoolOptions,
    PoolResult, RaterValue,
};
pub use reliability::{
    cronbach_alpha, cronbach_alpha_listwise, reliability, ItemDistribution, ItemStats,
    NodeReliability, Reliability,
};
pub use robustness::{
    unit_labels, Factor, FactorIndex, FactorKind, Indices, LeftOut, LeftOutUnit, PairOrder,
    Progress, RankShift, RankSummary, Robustness, RobustnessOptions, Sensitivity,
    SensitivityResult, UnitRobustness, WeightsModel,
};
pub use sobol::{
    sobol_indices, sobol_indices_with, SobolDesign, SobolIndices, SobolOptions,
    SOBOL_INTERVAL_LEVEL, SOBOL_MAX_BASE, SOBOL_MAX_FACTORS,
};
pub use tables::{agreement_table, long_table, NodeNames};
pub use uncertainty::{
    Bounds, LevelSpread, Method, NodeUncertainty, RatingModel, Spread, Uncertainty,
    UncertaintyOptions,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A statistic that may be undefined for the data at hand (one rater, identical ratings...):
/// then `value` is `null` and `note` says why, so that no `NaN` ever leaks into a result.
///
/// ```
/// use lhs_maturity::analysis::Estimate;
/// assert_eq!(Estimate::of(0.5).value, Some(0.5));
/// assert!(Estimate::undefined("one rater").value.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Estimate {
    /// The value, when defined.
    pub value: Option<f64>,
    /// Why the value is not defined.
    pub note: Option<String>,
}

impl Estimate {
    /// A defined value (a non-finite one is reported as undefined).
    ///
    /// ```
    /// assert!(lhs_maturity::analysis::Estimate::of(f64::NAN).value.is_none());
    /// ```
    pub fn of(value: f64) -> Self {
        if value.is_finite() {
            Self {
                value: Some(value),
                note: None,
            }
        } else {
            Self::undefined("the computation gave no finite value")
        }
    }

    /// An undefined value, with the reason.
    ///
    /// ```
    /// let e = lhs_maturity::analysis::Estimate::undefined("why");
    /// assert_eq!(e.note.as_deref(), Some("why"));
    /// ```
    pub fn undefined(note: &str) -> Self {
        Self {
            value: None,
            note: Some(note.to_owned()),
        }
    }
}

/// The one of `all` whose name is `text`, ignoring case and surrounding spaces: how the options
/// named by a word (pooling methods, alpha metrics) are read.
fn named<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str, text: &str) -> Option<T> {
    let text = text.trim();
    all.iter()
        .copied()
        .find(|&x| name(x).eq_ignore_ascii_case(text))
}

/// Every report of a cohort made with the same framework id and version; every other one is
/// an error `input.framework_mismatch` at `/<index>/framework`.
fn one_framework(reports: &[crate::Report]) -> Result<(), crate::Error> {
    let Some(first) = reports.first() else {
        return Ok(());
    };
    let errors: Vec<crate::Diagnostic> = reports
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.framework.id != first.framework.id || r.framework.version != first.framework.version
        })
        .map(|(i, r)| {
            crate::i18n::diagnostic(
                crate::Severity::Error,
                "input.framework_mismatch",
                format!("/{i}/framework"),
                &[
                    ("number", (i + 1).to_string().into()),
                    ("framework", r.framework.id.as_str().into()),
                    ("version", r.framework.version.as_str().into()),
                    ("first_framework", first.framework.id.as_str().into()),
                    ("first_version", first.framework.version.as_str().into()),
                ],
            )
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(crate::Error::Input(errors))
    }
}
