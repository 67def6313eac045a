// The indicator queries, written from the catalogue (catalogue.ts) over the site's DuckDB tables.
// The build runs these queries on duckdb-wasm in Node to pre-render the default view; the browser runs the very same
// strings on duckdb-wasm for every interaction.
import type { Engine } from './engine/engine.ts';
import { type Query, cooperativesSql, date, raw, scopeSql, sql, valuesList } from './sql.ts';
import { AGGREGATES, ODOC_NAME, ROLLED_UP, ROLLUP_ROW, ROLLUP_TABLE, hasRowFilters, rollupSql } from './rollup.ts';
import { CATALOGUE, type IndicatorKey, type IndicatorValues, type KecamatanKey, type RegionKey, selectSql } from './catalogue.ts';
import { ENUMS, type Indikator, type Jalur, type JenisKoperasi, type Status } from './enums.ts';
import { type Period, periodOf } from './period.ts';
import { type View, type ViewOptions, baseline } from './view.ts';


/** The headline indicators of one snapshot, for the region (catalogue.ts). */
export type Indicators = { snapshot: string } & IndicatorValues<RegionKey>;

/** One kecamatan's indicators of one snapshot (catalogue.ts), with its flagship's name. */
export type KecamatanIndicators = {
  kode_kecamatan: string;
  nama_kecamatan: string;
  /** Name of the ODOC flagship, or null. */
  odoc: string | null;
} & IndicatorValues<KecamatanKey>;

/** What a group of either kind has. */
export type Counts = IndicatorValues<RegionKey & KecamatanKey>;

export interface Composition {
  jenis_koperasi: JenisKoperasi;
  status: Status;
  n: number;
}

export type Targets = Partial<Record<Indikator, number>>;

/** The catalogue's values of one scope, from the aggregates `per` and the query's context columns. */
function values(scope: 'region' | 'kecamatan', column: (key: IndicatorKey) => string): string {
  return CATALOGUE.filter((i) => !('scope' in i) || i.scope === scope)
    .map((i) => selectSql(i, (key) => column(key as IndicatorKey)))
    .join(',\n  ');
}

/** Headline indicators for every snapshot (oldest first): the trend, and any one snapshot. */
export function indicatorsSql(view: View): Query {
  const context: Partial<Record<IndicatorKey, string>> = {
    kecamatan_total: '(SELECT count(*) FROM scope)',
    desa_total: '(SELECT count(*) FROM desa WHERE kode_kecamatan IN (SELECT kode_kecamatan FROM scope))',
  };
  const select = raw(values('region', (key) => (context[key] ? `${context[key]}::BIGINT` : `coalesce(per.${key}, 0)`)));
  // Without row filters, from the roll-up (rollup.ts): the same sums, from far fewer rows.
  const per = hasRowFilters(view)
    ? sql`k AS (${cooperativesSql(view)}),
per AS (SELECT k.snapshot, ${raw(AGGREGATES)} FROM k GROUP BY k.snapshot)`
    : sql`r AS (${rollupSql(view)}),
per AS (SELECT r.snapshot, ${ROLLED_UP} FROM r GROUP BY r.snapshot)`;
  return sql`WITH scope AS (${scopeSql(view)}),
${per}
SELECT s.snapshot::VARCHAR AS snapshot,
  ${select}
FROM snapshot s LEFT JOIN per USING (snapshot)
ORDER BY s.snapshot`;
}

/** Per-kecamatan indicators of one snapshot, every kecamatan in view included (also empty ones). */
export function kecamatanSql(view: View, snapshot: string, period: Period): Query {
  const pelaksana = view.jalur.length > 0 ? sql` AND pelaksana IN (${view.jalur})` : raw('');
  const context: Partial<Record<IndicatorKey, string>> = {
    desa_total: 'coalesce(desa_total.n, 0)',
    kegiatan: 'coalesce(act.n, 0)',
  };
  const select = raw(values('kecamatan', (key) => (context[key] ? `${context[key]}::BIGINT` : `per.${key}`)));
  // Without row filters, the snapshot's rows of the roll-up (rollup.ts), one per kecamatan.
  const per = hasRowFilters(view)
    ? sql`k AS (${cooperativesSql(view, [snapshot])}),
per AS (
  SELECT kc.kode_kecamatan, ${raw(AGGREGATES)},
    ${raw(ODOC_NAME)}
  FROM scope kc LEFT JOIN k ON k.kode_kecamatan = kc.kode_kecamatan
  GROUP BY kc.kode_kecamatan
)`
    : sql`per AS (
  SELECT kc.kode_kecamatan, ${ROLLUP_ROW}
  FROM scope kc JOIN ${raw(ROLLUP_TABLE)} r ON r.kode_kecamatan = kc.kode_kecamatan AND r.snapshot = ${date(snapshot)}
)`;
  return sql`WITH scope AS (${scopeSql(view)}),
${per},
desa_total AS (SELECT kode_kecamatan, count(*) AS n FROM desa GROUP BY kode_kecamatan),
act AS (
  SELECT kode_kecamatan, count(*) AS n FROM kegiatan
  WHERE tanggal > ${date(period.start)} AND tanggal <= ${date(period.end)}${pelaksana}
  GROUP BY kode_kecamatan
)
SELECT scope.kode_kecamatan, scope.nama_kecamatan, per.odoc,
  ${select}
FROM scope
JOIN per USING (kode_kecamatan)
LEFT JOIN desa_total USING (kode_kecamatan)
LEFT JOIN act USING (kode_kecamatan)
ORDER BY scope.kode_kecamatan`;
}

/** Cooperatives of one snapshot by jenis and status, every combination present (zeros too). */
export function compositionSql(view: View, snapshot: string): Query {
  return sql`WITH scope AS (${scopeSql(view)}),
k AS (${cooperativesSql(view, [snapshot])}),
grid AS (
  SELECT j AS jenis_koperasi, s AS status
  FROM (VALUES ${valuesList(ENUMS.jenis_koperasi)}) jenis(j)
  CROSS JOIN (VALUES ${valuesList(ENUMS.status)}) status(s)
)
SELECT grid.jenis_koperasi, grid.status, count(k.id_koperasi)::INTEGER AS n
FROM grid LEFT JOIN k ON k.jenis_koperasi = grid.jenis_koperasi AND k.status = grid.status
GROUP BY grid.jenis_koperasi, grid.status`;
}

/** Targets of the snapshot's year. */
export function targetsSql(snapshot: string): Query {
  return sql`SELECT indikator, nilai::DOUBLE AS nilai FROM target WHERE tahun = ${Number(snapshot.slice(0, 4))}`;
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
