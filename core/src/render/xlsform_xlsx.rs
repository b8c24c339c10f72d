//! Writing an [`XlsForm`] as an `.xlsx` workbook (`rust_xlsxwriter`), every cell as text.

use crate::error::{Diagnostic, Error};
use crate::render::xlsform::{FormSheet, XlsForm};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

pub(crate) fn failed(e: &XlsxError) -> Error {
    Error::Framework(vec![Diagnostic::error(
        "framework.xlsx_failed",
        "",
        format!("the workbook cannot be written: {e}"),
    )])
}

fn sheet(book: &mut Workbook, s: &FormSheet, bold: &Format) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(&s.name)?;
    for (c, name) in s.columns.iter().enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, c, name, bold)?;
        let wide = name == "name" || name.starts_with("label") || name.starts_with("hint");
        ws.set_column_width(c, if wide { 40 } else { 14 })?;
    }
    for (r, row) in s.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
            ws.write_string(r, u16::try_from(c).unwrap_or(u16::MAX), cell)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

impl XlsForm {
    /// The form as an `.xlsx` workbook (sheets `survey`, `choices`, `settings`; every cell
    /// text, the header bold and frozen), ready for ODK Central, KoboToolbox or pyxform.
    ///
    /// # Errors
    /// `framework.xlsx_failed` when a cell goes beyond what Excel holds (32,767 characters).
    ///
    /// ```
    /// let form = lhs_maturity::Framework::builtin().xlsform(&Default::default()).unwrap();
    /// let bytes = form.to_xlsx().unwrap();
    /// assert_eq!(&bytes[..2], b"PK"); // a zip archive
    /// ```
    pub fn to_xlsx(&self) -> Result<Vec<u8>, Error> {
        let mut book = Workbook::new();
        let bold = Format::new().set_bold();
        for s in [&self.survey, &self.choices, &self.settings] {
            sheet(&mut book, s, &bold).map_err(|e| failed(&e))?;
        }
        book.save_to_buffer().map_err(|e| failed(&e))
    }
}
