//! Effective weights of the built-in framework's indicators per unit kind (min / median / max).
//!
//! `cargo run -p lhs-maturity --example weights`
use lhs_maturity::{Framework, UnitKind};

fn main() {
    let fw = Framework::builtin();
    for kind in UnitKind::ALL {
        let mut w: Vec<f64> = fw
            .indicators_for(Some(kind))
            .iter()
            .map(|i| i.effective_weight)
            .filter(|w| *w > 0.0)
            .collect();
        w.sort_by(f64::total_cmp);
        let (min, max) = (
            w.first().copied().unwrap_or(0.0),
            w.last().copied().unwrap_or(0.0),
        );
        let median = w.get(w.len() / 2).copied().unwrap_or(0.0);
        println!(
            "{:<12} {:>2} scored indicators  min {:.4}  median {:.4}  max {:.4}  max/min {:.2}",
            kind.as_str(),
            w.len(),
            min,
            median,
            max,
            max / min
        );
    }
}
