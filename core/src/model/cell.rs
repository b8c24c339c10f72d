//! A cell of a table of answers: a level, `na`, `unknown` or missing, as one byte.

/// Cell code of an indicator that was not answered.
pub const CELL_MISSING: i8 = -1;
/// Cell code of an indicator marked not applicable.
pub const CELL_NA: i8 = -2;
/// Cell code of an indicator marked unknown.
pub const CELL_UNKNOWN: i8 = -3;
/// Cell code of an indicator that does not apply to the row's unit kind (its `applies_to`):
/// left out of the counts and the coverage, whatever was answered. Set by
/// [`crate::Framework::apply_unit_kind`], not typed by users.
pub const CELL_DOES_NOT_APPLY: i8 = -4;

/// One answer in a table: a level, not applicable, unknown, or missing.
///
/// ```
/// use lhs_maturity::Cell;
/// assert_eq!(Cell::parse(" 3 ").unwrap(), Cell::Level(3));
/// assert_eq!(Cell::parse("NA").unwrap(), Cell::Na);
/// assert_eq!(Cell::parse("").unwrap(), Cell::Missing);
/// assert!(Cell::parse("2.5").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    /// A level of the scale.
    Level(u8),
    /// Not applicable.
    Na,
    /// Asked, nobody knew.
    Unknown,
    /// Not answered (an empty cell).
    Missing,
}

impl Cell {
    /// Reads a cell as typed in a spreadsheet or exported by a survey tool: a whole number
    /// (`3`, `3.0`), `na` / `n/a`, `unknown`, or empty (missing), ignoring case and surrounding
    /// spaces. The error says, in plain words, what was found instead.
    ///
    /// ```
    /// use lhs_maturity::Cell;
    /// assert_eq!(Cell::parse("Unknown").unwrap(), Cell::Unknown);
    /// assert_eq!(Cell::parse("N/A").unwrap(), Cell::Na);
    /// assert_eq!(Cell::parse("4.0").unwrap(), Cell::Level(4));
    /// assert!(Cell::parse("high").unwrap_err().contains("`high`"));
    /// ```
    pub fn parse(text: &str) -> Result<Cell, String> {
        Cell::read(text).map_err(|p| p.english())
    }

    /// [`Cell::parse`], with what is wrong as data (for messages in the reader's language).
    pub(crate) fn read(text: &str) -> Result<Cell, CellProblem> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(Cell::Missing);
        }
        match t.to_ascii_lowercase().as_str() {
            "na" | "n/a" => return Ok(Cell::Na),
            "unknown" => return Ok(Cell::Unknown),
            _ => {}
        }
        if let Ok(n) = t.parse::<u8>() {
            return Ok(Cell::Level(n));
        }
        match t.parse::<f64>() {
            Ok(x) => Cell::read_f64(x),
            Err(_) => Err(CellProblem {
                kind: "not_an_answer",
                value: t.to_owned(),
            }),
        }
    }

    /// Reads a numeric cell: NaN is missing; a whole number from 0 to 127 is a level; anything
    /// else is an error (fractions are never rounded).
    ///
    /// ```
    /// use lhs_maturity::Cell;
    /// assert_eq!(Cell::from_f64(f64::NAN).unwrap(), Cell::Missing);
    /// assert_eq!(Cell::from_f64(2.0).unwrap(), Cell::Level(2));
    /// assert!(Cell::from_f64(2.5).is_err());
    /// assert!(Cell::from_f64(-1.0).is_err());
    /// ```
    pub fn from_f64(x: f64) -> Result<Cell, String> {
        Cell::read_f64(x).map_err(|p| p.english())
    }

    /// [`Cell::from_f64`], with what is wrong as data.
    fn read_f64(x: f64) -> Result<Cell, CellProblem> {
        let kind = if x.is_nan() {
            return Ok(Cell::Missing);
        } else if x.fract() == 0.0 && (0.0..=127.0).contains(&x) {
            return Ok(Cell::Level(x as u8));
        } else if x < 0.0 {
            "negative"
        } else if x.fract() != 0.0 {
            "fraction"
        } else {
            "too_large"
        };
        Err(CellProblem {
            kind,
            value: x.to_string(),
        })
    }

    /// The compact code of the cell: the level, or [`CELL_NA`], [`CELL_UNKNOWN`], [`CELL_MISSING`].
    /// A level above 127 (which no scale has) gives 127, so that it is refused as out of range,
    /// never read as another answer; check levels against the scale first to report the level
    /// as written.
    ///
    /// ```
    /// use lhs_maturity::{Cell, CELL_NA};
    /// assert_eq!(Cell::Na.code(), CELL_NA);
    /// assert_eq!(Cell::Level(3).code(), 3);
    /// assert_eq!(Cell::Level(200).code(), 127);
    /// ```
    pub fn code(self) -> i8 {
        match self {
            Cell::Level(l) => i8::try_from(l).unwrap_or(i8::MAX),
            Cell::Na => CELL_NA,
            Cell::Unknown => CELL_UNKNOWN,
            Cell::Missing => CELL_MISSING,
        }
    }

    /// The cell of a compact code, if the code is one.
    ///
    /// ```
    /// use lhs_maturity::Cell;
    /// assert_eq!(Cell::from_code(-3), Some(Cell::Unknown));
    /// assert_eq!(Cell::from_code(-9), None);
    /// ```
    pub fn from_code(code: i8) -> Option<Cell> {
        match code {
            CELL_NA => Some(Cell::Na),
            CELL_UNKNOWN => Some(Cell::Unknown),
            CELL_MISSING => Some(Cell::Missing),
            c if c >= 0 => Some(Cell::Level(c as u8)),
            _ => None,
        }
    }
}

/// Why a cell is not an answer: `kind` is `not_an_answer` (text), `negative`, `fraction` (not a
/// whole number) or `too_large`, as the `$problem` of the catalog message
/// `assessment-invalid_level`; `value` is the cell as written (the number, for a number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CellProblem {
    pub(crate) kind: &'static str,
    pub(crate) value: String,
}

impl CellProblem {
    /// The English words of [`Cell::parse`] and [`Cell::from_f64`].
    fn english(&self) -> String {
        let v = &self.value;
        match self.kind {
            "negative" => format!("the level {v} is negative"),
            "fraction" => format!("the level {v} is not a whole number"),
            "too_large" => format!("the level {v} is far too large"),
            _ => format!(
                "`{v}` is not an answer: use a level number, `na`, `unknown`, or leave the cell empty"
            ),
        }
    }
}
