// Workbooks the site writes. Blank templates: one sheet, the contract's header, cells typed by
// the schema, and the rows below formatted for what each column holds, so that what an officer
// types stays what the contract asks: codes and NIK as text (Excel would drop a leading zero and
// keep only 15 digits of a number), dates as dates. Open-data tables: a sheet per table, numbers
// as numbers and codes as text. Written by SheetJS (@e965/xlsx), the library that reads them
// back (workbook.ts); build-time only.
import { type CellObject, type WorkSheet, utils, write } from '@e965/xlsx';
import { type Column, formatCell } from '../schema.ts';

/** Rows pre-formatted for typing: a kabupaten's year of activities, a large kecamatan's cooperatives. */
const FORMATTED_ROWS = 1000;

/** Excel's number format for a column: text for codes, names and choices (`@`). */
function numberFormat(column: Column): string {
  switch (column.type) {
    case 'integer':
      return column.year ? '0' : '#,##0';
    case 'rupiah':
      return '#,##0';
    case 'decimal':
      return 'General';
    case 'date':
      return 'yyyy-mm-dd';
    default:
      return '@';
  }
}

/** Excel's serial of a day YYYY-MM-DD (1900 date system: days since 1899-12-30). */
function serial(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A typed value of a column as Excel holds it. */
function cellOf(column: Column, value: unknown): CellObject {
  const z = numberFormat(column);
  if (value === null || value === undefined) return { t: 'z', z };
  if (column.type === 'date') return { t: 'n', v: serial(value as string), z };
  if (typeof value === 'number') return { t: 'n', v: value, z };
  return { t: 's', v: formatCell(value), z };
}

/**
 * A workbook (.xlsx bytes) of one sheet named `sheetName`: the columns' names in row 1, then
 * `rows` (objects keyed by column name, typed as the schema types them), then empty rows up to
 * FORMATTED_ROWS carrying each column's number format.
 */
export function toWorkbook(columns: readonly Column[], rows: readonly object[], sheetName = 'Data'): Uint8Array<ArrayBuffer> {
  const sheet: WorkSheet = {};
  columns.forEach((column, c) => {
    sheet[utils.encode_cell({ r: 0, c })] = { t: 's', v: column.name };
    for (let r = 1; r <= Math.max(rows.length, FORMATTED_ROWS); r++) {
      const row = rows[r - 1] as Record<string, unknown> | undefined;
      sheet[utils.encode_cell({ r, c })] = cellOf(column, row?.[column.name]);
    }
  });
  sheet['!ref'] = utils.encode_range({ r: 0, c: 0 }, { r: Math.max(rows.length, FORMATTED_ROWS), c: columns.length - 1 });
  sheet['!cols'] = columns.map((column) => ({ wch: Math.max(12, column.name.length + 2) }));
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, sheetName);
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** A sheet of a workbook of tables: its name (at most 31 characters), header and rows. */
export interface SheetTable {
  name: string;
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

/** A workbook (.xlsx bytes) of one sheet per table; text cells as text (`@`), numbers as numbers. */
export function tablesWorkbook(tables: readonly SheetTable[]): Uint8Array<ArrayBuffer> {
  const book = utils.book_new();
  for (const table of tables) {
    const sheet: WorkSheet = {};
    [table.header, ...table.rows].forEach((row, r) =>
      row.forEach((value, c) => {
        sheet[utils.encode_cell({ r, c })] = typeof value === 'number' ? { t: 'n', v: value } : value === null ? { t: 'z' } : { t: 's', v: value, z: '@' };
      }),
    );
    sheet['!ref'] = utils.encode_range({ r: 0, c: 0 }, { r: table.rows.length, c: table.header.length - 1 });
    sheet['!cols'] = table.header.map((name) => ({ wch: Math.max(10, name.length + 2) }));
    utils.book_append_sheet(book, sheet, table.name);
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
