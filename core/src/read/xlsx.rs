//! Reading .xlsx workbooks into sheets of text cells.
//!
//! The low floor of every workbook reader (the filled Excel template, KoboToolbox's XLS export):
//! each sheet in workbook order, each cell as the text a person sees in it, and the Excel name of
//! a cell (`Inst!E7`) to locate a problem where the person can find it.

use crate::error::{Error, Severity};
use crate::i18n;
use calamine::{Data, Range, Reader};
use std::io::Cursor;

/// One sheet of a workbook: its name and its rows of cells as text.
///
/// `rows[r][c]` is the cell of row `r + 1` and column `c + 1` in Excel's terms (the sheet's
/// empty top rows and left columns are kept as empty text); rows may differ in length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sheet {
    /// The sheet's name, as the workbook's tab shows it.
    pub name: String,
    /// The cells, row by row, each as text (see [`read_sheets`]).
    pub rows: Vec<Vec<String>>,
}

/// Every sheet of a workbook (`.xlsx`, `.xls`, `.xlsb` or `.ods`), in workbook order, every
/// cell as text: strings as they are; whole numbers without `.0` (`2`, not `2.0`); other
/// numbers in their shortest round-trip form (`2.5`); booleans `true`/`false`; an empty cell
/// `""`; an error cell its text (`#N/A`); a date `2026-09-01` (with `T12:30:00` when it has a
/// time); a duration its number of days.
///
/// # Errors
/// `workbook.unreadable` (an assessment error) when the bytes are not a workbook that opens.
pub(crate) fn read_sheets(bytes: &[u8]) -> Result<Vec<Sheet>, Error> {
    check_unzipped(bytes)?;
    check_cell_names(bytes)?;
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| unreadable(&e.to_string()))?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable(&e.to_string()))?;
        let mut rows = rows_of(&range);
        if let Ok(formulas) = book.worksheet_formula(&name) {
            put_formulas(&mut rows, &formulas);
        }
        out.push(Sheet { rows, name });
    }
    Ok(out)
}

/// Puts back the text of formula cells whose value is empty: a text a user typed starting with
/// `=` (an evidence note such as `=12/14 facilities reported`) is stored as a formula by some
/// writers (KoboToolbox's XLS export), with no computed value; it is read as `=` and its formula.
fn put_formulas(rows: &mut [Vec<String>], formulas: &Range<String>) {
    let Some((top, left)) = formulas.start() else {
        return;
    };
    for (r, row) in formulas.rows().enumerate() {
        for (c, f) in row.iter().enumerate().filter(|(_, f)| !f.is_empty()) {
            let Some(cells) = rows.get_mut(top as usize + r) else {
                continue;
            };
            let col = left as usize + c;
            if cells.len() <= col {
                cells.resize(col + 1, String::new());
            }
            if let Some(cell) = cells.get_mut(col).filter(|c| c.is_empty() || *c == "0") {
                *cell = format!("={f}");
            }
        }
    }
}

/// The most a ZIP archive (a workbook, ODK Central's `.csv.zip`) may unpack to, by the sizes
/// its directory declares: a small file that unpacks to gigabytes (a "zip bomb") is refused
/// before anything is unpacked.
pub(crate) const MAX_UNZIPPED_BYTES: u64 = 8 * crate::read::json::MAX_DOCUMENT_BYTES as u64;

/// Refuses an archive whose entries declare more than [`MAX_UNZIPPED_BYTES`] in all
/// (`assessment.too_large`, `source` `unzipped`); bytes that are no archive pass, for the reader
/// to say so.
pub(crate) fn check_unzipped(bytes: &[u8]) -> Result<(), Error> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        if let Ok(entry) = zip.by_index_raw(i) {
            total = total.saturating_add(entry.size());
        }
    }
    if total <= MAX_UNZIPPED_BYTES {
        return Ok(());
    }
    Err(Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "assessment.too_large",
        "",
        &[
            ("source", "unzipped".into()),
            ("size", total.into()),
            ("limit", MAX_UNZIPPED_BYTES.into()),
        ],
    )]))
}

/// Refuses a workbook whose sheets name a cell beyond Excel's range (more than 3 letters or 7
/// digits, `r="AAAAAAAA1"`): the reader would overflow on it (calamine 0.35–0.38 multiplies
/// without a check), and no spreadsheet program writes one.
fn check_cell_names(bytes: &[u8]) -> Result<(), Error> {
    use std::io::Read;
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else { continue };
        let part = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if !(part.starts_with("xl/") && part.ends_with(".xml")) {
            continue;
        }
        // What could be unpacked, even when the archive is damaged further on (a bad checksum
        // at the end): the reader would see as much.
        let mut xml = Vec::new();
        let _ = entry.take(MAX_UNZIPPED_BYTES).read_to_end(&mut xml);
        let bad = cell_names(&xml)
            .find(|n| !is_cell_name(n))
            .map(|n| String::from_utf8_lossy(n).into_owned());
        if let Some(bad) = bad {
            return Err(unreadable(&format!(
                "the cell name `{bad}` is beyond Excel's range"
            )));
        }
    }
    Ok(())
}

/// The values of the `r`, `ref` and `sqref` attributes of a sheet's XML, cut at `:`, spaces and
/// `$`.
fn cell_names(xml: &[u8]) -> impl Iterator<Item = &[u8]> {
    xml.windows(2)
        .enumerate()
        .filter(|(_, w)| *w == b"=\"")
        .filter_map(|(i, _)| {
            let before = xml.get(..i)?;
            let start = before
                .iter()
                .rposition(|b| !b.is_ascii_alphanumeric())
                .map_or(0, |p| p + 1);
            let attribute = before.get(start..)?;
            let spaced = start > 0 && before.get(start - 1).is_some_and(u8::is_ascii_whitespace);
            if !spaced || !matches!(attribute, b"r" | b"ref" | b"sqref") {
                return None;
            }
            let rest = xml.get(i + 2..)?;
            let end = rest.iter().position(|b| *b == b'"')?;
            rest.get(..end)
        })
        .flat_map(|v| v.split(|b| matches!(b, b':' | b' ' | b'$')))
        .filter(|n| !n.is_empty())
}

/// A cell, row or column name Excel can hold: at most 3 letters, then at most 7 digits.
fn is_cell_name(name: &[u8]) -> bool {
    let letters = name.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = name.len() - letters;
    letters <= 3 && digits <= 7
}

/// The `workbook.unreadable` error, with the reader's own words as `$reason`.
fn unreadable(reason: &str) -> Error {
    Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "workbook.unreadable",
        "",
        &[("reason", reason.into())],
    )])
}

/// The rows of a range from the sheet's cell A1: the empty rows and columns before the range's
/// start are put back, so that indexes are Excel's.
fn rows_of(range: &Range<Data>) -> Vec<Vec<String>> {
    let Some((top, left)) = range.start() else {
        return Vec::new();
    };
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); top as usize];
    for row in range.rows() {
        let mut cells = vec![String::new(); left as usize];
        cells.extend(row.iter().map(cell_text));
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        rows.push(cells);
    }
    rows
}

/// The text of one cell (see [`read_sheets`]).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{day:02}")
            } else {
                format!("{y:04}-{mo:02}-{day:02}T{h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(d) => number_text(d.as_f64()),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

/// A number as text: whole numbers without a decimal point, others in the shortest form that
/// reads back as the same number.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a whole number below 10^15 fits an i64 exactly"
        )]
        let whole = f as i64;
        whole.to_string()
    } else {
        f.to_string()
    }
}

/// The Excel name of a cell, from its 0-based row and column: `Inst!E7`, with the sheet's name
/// quoted when Excel would quote it (`'My sheet'!A1`, `'It''s'!B2`, `'2026'!A1`).
pub(crate) fn cell_ref(sheet: &str, row0: usize, col0: usize) -> String {
    let column = column_letters(col0);
    let row = row0 + 1;
    if needs_quotes(sheet) {
        format!("'{}'!{column}{row}", sheet.replace('\'', "''"))
    } else {
        format!("{sheet}!{column}{row}")
    }
}

/// The letters of a 0-based column: `A`, …, `Z`, `AA`, ….
fn column_letters(col0: usize) -> String {
    let mut n = col0 + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Whether Excel quotes a sheet name in a reference: anything but letters, digits, `_` and
/// `.`; a name starting with a digit; a name that reads as a cell (`AB12`, `R1C1`, `R`, `C`).
fn needs_quotes(name: &str) -> bool {
    let plain = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    name.is_empty()
        || !name.chars().all(plain)
        || name.starts_with(|c: char| c.is_ascii_digit())
        || reads_as_a_cell(name)
}

/// `A1`-style (1 to 3 letters then digits) or `R1C1`-style names.
fn reads_as_a_cell(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    let letters = upper.chars().take_while(char::is_ascii_alphabetic).count();
    let digits = upper.get(letters..).unwrap_or_default();
    let a1 = (1..=3).contains(&letters)
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit());
    let r1c1 = upper.strip_prefix('R').is_some_and(|rest| {
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.is_empty()
            || rest
                .strip_prefix('C')
                .is_some_and(|c| c.chars().all(|d| d.is_ascii_digit()))
    }) || upper
        .strip_prefix('C')
        .is_some_and(|rest| rest.chars().all(|d| d.is_ascii_digit()));
    a1 || r1c1
}

#[cfg(test)]
mod tests {

    #[test]
    fn cell_names_beyond_excel_are_found() {
        let xml = br#"<w xmlns:r="http://x"><dimension ref="A1:XFD1048576"/><c r="B2"/><c r="AAAAAAAAAAAAA1"/><x sqref="A1 C3:D4"/></w>"#;
        let names: Vec<&[u8]> = cell_names(xml).collect();
        assert_eq!(names.len(), 7, "the namespace is no cell name");
        assert!(!is_cell_name(names[3]));
        assert!(names.iter().filter(|n| !is_cell_name(n)).count() == 1);
        assert!(!is_cell_name(b"A12345678"));
    }
    use super::*;
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(cell_ref("Inst", 6, 4), "Inst!E7");
        assert_eq!(cell_ref("Inst", 0, 26), "Inst!AA1");
        assert_eq!(cell_ref("Inst", 0, 701), "Inst!ZZ1");
        assert_eq!(cell_ref("Inst", 0, 702), "Inst!AAA1");
        assert_eq!(cell_ref("My sheet", 0, 0), "'My sheet'!A1");
        assert_eq!(cell_ref("It's", 1, 1), "'It''s'!B2");
        assert_eq!(cell_ref("2026", 0, 0), "'2026'!A1");
        assert_eq!(cell_ref("AB12", 0, 0), "'AB12'!A1");
        assert_eq!(cell_ref("R1C1", 0, 0), "'R1C1'!A1");
        assert_eq!(cell_ref("inst.info", 0, 0), "inst.info!A1");
        assert_eq!(cell_ref("Données", 0, 0), "Données!A1");
        assert_eq!(cell_ref("a-b", 0, 0), "'a-b'!A1");
    }

    #[test]
    fn every_cell_is_read_as_text() {
        let mut book = Workbook::new();
        let ws = book.add_worksheet().set_name("One").unwrap();
        ws.write_number(1, 2, 2.0).unwrap();
        ws.write_number(1, 3, 2.5).unwrap();
        ws.write_string(1, 4, "  3 ").unwrap();
        ws.write_boolean(1, 5, true).unwrap();
        ws.write_formula(1, 6, "=NA()").unwrap();
        let date = ExcelDateTime::from_ymd(2026, 9, 1).unwrap();
        let fmt = Format::new().set_num_format("yyyy-mm-dd");
        ws.write_datetime_with_format(1, 7, &date, &fmt).unwrap();
        book.add_worksheet().set_name("Two").unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let sheets = read_sheets(&bytes).unwrap();
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["One", "Two"]);
        assert_eq!(sheets[0].rows.len(), 2);
        assert!(sheets[0].rows[0].is_empty());
        let row = &sheets[0].rows[1];
        assert_eq!(row[..6], ["", "", "2", "2.5", "  3 ", "true"]);
        assert_eq!(row[7], "2026-09-01");
        assert!(sheets[1].rows.is_empty());
    }

    #[test]
    fn numbers_are_written_short() {
        assert_eq!(number_text(2.0), "2");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }

    #[test]
    fn what_is_not_a_workbook_is_unreadable() {
        let e = read_sheets(b"unit_id,inst.info.routine_data\n").unwrap_err();
        assert_eq!(e.code(), "workbook.unreadable");
        assert_eq!(e.kind(), crate::DocumentKind::Assessment);
    }
}
