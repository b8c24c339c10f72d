//! Diagnostics (errors and warnings with a stable code and a location) and the crate's error type.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a [`Diagnostic`] is.
///
/// An `error` stops a document from being used (a framework cannot be loaded, an
/// assessment cannot be scored); a `warning` is reported but changes nothing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document cannot be used until this is fixed.
    Error,
    /// Worth a look; the document can still be used.
    Warning,
}

/// One finding about a document: a stable code, where it is, and what to do about it.
///
/// Codes are dotted slugs (`assessment.unknown_indicator`) that never change once published;
/// programs should match on them, never on the message. `path` is a JSON Pointer
/// (RFC 6901) into the document the finding is about (`""` is the whole document).
///
/// ```
/// use lhs_maturity::{Diagnostic, Severity};
/// let d = Diagnostic::error("assessment.invalid_level", "/answers/x", "level must be a whole number");
/// assert_eq!(d.severity, Severity::Error);
/// assert_eq!(d.to_string(), "error[assessment.invalid_level] at /answers/x: level must be a whole number");
/// ```
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// `error` or `warning`.
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `framework.duplicate_id`.
    pub code: String,
    /// JSON Pointer to the offending value (`""` for the whole document).
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it, when there is something useful to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// 1-based line in the source text, for problems found while reading text (JSON syntax, CSV).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 1-based column in the source text, with `line`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    /// The values the message and help were written with (an indicator id, a level, a count),
    /// by name: what [`crate::i18n::localize`] writes them again with in another language.
    /// Never serialized: the JSON of a diagnostic is language-neutral apart from its texts.
    #[serde(skip)]
    #[schemars(skip)]
    pub args: Vec<(String, DiagArg)>,
}

/// Two diagnostics are equal when everything they serialize is (their [`Diagnostic::args`],
/// which JSON does not carry, are left out, so a diagnostic read back equals the one written).
impl PartialEq for Diagnostic {
    fn eq(&self, other: &Self) -> bool {
        self.severity == other.severity
            && self.code == other.code
            && self.path == other.path
            && self.message == other.message
            && self.help == other.help
            && self.line == other.line
            && self.column == other.column
    }
}

impl Eq for Diagnostic {}

/// A value a diagnostic's message is written with.
///
/// ```
/// use lhs_maturity::i18n::DiagArg;
/// assert_eq!(DiagArg::from("inst.info.routine_data"), DiagArg::Text("inst.info.routine_data".into()));
/// assert_eq!(DiagArg::from(3u32), DiagArg::Count(3));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagArg {
    /// Text shown as it is (an id, a value as written); also selects a variant of a message.
    Text(String),
    /// A whole number: written in the reader's notation, and choosing the plural form.
    Count(u64),
}

impl From<&str> for DiagArg {
    fn from(s: &str) -> Self {
        DiagArg::Text(s.to_owned())
    }
}

impl From<String> for DiagArg {
    fn from(s: String) -> Self {
        DiagArg::Text(s)
    }
}

impl From<&String> for DiagArg {
    fn from(s: &String) -> Self {
        DiagArg::Text(s.clone())
    }
}

impl From<u64> for DiagArg {
    fn from(n: u64) -> Self {
        DiagArg::Count(n)
    }
}

impl From<u32> for DiagArg {
    fn from(n: u32) -> Self {
        DiagArg::Count(u64::from(n))
    }
}

impl From<usize> for DiagArg {
    fn from(n: usize) -> Self {
        DiagArg::Count(n as u64)
    }
}

impl Diagnostic {
    /// A new error.
    ///
    /// ```
    /// let d = lhs_maturity::Diagnostic::error("framework.duplicate_id", "/domains/1/id", "id `inst` is used twice");
    /// assert_eq!(d.code, "framework.duplicate_id");
    /// ```
    pub fn error(code: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, path, message)
    }

    /// A new warning.
    ///
    /// ```
    /// let d = lhs_maturity::Diagnostic::warning("assessment.na_without_justification", "/answers/a.b.c", "`na` has no justification");
    /// assert!(!d.is_error());
    /// ```
    pub fn warning(code: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, path, message)
    }

    fn new(
        severity: Severity,
        code: &str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity,
            code: code.to_owned(),
            path: path.into(),
            message: message.into(),
            help: None,
            line: None,
            column: None,
            args: Vec::new(),
        }
    }

    /// The same diagnostic with one more named value (see [`Diagnostic::args`]).
    ///
    /// ```
    /// use lhs_maturity::{i18n::DiagArg, Diagnostic};
    /// let d = Diagnostic::error("x.y", "", "m").with_arg("id", "a.b.c").with_arg("n", 2u32);
    /// assert_eq!(d.args[1], ("n".to_owned(), DiagArg::Count(2)));
    /// ```
    #[must_use]
    pub fn with_arg(mut self, name: &str, value: impl Into<DiagArg>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    /// The named value `name`, if the diagnostic has one.
    ///
    /// ```
    /// use lhs_maturity::{i18n::DiagArg, Diagnostic};
    /// let d = Diagnostic::error("x.y", "", "m").with_arg("id", "a.b.c");
    /// assert_eq!(d.arg("id"), Some(&DiagArg::Text("a.b.c".into())));
    /// assert_eq!(d.arg("n"), None);
    /// ```
    pub fn arg(&self, name: &str) -> Option<&DiagArg> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The same diagnostic with advice attached.
    ///
    /// ```
    /// let d = lhs_maturity::Diagnostic::error("x.y", "", "m").with_help("do this");
    /// assert_eq!(d.help.as_deref(), Some("do this"));
    /// ```
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The same diagnostic with a position in the source text.
    ///
    /// ```
    /// let d = lhs_maturity::Diagnostic::error("x.y", "", "m").at_text(3, 14);
    /// assert_eq!((d.line, d.column), (Some(3), Some(14)));
    /// ```
    #[must_use]
    pub fn at_text(mut self, line: u64, column: u64) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Sets the advice of a diagnostic already recorded.
    pub(crate) fn set_help(&mut self, help: impl Into<String>) {
        self.help = Some(help.into());
    }

    /// Whether this is an error (as opposed to a warning).
    ///
    /// ```
    /// assert!(lhs_maturity::Diagnostic::error("x.y", "", "m").is_error());
    /// ```
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}[{}]", self.code)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, " at line {l}, column {c}")?,
            _ if self.path.is_empty() => {}
            _ => write!(f, " at {}", self.path)?,
        }
        write!(f, ": {}", self.message)
    }
}

/// Where a document sat in the input of a call that took several: what
/// [`Error::within`] and [`Diagnostic::within`] add to a problem's path and message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    /// The assessment at this index (from 0) of a list: path `/<index>`, message
    /// "assessment <index + 1>: …".
    Assessment(usize),
    /// The report at this index (from 0) of a list: path `/<index>`, message "report <index + 1>: …".
    Report(usize),
    /// A named argument of the call (`before`): message "`before`: …", path unchanged.
    Argument(&'a str),
    /// A member of the input at this JSON Pointer (`/consensus`): path prefixed, message unchanged.
    Member(&'a str),
    /// The relevance rating at this index (from 0) of a list: path `/<index>`, message
    /// "rating <index + 1>: …".
    Rating(usize),
}

impl Diagnostic {
    /// The same diagnostic located in the input of a call that took several documents (see
    /// [`Part`]); the message keeps its language and the values it was written with.
    ///
    /// ```
    /// use lhs_maturity::{Diagnostic, Part};
    /// let d = Diagnostic::error("x.y", "/answers/a", "level 9").within(Part::Assessment(0));
    /// assert_eq!((d.path.as_str(), d.message.as_str()), ("/0/answers/a", "assessment 1: level 9"));
    /// ```
    #[must_use]
    pub fn within(mut self, part: Part<'_>) -> Self {
        let (context, args): (&str, Vec<(&str, DiagArg)>) = match part {
            Part::Member(pointer) => {
                self.path.insert_str(0, pointer);
                return self;
            }
            Part::Assessment(i) | Part::Report(i) | Part::Rating(i) => {
                self.path.insert_str(0, &format!("/{i}"));
                let context = match part {
                    Part::Report(_) => "context-report",
                    Part::Rating(_) => "context-rating",
                    _ => "context-assessment",
                };
                (context, vec![("number", (i + 1).to_string().into())])
            }
            Part::Argument(name) => ("context-argument", vec![("name", name.into())]),
        };
        crate::i18n::within(self, context, &args)
    }
}

/// Keeps the errors of a list of diagnostics, dropping warnings.
pub(crate) fn errors_only(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.retain(Diagnostic::is_error);
    diags
}

/// What kind of document an [`Error`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// A framework (the maturity model).
    Framework,
    /// An assessment (the answers of one self-assessment).
    Assessment,
    /// Anything else (analysis inputs, options).
    Input,
}

/// The error type of this crate: a document could not be used.
///
/// Every error carries all the problems found in the document ([`Error::details`]), not just
/// the first, each with a stable code and a JSON Pointer.
///
/// ```
/// use lhs_maturity::Framework;
/// let err = Framework::builtin().score_json(r#"{"answers": {"inst.info.routin_data": 2}}"#).unwrap_err();
/// assert_eq!(err.code(), "assessment.unknown_indicator");
/// assert_eq!(err.path(), "/answers/inst.info.routin_data");
/// assert!(err.help().unwrap().contains("inst.info.routine_data"));
/// ```
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The framework document is invalid.
    #[error("{}", summarize("framework", .0))]
    Framework(Vec<Diagnostic>),
    /// The assessment document is invalid (for the framework it is scored against).
    #[error("{}", summarize("assessment", .0))]
    Assessment(Vec<Diagnostic>),
    /// Another input (options, analysis arguments) is invalid.
    #[error("{}", summarize("input", .0))]
    Input(Vec<Diagnostic>),
}

fn summarize(what: &str, details: &[Diagnostic]) -> String {
    let errors: Vec<&Diagnostic> = details.iter().filter(|d| d.is_error()).collect();
    match errors.as_slice() {
        [] => format!("invalid {what}"),
        [one] => format!("invalid {what}: {one}"),
        [first, ..] => format!(
            "invalid {what}: {} errors, the first: {first}",
            errors.len()
        ),
    }
}

impl Error {
    /// An error about a document of `kind`, with every problem found in it.
    ///
    /// ```
    /// use lhs_maturity::{Diagnostic, DocumentKind, Error};
    /// let e = Error::new(DocumentKind::Input, vec![Diagnostic::error("input.empty", "", "nothing to pool")]);
    /// assert_eq!((e.kind(), e.code()), (DocumentKind::Input, "input.empty"));
    /// ```
    pub fn new(kind: DocumentKind, details: Vec<Diagnostic>) -> Self {
        match kind {
            DocumentKind::Framework => Error::Framework(details),
            DocumentKind::Assessment => Error::Assessment(details),
            DocumentKind::Input => Error::Input(details),
        }
    }

    /// An argument of a call from Python or JavaScript that is not of a type the function takes:
    /// `argument.invalid_type` at `/<name>`, as an option of the wrong type is at `/<option>`.
    /// `name` is the argument as the caller's language spells it, `expected` what it should be
    /// (a kind the catalogs name: `json_text`, `csv_text`, `text`, `number`, `whole_number`,
    /// `object`, `document`, `report`, `assessments`, `reports`, `ratings`, `languages`,
    /// `message_arg`, `json`...; see `diagnostic-argument` in `diagnostics.ftl`) and `found` the
    /// type given, as that language names it (`dict`, `undefined`). The message is the catalog's,
    /// so [`crate::i18n::localize_error`] writes it in every language.
    ///
    /// ```
    /// use lhs_maturity::{DocumentKind, Error};
    /// let e = Error::argument("expert", "text", "number");
    /// assert_eq!((e.kind(), e.code(), e.path()), (DocumentKind::Input, "argument.invalid_type", "/expert"));
    /// assert_eq!(e.message(), "`expert` must be text, not `number`");
    /// ```
    pub fn argument(name: &str, expected: &str, found: &str) -> Self {
        Self::argument_at(
            child_path("", name),
            "argument.invalid_type",
            &[
                ("name", name.into()),
                ("expected", expected.into()),
                ("found", found.into()),
            ],
        )
    }

    /// Like [`Error::argument`], for the argument that holds the document (or the list of
    /// documents) a function reads: located at `""`, where the paths of the document's own
    /// problems start (`/2/answers` for the third assessment of a list).
    ///
    /// ```
    /// let e = lhs_maturity::Error::document_argument("assessments", "assessments", "dict");
    /// assert_eq!((e.code(), e.path()), ("argument.invalid_type", ""));
    /// assert_eq!(e.message(), "`assessments` must be a list of assessments, not `dict`");
    /// ```
    pub fn document_argument(name: &str, expected: &str, found: &str) -> Self {
        let mut e = Self::argument(name, expected, found);
        if let Error::Input(list) = &mut e {
            for d in list {
                d.path.clear();
            }
        }
        e
    }

    /// An argument of the right type whose value the function does not take:
    /// `argument.invalid_value` at `/<name>`; `value` is the value as the caller's language
    /// writes it, `expected` as for [`Error::argument`] (`decimals`, `whole_number`, `choice`
    /// with the value `choices`...).
    ///
    /// ```
    /// let e = lhs_maturity::Error::argument_value("decimals", "decimals", "2.5");
    /// assert_eq!((e.code(), e.path()), ("argument.invalid_value", "/decimals"));
    /// assert_eq!(e.message(), "`decimals` must be a whole number from 0 to 20, not `2.5`");
    /// ```
    pub fn argument_value(name: &str, expected: &str, value: &str) -> Self {
        Self::argument_at(
            child_path("", name),
            "argument.invalid_value",
            &[
                ("name", name.into()),
                ("expected", expected.into()),
                ("value", value.into()),
            ],
        )
    }

    /// A value inside a document given from Python that JSON cannot hold (`source` `value`,
    /// e.g. a `set`, with `found` its type), an object key that is not text (`key`), or a value
    /// nested too deep (`depth`, `found` the depth reached): `argument.invalid_type` (or
    /// `argument.invalid_value` for `depth`) at `path`, the JSON Pointer of the value.
    ///
    /// ```
    /// let e = lhs_maturity::Error::unconvertible("value", "/answers/x", "set");
    /// assert_eq!((e.code(), e.path()), ("argument.invalid_type", "/answers/x"));
    /// assert_eq!(e.message(), "the value at `/answers/x` must be a value JSON can hold (an object, a list, text, a number, true, false or null), not `set`");
    /// ```
    pub fn unconvertible(source: &str, path: &str, found: &str) -> Self {
        let code = if source == "depth" {
            "argument.invalid_value"
        } else {
            "argument.invalid_type"
        };
        let shown = if path.is_empty() { "/" } else { path };
        Self::argument_at(
            path.to_owned(),
            code,
            &[
                ("source", source.into()),
                ("path", shown.into()),
                ("expected", "json".into()),
                (
                    if source == "depth" { "value" } else { "found" },
                    found.into(),
                ),
            ],
        )
    }

    /// The same error with one more named value for its texts (written again from the catalog):
    /// advice for an argument error, `hint` `example` (with `example`, a call that works) or
    /// `instead` (with `example`, the function to call for what was given), or the `choices`
    /// of a `choice`.
    ///
    /// ```
    /// let e = lhs_maturity::Error::document_argument("text", "json_text", "object")
    ///     .with_value("hint", "instead")
    ///     .with_value("example", "Framework.fromObject(spec)");
    /// assert_eq!(e.help(), Some("use `Framework.fromObject(spec)` instead"));
    /// ```
    #[must_use]
    pub fn with_value(self, name: &str, value: &str) -> Self {
        let kind = self.kind();
        let details = match self {
            Error::Framework(d) | Error::Assessment(d) | Error::Input(d) => d,
        };
        let details = details
            .into_iter()
            .map(|d| {
                if d.args.is_empty() {
                    return d;
                }
                // The context (`@`-named values) is put back once the message is written.
                let (context, mut args): (Vec<_>, Vec<_>) = d
                    .args
                    .iter()
                    .cloned()
                    .partition(|(n, _)| n.starts_with('@'));
                args.retain(|(n, _)| n != name);
                args.push((name.to_owned(), value.into()));
                let refs: Vec<(&str, DiagArg)> =
                    args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
                let mut out = crate::i18n::diagnostic(d.severity, &d.code, d.path, &refs);
                out.line = d.line;
                out.column = d.column;
                let outer = context.iter().find_map(|(n, v)| match v {
                    DiagArg::Text(t) if n == "@context" => Some(t.as_str()),
                    _ => None,
                });
                if let Some(outer) = outer {
                    let rest: Vec<(&str, DiagArg)> = (context.iter())
                        .filter(|(n, _)| n != "@context")
                        .filter_map(|(n, v)| Some((n.strip_prefix('@')?, v.clone())))
                        .collect();
                    out = crate::i18n::within(out, outer, &rest);
                }
                out
            })
            .collect();
        Self::new(kind, details)
    }

    /// An `argument.*` error, without advice until [`Error::with_value`] gives some.
    pub(crate) fn argument_at(path: String, code: &str, args: &[(&str, DiagArg)]) -> Self {
        let mut args = args.to_vec();
        args.push(("hint", "none".into()));
        Error::Input(vec![crate::i18n::diagnostic(
            Severity::Error,
            code,
            path,
            &args,
        )])
    }

    /// An error of the document kind named `kind` (`framework`, `assessment`, else input).
    pub(crate) fn of_kind(kind: &str, details: Vec<Diagnostic>) -> Self {
        let kind = match kind {
            "framework" => DocumentKind::Framework,
            "assessment" => DocumentKind::Assessment,
            _ => DocumentKind::Input,
        };
        Self::new(kind, details)
    }

    /// The same error with every problem located in the input of a call that took several
    /// documents: see [`Part`]. Bindings and the command line use it so that an error of the
    /// third report of a list says `/2` and "report 3", in the caller's language.
    ///
    /// ```
    /// use lhs_maturity::{Framework, Part};
    /// let e = Framework::from_json("{").unwrap_err().within(Part::Report(2));
    /// assert_eq!(e.path(), "/2");
    /// assert!(e.message().starts_with("report 3: "));
    /// let e = Framework::from_json("{").unwrap_err().within(Part::Member("/framework"));
    /// assert_eq!(e.path(), "/framework");
    /// ```
    #[must_use]
    pub fn within(self, part: Part<'_>) -> Self {
        let kind = self.kind();
        let details = match self {
            Error::Framework(d) | Error::Assessment(d) | Error::Input(d) => d,
        };
        Self::new(kind, details.into_iter().map(|d| d.within(part)).collect())
    }

    /// Every item of a list read one at a time, or, when any failed, the errors of all the items
    /// that failed together (every problem at once), each located with `part(index)`, and the
    /// index of the first that failed. The error's kind is the items' kind when they agree.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Error, Part};
    /// let texts = [r#"{"answers": {}}"#, "{", r#"{"answers": 3}"#];
    /// let (first, e) = Error::collect(texts.iter().map(|t| Assessment::from_json(t)), Part::Assessment)
    ///     .unwrap_err();
    /// assert_eq!(first, 1);
    /// let paths: Vec<&str> = e.details().iter().map(|d| d.path.as_str()).collect();
    /// assert_eq!(paths, ["/1", "/2/answers"]);
    /// assert!(e.details()[1].message.starts_with("assessment 3: "));
    /// ```
    pub fn collect<T>(
        results: impl IntoIterator<Item = Result<T, Error>>,
        part: impl Fn(usize) -> Part<'static>,
    ) -> Result<Vec<T>, (usize, Error)> {
        let mut out = Vec::new();
        let mut failed: Option<(usize, DocumentKind, Vec<Diagnostic>)> = None;
        for (i, r) in results.into_iter().enumerate() {
            match (r, &mut failed) {
                (Ok(x), None) => out.push(x),
                (Ok(_), Some(_)) => {}
                (Err(e), None) => {
                    let e = e.within(part(i));
                    failed = Some((i, e.kind(), e.details().to_vec()));
                }
                (Err(e), Some((_, kind, details))) => {
                    if e.kind() != *kind {
                        *kind = DocumentKind::Input;
                    }
                    details.extend(e.within(part(i)).details().iter().cloned());
                }
            }
        }
        match failed {
            None => Ok(out),
            Some((first, kind, details)) => Err((first, Error::new(kind, details))),
        }
    }

    /// Which kind of document the error is about.
    ///
    /// ```
    /// use lhs_maturity::{DocumentKind, Framework};
    /// let err = Framework::from_json("{").unwrap_err();
    /// assert_eq!(err.kind(), DocumentKind::Framework);
    /// ```
    pub fn kind(&self) -> DocumentKind {
        match self {
            Error::Framework(_) => DocumentKind::Framework,
            Error::Assessment(_) => DocumentKind::Assessment,
            Error::Input(_) => DocumentKind::Input,
        }
    }

    /// Every error found in the document (warnings are not included: see
    /// [`crate::Framework::validate`] for both).
    ///
    /// ```
    /// let err = lhs_maturity::Framework::builtin()
    ///     .score_json(r#"{"answers": {"inst.info.routine_data": 9, "inst.delib.working_groups": true}}"#)
    ///     .unwrap_err();
    /// assert_eq!(err.details().len(), 2);
    /// ```
    pub fn details(&self) -> &[Diagnostic] {
        match self {
            Error::Framework(d) | Error::Assessment(d) | Error::Input(d) => d,
        }
    }

    fn first(&self) -> Option<&Diagnostic> {
        self.details()
            .iter()
            .find(|d| d.is_error())
            .or_else(|| self.details().first())
    }

    /// The code of the first error (`framework.invalid`/`assessment.invalid` if there is none).
    ///
    /// ```
    /// let err = lhs_maturity::Framework::from_json("[]").unwrap_err();
    /// assert_eq!(err.code(), "framework.invalid_type");
    /// ```
    pub fn code(&self) -> &str {
        match self.first() {
            Some(d) => &d.code,
            None => match self.kind() {
                DocumentKind::Framework => "framework.invalid",
                DocumentKind::Assessment => "assessment.invalid",
                DocumentKind::Input => "input.invalid",
            },
        }
    }

    /// The JSON Pointer of the first error.
    ///
    /// ```
    /// let err = lhs_maturity::Framework::from_json("[]").unwrap_err();
    /// assert_eq!(err.path(), "");
    /// ```
    pub fn path(&self) -> &str {
        self.first().map_or("", |d| d.path.as_str())
    }

    /// The advice attached to the first error, if any.
    ///
    /// ```
    /// let err = lhs_maturity::Framework::from_json("{").unwrap_err();
    /// assert!(err.help().is_some());
    /// ```
    pub fn help(&self) -> Option<&str> {
        self.first().and_then(|d| d.help.as_deref())
    }

    /// The plain-language message of the first error.
    ///
    /// ```
    /// let err = lhs_maturity::Framework::from_json("{").unwrap_err();
    /// assert!(err.message().contains("JSON"));
    /// ```
    pub fn message(&self) -> &str {
        self.first().map_or("", |d| d.message.as_str())
    }

    /// A serializable summary of the error, as the bindings expose it.
    ///
    /// ```
    /// let info = lhs_maturity::Framework::from_json("{").unwrap_err().info();
    /// assert_eq!(info.code, "framework.invalid_json");
    /// assert_eq!(info.details.len(), 1);
    /// ```
    pub fn info(&self) -> ErrorInfo {
        ErrorInfo {
            kind: self.kind(),
            code: self.code().to_owned(),
            path: self.path().to_owned(),
            message: self.to_string(),
            help: self.help().map(str::to_owned),
            details: self.details().to_vec(),
        }
    }
}

/// An [`Error`] as data: what Python exceptions and JavaScript `Error` objects carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ErrorInfo {
    /// Which kind of document is invalid.
    pub kind: DocumentKind,
    /// The code of the first error.
    pub code: String,
    /// The JSON Pointer of the first error.
    pub path: String,
    /// A one-line summary.
    pub message: String,
    /// Advice for the first error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Every problem found in the document.
    pub details: Vec<Diagnostic>,
}

/// Escapes one JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
///
/// ```
/// assert_eq!(lhs_maturity::pointer_token("a/b~c"), "a~1b~0c");
/// ```
pub fn pointer_token(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    push_token(&mut out, token);
    out
}

/// Appends an escaped reference token (one pass, no allocation of its own).
fn push_token(out: &mut String, token: &str) {
    for ch in token.chars() {
        match ch {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// Appends a reference token to a JSON Pointer.
pub(crate) fn child_path(parent: &str, token: &str) -> String {
    let mut p = String::with_capacity(parent.len() + token.len() + 1);
    p.push_str(parent);
    p.push('/');
    if token.contains(['~', '/']) {
        push_token(&mut p, token);
    } else {
        p.push_str(token);
    }
    p
}

/// Appends an array index to a JSON Pointer.
pub(crate) fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}/{index}")
}
