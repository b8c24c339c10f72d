//! WebAssembly bindings of `lhs-maturity` (npm package `lhs-maturity`).
