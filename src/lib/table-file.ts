// Table files by name: a table of the contract is a CSV file or, under the same name, an Excel
// workbook (koperasi.csv or koperasi.xlsx); a problem in a workbook names its cell as Excel does.
// Small and free of the readers, for the pages that only name files.

/** A table file the contract reads from a workbook: its name ends so (lower case, as `.csv`). */
export const WORKBOOK = /\.xlsx$/;

/** A snapshot's file: snapshots/YYYY-MM-DD/koperasi.csv, or the workbook koperasi.xlsx in its place. */
export const SNAPSHOT_FILE = /^snapshots\/\d{4}-\d{2}-\d{2}\/koperasi\.(?:csv|xlsx)$/;

/** The same table file in its other form: `koperasi.csv` ↔ `koperasi.xlsx`. */
export function otherForm(path: string): string {
  return WORKBOOK.test(path) ? path.replace(WORKBOOK, '.csv') : path.replace(/\.csv$/, '.xlsx');
}

/** A column's number (1-based) → its letters in a cell reference: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A workbook's cell reference for a problem's line and column: `I12`; '' for a whole row (column 0). */
export function cellReference(line: number, column: number): string {
  return column > 0 ? `${columnLetters(column)}${line}` : '';
}
