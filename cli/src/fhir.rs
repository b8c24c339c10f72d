//! `lhs-maturity export fhir-questionnaire`, `export fhir-response` and `import fhir-response`.
