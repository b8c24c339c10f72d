//! The Excel template of a framework.
