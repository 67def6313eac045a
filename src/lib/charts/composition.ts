// Cooperatives of one snapshot by jenis and status: one bar per jenis, split active / inactive.
import * as Plot from '@observablehq/plot';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import type { Composition } from '../indicators.ts';
import { ENUMS } from '../enums.ts';
import { marginFor } from './labels.ts';

export const STATUS_COLORS = ['#0072b2', '#b9b9b9'];

export function compositionChart(rows: readonly Composition[], options: { document: Document; t: Strings; f: Format; width?: number }) {
  const { t, f } = options;
  const jenis = (d: Composition) => t.values.jenis_koperasi[d.jenis_koperasi];
  const status = (d: Composition) => t.values.status[d.status];
  const totals = new Map<string, number>();
  for (const d of rows) totals.set(d.jenis_koperasi, (totals.get(d.jenis_koperasi) ?? 0) + d.n);
  return Plot.plot({
    document: options.document,
    width: options.width ?? 420,
    height: 40 + ENUMS.jenis_koperasi.length * 30,
    marginLeft: marginFor(ENUMS.jenis_koperasi.map((j) => t.values.jenis_koperasi[j]), 11),
    marginRight: 16,
    x: { label: t.charts.count, grid: true },
    y: { domain: ENUMS.jenis_koperasi.map((j) => t.values.jenis_koperasi[j]), label: null, tickSize: 0 },
    color: { domain: ENUMS.status.map((s) => t.values.status[s]), range: STATUS_COLORS, legend: true },
    style: { fontSize: '11px' },
    marks: [
      Plot.barX(rows, Plot.stackX({ x: 'n', y: jenis, fill: status, title: (d: Composition) => `${jenis(d)}, ${status(d)}: ${f.number(d.n)}` })),
      Plot.text(
        // Only segments wide enough to hold their number are labelled; the table has them all.
        rows.filter((d) => d.n > 0 && d.n >= 0.07 * Math.max(...totals.values())),
        Plot.stackX({ x: 'n', y: jenis, text: (d: Composition) => f.number(d.n), fill: (d: Composition) => (d.status === 'aktif' ? 'white' : '#111'), z: status }),
      ),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  });
}
