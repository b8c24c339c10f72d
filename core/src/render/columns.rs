//! The one naming convention of every table of results (the batch summary, a series of rounds,
//! `score_frame`'s DataFrame): `<node>_<measure>`, the node id with its dots written as
//! underscores. The names need no quoting in SQL, Spark, R or pandas' attribute access.

/// The measures a table of results gives for each node, in column order.
pub const MEASURES: [&str; 3] = ["score", "level", "coverage"];

/// The column of one measure of one node: `overall` and `score` give `overall_score`,
/// `inst.info` and `level` give `inst_info_level`.
///
/// ```
/// use lhs_maturity::column_name;
/// assert_eq!(column_name("overall", "score"), "overall_score");
/// assert_eq!(column_name("inst.info", "level"), "inst_info_level");
/// assert_eq!(column_name("inst.info.routine_data", "coverage"), "inst_info_routine_data_coverage");
/// ```
pub fn column_name(node: &str, measure: &str) -> String {
    let mut out = String::with_capacity(node.len() + measure.len() + 1);
    out.extend(node.chars().map(|c| if c == '.' { '_' } else { c }));
    out.push('_');
    out.push_str(measure);
    out
}

/// The type of a column of results: every column may be empty (null) in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ResultType {
    /// A score or a coverage: a 64-bit float; empty when nothing is rated (a score) or when
    /// nothing applies (a coverage).
    Float64,
    /// A level: an 8-bit integer; empty when the node has no score.
    Int8,
}

/// One column of a table of scores (`score_frame`'s result, its polars and Arrow forms, the
/// Dask and Spark schemas): its name, the node and measure it holds, and its type.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ResultColumn {
    /// [`column_name`] of the node and measure.
    pub name: String,
    /// `overall`, a domain or a sub-domain id.
    pub node: String,
    /// One of [`MEASURES`].
    pub measure: &'static str,
    /// The column's type.
    #[serde(rename = "type")]
    pub dtype: ResultType,
}

impl crate::Framework {
    /// The columns of a table of scores, in order: for `overall`, then every domain and
    /// sub-domain ([`Framework::matrix_nodes`](crate::Framework::matrix_nodes)), its score
    /// (float64), level (int8) and coverage (float64). Every table of scores made from a
    /// DataFrame, in any library, has these columns after the metadata columns it copies.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ResultType};
    /// let cols = Framework::builtin().result_columns();
    /// assert_eq!(cols[0].name, "overall_score");
    /// assert_eq!((cols[4].name.as_str(), cols[4].dtype), ("inst_level", ResultType::Int8));
    /// assert_eq!(cols.len(), 3 * Framework::builtin().matrix_nodes().len());
    /// ```
    pub fn result_columns(&self) -> Vec<ResultColumn> {
        let mut out = Vec::new();
        for node in self.matrix_nodes() {
            for measure in MEASURES {
                let dtype = if measure == "level" {
                    ResultType::Int8
                } else {
                    ResultType::Float64
                };
                out.push(ResultColumn {
                    name: column_name(&node, measure),
                    node: node.clone(),
                    measure,
                    dtype,
                });
            }
        }
        out
    }
}
