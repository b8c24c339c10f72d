//! DHIS2 from Python: the arguments converted, then the core's `Framework::dhis2_metadata`,
//! `dhis2_mapping`, `dhis2_mapping_from_metadata` and `dhis2_data_values` (every rule there).

use crate::analysis::{read_reports, report_inputs};
use crate::convert::{to_value, units_arg};
use crate::errors::{py_err, to_py_err};
use lhs_maturity::{Dhis2Mapping, Dhis2MetadataOptions, Dhis2Options, Framework, Part};
use pyo3::prelude::*;

/// The options of the metadata package and the mapping.
pub(crate) fn metadata_options(
    py: Python<'_>,
    units: Option<&Bound<'_, PyAny>>,
    period_type: Option<String>,
    code_prefix: Option<String>,
    language: Option<String>,
) -> PyResult<Dhis2MetadataOptions> {
    Ok(Dhis2MetadataOptions {
        period_type: period_type.unwrap_or_default(),
        code_prefix: code_prefix.unwrap_or_default(),
        language: language.unwrap_or_default(),
        units: units_arg(py, units)?,
    })
}

/// `Framework.to_dhis2_mapping`: from the metadata package when given (a dict), else the
/// derived UIDs.
pub(crate) fn mapping(
    py: Python<'_>,
    fw: &Framework,
    metadata: Option<&Bound<'_, PyAny>>,
    options: &Dhis2MetadataOptions,
) -> PyResult<Dhis2Mapping> {
    match metadata.filter(|m| !m.is_none()) {
        Some(m) => {
            let value = to_value(m)?;
            fw.dhis2_mapping_from_metadata(&value, options)
                .map_err(|e| to_py_err(py, &e.within(Part::Argument("metadata"))))
        }
        None => fw.dhis2_mapping(options).map_err(py_err(py)),
    }
}

/// A mapping given as a dict or as JSON text.
fn mapping_arg(py: Python<'_>, mapping: &Bound<'_, PyAny>) -> PyResult<Dhis2Mapping> {
    let read = match mapping.extract::<String>() {
        Ok(text) => Dhis2Mapping::read_json(&text),
        Err(_) => Dhis2Mapping::from_value(&to_value(mapping)?),
    };
    read.map_err(|e| to_py_err(py, &e.within(Part::Argument("mapping"))))
}

/// `Framework.to_dhis2`: the `dataValueSet` of the reports, as DHIS2's JSON or CSV text.
#[expect(
    clippy::too_many_arguments,
    reason = "the keyword arguments of the Python method"
)]
pub(crate) fn data_values(
    py: Python<'_>,
    fw: &Framework,
    reports: &Bound<'_, PyAny>,
    mapping: &Bound<'_, PyAny>,
    units: Option<&Bound<'_, PyAny>>,
    levels: bool,
    coverage: bool,
    csv: bool,
) -> PyResult<String> {
    let inputs = report_inputs(reports)?;
    let mut map = mapping_arg(py, mapping)?;
    let list = units_arg(py, units)?;
    if !list.is_empty() {
        map = map.with_units(&list).map_err(py_err(py))?;
    }
    let options = Dhis2Options { levels, coverage };
    let set = py.detach(|| {
        let reports = read_reports(&inputs, Some(fw)).map_err(Err)?;
        fw.dhis2_data_values(&reports, &map, &options).map_err(Ok)
    });
    match set {
        Ok(s) if csv => Ok(s.to_csv()),
        Ok(s) => Ok(s.to_json()),
        Err(Ok(e)) => Err(to_py_err(py, &e)),
        Err(Err(e)) => Err(e.into_py(py)),
    }
}
