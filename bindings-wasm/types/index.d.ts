// The data types of the lhs-maturity package. The document types (FrameworkSpec, Assessment,
// Report, Diagnostic, ErrorInfo, the analyses' results and their parts) are generated from
// spec/schema/ into schema.d.ts; this file adds the few argument and result types that have no
// schema file.
export * from "./schema.js";
import type { Consensus, Estimate, PoolMethod, Report } from "./schema.js";

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

/** A report as the analyses (and `renderMarkdown`, `radarChart`, `facetChart`) take it: the
 * object `score` returns, or its JSON text (`scoreJSON`'s result). */
export type ReportInput = Report | string;

/** Options of `Framework#pool` (camelCase; the JSON document of the command line and the other
 * bindings is `PoolOptionsDocument`). */
export interface PoolOptions {
  /** How the rated levels are combined: `median` (default; the lower middle value for an even
   * count), `mean` (rounded half up) or `mode` (ties: the lower level). */
  method?: PoolMethod | null;
  /** Pool assessments of different units, periods or framework versions anyway (default
   * `false`: refused with `input.pool_mismatch`). */
  allowMismatch?: boolean | null;
  /** Levels agreed in a consensus meeting, overriding the pooled ones: indicator id →
   * `{ level: 2 | "na" | "unknown", rationale: "why" }`. */
  consensus?: { [indicator: string]: Consensus } | null;
}

/** Options of `cohort` (camelCase; the JSON document is `CohortOptionsDocument`). */
export interface CohortOptions {
  /** Group the units by `kind` or any other label of their `unit` (e.g. `"region"`); units
   * without it form the group `(none)`. Default: one group of all units. */
  groupBy?: string | null;
  /** Groups with fewer units are suppressed: their statistics are `null` (default 5). */
  minGroup?: number | null;
  /** `true` (default): leave out the unit ranks (`units` is empty), so that the result can be
   * published; `false`: include each unit's percentile rank, for internal use. */
  publishable?: boolean | null;
}

/** The distance metric of Krippendorff's alpha. */
export type Metric = "ordinal" | "interval";

/** Ratings as `krippendorffAlpha` and `icc` (`data[rater][unit]`) and `cronbachAlpha`
 * (`rows[unit][item]`) take them: rows of numbers (arrays or typed arrays), `null`,
 * `undefined` or `NaN` for a missing rating. Rows may differ in length. */
export type RatingMatrix = ReadonlyArray<ArrayLike<number | null | undefined>>;

/** A statistic (`krippendorffAlpha`, `cronbachAlpha`): `value` is `null` with a `note` saying
 * why when the data cannot define it (never `NaN`). */
export interface AlphaResult extends Estimate {
  value: number | null;
  note: string | null;
  /** The units used: pairable units (at least two ratings) for Krippendorff's alpha, complete
   * rows for Cronbach's alpha. */
  units: number;
}

/** The result of `icc`: ICC(2,1) and ICC(2,k), and the units rated by every rater. */
export interface IccResult {
  icc2_1: Estimate;
  icc2_k: Estimate;
  units: number;
}
