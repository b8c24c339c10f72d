//! Rendering reports and templates for people: Markdown, HTML, SVG charts, CSV summaries and
//! assessment templates. Every text that comes from a document is escaped; every text of the
//! renderings themselves comes from the message catalog of the report's language.

pub(crate) mod columns;
pub(crate) mod dhis2;
pub(crate) mod dhis2_mapping;
pub(crate) mod escape;
pub(crate) mod fhir;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod measure;
pub(crate) mod summary;
pub(crate) mod svg;
pub(crate) mod tables;
pub(crate) mod template;
pub(crate) mod uncertainty;
pub(crate) mod words;
#[cfg(feature = "xlsx")]
pub(crate) mod workbook;
pub(crate) mod xlsform;
pub(crate) mod xlsform_units;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsform_xlsx;
