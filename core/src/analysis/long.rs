//! The long format: one row per (unit, rater, indicator) with the level, ready for item-response
//! analyses (Rasch, Mokken) in other tools.

use crate::model::assessment::{Assessment, Rating};
use crate::model::compiled::Framework;
use crate::render::template::CsvOut;
use crate::score::build::{answer_rating, unit_kind_of};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One rating in the long format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LongRow {
    /// The unit's id (else its name).
    pub unit: Option<String>,
    /// The unit's kind.
    pub unit_kind: Option<String>,
    /// The period.
    pub period: Option<String>,
    /// Who rated: the respondent's id, else name, else role.
    pub rater: Option<String>,
    /// The indicator id.
    pub indicator: String,
    /// Its domain.
    pub domain: String,
    /// The level (from the answer or its elements); `null` when not rated.
    pub level: Option<u32>,
    /// `rated`, `na`, `unknown`, `missing` or `does_not_apply`.
    pub status: String,
}

impl Framework {
    /// Every assessment as rows of the long format, one per indicator of the framework, in
    /// assessment then framework order.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"unit": {"id": "kis", "kind": "district"}, "respondent": {"id": "r1"},
    ///     "answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let rows = fw.long_rows(&[a]);
    /// assert_eq!(rows.len(), fw.indicator_count());
    /// assert_eq!((rows[0].rater.as_deref(), rows[0].level, rows[0].status.as_str()), (Some("r1"), Some(2), "rated"));
    /// assert!(rows.iter().any(|r| r.status == "does_not_apply"));
    /// ```
    pub fn long_rows(&self, assessments: &[Assessment]) -> Vec<LongRow> {
        let c = &*self.0;
        let mut out = Vec::with_capacity(assessments.len() * c.indicators.len());
        for a in assessments {
            let kind = unit_kind_of(c, a);
            let unit = a.unit.as_ref();
            let who = a.respondent.as_ref().and_then(|r| {
                r.id.clone()
                    .or_else(|| r.name.clone())
                    .or_else(|| r.role.clone())
            });
            let answers = c.answer_per_indicator(&a.answers);
            for (ind, answer) in c.indicators.iter().zip(answers) {
                let rating = answer.and_then(|x| answer_rating(c, ind, x));
                let (level, status) = match rating {
                    _ if !ind.applies_to(kind) => (None, "does_not_apply"),
                    Some(Rating::Level(l)) => (Some(l), "rated"),
                    Some(Rating::NotApplicable) => (None, "na"),
                    Some(Rating::Unknown) => (None, "unknown"),
                    None => (None, "missing"),
                };
                out.push(LongRow {
                    unit: unit.and_then(|u| u.id.clone().or_else(|| u.name.clone())),
                    unit_kind: unit.and_then(|u| u.kind.clone()),
                    period: a.period.clone(),
                    rater: who.clone(),
                    indicator: ind.spec.id.clone(),
                    domain: c
                        .domains
                        .get(ind.domain)
                        .and_then(|&d| c.nodes.get(d))
                        .map_or_else(String::new, |n| n.id.to_string()),
                    level,
                    status: status.to_owned(),
                });
            }
        }
        out
    }

    /// [`Framework::long_rows`] as CSV (`unit,unit_kind,period,rater,indicator,domain,level,status`;
    /// an empty `level` when not rated). Text cells that a spreadsheet would read as a formula
    /// start with `'`.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let a = Assessment::from_json(r#"{"unit": {"id": "=cmd"}, "answers": {}}"#).unwrap();
    /// let csv = Framework::builtin().long_csv(&[a]);
    /// assert!(csv.starts_with("unit,unit_kind,period,rater,indicator,domain,level,status\n"));
    /// assert!(csv.lines().nth(1).unwrap().starts_with("'=cmd,"));
    /// ```
    pub fn long_csv(&self, assessments: &[Assessment]) -> String {
        let mut csv = CsvOut::new(&[
            "unit",
            "unit_kind",
            "period",
            "rater",
            "indicator",
            "domain",
            "level",
            "status",
        ]);
        for r in self.long_rows(assessments) {
            for v in [&r.unit, &r.unit_kind, &r.period, &r.rater] {
                csv.text(v.as_deref().unwrap_or(""));
            }
            csv.text(&r.indicator).text(&r.domain);
            csv.raw(&r.level.map(|l| l.to_string()).unwrap_or_default());
            csv.raw(&r.status).end();
        }
        csv.finish()
    }
}
