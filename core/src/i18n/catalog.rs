//! Message catalogs in Fluent (`.ftl`), the format of Mozilla's Pontoon and of Weblate: one
//! file per language, read with `fluent-syntax`. Messages are resolved here rather than by
//! `fluent-bundle` because plural forms and numbers must follow CLDR exactly as the browser
//! does (see [`super::plural`] and [`super::number`]): `fluent-bundle` leaves out the `many` form
//! of French, Spanish and Portuguese, prints numbers with a decimal point in every language and
//! wraps arguments in invisible direction marks.
//!
//! The subset used: text, `{ $variable }`, `{ -term }`, `{ message }`, string and number
//! literals, and selections on a variable by plural category (`[one]`, `[few]`…), exact number
//! (`[0]`) or text (`[district]`). A catalog using anything else (functions) is refused.

use crate::error::{Diagnostic, Error};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, VariantKey,
};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

/// The languages whose catalogs are built in (the others can be added with [`add_catalog`]).
#[cfg(feature = "languages")]
pub const MESSAGE_LANGUAGES: &[&str] = &["en", "fr", "es", "pt-PT", "ar"];
/// The languages whose catalogs are built in (the others can be added with [`add_catalog`]).
#[cfg(not(feature = "languages"))]
pub const MESSAGE_LANGUAGES: &[&str] = &["en"];

/// The catalog files of each language, in `spec/i18n/messages/<lang>/`: the reports and
/// templates, the command line, the web page and the diagnostics an evaluator can cause.
pub const CATALOG_FILES: [&str; 4] = ["report", "cli", "page", "diagnostics"];

/// The command line's messages (`cli.ftl`), built in with the feature `cli-texts` only: the
/// browser package leaves them out (it has no command line), which keeps its module smaller.
#[cfg(feature = "cli-texts")]
macro_rules! cli_texts {
    ($lang:literal) => {
        include_str!(concat!("../../data/i18n/messages/", $lang, "/cli.ftl"))
    };
}
#[cfg(not(feature = "cli-texts"))]
macro_rules! cli_texts {
    ($lang:literal) => {
        ""
    };
}

macro_rules! catalog_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../data/i18n/messages/", $lang, "/report.ftl")),
            cli_texts!($lang),
            include_str!(concat!("../../data/i18n/messages/", $lang, "/page.ftl")),
            include_str!(concat!(
                "../../data/i18n/messages/",
                $lang,
                "/diagnostics.ftl"
            )),
        ]
    };
}

/// The built-in catalog files of a language, in the order of [`CATALOG_FILES`].
fn builtin_sources(lang: &str) -> Option<[&'static str; 4]> {
    match lang {
        "en" => Some(catalog_files!("en")),
        #[cfg(feature = "languages")]
        "fr" => Some(catalog_files!("fr")),
        #[cfg(feature = "languages")]
        "es" => Some(catalog_files!("es")),
        #[cfg(feature = "languages")]
        "pt-PT" => Some(catalog_files!("pt-PT")),
        #[cfg(feature = "languages")]
        "ar" => Some(catalog_files!("ar")),
        _ => None,
    }
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is (a name, an id); also selects a `[variant]` of the same name.
    Text(String),
    /// A whole number: shown in the language's notation and selecting the plural form.
    Count(u64),
    /// A number shown with a fixed count of decimals.
    Number(f64, usize),
}

/// One language's messages.
#[derive(Debug)]
pub struct Catalog {
    lang: String,
    resource: Resource<String>,
    messages: HashMap<String, usize>,
    terms: HashMap<String, usize>,
}

impl Catalog {
    /// The built-in catalog of a language (its files joined), if there is one.
    ///
    /// ```
    /// let en = lhs_maturity::i18n::Catalog::builtin("en").unwrap().unwrap();
    /// assert!(en.ids().contains(&"count-indicators".to_owned()));
    /// assert!(lhs_maturity::i18n::Catalog::builtin("sw").is_none());
    /// ```
    pub fn builtin(lang: &str) -> Option<Result<Catalog, Error>> {
        builtin_sources(lang).map(|files| Catalog::parse(lang, &files.join("\n")))
    }

    /// Reads a catalog; every syntax error and every unsupported construct at once, each with
    /// its line (`catalog.syntax`, `catalog.unsupported`).
    ///
    /// ```
    /// use lhs_maturity::i18n::{Arg, Catalog};
    /// let c = Catalog::parse("fr", "n = { $n ->\n    [one] { $n } indicateur\n   *[other] { $n } indicateurs\n}\n").unwrap();
    /// assert_eq!(c.format("n", &[("n", Arg::Count(0))]).unwrap(), "0 indicateur");
    /// assert_eq!(c.format("n", &[("n", Arg::Count(1234))]).unwrap(), "1\u{202F}234 indicateurs");
    /// assert_eq!(Catalog::parse("fr", "x = { NUMBER($n) }\n").unwrap_err().code(), "catalog.unsupported");
    /// ```
    pub fn parse(lang: &str, source: &str) -> Result<Catalog, Error> {
        let (resource, errors) = match fluent_syntax::parser::parse(source.to_owned()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let line = |pos: usize| source.get(..pos).map_or(1, |s| s.matches('\n').count() + 1);
        let mut diags: Vec<Diagnostic> = errors
            .iter()
            .map(|e| {
                Diagnostic::error(
                    "catalog.syntax",
                    format!("line {}", line(e.pos.start)),
                    format!("the {lang} catalog cannot be read here: {}", e.kind),
                )
            })
            .collect();
        let mut messages = HashMap::new();
        let mut terms = HashMap::new();
        for (i, entry) in resource.body.iter().enumerate() {
            let (id, patterns) = match entry {
                Entry::Message(m) => {
                    messages.insert(m.id.name.clone(), i);
                    let pats = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                    (m.id.name.as_str(), pats.collect::<Vec<_>>())
                }
                Entry::Term(t) => {
                    terms.insert(t.id.name.clone(), i);
                    (t.id.name.as_str(), vec![&t.value])
                }
                _ => continue,
            };
            if patterns.iter().any(|p| uses_function(p)) {
                diags.push(
                    Diagnostic::error(
                        "catalog.unsupported",
                        id.to_owned(),
                        format!("`{id}` of the {lang} catalog calls a function"),
                    )
                    .with_help(
                        "numbers are formatted before they reach the message: write `{ $n }`",
                    ),
                );
            }
        }
        if !diags.is_empty() {
            return Err(Error::Input(diags));
        }
        Ok(Catalog {
            lang: lang.to_owned(),
            resource,
            messages,
            terms,
        })
    }

    /// The language of the catalog.
    pub fn language(&self) -> &str {
        &self.lang
    }

    /// Every message id, with `id.attribute` for attributes, sorted.
    pub fn ids(&self) -> Vec<String> {
        let mut out = Vec::new();
        for entry in &self.resource.body {
            if let Entry::Message(m) = entry {
                if m.value.is_some() {
                    out.push(m.id.name.clone());
                }
                for a in &m.attributes {
                    out.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        out.sort();
        out
    }

    /// The variables a message (or `id.attribute`) uses, for checking that translations keep
    /// them: those it shows or selects on, and those of the messages it refers to (which are
    /// written with the same arguments).
    ///
    /// ```
    /// let c = lhs_maturity::i18n::Catalog::parse("en", "a = { $x } and { b }\nb = { $y ->\n   *[other] { $z }\n}\n").unwrap();
    /// assert_eq!(c.variables("a").into_iter().collect::<Vec<_>>(), ["x", "y", "z"]);
    /// ```
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut refs = BTreeSet::new();
        let mut todo = vec![id.to_owned()];
        while let Some(next) = todo.pop() {
            if !refs.insert(next.clone()) {
                continue;
            }
            if let Some(p) = self.pattern(&next) {
                let mut found = BTreeSet::new();
                collect_variables(p, &mut out, &mut found);
                todo.extend(found);
            }
        }
        out
    }

    /// The selections of a message (or `id.attribute`): each selecting variable with the keys
    /// of its variants, for checking that a translation writes every plural form its language
    /// has.
    ///
    /// ```
    /// let c = lhs_maturity::i18n::Catalog::parse("en", "m = { $n ->\n    [one] a\n   *[other] b\n}\n").unwrap();
    /// assert_eq!(c.selections("m"), [("n".to_owned(), vec!["one".to_owned(), "other".to_owned()])]);
    /// ```
    pub fn selections(&self, id: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        if let Some(p) = self.pattern(id) {
            collect_selections(p, &mut out);
        }
        out
    }

    /// The message `id` (or `id.attribute`) with its arguments, if the catalog has it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let p = self.pattern(id)?;
        let mut out = String::new();
        self.write(p, args, &mut out, 0);
        Some(out)
    }

    fn pattern(&self, id: &str) -> Option<&Pattern<String>> {
        let (name, attr) = match id.split_once('.') {
            Some((n, a)) => (n, Some(a)),
            None => (id, None),
        };
        let Entry::Message(m) = self.resource.body.get(*self.messages.get(name)?)? else {
            return None;
        };
        match attr {
            None => m.value.as_ref(),
            Some(a) => m
                .attributes
                .iter()
                .find(|x| x.id.name == a)
                .map(|x| &x.value),
        }
    }

    fn write(&self, p: &Pattern<String>, args: &[(&str, Arg)], out: &mut String, depth: u8) {
        for el in &p.elements {
            match el {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.expression(expression, args, out, depth);
                }
            }
        }
    }

    fn expression(
        &self,
        e: &Expression<String>,
        args: &[(&str, Arg)],
        out: &mut String,
        depth: u8,
    ) {
        match e {
            Expression::Inline(i) => self.inline(i, args, out, depth),
            Expression::Select { selector, variants } => {
                let chosen = variants
                    .iter()
                    .find(|v| self.selects(selector, &v.key, args))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(v) = chosen {
                    self.write(&v.value, args, out, depth);
                }
            }
        }
    }

    fn selects(
        &self,
        selector: &InlineExpression<String>,
        key: &VariantKey<String>,
        args: &[(&str, Arg)],
    ) -> bool {
        let InlineExpression::VariableReference { id } = selector else {
            return false;
        };
        let Some(arg) = lookup(args, &id.name) else {
            return false;
        };
        match (arg, key) {
            (Arg::Count(n), VariantKey::NumberLiteral { value }) => value.parse::<u64>() == Ok(*n),
            (Arg::Count(n), VariantKey::Identifier { name }) => {
                super::plural(&self.lang, *n).keyword() == name
            }
            (Arg::Text(t), VariantKey::Identifier { name }) => t == name,
            _ => false,
        }
    }

    fn inline(
        &self,
        i: &InlineExpression<String>,
        args: &[(&str, Arg)],
        out: &mut String,
        depth: u8,
    ) {
        match i {
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => {
                out.push_str(value);
            }
            InlineExpression::VariableReference { id } => match lookup(args, &id.name) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Count(n)) => out.push_str(&super::count(*n, &self.lang)),
                Some(Arg::Number(x, d)) => out.push_str(&super::decimal(*x, *d, &self.lang)),
                None => {
                    out.push_str("{$");
                    out.push_str(&id.name);
                    out.push('}');
                }
            },
            InlineExpression::MessageReference { id, attribute } if depth < 8 => {
                let key = match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.clone(),
                };
                if let Some(p) = self.pattern(&key) {
                    self.write(p, args, out, depth + 1);
                }
            }
            InlineExpression::TermReference { id, .. } if depth < 8 => {
                let term = self
                    .terms
                    .get(&id.name)
                    .and_then(|&i| self.resource.body.get(i));
                if let Some(Entry::Term(t)) = term {
                    self.write(&t.value, args, out, depth + 1);
                }
            }
            InlineExpression::Placeable { expression } => {
                self.expression(expression, args, out, depth);
            }
            _ => {}
        }
    }
}

fn lookup<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}

fn uses_function(p: &Pattern<String>) -> bool {
    fn inline(i: &InlineExpression<String>) -> bool {
        match i {
            InlineExpression::FunctionReference { .. } => true,
            InlineExpression::Placeable { expression } => expr(expression),
            _ => false,
        }
    }
    fn expr(e: &Expression<String>) -> bool {
        match e {
            Expression::Inline(i) => inline(i),
            Expression::Select { selector, variants } => {
                inline(selector) || variants.iter().any(|v| uses_function(&v.value))
            }
        }
    }
    p.elements.iter().any(|el| match el {
        PatternElement::Placeable { expression } => expr(expression),
        PatternElement::TextElement { .. } => false,
    })
}

fn collect_selections(p: &Pattern<String>, out: &mut Vec<(String, Vec<String>)>) {
    for el in &p.elements {
        let PatternElement::Placeable { expression } = el else {
            continue;
        };
        if let Expression::Select { selector, variants } = expression {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.clone(),
                        VariantKey::NumberLiteral { value } => value.clone(),
                    })
                    .collect();
                out.push((id.name.clone(), keys));
            }
            for v in variants {
                collect_selections(&v.value, out);
            }
        }
    }
}

/// The variables of a pattern into `out`, and the messages it refers to (`id` or
/// `id.attribute`) into `refs`.
fn collect_variables(p: &Pattern<String>, out: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    type Sets<'a> = (&'a mut BTreeSet<String>, &'a mut BTreeSet<String>);
    fn inline(i: &InlineExpression<String>, s: &mut Sets<'_>) {
        match i {
            InlineExpression::VariableReference { id } => {
                s.0.insert(id.name.clone());
            }
            InlineExpression::MessageReference { id, attribute } => {
                s.1.insert(match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.clone(),
                });
            }
            InlineExpression::Placeable { expression } => expr(expression, s),
            _ => {}
        }
    }
    fn expr(e: &Expression<String>, s: &mut Sets<'_>) {
        match e {
            Expression::Inline(i) => inline(i, s),
            Expression::Select { selector, variants } => {
                inline(selector, s);
                for v in variants {
                    collect_variables(&v.value, s.0, s.1);
                }
            }
        }
    }
    let mut sets: Sets<'_> = (out, refs);
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, &mut sets);
        }
    }
}

type Registry = RwLock<HashMap<String, Arc<Catalog>>>;

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| RwLock::new(HashMap::new()))
}

/// The catalog of `lang`: one added with [`add_catalog`], else the built-in one, parsed once.
pub(crate) fn catalog(lang: &str) -> Option<Arc<Catalog>> {
    if lang == "en" {
        return english().cloned();
    }
    if let Some(c) = registry()
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(lang)
    {
        return Some(Arc::clone(c));
    }
    let c = Arc::new(Catalog::parse(lang, &builtin_sources(lang)?.join("\n")).ok()?);
    registry()
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(lang.to_owned(), Arc::clone(&c));
    Some(c)
}

/// The English catalog, the source of every other: built in, parsed once, never replaced (the
/// diagnostics of every document are written from it, so it is kept out of the lock).
fn english() -> Option<&'static Arc<Catalog>> {
    static ENGLISH: OnceLock<Option<Arc<Catalog>>> = OnceLock::new();
    ENGLISH
        .get_or_init(|| {
            let files = builtin_sources("en")?;
            Catalog::parse("en", &files.join("\n")).ok().map(Arc::new)
        })
        .as_ref()
}

/// Adds (or replaces) the catalog of a language, e.g. one loaded on demand in the browser.
/// English, the source language, is built in and cannot be replaced (`catalog.source_language`).
///
/// ```
/// lhs_maturity::i18n::add_catalog("sw", "report-title = Ripoti ya tathmini\n").unwrap();
/// assert_eq!(lhs_maturity::i18n::message("sw", "report-title", &[]), "Ripoti ya tathmini");
/// let e = lhs_maturity::i18n::add_catalog("en", "report-title = x\n").unwrap_err();
/// assert_eq!(e.code(), "catalog.source_language");
/// ```
pub fn add_catalog(lang: &str, source: &str) -> Result<(), Error> {
    if lang == "en" {
        return Err(Error::Input(vec![Diagnostic::error(
            "catalog.source_language",
            "",
            "English is the source language of the catalogs: it is built in and cannot be replaced",
        )
        .with_help("add a catalog under another language tag")]));
    }
    let c = Catalog::parse(lang, source)?;
    registry()
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(lang.to_owned(), Arc::new(c));
    Ok(())
}

/// The message `id` in `lang`; a message the language lacks falls back to English alone, and an
/// unknown id shows itself.
///
/// ```
/// use lhs_maturity::i18n::{message, Arg};
/// assert_eq!(message("en", "count-indicators", &[("n", Arg::Count(1))]), "1 indicator");
/// ```
pub fn message(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    catalog(lang)
        .and_then(|c| c.format(id, args))
        .or_else(|| catalog("en").and_then(|c| c.format(id, args)))
        .unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selects_exact_numbers_before_plural_forms_and_text_variants() {
        let c = Catalog::parse(
            "ar",
            "m = { $n ->\n    [0] لا شيء\n    [few] { $n } مؤشرات\n   *[other] { $n } مؤشر\n}\nk = { $kind ->\n    [district] مقاطعة\n   *[other] وحدة\n}\n",
        )
        .unwrap();
        assert_eq!(c.format("m", &[("n", Arg::Count(0))]).unwrap(), "لا شيء");
        assert_eq!(c.format("m", &[("n", Arg::Count(3))]).unwrap(), "3 مؤشرات");
        assert_eq!(
            c.format("m", &[("n", Arg::Count(100))]).unwrap(),
            "100 مؤشر"
        );
        assert_eq!(
            c.format("k", &[("kind", Arg::Text("district".into()))])
                .unwrap(),
            "مقاطعة"
        );
        assert_eq!(c.format("k", &[]).unwrap(), "وحدة");
        assert_eq!(c.variables("m"), BTreeSet::from(["n".to_owned()]));
    }

    #[test]
    fn terms_attributes_and_missing_arguments() {
        let c = Catalog::parse(
            "en",
            "-lhs = learning health system\nt = A { -lhs }\n    .help = Score { $x }\n",
        )
        .unwrap();
        assert_eq!(c.format("t", &[]).unwrap(), "A learning health system");
        assert_eq!(c.format("t.help", &[]).unwrap(), "Score {$x}");
        assert_eq!(c.ids(), ["t", "t.help"]);
    }

    #[test]
    fn syntax_errors_say_which_line() {
        let e = Catalog::parse("fr", "a = ok\nb = { $n ->\n}\n").unwrap_err();
        assert_eq!(e.code(), "catalog.syntax");
        assert_eq!(e.path(), "line 3");
    }
}
