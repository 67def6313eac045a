// Mentoring by jalur over time: active cooperatives mentored through the Dinas, the camat and PKK.
import * as Plot from '@observablehq/plot';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import { type Indicators, mentoringByJalur } from '../indicators.ts';
import { ENUMS } from '../enums.ts';

// Okabe–Ito: told apart with every common colour-vision deficiency.
export const JALUR_COLORS = ['#0072b2', '#e69f00', '#009e73'];

export function mentoringChart(trend: readonly Indicators[], options: { document: Document; t: Strings; f: Format; current: string; width?: number }) {
  const { t, f } = options;
  const rows = trend.flatMap((i) => mentoringByJalur(i).map(({ jalur, n }) => ({ snapshot: i.snapshot, jalur: t.values.jalur[jalur], n })));
  type Row = (typeof rows)[number];
  return Plot.plot({
    document: options.document,
    width: options.width ?? 420,
    height: 220,
    marginBottom: 40,
    marginLeft: 44,
    x: { label: null, tickFormat: (d: string) => f.monthShort(d), tickRotate: -45, domain: trend.map((i) => i.snapshot) },
    y: { label: t.charts.mentored, grid: true },
    color: { domain: ENUMS.jalur_pendampingan.map((j) => t.values.jalur[j]), range: JALUR_COLORS, legend: true },
    style: { fontSize: '10px' },
    marks: [
      Plot.barY(rows, Plot.stackY({ x: 'snapshot', y: 'n', fill: 'jalur', title: (d: Row) => `${f.date(d.snapshot)} · ${d.jalur}: ${f.number(d.n)}` })),
      Plot.ruleY([0], { ariaHidden: 'true' }),
      Plot.ruleX([options.current], { stroke: '#111', strokeDasharray: '2,2', insetTop: -4, ariaHidden: 'true' }),
    ],
  });
}
