//! Python bindings of `lhs-maturity` (built with maturin as `lhs_maturity._native`).
