// Data folders saved as Excel workbooks, cell by cell as an officer types them in Excel: amounts as
// numbers, dates as dates (a serial with a date format), yes/no as TRUE/FALSE, codes and names as
// text. Written by SheetJS (@e965/xlsx), the library the site reads them with.
import { csvParseRows } from 'd3-dsv';
import { type CellObject, type WorkSheet, utils, write } from '@e965/xlsx';
import { type Column, desa, kecamatan, kegiatan, koperasi, sipd, target } from '../../src/lib/schema.ts';

/** The schema table a CSV path of the contract holds, or null for any other file. */
export function tableOfPath(path: string): { columns: readonly Column[] } | null {
  if (/^snapshots\/[^/]+\/koperasi\.csv$/.test(path)) return koperasi;
  if (/^kegiatan\/\d{4}\.csv$/.test(path)) return kegiatan;
  return [kecamatan, desa, sipd, target].find((t) => t.path === path) ?? null;
}

/** Excel's serial of a day (1900 date system): days since 1899-12-30. */
export const excelSerial = (isoDate: string) => (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A cell as Excel holds what an officer typed into a column of this type. */
export function typedCell(column: Column | undefined, text: string): CellObject {
  if (text === '' || !column) return { t: 's', v: text };
  switch (column.type) {
    case 'integer':
    case 'rupiah':
    case 'decimal':
      return { t: 'n', v: Number(text) };
    case 'date':
      return { t: 'n', v: excelSerial(text), z: 'yyyy-mm-dd' };
    case 'yesno':
      return { t: 'b', v: text === 'ya' };
    default:
      return { t: 's', v: text };
  }
}

/** A sheet of cells, row by row from A1. */
export function sheetOf(rows: readonly (readonly CellObject[])[]): WorkSheet {
  const sheet: WorkSheet = {};
  rows.forEach((row, r) => row.forEach((cell, c) => (sheet[utils.encode_cell({ r, c })] = cell)));
  const width = Math.max(1, ...rows.map((row) => row.length));
  sheet['!ref'] = utils.encode_range({ r: 0, c: 0 }, { r: Math.max(0, rows.length - 1), c: width - 1 });
  return sheet;
}

/** A workbook file (.xlsx bytes) whose first sheet is `sheet`. */
export function workbookBytes(sheet: WorkSheet): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Data');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** A contract CSV file → the same table as a workbook, typed as an officer types it. */
export function csvAsWorkbook(path: string, bytes: Uint8Array): Uint8Array {
  const [header, ...rows] = csvParseRows(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  const columns = header!.map((name) => tableOfPath(path)!.columns.find((c) => c.name === name.trim().toLowerCase()));
  return workbookBytes(sheetOf([header!.map((h) => typedCell(undefined, h)), ...rows.map((row) => row.map((cell, i) => typedCell(columns[i], cell)))]));
}

/** A folder with every table file of the contract saved as a workbook in its place. */
export function asWorkbooks(files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...files].map(([path, bytes]) => (tableOfPath(path) ? [path.replace(/\.csv$/, '.xlsx'), csvAsWorkbook(path, bytes)] : [path, bytes])));
}
