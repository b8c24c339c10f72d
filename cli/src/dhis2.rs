//! `lhs-maturity export dhis2`, `export dhis2-metadata` and `export dhis2-mapping`: the scores
//! of reports as a DHIS2 `dataValueSet`, the metadata package an administrator imports once,
//! and the mapping between the two (every rule in the core's `Framework::dhis2_*`).

use crate::lang::{n, t, Lang};
use crate::migrate::ExportLayout;
use crate::{emit, io, say, Failure};
use clap::{Args, ValueEnum};
use lhs_maturity::{
    Dhis2Mapping, Dhis2MetadataOptions, Dhis2Options, FormUnit, Framework, UnknownRule,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The options of the DHIS2 layouts of `export`.
#[derive(Args)]
pub(crate) struct Dhis2Args {
    /// For `dhis2`: the mapping of the framework to the DHIS2 instance (JSON), made by `export
    /// dhis2-mapping`: the data elements of each node and the organisation unit of each unit
    #[arg(long, value_name = "FILE")]
    mapping: Option<PathBuf>,
    /// For `dhis2`: `json` (the default) or `csv`, DHIS2's two import forms
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<Dhis2Format>,
    /// For `dhis2`: the levels too (an option of the levels' option set)
    #[arg(long)]
    levels: bool,
    /// For `dhis2`: the coverages too (× 100, a whole number, for a PERCENTAGE data element)
    #[arg(long)]
    coverage: bool,
    /// For `dhis2-mapping`: the metadata package to find the data elements in (by code), as
    /// made by `export dhis2-metadata` or exported back from DHIS2; without it, the UIDs the
    /// package was made with
    #[arg(long, value_name = "FILE")]
    metadata: Option<PathBuf>,
    /// For `dhis2-metadata` and `dhis2-mapping`: the data set's DHIS2 period type (`Yearly`,
    /// the default, `Quarterly`, `Monthly`...)
    #[arg(long, value_name = "TYPE")]
    period_type: Option<String>,
    /// For `dhis2-metadata` and `dhis2-mapping`: the start of every code (default: the
    /// framework id in capitals, `LHS_2021`)
    #[arg(long, value_name = "PREFIX")]
    code_prefix: Option<String>,
}

/// DHIS2's import forms of a `dataValueSet`.
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum Dhis2Format {
    /// `{"dataSet": …, "dataValues": [...]}`
    Json,
    /// One row per value, DHIS2's ten columns
    Csv,
}

impl Dhis2Args {
    /// The options given, as written on the command line, each with the layouts it is for.
    fn given(&self) -> Vec<(&'static str, &'static [ExportLayout])> {
        use ExportLayout::{Dhis2, Dhis2Mapping as Mapping, Dhis2Metadata as Metadata};
        [
            (self.mapping.is_some(), "--mapping", &[Dhis2] as &[_]),
            (self.format.is_some(), "--format", &[Dhis2]),
            (self.levels, "--levels", &[Dhis2]),
            (self.coverage, "--coverage", &[Dhis2]),
            (self.metadata.is_some(), "--metadata", &[Mapping]),
            (
                self.period_type.is_some(),
                "--period-type",
                &[Metadata, Mapping],
            ),
            (
                self.code_prefix.is_some(),
                "--code-prefix",
                &[Metadata, Mapping],
            ),
        ]
        .into_iter()
        .filter_map(|(given, name, layouts)| given.then_some((name, layouts)))
        .collect()
    }
}

/// What `export` passes on to the DHIS2 layouts.
pub(crate) struct Export<'a> {
    pub(crate) layout: ExportLayout,
    pub(crate) files: &'a [PathBuf],
    pub(crate) output: Option<&'a Path>,
    pub(crate) units: Option<&'a Path>,
    /// An option of `export xlsform` given (`--period`...), refused here.
    pub(crate) form_option: Option<&'static str>,
    /// How `unknown` answers count when assessments are scored (`--unknown`).
    pub(crate) unknown: UnknownRule,
}

fn layout_name(layout: ExportLayout) -> &'static str {
    match layout {
        ExportLayout::Dhis2Metadata => "dhis2-metadata",
        ExportLayout::Dhis2Mapping => "dhis2-mapping",
        _ => "dhis2",
    }
}

/// `export dhis2`, `dhis2-metadata` and `dhis2-mapping`; `None` for the other layouts (unless
/// one of the DHIS2 options is given to them: refused).
pub(crate) fn export(
    fw: &Framework,
    args: &Dhis2Args,
    e: &Export<'_>,
    lang: Lang,
) -> Option<Result<u8, Failure>> {
    let refuse = |id: &str, option: &str| {
        let layout = ("layout", t(layout_name(e.layout)));
        let args = match id {
            "cli-error-dhis2-layout-option" => vec![("option", t(option)), layout],
            "cli-error-dhis2-files" => vec![layout],
            _ => vec![("option", t(option))],
        };
        Some(Err(Failure::Message(lang.t(id, &args), None)))
    };
    let given = args.given();
    let dhis2 = [
        ExportLayout::Dhis2,
        ExportLayout::Dhis2Metadata,
        ExportLayout::Dhis2Mapping,
    ];
    if !dhis2.contains(&e.layout) {
        return given
            .first()
            .and_then(|(o, _)| refuse("cli-error-dhis2-option", o));
    }
    if let Some(o) = e.form_option {
        return refuse("cli-error-xlsform-option", o);
    }
    if let Some((o, _)) = given.iter().find(|(_, ls)| !ls.contains(&e.layout)) {
        return refuse("cli-error-dhis2-layout-option", o);
    }
    if e.layout != ExportLayout::Dhis2 && !e.files.is_empty() {
        return refuse("cli-error-dhis2-files", "");
    }
    Some(match e.layout {
        ExportLayout::Dhis2 => data_values(fw, args, e, lang),
        ExportLayout::Dhis2Metadata => metadata(fw, args, e, lang),
        _ => mapping(fw, args, e, lang),
    })
}

/// The units list of `--units`, if given.
fn units(path: Option<&Path>, lang: Lang) -> Result<Vec<FormUnit>, Failure> {
    let Some(p) = path else {
        return Ok(Vec::new());
    };
    let shown = p.display().to_string();
    let text = io::read_text(p, lang).map_err(|e| Failure::Document(shown.clone(), e))?;
    FormUnit::read_csv(&text).map_err(|e| Failure::Document(shown, e))
}

fn options(args: &Dhis2Args, e: &Export<'_>, lang: Lang) -> Result<Dhis2MetadataOptions, Failure> {
    Ok(Dhis2MetadataOptions {
        period_type: args.period_type.clone().unwrap_or_default(),
        code_prefix: args.code_prefix.clone().unwrap_or_default(),
        language: lang.code().to_owned(),
        units: units(e.units, lang)?,
    })
}

/// `export dhis2-metadata`: the metadata package, to `-o` or standard output.
fn metadata(fw: &Framework, args: &Dhis2Args, e: &Export<'_>, lang: Lang) -> Result<u8, Failure> {
    let o = options(args, e, lang)?;
    let framework = format!("{} {}", fw.id(), fw.version());
    let m = fw
        .dhis2_metadata(&o)
        .map_err(|err| Failure::Document(framework, err))?;
    emit(e.output, &crate::analysis::json_text(&m), lang)?;
    if let Some(out) = e.output {
        let count = |k: &str| m.get(k).and_then(|v| v.as_array()).map_or(0, Vec::len);
        let data_set = |k: &str| {
            m.pointer(&format!("/dataSets/0/{k}"))
                .and_then(|v| v.as_str())
                .unwrap_or_default()
        };
        say(&lang.t(
            "cli-dhis2-metadata-written",
            &[
                ("file", t(out.display())),
                ("framework", t(fw.id())),
                ("version", t(fw.version())),
                ("elements", n(count("dataElements"))),
                ("data_set", t(data_set("id"))),
                ("period_type", t(data_set("periodType"))),
            ],
        ));
        say(&format!("  {}", lang.t("cli-dhis2-metadata-hint", &[])));
    }
    Ok(0)
}

/// `export dhis2-mapping`: the mapping, from the metadata package of `--metadata` (by code) or
/// from the framework (the derived UIDs), with the units' organisation units.
fn mapping(fw: &Framework, args: &Dhis2Args, e: &Export<'_>, lang: Lang) -> Result<u8, Failure> {
    let o = options(args, e, lang)?;
    let m = match &args.metadata {
        Some(p) => {
            let shown = p.display().to_string();
            let text =
                io::read_text(p, lang).map_err(|err| Failure::Document(shown.clone(), err))?;
            fw.dhis2_mapping_from_metadata_json(&text, &o)
                .map_err(|err| Failure::Document(shown, err))?
        }
        None => fw
            .dhis2_mapping(&o)
            .map_err(|err| Failure::Document(format!("{} {}", fw.id(), fw.version()), err))?,
    };
    emit(e.output, &m.to_json(), lang)?;
    if let Some(out) = e.output {
        say(&lang.t(
            "cli-dhis2-mapping-written",
            &[
                ("file", t(out.display())),
                ("framework", t(fw.id())),
                ("nodes", n(m.nodes.len())),
                ("units", n(m.org_units.len())),
            ],
        ));
    }
    Ok(0)
}

/// `export dhis2`: the scores of the reports (or assessments, scored) as a `dataValueSet`.
fn data_values(
    fw: &Framework,
    args: &Dhis2Args,
    e: &Export<'_>,
    lang: Lang,
) -> Result<u8, Failure> {
    let Some(path) = &args.mapping else {
        return Err(Failure::Message(
            lang.t("cli-error-dhis2-no-mapping", &[]),
            Some(lang.t("cli-help-dhis2-mapping", &[])),
        ));
    };
    if e.files.is_empty() {
        return Err(Failure::Message(
            lang.t("cli-error-dhis2-no-reports", &[]),
            None,
        ));
    }
    let shown = path.display().to_string();
    let text = io::read_text(path, lang).map_err(|err| Failure::Document(shown.clone(), err))?;
    let mut map = Dhis2Mapping::read_json(&text).map_err(|err| Failure::Document(shown, err))?;
    if let Some(p) = e.units {
        let list = units(Some(p), lang)?;
        map = map
            .with_units(&list)
            .map_err(|err| Failure::Document(p.display().to_string(), err))?;
    }
    let (sources, reports) = crate::analysis::reports(fw, e.files, lang, e.unknown)?;
    let options = Dhis2Options {
        levels: args.levels,
        coverage: args.coverage,
    };
    let set = fw
        .dhis2_data_values(&reports, &map, &options)
        .map_err(|err| crate::analysis::attribute(&err, &sources, None))?;
    let text = match args.format.unwrap_or(Dhis2Format::Json) {
        Dhis2Format::Json => set.to_json(),
        Dhis2Format::Csv => set.to_csv(),
    };
    emit(e.output, &text, lang)?;
    if let Some(out) = e.output {
        let keys = set.by_org_unit_and_period();
        let units: BTreeSet<&String> = keys.keys().map(|(u, _)| u).collect();
        let periods: BTreeSet<&String> = keys.keys().map(|(_, p)| p).collect();
        say(&lang.t(
            "cli-dhis2-written",
            &[
                ("file", t(out.display())),
                ("values", n(set.data_values.len())),
                ("reports", n(reports.len())),
                ("units", n(units.len())),
                ("periods", n(periods.len())),
            ],
        ));
    }
    Ok(0)
}
