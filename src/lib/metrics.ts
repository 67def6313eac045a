// The map's metrics (catalogue.ts entries with a `metric`): how each is read from a kecamatan's
// indicators and written for people. Map, ranking, tables and summaries all read them from here.
import { type MapMetric, metricIndicator } from './catalogue.ts';
import type { Format } from './format.ts';
import type { Strings } from './i18n/id.ts';
import type { KecamatanIndicators } from './indicators.ts';
import { formatChange, formatValue, labelWithUnit } from './units.ts';

export function isPercent(metric: MapMetric): boolean {
  return metricIndicator(metric).unit === 'percent';
}

/** The metric's name with its unit: "Cakupan pendampingan (%)". */
export function metricLabel(metric: MapMetric, t: Strings): string {
  const i = metricIndicator(metric);
  return labelWithUnit(i.unit, t.indicators[i.key].label);
}

/** The metric's name in a sentence's subject, without its unit: "Cakupan pendampingan". */
export function metricName(metric: MapMetric, t: Strings): string {
  return t.indicators[metricIndicator(metric).key].label;
}

/** The name of the metric's change, in its unit: "Perubahan cakupan pendampingan (poin)". */
export function metricChangeLabel(metric: MapMetric, t: Strings): string {
  const i = metricIndicator(metric);
  const change = t.map.change(t.indicators[i.key].label);
  return i.unit === 'percent' ? `${change} (${t.figures.points})` : change;
}

/** The metric's value for a kecamatan; null when it is undefined there (÷ 0). ODOC: 1 or 0. */
export function metricValue(row: KecamatanIndicators, metric: MapMetric): number | null {
  return row[metricIndicator(metric).key];
}

/** Change of the metric from `before` to `row` (percentage points for percentages). */
export function metricChange(row: KecamatanIndicators, before: KecamatanIndicators | undefined, metric: MapMetric): number | null {
  const now = metricValue(row, metric);
  const then = before ? metricValue(before, metric) : null;
  return now === null || then === null ? null : now - then;
}

export function formatMetric(value: number | null, metric: MapMetric, f: Format): string {
  return formatValue(metricIndicator(metric).unit, value, f);
}

export function formatMetricChange(value: number | null, metric: MapMetric, f: Format, t: Strings): string {
  return formatChange(metricIndicator(metric).unit, value, f, t);
}
