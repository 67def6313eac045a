// One small line chart per headline indicator over all snapshots; the chosen snapshot is marked.
import * as Plot from '@observablehq/plot';
import type { Format } from '../format.ts';
import type { Indicators } from '../indicators.ts';

export interface TrendSeries {
  key: string;
  label: string;
  value: (i: Indicators) => number | null;
  format: (v: number | null) => string;
}

export function trendChart(trend: readonly Indicators[], series: TrendSeries, options: { document: Document; f: Format; current: string; width?: number }) {
  const { f } = options;
  const points = trend.map((i) => ({ snapshot: new Date(`${i.snapshot}T00:00:00Z`), iso: i.snapshot, value: series.value(i) }));
  type Point = (typeof points)[number];
  const defined = points.filter((p) => p.value !== null);
  const current = defined.filter((p) => p.iso === options.current);
  return Plot.plot({
    document: options.document,
    width: options.width ?? 260,
    height: 110,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 18,
    marginBottom: 22,
    x: { type: 'utc', ticks: 3, tickFormat: (d: Date) => f.monthShort(d.toISOString().slice(0, 10)), label: null },
    y: { axis: null, zero: false, nice: true },
    style: { fontSize: '10px' },
    marks: [
      Plot.lineY(defined, { x: 'snapshot', y: 'value', stroke: '#2171b5', strokeWidth: 2, ariaHidden: 'true' }),
      Plot.dot(defined, { x: 'snapshot', y: 'value', r: 2, fill: '#2171b5', title: (p: Point) => `${f.date(p.iso)}: ${series.format(p.value)}` }),
      Plot.dot(current, { x: 'snapshot', y: 'value', r: 4.5, fill: '#111', ariaHidden: 'true' }),
      // The value sits left of its point when the point is in the right half, so it is never cut off.
      Plot.text(current, { x: 'snapshot', y: 'value', text: (p: Point) => series.format(p.value), dy: -10, fontWeight: 'bold', fill: '#111', stroke: 'white', strokeWidth: 3, textAnchor: current[0] && points.indexOf(current[0]) > points.length / 2 ? 'end' : 'start' }),
    ],
  });
}
