// The open-data tables (Satu Data): every indicator of the catalogue marked `satuData`, per
// kecamatan and for the kabupaten, per year, in a portal's layout (layout.ts). A year's figures
// are those of its last snapshot (the registry as it stood at the end of the year, or at the
// latest snapshot of the current year), computed by the very queries of the dashboard
// (indicators.ts) on the same engine, so a table and the site give the same number for a date.
import { type Indicator, SATU_DATA } from '../catalogue.ts';
import type { Engine } from '../engine/engine.ts';
import { type Indicators, type KecamatanIndicators, indicatorsSql, kecamatanSql } from '../indicators.ts';
import { periodOf } from '../period.ts';
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
  layout: PortalLayout = OPEN_DATA_JABAR,
): Promise<SatuDataTable[]> {
  const view = defaultView(options);
  const years = yearSnapshots(options.snapshots);
  const region = new Map((await engine.query<Indicators>(indicatorsSql(view))).map((r) => [r.snapshot, r]));
  const perKecamatan = new Map<string, KecamatanIndicators[]>();
  for (const { snapshot } of years) perKecamatan.set(snapshot, await engine.query<KecamatanIndicators>(kecamatanSql(view, snapshot, periodOf(snapshot, options))));
  const bps = new Map(kecamatan.map((k) => [k.kode_kecamatan, k]));
  const byBps = (a: KecamatanIndicators, b: KecamatanIndicators) => (bps.get(a.kode_kecamatan)!.kode_bps < bps.get(b.kode_kecamatan)!.kode_bps ? -1 : 1);

  const tables: SatuDataTable[] = [];
  for (const indicator of SATU_DATA) {
    const { column, satuan } = indicator.satuData;
    const levels: readonly SatuDataLevel[] = 'levels' in indicator.satuData ? indicator.satuData.levels : ['kecamatan', 'kabupaten'];
    for (const level of levels) {
      const values: SatuDataValue[] =
        level === 'kabupaten'
          ? years.map(({ tahun, snapshot }) => ({ kecamatan: null, tahun, value: published(indicator, region.get(snapshot)![indicator.key]) }))
          : years.flatMap(({ tahun, snapshot }) =>
              [...perKecamatan.get(snapshot)!].sort(byBps).map((k) => ({
                kecamatan: bps.get(k.kode_kecamatan)!,
                tahun,
                value: published(indicator, k[indicator.key as keyof KecamatanIndicators] as number | null),
              })),
            );
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
