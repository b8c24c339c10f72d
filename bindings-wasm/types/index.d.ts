// The data types of the lhs-maturity package. The document types (FrameworkSpec, Assessment,
// Report, Diagnostic, ErrorInfo and their parts) are generated from spec/schema/ into
// schema.d.ts; this file adds the few argument and result types that have no schema file.
export * from "./schema.js";

/** Options of `score`, `scoreJSON` and `scoreMany`. */
export interface ScoreOptions {
  /** A target level for every indicator without one of its own; replaces the assessment's
   * `default_target`. A whole number from 0 to the top level. */
  defaultTarget?: number | null;
  /** The language of names and descriptors in the report (falls back to English). */
  language?: string | null;
}

/** One indicator with its place in the framework, as `Framework#indicators()` lists it. */
export interface IndicatorInfo {
  /** The indicator id. */
  id: string;
  /** The id of its top-level domain. */
  domain: string;
  /** The id of the node that holds it (its sub-domain). */
  subdomain: string;
  /** Short label (English). */
  name: string;
  /** The statement to rate (English). */
  statement: string;
  /** Its weight among its siblings. */
  weight: number;
  /** Its share of the overall score. */
  share: number;
  /** Its facet tags: facet id → value ids. */
  facets: { [facet: string]: string[] };
  /** The section of the source report it rests on. */
  reference?: string;
}
