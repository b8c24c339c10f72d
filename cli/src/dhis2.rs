//! `lhs-maturity export dhis2` and `export dhis2-metadata`.
