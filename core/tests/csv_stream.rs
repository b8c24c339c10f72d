//! `Framework::matrix_chunks`: a CSV read a chunk of rows at a time gives, joined, what
//! `matrix_from_csv` gives for the whole text; errors are located from the start of the file.

use lhs_maturity::{CsvMatrix, Error, Framework};
use proptest::prelude::*;
use std::io::Read;

fn joined(fw: &Framework, bytes: &[u8], chunk: usize) -> Result<(CsvMatrix, usize), Error> {
    let mut out = CsvMatrix::default();
    let mut chunks = 0;
    for c in fw.matrix_chunks(bytes, "x.csv", chunk)? {
        let c = c?;
        assert!(
            c.rows.len() + c.failed.len() <= chunk,
            "a chunk holds at most `chunk` rows"
        );
        out.cells.extend(c.cells);
        out.rows.extend(c.rows);
        out.failed.extend(c.failed);
        chunks += 1;
    }
    Ok((out, chunks))
}

/// A reader that gives one byte per read.
struct OneByte<'a>(&'a [u8]);

impl Read for OneByte<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let Some((&b, rest)) = self.0.split_first() else {
            return Ok(0);
        };
        if let Some(x) = buf.first_mut() {
            *x = b;
            self.0 = rest;
            return Ok(1);
        }
        Ok(0)
    }
}

fn same(a: &CsvMatrix, b: &CsvMatrix) {
    assert_eq!(a.cells, b.cells);
    assert_eq!(a.rows, b.rows);
    let key = |m: &CsvMatrix| {
        m.failed
            .iter()
            .map(|f| (f.row, f.line, f.error.details().to_vec()))
            .collect::<Vec<_>>()
    };
    assert_eq!(key(a), key(b));
}

/// A wide file: `rows` rows, some with a bad cell, some blank, a quoted newline in a name.
fn wide(rows: usize, seed: u64) -> String {
    let mut text = String::from(
        "\u{feff}unit_id;unit_name;period;inst.info.routine_data;cond.fin.learning_budget\n",
    );
    for r in 0..rows {
        let x = (seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(r as u64))
            % 11;
        let level = match x {
            0 => "9".to_owned(),
            1 => "na".to_owned(),
            2 => String::new(),
            3 => "unknown".to_owned(),
            _ => (x % 5).to_string(),
        };
        if x == 4 {
            text.push_str(";;;;\n");
        }
        let name = if x == 5 { "\"two\nlines\"" } else { "Siaya" };
        text.push_str(&format!("u{r};{name};2026;{level};{}\n", x % 4));
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn chunks_joined_are_the_whole_matrix(rows in 0usize..60, seed in any::<u64>(), chunk in 1usize..9) {
        let fw = Framework::builtin();
        let text = wide(rows, seed);
        let whole = fw.matrix_from_csv(&text).unwrap();
        let (parts, n) = joined(&fw, text.as_bytes(), chunk).unwrap();
        same(&whole, &parts);
        prop_assert_eq!(n, rows.div_ceil(chunk));
    }
}

#[test]
fn rows_and_lines_count_from_the_start_of_the_file() {
    let fw = Framework::builtin();
    // A row of empty cells is skipped but counted as a line.
    let text = "unit_id,inst.info.routine_data\na,3\n,\nb,9\nc,2\n";
    let chunks: Vec<CsvMatrix> = fw
        .matrix_chunks(text.as_bytes(), "", 1)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(chunks.len(), 3);
    assert_eq!((chunks[0].rows[0].row, chunks[0].rows[0].line), (0, 2));
    assert_eq!((chunks[1].failed[0].row, chunks[1].failed[0].line), (1, 4));
    assert_eq!(
        chunks[1].failed[0].error.path(),
        "/rows/1/inst.info.routine_data"
    );
    assert_eq!((chunks[2].rows[0].row, chunks[2].rows[0].line), (2, 5));
}

#[test]
fn a_long_file_is_one_chunk_and_a_bad_header_lists_every_problem() {
    let fw = Framework::builtin();
    let long = "id,answer\ninst.info.routine_data,3\ncond.fin.learning_budget,na\n";
    let (m, n) = joined(&fw, long.as_bytes(), 1).unwrap_or_else(|e| panic!("{e}"));
    // One assessment, read whole: the chunk size bounds wide rows only.
    assert_eq!((m.rows.len(), n), (1, 1));
    same(&m, &fw.matrix_from_csv(long).unwrap());

    let bad = "unit_id,inst.info.routin_data,inst.info.routine_data\na,1,7\nb,2,x\n";
    let e = joined(&fw, bad.as_bytes(), 1).unwrap_err();
    assert_eq!(e.code(), "csv.unknown_column");
    assert_eq!(e.details(), fw.matrix_from_csv(bad).unwrap_err().details());
    assert!(
        e.details().len() >= 3,
        "the header's and both rows' problems: {e:?}"
    );
}

#[test]
fn empty_input_and_broken_csv_fail_as_the_text_reader_does() {
    let fw = Framework::builtin();
    for text in ["", "\n \n", "\u{feff}"] {
        let e = fw.matrix_chunks(text.as_bytes(), "", 10).err().unwrap();
        assert_eq!(e.code(), "csv.empty", "{text:?}");
        assert_eq!(e.details(), fw.matrix_from_csv(text).unwrap_err().details());
    }
}

#[test]
fn bytes_that_are_not_utf8_are_found_at_their_position_whatever_the_reads() {
    let fw = Framework::builtin();
    let mut bytes = b"unit_id,inst.info.routine_data\n".to_vec();
    for r in 0..2000 {
        bytes.extend_from_slice(format!("S\u{e9}go{r},2\n").as_bytes());
    }
    let at = bytes.len() - 4;
    bytes[at] = 0xFF;
    // Reads of one byte at a time cut every multi-byte character in two.
    for result in [
        fw.matrix_chunks(&bytes[..], "x.csv", 100)
            .unwrap()
            .find_map(Result::err),
        fw.matrix_chunks(OneByte(&bytes), "x.csv", 100)
            .unwrap()
            .find_map(Result::err),
    ] {
        let e = result.expect("an error");
        assert_eq!(e.code(), "assessment.invalid_encoding");
        assert_eq!(
            e.message(),
            format!("`x.csv` is not UTF-8 text (invalid byte at position {at})")
        );
    }
    // A character cut at the very end of the input is not UTF-8 either.
    let cut = b"unit_id,inst.info.routine_data\na\xC3";
    let e = fw
        .matrix_chunks(&cut[..], "", 10)
        .unwrap()
        .find_map(Result::err)
        .expect("an error");
    assert_eq!(e.code(), "assessment.invalid_encoding");
    assert_eq!(
        e.message(),
        "the bytes are not UTF-8 text (invalid byte at position 32)"
    );
}

/// The first error of the chunks of `bytes` read `chunk` rows at a time, one byte per read or
/// all at once.
fn first_error(fw: &Framework, bytes: &[u8], chunk: usize, one_byte: bool) -> Option<Error> {
    let chunks = if one_byte {
        fw.matrix_chunks(OneByte(bytes), "", chunk)
            .map(|c| c.filter_map(Result::err).next())
    } else {
        fw.matrix_chunks(bytes, "", chunk)
            .map(|c| c.filter_map(Result::err).next())
    };
    chunks.unwrap_or_else(Some)
}

#[test]
fn a_quote_never_closed_is_refused_at_its_row_as_the_text_reader_does() {
    let fw = Framework::builtin();
    let mut long = String::from("unit_id,unit_name,inst.info.routine_data\n");
    for r in 0..5000 {
        long.push_str(&format!("u{r},\"Name {r}\",2\n"));
    }
    let unclosed_long = format!("{long}u5000,\"Never closed,3\nu5001,x,1\n");
    let cases = [
        ("unit_id,inst.info.routine_data\na,\"3\nb,2\n", Some(2)),
        (
            "unit_id,unit_name,inst.info.routine_data\na,\"two\nlines\",3\nb,x,2\n",
            None,
        ),
        (
            "unit_id;unit_name;inst.info.routine_data\na;\"x;\"\"y\"\"\";3\nb;\"\n",
            Some(3),
        ),
        ("unit_id,inst.info.routine_data\na,3\n\"", Some(3)),
        ("unit_id,inst.info.routine_data\na,3\nb,x\"y\n", None),
        (long.as_str(), None),
        (unclosed_long.as_str(), Some(5002)),
    ];
    for (text, line) in cases {
        let whole = fw
            .read_csv(text)
            .err()
            .filter(|e| e.code() == "csv.invalid_csv");
        assert_eq!(
            whole.as_ref().and_then(|e| e.details()[0].line),
            line,
            "the text reader: {text:.80?}"
        );
        for (chunk, one_byte) in [(1, false), (3, true), (10_000, false), (usize::MAX, true)] {
            let e = first_error(&fw, text.as_bytes(), chunk, one_byte);
            match &whole {
                Some(w) => assert_eq!(e.map(|e| e.details().to_vec()), Some(w.details().to_vec())),
                None => assert!(e.is_none(), "{e:?} for {text:.80?}"),
            }
        }
        assert_eq!(
            fw.matrix_from_csv(text).err().map(|e| e.code().to_owned()),
            line.map(|_| "csv.invalid_csv".to_owned())
        );
    }
}

#[test]
fn a_reader_that_fails_is_named_in_the_error() {
    struct Failing(usize);
    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::Error::other("the disk went away"));
            }
            self.0 -= 1;
            let line = b"unit_id,inst.info.routine_data\n";
            let n = line.len().min(buf.len());
            buf[..n].copy_from_slice(&line[..n]);
            Ok(n)
        }
    }
    let fw = Framework::builtin();
    let e = fw
        .matrix_chunks(Failing(1), "big.csv", 10)
        .unwrap()
        .find_map(Result::err)
        .unwrap();
    assert_eq!(e.code(), "assessment.unreadable");
    assert_eq!(e.message(), "cannot read `big.csv`: the disk went away");
}

#[test]
fn the_summary_written_in_parts_is_the_summary_of_all_rows() {
    use lhs_maturity::{SummaryFormat, SummaryRow, SummaryWriter};
    let fw = Framework::builtin();
    let text = wide(40, 7);
    let m = fw.matrix_from_csv(&text).unwrap();
    let s = fw.score_matrix(&m.cells).unwrap();
    let rows: Vec<SummaryRow> = fw.summary_rows("w.csv", &m, &s);
    assert!(rows.iter().any(|r| !r.ok) && rows.iter().any(|r| r.ok));
    for format in [SummaryFormat::Csv, SummaryFormat::Json] {
        let mut w = SummaryWriter::new(&fw, format, Vec::new()).unwrap();
        for part in rows.chunks(7) {
            w.write(part).unwrap();
        }
        let text = String::from_utf8(w.finish().unwrap()).unwrap();
        let whole = match format {
            SummaryFormat::Csv => fw.summary_csv(&rows),
            SummaryFormat::Json => fw.summary_json(&rows),
        };
        assert_eq!(text, whole);
    }
    // The JSON is the document the summary always was: the framework, the counts, every row.
    let failed = rows.iter().filter(|r| !r.ok).count();
    for rows in [&rows[..], &[]] {
        let v: serde_json::Value = serde_json::from_str(&fw.summary_json(rows)).unwrap();
        let failed = if rows.is_empty() { 0 } else { failed };
        let expected = serde_json::json!({
            "framework": {"id": fw.id(), "version": fw.version()},
            "assessments": rows.len(),
            "scored": rows.len() - failed,
            "failed": failed,
            "rows": rows,
        });
        assert_eq!(v, expected);
    }
}
