//! Reading .xlsx workbooks into sheets of text cells.
