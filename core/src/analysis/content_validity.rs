//! The content-validity kit: experts rate the relevance of each indicator (1–4); the item-level
//! content validity index (I-CVI), the modified kappa that corrects it for chance agreement, and
//! the scale-level indices S-CVI/Ave and S-CVI/UA (`spec/SCORING.md` §26).

use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::compiled::Framework;
use crate::render::template::CsvOut;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One expert's relevance rating of one indicator: 1 not relevant, 2 somewhat relevant, 3 quite
/// relevant, 4 highly relevant; `None` when the expert left it blank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RelevanceRating {
    /// Who rated (a name or a code).
    pub expert: String,
    /// The indicator id.
    pub indicator: String,
    /// The rating, 1–4, or `null` when left blank.
    pub relevance: Option<u8>,
}

/// The content validity of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ItemValidity {
    /// The indicator id.
    pub id: String,
    /// Its short label.
    pub name: String,
    /// How many experts rated it.
    pub experts: u32,
    /// How many rated it 3 or 4.
    pub relevant: u32,
    /// `relevant / experts`; `null` when nobody rated it.
    pub i_cvi: Option<f64>,
    /// The modified kappa `(I-CVI − Pc) / (1 − Pc)`; `null` when undefined.
    pub kappa: Option<f64>,
    /// `excellent`, `good`, `fair`, `poor`, `too few experts` or `not rated`.
    pub interpretation: String,
}

/// The content validity of a framework, from an expert panel's relevance ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "ContentValidity")]
pub struct ContentValidity {
    /// How many experts rated at least one indicator.
    pub experts: u32,
    /// Every indicator of the framework, in framework order.
    pub items: Vec<ItemValidity>,
    /// The mean I-CVI of the indicators rated; `null` when none is.
    pub s_cvi_ave: Option<f64>,
    /// The share of the rated indicators with an I-CVI of 1; `null` when none is rated.
    pub s_cvi_ua: Option<f64>,
}

/// `n!/(a!(n−a)!) · 0.5^n`, the chance that `a` of `n` experts agree on relevance by chance.
fn chance(n: u32, a: u32) -> f64 {
    let mut c = 1.0f64;
    for k in 0..a {
        c = c * f64::from(n - k) / f64::from(k + 1);
    }
    c * 0.5f64.powi(n as i32)
}

fn interpretation(n: u32, i_cvi: Option<f64>, kappa: Option<f64>) -> &'static str {
    match (n, i_cvi, kappa) {
        (0, ..) => "not rated",
        (1..=2, ..) => "too few experts",
        (3..=5, Some(i), _) if i >= 1.0 => "excellent",
        (3..=5, ..) => "poor",
        (_, _, Some(k)) if k > 0.74 => "excellent",
        (_, _, Some(k)) if k >= 0.60 => "good",
        (_, _, Some(k)) if k >= 0.40 => "fair",
        _ => "poor",
    }
}

impl Framework {
    /// The content validity of this framework from relevance ratings: per indicator the I-CVI,
    /// the modified kappa and its interpretation, and S-CVI/Ave and S-CVI/UA. A rating outside
    /// 1–4 or of an indicator the framework does not have is an error (all of them reported,
    /// with the rating's position `/<index>`); a blank rating leaves that expert out of that
    /// indicator.
    ///
    /// ```
    /// use lhs_maturity::{analysis::RelevanceRating, Framework};
    /// let fw = Framework::builtin();
    /// let r = |e: &str, l: u8| RelevanceRating { expert: e.into(), indicator: "inst.info.routine_data".into(), relevance: Some(l) };
    /// let cv = fw.content_validity(&[r("a", 4), r("b", 3), r("c", 2)]).unwrap();
    /// let item = &cv.items[0];
    /// assert_eq!((item.experts, item.relevant), (3, 2));
    /// assert!((item.i_cvi.unwrap() - 2.0 / 3.0).abs() < 1e-12);
    /// // Pc = 3 * 0.5^3 = 0.375; kappa = (0.6667 - 0.375) / 0.625
    /// assert!((item.kappa.unwrap() - (2.0 / 3.0 - 0.375) / 0.625).abs() < 1e-12);
    /// assert_eq!(item.interpretation, "poor");
    /// ```
    pub fn content_validity(&self, ratings: &[RelevanceRating]) -> Result<ContentValidity, Error> {
        let mut errors = Vec::new();
        let mut per: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
        let mut experts: BTreeMap<&str, ()> = BTreeMap::new();
        for (i, r) in ratings.iter().enumerate() {
            if self.indicator(&r.indicator).is_none() {
                errors.push(i18n::diagnostic(
                    Severity::Error,
                    "input.unknown_indicator",
                    format!("/{i}/indicator"),
                    &[
                        ("source", "ratings".into()),
                        ("id", r.indicator.as_str().into()),
                        ("framework", self.id().into()),
                        ("version", self.version().into()),
                        ("hint", "none".into()),
                    ],
                ));
                continue;
            }
            match r.relevance {
                None => {}
                Some(v @ 1..=4) => {
                    per.entry(r.indicator.as_str()).or_default().push(v);
                    experts.insert(r.expert.as_str(), ());
                }
                Some(v) => errors.push(i18n::diagnostic(
                    Severity::Error,
                    "input.invalid_relevance",
                    format!("/{i}/relevance"),
                    &[
                        ("source", "ratings".into()),
                        ("value", v.to_string().into()),
                        ("id", r.indicator.as_str().into()),
                        ("expert", r.expert.as_str().into()),
                    ],
                )),
            }
        }
        if !errors.is_empty() {
            return Err(Error::Input(errors));
        }
        let items: Vec<ItemValidity> = self
            .indicators()
            .into_iter()
            .map(|ind| {
                let given = per.get(ind.id.as_str()).map_or(&[][..], Vec::as_slice);
                let n = given.len() as u32;
                let a = given.iter().filter(|&&v| v >= 3).count() as u32;
                let i_cvi = (n > 0).then(|| f64::from(a) / f64::from(n));
                let pc = chance(n, a);
                let kappa = i_cvi.filter(|_| pc < 1.0).map(|i| (i - pc) / (1.0 - pc));
                ItemValidity {
                    name: ind.name,
                    id: ind.id,
                    experts: n,
                    relevant: a,
                    i_cvi,
                    kappa,
                    interpretation: interpretation(n, i_cvi, kappa).to_owned(),
                }
            })
            .collect();
        let rated: Vec<f64> = items.iter().filter_map(|i| i.i_cvi).collect();
        let k = rated.len() as f64;
        Ok(ContentValidity {
            experts: experts.len() as u32,
            s_cvi_ave: (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / k),
            s_cvi_ua: (!rated.is_empty())
                .then(|| rated.iter().filter(|&&x| x >= 1.0).count() as f64 / k),
            items,
        })
    }

    /// The blank relevance form of an expert panel, as CSV: one row per indicator with its id,
    /// name and statement, and empty `relevance` (1–4) and `comment` columns. Read back filled
    /// with [`Framework::read_relevance_csv`].
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let form = fw.relevance_form_csv();
    /// assert!(form.starts_with("\u{feff}indicator,name,statement,relevance,comment\r\n"));
    /// assert_eq!(form.lines().count(), fw.indicator_count() + 1);
    /// ```
    pub fn relevance_form_csv(&self) -> String {
        let mut csv = CsvOut::crlf();
        for h in ["indicator", "name", "statement", "relevance", "comment"] {
            csv.raw(h);
        }
        csv.end();
        for i in self.indicators() {
            csv.text(&i.id)
                .text(&i.name)
                .text(&i.statement)
                .raw("")
                .raw("")
                .end();
        }
        format!("\u{feff}{}", csv.finish())
    }

    /// Reads one filled relevance form (the CSV of [`Framework::relevance_form_csv`], or any
    /// CSV with the columns `indicator` and `relevance`, and optionally `expert`): the ratings
    /// of `expert` (or of the `expert` column). Every bad cell is reported with its row and
    /// column.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let r = fw.read_relevance_csv("indicator,relevance\ninst.info.routine_data,4\ninst.info.me_integration,\n", "a").unwrap();
    /// assert_eq!(r.len(), 2);
    /// assert_eq!(r[1].relevance, None);
    /// let e = fw.read_relevance_csv("indicator,relevance\ninst.info.routine_data,high\n", "a").unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("input.invalid_relevance", "/rows/0/relevance"));
    /// ```
    pub fn read_relevance_csv(
        &self,
        text: &str,
        expert: &str,
    ) -> Result<Vec<RelevanceRating>, Error> {
        let text = crate::read::file::strip_bom(text);
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map(|h| h.iter().map(|x| x.trim().to_ascii_lowercase()).collect())
            .map_err(|e| {
                Error::Input(vec![i18n::diagnostic(
                    Severity::Error,
                    "input.invalid_csv",
                    "",
                    &[("detail", e.to_string().into())],
                )])
            })?;
        let col = |name: &str| header.iter().position(|h| h == name);
        let (Some(ic), Some(rc)) = (col("indicator"), col("relevance")) else {
            return Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.missing_column",
                "/header",
                &[],
            )]));
        };
        let ec = col("expert");
        let mut out = Vec::new();
        let mut errors = Vec::new();
        for (row, rec) in reader.records().enumerate() {
            let rec = match rec {
                Ok(r) => r,
                Err(e) => {
                    errors.push(i18n::diagnostic(
                        Severity::Error,
                        "input.invalid_csv",
                        format!("/rows/{row}"),
                        &[("detail", e.to_string().into())],
                    ));
                    continue;
                }
            };
            let line = rec.position().map_or(0, |p| p.line());
            let cell = |c: usize| rec.get(c).unwrap_or("").trim();
            let id = cell(ic);
            if id.is_empty() {
                continue;
            }
            let relevance = match cell(rc) {
                "" => None,
                v => match v.parse::<u8>() {
                    Ok(x @ 1..=4) => Some(x),
                    _ => {
                        errors.push(
                            i18n::diagnostic(
                                Severity::Error,
                                "input.invalid_relevance",
                                format!("/rows/{row}/relevance"),
                                &[
                                    ("source", "form".into()),
                                    ("row", (row + 1).to_string().into()),
                                    ("id", id.into()),
                                    ("value", v.into()),
                                ],
                            )
                            .at_text(line, rc as u64 + 1),
                        );
                        continue;
                    }
                },
            };
            if self.indicator(id).is_none() {
                errors.push(
                    i18n::diagnostic(
                        Severity::Error,
                        "input.unknown_indicator",
                        format!("/rows/{row}/indicator"),
                        &[
                            ("source", "form".into()),
                            ("row", (row + 1).to_string().into()),
                            ("id", id.into()),
                            ("framework", self.id().into()),
                            ("version", self.version().into()),
                            ("hint", "none".into()),
                        ],
                    )
                    .at_text(line, ic as u64 + 1),
                );
                continue;
            }
            let who = ec.map(cell).filter(|e| !e.is_empty()).unwrap_or(expert);
            out.push(RelevanceRating {
                expert: who.to_owned(),
                indicator: id.to_owned(),
                relevance,
            });
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(Error::Input(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chance_agreement_matches_hand_computed_values() {
        // Polit, Beck & Owen (2007), table 2: 6 experts, 5 agree: Pc = 6 * 0.5^6 = 0.094.
        assert!((chance(6, 5) - 0.09375).abs() < 1e-12);
        assert!((chance(3, 3) - 0.125).abs() < 1e-12);
        assert!((chance(10, 10) - 0.5f64.powi(10)).abs() < 1e-15);
        // kappa for 6 experts, 5 relevant: (0.8333 - 0.0938) / 0.9063 = 0.816 (the paper's 0.82).
        let i: f64 = 5.0 / 6.0;
        let k = (i - 0.09375) / (1.0 - 0.09375);
        assert!((k - 0.8160).abs() < 1e-3);
        assert_eq!(interpretation(6, Some(i), Some(k)), "excellent");
        assert_eq!(interpretation(4, Some(0.75), Some(0.6)), "poor");
        assert_eq!(interpretation(2, Some(1.0), Some(0.3)), "too few experts");
    }
}
