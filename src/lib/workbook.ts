// Reading an Excel workbook (.xlsx) in place of a CSV file: the first sheet, its row numbers as
// lines and its column numbers as columns, each cell as Excel typed it. SheetJS (as published
// under @e965/xlsx) parses, in Node and in the browser; it is imported only when a workbook is
// read, so a page that checks CSV files never downloads it.
import { type CellKind, type CsvResult, type CsvRow, tableOf } from './csv.ts';
import type { Problem } from './problem.ts';

/** What to do with a file that is not a workbook Excel can open again. */
const RESAVE_WORKBOOK = 'buka di Excel dan simpan ulang sebagai "Buku Kerja Excel (.xlsx)", atau simpan sebagai CSV UTF-8';

/**
 * A number as the contract writes it: an integer in full (3215012345678900), a fraction to the 15
 * significant digits Excel keeps (0.1 + 0.2 → 0.3, not 0.30000000000000004).
 */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Cell {
  t: 'b' | 'n' | 'e' | 's' | 'd' | 'z';
  v?: unknown;
  w?: string;
  z?: string | number;
  f?: string;
}

/**
 * A workbook's bytes → its first sheet as a table (csv.ts `Csv`: line = the sheet's row number,
 * cells in column order from column A, `kinds` as typed), or the one problem that stops it from
 * being read. Dates (a number with a date format) are written YYYY-MM-DD from Excel's serial,
 * whichever date system the workbook uses (1900 or 1904); numbers as `numberText`; an error value
 * (`#N/A`) as its text with kind `error`; a formula as the value Excel saved with it. Header rules
 * and blank trailing rows and columns: as a CSV file's (`tableOf`).
 */
export async function readWorkbook(bytes: Uint8Array, path: string): Promise<CsvResult> {
  const fail = (message: string): CsvResult => ({ csv: null, problems: [{ path, line: 1, column: 0, message } satisfies Problem] });
  // A workbook is a zip archive; anything else named .xlsx (a CSV or an old .xls renamed) is not read as one.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    return fail(`${ole ? 'berkas Excel lama (.xls) atau buku kerja berkata sandi' : 'bukan buku kerja .xlsx'}, tidak dapat dibaca; ${RESAVE_WORKBOOK}`);
  }
  try {
    return sheetTable(await import('@e965/xlsx'), bytes, path);
  } catch (error) {
    return fail(`buku kerja rusak atau tidak dapat dibaca (${error instanceof Error ? error.message : String(error)}); ${RESAVE_WORKBOOK}`);
  }
}

/** The first sheet of a workbook's bytes as a table (see `readWorkbook`); throws what SheetJS throws. */
function sheetTable({ read, SSF }: typeof import('@e965/xlsx'), bytes: Uint8Array, path: string): CsvResult {
  const fail = (message: string): CsvResult => ({ csv: null, problems: [{ path, line: 1, column: 0, message } satisfies Problem] });
  // Stubs kept: a formula saved without its value (a program wrote the file, Excel never
  // computed it) is then a cell with a formula and no value, not a cell left out.
  const workbook = read(bytes, { type: 'array', dense: true, cellNF: true, sheetStubs: true, sheets: 0 });
  const name = workbook.SheetNames[0]!;
  // The data is the first sheet: a hidden one would be read while the officer sees another.
  if (workbook.Workbook?.Sheets?.[0]?.Hidden) return fail(`lembar pertama "${name}" tersembunyi, padahal yang dibaca hanya lembar pertama; tampilkan lembar itu atau pindahkan lembar data ke urutan pertama`);
  const grid = (workbook.Sheets[name] as { '!data'?: Cell[][] } | undefined)?.['!data'] ?? [];
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const text = (cell: Cell | undefined): [string, CellKind] => {
    if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return cell?.f ? [`=${cell.f}`, 'error'] : ['', 'text'];
    switch (cell.t) {
      case 's':
        return [String(cell.v), 'text'];
      case 'b':
        return [cell.v ? 'ya' : 'tidak', 'boolean']; // the contract's own yes/no
      case 'e':
        return [cell.w ?? '#ERROR', 'error'];
      case 'd': {
        // SheetJS makes dates in local time (only with cellDates, which is not asked for).
        const d = cell.v as Date;
        return [`${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`, 'date'];
      }
      default: {
        const value = cell.v as number;
        const format = cell.z === undefined ? '' : String(cell.z);
        // A date format on a number that is no day (a rupiah amount in a column formatted as dates) stays a number.
        const day = format !== '' && SSF.is_date(format) ? (SSF.parse_date_code(value, { date1904 }) as { y: number; m: number; d: number } | null) : null;
        if (day) return [`${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`, 'date'];
        // 50% is held as 0.5: the contract writes percents 0–100, as the cell shows it.
        return [numberText(format.includes('%') ? value * 100 : value), 'number'];
      }
    }
  };
  // Rows and cells Excel never touched are holes in the grid: read as empty, so that lines and
  // columns keep the sheet's numbers.
  const dense = Array.from(grid, (cells, r): CsvRow & { kinds: CellKind[] } => {
    const read = Array.from(cells ?? [], text);
    return { line: r + 1, cells: read.map(([value]) => value), kinds: read.map(([, kind]) => kind) };
  });
  const blank = (row: CsvRow) => row.cells.every((cell) => cell.trim() === '');
  while (dense.length > 0 && blank(dense.at(-1)!)) dense.pop();
  if (dense.length === 0) return fail(`lembar pertama "${name}" kosong: baris header tidak ada`);
  if (blank(dense[0]!)) return fail(`baris 1 lembar pertama "${name}" kosong: header harus di baris 1 (hapus judul atau baris kosong di atasnya)`);
  // Every row as wide as the widest, as a CSV row of Excel's is.
  let width = 0;
  for (const row of dense) width = Math.max(width, row.cells.length);
  for (const row of dense) {
    while (row.cells.length < width) {
      row.cells.push('');
      row.kinds.push('text');
    }
  }
  return tableOf(dense, path);
}
