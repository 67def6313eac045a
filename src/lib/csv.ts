// Reading one CSV file with the contract's input tolerance: UTF-8 with or without BOM, `,` or
// `;` (detected per file, or given by Excel's `sep=;` first line), LF or CRLF, trimmed
// case-insensitive headers, blank trailing lines and rows, unnamed trailing columns that Excel
// leaves empty. d3-dsv parses; this module adds what it lacks for error reports: the line each
// row starts on, and one clear error for a file that is not UTF-8 or a quote never closed.
import { dsvFormat } from 'd3-dsv';
import type { Problem } from './problem.ts';
import { RESAVE, decodeText } from './text.ts';
import { quote } from './validate/report.ts';

/**
 * How a workbook's cell was typed in Excel (workbook.ts); a CSV cell has no type. A cell typed as
 * a number in a code column has lost its leading zeros, one typed as an error holds `#N/A`.
 */
export type CellKind = 'text' | 'number' | 'date' | 'boolean' | 'error';

export interface CsvRow {
  /** 1-based line the row starts on (the header is line 1); a workbook's row number. */
  line: number;
  /** Each cell as text, as the contract writes it (a workbook's dates as YYYY-MM-DD). */
  cells: string[];
  /** A workbook's cells: how each was typed, in the order of `cells`. */
  kinds?: CellKind[];
}

/** A table file read: a CSV file, or a workbook's first sheet. */
export interface Csv {
  /** Header names, trimmed and lower-cased, without invisible characters. */
  header: string[];
  /** The header's line: 2 after Excel's `sep=` line, else 1. */
  headerLine: number;
  rows: CsvRow[];
}

export type CsvResult = { csv: Csv; problems: [] } | { csv: null; problems: Problem[] };

/** Position (1-based line and column in characters) of a character offset in text. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Offset of a quote that opens a field and is never closed, or -1. */
function unclosedQuote(text: string, delimiter: string): number {
  let open = -1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open !== -1) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else open = -1;
      }
    } else if (ch === '"' && fieldStart) {
      open = i;
    }
    fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
  }
  return open;
}

/** Excel's first line naming the delimiter (`sep=;`), written by "CSV (MS-DOS)" and some macros. */
const SEP_LINE = /^"?sep=([,;])"?[ \t]*\r?\n/i;

const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * A header cell as a column name: trimmed, lower-cased, and without format characters (a
 * zero-width space or a BOM pasted with it), which no column name has and no reader can see.
 */
export function headerName(cell: string): string {
  return cell.replace(/\p{Cf}/gu, '').trim().toLowerCase();
}

/**
 * A CSV file → its header and rows, or the one problem that stops it from being read at all.
 * Lines are the file's own (a `sep=` line is line 1 and the header then line 2); the rest as
 * `tableOf`.
 */
export function readCsv(bytes: Uint8Array, path: string): CsvResult {
  const decoded = decodeText(bytes, path);
  if ('problem' in decoded) return { csv: null, problems: [decoded.problem] };
  let text = decoded.text;
  let firstLine = 1;
  let delimiter: ',' | ';' | undefined;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1] as ',' | ';';
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  if (text.trim() === '') {
    return { csv: null, problems: [{ path, line: firstLine, column: 0, message: 'berkas kosong: baris header tidak ada' }] };
  }
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  if (!delimiter && headerLine.includes('\t') && !/[,;]/.test(headerLine)) {
    return { csv: null, problems: [{ path, line: firstLine, column: 0, message: `kolom dipisah tab (ekspor "Teks (dipisah tab)"), bukan koma atau titik koma; ${RESAVE}`, kind: 'delimiter' }] };
  }
  delimiter ??= detectDelimiter(text);
  const openQuote = unclosedQuote(text, delimiter);
  if (openQuote !== -1) {
    const { line, column } = position(text, openQuote);
    return {
      csv: null,
      problems: [{ path, line: line + firstLine - 1, column: 0, message: `tanda kutip (") di karakter ${column} tidak pernah ditutup` }],
    };
  }
  const records = dsvFormat(delimiter).parseRows(text);
  let line = firstLine;
  const rows: CsvRow[] = records.map((cells) => {
    const row = { line, cells };
    // A quoted field may hold line breaks: the next row starts that many lines further.
    line += 1 + cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return row;
  });
  return tableOf(rows, path);
}

/**
 * Rows of a table file, the header first → the table, or the one problem that stops it: blank rows
 * at the end are dropped (Excel writes `;;;` for formatted empty rows), and unnamed columns at the
 * end of the header whose cells are empty in every row (Excel's `…;kopdes_merah_putih;;;`); one
 * that holds data is one problem for the file (column 0), naming the first such cell.
 */
export function tableOf(records: CsvRow[], path: string): CsvResult {
  const rows = [...records];
  while (rows.length > 1 && blank(rows.at(-1)!.cells)) rows.pop();
  const [head, ...body] = rows;
  const header = head!.cells.map(headerName);
  let named = header.length;
  while (named > 1 && header[named - 1] === '') named--;
  if (named < header.length) {
    const filled = body.find(({ cells }) => !blank(cells.slice(named)));
    if (filled) {
      const at = filled.cells.findIndex((cell, i) => i >= named && cell.trim() !== '');
      return {
        csv: null,
        problems: [{ path, line: filled.line, column: 0, message: `kolom ke-${at + 1} tidak bernama di header tetapi berisi data (${quote(filled.cells[at]!.trim(), 40)}); beri nama kolomnya di baris header atau hapus isinya` }],
      };
    }
    for (const row of body) {
      if (row.cells.length <= named) continue;
      row.cells = row.cells.slice(0, named);
      if (row.kinds) row.kinds = row.kinds.slice(0, named);
    }
  }
  return { csv: { header: header.slice(0, named), headerLine: head!.line, rows: body }, problems: [] };
}
