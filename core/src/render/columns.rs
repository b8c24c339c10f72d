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
