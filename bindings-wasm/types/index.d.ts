// The data types of the lhs-maturity package. The document types (FrameworkSpec, Assessment,
// Report, Diagnostic, ErrorInfo, the analyses' results and their parts) are generated from
// spec/schema/ into schema.d.ts; this file adds the few argument and result types that have no
// schema file.
export * from "./schema.js";
import type { Consensus, Diagnostic, Estimate, LevelSpread, MigrationMap, PoolMethod, Report, UnitKind, UnknownRule, WeightsModel } from "./schema.js";

/** Options of `score`, `scoreJSON` and `scoreMany`. */
export interface ScoreOptions {
  /** A target level for every indicator without one of its own; replaces the assessment's
   * `default_target`. A whole number from 0 to the top level. */
  defaultTarget?: number | null;
  /** The language of names and descriptors in the report (falls back to English). */
  language?: string | null;
  /** How `unknown` answers count: left out of the scores (`"exclude"`, the default) or as
   * level 0 (`"zero"`, flagged in the report). Read by the core, in any case. */
  unknown?: UnknownRule | null;
  /** Add how sure the scores are to the report (`report.uncertainty`, spec/SCORING.md §28):
   * `true` for the defaults, or the options of `Framework#uncertainty` (without `unknown`, which
   * is the report's). */
  uncertainty?: boolean | Omit<UncertaintyOptions, "unknown"> | null;
}

/** Options of `Framework#render`: what to draw, and how to score (as `score`, without
 * `uncertainty`). */
export interface AssessmentRenderOptions extends Omit<ScoreOptions, "uncertainty"> {
  /** The Markdown report (`"markdown"`, the default), the radar chart of the domain scores
   * (`"radar"`, SVG) or the bar chart of the learning profile (`"facets"`, SVG). */
  format?: "markdown" | "radar" | "facets" | null;
  /** With `format: "facets"`: the facets to draw, by id (default: every facet of the report). */
  facets?: string[] | null;
}

/** Options of `Framework#uncertainty` (spec/schema/uncertainty-options.schema.json, in
 * camelCase). */
export interface UncertaintyOptions {
  /** Monte Carlo draws when more than `maxExact` answers are uncertain (default 10,000). */
  draws?: number | null;
  /** The seed: a whole number up to 2**53 - 1 (default 2021). The same seed gives the same
   * numbers in Python and on the command line. */
  seed?: number | null;
  /** The most uncertain answers enumerated exactly (default 10). */
  maxExact?: number | null;
  /** The chances per confidence; those left out keep their defaults (high 0.9/0.05, medium
   * 0.7/0.15, low 0.5/0.25, unstated as medium). */
  model?: { high?: LevelSpread; medium?: LevelSpread; low?: LevelSpread; unstated?: LevelSpread } | null;
  /** How `unknown` answers count, as in `score`. */
  unknown?: UnknownRule | null;
}

/** Options of `Framework#robustness` (spec/schema/robustness-options.schema.json, in camelCase,
 * with `labels`). */
export interface RobustnessOptions {
  /** The units' names in the result, one per assessment (default: each `unit.id`, else its
   * name, else its position). */
  labels?: string[] | null;
  /** Base points of the Sobol' design, a power of 2 (default 1024); the runs are
   * n × (factors + 2). */
  n?: number | null;
  /** The seed of the design, the rating draws and the bootstrap: a whole number up to
   * 2**53 - 1 (default 2021). The same seed gives the same numbers in Python and on the
   * command line. */
  seed?: number | null;
  /** How far each weight moves, as a share of it (default 0.25; 0: not varied; below 1). */
  weightsSpread?: number | null;
  /** Each weight by its own uniform factor (`"uniform"`, the default), or a set of siblings'
   * shares from a Dirichlet distribution around the framework's (`"dirichlet"`). */
  weightsModel?: WeightsModel | null;
  /** Nodes whose aggregation is varied between mean and minimum (default none). */
  aggregationNodes?: string[] | null;
  /** Vary the treatment of missing answers: left out, or counted as 0 (default true). */
  missing?: boolean | null;
  /** Vary every rated answer's level by its confidence (default true). */
  rating?: boolean | null;
  /** The chances per confidence, as for `Framework#uncertainty`. */
  model?: { high?: LevelSpread; medium?: LevelSpread; low?: LevelSpread; unstated?: LevelSpread } | null;
  /** The k of P(unit in the top k) (default 3). */
  topK?: number | null;
  /** Pairs of unit labels [A, B] whose P(A ranks above B) is wanted. */
  pairs?: [string, string][] | null;
  /** Bootstrap resamples of the Sobol' indices' intervals (default 1000; 0: none). */
  bootstrap?: number | null;
  /** Leave every rank out (default true): ranks single units out. */
  publishable?: boolean | null;
}

/** Options of `Framework#indicators`. */
export interface IndicatorsOptions {
  /** The kind of unit: each indicator's `effective_weight` is then its share of the overall
   * score for that kind (0 where it does not apply). Any case; default: every indicator
   * applies. */
  unitKind?: UnitKind | null;
}

/** Options of `Framework#template`. */
export interface TemplateOptions {
  /** The kind of unit: `unit.kind` filled in, only the indicators that apply to it, in the
   * wording adapted to it. */
  unitKind?: UnitKind | null;
  /** The language of the framework's texts and the instructions (falling back to English; load
   * the language first, `loadLanguage`). Default English. */
  language?: string | null;
}

/** Options of `Framework#migrate`. */
export interface MigrateOptions {
  /** A migration map to use instead of the built-in one (an object or its JSON text). */
  map?: MigrationMap | string | null;
}

/** One expert's relevance rating of one indicator, as `Framework#contentValidity` takes them
 * and `Framework#readRelevanceCsv` returns them. */
export interface RelevanceRating {
  /** Who rated (a name or a code). */
  expert: string;
  /** The indicator id. */
  indicator: string;
  /** 1 not relevant, 2 somewhat, 3 quite, 4 highly relevant; `null` when left blank. */
  relevance: number | null;
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

/** Options of `Framework#poolBootstrap` (camelCase; the JSON document is
 * `BootstrapOptionsDocument`, with the pooling options under `pool`): those of `pool`, and the
 * resamples of the bootstrap. */
export interface PoolBootstrapOptions extends PoolOptions {
  /** Resamples of the respondents, with 8 respondents or more (default 1000, at least 1). */
  resamples?: number | null;
  /** The seed of the draws (default 2021). */
  seed?: number | null;
  /** The coverage of the intervals, between 0 and 1 (default 0.9: the 5% and 95% quantiles). */
  level?: number | null;
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
  /** `true`: the units are a sample, and the means of groups of at least 10 units get a 90%
   * bootstrap interval (`mean_interval`); `false` (default): a census, whose group means have
   * no sampling error. */
  sample?: boolean | null;
  /** The resamples of those intervals (default 1000). */
  resamples?: number | null;
  /** Their seed (default 2021). */
  seed?: number | null;
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

/** Options of `renderRobustness`. */
export interface RobustnessRenderOptions {
  /** `"markdown"` (default): a Markdown report; `"html"`: a self-contained page with each
   * unit's interval drawn; `"svg"`: that chart alone. */
  format?: "markdown" | "html" | "svg" | null;
  /** The language of the rendering (default `"en"`; load others with `addLanguage` first). */
  language?: string | null;
}

/** Options of `renderMarkdown`, `radarChart`, `facetChart` and `renderHtml`. */
export interface RenderOptions {
  /** The language of the rendering's own words and numbers (default: the report's `language`,
   * the one it was scored in). The framework's texts in the report (names, descriptors) stay in
   * the language it was scored in: score with `{ language }` for a report wholly in one. */
  language?: string | null;
}

/** A language pack, as `languages/<lang>.json` of the package holds it and `addLanguage` takes
 * it (the object or its JSON text). */
export interface LanguagePack {
  /** The language tag, e.g. `"fr"`, `"pt-PT"` (not `"en"`: English is built in). */
  language: string;
  /** The built-in framework's texts in the language, by text key (as in
   * `spec/i18n/lhs-2021.<lang>.json`), for the framework's latest version. */
  framework?: { id: string; version: string; texts: { [key: string]: string } } | null;
  /** The message catalog of the language (Fluent): the report, command line, page and
   * diagnostics catalogs joined. */
  messages?: string | null;
}

/** The arguments of a message: texts, and whole numbers ≥ 0 (written in the language's
 * notation; they choose the plural form). Other numbers: write them with `formatDecimal` or
 * `formatPercent` first. */
export type MessageArgs = { [name: string]: string | number | null | undefined };

/** A CLDR plural category. */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/** One language of a framework (`Framework#languageStatus`): its review status and how many
 * of the framework's texts exist in it. */
export interface LanguageStatus {
  /** BCP 47 tag. */
  code: string;
  /** The language's name in itself (`Français`, `العربية`). */
  name: string;
  /** `source` (English), `provisional` (translated, not yet reviewed), `reviewed`, or
   * `undeclared` (some texts have it, the framework does not declare it). */
  status: "source" | "provisional" | "reviewed" | "undeclared" | (string & {});
  /** Who signed the translation off. */
  reviewer?: string;
  /** Texts that exist in the language. */
  translated: number;
  /** Texts of the framework. */
  total: number;
  /** The JSON Pointer of the first text that lacks it. */
  first_missing?: string;
}

/** Options of `loadLanguage`. */
export interface LoadLanguageOptions {
  /** The directory of the packs (`<lang>.json`), instead of the package's `languages/`: a URL
   * (relative to the page in browsers), or in Node a directory path or a `file:` URL. */
  baseUrl?: string | URL | null;
}

/** What `loadLanguage` resolves to. */
export interface LoadedLanguage {
  /** The language now available: the one asked for (negotiated), or `"en"`. */
  language: string;
  /** `language.unavailable` (or the pack's error code) when the text stays in English; a
   * warning, never an error. */
  warning: Diagnostic | null;
  /** The pack's own warnings (`framework.unknown_text_key`). */
  warnings: Diagnostic[];
}
