//! Languages, forwarded to the core's `i18n` module: the French, Spanish, Portuguese and Arabic
//! texts are not built into this package (the core's `languages` feature is off, so that the
//! first load stays English-only); `addLanguage` adds one at run time from its language pack
//! (`languages/<lang>.json`, written by `./build`): the message catalog goes to
//! `i18n::add_catalog`, the framework texts to `Framework::translated`, whose result becomes
//! what `Framework.builtin()` returns (built once per added language, not per call).
//! Messages, plural categories, numbers, right-to-left and language negotiation are the core's.

use crate::{
    advise, argument_error, input_error, js_type, json_text, shown, throw, to_js, whole_number,
    Framework,
};
use js_sys::{Array, Object, Reflect};
use lhs_maturity::i18n;
use lhs_maturity::{DocumentKind, Error, Part};
use serde_json::Value;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// What `addLanguage` has added so far.
#[derive(Default)]
struct Added {
    /// The latest built-in framework with the texts of every language added (`None` until one
    /// is added: then it is the core's own).
    framework: Option<lhs_maturity::Framework>,
    /// The languages added, in order, with the pack each came from (a pack given again is not
    /// merged again).
    packs: Vec<(String, String)>,
}

thread_local! {
    static ADDED: RefCell<Added> = RefCell::new(Added::default());
}

/// The latest built-in framework with every language added by `addLanguage`.
pub(crate) fn latest_builtin() -> lhs_maturity::Framework {
    ADDED
        .with(|a| a.borrow().framework.clone())
        .unwrap_or_else(lhs_maturity::Framework::builtin)
}

/// The languages the messages and the built-in framework's texts are available in: the built-in
/// ones (English), then those added, in order.
fn available_now() -> Vec<String> {
    let mut out: Vec<String> = i18n::MESSAGE_LANGUAGES
        .iter()
        .map(|l| (*l).to_owned())
        .collect();
    ADDED.with(|a| {
        for (lang, _) in &a.borrow().packs {
            if !out.contains(lang) {
                out.push(lang.clone());
            }
        }
    });
    out
}

/// A language pack's problem: `translation.invalid`, the core's code for a translation that
/// cannot be read, at `path` in the pack.
fn invalid_pack(path: &str, message: String) -> Error {
    input_error(
        "translation.invalid",
        path,
        message,
        Some("a language pack is { language: \"fr\", framework: { id, version, texts: { key: text } }, messages: \"<Fluent catalog>\" }, as in languages/<lang>.json"),
    )
}

/// A language pack, read: its language, its framework texts (JSON text of an object, for
/// `Framework::translated`) and its catalog.
struct Pack {
    language: String,
    texts: Option<String>,
    messages: Option<String>,
}

/// Reads a language pack (an object or its JSON text) against the latest built-in framework.
fn read_pack(value: &JsValue, latest: &lhs_maturity::Framework) -> Result<Pack, Error> {
    let text = match value.as_string() {
        Some(t) => t,
        None if value.is_object() && !Array::is_array(value) => {
            json_text(value, DocumentKind::Input)?
        }
        None => {
            return Err(invalid_pack(
                "",
                format!(
                    "a language pack is an object or its JSON text, found `{}`",
                    js_type(value)
                ),
            ))
        }
    };
    let pack: Value = serde_json::from_str(&text)
        .map_err(|e| invalid_pack("", format!("the language pack is not JSON: {e}")))?;
    let Value::Object(mut pack) = pack else {
        return Err(invalid_pack(
            "",
            "a language pack is a JSON object".to_owned(),
        ));
    };
    for key in pack.keys() {
        if !["language", "framework", "messages"].contains(&key.as_str()) {
            return Err(invalid_pack(
                &format!("/{}", lhs_maturity::pointer_token(key)),
                format!("unknown field `{key}` in the language pack"),
            ));
        }
    }
    let language = match pack.remove("language") {
        Some(Value::String(l)) if !l.trim().is_empty() && !l.contains(char::is_whitespace) => l,
        other => {
            return Err(invalid_pack(
                "/language",
                format!(
                    "`language` must be a language tag such as \"fr\", found {}",
                    other.map_or_else(|| "nothing".to_owned(), |v| format!("`{v}`"))
                ),
            ))
        }
    };
    if language.eq_ignore_ascii_case("en") {
        return Err(invalid_pack(
            "/language",
            "English is the source language: it is built in and cannot be replaced".to_owned(),
        ));
    }
    let messages = match pack.remove("messages") {
        None | Some(Value::Null) => None,
        Some(Value::String(m)) => Some(m),
        Some(other) => {
            return Err(invalid_pack(
                "/messages",
                format!("`messages` must be the text of a Fluent catalog, found `{other}`"),
            ))
        }
    };
    let texts = match pack.remove("framework") {
        None | Some(Value::Null) => None,
        Some(fw) => Some(framework_texts(fw, latest)?),
    };
    Ok(Pack {
        language,
        texts,
        messages,
    })
}

/// The `framework` part of a pack: `{ id, version, texts }` for the latest built-in framework;
/// the texts as JSON text.
fn framework_texts(fw: Value, latest: &lhs_maturity::Framework) -> Result<String, Error> {
    let Value::Object(mut fw) = fw else {
        return Err(invalid_pack(
            "/framework",
            "`framework` must be an object { id, version, texts }".to_owned(),
        ));
    };
    for (field, want) in [("id", latest.id()), ("version", latest.version())] {
        match fw.get(field) {
            Some(Value::String(v)) if v == want => {}
            other => {
                return Err(invalid_pack(
                    &format!("/framework/{field}"),
                    format!(
                        "the pack is for {field} {}, the built-in framework is {} {}",
                        other.map_or_else(|| "(none)".to_owned(), |v| format!("`{v}`")),
                        latest.id(),
                        latest.version()
                    ),
                ))
            }
        }
    }
    match fw.remove("texts") {
        Some(texts @ Value::Object(_)) => Ok(texts.to_string()),
        other => Err(invalid_pack(
            "/framework/texts",
            format!(
                "`texts` must be an object of text keys and texts, found {}",
                other.map_or_else(|| "nothing".to_owned(), |v| format!("`{v}`"))
            ),
        )),
    }
}

/// Adds a language from its language pack (`languages/<lang>.json` of the package, an object
/// or its JSON text): its messages (`message`) and the built-in framework's texts in it
/// (`Framework.builtin()` carries them from now on, `score(…, { language })` uses them).
/// Returns `{ language, warnings }`: a warning `framework.unknown_text_key` for each text the
/// framework does not have. A pack given again is harmless. Throws an `LhsError`
/// `translation.invalid` (a malformed pack, at its JSON Pointer), `catalog.syntax` or
/// `catalog.unsupported` (its messages); nothing is added then.
#[wasm_bindgen(
    js_name = addLanguage,
    unchecked_return_type = "{ language: string; warnings: Diagnostic[] }"
)]
pub fn add_language(
    #[wasm_bindgen(unchecked_param_type = "LanguagePack | string")] pack: JsValue,
) -> Result<JsValue, JsValue> {
    let latest = latest_builtin();
    let pack = read_pack(&pack, &latest).map_err(throw)?;
    let fingerprint = format!(
        "{}\u{0}{}",
        pack.texts.as_deref().unwrap_or_default(),
        pack.messages.as_deref().unwrap_or_default()
    );
    let seen = ADDED.with(|a| {
        a.borrow()
            .packs
            .iter()
            .any(|(l, f)| *l == pack.language && *f == fingerprint)
    });
    let mut warnings = Vec::new();
    if !seen {
        // Both parts are checked before either is kept: a pack is added whole or not at all.
        let translated = match &pack.texts {
            Some(texts) => {
                let (fw, w) = latest
                    .translated(&pack.language, texts)
                    .map_err(|e| throw(e.within(Part::Member("/framework/texts"))))?;
                warnings = w;
                Some(fw)
            }
            None => None,
        };
        if let Some(messages) = &pack.messages {
            i18n::add_catalog(&pack.language, messages).map_err(throw)?;
        }
        for w in &mut warnings {
            w.path = format!("/framework/texts{}", w.path);
        }
        ADDED.with(|a| {
            let mut a = a.borrow_mut();
            if translated.is_some() {
                a.framework = translated;
            }
            a.packs.retain(|(l, _)| *l != pack.language);
            a.packs.push((pack.language.clone(), fingerprint));
        });
    }
    let out = Object::new();
    Reflect::set(&out, &"language".into(), &JsValue::from_str(&pack.language))?;
    Reflect::set(&out, &"warnings".into(), &to_js(&warnings)?)?;
    Ok(out.into())
}

/// The languages available now: English (built in), then each language added with
/// `addLanguage`, in order.
#[wasm_bindgen(js_name = availableLanguages, unchecked_return_type = "string[]")]
pub fn available_languages() -> Result<JsValue, JsValue> {
    to_js(&available_now())
}

/// A string argument, or the core's `argument.invalid_type` at `/<name>`.
fn string_arg(value: &JsValue, name: &str, example: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        throw(argument_error(
            name,
            "text",
            value,
            Some(("example", example)),
        ))
    })
}

/// A list of strings (or one string), or the core's `argument.invalid_type` at `/<name>` (at
/// `/<name>/<i>` for an item that is not a string).
fn strings_arg(value: &JsValue, name: &str) -> Result<Vec<String>, JsValue> {
    if let Some(s) = value.as_string() {
        return Ok(vec![s]);
    }
    let advice = Some(("example", "navigator.languages"));
    if !Array::is_array(value) {
        return Err(throw(argument_error(name, "languages", value, advice)));
    }
    Array::from(value)
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.as_string().ok_or_else(|| {
                let mut e = argument_error(name, "languages", &v, advice);
                if let Error::Input(list) = &mut e {
                    for d in list {
                        d.path = format!("{}/{i}", d.path);
                    }
                }
                throw(e)
            })
        })
        .collect()
}

/// Matches the language(s) a reader asked for (a tag, or a list in order of preference such as
/// `navigator.languages`) to one of `available` (default: the five languages of the package,
/// `en`, `fr`, `es`, `pt-PT`, `ar`, whether added yet or not, and any other language added with
/// `addLanguage`), by the core: the first request
/// that matches a language (`fr-SN` reads `fr`, `pt-BR` reads `pt-PT`), else English with the
/// warning `language.unavailable` (never an error). Returns `{ language, warning }`.
#[wasm_bindgen(
    js_name = negotiateLanguage,
    unchecked_return_type = "{ language: string; warning: Diagnostic | null }"
)]
pub fn negotiate_language(
    #[wasm_bindgen(unchecked_param_type = "string | readonly string[]")] requested: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "readonly string[] | null")] available: JsValue,
) -> Result<JsValue, JsValue> {
    let requested = strings_arg(&requested, "requested")?;
    let available: Vec<String> = if available.is_undefined() || available.is_null() {
        let mut all: Vec<String> = i18n::LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
        all.extend(
            available_now()
                .into_iter()
                .filter(|l| !i18n::LANGUAGES.contains(&l.as_str())),
        );
        all
    } else {
        strings_arg(&available, "available")?
    };
    let available: Vec<&str> = available.iter().map(String::as_str).collect();
    let requested: Vec<&str> = requested.iter().map(String::as_str).collect();
    let n = i18n::negotiate_list(&requested, &available);
    let out = Object::new();
    Reflect::set(&out, &"language".into(), &JsValue::from_str(&n.language))?;
    let warning = match &n.warning {
        Some(w) => to_js(w)?,
        None => JsValue::NULL,
    };
    Reflect::set(&out, &"warning".into(), &warning)?;
    Ok(out.into())
}

/// One argument of a message: text, or a whole number ≥ 0 (written in the language's notation,
/// and choosing the plural form).
fn message_arg(name: &str, v: &JsValue) -> Result<i18n::Arg, JsValue> {
    if let Some(s) = v.as_string() {
        return Ok(i18n::Arg::Text(s));
    }
    match v.as_f64() {
        Some(x) if x.fract() == 0.0 && (0.0..=9_007_199_254_740_991.0).contains(&x) => {
            Ok(i18n::Arg::Count(x as u64))
        }
        Some(_) => {
            let e = Error::argument_value(name, "message_arg", &shown(v));
            let advice = Some(("instead", "formatDecimal(x, 1, lang)"));
            Err(throw(advise(e, advice).within(Part::Member("/args"))))
        }
        None => Err(throw(
            argument_error(name, "message_arg", v, None).within(Part::Member("/args")),
        )),
    }
}

/// The message `id` (or `id.attribute`) of the catalog of `lang` with its arguments (`{ n: 3,
/// name: "Kisumu" }`: whole numbers are written in the language's notation and choose the
/// plural form); a message the language lacks is the English one, an unknown id is the id.
#[wasm_bindgen]
pub fn message(
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "MessageArgs | null")] args: JsValue,
) -> Result<String, JsValue> {
    let lang = string_arg(&lang, "lang", "\"fr\"")?;
    let id = string_arg(&id, "id", "\"page-title\"")?;
    let mut list = Vec::new();
    if !(args.is_undefined() || args.is_null()) {
        if !args.is_object() || Array::is_array(&args) {
            let advice = Some(("example", "{ n: 3 }"));
            return Err(throw(argument_error("args", "object", &args, advice)));
        }
        for key in Object::keys(args.unchecked_ref::<Object>()).iter() {
            let name = key.as_string().unwrap_or_default();
            let v = Reflect::get(&args, &key).unwrap_or(JsValue::UNDEFINED);
            if v.is_undefined() || v.is_null() {
                continue;
            }
            list.push((name.clone(), message_arg(&name, &v)?));
        }
    }
    let args: Vec<(&str, i18n::Arg)> = list.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    Ok(i18n::message(&lang, &id, &args))
}

/// The CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of the whole number
/// `n` in `lang`, as the catalogs choose their forms (the same as `Intl.PluralRules`).
#[wasm_bindgen(js_name = pluralCategory, unchecked_return_type = "PluralCategory")]
pub fn plural_category(
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<String, JsValue> {
    let lang = string_arg(&lang, "lang", "\"fr\"")?;
    let n = whole_number(&n, "n", "whole_number", 9_007_199_254_740_991.0).map_err(throw)?;
    Ok(i18n::plural(&lang, n).keyword().to_owned())
}

/// A number argument, or the core's `argument.invalid_type` at `/<name>`.
fn number_arg(value: &JsValue, name: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| throw(argument_error(name, "number", value, None)))
}

/// `x` with exactly `decimals` digits after the separator (0 to 20), in the notation of `lang`,
/// as the core writes every number of the reports (halves away from zero, as
/// `Intl.NumberFormat`; Arabic without the invisible direction marks `Intl` adds). A number
/// that is not finite is `—`.
#[wasm_bindgen(js_name = formatDecimal)]
pub fn format_decimal(
    #[wasm_bindgen(unchecked_param_type = "number")] x: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] decimals: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
) -> Result<String, JsValue> {
    let x = number_arg(&x, "x")?;
    let decimals = whole_number(&decimals, "decimals", "decimals", 20.0).map_err(throw)?;
    let lang = string_arg(&lang, "lang", "\"fr\"")?;
    Ok(i18n::decimal(x, decimals as usize, &lang))
}

/// A share between 0 and 1 as a whole percentage in the notation of `lang` (`0.5` is `50%` in
/// English, `50 %` in French).
#[wasm_bindgen(js_name = formatPercent)]
pub fn format_percent(
    #[wasm_bindgen(unchecked_param_type = "number")] share: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
) -> Result<String, JsValue> {
    let share = number_arg(&share, "share")?;
    let lang = string_arg(&lang, "lang", "\"fr\"")?;
    Ok(i18n::percent(share, &lang))
}

/// The largest document the core reads, in bytes (16 MiB), byte order marks at the start
/// aside: check a file's size against it before reading it.
#[wasm_bindgen(js_name = maxDocumentBytes)]
pub fn max_document_bytes() -> f64 {
    lhs_maturity::MAX_DOCUMENT_BYTES as f64
}

/// Whether `lang` is written right to left (Arabic): set `dir="rtl"` on what shows it.
#[wasm_bindgen(js_name = isRtl)]
pub fn is_rtl(
    #[wasm_bindgen(unchecked_param_type = "string")] lang: JsValue,
) -> Result<bool, JsValue> {
    Ok(i18n::is_rtl(&string_arg(&lang, "lang", "\"ar\"")?))
}

#[wasm_bindgen]
impl Framework {
    /// Every language of the framework with its review status (`source`, `provisional`,
    /// `reviewed`) and how many of its texts exist in it: the declared ones in order, then any
    /// other language some texts have.
    #[wasm_bindgen(js_name = languageStatus, unchecked_return_type = "LanguageStatus[]")]
    pub fn language_status(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.language_status())
    }
}

/// The `language` option of the renderings (`renderMarkdown`, `radarChart`, `facetChart`,
/// `renderHtml`): the language of their own words and numbers, instead of the report's.
#[cfg(feature = "full")]
pub(crate) fn render_language(options: &JsValue) -> Result<Option<String>, Error> {
    let mut o = crate::options_reader(options, &["language"], "{ language: \"fr\" }")?;
    let language = o.string("language");
    o.finish()?;
    Ok(language)
}
