// The indicators, each defined once, as SQL over the site's DuckDB tables. The build runs these
// queries on duckdb-wasm in Node to pre-render the default view; the browser runs the very same
// strings on duckdb-wasm for every interaction.
import type { Engine } from './engine/engine.ts';
import { cooperativesSql, date, list, scopeSql, sqlString } from './sql.ts';
import { ENUMS, type Indikator, type Jalur, type JenisKoperasi, type Status } from './enums.ts';
import { type Period, periodOf } from './period.ts';
import { type View, type ViewOptions, baseline } from './view.ts';


/** What COUNTS (below) gives, for the region or one kecamatan. Percentages are 0–100, or null when undefined (÷ 0). */
export interface Counts {
  terdaftar: number;
  aktif: number;
  persen_koperasi_aktif: number | null;
  rat_tepat_waktu: number;
  persen_rat_tepat_waktu: number | null;
  didampingi: number;
  didampingi_dinas: number;
  didampingi_camat: number;
  didampingi_pkk: number;
  persen_cakupan_pendampingan: number | null;
  desa_kopdes_merah_putih: number;
  /** Desa/kelurahan whose Koperasi Merah Putih is active. */
  desa_kopdes_aktif: number;
  desa_total: number;
}

/** The headline indicators of one snapshot. */
export interface Indicators extends Counts {
  snapshot: string;
  kecamatan_odoc: number;
  kecamatan_total: number;
  anggota: number;
  volume_usaha: number;
  shu: number;
}

export interface KecamatanIndicators extends Counts {
  kode_kecamatan: string;
  nama_kecamatan: string;
  /** Name of the ODOC flagship, or null. */
  odoc: string | null;
  persen_desa_kopdes: number | null;
  kegiatan: number;
}

export interface Composition {
  jenis_koperasi: JenisKoperasi;
  status: Status;
  n: number;
}

export type Targets = Partial<Record<Indikator, number>>;

/** Counts shared by the kabupaten and the kecamatan queries (over rows `k` of one snapshot). */
const COUNTS = `
    count(k.id_koperasi)::INTEGER AS terdaftar,
    count(k.id_koperasi) FILTER (WHERE k.status = 'aktif')::INTEGER AS aktif,
    count(k.id_koperasi) FILTER (WHERE k.status = 'aktif' AND k.tahun_rat_terakhir >= year(k.snapshot) - 1)::INTEGER AS rat_tepat_waktu,
    count(k.id_koperasi) FILTER (WHERE k.status = 'aktif' AND k.pendampingan)::INTEGER AS didampingi,
    ${ENUMS.jalur_pendampingan
      .map((j) => `count(k.id_koperasi) FILTER (WHERE k.status = 'aktif' AND k.pendampingan AND k.jalur_pendampingan = ${sqlString(j)})::INTEGER AS didampingi_${j}`)
      .join(',\n    ')},
    count(DISTINCT k.kode_desa) FILTER (WHERE k.kopdes_merah_putih)::INTEGER AS desa_kopdes_merah_putih,
    count(DISTINCT k.kode_desa) FILTER (WHERE k.kopdes_merah_putih AND k.status = 'aktif')::INTEGER AS desa_kopdes_aktif,
    coalesce(sum(k.jumlah_anggota), 0)::BIGINT AS anggota,
    coalesce(sum(k.volume_usaha), 0)::BIGINT AS volume_usaha,
    coalesce(sum(k.shu), 0)::BIGINT AS shu`;

const percent = (part: string, whole: string) => `100.0 * ${part} / nullif(${whole}, 0)`;

/** Headline indicators for every snapshot (oldest first): the trend, and any one snapshot. */
export function indicatorsSql(view: View): string {
  return `WITH scope AS (${scopeSql(view)}),
k AS (${cooperativesSql(view)}),
per AS (
  SELECT k.snapshot, ${COUNTS},
    count(DISTINCT k.kode_kecamatan) FILTER (WHERE k.odoc)::INTEGER AS kecamatan_odoc
  FROM k GROUP BY k.snapshot
)
SELECT s.snapshot::VARCHAR AS snapshot,
  coalesce(terdaftar, 0) AS terdaftar,
  coalesce(aktif, 0) AS aktif,
  ${percent('aktif', 'terdaftar')} AS persen_koperasi_aktif,
  coalesce(rat_tepat_waktu, 0) AS rat_tepat_waktu,
  ${percent('rat_tepat_waktu', 'aktif')} AS persen_rat_tepat_waktu,
  coalesce(didampingi, 0) AS didampingi,
  ${ENUMS.jalur_pendampingan.map((j) => `coalesce(didampingi_${j}, 0) AS didampingi_${j}`).join(', ')},
  ${percent('didampingi', 'aktif')} AS persen_cakupan_pendampingan,
  coalesce(kecamatan_odoc, 0) AS kecamatan_odoc,
  (SELECT count(*) FROM scope)::INTEGER AS kecamatan_total,
  coalesce(desa_kopdes_merah_putih, 0) AS desa_kopdes_merah_putih,
  coalesce(desa_kopdes_aktif, 0) AS desa_kopdes_aktif,
  (SELECT count(*) FROM desa WHERE kode_kecamatan IN (SELECT kode_kecamatan FROM scope))::INTEGER AS desa_total,
  coalesce(anggota, 0) AS anggota,
  coalesce(volume_usaha, 0) AS volume_usaha,
  coalesce(shu, 0) AS shu
FROM snapshot s LEFT JOIN per USING (snapshot)
ORDER BY s.snapshot`;
}

/** Per-kecamatan indicators of one snapshot, every kecamatan in view included (also empty ones). */
export function kecamatanSql(view: View, snapshot: string, period: Period): string {
  const pelaksana = view.jalur.length > 0 ? ` AND pelaksana IN (${list(view.jalur)})` : '';
  return `WITH scope AS (${scopeSql(view)}),
k AS (${cooperativesSql(view, [snapshot])}),
per AS (
  SELECT kc.kode_kecamatan, ${COUNTS},
    min(k.nama_koperasi) FILTER (WHERE k.odoc) AS odoc
  FROM scope kc LEFT JOIN k ON k.kode_kecamatan = kc.kode_kecamatan
  GROUP BY kc.kode_kecamatan
),
desa_total AS (SELECT kode_kecamatan, count(*)::INTEGER AS n FROM desa GROUP BY kode_kecamatan),
act AS (
  SELECT kode_kecamatan, count(*)::INTEGER AS n FROM kegiatan
  WHERE tanggal > ${date(period.start)} AND tanggal <= ${date(period.end)}${pelaksana}
  GROUP BY kode_kecamatan
)
SELECT scope.kode_kecamatan, scope.nama_kecamatan,
  terdaftar, aktif, ${percent('aktif', 'terdaftar')} AS persen_koperasi_aktif,
  rat_tepat_waktu, ${percent('rat_tepat_waktu', 'aktif')} AS persen_rat_tepat_waktu,
  didampingi, ${ENUMS.jalur_pendampingan.map((j) => `didampingi_${j}`).join(', ')},
  ${percent('didampingi', 'aktif')} AS persen_cakupan_pendampingan,
  odoc,
  desa_kopdes_merah_putih,
  desa_kopdes_aktif,
  coalesce(desa_total.n, 0) AS desa_total,
  ${percent('desa_kopdes_merah_putih', 'desa_total.n')} AS persen_desa_kopdes,
  coalesce(act.n, 0) AS kegiatan
FROM scope
JOIN per USING (kode_kecamatan)
LEFT JOIN desa_total USING (kode_kecamatan)
LEFT JOIN act USING (kode_kecamatan)
ORDER BY scope.kode_kecamatan`;
}

/** Cooperatives of one snapshot by jenis and status, every combination present (zeros too). */
export function compositionSql(view: View, snapshot: string): string {
  return `WITH scope AS (${scopeSql(view)}),
k AS (${cooperativesSql(view, [snapshot])}),
grid AS (
  SELECT j AS jenis_koperasi, s AS status
  FROM (VALUES ${ENUMS.jenis_koperasi.map((j) => `(${sqlString(j)})`).join(', ')}) jenis(j)
  CROSS JOIN (VALUES ${ENUMS.status.map((s) => `(${sqlString(s)})`).join(', ')}) status(s)
)
SELECT grid.jenis_koperasi, grid.status, count(k.id_koperasi)::INTEGER AS n
FROM grid LEFT JOIN k ON k.jenis_koperasi = grid.jenis_koperasi AND k.status = grid.status
GROUP BY grid.jenis_koperasi, grid.status`;
}

/** Targets of the snapshot's year. */
export function targetsSql(snapshot: string): string {
  return `SELECT indikator, nilai::DOUBLE AS nilai FROM target WHERE tahun = ${Number(snapshot.slice(0, 4))}`;
}

/** Everything the dashboard shows for one view. */
export interface Dashboard {
  view: View;
  period: Period;
  /** Every snapshot, oldest first. */
  trend: Indicators[];
  current: Indicators;
  previous: Indicators | null;
  /** Targets apply to the whole region: only given for a view without filters. */
  targets: Targets;
  kecamatan: KecamatanIndicators[];
  /** The same kecamatan at the compared snapshot (compare mode), else null. */
  compared: KecamatanIndicators[] | null;
  composition: Composition[];
}

export function isFiltered(view: View): boolean {
  return view.jenis.length + view.status.length + view.jalur.length + view.kecamatan.length > 0;
}

export async function loadDashboard(engine: Engine, view: View, options: ViewOptions): Promise<Dashboard> {
  const period = periodOf(view.snapshot, options);
  const comparePeriod = view.compare ? periodOf(view.compare, options) : null;
  const [trend, kecamatan, compared, composition, targets] = await Promise.all([
    engine.query<Indicators>(indicatorsSql(view)),
    engine.query<KecamatanIndicators>(kecamatanSql(view, view.snapshot, period)),
    view.compare && comparePeriod ? engine.query<KecamatanIndicators>(kecamatanSql(view, view.compare, comparePeriod)) : null,
    engine.query<Composition>(compositionSql(view, view.snapshot)),
    isFiltered(view) ? [] : engine.query<{ indikator: Indikator; nilai: number }>(targetsSql(view.snapshot)),
  ]);
  const previous = baseline(view, options);
  const byOrder = (a: Composition, b: Composition) =>
    ENUMS.jenis_koperasi.indexOf(a.jenis_koperasi) - ENUMS.jenis_koperasi.indexOf(b.jenis_koperasi) ||
    ENUMS.status.indexOf(a.status) - ENUMS.status.indexOf(b.status);
  return {
    view,
    period,
    trend,
    current: trend.find((t) => t.snapshot === view.snapshot)!,
    previous: previous ? trend.find((t) => t.snapshot === previous)! : null,
    targets: Object.fromEntries(targets.map((t) => [t.indikator, t.nilai])),
    kecamatan,
    compared,
    composition: composition.sort(byOrder),
  };
}

/** Mentoring by jalur for one snapshot's indicators, in the contract's order. */
export function mentoringByJalur(i: Counts): { jalur: Jalur; n: number }[] {
  return ENUMS.jalur_pendampingan.map((jalur) => ({ jalur, n: i[`didampingi_${jalur}`] }));
}
