//! Rendering reports and templates for people: Markdown, HTML, SVG charts, CSV summaries and
//! assessment templates. Every text that comes from a document is escaped.

pub(crate) mod escape;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod summary;
pub(crate) mod svg;
pub(crate) mod template;
