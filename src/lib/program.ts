// What the program did, where, by whom and with which budget: activities by kind, month,
// kecamatan and pelaksana, participants, bazaars, equipment delivered, budget and realization
// per SIPD program / kegiatan / sub-kegiatan, and targets against achievement. For a period (a
// year, or one quarter of it) that the URL holds.
import type { Engine } from './engine/engine.ts';
import { ENUMS, type Indikator, type JenisKegiatan, type Pelaksana } from './enums.ts';
import { type Indicators, indicatorsSql } from './indicators.ts';
import { type DateRange, dataDate, untilDataDate } from './period.ts';
import { type Query, date, raw, sql, sqlString, valuesList } from './sql.ts';
import { type ViewOptions, defaultView } from './view.ts';

export const PROGRAM_PARAMS = { year: 'tahun', quarter: 'triwulan' } as const;

export interface ProgramView {
  year: number;
  /** 1–4, or null for the whole year. */
  quarter: number | null;
}

/**
 * The view in a URL: a year the program page offers (`reportingYears`), else the latest; a
 * quarter that has begun by the data date, else the whole year.
 */
export function parseProgramView(search: URLSearchParams, years: readonly number[], options: Pick<ViewOptions, 'snapshots'>): ProgramView {
  const year = Number(search.get(PROGRAM_PARAMS.year));
  const quarter = Number(search.get(PROGRAM_PARAMS.quarter));
  const chosen = years.includes(year) ? year : years.at(-1)!;
  const begun = [1, 2, 3, 4].includes(quarter) && programPeriod({ year: chosen, quarter }, options).start <= dataDate(options);
  return { year: chosen, quarter: begun ? quarter : null };
}

export function programSearch(view: ProgramView, years: readonly number[]): string {
  const params = new URLSearchParams();
  if (view.year !== years.at(-1)) params.set(PROGRAM_PARAMS.year, String(view.year));
  if (view.quarter) params.set(PROGRAM_PARAMS.quarter, String(view.quarter));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** First and last day of the period, the last never after the data date (period.ts). */
export function programPeriod(view: ProgramView, options: Pick<ViewOptions, 'snapshots'>): DateRange {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!view.quarter) return untilDataDate({ start: `${view.year}-01-01`, end: `${view.year}-12-31` }, options);
  const first = (view.quarter - 1) * 3 + 1;
  const last = new Date(Date.UTC(view.year, first + 2, 0)).getUTCDate();
  return untilDataDate({ start: `${view.year}-${pad(first)}-01`, end: `${view.year}-${pad(first + 2)}-${pad(last)}` }, options);
}

export interface KindRow {
  jenis_kegiatan: JenisKegiatan;
  kegiatan: number;
  peserta: number;
  anggaran: number;
  realisasi: number;
}

export interface MonthRow {
  bulan: string;
  pelaksana: Pelaksana;
  kegiatan: number;
}

export interface KecamatanActivity {
  kode_kecamatan: string;
  nama_kecamatan: string;
  kegiatan: number;
  dinas: number;
  camat: number;
  pkk: number;
  peserta: number;
  bazar: number;
  tenda: number;
  genset: number;
  lainnya: number;
}

export interface PelaksanaRow {
  pelaksana: Pelaksana;
  kegiatan: number;
  kecamatan: number;
  peserta: number;
  anggaran: number;
  realisasi: number;
}

export interface BudgetRow {
  kode: string;
  nama: string;
  tingkat: 'program' | 'kegiatan' | 'sub_kegiatan';
  kegiatan: number;
  anggaran: number;
  realisasi: number;
  /** Activities coded at this node itself rather than beneath it. */
  langsung_anggaran: number;
}

export interface ProgramTotals {
  kegiatan: number;
  peserta_pelatihan: number;
  bazar: number;
  koperasi_bazar: number;
  tenda: number;
  genset: number;
  anggaran: number;
  realisasi: number;
  kecamatan_tanpa_kegiatan: number;
  kecamatan_hanya_camat_pkk: number;
}

export interface TargetAchievement {
  indikator: Indikator;
  tahun: number;
  nilai: number;
  /** The indicator at the last snapshot of that year, or null without one. */
  capaian: number | null;
  snapshot: string | null;
}

export interface Program {
  view: ProgramView;
  period: DateRange;
  totals: ProgramTotals;
  kinds: KindRow[];
  months: MonthRow[];
  kecamatan: KecamatanActivity[];
  pelaksana: PelaksanaRow[];
  budget: BudgetRow[];
  targets: TargetAchievement[];
}

function inPeriod({ start, end }: DateRange): Query {
  return sql`SELECT * FROM kegiatan WHERE tanggal BETWEEN ${date(start)} AND ${date(end)}`;
}

export function kindsSql(period: DateRange): Query {
  return sql`WITH g AS (${inPeriod(period)})
SELECT j AS jenis_kegiatan, count(g.id_kegiatan)::INTEGER AS kegiatan, coalesce(sum(g.peserta), 0)::BIGINT AS peserta,
  coalesce(sum(g.anggaran), 0)::BIGINT AS anggaran, coalesce(sum(g.realisasi), 0)::BIGINT AS realisasi
FROM (VALUES ${valuesList(ENUMS.jenis_kegiatan)}) kinds(j)
LEFT JOIN g ON g.jenis_kegiatan = j
GROUP BY j`;
}

export function monthsSql(period: DateRange): Query {
  const { start, end } = period;
  return sql`WITH g AS (${inPeriod(period)}),
months AS (SELECT strftime(m, '%Y-%m') AS bulan FROM range(${date(start)}, ${date(end)} + INTERVAL 1 DAY, INTERVAL 1 MONTH) r(m))
SELECT months.bulan, p AS pelaksana, count(g.id_kegiatan)::INTEGER AS kegiatan
FROM months CROSS JOIN (VALUES ${valuesList(ENUMS.pelaksana)}) ps(p)
LEFT JOIN g ON strftime(g.tanggal, '%Y-%m') = months.bulan AND g.pelaksana = p
GROUP BY ALL ORDER BY months.bulan`;
}

export function kecamatanActivitySql(period: DateRange): Query {
  const count = (where: string) => `count(g.id_kegiatan) FILTER (WHERE ${where})::INTEGER`;
  const units = (barang: string) => `coalesce(sum(g.jumlah_unit) FILTER (WHERE g.barang = ${sqlString(barang)}), 0)::BIGINT AS ${barang}`;
  return sql`WITH g AS (${inPeriod(period)})
SELECT kc.kode_kecamatan, kc.nama_kecamatan, count(g.id_kegiatan)::INTEGER AS kegiatan,
  ${raw(ENUMS.pelaksana.map((p) => `${count(`g.pelaksana = ${sqlString(p)}`)} AS ${p}`).join(', '))},
  coalesce(sum(g.peserta), 0)::BIGINT AS peserta,
  ${raw(count("g.jenis_kegiatan = 'bazar'"))} AS bazar,
  ${raw(ENUMS.barang.map(units).join(', '))}
FROM kecamatan kc LEFT JOIN g USING (kode_kecamatan)
GROUP BY ALL ORDER BY kc.kode_kecamatan`;
}

export function pelaksanaSql(period: DateRange): Query {
  return sql`WITH g AS (${inPeriod(period)})
SELECT p AS pelaksana, count(g.id_kegiatan)::INTEGER AS kegiatan, count(DISTINCT g.kode_kecamatan)::INTEGER AS kecamatan,
  coalesce(sum(g.peserta), 0)::BIGINT AS peserta, coalesce(sum(g.anggaran), 0)::BIGINT AS anggaran,
  coalesce(sum(g.realisasi), 0)::BIGINT AS realisasi
FROM (VALUES ${valuesList(ENUMS.pelaksana)}) ps(p)
LEFT JOIN g ON g.pelaksana = p
GROUP BY p`;
}

/** Every SIPD node with the activities coded at it or beneath it (code prefix). */
export function budgetSql(period: DateRange): Query {
  return sql`WITH g AS (${inPeriod(period)})
SELECT s.kode, s.nama, s.tingkat, count(g.id_kegiatan)::INTEGER AS kegiatan,
  coalesce(sum(g.anggaran), 0)::BIGINT AS anggaran, coalesce(sum(g.realisasi), 0)::BIGINT AS realisasi,
  coalesce(sum(g.anggaran) FILTER (WHERE g.kode_sipd = s.kode), 0)::BIGINT AS langsung_anggaran
FROM sipd s LEFT JOIN g ON g.kode_sipd = s.kode OR starts_with(g.kode_sipd, s.kode || '.')
GROUP BY ALL ORDER BY s.kode`;
}

export function totalsSql(period: DateRange): Query {
  return sql`WITH g AS (${inPeriod(period)}),
bazar AS (SELECT DISTINCT unnest(string_split(koperasi, '|')) AS id FROM g WHERE jenis_kegiatan = 'bazar' AND koperasi IS NOT NULL),
reach AS (
  SELECT kc.kode_kecamatan, count(g.id_kegiatan) AS n,
    count(g.id_kegiatan) FILTER (WHERE g.pelaksana = 'dinas') AS dinas
  FROM kecamatan kc LEFT JOIN g USING (kode_kecamatan) GROUP BY kc.kode_kecamatan
)
SELECT (SELECT count(*) FROM g)::INTEGER AS kegiatan,
  (SELECT coalesce(sum(peserta), 0) FROM g WHERE jenis_kegiatan IN ('pelatihan_usaha', 'pelatihan_perkoperasian'))::BIGINT AS peserta_pelatihan,
  (SELECT count(*) FROM g WHERE jenis_kegiatan = 'bazar')::INTEGER AS bazar,
  (SELECT count(*) FROM bazar)::INTEGER AS koperasi_bazar,
  (SELECT coalesce(sum(jumlah_unit), 0) FROM g WHERE barang = 'tenda')::BIGINT AS tenda,
  (SELECT coalesce(sum(jumlah_unit), 0) FROM g WHERE barang = 'genset')::BIGINT AS genset,
  (SELECT coalesce(sum(anggaran), 0) FROM g)::BIGINT AS anggaran,
  (SELECT coalesce(sum(realisasi), 0) FROM g)::BIGINT AS realisasi,
  (SELECT count(*) FROM reach WHERE n = 0)::INTEGER AS kecamatan_tanpa_kegiatan,
  (SELECT count(*) FROM reach WHERE n > 0 AND dinas = 0)::INTEGER AS kecamatan_hanya_camat_pkk`;
}

export const TARGETS_SQL = 'SELECT indikator, tahun, nilai::DOUBLE AS nilai FROM target ORDER BY tahun, indikator';

export async function loadProgram(engine: Engine, view: ProgramView, options: ViewOptions): Promise<Program> {
  const period = programPeriod(view, options);
  const [[totals], kinds, months, kecamatan, pelaksana, budget, targets, trend] = await Promise.all([
    engine.query<ProgramTotals>(totalsSql(period)),
    engine.query<KindRow>(kindsSql(period)),
    engine.query<MonthRow>(monthsSql(period)),
    engine.query<KecamatanActivity>(kecamatanActivitySql(period)),
    engine.query<PelaksanaRow>(pelaksanaSql(period)),
    engine.query<BudgetRow>(budgetSql(period)),
    engine.query<{ indikator: Indikator; tahun: number; nilai: number }>(TARGETS_SQL),
    engine.query<Indicators>(indicatorsSql(defaultView(options))),
  ]);
  const byOrder = <T>(order: readonly string[], key: (r: T) => string) => (a: T, b: T) => order.indexOf(key(a)) - order.indexOf(key(b));
  return {
    view,
    period,
    totals: totals!,
    kinds: kinds.sort(byOrder(ENUMS.jenis_kegiatan, (r) => r.jenis_kegiatan)),
    months: months.sort((a, b) => a.bulan.localeCompare(b.bulan) || ENUMS.pelaksana.indexOf(a.pelaksana) - ENUMS.pelaksana.indexOf(b.pelaksana)),
    kecamatan,
    pelaksana: pelaksana.sort(byOrder(ENUMS.pelaksana, (r) => r.pelaksana)),
    budget,
    targets: targets.map((target) => {
      const last = trend.filter((i) => i.snapshot.startsWith(`${target.tahun}-`)).at(-1);
      return { ...target, capaian: last ? last[target.indikator] : null, snapshot: last?.snapshot ?? null };
    }),
  };
}
