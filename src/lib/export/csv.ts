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

/** The list separator of the reader's spreadsheet, by the page's language. */
export const delimiterFor = (lang: string): ',' | ';' => (lang === 'id' ? ';' : ',');

/**
 * Rows as CSV text with a BOM and CRLF line ends (as spreadsheets write them). The delimiter
 * follows the reader's spreadsheet (delimiterFor).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], delimiter: ',' | ';' = ','): string {
  const format = dsvFormat(delimiter);
  return `\uFEFF${[header, ...rows].map((row) => format.formatRow(row.map(safeCell))).join('\r\n')}\r\n`;
}
