// The data contract (../shared/data-contract.md, version 1.1) as code: every table, column, type,
// allowed value and rule lives here once. The validator, the build, the data dictionary and the
// tests read this module; row types are derived from it.
import { z } from 'astro/zod';
import { ENUMS, type JenisKegiatan } from './enums.ts';

// Zod probes `Function('')` to compile faster parsers; the site's Content-Security-Policy
// forbids eval (astro.config.mjs), and the probe alone would be reported as a violation.
z.config({ jitless: true });

export { ENUMS } from './enums.ts';
export type { Indikator, Jalur, JenisKegiatan, JenisKoperasi, Status } from './enums.ts';

const YES = ['ya', 'y', '1', 'true'] as const;
const NO = ['tidak', 't', '0', 'false'] as const;

/** How a column is read (the dictionaries name each kind: i18n `contract.types`). */
export type ColumnType = 'text' | 'integer' | 'rupiah' | 'decimal' | 'enum' | 'yesno' | 'date' | 'idlist';

/**
 * One column: its name, how a non-empty cell parses (a zod schema from the trimmed cell text to
 * the value), and what the dictionary says about it. Empty cells never reach `parse`: they are
 * null in optional columns and an error in required ones.
 */
export interface Column<N extends string = string, V = unknown, O extends boolean = boolean> {
  readonly name: N;
  readonly type: ColumnType;
  readonly optional: O;
  readonly parse: z.ZodType<V, string>;
  readonly values?: readonly string[];
  /** Unique within one file, or across all files of the table. */
  readonly unique?: 'file' | 'table';
  /** Must exist as this key of a reference table. */
  readonly references?: { table: 'kecamatan' | 'desa' | 'sipd'; column: string };
  /** Integer columns: the smallest and largest accepted value. */
  readonly min?: number;
  readonly max?: number;
  /** A year: written without thousands separators even where amounts are grouped (2024, not 2.024). */
  readonly year?: boolean;
}

type Options<O extends boolean> = {
  optional?: O;
  unique?: Column['unique'];
  references?: Column['references'];
};

function column<N extends string, V, O extends boolean>(
  name: N,
  type: ColumnType,
  parse: z.ZodType<V, string>,
  options: Options<O> & { values?: readonly string[] },
): Column<N, V, NoInfer<O>> {
  return { name, type, parse, optional: (options.optional ?? false) as O, ...options };
}

/** Why a cell is not an integer, with the fix for what spreadsheets write instead. */
function integerHint(cell: string): string {
  const base = 'bukan bilangan bulat (tulis 1234567 atau 1.234.567, tanpa desimal atau Rp)';
  if (/^\(\s*[\d.]+\s*\)$/.test(cell)) return `${base}; angka negatif ditulis -${cell.replace(/[^\d]/g, '')}, bukan dalam kurung`;
  if (/^[-–—]$/.test(cell)) return `${base}; nol ditulis 0 (format "Akuntansi" Excel menulis -)`;
  if (/^\d[\d.,]*e\+?\d+$/i.test(cell)) return `${base}; Excel menulisnya dalam notasi ilmiah: format kolomnya sebagai Angka tanpa desimal`;
  return base;
}

// Digits, or digits grouped by dots the Indonesian way (1.234.567); nothing else.
const INTEGER = /^-?(?:\d+|\d{1,3}(?:\.\d{3})+)$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function text<const N extends string, O extends boolean = false>(
  name: N,
  options: Options<O> & { pattern?: [RegExp, string]; maxLength?: number },
) {
  let schema = z.string();
  if (options.pattern) {
    const [pattern, shape] = options.pattern;
    // A code or NIK that Excel took for a number comes out as 3,29901E+15: its digits are lost.
    schema = schema.regex(pattern, {
      error: (issue) =>
        /^\d[\d.,]*e\+?\d+$/i.test(String(issue.input))
          ? `tidak berbentuk ${shape}: Excel menulisnya sebagai angka ilmiah dan angka terakhirnya hilang; format kolomnya sebagai Teks lalu ketik ulang`
          : `tidak berbentuk ${shape}`,
    });
  }
  if (options.maxLength)
    schema = schema.max(options.maxLength, { error: `lebih dari ${options.maxLength} karakter` });
  return column(name, 'text', schema, options);
}

/** Integers in messages and limits are written the Indonesian way (1.234.567). */
const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 20 });

/** A share as the messages write it: one decimal, Indonesian style (395,3 %). */
const percentOf = (part: number, whole: number) =>
  `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((100 * part) / whole)} %`;

/**
 * The largest integer the site stores, sums and shows exactly: every integer column is a BIGINT
 * in the database and a JavaScript number in the page, exact up to 2^53 − 1.
 */
export const LARGEST_EXACT = Number.MAX_SAFE_INTEGER;

/** A bound of an integer column, with the reason given in the message (e.g. the population). */
export interface Bound {
  value: number;
  why?: string;
}

function integer<const N extends string, O extends boolean = false>(
  name: N,
  options: Options<O> & { min?: number | Bound; max?: number | Bound; rupiah?: boolean; year?: boolean },
) {
  const bound = (b: number | Bound | undefined, fallback: number): Bound => (b === undefined ? { value: fallback } : typeof b === 'number' ? { value: b } : b);
  const min = bound(options.min, -LARGEST_EXACT);
  const max = bound(options.max, LARGEST_EXACT);
  // A year is written as a year (1945), an amount the Indonesian way (1.234.567).
  const show = (n: number) => (options.year ? String(n) : grouped.format(n));
  const limit = (sign: '≥' | '≤', b: Bound) =>
    `harus ${sign} ${show(b.value)}${b.why ? ` (${b.why})` : Math.abs(b.value) === LARGEST_EXACT ? ' (batas angka yang dapat disimpan dan ditampilkan tepat)' : ''}`;
  const schema = z
    .string()
    .regex(INTEGER, { error: (issue) => integerHint(String(issue.input)) })
    // Digits alone: BigInt, so a value beyond 2^53 is compared exactly, never rounded first.
    .transform((s) => BigInt(s.replaceAll('.', '')))
    .refine((n) => n >= BigInt(min.value), { error: limit('≥', min), abort: true })
    .refine((n) => n <= BigInt(max.value), { error: limit('≤', max), abort: true })
    .transform(Number);
  return { ...column(name, options.rupiah ? 'rupiah' : 'integer', schema, options), min: min.value, max: max.value };
}

/** What a coordinate out of range usually is, and the fix (contract: WGS84 degrees). */
const NOT_DEGREES = 'koordinat harus derajat WGS84; di luar ±90/±180 biasanya lintang dan bujur tertukar, atau koordinat dalam meter (mis. UTM): ekspor ulang sebagai EPSG:4326';

function decimal<const N extends string, O extends boolean = false>(
  name: N,
  options: Options<O> & { min?: number; max?: number; hint?: string },
) {
  const hint = options.hint ? `; ${options.hint}` : '';
  let number = z.number();
  if (options.min !== undefined) number = number.min(options.min, { error: `harus ≥ ${options.min}${hint}` });
  if (options.max !== undefined) number = number.max(options.max, { error: `harus ≤ ${options.max}${hint}` });
  const schema = z
    .string()
    .regex(DECIMAL, { error: 'bukan bilangan desimal (gunakan titik desimal, mis. 12.5)' })
    .transform(Number)
    .pipe(number);
  return column(name, 'decimal', schema, options);
}

function choice<const N extends string, const V extends readonly [string, ...string[]], O extends boolean = false>(
  name: N,
  values: V,
  options: Options<O>,
) {
  const schema = z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(values, { error: `tidak dikenal (pilihan: ${values.join(', ')})` }));
  return column(name, 'enum', schema, { ...options, values });
}

function yesNo<const N extends string>(name: N, options: Options<false>) {
  const schema = z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum([...YES, ...NO], { error: 'bukan ya/tidak (ya, tidak, y, t, 1, 0, true, false)' }))
    .transform((s) => (YES as readonly string[]).includes(s));
  return column(name, 'yesno', schema, { ...options, values: ['ya', 'tidak'] });
}

/** A typed value as the contract writes it in a cell (the inverse of the columns' parsing). */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (Array.isArray(value)) return value.join('|');
  return String(value);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Why a cell is not a date, with the fix for what spreadsheets write instead (30/09/2026, an Excel serial). */
function dateHint(cell: string): string {
  const base = 'bukan tanggal nyata berbentuk YYYY-MM-DD';
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  if (dmy) return `${base}; tulis tahun dulu: ${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  if (/^\d{5}$/.test(cell)) return `${base}; ini nomor seri tanggal Excel: format kolomnya sebagai tanggal yyyy-mm-dd lalu simpan ulang`;
  return base;
}

function date<const N extends string>(name: N, options: Options<false>) {
  const schema = z.string().refine(isIsoDate, { error: (issue) => dateHint(String(issue.input)) });
  return column(name, 'date', schema, options);
}

function idList<const N extends string>(name: N, options: Options<true>) {
  const schema = z
    .string()
    .transform((s) => s.split('|').map((id) => id.trim()))
    .refine((ids) => ids.every((id) => id !== ''), { error: 'berisi id kosong (pisahkan id dengan |)' });
  return column(name, 'idlist', schema, options);
}

const KODE_KECAMATAN: [RegExp, string] = [/^\d{2}\.\d{2}\.\d{2}$/, 'kode Kemendagri NN.NN.NN'];
const KODE_DESA: [RegExp, string] = [/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'kode Kemendagri NN.NN.NN.NNNN'];

// ---- Tables -------------------------------------------------------------------------------

/** What a row rule sees beyond its own row. */
export interface RuleContext {
  /** The snapshot's year (koperasi) or the file's year (kegiatan). */
  year: number;
  /** kode_desa → kode_kecamatan, from reference/desa.csv. */
  desaKecamatan: ReadonlyMap<string, string>;
  /** Every id_koperasi present in some snapshot; null when the snapshots are not all valid. */
  koperasiIds: ReadonlySet<string> | null;
  /** The region's population (dataset.json `penduduk.jumlah`, people); null when not given. */
  penduduk: number | null;
}

/**
 * More members of one cooperative, or participants in one activity, than people in the region is
 * a typing error (2.750.000 for 2.750): a rule on `column` when dataset.json gives the population.
 */
function withinPenduduk<const C extends string>(id: string, column: C): RowRule<Record<C, number>> {
  return {
    id,
    reads: [column],
    check: (r, c) =>
      c.penduduk !== null && r[column] > c.penduduk
        ? { column, message: `melebihi penduduk wilayah ${grouped.format(c.penduduk)} (dataset.json "penduduk")` }
        : null,
  };
}

/** A rule on one row: returns the problem (column, message) or null. */
export interface RowRule<R> {
  /** Names the rule in the dictionaries (i18n `contract.rules`). */
  readonly id: string;
  /** The columns the rule reads: it runs when these cells are valid, whatever the row's other cells. */
  readonly reads: readonly (keyof R & string)[];
  check(row: R, context: RuleContext): { column: keyof R & string; message: string } | null;
}

/** At most one row per key among the rows where `where` holds (reported at the later row). */
export interface GroupRule<R> {
  readonly id: string;
  readonly column: keyof R & string;
  /** The columns `where` and `key` read (see RowRule.reads). */
  readonly reads: readonly (keyof R & string)[];
  where(row: R): boolean;
  key(row: R): string;
  message(key: string, earlierLine: number): string;
}

export interface Table<Cols extends readonly Column[] = readonly Column[], R = RowOf<Cols>> {
  readonly name: string;
  /** Where the file(s) live in the data folder. */
  readonly path: string;
  readonly optional: boolean;
  readonly columns: Cols;
  readonly rowRules: readonly RowRule<R>[];
  readonly groupRules: readonly GroupRule<R>[];
}

export type RowOf<Cols extends readonly Column[]> = {
  [C in Cols[number] as C['name']]: C extends Column<string, infer V, infer O>
    ? O extends true
      ? V | null
      : V
    : never;
};

function table<const Cols extends readonly Column[]>(
  spec: Omit<Table<Cols>, 'rowRules' | 'groupRules' | 'optional'> & {
    optional?: boolean;
    rowRules?: readonly RowRule<RowOf<Cols>>[];
    groupRules?: readonly GroupRule<RowOf<Cols>>[];
  },
): Table<Cols> {
  return { rowRules: [], groupRules: [], optional: false, ...spec };
}

/** Indonesia's population, rounded up (BPS, mid-2024: 281,6 million): more members or participants than that is a typing error. */
const PENDUDUK: Bound = { value: 300_000_000, why: 'lebih dari seluruh penduduk Indonesia' };
/** Indonesia's desa and kelurahan together (Kemendagri, 2024: about 84,000). */
const DESA_INDONESIA: Bound = { value: 100_000, why: 'lebih dari seluruh desa dan kelurahan Indonesia' };
/** Indonesia's land area, rounded up (BPS: about 191 million ha). */
const LUAS_INDONESIA: Bound = { value: 200_000_000, why: 'lebih luas dari daratan Indonesia' };
/**
 * A rupiah amount of one cooperative or one activity, rounded up far beyond any: Indonesia's
 * largest cooperatives hold assets of tens of trillions, a regency's whole budget is a few.
 */
const RUPIAH: Bound = { value: 100_000_000_000_000, why: 'lebih dari Rp 100 triliun' };
const RUPIAH_LOSS: Bound = { value: -100_000_000_000_000, why: 'rugi lebih dari Rp 100 triliun' };
/** Tents, generators or other equipment handed over in one activity. */
const UNITS: Bound = { value: 100_000, why: 'lebih dari 100.000 unit dalam satu kegiatan' };

/** A year of the records: not before the Republic (and its first cooperatives law), nor beyond any plan. */
const FIRST_YEAR: Bound = { value: 1945, why: 'sebelum 1945' };
const LAST_YEAR: Bound = { value: 2100 };

/** Whether a year can be one of the records' (a snapshot's, an activity file's, a target's). */
export function isRecordYear(year: number): boolean {
  return year >= FIRST_YEAR.value && year <= LAST_YEAR.value;
}

export const kecamatan = table({
  name: 'kecamatan',
  path: 'reference/kecamatan.csv',
  columns: [
    text('kode_kecamatan', { pattern: KODE_KECAMATAN, unique: 'file' }),
    text('nama_kecamatan', {}),
    text('kode_bps', { pattern: [/^\d{7}$/, '7 angka'], unique: 'file' }),
    integer('jumlah_desa', { min: 0, max: DESA_INDONESIA }),
    integer('jumlah_kelurahan', { min: 0, max: DESA_INDONESIA }),
    integer('luas_ha', { min: 1, max: LUAS_INDONESIA, optional: true }),
  ],
});

export const desa = table({
  name: 'desa',
  path: 'reference/desa.csv',
  columns: [
    text('kode_desa', { pattern: KODE_DESA, unique: 'file' }),
    text('nama_desa', {}),
    text('kode_kecamatan', {
      references: { table: 'kecamatan', column: 'kode_kecamatan' },
    }),
    choice('jenis', ENUMS.jenis_desa, {}),
    decimal('lat', { min: -90, max: 90, optional: true, hint: NOT_DEGREES }),
    decimal('lon', { min: -180, max: 180, optional: true, hint: NOT_DEGREES }),
  ],
  rowRules: [
    {
      id: 'desaPrefix',
      reads: ['kode_desa', 'kode_kecamatan'],
      check: (r) =>
        r.kode_desa.startsWith(`${r.kode_kecamatan}.`)
          ? null
          : { column: 'kode_kecamatan', message: `bukan awalan kode_desa "${r.kode_desa}"` },
    },
  ],
});

export const sipd = table({
  name: 'sipd',
  path: 'reference/sipd.csv',
  columns: [
    text('kode', {
      pattern: [/^\d+(?:\.\d+)*$/, 'kode SIPD, mis. 2.17.05.2.01.0001'],
      unique: 'file',
    }),
    text('nama', {}),
    choice('tingkat', ENUMS.tingkat_sipd, {}),
  ],
});

export const koperasi = table({
  name: 'koperasi',
  path: 'snapshots/YYYY-MM-DD/koperasi.csv',
  columns: [
    text('id_koperasi', { unique: 'file' }),
    text('nik', {
      optional: true,
      pattern: [/^\d{16}$/, '16 angka'],
      unique: 'file',
    }),
    text('nama_koperasi', { maxLength: 200 }),
    text('kode_kecamatan', {
      references: { table: 'kecamatan', column: 'kode_kecamatan' },
    }),
    text('kode_desa', {
      optional: true,
      references: { table: 'desa', column: 'kode_desa' },
    }),
    choice('jenis_koperasi', ENUMS.jenis_koperasi, {}),
    choice('status', ENUMS.status, {}),
    integer('tahun_rat_terakhir', {
      optional: true,
      min: FIRST_YEAR,
      max: LAST_YEAR,
      year: true,
    }),
    integer('jumlah_anggota', { min: 0, max: PENDUDUK }),
    integer('modal_sendiri', { min: 0, max: RUPIAH, rupiah: true }),
    integer('modal_luar', { min: 0, max: RUPIAH, rupiah: true }),
    integer('volume_usaha', { min: 0, max: RUPIAH, rupiah: true }),
    integer('shu', { min: RUPIAH_LOSS, max: RUPIAH, rupiah: true }),
    yesNo('pendampingan', {}),
    choice('jalur_pendampingan', ENUMS.jalur_pendampingan, {
      optional: true,
    }),
    yesNo('odoc', {}),
    yesNo('kopdes_merah_putih', {}),
  ],
  rowRules: [
    {
      id: 'ratYear',
      reads: ['tahun_rat_terakhir'],
      check: (r, c) =>
        r.tahun_rat_terakhir !== null && r.tahun_rat_terakhir > c.year
          ? { column: 'tahun_rat_terakhir', message: `melebihi tahun snapshot ${c.year}` }
          : null,
    },
    {
      id: 'jalurIffPendampingan',
      reads: ['pendampingan', 'jalur_pendampingan'],
      check: (r) =>
        r.pendampingan && r.jalur_pendampingan === null
          ? { column: 'jalur_pendampingan', message: 'wajib diisi karena pendampingan "ya"' }
          : !r.pendampingan && r.jalur_pendampingan !== null
            ? { column: 'jalur_pendampingan', message: 'harus kosong karena pendampingan "tidak"' }
            : null,
    },
    {
      id: 'kopdesNeedsDesa',
      reads: ['kopdes_merah_putih', 'kode_desa'],
      check: (r) =>
        r.kopdes_merah_putih && r.kode_desa === null
          ? { column: 'kode_desa', message: 'wajib diisi karena kopdes_merah_putih "ya"' }
          : null,
    },
    withinPenduduk('anggotaWithinPenduduk', 'jumlah_anggota'),
    {
      id: 'desaInKecamatan',
      reads: ['kode_desa', 'kode_kecamatan'],
      check: (r, c) => {
        const home = r.kode_desa === null ? undefined : c.desaKecamatan.get(r.kode_desa);
        return home !== undefined && home !== r.kode_kecamatan
          ? { column: 'kode_desa', message: `terletak di kecamatan ${home}, bukan ${r.kode_kecamatan}` }
          : null;
      },
    },
  ],
  groupRules: [
    {
      id: 'oneOdoc',
      column: 'odoc',
      reads: ['odoc', 'kode_kecamatan'],
      where: (r) => r.odoc,
      key: (r) => r.kode_kecamatan,
      message: (key, line) => `kecamatan ${key} sudah punya koperasi ODOC di baris ${line}`,
    },
  ],
});

export const kegiatan = table({
  name: 'kegiatan',
  path: 'kegiatan/YYYY.csv',
  columns: [
    text('id_kegiatan', { unique: 'table' }),
    date('tanggal', {}),
    text('kode_kecamatan', {
      references: { table: 'kecamatan', column: 'kode_kecamatan' },
    }),
    choice('jenis_kegiatan', ENUMS.jenis_kegiatan, {}),
    choice('pelaksana', ENUMS.pelaksana, {}),
    text('judul', {}),
    integer('peserta', { min: 0, max: PENDUDUK }),
    idList('koperasi', {
      optional: true,
    }),
    choice('barang', ENUMS.barang, {
      optional: true,
    }),
    integer('jumlah_unit', {
      optional: true,
      min: 1,
      max: UNITS,
    }),
    integer('anggaran', { min: 0, max: RUPIAH, rupiah: true }),
    integer('realisasi', { min: 0, max: RUPIAH, rupiah: true }),
    text('kode_sipd', { references: { table: 'sipd', column: 'kode' } }),
  ],
  rowRules: [
    {
      id: 'dateInYear',
      reads: ['tanggal'],
      check: (r, c) =>
        r.tanggal.startsWith(`${c.year}-`)
          ? null
          : { column: 'tanggal', message: `di luar tahun berkas ${c.year}` },
    },
    ...(['barang', 'jumlah_unit'] as const).map((name) => ({
      id: `sarpras_${name}`,
      reads: ['jenis_kegiatan', name] as const,
      check: (r: { jenis_kegiatan: JenisKegiatan; barang: unknown; jumlah_unit: unknown }) => {
        const sarpras = r.jenis_kegiatan === 'pengadaan_sarpras';
        if (sarpras && r[name] === null) return { column: name, message: 'wajib diisi untuk pengadaan_sarpras' };
        if (!sarpras && r[name] !== null)
          return { column: name, message: `harus kosong untuk jenis_kegiatan "${r.jenis_kegiatan}"` };
        return null;
      },
    })),
    {
      id: 'koperasiKnown',
      reads: ['koperasi'],
      check: (r, c) => {
        const ids = c.koperasiIds;
        const unknown = ids ? (r.koperasi ?? []).filter((id) => !ids.has(id)) : [];
        return unknown.length === 0
          ? null
          : { column: 'koperasi', message: `id tidak ada di snapshot mana pun: ${unknown.join(', ')}` };
      },
    },
    withinPenduduk('pesertaWithinPenduduk', 'peserta'),
    {
      id: 'realisasiWithinAnggaran',
      reads: ['anggaran', 'realisasi'],
      check: (r) =>
        r.realisasi <= r.anggaran
          ? null
          : {
              column: 'realisasi',
              message: `melebihi anggaran ${grouped.format(r.anggaran)}${r.anggaran > 0 ? ` (${percentOf(r.realisasi, r.anggaran)} dari anggaran)` : ''}; realisasi tidak boleh lebih besar dari anggaran`,
            },
    },
  ],
});

export const target = table({
  name: 'target',
  path: 'target.csv',
  optional: true,
  columns: [
    choice('indikator', ENUMS.indikator, {}),
    integer('tahun', { min: FIRST_YEAR, max: LAST_YEAR, year: true }),
    decimal('nilai', { min: 0 }),
  ],
  rowRules: [
    {
      id: 'percentTarget',
      reads: ['indikator', 'nilai'],
      check: (r) =>
        r.indikator.startsWith('persen_') && r.nilai > 100
          ? { column: 'nilai', message: `melebihi 100: target ${r.indikator} adalah persen 0–100` }
          : null,
    },
  ],
  groupRules: [
    {
      id: 'oneTarget',
      column: 'tahun',
      reads: ['indikator', 'tahun'],
      where: () => true,
      key: (r) => `${r.indikator} ${r.tahun}`,
      message: (key, line) => `target ${key} sudah ada di baris ${line}`,
    },
  ],
});

export const TABLES = [kecamatan, desa, sipd, koperasi, kegiatan, target] as const;

export type KecamatanRow = RowOf<typeof kecamatan.columns>;
export type DesaRow = RowOf<typeof desa.columns>;
export type SipdRow = RowOf<typeof sipd.columns>;
export type KoperasiRow = RowOf<typeof koperasi.columns>;
export type KegiatanRow = RowOf<typeof kegiatan.columns>;
export type TargetRow = RowOf<typeof target.columns>;

// ---- JSON files ---------------------------------------------------------------------------

export const dataset = z.strictObject({
  judul: z.string().min(1),
  penerbit: z.string().min(1),
  lisensi: z.string().min(1),
  kontak: z.string().min(1),
  contoh: z.boolean(),
  /** Added by this project (optional): credits the data's sources require, shown on every page. */
  atribusi: z.string().min(1).optional(),
  /**
   * Added by this project (optional): the region's population (people) and its source. No
   * cooperative has more members and no activity more participants (rules `withinPenduduk`).
   */
  penduduk: z
    .strictObject({
      jumlah: z.number().int().min(1).max(300_000_000),
      sumber: z.string().min(1),
    })
    .optional(),
  /**
   * Added by this project (optional): the region's province and kabupaten/kota as BPS codes and
   * names, which the open-data tables (Satu Data, `/data/satu-data/`) carry on every row. Every
   * kecamatan's `kode_bps` starts with `kode_kabupaten_kota`, which starts with `kode_provinsi`.
   */
  wilayah: z
    .strictObject({
      kode_provinsi: z.string().regex(/^\d{2}$/, { error: 'bukan kode BPS provinsi (2 angka, mis. "32")' }),
      nama_provinsi: z.string().min(1),
      kode_kabupaten_kota: z.string().regex(/^\d{4}$/, { error: 'bukan kode BPS kabupaten/kota (4 angka, mis. "3215")' }),
      nama_kabupaten_kota: z.string().min(1),
    })
    .optional(),
  /**
   * Added by this project (optional): snapshots whose fall is real — no rows, or fewer than half
   * the registered cooperatives of the snapshot before — each with the count the officer checked
   * and why (validate.ts `checkDrops`).
   */
  konfirmasi_penurunan: z
    .array(
      z.strictObject({
        snapshot: z.string().refine(isIsoDate, { error: 'bukan tanggal YYYY-MM-DD' }),
        terdaftar: z.number().int().min(0),
        alasan: z.string().min(1),
      }),
    )
    .optional(),
});
export type Dataset = z.infer<typeof dataset>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'bukan SHA-256 heksadesimal (64 karakter)' });

/** The record of what was published, kept in the data folder (published.json). */
export const published = z.strictObject({
  berkas: z.record(z.string(), sha256),
  revisi: z.array(
    z.strictObject({
      tanggal: z.string().refine(isIsoDate, { error: 'bukan tanggal YYYY-MM-DD' }),
      berkas: z.string().min(1),
      alasan: z.string().min(1),
      sha256,
    }),
  ),
});
export type Published = z.infer<typeof published>;

/** Folder names the contract gives meaning to. */
export const LAYOUT = {
  dataset: 'dataset.json',
  published: 'published.json',
  geojson: 'reference/kecamatan.geojson',
  snapshots: 'snapshots',
  snapshotFile: 'koperasi.csv',
  kegiatan: 'kegiatan',
} as const;
