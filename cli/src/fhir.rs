//! `lhs-maturity export fhir-questionnaire`, `export fhir-response` and `import fhir-response`.

use crate::lang::{t, Lang};
use crate::{emit, io, Failure};
use clap::{Args, ValueEnum};
use lhs_maturity::{Assessment, FhirOptions, FormUnit, Framework};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// Pretty JSON with a final newline.
fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

/// Compact JSON with a final newline: a Questionnaire with the translations of every text is
/// 1.7 MB so, 4 MB indented.
fn compact(v: &Value) -> String {
    v.to_string() + "\n"
}

/// `export fhir-questionnaire`: the Questionnaire in the `--lang` language, to `-o` or standard
/// output; when `-o` is a directory (or ends with `/`), one Questionnaire per language of the framework
/// (`questionnaire-<lang>.json`) and the CodeSystem of its levels (`codesystem.json`).
pub(crate) fn questionnaire(
    fw: &Framework,
    files: &[PathBuf],
    output: Option<&Path>,
    units: Option<&Path>,
    revision: u32,
    lang: Lang,
) -> Result<u8, Failure> {
    if !files.is_empty() {
        return Err(Failure::Message(
            lang.t(
                "cli-error-fhir-files",
                &[("layout", t("fhir-questionnaire"))],
            ),
            None,
        ));
    }
    let mut options = FhirOptions {
        lang: lang.code().to_owned(),
        revision,
        ..FhirOptions::default()
    };
    if let Some(p) = units {
        let shown = p.display().to_string();
        let text = io::read_text(p, lang).map_err(|e| Failure::Document(shown.clone(), e))?;
        options.units = FormUnit::read_csv(&text).map_err(|e| Failure::Document(shown, e))?;
    }
    let framework = format!("{} {}", fw.id(), fw.version());
    let doc = |e| Failure::Document(framework.clone(), e);
    let is_dir = |p: &Path| p.is_dir() || p.as_os_str().to_string_lossy().ends_with(['/', '\\']);
    match output {
        Some(dir) if is_dir(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| {
                Failure::Message(
                    io::cannot_write(dir, e.to_string(), lang),
                    Some(lang.t("cli-help-writable", &[])),
                )
            })?;
            let mut langs: Vec<String> =
                fw.spec().languages.iter().map(|l| l.code.clone()).collect();
            if !langs.iter().any(|l| l == "en") {
                langs.insert(0, "en".to_owned());
            }
            for l in langs {
                options.lang.clone_from(&l);
                let q = fw.fhir_questionnaire(&options).map_err(doc)?;
                emit(
                    Some(&dir.join(format!("questionnaire-{l}.json"))),
                    &pretty(&q),
                    lang,
                )?;
            }
            emit(
                Some(&dir.join("codesystem.json")),
                &pretty(&fw.fhir_code_system()),
                lang,
            )?;
        }
        _ => {
            let q = fw.fhir_questionnaire(&options).map_err(doc)?;
            emit(output, &compact(&q), lang)?;
        }
    }
    Ok(0)
}

/// `export fhir-response`: each assessment (JSON) as a QuestionnaireResponse in the `--lang`
/// language; several as a FHIR Bundle of type `collection`.
pub(crate) fn response(
    fw: &Framework,
    files: &[PathBuf],
    output: Option<&Path>,
    lang: Lang,
) -> Result<u8, Failure> {
    if files.is_empty() {
        return Err(Failure::Message(
            lang.t("cli-error-fhir-files", &[("layout", t("fhir-response"))]),
            None,
        ));
    }
    let mut responses = Vec::new();
    let mut failures = Vec::new();
    for f in files {
        let shown = f.display().to_string();
        let qr = io::read_text(f, lang)
            .and_then(|text| Assessment::from_json(&text))
            .and_then(|a| fw.to_fhir_response(&a, lang.code()));
        match qr {
            Ok(v) => responses.push(v),
            Err(e) => failures.push(Failure::Document(shown, e)),
        }
    }
    if let Some(f) = Failure::all(failures) {
        return Err(f);
    }
    let out = match <[Value; 1]>::try_from(responses) {
        Ok([one]) => one,
        Err(many) => json!({
            "resourceType": "Bundle",
            "type": "collection",
            "entry": many.into_iter().map(|r| json!({"resource": r})).collect::<Vec<_>>(),
        }),
    };
    emit(output, &pretty(&out), lang)?;
    Ok(0)
}

#[derive(Args)]
pub(crate) struct ImportArgs {
    /// What the file is: `fhir-response`, a FHIR R4 QuestionnaireResponse to the framework's
    /// Questionnaire (from LHC-Forms or any SDC form filler)
    #[arg(value_enum)]
    layout: ImportLayout,
    /// The file to read (JSON)
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Write the assessment to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum ImportLayout {
    /// A FHIR R4 QuestionnaireResponse to the framework's Questionnaire
    FhirResponse,
}

/// `import fhir-response`: the response as an assessment (JSON), every problem of the response
/// at its item's `linkId` path.
pub(crate) fn import(fw: &Framework, a: ImportArgs, lang: Lang) -> Result<u8, Failure> {
    let ImportLayout::FhirResponse = a.layout;
    let shown = a.file.display().to_string();
    let assessment = io::read_text(&a.file, lang)
        .and_then(|text| fw.from_fhir_response(&text))
        .map_err(|e| Failure::Document(shown, e))?;
    emit(a.output.as_deref(), &(assessment.to_json() + "\n"), lang)?;
    Ok(0)
}
