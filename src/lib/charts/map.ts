// The coverage map: a choropleth of the kecamatan, one metric at a time, or the change of that
// metric between two snapshots. Colour never carries meaning alone: every kecamatan has its name,
// a tooltip, a link to its page (choropleth.ts), and ODOC flagships get a star.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import type { KecamatanIndicators } from '../indicators.ts';
import { formatMetric, formatMetricChange, isPercent, metricChange, metricChangeLabel, metricLabel, metricValue } from '../metrics.ts';
import type { MapMetric } from '../catalogue.ts';
import { type ChoroplethOptions, choropleth } from './choropleth.ts';

export interface MapOptions extends Pick<ChoroplethOptions, 'document' | 'geojson' | 'names' | 'href' | 'width'> {
  t: Strings;
  f: Format;
  metric: MapMetric;
  /** The same kecamatan at the compared snapshot: the map shows the change. */
  compared: KecamatanIndicators[] | null;
}

export const NO_DATA = '#d4d4d4';
/** ODOC on the map: gained (or has one), kept, lost, none; blue against orange for colour-blind readers. */
export const ODOC_COLORS = ['#08519c', '#6baed6', '#e66101', '#f7f7f7'];
const OUTSIDE = '#f2f2f2';

/** Thresholds that split 0…max into about four nice classes. */
export function countThresholds(max: number): number[] {
  const steps = ticks(0, Math.max(max, 4), 4).filter((x) => x > 0 && Number.isInteger(x));
  return steps.length > 0 ? steps : [1];
}

/**
 * Half the smallest change a map writes (a whole unit for a count, 0,1 point for a percentage):
 * the "no change" class spans ±this, so that it holds the changes written as 0 and nothing else.
 */
export const noChangeHalfWidth = (percent: boolean) => (percent ? 0.05 : 0.5);

/**
 * Thresholds symmetric about zero whose range comes from the data: about three nice steps up to
 * the largest change either way (points for a percentage, whole units for a count), the same
 * steps below zero, so that a change of +38,9 points and one of +2 do not share a colour — and
 * a class of its own for no change, so that +4 is never coloured as 0.
 */
export function symmetricThresholds(maxAbs: number, percent: boolean): number[] {
  const steps = percent ? ticks(0, Math.max(maxAbs, 1), 3).filter((x) => x > 0) : countThresholds(maxAbs);
  const zero = noChangeHalfWidth(percent);
  return [...steps.map((s) => -s).reverse(), -zero, zero, ...steps];
}

export function coverageMap(rows: readonly KecamatanIndicators[], options: MapOptions): HTMLElement | SVGSVGElement {
  const { t, f, metric, compared } = options;
  const byCode = new Map(rows.map((r) => [r.kode_kecamatan, r]));
  const before = new Map((compared ?? []).map((r) => [r.kode_kecamatan, r]));
  const label = compared ? metricChangeLabel(metric, t) : metricLabel(metric, t);

  let color: Plot.ScaleOptions;
  let value: (kode: string) => number | string | null;
  let text: (kode: string) => string;
  if (metric === 'odoc') {
    const state = (kode: string): string | null => {
      const now = byCode.get(kode);
      if (!now) return null;
      if (!compared) return now.odoc ? t.map.odocYes : t.map.odocNo;
      const then = before.get(kode);
      if (now.odoc) return then?.odoc ? t.map.odocKept : t.map.odocGained;
      return then?.odoc ? t.map.odocLost : t.map.odocNo;
    };
    value = state;
    const domain = compared ? [t.map.odocGained, t.map.odocKept, t.map.odocLost, t.map.odocNo] : [t.map.odocYes, t.map.odocNo];
    const range = compared ? ODOC_COLORS : [ODOC_COLORS[0], ODOC_COLORS[3]];
    color = { type: 'ordinal', domain, range, legend: true, label, unknown: OUTSIDE };
    text = (kode) => state(kode) ?? '';
  } else if (compared) {
    const change = (kode: string) => {
      const now = byCode.get(kode);
      return now ? metricChange(now, before.get(kode), metric) : null;
    };
    value = change;
    const maxAbs = Math.max(0, ...rows.map((r) => Math.abs(metricChange(r, before.get(r.kode_kecamatan), metric) ?? 0)));
    // The no-change class's two edges are both written 0: the class between them is no change.
    const tick = (v: number) => (Math.abs(v) === noChangeHalfWidth(isPercent(metric)) ? f.number(0) : isPercent(metric) ? f.change(v) : formatMetricChange(v, metric, f, t));
    color = { type: 'threshold', domain: symmetricThresholds(maxAbs, isPercent(metric)), scheme: 'puor', legend: true, label, unknown: NO_DATA, tickFormat: tick };
    text = (kode) => formatMetricChange(change(kode), metric, f, t);
  } else {
    value = (kode) => {
      const now = byCode.get(kode);
      return now ? metricValue(now, metric) : null;
    };
    const max = Math.max(0, ...rows.map((r) => metricValue(r, metric) ?? 0));
    const domain = isPercent(metric) ? [20, 40, 60, 80] : countThresholds(max);
    // Whole percentages on the legend: one decimal on five ticks does not fit its width.
    color = { type: 'threshold', domain, scheme: 'blues', legend: true, label, unknown: NO_DATA, tickFormat: (v: number) => (isPercent(metric) ? `${f.number(v)}%` : formatMetric(v, metric, f)) };
    text = (kode) => {
      const now = byCode.get(kode);
      return now ? formatMetric(metricValue(now, metric), metric, f) : '';
    };
  }

  const title = (kode: string, name: string) => {
    const r = byCode.get(kode);
    if (!r) return name;
    const odoc = r.odoc ? ` · ODOC: ${r.odoc}` : '';
    return `${r.nama_kecamatan} — ${label}: ${text(kode)}${odoc}`;
  };
  return choropleth({
    ...options,
    fill: (kode) => (byCode.has(kode) ? value(kode) : undefined),
    title,
    color,
    labelPrefix: (kode) => (metric === 'odoc' && byCode.get(kode)?.odoc ? '★ ' : ''),
  });
}
