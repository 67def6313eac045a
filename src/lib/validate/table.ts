// One table file (CSV, or a workbook's first sheet) against one table of the schema: header,
// cells, row and group rules.
import { type CellKind, type CsvResult, headerName } from '../csv.ts';
import type { Column, RowOf, RuleContext, Table } from '../schema.ts';
import { numberNotation } from './numbers.ts';
import { type Report, describeValue, quote } from './report.ts';

/** Keys of every reference table, for `references` checks (null while a table is unusable). */
/** Format characters inside a cell (zero-width space, soft hyphen, a BOM mid-file): `K2` and `K2\u200b` look the same and are two ids. */
const INVISIBLE_CELL = /[\p{Cf}\u2028\u2029]/u;

export type Keys = Partial<Record<'kecamatan' | 'desa' | 'sipd', Set<string> | null>>;

/** A file's rows, the line each came from, and its header (to point problems at columns). */
export interface ValidTable<R> {
  rows: R[];
  lines: number[];
  header: string[];
}

export interface TableState {
  /** For `unique: 'table'` columns: value → where it was first seen. */
  seen: Map<string, Map<string, string>>;
}

/**
 * What a cell typed in Excel says that its text cannot: a code or NIK typed as a number has lost
 * its leading zeros (and, past 15 digits, its last digits: Excel keeps 15 significant digits);
 * one Excel turned into a date (05-2021) is no longer what was typed; a fraction in a count is no
 * count (its text 1.125 would read as 1125, a thousands point); an error value is a formula that
 * failed. Null when the cell's kind fits the column.
 */
function typedCellProblem(column: Column, kind: CellKind | undefined, cell: string): [message: string, kind: string] | null {
  if (kind === 'error') return ['adalah galat atau rumus Excel tanpa nilai; perbaiki rumusnya atau ketik nilainya', 'excel-error'];
  const text = column.type === 'text' || column.type === 'idlist';
  const asText = `format kolom ${column.name} sebagai Teks (Format Cells → Text), lalu ketik ulang nilainya`;
  if (kind === 'date' && text) return [`diubah Excel menjadi tanggal; ${asText}`, 'excel-date'];
  if (kind === 'number' && text) {
    const lost = cell.replace(/\D/g, '').length > 15 ? 'Excel hanya menyimpan 15 angka penting, angka sesudahnya sudah menjadi 0' : 'nol di depan dan titik sesudah angka bisa hilang';
    return [`diketik sebagai angka di Excel, bukan teks (${lost}); ${asText}`, 'excel-number'];
  }
  if (kind === 'number' && (column.type === 'integer' || column.type === 'rupiah') && !Number.isInteger(Number(cell)))
    return ['bukan bilangan bulat (sel Excel berisi pecahan; bulatkan atau perbaiki nilainya)', 'excel-fraction'];
  return null;
}

/**
 * Validates one table file, as read (csv.ts `readCsv`, workbook.ts `readWorkbook`), against a
 * table of the schema; returns the rows, or null if any problem. Every problem of a row is
 * reported in one pass: a row rule runs whenever the cells it reads are valid, whatever the row's
 * other cells (schema.ts `RowRule.reads`).
 */
export function validateTable<Cols extends readonly Column[]>(
  spec: Table<Cols>,
  { csv, problems }: CsvResult,
  report: Report,
  context: RuleContext,
  keys: Keys,
  state: TableState = { seen: new Map() },
): ValidTable<RowOf<Cols>> | null {
  if (!csv) {
    for (const p of problems) report.add(p.line, p.column, p.message, p.kind);
    return null;
  }
  let ok = true;
  const fail = (line: number, column: number, message: string, kind: string) => {
    ok = false;
    report.add(line, column, message, kind);
  };

  // Header: which column of the file holds which column of the schema.
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const positions = new Map<string, number>();
  csv.header.forEach((name, i) => {
    if (!byName.has(name)) {
      const known = spec.columns.map((c) => c.name).join(', ');
      fail(csv.headerLine, i + 1, `kolom ${quote(name)} tidak dikenal (kolom yang dikenal: ${known})`, 'header:unknown');
    } else if (positions.has(name)) {
      fail(csv.headerLine, i + 1, `kolom "${name}" muncul dua kali (juga kolom ${positions.get(name)! + 1})`, 'header:twice');
    } else positions.set(name, i);
  });
  const missing = spec.columns.filter((c) => !c.optional && !positions.has(c.name));
  if (missing.length > 0) {
    const names = missing.map((c) => `"${c.name}"`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
    fail(csv.headerLine, 0, `kolom ${list} tidak ada di header`, 'header:missing');
  }
  if (missing.length > 0) return null;
  const columnOf = (name: string) => {
    const at = positions.get(name);
    return at === undefined ? 0 : at + 1;
  };

  const fileSeen = new Map<string, Map<string, number>>();
  const groupSeen = spec.groupRules.map(() => new Map<string, number>());
  const numbers = numberNotation();
  const rows: RowOf<Cols>[] = [];
  const lines: number[] = [];
  for (const { line, cells: written, kinds } of csv.rows) {
    if (written.every((cell) => cell.trim() === '')) {
      fail(line, 0, 'baris kosong di tengah berkas (hanya pemisah atau spasi, biasanya sisa Excel); hapus baris ini', 'row:empty');
      continue;
    }
    // Empty cells past the header's last column (a cell Excel once touched to the right) hold
    // nothing that could land in the wrong column: the row is read without them.
    const cells = written.length > csv.header.length && written.slice(csv.header.length).every((cell) => cell.trim() === '') ? written.slice(0, csv.header.length) : written;
    // The header again (two sheets pasted one under the other): one line, not one per cell.
    if (cells.length === csv.header.length && cells.every((cell, i) => headerName(cell) === csv.header[i])) {
      fail(line, 0, 'baris header diulang di tengah berkas; hapus baris ini', 'row:header');
      continue;
    }
    if (cells.length !== csv.header.length) {
      fail(line, 0, `baris berisi ${cells.length} kolom, header berisi ${csv.header.length} (koma atau titik koma di dalam teks tanpa tanda kutip? simpan ulang dari Excel sebagai CSV)`, 'row:width');
      continue;
    }
    const row: Record<string, unknown> = {};
    const raw: Record<string, string> = {};
    // Columns whose cell is invalid: the rules reading them do not run on this row.
    const invalid = new Set<string>();
    for (const c of spec.columns) {
      const at = positions.get(c.name);
      const cell = at === undefined ? '' : cells[at]!.trim();
      raw[c.name] = cell;
      const column = columnOf(c.name);
      const bad = (message: string, kind: string) => {
        invalid.add(c.name);
        fail(line, column, `kolom ${c.name}: ${describeValue(cell)} ${message}`, `${c.name}:${kind}`);
      };
      if (INVISIBLE_CELL.test(cell)) {
        const char = INVISIBLE_CELL.exec(cell)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        bad(`berisi karakter tak terlihat U+${char} (biasanya tersalin dari web atau pesan); hapus karakter itu`, 'invisible');
        continue;
      }
      const excel = at === undefined ? null : typedCellProblem(c, kinds?.[at], cell);
      if (excel) {
        bad(...excel);
        continue;
      }
      if (cell === '') {
        if (c.optional) row[c.name] = null;
        else bad('wajib diisi', 'required');
        continue;
      }
      const parsed = c.parse.safeParse(cell);
      if (!parsed.success) {
        const message = parsed.error.issues[0]!.message;
        // Grouped by what is wrong, not by the value-specific hint after ';' (…; tulis 2025-02-10).
        bad(message, message.split(';')[0]!);
        continue;
      }
      row[c.name] = parsed.data;
      if (typeof parsed.data === 'number' && (c.type === 'integer' || c.type === 'rupiah')) numbers.add(c.name, c.year ?? false, { line, column, raw: cell }, parsed.data);
      const known = c.references ? keys[c.references.table] : undefined;
      if (known && !known.has(cell)) bad(`tidak ada di reference/${c.references!.table}.csv`, 'reference');
      if (c.unique) {
        const inFile = fileSeen.get(c.name) ?? fileSeen.set(c.name, new Map()).get(c.name)!;
        const earlier = inFile.get(cell);
        if (earlier !== undefined) bad(`sudah dipakai di baris ${earlier}`, 'unique');
        else inFile.set(cell, line);
        if (c.unique === 'table') {
          const inTable = state.seen.get(c.name) ?? state.seen.set(c.name, new Map()).get(c.name)!;
          const elsewhere = inTable.get(cell);
          if (elsewhere !== undefined && earlier === undefined) bad(`sudah dipakai di ${elsewhere}`, 'unique');
          else if (elsewhere === undefined) inTable.set(cell, `${report.path} baris ${line}`);
        }
      }
    }
    const readable = (reads: readonly string[]) => reads.every((name) => !invalid.has(name));
    const typed = row as RowOf<Cols>;
    for (const rule of spec.rowRules) {
      if (!readable(rule.reads)) continue;
      const problem = rule.check(typed, context);
      if (problem) {
        invalid.add(problem.column);
        fail(line, columnOf(problem.column), `kolom ${problem.column}: ${describeValue(raw[problem.column]!)} ${problem.message}`, rule.id);
      }
    }
    spec.groupRules.forEach((rule, i) => {
      if (!readable(rule.reads) || !rule.where(typed)) return;
      const key = rule.key(typed);
      const earlier = groupSeen[i]!.get(key);
      if (earlier === undefined) groupSeen[i]!.set(key, line);
      else {
        invalid.add(rule.column);
        fail(line, columnOf(rule.column), `kolom ${rule.column}: ${describeValue(raw[rule.column]!)} ${rule.message(key, earlier)}`, rule.id);
      }
    });
    if (invalid.size === 0) {
      rows.push(typed);
      lines.push(line);
    }
  }
  for (const p of numbers.problems()) fail(p.line, p.column, `kolom ${p.name}: ${describeValue(p.raw)} ${p.message}`, p.kind);
  return ok ? { rows, lines, header: csv.header } : null;
}
