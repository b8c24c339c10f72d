//! Charts of a report as inline SVG: a radar of the domain scores and a bar chart of the
//! learning profile (facets). The output is deterministic (same report, same bytes), valid XML,
//! self-contained (no fonts, scripts or links) and every text from a document is escaped.
//!
//! The texts are in the report's language (`Report::language`), numbers in its notation;
//! coordinates are plain numbers. Right to left, the root carries `direction="rtl"` (so that
//! Arabic lines are laid out as such and `text-anchor` is read in that direction), the bar
//! chart is mirrored and the radar keeps its geometry with its labels anchored the other way
//! round. No invisible direction mark is ever written.

use crate::error::Error;
use crate::render::escape::escape_html;
#[cfg(test)]
use crate::render::measure::wrap_chars as wrap;
use crate::render::measure::{text_width, wrap_px};
use crate::render::words::{Words, V};
use crate::score::report::{NodeResult, Report, ScoreSummary};
use std::fmt::Write;

/// Fill colours of the levels, from the lowest to the highest (colour-blind safe diverging
/// palette); a scale with another number of levels picks colours by relative position.
const LEVEL_COLORS: [&str; 5] = ["#d73027", "#fc8d59", "#e0c341", "#91cf60", "#1a9850"];

/// The colours of the charts' texts. The charts have no background of their own: they are drawn
/// on white (the page's card, the report's body), and the radar's level numbers may lie on its
/// score area (#2c7fb8 at a quarter opacity over white: #cadfed). Each colour is at least 4.5:1
/// on both (WCAG 2.2 AA, 1.4.3, for text of any size): names, values and headings (#222222:
/// 15.9:1 on white, 11.6:1 on the area), bar names and the legend (#333333: 12.6:1, 9.2:1), the
/// level numbers and `no score` (#595959: 7.0:1, 5.1:1; #777777 was 4.48:1 on white).
const TEXT: &str = "#222222";
const TEXT_SOFT: &str = "#333333";
const TEXT_MUTED: &str = "#595959";

/// The colour of a text drawn on each level's colour (the report's level badges): white on the
/// red of the lowest level (4.8:1), near-black on the others (5.1:1 to 10.8:1); at least 4.5:1
/// each (WCAG 2.2 AA, 1.4.3).
const LEVEL_INKS: [&str; 5] = ["#ffffff", "#111111", "#111111", "#111111", "#111111"];

/// The index in [`LEVEL_COLORS`] of `level` on a scale whose top level is `max`.
fn level_index(level: u32, max: u32) -> usize {
    let last = LEVEL_COLORS.len() - 1;
    if max == 0 {
        last
    } else {
        ((f64::from(level.min(max)) / f64::from(max)) * last as f64).round() as usize
    }
}

/// The colour of a text drawn on [`level_color`]`(level, max)`.
pub(crate) fn level_ink(level: u32, max: u32) -> &'static str {
    LEVEL_INKS
        .get(level_index(level, max))
        .copied()
        .unwrap_or("#111111")
}

/// The colour of `level` on a scale whose top level is `max`.
///
/// ```
/// assert_eq!(lhs_maturity::level_color(0, 4), "#d73027");
/// assert_eq!(lhs_maturity::level_color(4, 4), "#1a9850");
/// assert_eq!(lhs_maturity::level_color(1, 1), "#1a9850");
/// ```
pub fn level_color(level: u32, max: u32) -> &'static str {
    LEVEL_COLORS
        .get(level_index(level, max))
        .copied()
        .unwrap_or("#888888")
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

/// A score with two decimals in the report's language, or `no score`.
fn score_label(w: &Words, s: &ScoreSummary) -> String {
    s.score
        .map_or_else(|| w.t("report-no-score"), |v| w.num(v, 2))
}

fn top_level(r: &Report) -> u32 {
    r.scale.len().saturating_sub(1) as u32
}

/// The faces the charts ask for: one with Arabic letters first for a language written in them.
fn font_family(lang: &str) -> &'static str {
    match lang.split(['-', '_']).next().unwrap_or_default() {
        "ar" | "fa" | "ur" | "ps" => {
            "'Noto Sans', 'Helvetica Neue', Helvetica, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Geeza Pro', Arial, sans-serif"
        }
        _ => "Helvetica, Arial, sans-serif",
    }
}

fn open_svg(out: &mut String, w: &Words, id: &str, size: (u32, u32), title: &str, desc: &str) {
    let (width, height) = size;
    // Right to left, `text-anchor` is read in the text's direction: `start` is the right end.
    let dir = if w.rtl() { " direction=\"rtl\"" } else { "" };
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{id}\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         font-family=\"{}\" font-size=\"12\"{dir}>\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        font_family(w.lang),
        escape_html(title),
        escape_html(desc)
    );
}

/// Which way a text runs from its anchor, on the page: a radar keeps its geometry right to left,
/// so its labels keep their side and change their `text-anchor`.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Grow {
    /// To the right of the anchor (`start` left to right).
    Right,
    /// To the left (`end` left to right).
    Left,
    /// Centred on it.
    Both,
}

impl Grow {
    fn anchor(self, rtl: bool) -> &'static str {
        match (self, rtl) {
            (Grow::Both, _) => "middle",
            (Grow::Right, false) | (Grow::Left, true) => "start",
            (Grow::Right, true) | (Grow::Left, false) => "end",
        }
    }

    /// The left and right ends of a text `width` wide anchored at `x`.
    fn span(self, x: f64, width: f64) -> (f64, f64) {
        match self {
            Grow::Right => (x, x + width),
            Grow::Left => (x - width, x),
            Grow::Both => (x - width / 2.0, x + width / 2.0),
        }
    }
}

/// The size of the radar chart (at least: long labels make it taller).
const RADAR_SIZE: (f64, f64) = (500.0, 400.0);
/// The font size and line height of the radar's labels.
const RADAR_FONT: f64 = 13.0;
const RADAR_LINE: f64 = 15.0;
/// How wide a radar label's line may be at most (8.5 em), and the margin it keeps from the
/// edges of the chart.
const RADAR_LABEL_MAX: f64 = 8.5 * RADAR_FONT;
const EDGE: f64 = 6.0;
/// Bold text is this much wider than regular text, by estimate.
const BOLD: f64 = 1.1;

/// A radar (spider) chart of the domain scores: one axis per domain from 0 at the centre to the
/// top level at the rim, a ring per level, the scores as a filled polygon and, when the
/// assessment sets targets, the mean target of each domain's rated indicators as a dashed line.
/// A domain without a score is drawn at the centre with a hollow marker and labelled `no score`.
/// With fewer than three domains a radar has no area, so a bar chart is drawn instead.
///
/// The texts are in the report's language; right to left, the radar keeps its geometry and its
/// labels are anchored the other way round. Labels wrap to the room they have.
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
    let w = Words::plain(&r.language);
    // The outcome domains are reported apart, not on the radar of the overall score.
    let domains: Vec<&NodeResult> = r.domains.iter().filter(|d| !d.outcome).collect();
    let axes = domains.len();
    let title = w.t("svg-radar-title");
    if axes < 3 {
        let rows: Vec<(String, &ScoreSummary)> = domains
            .iter()
            .map(|d| (d.name.to_string(), &d.score))
            .collect();
        return bar_chart(r, &w, "radar-chart", &title, &[(String::new(), rows)]);
    }
    let mut g = Radar {
        cx: RADAR_SIZE.0 / 2.0,
        cy: 195.0,
        radius: 108.0,
        axes,
        max: top_level(r).max(1),
    };
    let mut labels: Vec<AxisLabel> = domains
        .iter()
        .enumerate()
        .map(|(i, d)| g.label(&w, i, d))
        .collect();
    // Labels that would rise above the chart push it down.
    let highest = labels.iter().map(|l| l.y).fold(f64::INFINITY, f64::min);
    let shift = (RADAR_FONT + 1.0 - highest).max(0.0);
    if shift > 0.0 {
        g.cy += shift;
        labels = domains
            .iter()
            .enumerate()
            .map(|(i, d)| g.label(&w, i, d))
            .collect();
    }
    let with_targets = domains.iter().any(|d| d.score.targets.with_target > 0);
    let h = radar_height(&w, &labels, with_targets);
    let sep = w.t("svg-list-separator");
    let parts: Vec<String> = domains
        .iter()
        .map(|d| {
            let score = score_label(&w, &d.score);
            w.msg(
                "svg-item",
                &[("name", V::Text(&d.name)), ("score", V::Text(&score))],
            )
        })
        .collect();
    let desc = w.msg(
        "svg-radar-desc",
        &[
            ("top", V::Count(g.max.into())),
            ("scores", V::Text(&parts.join(&sep))),
        ],
    );
    let mut out = String::new();
    open_svg(
        &mut out,
        &w,
        "radar-chart",
        (RADAR_SIZE.0 as u32, h),
        &title,
        &desc,
    );
    g.grid(&mut out, &w);
    radar_shapes(&mut out, &g, &domains);
    for (i, (d, label)) in domains.iter().zip(&labels).enumerate() {
        g.marker(&mut out, i, d);
        label.write(&mut out, w.rtl());
    }
    // Over the markers, so that a narrow interval stays visible.
    radar_intervals(&mut out, &w, &g, &domains, r);
    radar_legend(&mut out, &w, h, with_targets);
    out.push_str("</g></svg>");
    out
}

/// The polygons of the targets (when set) and of the scores.
fn radar_shapes(out: &mut String, g: &Radar, domains: &[&NodeResult]) {
    // Targets: the mean target of the rated indicators with one, per domain.
    let targets: Vec<Option<f64>> = domains
        .iter()
        .map(|d| {
            let t = &d.score.targets;
            (t.with_target > 0).then(|| f64::from(t.total_target) / f64::from(t.with_target))
        })
        .collect();
    if targets.iter().any(Option::is_some) {
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
}

/// With the report's uncertainty, each domain's 90% interval (independent rating errors) as a
/// line along its axis with a cap at each end, its values in the line's title.
fn radar_intervals(out: &mut String, w: &Words, g: &Radar, domains: &[&NodeResult], r: &Report) {
    let Some(u) = &r.uncertainty else {
        return;
    };
    out.push_str("<g class=\"intervals\" stroke=\"#08306b\" stroke-width=\"2\">");
    for (i, d) in domains.iter().enumerate() {
        let node = u.nodes.iter().find(|n| n.id == d.id.as_str());
        let Some([low, high]) = node.and_then(|n| n.independent.interval) else {
            continue;
        };
        let title = w.msg(
            "svg-interval",
            &[
                ("name", V::Text(&d.name)),
                ("low", V::Text(&w.num(low, 2))),
                ("high", V::Text(&w.num(high, 2))),
            ],
        );
        let a = g.angle(i);
        let (cx, cy) = (-a.sin() * 6.0, a.cos() * 6.0);
        let _ = write!(out, "<g><title>{}</title>", escape_html(&title));
        let line = |out: &mut String, (x1, y1): (f64, f64), (x2, y2): (f64, f64)| {
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                n(x1),
                n(y1),
                n(x2),
                n(y2)
            );
        };
        let (p, q) = (g.point(i, low), g.point(i, high));
        line(out, p, q);
        for (x, y) in [p, q] {
            line(out, (x - cx, y - cy), (x + cx, y + cy));
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
}

/// The legend's texts, and the room (from the edge) its box takes across.
fn legend_texts(w: &Words, with_targets: bool) -> (String, Option<String>, f64) {
    let score = w.t("svg-legend-score");
    let target = with_targets.then(|| w.t("svg-legend-target"));
    let widest = target
        .iter()
        .chain(std::iter::once(&score))
        .map(|t| text_width(t, 10.0))
        .fold(0.0, f64::max);
    (score, target, 27.0 + widest)
}

/// The height of the radar chart: enough for its labels, and for the legend under them when a
/// label reaches down to it.
fn radar_height(w: &Words, labels: &[AxisLabel], with_targets: bool) -> u32 {
    let (_, _, legend_w) = legend_texts(w, with_targets);
    let (legend_l, legend_r) = if w.rtl() {
        (RADAR_SIZE.0 - legend_w, RADAR_SIZE.0)
    } else {
        (0.0, legend_w)
    };
    let bottom = |l: &AxisLabel| l.y + RADAR_LINE * (l.lines.len() as f64 - 1.0) + 4.0;
    let lowest = labels.iter().map(bottom).fold(0.0, f64::max);
    let h = RADAR_SIZE.1.max((lowest + EDGE).ceil());
    let over_legend = labels
        .iter()
        .filter(|l| bottom(l) > h - 36.0)
        .map(|l| l.span())
        .any(|(left, right)| left < legend_r && right > legend_l);
    if over_legend {
        (lowest + 38.0).ceil() as u32
    } else {
        h as u32
    }
}

/// The geometry of a radar chart.
struct Radar {
    cx: f64,
    cy: f64,
    radius: f64,
    axes: usize,
    max: u32,
}

/// A domain's name (wrapped) and score, outside the rim of the radar.
struct AxisLabel {
    x: f64,
    /// The first line's baseline.
    y: f64,
    grow: Grow,
    lines: Vec<String>,
    /// How many of the lines are the name (the others, the score, are bold).
    name_lines: usize,
}

impl AxisLabel {
    /// The left and right ends of the widest line.
    fn span(&self) -> (f64, f64) {
        let widest = self
            .lines
            .iter()
            .enumerate()
            .map(|(k, l)| self.line_width(k, l))
            .fold(0.0, f64::max);
        self.grow.span(self.x, widest)
    }

    fn line_width(&self, k: usize, line: &str) -> f64 {
        let bold = if k >= self.name_lines { BOLD } else { 1.0 };
        text_width(line, RADAR_FONT * bold)
    }

    fn write(&self, out: &mut String, rtl: bool) {
        let _ = write!(
            out,
            "<text class=\"axis-label\" text-anchor=\"{}\" x=\"{}\" y=\"{}\" fill=\"{TEXT}\" font-size=\"13\">",
            self.grow.anchor(rtl),
            n(self.x),
            n(self.y)
        );
        for (k, line) in self.lines.iter().enumerate() {
            let dy = if k == 0 { 0.0 } else { RADAR_LINE };
            let weight = if k >= self.name_lines {
                " font-weight=\"bold\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<tspan x=\"{}\" dy=\"{}\"{weight}>{}</tspan>",
                n(self.x),
                n(dy),
                escape_html(line)
            );
        }
        out.push_str("</text>");
    }
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

    /// The level rings, the axes and the level numbers (beside the first axis, on the side
    /// text starts from).
    fn grid(&self, out: &mut String, w: &Words) {
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
        let _ = write!(
            out,
            "</g><g class=\"level-numbers\" fill=\"{TEXT_MUTED}\" font-size=\"9\">"
        );
        let side = if w.rtl() { -4.0 } else { 4.0 };
        for level in 0..=self.max {
            let (x, y) = self.point(0, f64::from(level));
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\">{}</text>",
                n(x + side),
                n(y - 2.0),
                w.count(level)
            );
        }
        out.push_str("</g>");
    }

    /// The marker of one domain's score.
    fn marker(&self, out: &mut String, i: usize, d: &NodeResult) {
        let (x, y) = self.point(i, d.score.score.unwrap_or(0.0));
        let (fill, color) = match d.score.level {
            Some(l) => (level_color(l, self.max), "#2c7fb8"),
            None => ("#ffffff", TEXT_MUTED),
        };
        let _ = write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"1.5\"/>",
            n(x),
            n(y)
        );
    }

    /// One domain's name, wrapped to the room between the rim and the edge of the chart, and
    /// its score.
    fn label(&self, w: &Words, i: usize, d: &NodeResult) -> AxisLabel {
        let a = self.angle(i);
        let (lx, ly) = (
            self.cx + (self.radius + 16.0) * a.cos(),
            self.cy + (self.radius + 16.0) * a.sin(),
        );
        let grow = if a.cos() > 0.3 {
            Grow::Right
        } else if a.cos() < -0.3 {
            Grow::Left
        } else {
            Grow::Both
        };
        let (width, _) = RADAR_SIZE;
        let room = match grow {
            Grow::Right => width - EDGE - lx,
            Grow::Left => lx - EDGE,
            Grow::Both => 2.0 * (lx - EDGE).min(width - EDGE - lx),
        };
        let mut lines = wrap_px(&d.name, room.min(RADAR_LABEL_MAX), RADAR_FONT);
        let name_lines = lines.len();
        lines.extend(wrap_px(&score_label(w, &d.score), room, RADAR_FONT * BOLD));
        let total = RADAR_LINE * lines.len() as f64;
        // Above the chart, grow upwards; below, downwards; at the sides, centre vertically.
        let y = if a.sin() < -0.3 {
            ly - total + RADAR_LINE * 0.8
        } else if a.sin() > 0.3 {
            ly + RADAR_LINE * 0.8
        } else {
            ly - total / 2.0 + RADAR_LINE * 0.8
        };
        AxisLabel {
            x: lx,
            y,
            grow,
            lines,
            name_lines,
        }
    }
}

/// The legend of the radar, in the bottom corner where text starts (left, or right when the
/// language is written right to left).
fn radar_legend(out: &mut String, w: &Words, h: u32, with_targets: bool) {
    let (score, target, _) = legend_texts(w, with_targets);
    let width = RADAR_SIZE.0;
    let x = |v: f64| {
        if w.rtl() {
            n(width - v)
        } else {
            format!("{v}")
        }
    };
    let rect_x = if w.rtl() { width - 22.0 } else { 8.0 };
    let _ = write!(
        out,
        "<g class=\"legend\" font-size=\"10\" fill=\"{TEXT_SOFT}\"><rect x=\"{}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"#2c7fb8\" fill-opacity=\"0.25\" stroke=\"#2c7fb8\"/><text x=\"{}\" y=\"{}\">{}</text>",
        if w.rtl() { n(rect_x) } else { format!("{rect_x}") },
        h - 34,
        x(27.0),
        h - 25,
        escape_html(&score)
    );
    if let Some(target) = target {
        let _ = write!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/><text x=\"{}\" y=\"{}\">{}</text>",
            x(8.0),
            h - 12,
            x(22.0),
            h - 12,
            x(27.0),
            h - 8,
            escape_html(&target)
        );
    }
}

/// A horizontal bar chart of the learning profile: for every facet, one bar per value, with the
/// score on the scale 0 to the top level, coloured by level; a value with no rated indicator
/// shows `no score` and no bar.
///
/// The texts are in the report's language; right to left, the chart is mirrored (the bars grow
/// from the right). Names wrap to the room they have.
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
    let w = Words::plain(&r.language);
    bar_chart(
        r,
        &w,
        "facet-chart",
        &w.t("svg-facets-title"),
        &facet_groups(r),
    )
}

/// The bar chart of [`facet_chart`] for some facets of the report only: those named in `ids`, in
/// the report's order (a profile of the learning loop, level and means, without the stakeholder
/// groups).
///
/// ```
/// let r = lhs_maturity::Framework::builtin()
///     .score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let svg = lhs_maturity::facet_chart_of(&r, &["means", "loop"]).unwrap();
/// assert!(svg.contains("Learning loop") && svg.contains("Means of learning"));
/// assert!(!svg.contains("Stakeholder group"));
/// let err = lhs_maturity::facet_chart_of(&r, &["loop", "colour"]).unwrap_err();
/// assert_eq!((err.code(), err.path()), ("argument.invalid_value", "/facets/1"));
/// ```
///
/// # Errors
///
/// `argument.invalid_value` at `/facets/<i>` for an id the report has no facet of, with the
/// report's facet ids as the choices.
pub fn facet_chart_of<S: AsRef<str>>(r: &Report, ids: &[S]) -> Result<String, Error> {
    let known: Vec<&str> = r.facets.iter().map(|f| f.id.as_str()).collect();
    let unknown = ids
        .iter()
        .map(AsRef::as_ref)
        .enumerate()
        .find(|(_, id)| !known.contains(id));
    if let Some((i, id)) = unknown {
        let choices: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
        let args = [
            ("name", "facets".into()),
            ("expected", "choice".into()),
            ("value", id.into()),
        ];
        return Err(
            Error::argument_at(format!("/facets/{i}"), "argument.invalid_value", &args)
                .with_value("choices", &choices.join(", ")),
        );
    }
    let wanted = |id: &str| ids.iter().any(|x| x.as_ref() == id);
    let groups: Groups<'_> = facet_groups(r)
        .into_iter()
        .zip(&r.facets)
        .filter(|(_, f)| wanted(f.id.as_str()))
        .map(|(g, _)| g)
        .collect();
    let w = Words::plain(&r.language);
    Ok(bar_chart(
        r,
        &w,
        "facet-chart",
        &w.t("svg-facets-title"),
        &groups,
    ))
}

/// The facets of a report as groups of named scores.
type Groups<'a> = Vec<(String, Vec<(String, &'a ScoreSummary)>)>;

fn facet_groups(r: &Report) -> Groups<'_> {
    r.facets
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
        .collect()
}

/// The layout of a bar chart: the column of names, the bars and the room right of them.
const BAR_LABEL_W: f64 = 235.0;
const BAR_W: f64 = 215.0;
const BAR_RIGHT: f64 = 50.0;
/// The height of a row and of a group's heading (one line each), the step of a further line,
/// and the room above the first row.
const BAR_ROW_H: f64 = 19.0;
const BAR_HEAD_H: f64 = 23.0;
const BAR_LINE: f64 = 14.0;
const BAR_TOP: f64 = 26.0;
const BAR_FONT: f64 = 12.0;

/// The room a bar chart's names have: a value's name left of its bar, a group's heading
/// across the chart.
pub(crate) const BAR_NAME_ROOM: f64 = BAR_LABEL_W - 10.0;
pub(crate) const BAR_HEAD_ROOM: f64 = BAR_LABEL_W + BAR_W + BAR_RIGHT - 8.0;

/// One group of bars, its heading and names wrapped to their room.
struct BarGroup<'a> {
    head: Vec<String>,
    rows: Vec<(Vec<String>, &'a ScoreSummary)>,
}

fn bar_groups<'a>(groups: &'a [(String, Vec<(String, &ScoreSummary)>)]) -> Vec<BarGroup<'a>> {
    groups
        .iter()
        .map(|(name, values)| BarGroup {
            head: wrap_px(name, BAR_HEAD_ROOM, BAR_FONT * BOLD),
            rows: values
                .iter()
                .map(|(v, s)| (wrap_px(v, BAR_NAME_ROOM, BAR_FONT), *s))
                .collect(),
        })
        .collect()
}

/// The extra height of a text of `lines` lines over one line.
fn extra_lines(lines: &[String]) -> f64 {
    BAR_LINE * lines.len().saturating_sub(1) as f64
}

/// The lines of a text: as they are for one line, as `tspan`s at `x` for more.
fn text_lines(out: &mut String, x: &str, lines: &[String]) {
    match lines {
        [one] => out.push_str(&escape_html(one)),
        _ => {
            for (k, line) in lines.iter().enumerate() {
                let dy = if k == 0 { 0.0 } else { BAR_LINE };
                let _ = write!(
                    out,
                    "<tspan x=\"{x}\" dy=\"{}\">{}</tspan>",
                    n(dy),
                    escape_html(line)
                );
            }
        }
    }
}

/// The description of a bar chart read by screen readers.
fn bar_desc(w: &Words, max: u32, groups: &[(String, Vec<(String, &ScoreSummary)>)]) -> String {
    let parts: Vec<String> = groups
        .iter()
        .flat_map(|(g, vals)| {
            vals.iter().map(move |(name, s)| {
                let score = score_label(w, s);
                let mut args = vec![("name", V::Text(name)), ("score", V::Text(&score))];
                if g.is_empty() {
                    w.msg("svg-item", &args)
                } else {
                    args.push(("group", V::Text(g)));
                    w.msg("svg-group-item", &args)
                }
            })
        })
        .collect();
    w.msg(
        "svg-bars-desc",
        &[
            ("top", V::Count(max.into())),
            ("scores", V::Text(&parts.join(&w.t("svg-list-separator")))),
        ],
    )
}

/// Bars grouped under headings, scaled 0 to the top level; mirrored right to left.
fn bar_chart(
    r: &Report,
    w: &Words,
    id: &str,
    title: &str,
    groups: &[(String, Vec<(String, &ScoreSummary)>)],
) -> String {
    let max = top_level(r).max(1);
    let laid = bar_groups(groups);
    let rows: f64 = laid
        .iter()
        .flat_map(|g| &g.rows)
        .map(|(lines, _)| BAR_ROW_H + extra_lines(lines))
        .sum();
    let heads: f64 = laid
        .iter()
        .filter(|g| !g.head.is_empty())
        .map(|g| BAR_HEAD_H + extra_lines(&g.head))
        .sum();
    let height = (BAR_TOP + rows + heads + 10.0).ceil() as u32;
    let width = BAR_LABEL_W + BAR_W + BAR_RIGHT;
    let mut out = String::new();
    let desc = bar_desc(w, max, groups);
    open_svg(&mut out, w, id, (width as u32, height), title, &desc);
    let bars = Bars {
        rtl: w.rtl(),
        width,
        max,
    };
    bars.grid(&mut out, w, f64::from(height) - 8.0);
    let mut y = BAR_TOP;
    for group in &laid {
        if !group.head.is_empty() {
            let x = bars.x(4.0);
            let _ = write!(
                out,
                "<text class=\"group\" x=\"{x}\" y=\"{}\" font-weight=\"bold\" fill=\"{TEXT}\">",
                n(y + 15.0)
            );
            text_lines(&mut out, &x, &group.head);
            out.push_str("</text>");
            y += BAR_HEAD_H + extra_lines(&group.head);
        }
        for (lines, s) in &group.rows {
            bars.row(&mut out, w, y, lines, s);
            y += BAR_ROW_H + extra_lines(lines);
        }
    }
    out.push_str("</svg>");
    out
}

/// The horizontal geometry of a bar chart.
struct Bars {
    rtl: bool,
    width: f64,
    max: u32,
}

impl Bars {
    /// A position `v` from the side text starts from: from the left, or right to left from
    /// the right.
    fn x(&self, v: f64) -> String {
        if self.rtl {
            n(self.width - v)
        } else {
            format!("{v}")
        }
    }

    /// The length of a bar up to `level`.
    fn len(&self, level: f64) -> f64 {
        BAR_W * level.clamp(0.0, f64::from(self.max)) / f64::from(self.max)
    }

    /// The position of `level` on the scale.
    fn level_x(&self, level: f64) -> f64 {
        BAR_LABEL_W + self.len(level)
    }

    /// Gridlines and level numbers.
    fn grid(&self, out: &mut String, w: &Words, bottom: f64) {
        out.push_str("<g class=\"grid\" stroke=\"#d5d5d5\" stroke-width=\"1\">");
        for level in 0..=self.max {
            let x = self.at(self.level_x(f64::from(level)));
            let _ = write!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/>",
                n(BAR_TOP - 6.0),
                n(bottom)
            );
        }
        let _ = write!(
            out,
            "</g><g class=\"level-numbers\" fill=\"{TEXT_MUTED}\" font-size=\"9\" text-anchor=\"middle\">"
        );
        for level in 0..=self.max {
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\">{}</text>",
                self.at(self.level_x(f64::from(level))),
                n(BAR_TOP - 10.0),
                w.count(level)
            );
        }
        out.push_str("</g>");
    }

    /// A coordinate as written, mirrored right to left.
    fn at(&self, v: f64) -> String {
        if self.rtl {
            n(self.width - v)
        } else {
            n(v)
        }
    }

    /// One value: its name, its bar and its score, or `no score`.
    fn row(&self, out: &mut String, w: &Words, y: f64, lines: &[String], s: &ScoreSummary) {
        let x0 = BAR_LABEL_W;
        let name_x = self.at(x0 - 6.0);
        // `end` is the side of the bars in both directions: right to left, the text's end is
        // its left.
        let _ = write!(
            out,
            "<text class=\"label\" x=\"{name_x}\" y=\"{}\" text-anchor=\"end\" fill=\"{TEXT_SOFT}\">",
            n(y + 13.0)
        );
        text_lines(out, &name_x, lines);
        out.push_str("</text>");
        match (s.score, s.level) {
            (Some(v), Some(l)) => {
                let len = self.len(v);
                let left = if self.rtl { self.width - x0 - len } else { x0 };
                let _ = write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                    n(left),
                    n(y + 3.0),
                    n(len),
                    n(BAR_ROW_H - 6.0),
                    level_color(l, self.max)
                );
                let _ = write!(
                    out,
                    "<text class=\"value\" x=\"{}\" y=\"{}\" fill=\"{TEXT}\">{}</text>",
                    self.at(x0 + len + 4.0),
                    n(y + 13.0),
                    escape_html(&w.num(v, 2))
                );
            }
            _ => {
                // No italics in Arabic script: a slanted face is not how it marks a difference.
                let style = if self.rtl {
                    ""
                } else {
                    " font-style=\"italic\""
                };
                let _ = write!(
                    out,
                    "<text class=\"value\" x=\"{}\" y=\"{}\" fill=\"{TEXT_MUTED}\"{style}>{}</text>",
                    self.at(x0 + 4.0),
                    n(y + 13.0),
                    escape_html(&w.t("report-no-score"))
                );
            }
        }
    }
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

    /// The relative luminance of a colour `#rrggbb` (WCAG 2.2).
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// Every colour a text of either chart is drawn in (a `fill` on a `<text>` or on the group
    /// around it) is at least 4.5:1 on white and on the radar's score area, #2c7fb8 at a quarter
    /// opacity over white (WCAG 2.2 AA, 1.4.3).
    #[test]
    fn text_colors_have_aa_contrast() {
        // the grey the charts used before: just under the threshold
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.005);
        let area = "#cadfed";
        let r = report(
            r#"{"default_target": 3, "answers": {"inst.info.routine_data": 2, "cap.prov.data_interpretation": 4}}"#,
        );
        let mut seen = std::collections::BTreeSet::new();
        for svg in [radar_chart(&r), facet_chart(&r)] {
            for tag in svg.split('<').filter(|t| {
                t.starts_with("text ")
                    || t.starts_with("g class=\"level-numbers\"")
                    || t.starts_with("g class=\"legend\"")
            }) {
                if let Some(at) = tag.find(" fill=\"#") {
                    seen.insert(tag[at + 7..at + 14].to_owned());
                }
            }
        }
        assert!(
            seen.contains(TEXT_MUTED) && seen.contains(TEXT) && seen.contains(TEXT_SOFT),
            "{seen:?}"
        );
        for c in &seen {
            assert!(
                contrast(c, "#ffffff") >= 4.5,
                "{c} on white: {:.2}",
                contrast(c, "#ffffff")
            );
            assert!(
                contrast(c, area) >= 4.5,
                "{c} on {area}: {:.2}",
                contrast(c, area)
            );
        }
    }

    /// A level's number on its colour (the report's badges) is at least 4.5:1.
    #[test]
    fn level_inks_have_aa_contrast() {
        for level in 0..=4 {
            let (bg, ink) = (level_color(level, 4), level_ink(level, 4));
            assert!(
                contrast(ink, bg) >= 4.5,
                "{ink} on {bg}: {:.2}",
                contrast(ink, bg)
            );
        }
        assert_eq!(level_ink(0, 4), "#ffffff");
        assert_eq!(level_ink(1, 1), "#111111");
    }

    #[test]
    fn colors_cover_the_scale() {
        assert_eq!(level_color(2, 4), "#e0c341");
        assert_eq!(level_color(9, 4), "#1a9850");
        assert_eq!(level_color(0, 0), "#1a9850");
        assert_eq!(level_color(5, 10), "#e0c341");
    }

    fn scored_in(lang: &str, json: &str) -> Report {
        let a = crate::Assessment::from_json(json).unwrap();
        let opts = crate::ScoreOptions {
            language: lang.into(),
            ..Default::default()
        };
        Framework::builtin().score_with(&a, &opts).unwrap()
    }

    /// Every indicator rated, some with targets.
    fn full(lang: &str) -> Report {
        let answers: Vec<String> = Framework::builtin()
            .indicators()
            .iter()
            .enumerate()
            .map(|(k, i)| format!("\"{}\": {}", i.id, k % 5))
            .collect();
        let json = format!(
            "{{\"default_target\": 3, \"answers\": {{{}}}}}",
            answers.join(",")
        );
        scored_in(lang, &json)
    }

    fn radar_labels(r: &Report) -> Vec<AxisLabel> {
        let w = Words::plain(&r.language);
        let domains: Vec<&NodeResult> = r.domains.iter().filter(|d| !d.outcome).collect();
        let g = Radar {
            cx: RADAR_SIZE.0 / 2.0,
            cy: 195.0,
            radius: 108.0,
            axes: domains.len(),
            max: 4,
        };
        domains
            .iter()
            .enumerate()
            .map(|(i, d)| g.label(&w, i, d))
            .collect()
    }

    #[test]
    fn labels_fit_their_room_in_every_language() {
        for lang in crate::i18n::LANGUAGES {
            let r = full(lang);
            for l in radar_labels(&r) {
                let (left, right) = l.span();
                assert!(
                    left >= EDGE - 1e-9 && right <= RADAR_SIZE.0 - EDGE + 1e-9,
                    "{lang}: {:?} spans {left}..{right}",
                    l.lines
                );
                for (k, line) in l.lines.iter().enumerate().take(l.name_lines) {
                    assert!(l.line_width(k, line) <= RADAR_LABEL_MAX, "{lang}: {line}");
                }
            }
            for g in bar_groups(&facet_groups(&r)) {
                for line in &g.head {
                    assert!(
                        text_width(line, BAR_FONT * BOLD) <= BAR_HEAD_ROOM,
                        "{lang}: {line}"
                    );
                }
                for (lines, _) in &g.rows {
                    for line in lines {
                        assert!(
                            text_width(line, BAR_FONT) <= BAR_NAME_ROOM,
                            "{lang}: {line}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn long_french_names_wrap_instead_of_being_cut() {
        let r = full("fr");
        let svg = facet_chart(&r);
        assert!(!svg.contains('…'));
        let long = Framework::builtin()
            .spec()
            .facets
            .iter()
            .flat_map(|f| &f.values)
            .map(|v| v.name.get("fr").to_owned())
            .max_by_key(|n| n.chars().count())
            .unwrap();
        assert!(text_width(&long, BAR_FONT) > BAR_NAME_ROOM, "{long}");
        let lines = wrap_px(&long, BAR_NAME_ROOM, BAR_FONT);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(
                svg.contains(&format!(">{}</tspan>", escape_html(line))),
                "{line}"
            );
        }
        // The wrapped rows make the chart taller than the English one.
        let height = |svg: &str| {
            svg.split("height=\"")
                .nth(1)
                .map(|h| h.split('"').next().unwrap_or("").to_owned())
        };
        let en = facet_chart(&full("en"));
        assert!(
            height(&svg).unwrap().parse::<u32>().unwrap()
                > height(&en).unwrap().parse::<u32>().unwrap()
        );
    }

    #[test]
    fn very_long_names_stay_inside_the_radar() {
        let mut r = full("fr");
        let long = "Institutionnalisation de l'apprentissage organisationnel et collectif dans l'ensemble des services de santé publique";
        for d in &mut r.domains {
            d.name = long.into();
        }
        let labels = radar_labels(&r);
        assert!(labels.iter().any(|l| l.lines.len() > 4));
        let svg = radar_chart(&r);
        let y0 = svg
            .split("class=\"axis-label\"")
            .skip(1)
            .filter_map(|t| {
                t.split(" y=\"")
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse::<f64>()
                    .ok()
            })
            .fold(f64::INFINITY, f64::min);
        assert!(y0 >= RADAR_FONT, "the top label starts at {y0}");
        assert!(
            !svg.contains("height=\"400\""),
            "the radar grows for its labels"
        );
    }

    #[test]
    fn right_to_left_mirrors_the_bars_and_swaps_the_radar_anchors() {
        let en = full("en");
        let ar = full("ar");
        let anchors = |svg: &str| -> Vec<String> {
            svg.split("class=\"axis-label\" text-anchor=\"")
                .skip(1)
                .filter_map(|t| t.split('"').next().map(str::to_owned))
                .collect()
        };
        let swapped: Vec<String> = anchors(&radar_chart(&en))
            .iter()
            .map(|a| match a.as_str() {
                "start" => "end".to_owned(),
                "end" => "start".to_owned(),
                other => other.to_owned(),
            })
            .collect();
        let radar = radar_chart(&ar);
        assert_eq!(anchors(&radar), swapped);
        assert!(radar.contains("direction=\"rtl\""));
        assert!(radar.contains("Noto Naskh Arabic"));
        assert!(!radar_chart(&en).contains("direction="));
        // The bars grow leftwards from the column of names on the right.
        let bars = facet_chart(&ar);
        let mut rects = 0;
        for rect in bars.split("<rect ").skip(1) {
            let attr = |name: &str| -> f64 {
                rect.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|t| t.split('"').next())
                    .and_then(|v| v.parse().ok())
                    .unwrap()
            };
            assert!((attr("x") + attr("width") - (RADAR_SIZE.0 - BAR_LABEL_W)).abs() < 0.11);
            rects += 1;
        }
        assert!(rects > 0);
        assert!(!bars.contains("font-style=\"italic\""));
    }

    #[test]
    fn no_invisible_direction_marks() {
        for lang in crate::i18n::LANGUAGES {
            let r = full(lang);
            for svg in [radar_chart(&r), facet_chart(&r)] {
                assert!(
                    !svg.chars().any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
                    "{lang}"
                );
            }
        }
    }

    #[test]
    fn numbers_follow_the_language_and_coordinates_do_not() {
        let fr = scored_in(
            "fr",
            r#"{"answers": {"inst.info.routine_data": 1, "inst.info.institutional_memory": 2}}"#,
        );
        let radar = radar_chart(&fr);
        assert!(radar.contains(">1,50</tspan>"), "{radar}");
        assert!(radar.contains("points=\"250.0,"));
        let bars = facet_chart(&fr);
        assert!(bars.contains("x=\"235.0\""));
    }
}
