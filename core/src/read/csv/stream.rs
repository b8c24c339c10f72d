//! A CSV of assessments read a chunk of rows at a time from any reader, so that a file of a
//! million rows is scored in the memory of one chunk ([`Framework::matrix_chunks`]).

use super::matrix::push_wide_row;
use super::wide::Header;
use super::*;
use crate::read::file::io_reason;
use std::io::{BufRead, BufReader, Chain, Cursor, Read};

/// The input after its first line: the line (read ahead to choose the separator) and the rest,
/// keeping the bytes of the last record (for [`unclosed_quote`]).
type Input<R> = LastRecord<Chain<Cursor<Vec<u8>>, BufReader<Utf8Checked<R>>>>;

/// What is left to read.
enum State {
    /// Rows of a wide file, a chunk at a time.
    Wide(Header),
    /// A wide file whose header has problems: every row is read for its own problems, and the
    /// file fails with all of them (as [`Framework::matrix_from_csv`] does).
    BadHeader(Header),
    /// A long file (one row per answer): read whole, as one chunk.
    Long(Row),
    Done,
}

/// The chunks of a CSV file of assessments: each a [`CsvMatrix`] of at most the chunk's number
/// of rows, in file order, with the rows numbered from the start of the file. Made by
/// [`Framework::matrix_chunks`].
pub struct MatrixChunks<'f, R: Read> {
    fw: &'f Framework,
    /// The file, as errors name it (empty for text that is not a file).
    file: String,
    reader: ::csv::Reader<Input<R>>,
    delimiter: u8,
    /// The line where the last record read (blank or not) starts.
    last_line: u64,
    state: State,
    /// The data rows read so far (blank rows are not counted).
    index: usize,
    chunk: usize,
}

impl Framework {
    /// Reads a CSV of assessments a chunk of `chunk_rows` rows at a time: the chunks of
    /// [`Framework::matrix_from_csv`], whose rows, joined, are that function's. Memory holds one
    /// chunk, whatever the size of the file. The header is read (and the separator chosen)
    /// here: an empty input or a header that is not CSV fails now. A long file is read whole
    /// (its rows are grouped by assessment); a header with problems fails the first chunk with
    /// every problem of the file. `file` names the input in errors (`assessment.unreadable`,
    /// `assessment.invalid_encoding` at the byte from the start of the file); empty for bytes.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let text = "unit_id,inst.info.routine_data\na,3\nb,9\nc,2\n";
    /// let chunks: Vec<_> = fw.matrix_chunks(text.as_bytes(), "", 2).unwrap().collect();
    /// assert_eq!(chunks.len(), 2);
    /// let first = chunks[0].as_ref().unwrap();
    /// assert_eq!((first.rows.len(), first.failed.len()), (1, 1)); // b's level 9 is refused
    /// let second = chunks[1].as_ref().unwrap();
    /// assert_eq!((second.rows[0].row, second.rows[0].line), (2, 4));
    /// ```
    pub fn matrix_chunks<R: Read>(
        &self,
        input: R,
        file: &str,
        chunk_rows: usize,
    ) -> Result<MatrixChunks<'_, R>, Error> {
        let mut input = BufReader::new(Utf8Checked::new(input));
        let first = first_line(&mut input).map_err(|e| read_error(file, &e))?;
        let delimiter = sniff_delimiter(&String::from_utf8_lossy(&first));
        let reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(LastRecord::new(Cursor::new(first).chain(input)));
        let mut chunks = MatrixChunks {
            fw: self,
            file: file.to_owned(),
            reader,
            delimiter,
            last_line: 0,
            state: State::Done,
            index: 0,
            chunk: chunk_rows.max(1),
        };
        let Some(head) = chunks.next_row()? else {
            return Err(Error::Assessment(vec![i18n::diagnostic(
                Severity::Error,
                "csv.empty",
                "",
                &[],
            )]));
        };
        chunks.state = if layout_of(&head.fields) == CsvLayout::Long {
            State::Long(head)
        } else {
            let header = self.wide_header(&head);
            if header.problems.is_empty() {
                State::Wide(header)
            } else {
                State::BadHeader(header)
            }
        };
        Ok(chunks)
    }
}

/// The first line of the input (more while a quoted field is open), without byte order marks.
fn first_line<R: BufRead>(input: &mut R) -> std::io::Result<Vec<u8>> {
    let mut line = Vec::new();
    loop {
        let read = input.read_until(b'\n', &mut line)?;
        let quotes = line.iter().filter(|&&b| b == b'"').count();
        if read == 0 || quotes % 2 == 0 {
            break;
        }
    }
    line.drain(..crate::read::file::bom_len(&line));
    Ok(line)
}

/// The error of a reader that failed: bytes that are not UTF-8 (found by [`Utf8Checked`]) or
/// an I/O error, naming `file`.
fn read_error(file: &str, e: &std::io::Error) -> Error {
    let diagnostic = |code: &str, args: &[(&str, DiagArg)]| {
        let mut all: Vec<(&str, DiagArg)> = vec![("file", file.into())];
        all.extend_from_slice(args);
        Error::Assessment(vec![i18n::diagnostic(Severity::Error, code, "", &all)])
    };
    if let Some(NotUtf8(position)) = e.get_ref().and_then(|x| x.downcast_ref::<NotUtf8>()) {
        let source = if file.is_empty() { "bytes" } else { "file" };
        return diagnostic(
            "assessment.invalid_encoding",
            &[
                ("source", source.into()),
                ("position", position.to_string().into()),
            ],
        );
    }
    diagnostic("assessment.unreadable", &io_reason(file, e))
}

/// Bytes that are not UTF-8 from this position (from the start of the input).
#[derive(Debug)]
struct NotUtf8(usize);

impl std::fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not UTF-8 from byte {}", self.0)
    }
}

impl std::error::Error for NotUtf8 {}

/// A reader that passes its input on and fails at the first byte that is not UTF-8, with its
/// position from the start: the check of [`crate::read_text_file`], for an input read in parts.
struct Utf8Checked<R> {
    inner: R,
    /// Bytes passed on before `tail`.
    offset: usize,
    /// The end of the last read that may start a character cut by the read (at most 3 bytes).
    tail: Vec<u8>,
}

impl<R: Read> Utf8Checked<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            offset: 0,
            tail: Vec::new(),
        }
    }
}

impl<R: Read> Read for Utf8Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let fresh = buf.get(..n).unwrap_or_default();
        let mut seen = std::mem::take(&mut self.tail);
        seen.extend_from_slice(fresh);
        let bad = |at: usize| std::io::Error::new(std::io::ErrorKind::InvalidData, NotUtf8(at));
        match std::str::from_utf8(&seen) {
            Ok(_) => self.offset += seen.len(),
            Err(e) if e.error_len().is_some() || n == 0 => {
                return Err(bad(self.offset + e.valid_up_to()))
            }
            Err(e) => {
                // A character cut at the end of this read: checked with the next one.
                self.offset += e.valid_up_to();
                self.tail = seen.get(e.valid_up_to()..).unwrap_or_default().to_vec();
            }
        }
        Ok(n)
    }
}

/// A reader that keeps the bytes it passed on from the start of the last record marked (and
/// what the CSV reader has read ahead of it): at the end, the last record's own bytes.
struct LastRecord<R> {
    inner: R,
    /// The bytes from `start` (a position from the start of the input).
    kept: Vec<u8>,
    start: u64,
    /// The start of the last record read; bytes before it are dropped at the next read.
    mark: u64,
}

impl<R> LastRecord<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            kept: Vec::new(),
            start: 0,
            mark: 0,
        }
    }

    /// The last record starts at this byte.
    fn mark(&mut self, byte: u64) {
        self.mark = byte.max(self.start);
    }

    /// The bytes of the last record marked, to the end of what was read.
    fn tail(&self) -> &[u8] {
        let from = usize::try_from(self.mark - self.start).unwrap_or(usize::MAX);
        self.kept.get(from..).unwrap_or_default()
    }
}

impl<R: Read> Read for LastRecord<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Dropped only once they are at least half of what is kept: each byte is moved a
        // bounded number of times, however short the records.
        let drop = usize::try_from(self.mark - self.start).unwrap_or(usize::MAX);
        if drop > 0 && drop >= self.kept.len() / 2 {
            self.kept.drain(..drop.min(self.kept.len()));
            self.start = self.mark;
        }
        let n = self.inner.read(buf)?;
        self.kept
            .extend_from_slice(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

impl<R: Read> MatrixChunks<'_, R> {
    /// The next row that is not blank, or the end of the input.
    fn next_row(&mut self) -> Result<Option<Row>, Error> {
        let mut fields = ::csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut fields) {
                Ok(false) => return self.check_last_record().map(|()| None),
                Ok(true) => {
                    let (byte, line) = fields.position().map_or((0, 0), |p| (p.byte(), p.line()));
                    self.reader.get_mut().mark(byte);
                    self.last_line = line;
                    if !fields.iter().all(|f| f.trim().is_empty()) {
                        return Ok(Some(Row { line, fields }));
                    }
                }
                Err(e) => return Err(self.csv_error(&e)),
            }
        }
    }

    /// The next chunk of a wide file with a good header.
    fn wide_chunk(&mut self, header: &Header) -> Result<Option<CsvMatrix>, Error> {
        let mut out = CsvMatrix::default();
        let mut read = 0;
        while read < self.chunk {
            let Some(row) = self.next_row()? else { break };
            push_wide_row(self.fw, &mut out, header, &row, self.index);
            self.index += 1;
            read += 1;
        }
        Ok((read > 0).then_some(out))
    }

    /// Every problem of a file whose header has problems.
    fn bad_header(&mut self, header: &Header) -> Error {
        let mut problems = header.problems.clone();
        loop {
            match self.next_row() {
                Ok(Some(row)) => {
                    problems.extend(self.fw.wide_row(header, &row, self.index, false).problems);
                    self.index += 1;
                }
                Ok(None) => return Error::Assessment(problems),
                Err(e) => return e,
            }
        }
    }

    /// At the end of the input: `csv.invalid_csv` when the last record opens a quoted cell it
    /// never closes (the CSV reader takes it as running to the end, so the rows after the quote
    /// would be lost in one cell), as [`Framework::read_csv`] says it.
    fn check_last_record(&self) -> Result<(), Error> {
        if unclosed_quote(self.reader.get_ref().tail(), self.delimiter) {
            return Err(unclosed_quote_error(self.last_line));
        }
        Ok(())
    }

    /// `csv.invalid_csv` at the line of a record the CSV reader refused; the reader's own errors
    /// as [`read_error`] says them.
    fn csv_error(&self, e: &::csv::Error) -> Error {
        if let ::csv::ErrorKind::Io(io) = e.kind() {
            return read_error(&self.file, io);
        }
        let line = e.position().map_or(0, ::csv::Position::line);
        Error::Assessment(vec![i18n::diagnostic(
            Severity::Error,
            "csv.invalid_csv",
            "",
            &[("detail", e.to_string().into())],
        )
        .at_text(line, 1)])
    }

    /// A long file, read whole.
    fn long(&mut self, head: &Row) -> Result<CsvMatrix, Error> {
        let mut data = Vec::new();
        while let Some(row) = self.next_row()? {
            data.push(row);
        }
        let doc = self.fw.read_long(head, &data)?;
        let mut out = CsvMatrix::default();
        for r in doc.records {
            self.fw.push_assessment(&mut out, &r);
        }
        Ok(out)
    }
}

impl<R: Read> Iterator for MatrixChunks<'_, R> {
    type Item = Result<CsvMatrix, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        match std::mem::replace(&mut self.state, State::Done) {
            State::Done => None,
            State::Wide(header) => {
                let chunk = self.wide_chunk(&header);
                if matches!(chunk, Ok(Some(_))) {
                    self.state = State::Wide(header);
                }
                chunk.transpose()
            }
            State::BadHeader(header) => Some(Err(self.bad_header(&header))),
            State::Long(head) => Some(self.long(&head)),
        }
    }
}
