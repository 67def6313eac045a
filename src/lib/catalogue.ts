// The indicator catalogue: every number the site computes about cooperatives, defined once.
// Its SQL builds the indicator queries (indicators.ts); its unit picks the one formatter
// (units.ts); its key names the label and definition in each language's dictionary
// (`t.indicators[key]`). Headline figures, narrative, map metrics, ranks, trends, the deck,
// link-preview cards and the data dictionary all read it, in this order.
import { ENUMS, type Indikator } from './enums.ts';

/** How a value is written: a count (1.234), a percent 0–100 (64,7%, changes in points), rupiah. */
export type Unit = 'count' | 'percent' | 'rupiah';

/**
 * Where a value comes from:
 * - `sql`: an aggregate over `k`, the cooperatives of one snapshot in one group (the region, or
 *   one kecamatan); 0 for an empty group, and for several kecamatan the sum of their values
 *   (views without row filters add up the roll-up's rows per kecamatan, rollup.ts): a count, a
 *   sum, or a distinct count of something inside one kecamatan — never a median or an average.
 * - `ratio`: part ÷ whole of two other indicators (× 100 for a percent); null when whole is 0.
 * - `context`: given by the query itself (the kecamatan and desa in view, activities in the period).
 */
type Source = { sql: string } | { ratio: readonly [string, string] } | { context: true };

/** A headline figure card: `of` writes the value as "n dari total"; `share` adds a percentage
 * (and its target) to the detail; `rank` ranks a kecamatan among the others by that indicator;
 * `split` draws the split by jalur pendampingan. */
export interface FigureSpec {
  of?: string;
  share?: string;
  rank?: string;
  split?: boolean;
}

interface Definition {
  key: string;
  unit: Unit;
  /** Whether a higher value is better (for colour and wording of changes). */
  higherIsBetter: boolean;
  /** The target.csv indikator that sets this indicator's goal for a year. */
  target?: Indikator;
  /** The map metric's name in the URL (`?peta=`), when the map can show it per kecamatan. */
  metric?: string;
  /** Only one of region and kecamatan has it. */
  scope?: 'region' | 'kecamatan';
  figure?: FigureSpec;
  /** Drawn as a small multiple over all snapshots. */
  trend?: boolean;
  /**
   * Published as open-data tables per kecamatan and for the kabupaten (satu-data/): its column
   * name and `satuan` as the portal writes them; `log`: counted over a year's activity log, not
   * read off the year's last snapshot.
   */
  satuData?: { column: string; satuan: string; log?: true };
}

const sum = (column: string) => `coalesce(sum(k.${column}), 0)`;
const active = (condition = '') => `count(k.id_koperasi) FILTER (WHERE k.status = 'aktif'${condition})`;

export const CATALOGUE = [
  { key: 'terdaftar', unit: 'count', higherIsBetter: true, sql: 'count(k.id_koperasi)', metric: 'jumlah', figure: { rank: 'terdaftar' }, trend: true, satuData: { column: 'jumlah_koperasi', satuan: 'UNIT' } },
  { key: 'aktif', unit: 'count', higherIsBetter: true, sql: active(), figure: { share: 'persen_koperasi_aktif', rank: 'persen_koperasi_aktif' }, satuData: { column: 'jumlah_koperasi_aktif', satuan: 'UNIT' } },
  { key: 'persen_koperasi_aktif', unit: 'percent', higherIsBetter: true, ratio: ['aktif', 'terdaftar'], target: 'persen_koperasi_aktif', metric: 'aktif', trend: true },
  // The contract: RAT on time is a last RAT no earlier than the year before the snapshot's.
  { key: 'rat_tepat_waktu', unit: 'count', higherIsBetter: true, sql: active(' AND k.tahun_rat_terakhir >= year(k.snapshot) - 1') },
  { key: 'persen_rat_tepat_waktu', unit: 'percent', higherIsBetter: true, ratio: ['rat_tepat_waktu', 'aktif'], target: 'persen_rat_tepat_waktu', figure: { rank: 'persen_rat_tepat_waktu' }, trend: true, satuData: { column: 'persentase_koperasi_rat_tepat_waktu', satuan: 'PERSEN' } },
  { key: 'didampingi', unit: 'count', higherIsBetter: true, sql: active(' AND k.pendampingan') },
  ...ENUMS.jalur_pendampingan.map((j) => ({
    key: `didampingi_${j}` as const,
    unit: 'count' as const,
    higherIsBetter: true,
    sql: active(` AND k.pendampingan AND k.jalur_pendampingan = '${j}'`),
  })),
  {
    key: 'persen_cakupan_pendampingan',
    unit: 'percent',
    higherIsBetter: true,
    ratio: ['didampingi', 'aktif'],
    target: 'persen_cakupan_pendampingan',
    metric: 'cakupan',
    figure: { rank: 'persen_cakupan_pendampingan', split: true },
    trend: true,
    satuData: { column: 'persentase_cakupan_pendampingan_koperasi', satuan: 'PERSEN' },
  },
  { key: 'kecamatan_odoc', unit: 'count', higherIsBetter: true, sql: 'count(DISTINCT k.kode_kecamatan) FILTER (WHERE k.odoc)', target: 'kecamatan_odoc', metric: 'odoc', figure: { of: 'kecamatan_total' }, trend: true, satuData: { column: 'jumlah_kecamatan_dengan_koperasi_odoc', satuan: 'KECAMATAN' } },
  { key: 'kecamatan_total', unit: 'count', higherIsBetter: true, context: true, scope: 'region' },
  { key: 'desa_kopdes_merah_putih', unit: 'count', higherIsBetter: true, sql: 'count(DISTINCT k.kode_desa) FILTER (WHERE k.kopdes_merah_putih)', target: 'desa_kopdes_merah_putih', figure: { of: 'desa_total', rank: 'persen_desa_kopdes' }, trend: true, satuData: { column: 'jumlah_desa_dengan_kopdes_merah_putih', satuan: 'DESA' } },
  { key: 'desa_kopdes_aktif', unit: 'count', higherIsBetter: true, sql: "count(DISTINCT k.kode_desa) FILTER (WHERE k.kopdes_merah_putih AND k.status = 'aktif')" },
  { key: 'desa_total', unit: 'count', higherIsBetter: true, context: true },
  { key: 'persen_desa_kopdes', unit: 'percent', higherIsBetter: true, ratio: ['desa_kopdes_merah_putih', 'desa_total'], metric: 'kopdes' },
  { key: 'anggota', unit: 'count', higherIsBetter: true, sql: sum('jumlah_anggota'), figure: {}, trend: true, satuData: { column: 'jumlah_anggota_koperasi', satuan: 'ORANG' } },
  { key: 'volume_usaha', unit: 'rupiah', higherIsBetter: true, sql: sum('volume_usaha'), figure: {}, trend: true, satuData: { column: 'volume_usaha_koperasi', satuan: 'RUPIAH' } },
  { key: 'shu', unit: 'rupiah', higherIsBetter: true, sql: sum('shu'), figure: {}, trend: true, satuData: { column: 'sisa_hasil_usaha_koperasi', satuan: 'RUPIAH' } },
  { key: 'modal_sendiri', unit: 'rupiah', higherIsBetter: true, sql: sum('modal_sendiri') },
  // Own capital per member: how much of a cooperative's capital its members put in themselves.
  { key: 'modal_sendiri_per_anggota', unit: 'rupiah', higherIsBetter: true, ratio: ['modal_sendiri', 'anggota'], metric: 'modal', figure: { rank: 'modal_sendiri_per_anggota' }, trend: true, satuData: { column: 'modal_sendiri_per_anggota_koperasi', satuan: 'RUPIAH' } },
  {
    key: 'kegiatan',
    unit: 'count',
    higherIsBetter: true,
    context: true,
    scope: 'kecamatan',
    metric: 'kegiatan',
    satuData: { column: 'jumlah_kegiatan_pemberdayaan_koperasi', satuan: 'KEGIATAN', log: true },
  },
] as const satisfies readonly (Definition & Source)[];

export type Indicator = (typeof CATALOGUE)[number];
export type IndicatorKey = Indicator['key'];
type Of<S> = Extract<Indicator, S>['key'];
/** Keys of indicators that are null when undefined (a ratio over 0). */
export type RatioKey = Of<{ ratio: unknown }>;

/** The values of a group's indicators: counts and rupiah exact, ratios null when ÷ 0. */
export type IndicatorValues<K extends IndicatorKey = IndicatorKey> = { [P in K]: P extends RatioKey ? number | null : number };
/** Keys the region has (all but the kecamatan-only). */
export type RegionKey = Exclude<IndicatorKey, Of<{ scope: 'kecamatan' }>>;
/** Keys a kecamatan has (all but the region-only). */
export type KecamatanKey = Exclude<IndicatorKey, Of<{ scope: 'region' }>>;

const BY_KEY = new Map<string, Indicator>(CATALOGUE.map((i) => [i.key, i]));

/** The catalogue entry of a key; throws on an unknown key (a programming error). */
export function indicator(key: string): Indicator {
  const i = BY_KEY.get(key);
  if (!i) throw new Error(`Unknown indicator: ${key}`);
  return i;
}

/** The indicator of the link previews and the default map: mentoring coverage, the program's aim. */
export const LEAD = 'persen_cakupan_pendampingan' satisfies IndicatorKey;

/** The map's metrics, by their URL names, in catalogue order. */
export const MAP_METRICS = CATALOGUE.flatMap((i) => ('metric' in i ? [i.metric] : []));
export type MapMetric = Extract<Indicator, { metric: string }>['metric'];

/** The indicator a map metric shows. */
export function metricIndicator(metric: MapMetric): Extract<Indicator, { metric: string }> {
  return CATALOGUE.find((i): i is Extract<Indicator, { metric: string }> => 'metric' in i && i.metric === metric)!;
}

/** Headline figure cards, in order. */
export const FIGURES = CATALOGUE.filter((i): i is Extract<Indicator, { figure: object }> => 'figure' in i);
/** Open-data tables (satu-data/), in order. */
export const SATU_DATA = CATALOGUE.filter((i): i is Extract<Indicator, { satuData: object }> => 'satuData' in i);
/** Small multiples over snapshots, in order. */
export const TRENDS = CATALOGUE.filter((i): i is Extract<Indicator, { trend: true }> => 'trend' in i);

/** The SQL of one catalogue value in a query's final SELECT, given the aggregate columns it reads. */
export function selectSql(i: Indicator, column: (key: string) => string): string {
  if ('ratio' in i) {
    const [part, whole] = i.ratio;
    return `${i.unit === 'percent' ? '100.0' : '1.0'} * ${column(part)} / nullif(${column(whole)}, 0) AS ${i.key}`;
  }
  return `${column(i.key)} AS ${i.key}`;
}
