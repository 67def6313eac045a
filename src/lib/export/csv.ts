// Every CSV the site itself produces: UTF-8 with a BOM (Excel then reads the encoding right)
// and no spreadsheet formula: a text cell starting with =, +, -, @, tab or CR is prefixed with
// an apostrophe, so a name from the data can never run as a formula. Numbers stay numbers.
import { dsvFormat } from 'd3-dsv';

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)*%?$/;

export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * Rows as CSV text with a BOM. The delimiter follows the reader's spreadsheet: `;` where the
 * list separator is `;` (Indonesian Excel), `,` otherwise.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], delimiter: ',' | ';' = ','): string {
  const format = dsvFormat(delimiter);
  return `\uFEFF${format.formatRows([header.map(safeCell), ...rows.map((row) => row.map(safeCell))])}\r\n`;
}
