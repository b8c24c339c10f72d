//! The `lhs-maturity` command: blank templates, validation, scoring, HTML reports and batches
//! of learning-health-system self-assessments, and the analyses of many of them (pooling
//! respondents, comparing rounds, cohorts, reliability). Every rule (reading CSV, scoring, rendering)
//! lives in the `lhs-maturity` library; this program reads files, calls it and writes files.
//!
//! Exit status: 0 on success, 1 when an input is invalid or cannot be read or written, 2 on a
//! usage error (an unknown option, a missing argument).

mod analysis;
mod batch;
mod dhis2;
mod fhir;
mod io;
mod lang;
mod migrate;
mod robustness;
mod table;
mod term;
mod uncertainty;

use analysis::json_text;
use clap::{Args, Parser, Subcommand, ValueEnum};
use lang::{n, t, Lang};
use lhs_maturity::analysis::UncertaintyOptions;
use lhs_maturity::{Error, FileFormat, Framework, Report, ScoreOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use table::{Cell, Column, Table, Tone};

/// Exit status when an input is invalid, or a file cannot be read or written.
const INVALID: u8 = 1;

#[derive(Parser)]
#[command(
    name = "lhs-maturity",
    version,
    about = "Score learning-health-system self-assessments (WHO/AHPSR 2021) and write reports",
    long_about = "Score learning-health-system self-assessments against a maturity model (the built-in \
                  `lhs-2021`, after the WHO/AHPSR 2021 report, or your own with --framework) and write \
                  reports.\n\nA typical session: template → fill → validate → score → report → batch.\n\n\
                  For researchers: pool (several respondents of one unit) → compare (two rounds) → \
                  cohort (many units) → reliability (the instrument).",
    after_help = "Examples:\n  lhs-maturity template -o my-district.json\n  lhs-maturity validate my-district.json\n  \
                  lhs-maturity score my-district.json\n  lhs-maturity report my-district.json -o report.html\n  \
                  lhs-maturity batch assessments/ -o summary.csv\n  \
                  lhs-maturity pool respondents/ -o pooled.json\n  \
                  lhs-maturity compare last-year.json pooled.json\n  \
                  lhs-maturity cohort districts/ --group-by region\n  \
                  lhs-maturity --lang fr report my-district.json -o rapport.html\n\n\
                  Languages: tables, summaries, reports and templates are written in English, French (fr), Spanish \
                  (es), Portuguese (pt-PT) or Arabic (ar): --lang, else the locale of LC_ALL, LC_MESSAGES \
                  or LANG (`lhs-maturity framework --languages` lists them). Blank templates are forms in \
                  the language; every other JSON and CSV output is the same in every language.\n\n\
                  Exit status: 0 success, 1 invalid input or unreadable/unwritable file, 2 usage error."
)]
struct Cli {
    /// Use this framework (a JSON file) instead of the built-in `lhs-2021`
    #[arg(long, global = true, value_name = "FILE")]
    framework: Option<PathBuf>,

    /// Use this version of the built-in `lhs-2021` (default: the version the first input
    /// assessment names, else the latest)
    #[arg(
        long,
        global = true,
        value_name = "VERSION",
        conflicts_with = "framework"
    )]
    framework_version: Option<String>,

    /// How `unknown` answers count in scores: `exclude` (left out, the default) or `zero`
    /// (counted as level 0 and flagged)
    #[arg(long, global = true, value_name = "RULE", default_value = "exclude")]
    unknown: lhs_maturity::UnknownRule,

    /// The language of tables, summaries, reports and blank templates: en, fr, es, pt-PT or ar
    /// (`fr_SN`, `pt-BR` are matched to `fr`, `pt-PT`; default: the locale of LC_ALL,
    /// LC_MESSAGES or LANG, else English). An unavailable language gives English and a warning.
    /// Other JSON and CSV outputs are the same in every language
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a blank assessment to fill in: every indicator with its statement and level descriptors
    #[command(
        after_help = "Examples:\n  lhs-maturity template -o kisumu-east.json\n  lhs-maturity template --format csv -o kisumu-east.csv   # for a spreadsheet"
    )]
    Template(TemplateArgs),
    /// Check assessment files (JSON or CSV): every error and warning, with where it is
    #[command(
        after_help = "Examples:\n  lhs-maturity validate kisumu-east.json\n  lhs-maturity validate assessments/*.json survey-export.csv\n\n\
                            Exit status: 0 when every file is valid (warnings allowed), 1 when any file has errors."
    )]
    Validate(ValidateArgs),
    /// Score one assessment and print the report (a table, Markdown or JSON)
    #[command(
        after_help = "Examples:\n  lhs-maturity score spec/examples/district-kisumu-east.json\n  \
                            lhs-maturity score kisumu-east.json --target 3 --format markdown\n  \
                            lhs-maturity score kisumu-east.json --format json -o report.json"
    )]
    Score(ScoreArgs),
    /// Write the report of one assessment as a self-contained HTML page (or Markdown)
    #[command(
        after_help = "Examples:\n  lhs-maturity report spec/examples/district-kisumu-east.json -o report.html\n  \
                            lhs-maturity report kisumu-east.csv --format markdown -o report.md"
    )]
    Report(ReportArgs),
    /// How sure the scores of one assessment are: the range its unknown answers allow, and 90% intervals from the raters' confidence
    #[command(
        after_help = "Examples:\n  lhs-maturity uncertainty spec/examples/district-kisumu-east.json\n  \
                            lhs-maturity uncertainty kisumu-east.json --format csv -o uncertainty.csv\n  \
                            lhs-maturity uncertainty kisumu-east.json --draws 20000 --seed 7 --format json\n\n\
                            Exact with at most --max-exact uncertain answers (every combination), else random draws \
                            from the seed (spec/SCORING.md §28). `report --uncertainty` adds the same to a report."
    )]
    Uncertainty(uncertainty::UncertaintyArgs),
    /// Score many assessments (files, directories, wide CSV files) into one summary
    #[command(
        after_help = "Examples:\n  lhs-maturity batch assessments/ -o summary.csv\n  \
                            lhs-maturity batch survey-export.csv more/*.json -o summary.json\n  \
                            lhs-maturity batch assessments/ --format table\n\n\
                            A wide CSV has one row per assessment and one column per indicator id, plus optional \
                            columns unit_id, unit_name, unit_kind, period, respondent_id, respondent_name, \
                            respondent_role, default_target, framework_id, framework_version.\n\
                            Exit status: 0 when every assessment was scored, 1 when any failed (the others are still \
                            in the summary)."
    )]
    Batch(BatchArgs),
    /// Print the framework, its JSON Schemas, its indicators or its languages
    #[command(
        after_help = "Examples:\n  lhs-maturity framework\n  lhs-maturity framework indicators --format csv\n  \
                            lhs-maturity framework schema assessment\n  lhs-maturity --framework mine.json framework show --format json\n  \
                            lhs-maturity framework --languages   # review status and completeness of each language\n  \
                            lhs-maturity --lang fr framework   # the outline in French"
    )]
    Framework(FrameworkArgs),
    /// Pool the assessments of several respondents of one unit into one, with their agreement and a disagreement agenda
    #[command(
        after_help = "Examples:\n  lhs-maturity pool dho.json hmis.json chv.json -o pooled.json\n  \
                            lhs-maturity pool respondents/ -o pooled.json --method mean\n  \
                            lhs-maturity pool respondents/ --consensus agreed.json -o pooled.json\n  \
                            lhs-maturity pool survey-export.csv --format markdown   # one respondent per row\n\n\
                            -o writes the pooled assessment (score it with `lhs-maturity score pooled.json`); \
                            standard output gets the inter-rater agreement (Krippendorff's alpha, ICC, overall and \
                            per domain) and the disagreement agenda (who rated what, widest range first). Without -o \
                            nothing is written but that summary; `--format json` prints the whole result, the pooled \
                            assessment included.\n\n\
                            A consensus file is one JSON object: {\"inst.info.routine_data\": {\"level\": 2, \
                            \"rationale\": \"agreed on 3 May\"}}.\n\n\
                            Exit status: 0 when pooled, 1 when an input is invalid or the assessments are of different \
                            units, periods or framework versions (unless --allow-mismatch)."
    )]
    Pool(analysis::PoolArgs),
    /// Move an assessment to another version of the built-in framework, keeping every answer and note
    #[command(
        after_help = "Examples:\n  lhs-maturity migrate kisumu-east-2025.json -o kisumu-east-2025-v2.json\n  \
                            lhs-maturity migrate old.json --to 2.0.0 --format json\n\n\
                            The map spec/migrations/lhs-2021-1.0.0-to-2.0.0.json classes every 2.0.0 indicator: \
                            equivalent (the level carries over), merged_duplicate (the main source's level), \
                            merged_conjunctive (the lower level of its sources), revised or new (a proposed level \
                            that is not scored until a rater confirms it). Answers with nowhere to go are kept \
                            under `migration.unmapped`; nothing is dropped."
    )]
    Migrate(migrate::MigrateArgs),
    /// Content validity from an expert panel: I-CVI and modified kappa per indicator, S-CVI/Ave and S-CVI/UA
    #[command(
        name = "content-validity",
        after_help = "Examples:\n  lhs-maturity content-validity --form -o relevance-form.csv   # one copy per expert\n  \
                            lhs-maturity content-validity panel/*.csv\n  \
                            lhs-maturity content-validity panel/ --format csv -o cvi.csv\n\n\
                            Each expert fills the `relevance` column (1 not relevant, 2 somewhat, 3 quite, 4 highly \
                            relevant) of a copy of the form; the expert is the file name, or an `expert` column. \
                            The rules are in spec/SCORING.md §26."
    )]
    ContentValidity(migrate::CvArgs),
    /// Export assessments in other layouts: `long` (one row per unit, rater and indicator, for Rasch or Mokken analysis), or the framework as an XLSForm for ODK and KoboToolbox (`xlsform`) or a FHIR R4 Questionnaire (`fhir-questionnaire`), and assessments as FHIR QuestionnaireResponses (`fhir-response`)
    #[command(
        after_help = "Examples:\n  lhs-maturity export long respondents/ -o long.csv\n  \
                            lhs-maturity export long a.json b.json c.json\n  \
                            lhs-maturity export xlsform -o form.xlsx\n  \
                            lhs-maturity export xlsform --units units.csv --period 2026-Q3,2026-Q4 -o form.xlsx\n  \
                            lhs-maturity export xlsform --form-revision 2 -o form.xlsx   # a fixed form, same framework\n  \
                            lhs-maturity export dhis2-metadata --units units.csv -o dhis2-metadata.json\n  \
                            lhs-maturity export dhis2-mapping --units units.csv -o mapping.json\n  \
                            lhs-maturity export dhis2 --mapping mapping.json reports/ --levels --coverage -o datavalues.json\n  \
                            lhs-maturity --lang fr export fhir-questionnaire --units units.csv -o questionnaire-fr.json\n  \
                            lhs-maturity export fhir-questionnaire -o fhir/   # a directory: one per language, and the CodeSystem\n  \
                            lhs-maturity export fhir-response kisumu-east.json -o response.json\n\n\
                            The XLSForm has every language of the framework; --units lists the units to choose \
                            from (CSV: id,name,kind[,org_unit]), and the indicators that do not apply to the \
                            chosen unit's kind are hidden. For DHIS2, the metadata package is imported once, the \
                            mapping says which data element and organisation unit each score goes to (org_unit \
                            of the units list), and `export dhis2` writes a dataValueSet (JSON or --format csv) \
                            with the DHIS2 period of each report (2026-Q3 → 2026Q3)."
    )]
    Export(migrate::ExportArgs),
    /// Read a FHIR R4 QuestionnaireResponse to the framework's Questionnaire as an assessment (`import fhir-response`)
    #[command(
        after_help = "Examples:\n  lhs-maturity import fhir-response response.json -o kisumu-east-2026-Q3.json\n  \
                            lhs-maturity --lang fr export fhir-questionnaire -o questionnaire-fr.json\n\n\
                            The response is the one a form filler (LHC-Forms, or any SDC tool) saves for the \
                            Questionnaire of `export fhir-questionnaire`; a response to another version of the \
                            framework is refused (use `migrate`)."
    )]
    Import(fhir::ImportArgs),
    /// Compare two rounds of a unit: changes of the scores, improved and regressed indicators, progress to target
    #[command(
        after_help = "Examples:\n  lhs-maturity compare kisumu-east-2025.json kisumu-east-2026.json\n  \
                            lhs-maturity score 2025.json --format json -o 2025-report.json\n  \
                            lhs-maturity compare 2025-report.json pooled.json --format markdown\n\n\
                            Each side is an assessment (JSON, or CSV with one assessment), scored with the framework, \
                            or a report written by `score --format json`: a JSON object with `overall` and without \
                            `answers` is read as a report. When the rounds have different framework versions or \
                            indicator sets, only the indicators both share are compared, and the output says so."
    )]
    Compare(analysis::CompareArgs),
    /// Summarize many units by group: count, mean, sd, quartiles; small groups suppressed for publication
    #[command(
        after_help = "Examples:\n  lhs-maturity cohort districts/ --group-by region\n  \
                            lhs-maturity cohort districts/ --group-by kind --min-group 10 --format csv -o cohort.csv\n  \
                            lhs-maturity cohort survey-export.csv --group-by region --ranks --format csv\n\n\
                            Inputs are assessments (JSON, CSV; a wide CSV gives one unit per row, its unit_<label> \
                            columns the labels to group by) or reports written by `score --format json`. The output is \
                            the publishable summary: every group with fewer than --min-group units (default 5) is \
                            suppressed, and no unit-level rows are shown. --ranks adds each unit's percentile rank \
                            within its group, for internal use."
    )]
    Cohort(analysis::CohortArgs),
    /// Whether the units' scores and ranks survive other reasonable weights, aggregations, treatments of missing answers and ratings (uncertainty and Sobol' sensitivity analysis)
    #[command(
        after_help = "Examples:\n  lhs-maturity robustness spec/examples/analysis/cohort/ --format csv\n  \
                            lhs-maturity robustness districts/ --ranks --pair kis-east,kis-west -o robustness.json\n\n\
                            Every run varies the weights of each set of siblings (±25%, renormalised), the aggregation of \
                            the nodes given with --vary-aggregation, the treatment of missing answers and the ratings (by \
                            the raters' confidence), on a Sobol' design of --n base points (spec/SCORING.md §30). Ranks \
                            are left out unless --ranks: they single units out. --format markdown or html writes a report \
                            (in the language of --lang) with each unit's interval; a progress bar shows on a terminal."
    )]
    Robustness(robustness::RobustnessArgs),
    /// Which choice moves the results: the first- and total-order Sobol' indices of every choice the robustness analysis varies, on each unit's score and on the ranking
    #[command(
        after_help = "Examples:\n  lhs-maturity sensitivity spec/examples/analysis/cohort/ --format csv\n  \
                            lhs-maturity sensitivity districts/ --weights-model dirichlet --format markdown\n\n\
                            The same runs as `robustness` (the same options and seed give the same indices): first-order \
                            (Saltelli 2010) and total-order (Jansen 1999) indices as SALib computes them, with bootstrap \
                            intervals of --bootstrap resamples (spec/SCORING.md §29, §30). Indices on each unit's rank \
                            only with --ranks."
    )]
    Sensitivity(robustness::RobustnessArgs),
    /// Reliability of the instrument over a cohort: Cronbach's alpha per domain and sub-domain, floor and ceiling
    #[command(after_help = "Examples:\n  lhs-maturity reliability districts/\n  \
                            lhs-maturity reliability districts/ --items --format markdown -o reliability.md\n\n\
                            Alpha uses the units that rated every indicator of the domain (listwise deletion); \
                            the table says how many. A statistic the data cannot define is shown as –[n], with the \
                            reason [n] below the table.")]
    Reliability(analysis::ReliabilityArgs),
    /// The rounds of one unit, one row per period (CSV, ready to plot)
    #[command(
        after_help = "Examples:\n  lhs-maturity series kisumu-east-*.json -o kisumu-east.csv\n  \
                            lhs-maturity series rounds/ --format table\n\n\
                            The rounds are sorted by period (text order: use sortable periods such as 2026-Q3); \
                            rounds of different units, or two of one period, are refused."
    )]
    Series(analysis::SeriesArgs),
}

#[derive(Args)]
struct TemplateArgs {
    /// The format (default: from the extension of -o, else json)
    #[arg(long, value_enum)]
    format: Option<TemplateFormat>,
    /// Only the indicators that apply to a unit of this kind (national, subnational, district,
    /// facility, programme, network), with `unit.kind` filled in (json and csv only)
    #[arg(long, value_name = "KIND")]
    unit_kind: Option<String>,
    /// Write to this file instead of standard output (for xlsx, standard output only when it is
    /// not a terminal)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum TemplateFormat {
    Json,
    Csv,
    /// An Excel workbook: a sheet about the assessment, one sheet per domain
    Xlsx,
}

#[derive(Args)]
struct ValidateArgs {
    /// Assessment files (JSON, or CSV in the wide or template layout) or directories of them
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// `text` for people, `json` for programs
    #[arg(long, value_enum, default_value = "text")]
    format: ShowFormat,
}

#[derive(Args)]
struct ScoreArgs {
    /// The assessment (JSON, or a CSV with one assessment)
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// `table` (for a terminal), `markdown` or `json` (the full report)
    #[arg(long, value_enum, default_value = "table")]
    format: analysis::Format,
    /// A target level for every indicator without its own (replaces the assessment's `default_target`)
    #[arg(long, value_name = "N")]
    target: Option<u32>,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    uncertainty: UncertaintyArgs,
}

/// How sure the scores are, added to a report (`spec/SCORING.md` §28).
#[derive(Args)]
struct UncertaintyArgs {
    /// Add how sure the scores are: each score's 90% interval given the raters' confidence, and the range the unknown and missing answers allow (any of the options below implies it)
    #[arg(long)]
    uncertainty: bool,
    #[command(flatten)]
    draws: uncertainty::Draws,
}

impl UncertaintyArgs {
    /// The options of the core, when asked for (every refused value at once, by the core).
    fn options(&self, lang: Lang) -> Result<Option<UncertaintyOptions>, Failure> {
        if !self.uncertainty && !self.draws.any() {
            return Ok(None);
        }
        self.draws.options(lang).map(Some)
    }
}

#[derive(Args)]
struct ReportArgs {
    /// The assessment (JSON, or a CSV with one assessment)
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write the report to this file (default: standard output)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// `html` or `markdown` (default: from the extension of -o, else html)
    #[arg(long, value_enum)]
    format: Option<ReportFormat>,
    /// A target level for every indicator without its own (replaces the assessment's `default_target`)
    #[arg(long, value_name = "N")]
    target: Option<u32>,
    #[command(flatten)]
    uncertainty: UncertaintyArgs,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ReportFormat {
    Html,
    Markdown,
}

#[derive(Args)]
struct BatchArgs {
    /// Assessment files (JSON, CSV), directories (searched for *.json and *.csv) or wide CSV files
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Write the summary to this file (.csv or .json) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The summary format (default: from the extension of -o, else csv)
    #[arg(long, value_enum)]
    format: Option<BatchFormat>,
    /// No progress bar and no closing line on standard error (failures are still listed)
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum BatchFormat {
    Csv,
    Json,
    Table,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
struct FrameworkArgs {
    #[command(subcommand)]
    what: Option<FrameworkCommand>,
    /// List the languages of the framework's texts: review status, reviewer and how many texts
    /// are translated (the same as `framework languages`)
    #[arg(long)]
    languages: bool,
    /// `text` or `json`, for the outline (no subcommand) or `--languages`
    #[arg(long, value_enum)]
    format: Option<ShowFormat>,
}

#[derive(Subcommand)]
enum FrameworkCommand {
    /// The framework: a text outline (default), or its JSON
    Show {
        #[arg(long, value_enum, default_value = "text")]
        format: ShowFormat,
    },
    /// The JSON Schema of a document (all of them, keyed by file name, when none is named)
    Schema {
        #[arg(value_enum)]
        name: Option<SchemaName>,
    },
    /// The indicators: id, domain, sub-domain, name, weight, effective weight, statement
    Indicators {
        #[arg(long, value_enum, default_value = "table")]
        format: IndicatorFormat,
        /// Effective weights for a unit of this kind: national, subnational, district,
        /// facility, programme, network (indicators that do not apply get 0)
        #[arg(long, value_name = "KIND")]
        unit_kind: Option<String>,
    },
    /// The languages of the framework's texts: code, name, review status, reviewer and
    /// completeness (where the first missing text is, for an incomplete one)
    #[command(
        after_help = "Examples:\n  lhs-maturity framework languages\n  lhs-maturity framework --languages --format json\n  \
                            lhs-maturity --framework mine.json framework languages"
    )]
    Languages {
        #[arg(long, value_enum, default_value = "text")]
        format: ShowFormat,
    },
    /// Check the framework's texts for what makes rating unreliable (see spec/AUTHORING.md)
    Lint {
        #[arg(long, value_enum, default_value = "text")]
        format: ShowFormat,
        /// Exit with status 1 when there is any finding
        #[arg(long)]
        strict: bool,
    },
}

/// `text` or `json` (`validate`, `framework`).
#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ShowFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum SchemaName {
    Framework,
    Assessment,
    Report,
    Error,
}

/// `table`, `csv` or `json` (`framework indicators`, `content-validity`).
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum IndicatorFormat {
    Table,
    Csv,
    Json,
}

/// A failure: what to print on standard error. Exit status 1.
pub(crate) enum Failure {
    /// A message in house style (lowercase, no final period), with optional advice.
    Message(String, Option<String>),
    /// A problem with an input as a whole, printed as a message with its help (no file, no
    /// code): a file that cannot be read, an option the core refuses.
    Plain(Box<lhs_maturity::Diagnostic>),
    /// The problems of a document.
    Document(String, Error),
    /// Several failures, each printed in turn.
    Many(Vec<Failure>),
}

impl Failure {
    /// The failures of a list as one (none: `None`).
    pub(crate) fn all(mut list: Vec<Failure>) -> Option<Failure> {
        match list.len() {
            0 | 1 => list.pop(),
            _ => Some(Failure::Many(list)),
        }
    }
}

impl From<String> for Failure {
    fn from(s: String) -> Self {
        Failure::Message(s, None)
    }
}

fn print_failure(f: &Failure, lang: Lang) {
    if let Failure::Many(all) = f {
        all.iter().for_each(|f| print_failure(f, lang));
        return;
    }
    let error = Tone::Error.paint(&lang.t("cli-label-error", &[]));
    let help = |h: &str| {
        let label = Tone::Label.paint(&lang.t("cli-label-help", &[]));
        say(&format!("    {label} {h}"));
    };
    match f {
        Failure::Many(_) => {}
        Failure::Message(m, h) => {
            say(&format!("{error} {m}"));
            if let Some(h) = h {
                help(h);
            }
        }
        Failure::Plain(d) => {
            let shown = term::diagnostic_parts(d, None, lang);
            say(&format!("{error} {}", shown.message));
            if let Some(h) = &shown.help {
                help(h);
            }
        }
        Failure::Document(file, e) => {
            for d in e.details().iter().take(term::SHOWN) {
                say(&term::diagnostic(file, d, lang));
            }
            if let Some(more) = term::more(e.details().len(), file, lang) {
                say(&more);
            }
            if e.details().is_empty() {
                say(&format!("{error} {file}: {e}"));
            }
        }
    }
}

/// Prints a line on standard error (a summary, a note), without direction marks, its styles
/// only on a colour terminal.
pub(crate) fn say(line: &str) {
    eprintln!("{}", table::for_stream(&lang::plain(line), true));
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = lang::from_env(|k| std::env::var(k).ok());
    let (lang, warning) = lang::choose(cli.lang.as_deref(), &env);
    io::interrupts(lang);
    if let Some(w) = warning {
        say(&term::diagnostic_parts(&w, None, lang).with_help(6, lang));
    }
    match run(cli, lang) {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            print_failure(&f, lang);
            ExitCode::from(INVALID)
        }
    }
}

fn load_framework(cli: &Cli, lang: Lang) -> Result<Framework, Failure> {
    if let Some(p) = &cli.framework {
        return Framework::from_path(p).map_err(|e| Failure::Document(p.display().to_string(), e));
    }
    if let Some(v) = &cli.framework_version {
        return Framework::builtin_version(v).map_err(|e| unreadable(&e));
    }
    Ok(match first_assessment(&inputs_of(&cli.command), lang) {
        Some(a) => match Framework::builtin_for(&a) {
            Ok((fw, warning)) => {
                if let Some(w) = warning {
                    say(&term::diagnostic_parts(&w, None, lang).head);
                }
                fw
            }
            Err(e) => return Err(unreadable(&e)),
        },
        None => Framework::builtin(),
    })
}

/// The input files of a command (those that may be assessments).
fn inputs_of(c: &Command) -> Vec<PathBuf> {
    match c {
        Command::Validate(a) => a.files.clone(),
        Command::Score(a) => vec![a.file.clone()],
        Command::Report(a) => vec![a.file.clone()],
        Command::Uncertainty(a) => vec![a.file().to_path_buf()],
        Command::Batch(a) => a.inputs.clone(),
        Command::Pool(a) => a.files.clone(),
        Command::Compare(a) => vec![a.before.clone(), a.after.clone()],
        Command::Cohort(a) => a.inputs.clone(),
        Command::Robustness(a) | Command::Sensitivity(a) => a.inputs.clone(),
        Command::Reliability(a) => a.inputs.clone(),
        Command::Series(a) => a.inputs.clone(),
        Command::Export(a) => a.files.clone(),
        Command::Template(_)
        | Command::Framework(_)
        | Command::Migrate(_)
        | Command::Import(_)
        | Command::ContentValidity(_) => Vec::new(),
    }
}

/// The first JSON assessment among the inputs (directories searched), read leniently: only its
/// `framework` reference matters here.
fn first_assessment(inputs: &[PathBuf], lang: Lang) -> Option<lhs_maturity::Assessment> {
    expand(inputs, lang).into_iter().flatten().find_map(|p| {
        let text = io::read_text(&p, lang).ok()?;
        if FileFormat::of(&p, &text) != FileFormat::Json {
            return None;
        }
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        v.get("answers")?;
        let framework = v
            .get("framework")
            .cloned()
            .and_then(|f| serde_json::from_value::<lhs_maturity::FrameworkRef>(f).ok());
        Some(lhs_maturity::Assessment {
            framework,
            ..Default::default()
        })
    })
}

fn run(cli: Cli, lang: Lang) -> Result<u8, Failure> {
    let fw = load_framework(&cli, lang)?;
    // Reports carry names in the reader's language; JSON and CSV are scored in English by the
    // commands that write them, so that they are the same whatever the language.
    let opts = ScoreOptions {
        unknown: cli.unknown,
        language: lang.code().to_owned(),
        ..ScoreOptions::default()
    };
    match cli.command {
        Command::Template(a) => template(&fw, a, lang),
        Command::Validate(a) => validate(&fw, a, lang),
        Command::Score(a) => score(&fw, a, &opts, lang),
        Command::Report(a) => report(&fw, a, &opts, lang),
        Command::Uncertainty(a) => uncertainty::run(&fw, a, &opts, lang),
        Command::Batch(a) => batch::run(&fw, &a, &opts, lang),
        Command::Migrate(a) => migrate::run(a, lang),
        Command::ContentValidity(a) => migrate::content_validity(&fw, a, lang),
        Command::Export(a) => migrate::export(&fw, a, lang, cli.unknown),
        Command::Import(a) => fhir::import(&fw, a, lang),
        Command::Framework(a) => framework(&fw, a, lang),
        Command::Pool(a) => analysis::pool(&fw, a, lang),
        Command::Compare(a) => analysis::compare(&fw, a, lang, cli.unknown),
        Command::Cohort(a) => analysis::cohort(&fw, a, lang, cli.unknown),
        Command::Robustness(a) => robustness::run(&fw, a, robustness::Output::Robustness, lang),
        Command::Sensitivity(a) => robustness::run(&fw, a, robustness::Output::Sensitivity, lang),
        Command::Reliability(a) => analysis::reliability(&fw, a, lang, cli.unknown),
        Command::Series(a) => analysis::series(&fw, a, lang, cli.unknown),
    }
}

/// Writes `text` to `-o FILE` (atomically) or to standard output, as it is: JSON, CSV and the
/// reports the core renders.
fn emit(output: Option<&Path>, text: &str, lang: Lang) -> Result<(), Failure> {
    match output {
        Some(p) => io::write_atomic(p, text.as_bytes(), lang)
            .map_err(|m| Failure::Message(m, Some(lang.t("cli-help-writable", &[])))),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                // A closed pipe (`| head`) is not an error of ours.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(lang.t("cli-error-stdout", &[("reason", t(e))]).into())
                }
                _ => Ok(()),
            }
        }
    }
}

/// Writes a table or summary the command composed itself (for people): [`emit`], without
/// invisible direction marks.
fn emit_human(output: Option<&Path>, text: &str, lang: Lang) -> Result<(), Failure> {
    let text = lang::plain(text);
    let text = match output {
        Some(_) => table::plain(&text),
        None => table::for_stream(&text, false),
    };
    emit(output, &text, lang)
}

pub(crate) fn ext_is(path: Option<&Path>, exts: &[&str]) -> bool {
    path.and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn template(fw: &Framework, a: TemplateArgs, lang: Lang) -> Result<u8, Failure> {
    let format = a
        .format
        .unwrap_or(if ext_is(a.output.as_deref(), &["csv"]) {
            TemplateFormat::Csv
        } else if ext_is(a.output.as_deref(), &["xlsx"]) {
            TemplateFormat::Xlsx
        } else {
            TemplateFormat::Json
        });
    let kind = unit_kind_arg(a.unit_kind.as_deref())?;
    // A template is a form for people: its texts (statements, descriptors, instructions) are in
    // the reader's language, its keys and ids are not.
    let text = match format {
        TemplateFormat::Json => fw.template_json_with(kind, lang.code()),
        TemplateFormat::Csv => fw.template_csv_with(kind, lang.code()),
        TemplateFormat::Xlsx => return template_xlsx(fw, &a, lang),
    };
    emit(a.output.as_deref(), &text, lang)?;
    if let Some(p) = &a.output {
        let count = fw
            .indicators_for(kind)
            .iter()
            .filter(|i| kind.is_none_or(|k| i.applies_to.contains(&k)))
            .count();
        say(&lang.t(
            "cli-template-written",
            &[
                ("framework", t(fw.id())),
                ("version", t(fw.version())),
                ("n", n(count)),
                ("file", t(p.display())),
            ],
        ));
    }
    Ok(0)
}

/// `template --format xlsx`: the Excel template in the reader's language, written atomically to
/// `-o`, or to standard output when it is not a terminal (a workbook is binary). It has every
/// indicator and says which apply to some kinds of unit only, so `--unit-kind` is refused.
fn template_xlsx(fw: &Framework, a: &TemplateArgs, lang: Lang) -> Result<u8, Failure> {
    if a.unit_kind.is_some() {
        return Err(lang.t("cli-error-template-xlsx-kind", &[]).into());
    }
    let framework = format!("{} {}", fw.id(), fw.version());
    let bytes = fw
        .workbook_template(lang.code())
        .map_err(|e| Failure::Document(framework, e))?;
    let Some(out) = &a.output else {
        let mut stdout = std::io::stdout().lock();
        if std::io::IsTerminal::is_terminal(&stdout) {
            return Err(Failure::Message(
                lang.t("cli-error-binary-terminal", &[]),
                Some(lang.t("cli-help-binary-terminal", &[])),
            ));
        }
        return match stdout.write_all(&bytes).and_then(|()| stdout.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(lang.t("cli-error-stdout", &[("reason", t(e))]).into())
            }
            _ => Ok(0),
        };
    };
    io::write_atomic(out, &bytes, lang)
        .map_err(|m| Failure::Message(m, Some(lang.t("cli-help-writable", &[]))))?;
    say(&lang.t(
        "cli-template-written",
        &[
            ("framework", t(fw.id())),
            ("version", t(fw.version())),
            ("n", n(fw.indicator_count())),
            ("file", t(out.display())),
        ],
    ));
    Ok(0)
}

/// The files named on the command line, directories expanded; a directory without assessments
/// is a failure of its own.
pub(crate) fn expand(inputs: &[PathBuf], lang: Lang) -> Vec<Result<PathBuf, (String, Error)>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            match io::assessments_in(p, lang) {
                Ok(files) if files.is_empty() => out.push(Err((
                    p.display().to_string(),
                    io::unreadable(
                        lang.t("cli-error-empty-directory", &[("dir", t(p.display()))]),
                        Some(&lang.t("cli-help-empty-directory", &[])),
                    ),
                ))),
                Ok(files) => out.extend(files.into_iter().map(Ok)),
                Err(e) => out.push(Err((p.display().to_string(), e))),
            }
        } else {
            out.push(Ok(p.clone()));
        }
    }
    out
}

/// Every diagnostic of one file, located (CSV rows and columns, JSON Pointers).
fn diagnose(fw: &Framework, path: &Path, lang: Lang) -> Vec<lhs_maturity::Diagnostic> {
    match io::read_input(path, lang) {
        Err(e) => e.details().to_vec(),
        Ok(io::Input::Submissions(bytes)) => {
            fw.validate_submissions(&path.to_string_lossy(), &bytes)
        }
        Ok(io::Input::Text(text)) => match FileFormat::of(path, &text) {
            FileFormat::Json => fw.validate_json(&text),
            FileFormat::Csv => fw.validate_csv(&text),
        },
    }
}

fn validate(fw: &Framework, a: ValidateArgs, lang: Lang) -> Result<u8, Failure> {
    let mut any_error = false;
    let mut json_out = Vec::new();
    let mut text = String::new();
    for item in expand(&a.files, lang) {
        let (file, diags) = match item {
            Ok(p) => (p.display().to_string(), diagnose(fw, &p, lang)),
            Err((file, e)) => (file, e.details().to_vec()),
        };
        let errors = diags.iter().filter(|d| d.is_error()).count();
        let warnings = diags.len() - errors;
        any_error |= errors > 0;
        match a.format {
            ShowFormat::Json => json_out.push(serde_json::json!({
                "file": file, "valid": errors == 0, "errors": errors, "warnings": warnings, "diagnostics": diags,
            })),
            ShowFormat::Text => {
                let verdict = if errors == 0 {
                    table::bold(&lang.t("cli-validate-valid", &[]))
                } else {
                    Tone::Error.paint(&lang.t("cli-validate-invalid", &[]))
                };
                let counts = lang.t(
                    "cli-validate-counts",
                    &[("errors", n(errors)), ("warnings", n(warnings))],
                );
                text.push_str(&format!("{}: {verdict} {counts}\n", table::bold(&file)));
                for d in diags.iter().take(term::SHOWN) {
                    text.push_str("  ");
                    text.push_str(&term::diagnostic(&file, d, lang).replace('\n', "\n  "));
                    text.push('\n');
                }
                if let Some(more) = term::more(diags.len(), &file, lang) {
                    text.push_str(&format!("  {more}\n"));
                }
            }
        }
    }
    if a.format == ShowFormat::Json {
        emit(None, &json_text(&json_out), lang)?;
    } else {
        emit_human(None, &text, lang)?;
    }
    Ok(if any_error { INVALID } else { 0 })
}

/// A failure to read an input (or an option refused): its first error, as a message and help.
pub(crate) fn unreadable(e: &Error) -> Failure {
    let first = e
        .details()
        .iter()
        .find(|d| d.is_error())
        .or_else(|| e.details().first());
    match first {
        Some(d) => Failure::Plain(Box::new(d.clone())),
        None => Failure::Message(e.message().to_owned(), e.help().map(str::to_owned)),
    }
}

/// Reads and scores the one assessment of a file (JSON, or CSV with one assessment): the core's
/// `score_path_with`; a file that cannot be read is said plainly, a CSV of several gets the
/// command's advice.
fn score_file(
    fw: &Framework,
    path: &Path,
    target: Option<u32>,
    base: &ScoreOptions,
    uncertainty: Option<&UncertaintyOptions>,
    lang: Lang,
) -> Result<Report, Failure> {
    let file = path.display().to_string();
    let opts = ScoreOptions {
        default_target: target,
        ..base.clone()
    };
    let scored = match uncertainty {
        None => fw.score_path_with(path, &opts),
        Some(u) => fw
            .read_path(path)
            .and_then(|a| fw.score_with_uncertainty(&a, &opts, u)),
    };
    scored.map_err(|e| match e.code() {
        c if c.ends_with(".unreadable") || c.ends_with(".too_large") => {
            unreadable(&io::read_error(&e, path, lang))
        }
        "assessment.many_in_file" => {
            // The core's error, with the command's advice.
            let e = lhs_maturity::i18n::localize_error(&e, lang.code());
            let mut details = e.details().to_vec();
            if let Some(d) = details.first_mut() {
                d.help = Some(lang.t("cli-help-score-many", &[("file", t(&file))]));
            }
            Failure::Document(file.clone(), Error::new(e.kind(), details))
        }
        _ => Failure::Document(file.clone(), e),
    })
}

/// The options of an output that must not depend on the language (JSON, CSV): English texts.
pub(crate) fn neutral(opts: &ScoreOptions) -> ScoreOptions {
    ScoreOptions {
        language: Lang::EN.code().to_owned(),
        ..opts.clone()
    }
}

fn score(fw: &Framework, a: ScoreArgs, opts: &ScoreOptions, lang: Lang) -> Result<u8, Failure> {
    let out = a.output.as_deref();
    // JSON is scored in English, whatever the language.
    let json = a.format == analysis::Format::Json;
    let opts = if json { neutral(opts) } else { opts.clone() };
    let u = a.uncertainty.options(lang)?;
    let r = score_file(fw, &a.file, a.target, &opts, u.as_ref(), lang)?;
    match a.format {
        analysis::Format::Json => emit(out, &format!("{}\n", r.to_json()), lang)?,
        analysis::Format::Markdown => emit(out, &r.to_markdown(), lang)?,
        analysis::Format::Table => emit_human(out, &term::score_table(&r, lang), lang)?,
    }
    Ok(0)
}

fn report(fw: &Framework, a: ReportArgs, opts: &ScoreOptions, lang: Lang) -> Result<u8, Failure> {
    let format = a
        .format
        .unwrap_or(if ext_is(a.output.as_deref(), &["md", "markdown"]) {
            ReportFormat::Markdown
        } else {
            ReportFormat::Html
        });
    let u = a.uncertainty.options(lang)?;
    let r = score_file(fw, &a.file, a.target, opts, u.as_ref(), lang)?;
    let text = match format {
        ReportFormat::Html => r.to_html(fw),
        ReportFormat::Markdown => r.to_markdown(),
    };
    emit(a.output.as_deref(), &text, lang)?;
    if let Some(p) = &a.output {
        let shown = lang.num(r.overall.score);
        let shown = if shown == "–" {
            lang.t("cli-no-score", &[])
        } else {
            shown
        };
        say(&lang.t(
            "cli-report-written",
            &[
                ("input", t(a.file.display())),
                ("overall", t(shown)),
                ("warnings", n(r.warnings.len())),
                ("file", t(p.display())),
            ],
        ));
    }
    Ok(0)
}

fn framework(fw: &Framework, a: FrameworkArgs, lang: Lang) -> Result<u8, Failure> {
    let format = a.format.unwrap_or(ShowFormat::Text);
    let what = match (a.languages, a.what) {
        (false, Some(w)) => w,
        (true, _) => FrameworkCommand::Languages { format },
        (false, None) => FrameworkCommand::Show { format },
    };
    let json = ShowFormat::Json;
    let (text, human) = match what {
        FrameworkCommand::Show { format } if format == json => (json_text(fw.spec()), false),
        FrameworkCommand::Show { .. } => (outline(fw, lang), true),
        FrameworkCommand::Schema { name } => {
            let all = lhs_maturity::schema::all().into_iter();
            let v = match name.and_then(|n| n.to_possible_value()) {
                None => serde_json::Value::Object(all.map(|(k, v)| (k.to_owned(), v)).collect()),
                Some(n) => all
                    .filter(|(k, _)| *k == format!("{}.schema.json", n.get_name()))
                    .map(|(_, v)| v)
                    .next()
                    .unwrap_or_default(),
            };
            (json_text(&v), false)
        }
        FrameworkCommand::Indicators { format, unit_kind } => {
            let kind = unit_kind_arg(unit_kind.as_deref())?;
            let table = format == IndicatorFormat::Table;
            (indicators(fw, format, kind, lang), table)
        }
        FrameworkCommand::Lint { format, strict } => {
            let lint = fw.lint();
            if format == json {
                emit(None, &json_text(&lint), lang)?;
            } else {
                emit_human(None, &lint_text(fw, &lint, lang), lang)?;
            }
            return Ok(if strict && !lint.findings.is_empty() {
                INVALID
            } else {
                0
            });
        }
        FrameworkCommand::Languages { format } if format == json => {
            (json_text(&fw.language_status()), false)
        }
        FrameworkCommand::Languages { .. } => (languages_text(fw, lang), true),
    };
    if human {
        emit_human(None, &text, lang)?;
    } else {
        emit(None, &text, lang)?;
    }
    Ok(0)
}

/// A `--unit-kind` argument: one of the unit kinds, any case.
fn unit_kind_arg(kind: Option<&str>) -> Result<Option<lhs_maturity::UnitKind>, Failure> {
    match kind {
        None => Ok(None),
        Some(k) => lhs_maturity::UnitKind::from_option(k, "--unit-kind")
            .map(Some)
            .map_err(|e| unreadable(&e)),
    }
}

fn lint_text(fw: &Framework, lint: &lhs_maturity::LintReport, lang: Lang) -> String {
    let mut s = String::new();
    for d in &lint.findings {
        let shown = term::diagnostic_parts(d, None, lang);
        s.push_str(&shown.with_help(6, lang));
        s.push('\n');
    }
    let words: Vec<String> = lint
        .average_words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            lang.t(
                "cli-lint-level-words",
                &[("level", t(k)), ("words", t(lang.dec(*w, 1)))],
            )
        })
        .collect();
    s.push_str(&lang.t(
        "cli-lint-summary",
        &[
            ("framework", t(fw.id())),
            ("version", t(fw.version())),
            ("indicators", n(lint.indicators)),
            ("findings", n(lint.findings.len())),
            ("average", t(lang.dec(lint.average_words_all, 1))),
            ("levels", t(words.join(", "))),
        ],
    ));
    s.push('\n');
    s
}

/// `framework --languages`: every language of the framework, its review and its completeness.
fn languages_text(fw: &Framework, lang: Lang) -> String {
    let all = fw.language_status();
    let col = |id: &str| Column::left(lang.t(id, &[]));
    let mut table = Table::new(vec![
        col("cli-languages-column-code"),
        col("cli-languages-column-name"),
        col("cli-languages-column-status"),
        col("cli-languages-column-reviewer"),
        col("cli-languages-column-texts"),
    ]);
    let mut s = lang.t(
        "cli-languages-heading",
        &[
            ("framework", t(fw.id())),
            ("version", t(fw.version())),
            ("n", n(all.len())),
        ],
    );
    s.push('\n');
    for l in &all {
        // Whole percentages rounded down: 100% only when nothing is missing.
        let share = (100 * l.translated)
            .checked_div(l.total)
            .map_or(1.0, |p| p as f64 / 100.0);
        let texts = [
            ("translated", t(l.translated)),
            ("total", t(l.total)),
            ("percent", t(lang.pct(share))),
        ];
        table.row(vec![
            Cell::raw(&l.code),
            Cell::new(&l.name),
            Cell::new(lang.t("cli-language-status", &[("status", t(&l.status))])),
            Cell::new(l.reviewer.as_deref().unwrap_or("–")),
            Cell::new(lang.t("cli-languages-completeness", &texts)),
        ]);
    }
    let text = table.terminal();
    let mut lines = text.lines();
    s.extend(lines.next().map(|h| format!("{h}\n")));
    for (l, line) in all.iter().zip(lines) {
        s.push_str(line);
        s.push('\n');
        if let Some(p) = &l.first_missing {
            let missing = lang.t("cli-languages-first-missing", &[("pointer", t(p))]);
            s.push_str(&format!("  {missing}\n"));
        }
    }
    s
}

fn outline(fw: &Framework, lang: Lang) -> String {
    let code = lang.code();
    let spec = fw.spec();
    let title = [
        ("title", t(spec.title.get(code))),
        ("framework", t(fw.id())),
        ("version", t(fw.version())),
        ("n", n(fw.indicator_count())),
    ];
    let mut s = format!("{}\n", lang.t("cli-framework-title", &title));
    if let Some(src) = &spec.source {
        let source = lang.t("cli-framework-source", &[("citation", t(&src.citation))]);
        s.push_str(&format!("{source}\n"));
    }
    let plain = || Table::new(vec![Column::left(""), Column::left(""), Column::left("")]);
    let mut levels = plain();
    for l in &spec.scale.levels {
        let description = Cell::new(l.description.get(code));
        levels.row(vec![
            Cell::raw(l.level.to_string()).indent(1),
            Cell::raw(&l.key),
            description,
        ]);
    }
    let mut facets = plain();
    for f in &spec.facets {
        let vals: Vec<&str> = f.values.iter().map(|v| v.id.as_str()).collect();
        let name = format!("{}: {}", f.name.get(code), vals.join(", "));
        facets.row(vec![Cell::raw(&f.id).indent(1), Cell::new(name)]);
    }
    fn walk(n: &lhs_maturity::Node, depth: usize, lang: Lang, t: &mut Table) {
        let (count, children) = match &n.content {
            lhs_maturity::NodeContent::Children(c) => (None, c.as_slice()),
            lhs_maturity::NodeContent::Indicators(i) => (Some(i.len()), &[][..]),
        };
        let extra = count.map_or_else(String::new, |c| {
            format!(" ({})", lang.t("cli-indicator-count", &[("n", lang::n(c))]))
        });
        let name = format!("{}{extra}", n.name.get(lang.code()));
        t.row(vec![Cell::raw(&n.id).indent(depth + 1), Cell::new(name)]);
        children.iter().for_each(|c| walk(c, depth + 1, lang, t));
    }
    let mut domains = plain();
    spec.domains
        .iter()
        .for_each(|d| walk(d, 0, lang, &mut domains));
    for (head, table) in [
        ("cli-framework-scale", levels),
        ("cli-framework-facets", facets),
        ("cli-framework-domains", domains),
    ] {
        s.push_str(&format!("\n{}\n{}", lang.t(head, &[]), table.terminal()));
    }
    format!("{s}\n{}\n", lang.t("cli-framework-list-hint", &[]))
}

/// `framework indicators --format csv`.
fn indicators_csv(list: &[lhs_maturity::IndicatorInfo]) -> String {
    let head = "id,domain,subdomain,name,weight,share,effective_weight,outcome,applies_to,\
                statement,question,evidence_to_check";
    let mut csv = lhs_maturity::CsvOut::new(&head.split(',').collect::<Vec<_>>());
    for i in list {
        let kinds: Vec<&str> = i.applies_to.iter().map(|k| k.as_str()).collect();
        csv.texts([&*i.id, &i.domain, &i.subdomain, &i.name]);
        csv.value(i.weight).value(i.share).value(i.effective_weight);
        csv.value(i.outcome)
            .text(&kinds.join(" "))
            .text(&i.statement);
        let question = i.question.as_deref().unwrap_or("");
        csv.text(question).text(&i.evidence.join(" | ")).end();
    }
    csv.finish()
}

/// `framework indicators`: a table (id, effective weight and name in the language), or CSV or
/// JSON (the core's English texts, whatever the language).
fn indicators(
    fw: &Framework,
    format: IndicatorFormat,
    kind: Option<lhs_maturity::UnitKind>,
    lang: Lang,
) -> String {
    let list = fw.indicators_for(kind);
    match format {
        IndicatorFormat::Json => return json_text(&list),
        IndicatorFormat::Csv => return indicators_csv(&list),
        IndicatorFormat::Table => {}
    }
    let mut table = Table::new(vec![Column::left(""), Column::right(""), Column::left("")]);
    for i in &list {
        let weight = if i.outcome {
            lang.t("cli-weight-outcome", &[])
        } else if i.effective_weight == 0.0 {
            lang.t("cli-weight-none", &[])
        } else {
            lang.pct_dec(i.effective_weight, 1)
        };
        let name = fw
            .indicator(&i.id)
            .map_or(i.name.as_str(), |x| x.label(lang.code()));
        table.row(vec![Cell::raw(&i.id), Cell::raw(weight), Cell::new(name)]);
    }
    let mut s = table.terminal();
    let shown: Vec<f64> = list
        .iter()
        .map(|i| i.effective_weight)
        .filter(|w| *w > 0.0)
        .collect();
    let (min, max) = shown
        .iter()
        .fold((f64::INFINITY, 0.0f64), |(a, b), &w| (a.min(w), b.max(w)));
    if !shown.is_empty() {
        let mut args = vec![
            ("n", n(shown.len())),
            ("min", t(lang.pct_dec(min, 1))),
            ("max", t(lang.pct_dec(max, 1))),
            ("ratio", t(lang.dec(max / min, 2))),
        ];
        let id = match kind {
            Some(k) => {
                args.push(("kind", t(term::unit_kind(k.as_str(), lang))));
                "cli-indicators-summary-kind"
            }
            None => "cli-indicators-summary",
        };
        s.push('\n');
        s.push_str(&lang.t(id, &args));
        s.push('\n');
    }
    s
}
