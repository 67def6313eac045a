// The map's metrics: how each is read from a kecamatan's indicators and written for people.
// Map, ranking, tables and summaries all read them from here.
import type { Format } from './format.ts';
import type { KecamatanIndicators } from './indicators.ts';
import type { MapMetric } from './view.ts';

export const PERCENT_METRICS: readonly MapMetric[] = ['cakupan', 'aktif', 'kopdes'];

export function isPercent(metric: MapMetric): boolean {
  return PERCENT_METRICS.includes(metric);
}

/** The metric's value for a kecamatan; null when it is undefined there (÷ 0). ODOC: 1 or 0. */
export function metricValue(row: KecamatanIndicators, metric: MapMetric): number | null {
  switch (metric) {
    case 'cakupan':
      return row.persen_cakupan_pendampingan;
    case 'aktif':
      return row.persen_koperasi_aktif;
    case 'jumlah':
      return row.terdaftar;
    case 'odoc':
      return row.odoc === null ? 0 : 1;
    case 'kopdes':
      return row.persen_desa_kopdes;
    case 'kegiatan':
      return row.kegiatan;
  }
}

/** Change of the metric from `before` to `row` (percentage points for percentages). */
export function metricChange(row: KecamatanIndicators, before: KecamatanIndicators | undefined, metric: MapMetric): number | null {
  const now = metricValue(row, metric);
  const then = before ? metricValue(before, metric) : null;
  return now === null || then === null ? null : now - then;
}

export function formatMetric(value: number | null, metric: MapMetric, f: Format): string {
  if (value === null) return f.number(null);
  return isPercent(metric) ? f.percent(value) : f.number(value);
}

export function formatMetricChange(value: number | null, metric: MapMetric, f: Format, points: string): string {
  if (value === null) return f.number(null);
  return isPercent(metric) ? `${f.change(value, 1)} ${points}` : f.change(value);
}
