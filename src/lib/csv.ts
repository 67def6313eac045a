// Reading one CSV file with the contract's input tolerance: UTF-8 with or without BOM, `,` or
// `;` (detected per file), LF or CRLF, trimmed case-insensitive headers, blank trailing lines.
// d3-dsv parses; this module adds what it lacks for error reports: the line each row starts on,
// and a clear error for bytes that are not UTF-8 or a quote that is never closed.
import { dsvFormat } from 'd3-dsv';
import type { Problem } from './problem.ts';

export interface CsvRow {
  /** 1-based line the row starts on (the header is line 1). */
  line: number;
  cells: string[];
}

export interface Csv {
  delimiter: ',' | ';';
  /** Header names, trimmed and lower-cased. */
  header: string[];
  rows: CsvRow[];
}

export type CsvResult = { csv: Csv; problems: [] } | { csv: null; problems: Problem[] };

const BOM = '\uFEFF';

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

/** Decodes UTF-8 strictly; on an invalid sequence, names the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, path: string): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The lenient decoder marks the first bad byte with U+FFFD: report its line.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const { line } = position(lenient, lenient.indexOf('\uFFFD'));
    return {
      problem: {
        path,
        line,
        column: 0,
        message: 'berkas bukan UTF-8 (ada byte yang tidak sah di baris ini); simpan ulang sebagai "CSV UTF-8"',
      },
    };
  }
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

export function readCsv(bytes: Uint8Array, path: string): CsvResult {
  const decoded = decodeUtf8(bytes, path);
  if ('problem' in decoded) return { csv: null, problems: [decoded.problem] };
  const text = decoded.text.startsWith(BOM) ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') {
    return { csv: null, problems: [{ path, line: 1, column: 0, message: 'berkas kosong: baris header tidak ada' }] };
  }
  const delimiter = detectDelimiter(text);
  const quote = unclosedQuote(text, delimiter);
  if (quote !== -1) {
    const { line, column } = position(text, quote);
    return {
      csv: null,
      problems: [{ path, line, column: 0, message: `tanda kutip (") di karakter ${column} tidak pernah ditutup` }],
    };
  }
  const records = dsvFormat(delimiter).parseRows(text);
  // Drop the blank lines at the end (a lone empty field is what d3-dsv makes of one).
  while (records.length > 0 && records.at(-1)!.every((cell) => cell.trim() === '')) records.pop();
  let line = 1;
  const rows: CsvRow[] = records.map((cells) => {
    const row = { line, cells };
    // A quoted field may hold line breaks: the next row starts that many lines further.
    line += 1 + cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return row;
  });
  const [head, ...body] = rows;
  return {
    csv: { delimiter, header: head!.cells.map((name) => name.trim().toLowerCase()), rows: body },
    problems: [],
  };
}
