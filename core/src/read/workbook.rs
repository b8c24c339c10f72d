//! The filled Excel template read back as an assessment.
