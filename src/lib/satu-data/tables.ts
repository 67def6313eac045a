// The open-data tables (Satu Data): every indicator of the catalogue marked `satuData`, per
// kecamatan and for the kabupaten, per year, in a portal's layout (layout.ts). A registry
// indicator's year is its last snapshot (the registry as it stood at the end of the year, or at
// the latest snapshot of the current year), computed by the very queries of the dashboard
// (indicators.ts); an activity count's year is the year's log up to the data date, by the program
// page's query (program.ts) — on the same engine, so a table and the site give the same number.
import { type Indicator, SATU_DATA } from '../catalogue.ts';
import type { Engine } from '../engine/engine.ts';
import { type Indicators, type KecamatanIndicators, indicatorsSql, kecamatanSql } from '../indicators.ts';
import { periodOf, reportingYears } from '../period.ts';
import { type KecamatanActivity, kecamatanActivitySql, programPeriod } from '../program.ts';
import type { KecamatanRow } from '../schema.ts';
import { type ViewOptions, defaultView } from '../view.ts';
import { OPEN_DATA_JABAR, type PortalLayout, type SatuDataValue, type Wilayah } from './layout.ts';

export type SatuDataLevel = 'kecamatan' | 'kabupaten';
type SatuDataIndicator = Extract<Indicator, { satuData: object }>;

export interface SatuDataTable {
  indicator: SatuDataIndicator;
  level: SatuDataLevel;
  /** File name without extension: the indicator's column and the level (jumlah_koperasi_kecamatan). */
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

/** Each year of the snapshots, with its last snapshot (oldest year first). */
export function yearSnapshots(snapshots: readonly string[]): { tahun: number; snapshot: string }[] {
  const last = new Map<number, string>();
  for (const s of [...snapshots].sort()) last.set(Number(s.slice(0, 4)), s);
  return [...last].map(([tahun, snapshot]) => ({ tahun, snapshot }));
}

/**
 * A value as the tables publish it: a percent (0–100) to two decimals, a rupiah ratio to the
 * rupiah, a count as it is; null (a ratio over zero) stays empty.
 */
export function published(indicator: Indicator, value: number | null): number | null {
  if (value === null) return null;
  if ('ratio' in indicator) return indicator.unit === 'percent' ? Math.round(value * 100) / 100 : Math.round(value);
  return value;
}

/**
 * Every table of every `satuData` indicator at each of its levels, for a region named by
 * `wilayah`. `kecamatan` gives each kecamatan's BPS code and name (reference/kecamatan.csv).
 */
export async function satuDataTables(
  engine: Engine,
  options: ViewOptions,
  kecamatan: readonly KecamatanRow[],
  wilayah: Wilayah,
  logYears: readonly number[],
  layout: PortalLayout = OPEN_DATA_JABAR,
): Promise<SatuDataTable[]> {
  const view = defaultView(options);
  const years = yearSnapshots(options.snapshots);
  const region = new Map((await engine.query<Indicators>(indicatorsSql(view))).map((r) => [r.snapshot, r]));
  const perKecamatan = new Map<string, KecamatanIndicators[]>();
  for (const { snapshot } of years) perKecamatan.set(snapshot, await engine.query<KecamatanIndicators>(kecamatanSql(view, snapshot, periodOf(snapshot, options))));
  // Without an activity log there is no activity count to publish (not a count of zero).
  const activity = new Map<number, KecamatanActivity[]>();
  if (logYears.length > 0) for (const year of reportingYears(logYears, options)) activity.set(year, await engine.query<KecamatanActivity>(kecamatanActivitySql(programPeriod({ year, quarter: null }, options))));
  const bps = new Map(kecamatan.map((k) => [k.kode_kecamatan, k]));
  const byBps = (a: { kode_kecamatan: string }, b: { kode_kecamatan: string }) => (bps.get(a.kode_kecamatan)!.kode_bps < bps.get(b.kode_kecamatan)!.kode_bps ? -1 : 1);

  /** A registry indicator's values: at each year's last snapshot. */
  const registry = (indicator: SatuDataIndicator, level: SatuDataLevel): SatuDataValue[] =>
    level === 'kabupaten'
      ? years.map(({ tahun, snapshot }) => ({ kecamatan: null, tahun, value: published(indicator, region.get(snapshot)![indicator.key as keyof Indicators] as number | null) }))
      : years.flatMap(({ tahun, snapshot }) =>
          [...perKecamatan.get(snapshot)!].sort(byBps).map((k) => ({
            kecamatan: bps.get(k.kode_kecamatan)!,
            tahun,
            value: published(indicator, k[indicator.key as keyof KecamatanIndicators] as number | null),
          })),
        );
  /** Activities counted over each year's log: per kecamatan, and their sum (every activity has its kecamatan). */
  const logged = (level: SatuDataLevel): SatuDataValue[] =>
    [...activity].flatMap(([tahun, rows]): SatuDataValue[] =>
      level === 'kabupaten'
        ? [{ kecamatan: null, tahun, value: rows.reduce((n, r) => n + r.kegiatan, 0) }]
        : [...rows].sort(byBps).map((r) => ({ kecamatan: bps.get(r.kode_kecamatan)!, tahun, value: r.kegiatan })),
    );

  const tables: SatuDataTable[] = [];
  for (const indicator of SATU_DATA) {
    if ('log' in indicator.satuData && activity.size === 0) continue;
    const { column, satuan } = indicator.satuData;
    for (const level of ['kecamatan', 'kabupaten'] as const) {
      const values = 'log' in indicator.satuData ? logged(level) : registry(indicator, level);
      tables.push({
        indicator,
        level,
        name: `${column}_${level}`,
        header: layout.header(level, column),
        rows: values.map((v, i) => layout.row(i + 1, wilayah, v, satuan)),
      });
    }
  }
  return tables;
}
