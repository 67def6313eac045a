// One small line chart per headline indicator over all snapshots; the chosen snapshot is marked.
import * as Plot from '@observablehq/plot';
import type { Format } from '../format.ts';
import type { Indicators } from '../indicators.ts';
import { MARKER } from './markers.ts';

export interface TrendSeries {
  key: string;
  label: string;
  value: (i: Indicators) => number | null;
  format: (v: number | null) => string;
}

/**
 * A line of `series` over the snapshots (oldest first), with a marker — a large dot and the value —
 * for every snapshot, all hidden: `markCurrent` (markers.ts) shows the current one. A change of snapshot then
 * shows another marker instead of drawing the chart again (about 40% of a change's drawing).
 */
export function trendChart(trend: readonly Indicators[], series: TrendSeries, options: { document: Document; f: Format; width?: number }) {
  const { f } = options;
  const points = trend.map((i) => ({ snapshot: new Date(`${i.snapshot}T00:00:00Z`), iso: i.snapshot, value: series.value(i) }));
  type Point = (typeof points)[number];
  const defined = points.filter((p) => p.value !== null);
  // Each element of a marker mark carries its point's snapshot (Plot draws one per index, in order).
  const marker = (data: Point[]): Plot.RenderFunction => (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g || g.children.length !== index.length) throw new Error(`trend marker: ${g?.children.length} elements for ${index.length} points`);
    [...g.children].forEach((child, i) => {
      child.setAttribute(MARKER, data[index[i]!]!.iso);
      child.setAttribute('display', 'none');
    });
    return g;
  };
  const value = (anchor: 'start' | 'end', data: Point[]) =>
    Plot.text(data, { x: 'snapshot', y: 'value', text: (p: Point) => series.format(p.value), dy: -10, fontWeight: 'bold', fill: '#111', stroke: 'white', strokeWidth: 3, textAnchor: anchor, ariaHidden: 'true', render: marker(data) });
  // The value sits left of its point when the point is in the right half, so it is never cut off.
  const right = (p: Point) => points.indexOf(p) > points.length / 2;
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
      Plot.dot(defined, { x: 'snapshot', y: 'value', r: 4.5, fill: '#111', ariaHidden: 'true', render: marker(defined) }),
      value('start', defined.filter((p) => !right(p))),
      value('end', defined.filter(right)),
    ],
  });
}
