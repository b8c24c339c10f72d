//! Charts of a report as inline SVG: a radar of the domain scores and a bar chart of the
//! learning profile (facets). The output is deterministic (same report, same bytes), valid XML,
//! self-contained (no fonts, scripts or links) and every text from a document is escaped.

use crate::render::escape::escape_html;
use crate::score::report::{NodeResult, Report, ScoreSummary};
use std::fmt::Write;

/// Fill colours of the levels, from the lowest to the highest (colour-blind safe diverging
/// palette); a scale with another number of levels picks colours by relative position.
const LEVEL_COLORS: [&str; 5] = ["#d73027", "#fc8d59", "#e0c341", "#91cf60", "#1a9850"];

/// The colour of `level` on a scale whose top level is `max`.
///
/// ```
/// assert_eq!(lhs_maturity::level_color(0, 4), "#d73027");
/// assert_eq!(lhs_maturity::level_color(4, 4), "#1a9850");
/// assert_eq!(lhs_maturity::level_color(1, 1), "#1a9850");
/// ```
pub fn level_color(level: u32, max: u32) -> &'static str {
    let last = LEVEL_COLORS.len() - 1;
    let i = if max == 0 {
        last
    } else {
        ((f64::from(level.min(max)) / f64::from(max)) * last as f64).round() as usize
    };
    LEVEL_COLORS.get(i).copied().unwrap_or("#888888")
}

/// A number with one decimal, as SVG coordinates are written (no `-0.0`).
fn n(x: f64) -> String {
    let s = format!("{x:.1}");
    if s == "-0.0" {
        "0.0".to_owned()
    } else {
        s
    }
}

fn score_label(s: &ScoreSummary) -> String {
    s.score
        .map_or_else(|| "no score".to_owned(), |v| format!("{v:.2}"))
}

/// Splits a label into lines of at most `width` characters at spaces (a longer word stays whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn top_level(r: &Report) -> u32 {
    r.scale.len().saturating_sub(1) as u32
}

fn open_svg(out: &mut String, id: &str, width: u32, height: u32, title: &str, desc: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{id}\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_html(title),
        escape_html(desc)
    );
}

/// A radar (spider) chart of the domain scores: one axis per domain from 0 at the centre to the
/// top level at the rim, a ring per level, the scores as a filled polygon and, when the
/// assessment sets targets, the mean target of each domain's rated indicators as a dashed line.
/// A domain without a score is drawn at the centre with a hollow marker and labelled `no score`.
/// With fewer than three domains a radar has no area, so a bar chart is drawn instead.
///
/// ```
/// let r = lhs_maturity::Framework::builtin()
///     .score_json(r#"{"answers": {"inst.info.routine_data": 2, "cap.prov.data_interpretation": 3}}"#).unwrap();
/// let svg = lhs_maturity::radar_chart(&r);
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
/// assert!(svg.contains("Institutionalizing learning"));
/// assert!(svg.contains("no score")); // cond and proc have no rated indicator
/// assert_eq!(svg, lhs_maturity::radar_chart(&r)); // deterministic
/// ```
pub fn radar_chart(r: &Report) -> String {
    // The outcome domains are reported apart, not on the radar of the overall score.
    let domains: Vec<&NodeResult> = r.domains.iter().filter(|d| !d.outcome).collect();
    let axes = domains.len();
    if axes < 3 {
        let rows: Vec<(String, &ScoreSummary)> = domains
            .iter()
            .map(|d| (d.name.to_string(), &d.score))
            .collect();
        return bar_chart(r, "radar-chart", "Domain scores", &[(String::new(), rows)]);
    }
    let g = Radar {
        cx: 250.0,
        cy: 195.0,
        radius: 108.0,
        axes,
        max: top_level(r).max(1),
    };
    let (w, h) = (500u32, 400u32);
    let parts: Vec<String> = domains
        .iter()
        .map(|d| format!("{} {}", d.name, score_label(&d.score)))
        .collect();
    let desc = format!(
        "Score of each domain on the scale 0 to {}: {}",
        g.max,
        parts.join("; ")
    );
    let mut out = String::new();
    open_svg(&mut out, "radar-chart", w, h, "Domain scores", &desc);
    g.grid(&mut out);
    // Targets: the mean target of the rated indicators with one, per domain.
    let targets: Vec<Option<f64>> = domains
        .iter()
        .map(|d| {
            let t = &d.score.targets;
            (t.with_target > 0).then(|| f64::from(t.total_target) / f64::from(t.with_target))
        })
        .collect();
    let with_targets = targets.iter().any(Option::is_some);
    if with_targets {
        let values: Vec<f64> = targets.iter().map(|t| t.unwrap_or(0.0)).collect();
        let _ = write!(
            out,
            "<polygon class=\"target\" points=\"{}\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>",
            g.polygon(&values)
        );
    }
    let scores: Vec<f64> = domains
        .iter()
        .map(|d| d.score.score.unwrap_or(0.0))
        .collect();
    let _ = write!(
        out,
        "<polygon class=\"scores\" points=\"{}\" fill=\"#2c7fb8\" fill-opacity=\"0.25\" stroke=\"#2c7fb8\" stroke-width=\"2\"/>",
        g.polygon(&scores)
    );
    for (i, d) in domains.iter().enumerate() {
        g.axis_label(&mut out, i, d);
    }
    radar_legend(&mut out, h, with_targets);
    out.push_str("</g></svg>");
    out
}

/// The geometry of a radar chart.
struct Radar {
    cx: f64,
    cy: f64,
    radius: f64,
    axes: usize,
    max: u32,
}

impl Radar {
    fn angle(&self, i: usize) -> f64 {
        -std::f64::consts::FRAC_PI_2 + (i as f64) * std::f64::consts::TAU / self.axes as f64
    }

    /// The point of axis `i` at `value` (clamped to the scale).
    fn point(&self, i: usize, value: f64) -> (f64, f64) {
        let a = self.angle(i);
        let d = self.radius * value.clamp(0.0, f64::from(self.max)) / f64::from(self.max);
        (self.cx + d * a.cos(), self.cy + d * a.sin())
    }

    fn polygon(&self, values: &[f64]) -> String {
        let pts: Vec<String> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let (x, y) = self.point(i, *v);
                format!("{},{}", n(x), n(y))
            })
            .collect();
        pts.join(" ")
    }

    /// The level rings, the axes and the level numbers.
    fn grid(&self, out: &mut String) {
        out.push_str("<g class=\"grid\" fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\">");
        for level in 1..=self.max {
            let ring = vec![f64::from(level); self.axes];
            let _ = write!(out, "<polygon points=\"{}\"/>", self.polygon(&ring));
        }
        for i in 0..self.axes {
            let (x, y) = self.point(i, f64::from(self.max));
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                n(self.cx),
                n(self.cy),
                n(x),
                n(y)
            );
        }
        out.push_str("</g><g class=\"level-numbers\" fill=\"#777777\" font-size=\"9\">");
        for level in 0..=self.max {
            let (x, y) = self.point(0, f64::from(level));
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\">{level}</text>",
                n(x + 4.0),
                n(y - 2.0)
            );
        }
        out.push_str("</g>");
    }

    /// The point of one domain's score, and its name (wrapped) with the score outside the rim.
    fn axis_label(&self, out: &mut String, i: usize, d: &NodeResult) {
        let (x, y) = self.point(i, d.score.score.unwrap_or(0.0));
        let (fill, color) = match d.score.level {
            Some(l) => (level_color(l, self.max), "#2c7fb8"),
            None => ("#ffffff", "#777777"),
        };
        let _ = write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1.5\"/>",
            n(x),
            n(y)
        );
        let a = self.angle(i);
        let (lx, ly) = (
            self.cx + (self.radius + 16.0) * a.cos(),
            self.cy + (self.radius + 16.0) * a.sin(),
        );
        let anchor = if a.cos() > 0.3 {
            "start"
        } else if a.cos() < -0.3 {
            "end"
        } else {
            "middle"
        };
        let mut lines = wrap(&d.name, 18);
        lines.push(score_label(&d.score));
        let line_h = 15.0;
        let total = line_h * lines.len() as f64;
        // Above the chart, grow upwards; below, downwards; at the sides, centre vertically.
        let y0 = if a.sin() < -0.3 {
            ly - total + line_h * 0.8
        } else if a.sin() > 0.3 {
            ly + line_h * 0.8
        } else {
            ly - total / 2.0 + line_h * 0.8
        };
        let _ = write!(
            out,
            "<text class=\"axis-label\" text-anchor=\"{anchor}\" x=\"{}\" y=\"{}\" fill=\"#222222\" font-size=\"13\">",
            n(lx),
            n(y0)
        );
        let last = lines.len().saturating_sub(1);
        for (k, line) in lines.iter().enumerate() {
            let dy = if k == 0 { 0.0 } else { line_h };
            let weight = if k == last {
                " font-weight=\"bold\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<tspan x=\"{}\" dy=\"{}\"{weight}>{}</tspan>",
                n(lx),
                n(dy),
                escape_html(line)
            );
        }
        out.push_str("</text>");
    }
}

fn radar_legend(out: &mut String, h: u32, with_targets: bool) {
    let _ = write!(
        out,
        "<g class=\"legend\" font-size=\"10\" fill=\"#333333\"><rect x=\"8\" y=\"{}\" width=\"14\" height=\"10\" fill=\"#2c7fb8\" fill-opacity=\"0.25\" stroke=\"#2c7fb8\"/><text x=\"27\" y=\"{}\">score</text>",
        h - 34,
        h - 25
    );
    if with_targets {
        let _ = write!(
            out,
            "<line x1=\"8\" y1=\"{}\" x2=\"22\" y2=\"{}\" stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/><text x=\"27\" y=\"{}\">mean target of the rated indicators</text>",
            h - 12,
            h - 12,
            h - 8
        );
    }
}

/// A horizontal bar chart of the learning profile: for every facet, one bar per value, with the
/// score on the scale 0 to the top level, coloured by level; a value with no rated indicator
/// shows `no score` and no bar.
///
/// ```
/// let r = lhs_maturity::Framework::builtin()
///     .score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let svg = lhs_maturity::facet_chart(&r);
/// assert!(svg.contains("Learning loop"));
/// assert!(svg.contains("Single loop"));
/// assert!(svg.ends_with("</svg>"));
/// ```
pub fn facet_chart(r: &Report) -> String {
    let groups: Vec<(String, Vec<(String, &ScoreSummary)>)> = r
        .facets
        .iter()
        .map(|f| {
            (
                f.name.to_string(),
                f.values
                    .iter()
                    .map(|v| (v.name.to_string(), &v.score))
                    .collect(),
            )
        })
        .collect();
    bar_chart(r, "facet-chart", "Learning profile", &groups)
}

/// Bars grouped under headings, scaled 0 to the top level.
fn bar_chart(
    r: &Report,
    id: &str,
    title: &str,
    groups: &[(String, Vec<(String, &ScoreSummary)>)],
) -> String {
    let max = top_level(r).max(1);
    let (label_w, bar_w, right) = (235.0f64, 215.0f64, 50.0f64);
    let (row_h, head_h, top) = (19.0f64, 23.0f64, 26.0f64);
    let rows: usize = groups.iter().map(|(_, v)| v.len()).sum();
    let heads = groups.iter().filter(|(name, _)| !name.is_empty()).count();
    let height = (top + rows as f64 * row_h + heads as f64 * head_h + 10.0).ceil() as u32;
    let width = (label_w + bar_w + right) as u32;
    let mut desc = format!("Score on the scale 0 to {max}: ");
    let parts: Vec<String> = groups
        .iter()
        .flat_map(|(g, vals)| {
            vals.iter().map(move |(name, s)| {
                if g.is_empty() {
                    format!("{name} {}", score_label(s))
                } else {
                    format!("{g}, {name} {}", score_label(s))
                }
            })
        })
        .collect();
    desc.push_str(&parts.join("; "));
    let mut out = String::new();
    open_svg(&mut out, id, width, height, title, &desc);
    let x0 = label_w;
    let bottom = f64::from(height) - 8.0;
    // Gridlines and level numbers.
    out.push_str("<g class=\"grid\" stroke=\"#d5d5d5\" stroke-width=\"1\">");
    for level in 0..=max {
        let x = x0 + bar_w * f64::from(level) / f64::from(max);
        let _ = write!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            n(x),
            n(top - 6.0),
            n(x),
            n(bottom)
        );
    }
    out.push_str(
        "</g><g class=\"level-numbers\" fill=\"#777777\" font-size=\"9\" text-anchor=\"middle\">",
    );
    for level in 0..=max {
        let x = x0 + bar_w * f64::from(level) / f64::from(max);
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\">{level}</text>",
            n(x),
            n(top - 10.0)
        );
    }
    out.push_str("</g>");
    let mut y = top;
    for (group, values) in groups {
        if !group.is_empty() {
            let _ = write!(
                out,
                "<text class=\"group\" x=\"4\" y=\"{}\" font-weight=\"bold\" fill=\"#222222\">{}</text>",
                n(y + 15.0),
                escape_html(group)
            );
            y += head_h;
        }
        for (name, s) in values {
            let mut label = name.clone();
            if label.chars().count() > 38 {
                label = label.chars().take(37).collect::<String>() + "…";
            }
            let _ = write!(
                out,
                "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#333333\">{}</text>",
                n(x0 - 6.0),
                n(y + 13.0),
                escape_html(&label)
            );
            match (s.score, s.level) {
                (Some(v), Some(l)) => {
                    let len = bar_w * v.clamp(0.0, f64::from(max)) / f64::from(max);
                    let _ = write!(
                        out,
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                        n(x0),
                        n(y + 3.0),
                        n(len),
                        n(row_h - 6.0),
                        level_color(l, max)
                    );
                    let _ = write!(
                        out,
                        "<text class=\"value\" x=\"{}\" y=\"{}\" fill=\"#222222\">{v:.2}</text>",
                        n(x0 + len + 4.0),
                        n(y + 13.0)
                    );
                }
                _ => {
                    let _ = write!(
                        out,
                        "<text class=\"value\" x=\"{}\" y=\"{}\" fill=\"#777777\" font-style=\"italic\">no score</text>",
                        n(x0 + 4.0),
                        n(y + 13.0)
                    );
                }
            }
            y += row_h;
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Framework;

    fn report(json: &str) -> Report {
        Framework::builtin().score_json(json).unwrap()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(
            wrap("Optimizing people's learning capacity", 22),
            ["Optimizing people's", "learning capacity"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            ["averyveryverylongword", "x"]
        );
    }

    #[test]
    fn no_negative_zero() {
        assert_eq!(n(-0.01), "0.0");
        assert_eq!(n(12.345), "12.3");
    }

    #[test]
    fn escapes_names_from_the_framework() {
        let mut r = report(r#"{"answers": {"inst.info.routine_data": 2}}"#);
        r.domains[0].name = "<b>&\"x\"".into();
        r.facets[0].values[0].name = "<script>".into();
        let radar = radar_chart(&r);
        assert!(radar.contains("&lt;b&gt;&amp;&quot;x&quot;"));
        assert!(!radar.contains("<b>"));
        let bars = facet_chart(&r);
        assert!(bars.contains("&lt;script&gt;"));
        assert!(!bars.contains("<script>"));
    }

    #[test]
    fn targets_are_drawn_when_set() {
        let r = report(r#"{"default_target": 3, "answers": {"inst.info.routine_data": 2}}"#);
        assert!(radar_chart(&r).contains("class=\"target\""));
        let r = report(r#"{"answers": {"inst.info.routine_data": 2}}"#);
        assert!(!radar_chart(&r).contains("class=\"target\""));
    }

    #[test]
    fn few_domains_fall_back_to_bars() {
        let mut r = report(r#"{"answers": {"inst.info.routine_data": 2}}"#);
        r.domains.truncate(2);
        let svg = radar_chart(&r);
        assert!(svg.contains("<rect"));
        assert!(!svg.contains("<polygon"));
    }

    #[test]
    fn colors_cover_the_scale() {
        assert_eq!(level_color(2, 4), "#e0c341");
        assert_eq!(level_color(9, 4), "#1a9850");
        assert_eq!(level_color(0, 0), "#1a9850");
        assert_eq!(level_color(5, 10), "#e0c341");
    }
}
