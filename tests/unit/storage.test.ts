// Contract 1.1, "Stored exactly, or rejected": every integer the validator accepts is stored,
// queried and shown exactly. For every integer column of the schema (types integer and rupiah,
// read from TABLES, never listed here) a data folder holds the column's largest accepted value (and
// its smallest, where that is negative) in a cell; the folder goes through the site's own pipeline
// (validateFolder → writeDatabase → duckdb-wasm), a plain SELECT reads the value back, and it must
// equal the value parsed from the CSV text as a BigInt, and print as Intl prints that BigInt. Then
// the same for random accepted values (fast-check), and for the sums the pages show.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, toRows } from '../../src/lib/engine/engine.ts';
import { nodeEngine } from '../../src/lib/engine/node.ts';
import { formatFor } from '../../src/lib/format.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { type Indicators, indicatorsSql } from '../../src/lib/indicators.ts';
import { serverDocument } from '../../src/lib/node/dom.ts';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { writeDatabase } from '../../src/lib/node/write-database.ts';
import { loadProgram } from '../../src/lib/program.ts';
import { headlineFigures } from '../../src/lib/render/figures.ts';
import { type Column, LARGEST_EXACT, type Table, TABLES } from '../../src/lib/schema.ts';
import { type DataFolder, validateFolder } from '../../src/lib/validate.ts';
import { type ViewOptions, defaultView } from '../../src/lib/view.ts';
import { KECIL } from '../helpers/folders.ts';

const LIMIT = BigInt(LARGEST_EXACT);
const f = formatFor('id');
const intl = new Intl.NumberFormat('id-ID');
const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/** The columns under test: every integer column of every table of the schema. */
const INTEGER_COLUMNS = TABLES.flatMap((table) =>
  (table.columns as readonly Column[]).filter((c) => c.type === 'integer' || c.type === 'rupiah').map((column) => ({ table: table as Table, column })),
);

// ---- Rules of the contract beyond a column's own range ------------------------------------
// A column's min/max is what one cell accepts; these rules tie a cell to other cells, so the
// folders below keep them (a new rule the folders break shows as a validation failure).

/** The counts of desa and kelurahan per kecamatan must agree with reference/desa.csv. */
const DESA_COUNT: Record<string, string> = { jumlah_desa: 'desa', jumlah_kelurahan: 'kelurahan' };
/** kode_desa is `NN.NN.NN.NNNN`: at most 10,000 desa and kelurahan per kecamatan. */
const CODES_PER_KECAMATAN = 10_000;
/** Rule ratYear: the year of the last RAT is at most the snapshot's year (the file's date). */
const BOUND_BY_FILE_YEAR = new Set(['tahun_rat_terakhir']);
/** In kegiatan, realisasi may not exceed anggaran (same row). */
const AT_MOST: Record<string, string> = { realisasi: 'anggaran' };
/** Tables whose rows nothing refers to, so a test may leave a row out. */
const DROPPABLE = new Set(['kegiatan']);
// And: the total of an integer column within one file stays ≤ 2^53 − 1 (so that any sum of one
// file is exact as a JavaScript number); the folders keep every column's total within it.

// ---- Folders as parsed CSV ------------------------------------------------------------------

type Row = Record<string, string>;
interface CsvFile {
  columns: string[];
  rows: Row[];
}
type Folder = Map<string, CsvFile>;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function pathPattern(table: Table): RegExp {
  const escaped = table.path.replaceAll('.', '\\.').replace('YYYY-MM-DD', '\\d{4}-\\d{2}-\\d{2}').replace('YYYY', '\\d{4}');
  return new RegExp(`^${escaped}$`);
}

/** The CSV files of a table, oldest first. */
const filesOf = (folder: Folder, table: Table) => [...folder.keys()].filter((p) => pathPattern(table).test(p)).sort();

function parseCsv(bytes: Uint8Array): CsvFile {
  const parsed = csvParse(decoder.decode(bytes).replace(/^\uFEFF/, ''));
  return { columns: parsed.columns, rows: parsed.map((r) => ({ ...r }) as Row) };
}

async function baseFolder(): Promise<{ bytes: Map<string, Uint8Array>; csv: Folder }> {
  const bytes = await readFolder(KECIL);
  const csv: Folder = new Map();
  for (const [path, b] of bytes) if (TABLES.some((t) => pathPattern(t as Table).test(path))) csv.set(path, parseCsv(b));
  return { bytes, csv };
}

/** Digits grouped by dots the Indonesian way, written here without Intl. */
function dotted(value: bigint): string {
  const digits = (value < 0n ? -value : value).toString();
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0n ? '-' : ''}${groups.join('.')}`;
}

/** The folder's bytes: the untouched files of the base, and the CSV files as changed. */
function toBytes(base: Map<string, Uint8Array>, csv: Folder): Map<string, Uint8Array> {
  const out = new Map(base);
  for (const [path, file] of csv) out.set(path, encoder.encode(`${csvFormat(file.rows, file.columns)}\n`));
  return out;
}

/** A cell's integer, read from the CSV text of the folder's bytes (d3-dsv and BigInt, no validator). */
const cellValue = (text: string): bigint | null => (text.trim() === '' ? null : BigInt(text.trim().replaceAll('.', '')));

const abs = (n: bigint) => (n < 0n ? -n : n);

// ---- The site's pipeline ------------------------------------------------------------------

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** validateFolder → writeDatabase → duckdb-wasm, as the build does. */
async function pipeline(files: Map<string, Uint8Array>): Promise<{ engine: Engine; options: ViewOptions }> {
  const { data, problems } = await validateFolder('data', files);
  if (!data) throw new Error(`the folder is not valid:\n${problems.slice(0, 10).map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n')}`);
  const dir = await mkdtemp(join(tmpdir(), 'dasbor-storage-'));
  temps.push(dir);
  const path = join(dir, 'dasbor.duckdb');
  await writeDatabase(data, path);
  const options = { snapshots: data.snapshots.map((s) => s.date), kecamatan: data.kecamatan.map((k) => k.kode_kecamatan) };
  return { engine: await nodeEngine(new Uint8Array(await readFile(path))), options };
}

/** How one row of a file is found in its database table. */
function rowKey(table: Table, path: string, file: CsvFile): (row: Row) => string {
  const key = (table.columns as readonly Column[]).find((c) => c.unique)?.name ?? table.columns[0]!.name;
  const values = file.rows.map((r) => r[key]);
  expect(new Set(values).size, `${path}: ${key} names one row`).toBe(values.length);
  const snapshot = /\d{4}-\d{2}-\d{2}/.exec(path)?.[0];
  const where = (row: Row) => `"${key}" = '${row[key]!.replaceAll("'", "''")}'${snapshot ? ` AND snapshot = DATE '${snapshot}'` : ''}`;
  return where;
}

/** The stored value of a cell, read back with a plain SELECT (as the site's engine returns it, and as text). */
async function stored(engine: Engine, table: Table, column: Column, where: string): Promise<{ value: unknown; text: string | null }> {
  const rows = await engine.query<{ value: unknown; text: string | null }>(`SELECT "${column.name}" AS value, "${column.name}"::VARCHAR AS text FROM ${table.name} WHERE ${where}`);
  expect(rows, where).toHaveLength(1);
  return rows[0]!;
}

/** The site's formatter for the column's unit, and the same value formatted independently from the BigInt, in each language. */
function shown(column: Column, value: number, expected: bigint): [string, string][] {
  return (['id', 'en'] as const).map((lang) => {
    const [site, independent] = [formatFor(lang), new Intl.NumberFormat(LOCALES[lang])];
    // A year is shown as its digits (2025, not 2.025), as the pages write it.
    if (column.year) return [String(value), expected.toString()];
    return column.type === 'rupiah' ? [site.rupiahExact(value), `Rp\u00a0${independent.format(expected)}`] : [site.number(value), independent.format(expected)];
  });
}

async function expectExact(engine: Engine, table: Table, column: Column, where: string, expected: bigint | null) {
  const { value, text } = await stored(engine, table, column, where);
  if (expected === null) {
    expect(value, `${table.name}.${column.name} ${where}`).toBeNull();
    return;
  }
  expect(text, `${table.name}.${column.name} ${where} (as text)`).toBe(expected.toString());
  expect(typeof value, `${table.name}.${column.name} ${where}`).toBe('number');
  expect(Number.isSafeInteger(value), `${table.name}.${column.name} ${where}: ${String(value)}`).toBe(true);
  expect(BigInt(value as number), `${table.name}.${column.name} ${where}`).toBe(expected);
  for (const [site, independent] of shown(column, value as number, expected)) expect(site, `${table.name}.${column.name} shown`).toBe(independent);
}

// ---- The folder of extremes -----------------------------------------------------------------

interface Placed {
  table: Table;
  column: Column;
  path: string;
  /** Which row, as a WHERE condition on the database table. */
  where: string;
  /** The cell's text as written into the CSV. */
  row: Row;
}

/**
 * kecil with every integer column's largest accepted value in one cell of the newest file of its
 * table, and its smallest in the oldest file where that is negative. Where one file's total
 * would pass 2^53 − 1, the column's other cells in that file become 0 (or, when 0 is not
 * accepted, their rows are left out where nothing refers to them).
 */
function extremes(csv: Folder): Map<string, { table: Table; column: Column; path: string; row: Row }> {
  const placed = new Map<string, { table: Table; column: Column; path: string; row: Row }>();
  const touched: { table: Table; column: Column; path: string; row: Row }[] = [];
  const usedKecamatan = new Set<string>();
  for (const { table, column } of INTEGER_COLUMNS) {
    const paths = filesOf(csv, table);
    expect(paths.length, `kecil has a file of ${table.name}`).toBeGreaterThan(0);
    const jenis = DESA_COUNT[column.name];
    if (jenis !== undefined) {
      // As many desa (or kelurahan) rows as the value: in the kecamatan with fewest of the other kind.
      const desa = csv.get('reference/desa.csv')!;
      const kecamatan = csv.get(paths[0]!)!;
      const others = (kode: string) => desa.rows.filter((d) => d.kode_kecamatan === kode && d.jenis !== jenis).length;
      const row = kecamatan.rows.filter((k) => !usedKecamatan.has(k.kode_kecamatan!)).sort((a, b) => others(a.kode_kecamatan!) - others(b.kode_kecamatan!))[0]!;
      const kode = row.kode_kecamatan!;
      usedKecamatan.add(kode);
      const value = Math.min(column.max!, CODES_PER_KECAMATAN - others(kode));
      const taken = new Set(desa.rows.map((d) => d.kode_desa));
      let have = desa.rows.filter((d) => d.kode_kecamatan === kode && d.jenis === jenis).length;
      for (let n = 0; have < value; n++) {
        const code = `${kode}.${String(n).padStart(4, '0')}`;
        if (taken.has(code)) continue;
        desa.rows.push({ kode_desa: code, nama_desa: `${jenis} ${n}`, kode_kecamatan: kode, jenis, lat: '', lon: '' });
        have++;
      }
      row[column.name] = String(value);
      placed.set(`${table.name}.${column.name}.max`, { table, column, path: paths[0]!, row });
      continue;
    }
    const place = (which: 'max' | 'min', path: string) => {
      const file = csv.get(path)!;
      const row = file.rows.find((r) => r[column.name]!.trim() !== '');
      expect(row, `${path} has a row holding ${column.name}`).toBeDefined();
      let value = BigInt(column[which]!);
      if (which === 'max' && BOUND_BY_FILE_YEAR.has(column.name)) value = BigInt(/\d{4}/.exec(path)![0]) < value ? BigInt(/\d{4}/.exec(path)![0]) : value;
      row![column.name] = value.toString();
      const at = AT_MOST[column.name];
      if (at !== undefined && cellValue(row![at]!)! < value) row![at] = value.toString();
      const cell = { table, column, path, row: row! };
      placed.set(`${table.name}.${column.name}.${which}`, cell);
      touched.push(cell);
    };
    place('max', paths.at(-1)!);
    if (column.min! < 0) {
      expect(paths.length, `kecil has a second file of ${table.name} for ${column.name}'s negative end`).toBeGreaterThan(1);
      place('min', paths[0]!);
    }
  }
  // Keep every column's total within one file at most 2^53 − 1.
  for (const { table, column, path, row } of touched) {
    const file = csv.get(path)!;
    const total = () => file.rows.reduce((s, r) => s + abs(cellValue(r[column.name]!) ?? 0n), 0n);
    if (total() <= LIMIT) continue;
    for (const other of [...file.rows]) {
      if (other === row || cellValue(other[column.name]!) === null) continue;
      if (column.min! <= 0) {
        other[column.name] = '0';
        for (const [small, large] of Object.entries(AT_MOST)) if (large === column.name && small in other && other[small] !== '') other[small] = '0';
      } else if (DROPPABLE.has(table.name)) file.rows.splice(file.rows.indexOf(other), 1);
    }
    expect(total(), `${path} ${column.name} total`).toBeLessThanOrEqual(LIMIT);
  }
  return placed;
}

describe('every integer column stores, reads back and shows its extreme accepted values exactly', () => {
  const cases = INTEGER_COLUMNS.flatMap(({ table, column }) => [
    { name: `${table.name}.${column.name}`, key: `${table.name}.${column.name}.max`, end: 'largest' },
    ...(column.min! < 0 ? [{ name: `${table.name}.${column.name}`, key: `${table.name}.${column.name}.min`, end: 'smallest (negative)' }] : []),
  ]);
  let engine: Engine;
  let options: ViewOptions;
  let placed: Map<string, Placed>;
  let csv: Folder;
  /** Participants of one year beyond 2^31 (eight activities of 300.000.000), for the program's sums. */
  const PESERTA_ROWS = 8;

  beforeAll(async () => {
    const base = await baseFolder();
    csv = base.csv;
    const cells = extremes(csv);
    // Copies of the activity holding the most participants, so that one year's sum passes 2^31.
    const kegiatanPath = filesOf(csv, TABLES.find((t) => t.name === 'kegiatan') as Table).at(-1)!;
    const kegiatan = csv.get(kegiatanPath)!;
    const most = cells.get('kegiatan.peserta.max')!.row;
    for (let i = 1; i < PESERTA_ROWS; i++) kegiatan.rows.push({ ...most, id_kegiatan: `${most.id_kegiatan}-${i}`, anggaran: '0', realisasi: '0' });
    const files = toBytes(base.bytes, csv);
    ({ engine, options } = await pipeline(files));
    // The rows as written, parsed again from the bytes (independently of the maps above).
    placed = new Map();
    for (const [key, cell] of cells) {
      const file = parseCsv(files.get(cell.path)!);
      const where = rowKey(cell.table, cell.path, file);
      placed.set(key, { ...cell, where: where(cell.row), row: file.rows.find((r) => where(r) === where(cell.row))! });
    }
  }, 180_000);

  it.each(cases)('$name at its $end accepted value', async ({ key }) => {
    const cell = placed.get(key)!;
    const expected = cellValue(cell.row[cell.column.name]!);
    expect(expected).not.toBeNull();
    await expectExact(engine, cell.table, cell.column, cell.where, expected);
  });

  it('includes a column whose accepted values pass 32 bits', () => {
    const wide = INTEGER_COLUMNS.filter(({ column }) => column.max! > 2 ** 31 - 1);
    expect(wide.length).toBeGreaterThan(0);
    for (const { table, column } of wide) expect(placed.get(`${table.name}.${column.name}.max`)?.row[column.name], column.name).toBe(String(column.max));
  });

  it('sums each snapshot exactly in the headline indicators, and shows the members figure exactly', async () => {
    const trend = await engine.query<Indicators>(indicatorsSql(defaultView(options)));
    const koperasi = TABLES.find((t) => t.name === 'koperasi') as Table;
    const anggota = placed.get('koperasi.jumlah_anggota.max')!;
    expect(anggota.row.jumlah_anggota).toBe('300000000');
    for (const path of filesOf(csv, koperasi)) {
      // Independently: the CSV text (d3-dsv) summed as BigInt in plain TypeScript.
      const rows = csvParse(decoder.decode(toBytes(new Map(), new Map([[path, csv.get(path)!]])).get(path)!));
      const sum = (name: string) => rows.reduce((s, r) => s + (cellValue(r[name]!) ?? 0n), 0n);
      const snapshot = /\d{4}-\d{2}-\d{2}/.exec(path)![0];
      const indicators = trend.find((t) => t.snapshot === snapshot)!;
      for (const [field, name] of [['anggota', 'jumlah_anggota'], ['volume_usaha', 'volume_usaha'], ['shu', 'shu']] as const) {
        expect(Number.isSafeInteger(indicators[field]), `${snapshot} ${field}`).toBe(true);
        expect(BigInt(indicators[field]), `${snapshot} ${field}`).toBe(sum(name));
      }
      if (snapshot === options.snapshots.at(-1)) {
        const figures = headlineFigures({ document: serverDocument(), t: dictionary('id'), f, current: indicators, previous: null, targets: {} });
        expect(figures.find((x) => x.key === 'anggota')!.value).toBe(intl.format(sum('jumlah_anggota')));
      }
    }
  });

  it('sums participants, units and budgets of a year exactly on the program page', async () => {
    const kegiatan = TABLES.find((t) => t.name === 'kegiatan') as Table;
    const path = filesOf(csv, kegiatan).at(-1)!;
    const rows = parseCsv(toBytes(new Map(), new Map([[path, csv.get(path)!]])).get(path)!).rows;
    const sum = (name: string, where: (r: Row) => boolean = () => true) => rows.filter(where).reduce((s, r) => s + (cellValue(r[name]!) ?? 0n), 0n);
    const training = (r: Row) => r.jenis_kegiatan === 'pelatihan_usaha' || r.jenis_kegiatan === 'pelatihan_perkoperasian';
    expect(sum('peserta')).toBeGreaterThan(2n ** 31n);
    const p = await loadProgram(engine, { year: Number(/\d{4}/.exec(path)![0]), quarter: null }, options);
    const exact = (actual: number, expected: bigint, what: string) => {
      expect(Number.isSafeInteger(actual), `${what}: ${actual}`).toBe(true);
      expect(BigInt(actual), what).toBe(expected);
    };
    exact(p.totals.peserta_pelatihan, sum('peserta', training), 'totals.peserta_pelatihan');
    exact(p.totals.tenda, sum('jumlah_unit', (r) => r.barang === 'tenda'), 'totals.tenda');
    exact(p.totals.genset, sum('jumlah_unit', (r) => r.barang === 'genset'), 'totals.genset');
    exact(p.totals.anggaran, sum('anggaran'), 'totals.anggaran');
    exact(p.totals.realisasi, sum('realisasi'), 'totals.realisasi');
    for (const k of p.kinds) exact(k.peserta, sum('peserta', (r) => r.jenis_kegiatan === k.jenis_kegiatan), `kinds ${k.jenis_kegiatan} peserta`);
    for (const k of p.pelaksana) exact(k.peserta, sum('peserta', (r) => r.pelaksana === k.pelaksana), `pelaksana ${k.pelaksana} peserta`);
    for (const k of p.kecamatan) {
      exact(k.peserta, sum('peserta', (r) => r.kode_kecamatan === k.kode_kecamatan), `kecamatan ${k.kode_kecamatan} peserta`);
      exact(k.tenda, sum('jumlah_unit', (r) => r.kode_kecamatan === k.kode_kecamatan && r.barang === 'tenda'), `kecamatan ${k.kode_kecamatan} tenda`);
    }
    expect(f.number(p.totals.tenda)).toBe(intl.format(sum('jumlah_unit', (r) => r.barang === 'tenda')));
    expect(f.rupiahExact(p.totals.anggaran)).toBe(`Rp\u00a0${intl.format(sum('anggaran'))}`);
  });
});

// ---- Random accepted values ---------------------------------------------------------------

describe('random accepted values', () => {
  it('are stored, read back and shown exactly (fast-check, one engine per folder of many values)', async () => {
    const base = await baseFolder();
    // Every cell of an integer column that holds a value in kecil gets a random accepted value.
    const slots: { table: Table; column: Column; path: string; rows: number; min: bigint; max: bigint }[] = [];
    for (const { table, column } of INTEGER_COLUMNS) {
      if (DESA_COUNT[column.name] !== undefined) continue; // tied to desa.csv: covered by the extremes above
      for (const path of filesOf(base.csv, table)) {
        const rows = base.csv.get(path)!.rows.filter((r) => r[column.name]!.trim() !== '').length;
        const year = BigInt(/\d{4}/.exec(path)?.[0] ?? '0');
        const max = BOUND_BY_FILE_YEAR.has(column.name) && year < BigInt(column.max!) ? year : BigInt(column.max!);
        slots.push({ table, column, path, rows, min: BigInt(column.min!), max });
      }
    }
    const paths = [...base.csv.keys()];
    const plan = fc.record({
      values: fc.tuple(...slots.map((s) => fc.array(fc.bigInt({ min: s.min, max: s.max }), { minLength: s.rows, maxLength: s.rows }))),
      dotted: fc.tuple(...paths.map(() => fc.boolean())),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ values, dotted: dots }) => {
        const csv: Folder = new Map([...base.csv].map(([p, file]) => [p, { columns: file.columns, rows: file.rows.map((r) => ({ ...r })) }]));
        slots.forEach((slot, i) => {
          const drawn = [...values[i]!];
          // At most 2^53 − 1 in one file: halve the largest until the total fits.
          while (drawn.reduce((s, v) => s + abs(v), 0n) > LIMIT) {
            const k = drawn.reduce((best, v, j) => (abs(v) > abs(drawn[best]!) ? j : best), 0);
            const half = drawn[k]! / 2n;
            drawn[k] = half < slot.min ? slot.min : half;
          }
          const holding = csv.get(slot.path)!.rows.filter((r) => r[slot.column.name]!.trim() !== '');
          holding.forEach((r, j) => (r[slot.column.name] = drawn[j]!.toString()));
        });
        for (const [path, file] of csv) {
          for (const r of file.rows) {
            for (const [small, large] of Object.entries(AT_MOST)) {
              if (small in r && r[small] !== '' && cellValue(r[small]!)! > cellValue(r[large]!)!) r[small] = r[large]!;
            }
          }
          if (dots[paths.indexOf(path)]) {
            // Amounts grouped by dots; years stay plain (2025), as the contract's files write them.
            const names = INTEGER_COLUMNS.filter(({ column }) => !column.year).map(({ column }) => column.name);
            for (const r of file.rows) for (const name of names) if (name in r && r[name] !== '') r[name] = dotted(cellValue(r[name]!)!);
          }
        }
        const files = toBytes(base.bytes, csv);
        const { engine } = await pipeline(files);
        for (const { table, column } of INTEGER_COLUMNS) {
          for (const path of filesOf(csv, table)) {
            const file = parseCsv(files.get(path)!);
            const where = rowKey(table, path, file);
            for (const row of file.rows) await expectExact(engine, table, column, where(row), cellValue(row[column.name]!));
          }
        }
      }),
      // No shrinking: every step would start another engine; the failing values are in the message.
      { numRuns: 4, endOnFailure: true },
    );
  }, 300_000);
});

// ---- No silent wrap on the way in or out --------------------------------------------------

describe('the writer and the engine never change an integer silently', () => {
  it('writeDatabase refuses an integer it cannot store exactly, naming table, column and row', async () => {
    const { data } = await validateFolder('kecil', await readFolder(KECIL));
    expect(data).not.toBeNull();
    const dir = await mkdtemp(join(tmpdir(), 'dasbor-storage-'));
    temps.push(dir);
    for (const bad of [2 ** 53, -(2 ** 53), 1.5, Number.NaN]) {
      const copy: DataFolder = { ...data!, kegiatan: data!.kegiatan.map((k, i) => (i === 0 ? { ...k, rows: k.rows.map((r, j) => (j === 0 ? { ...r, peserta: bad } : r)) } : k)) };
      await expect(writeDatabase(copy, join(dir, 'x.duckdb')), String(bad)).rejects.toThrow(/kegiatan\.peserta, row 1: .* not an integer/);
    }
  });

  it('toRows gives a BIGINT as the same number, and refuses one beyond 2^53 − 1', () => {
    const table = (value: unknown) => ({ toArray: () => [{ toJSON: () => ({ n: value }) }] });
    expect(toRows(table(9007199254740991n))).toEqual([{ n: 9007199254740991 }]);
    expect(toRows(table(-9007199254740991n))).toEqual([{ n: -9007199254740991 }]);
    expect(() => toRows(table(9007199254740992n))).toThrow(/9007199254740992/);
    expect(() => toRows(table(-9007199254740992n))).toThrow(/beyond/);
  });
});

describe('one past either end of every integer column', () => {
  const cases = INTEGER_COLUMNS.flatMap(({ table, column }) => [
    { name: `${table.name}.${column.name}`, table, column, sign: '≤' as const, value: BigInt(column.max!) + 1n, limit: BigInt(column.max!) },
    { name: `${table.name}.${column.name}`, table, column, sign: '≥' as const, value: BigInt(column.min!) - 1n, limit: BigInt(column.min!) },
  ]);

  it.each(cases)('$name at $value is rejected at its cell, naming the column, the value and the limit', async ({ table, column, sign, value, limit }) => {
    const base = await baseFolder();
    const path = filesOf(base.csv, table)[0]!;
    const file = base.csv.get(path)!;
    const index = file.rows.findIndex((r) => r[column.name]!.trim() !== '');
    expect(index, `${path} has a row holding ${column.name}`).toBeGreaterThanOrEqual(0);
    file.rows[index]![column.name] = value.toString();
    const { data, problems } = await validateFolder('data', toBytes(base.bytes, base.csv));
    expect(data).toBeNull();
    // Line: the header is line 1; column: 1-based, as d3-dsv read the header.
    const [line, col] = [index + 2, file.columns.indexOf(column.name) + 1];
    const atCell = problems.filter((p) => p.path === `data/${path}` && p.line === line && p.column === col).map((p) => p.message);
    const shownLimit = column.year ? limit.toString() : dotted(limit);
    expect(atCell).toHaveLength(1);
    expect(atCell[0]).toMatch(new RegExp(`^kolom ${column.name}: nilai "${value}" harus ${sign} ${shownLimit.replaceAll('.', '\\.')}( \\(.+\\))?$`));
  });
});
