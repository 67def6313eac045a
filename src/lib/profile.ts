// A kecamatan's profile: its indicators beside the region's and its rank, its ODOC flagship,
// who is mentored and who is not yet, its desa and their Koperasi Merah Putih, its cooperatives
// (sorted, searched, a page at a time) and its activities. SQL over the site's tables, run by
// the build for the static page and by the browser for every change.
import type { Engine } from './engine/engine.ts';
import type { Barang, Jalur, JenisKegiatan, JenisKoperasi, Pelaksana } from './enums.ts';
import type { JenisDesa, Status } from './enums.ts';
import { type Indicators, type KecamatanIndicators, indicatorsSql, kecamatanSql } from './indicators.ts';
import { type Period, periodOf } from './period.ts';
import { type Query, cooperativesSql, date, raw, scopeSql, sql } from './sql.ts';
import { type View, type ViewOptions, baseline, defaultView, parseView, viewSearch } from './view.ts';

export const SORTS = ['nama', 'anggota', 'volume', 'rat'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 50;

export const PROFILE_PARAMS = { sort: 'urut', search: 'cari', page: 'hal' } as const;

/** The id of a cooperative's row in the table (a link to the page can point at it). */
export const cooperativeRowId = (id: string) => `koperasi-${id}`;
/** The id of a desa's row in the desa table. */
export const desaRowId = (kode: string) => `desa-${kode}`;

/** The dashboard's filters (kecamatan fixed), and the table's sort, search and page. */
export interface ProfileView extends View {
  sort: Sort;
  search: string;
  page: number;
}

export function parseProfileView(search: URLSearchParams, options: ViewOptions, kode: string): ProfileView {
  const sort = search.get(PROFILE_PARAMS.sort) ?? '';
  const page = Number(search.get(PROFILE_PARAMS.page));
  return {
    ...parseView(search, options),
    // A kecamatan page has no compare mode: its changes are since the snapshot before.
    compare: null,
    kecamatan: [kode],
    metric: defaultView(options).metric,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'nama',
    search: (search.get(PROFILE_PARAMS.search) ?? '').trim().slice(0, 100),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function profileSearch(view: ProfileView, options: ViewOptions): string {
  const params = new URLSearchParams(viewSearch({ ...view, kecamatan: [], compare: null }, options));
  if (view.sort !== 'nama') params.set(PROFILE_PARAMS.sort, view.sort);
  if (view.search !== '') params.set(PROFILE_PARAMS.search, view.search);
  if (view.page > 1) params.set(PROFILE_PARAMS.page, String(view.page));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export interface Flagship {
  id_koperasi: string;
  nama_koperasi: string;
  jenis_koperasi: JenisKoperasi;
  jumlah_anggota: number;
  /** First snapshot it was the flagship. */
  sejak: string;
}

export interface CooperativeItem {
  id_koperasi: string;
  nama_koperasi: string;
  jenis_koperasi: JenisKoperasi;
  status: Status;
  tahun_rat_terakhir: number | null;
  jumlah_anggota: number;
  volume_usaha: number;
  pendampingan: boolean;
  jalur_pendampingan: Jalur | null;
  nama_desa: string | null;
}

export interface DesaItem {
  kode_desa: string;
  nama_desa: string;
  jenis: JenisDesa;
  lat: number | null;
  lon: number | null;
  /** The desa's Koperasi Merah Putih, if any. */
  koperasi: string | null;
  status: Status | null;
}

export interface ActivityItem {
  id_kegiatan: string;
  tanggal: string;
  jenis_kegiatan: JenisKegiatan;
  pelaksana: Pelaksana;
  judul: string;
  peserta: number;
  barang: Barang | null;
  jumlah_unit: number | null;
  anggaran: number;
  realisasi: number;
}

export interface Profile {
  kode: string;
  nama: string;
  view: ProfileView;
  period: Period;
  /** This kecamatan, every snapshot (oldest first). */
  trend: Indicators[];
  current: Indicators;
  previous: Indicators | null;
  /** The whole region, same filters, same snapshot. */
  region: Indicators;
  /** Every kecamatan at the snapshot: for ranks. */
  all: KecamatanIndicators[];
  flagship: Flagship | null;
  /** Active cooperatives (in view) not yet in the mentoring program. */
  unmentored: CooperativeItem[];
  desa: DesaItem[];
  /** One page of the table, and every matching name (the page lists them all for readers
   * without JavaScript, who cannot turn the table's pages, and for the site search). */
  cooperatives: { rows: CooperativeItem[]; total: number; page: number; pages: number; names: { id_koperasi: string; nama_koperasi: string }[] };
  activities: ActivityItem[];
}

/** The table's order for each sort (the site search computes each cooperative's page with it). */
export const ORDER: Record<Sort, string> = {
  // Case aside: "KSP Maju" beside "Koperasi Maju", not every upper-case name first.
  nama: 'lower(k.nama_koperasi), k.id_koperasi',
  anggota: 'k.jumlah_anggota DESC, k.nama_koperasi',
  volume: 'k.volume_usaha DESC, k.nama_koperasi',
  rat: 'k.tahun_rat_terakhir DESC NULLS LAST, k.nama_koperasi',
};

const COOPERATIVE_COLUMNS = `k.id_koperasi, k.nama_koperasi, k.jenis_koperasi, k.status, k.tahun_rat_terakhir,
  k.jumlah_anggota, k.volume_usaha, k.pendampingan, k.jalur_pendampingan, d.nama_desa`;

function inView(view: ProfileView): Query {
  return sql`WITH scope AS (${scopeSql(view)}), k AS (${cooperativesSql(view, [view.snapshot])})`;
}

const matches = (view: ProfileView) =>
  view.search === '' ? raw('true') : sql`k.nama_koperasi ILIKE ${`%${view.search.replace(/[%_\\]/g, '\\$&')}%`} ESCAPE '\\'`;

/** A cooperative in view, with its place in the table's order and by name, and whether its name matches the search. */
type Listed = CooperativeItem & { cocok: boolean; urutan: number; urutan_nama: number };

/**
 * Every cooperative in view (the kecamatan at the snapshot, under the filters), in one statement
 * for the table's page, the names that match the search and the unmentored: their order is
 * DuckDB's (ORDER), the page and the lists are cut from it.
 */
export function cooperativesInViewSql(view: ProfileView): Query {
  return sql`${inView(view)}
SELECT ${raw(COOPERATIVE_COLUMNS)}, (${matches(view)}) AS cocok,
  row_number() OVER (ORDER BY ${raw(ORDER[view.sort])})::INTEGER AS urutan,
  row_number() OVER (ORDER BY ${raw(ORDER.nama)})::INTEGER AS urutan_nama
FROM k LEFT JOIN desa d USING (kode_desa)
ORDER BY urutan_nama`;
}

/** The table's page, every matching name, and the active cooperatives not yet mentored (by name). */
function listsOf(listed: readonly Listed[], view: ProfileView): { unmentored: CooperativeItem[]; cooperatives: Profile['cooperatives'] } {
  // The table and the lists hold the cooperatives only, not their places.
  const item = ({ cocok, urutan, urutan_nama, ...c }: Listed): CooperativeItem => c;
  const matching = listed.filter((c) => c.cocok);
  const start = (view.page - 1) * PAGE_SIZE;
  const rows = [...matching].sort((a, b) => a.urutan - b.urutan).slice(start, start + PAGE_SIZE);
  return {
    unmentored: listed.filter((c) => c.status === 'aktif' && !c.pendampingan).map(item),
    cooperatives: {
      rows: rows.map(item),
      total: matching.length,
      page: view.page,
      pages: Math.max(1, Math.ceil(matching.length / PAGE_SIZE)),
      names: matching.map((c) => ({ id_koperasi: c.id_koperasi, nama_koperasi: c.nama_koperasi })),
    },
  };
}

export function flagshipSql(kode: string, snapshot: string): Query {
  return sql`SELECT k.id_koperasi, k.nama_koperasi, k.jenis_koperasi, k.jumlah_anggota,
  (SELECT min(f.snapshot) FROM koperasi f WHERE f.id_koperasi = k.id_koperasi AND f.odoc AND f.snapshot <= k.snapshot)::VARCHAR AS sejak
FROM koperasi k
WHERE k.snapshot = ${date(snapshot)} AND k.kode_kecamatan = ${kode} AND k.odoc`;
}

export function desaSql(kode: string, snapshot: string): Query {
  return sql`SELECT d.kode_desa, d.nama_desa, d.jenis, d.lat, d.lon,
  min(k.nama_koperasi) AS koperasi,
  -- A desa counts as having an active Kopdes when any of its Kopdes is active.
  CASE WHEN count(k.id_koperasi) = 0 THEN NULL WHEN bool_or(k.status = 'aktif') THEN 'aktif' ELSE 'tidak_aktif' END AS status
FROM desa d
LEFT JOIN koperasi k ON k.kode_desa = d.kode_desa AND k.snapshot = ${date(snapshot)} AND k.kopdes_merah_putih
WHERE d.kode_kecamatan = ${kode}
GROUP BY ALL
ORDER BY d.nama_desa, d.kode_desa`;
}

export function activitiesSql(kode: string, view: Pick<View, 'jalur'>, until: string): Query {
  const pelaksana = view.jalur.length > 0 ? sql` AND pelaksana IN (${view.jalur})` : raw('');
  return sql`SELECT id_kegiatan, tanggal::VARCHAR AS tanggal, jenis_kegiatan, pelaksana, judul, peserta, barang, jumlah_unit,
  anggaran, realisasi
FROM kegiatan
WHERE kode_kecamatan = ${kode} AND tanggal <= ${date(until)}${pelaksana}
ORDER BY tanggal DESC, id_kegiatan DESC`;
}

export async function loadProfile(engine: Engine, kode: string, nama: string, view: ProfileView, options: ViewOptions): Promise<Profile> {
  const period = periodOf(view.snapshot, options);
  const region = { ...view, kecamatan: [] };
  const [trend, regionTrend, all, flagship, desa, listed, activities] = await Promise.all([
    engine.query<Indicators>(indicatorsSql(view)),
    engine.query<Indicators>(indicatorsSql(region)),
    engine.query<KecamatanIndicators>(kecamatanSql(region, view.snapshot, period)),
    engine.query<Flagship>(flagshipSql(kode, view.snapshot)),
    engine.query<DesaItem>(desaSql(kode, view.snapshot)),
    engine.query<Listed>(cooperativesInViewSql(view)),
    // Activities up to the snapshot's date: what had been done by then.
    engine.query<ActivityItem>(activitiesSql(kode, view, view.snapshot)),
  ]);
  const previous = baseline(view, options);
  return {
    kode,
    nama,
    view,
    period,
    trend,
    current: trend.find((t) => t.snapshot === view.snapshot)!,
    previous: previous ? trend.find((t) => t.snapshot === previous)! : null,
    region: regionTrend.find((t) => t.snapshot === view.snapshot)!,
    all,
    flagship: flagship[0] ?? null,
    desa,
    ...listsOf(listed, view),
    activities,
  };
}

/** Rank (1 = highest) of one kecamatan among all for a value; null when it has none. */
export function rankOf(all: readonly KecamatanIndicators[], kode: string, value: (k: KecamatanIndicators) => number | null): { rank: number; of: number } | null {
  const mine = all.find((k) => k.kode_kecamatan === kode);
  const v = mine ? value(mine) : null;
  if (v === null) return null;
  const ranked = all.map(value).filter((x): x is number => x !== null);
  return { rank: ranked.filter((x) => x > v).length + 1, of: ranked.length };
}
