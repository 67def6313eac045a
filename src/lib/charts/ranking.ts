// Kecamatan ranked by the map's metric (or by its change, in compare mode).
import * as Plot from '@observablehq/plot';
import { marginFor } from './labels.ts';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import type { KecamatanIndicators } from '../indicators.ts';
import { formatMetric, formatMetricChange, metricChange, metricValue } from '../metrics.ts';
import type { MapMetric } from '../catalogue.ts';
import { plainLinks } from './links.ts';

export interface RankingOptions {
  document: Document;
  metric: MapMetric;
  href: (kode: string) => string;
  compared: KecamatanIndicators[] | null;
  width?: number;
}

export interface Ranked {
  row: KecamatanIndicators;
  value: number | null;
  label: string;
}

/** Highest first; kecamatan without a value last, by name. */
export function rank(rows: readonly KecamatanIndicators[], metric: MapMetric, compared: KecamatanIndicators[] | null, f: Format, t: Strings): Ranked[] {
  const before = new Map((compared ?? []).map((r) => [r.kode_kecamatan, r]));
  return rows
    .map((row) => {
      const value = compared ? metricChange(row, before.get(row.kode_kecamatan), metric) : metricValue(row, metric);
      const label =
        metric === 'odoc' && !compared
          ? (row.odoc ?? t.table.none)
          : compared
            ? formatMetricChange(value, metric, f, t)
            : formatMetric(value, metric, f);
      return { row, value, label };
    })
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.row.nama_kecamatan.localeCompare(b.row.nama_kecamatan, 'id'));
}

export function rankingChart(ranked: readonly Ranked[], options: RankingOptions) {
  const { metric, compared } = options;
  const order = ranked.map((r) => r.row.nama_kecamatan);
  const values = ranked.map((r) => r.value ?? 0);
  const diverging = compared !== null;
  return plainLinks(Plot.plot({
    document: options.document,
    width: options.width ?? 420,
    height: 24 + ranked.length * 17,
    marginLeft: marginFor(order, 11),
    marginRight: metric === 'odoc' && !compared ? 8 : 58,
    x: { axis: null, domain: diverging ? [Math.min(0, ...values), Math.max(0, ...values)] : [0, Math.max(1, ...values)] },
    y: { domain: order, label: null, tickSize: 0 },
    style: { fontSize: '11px' },
    marks: [
      Plot.barX(ranked, {
        x: (d: Ranked) => d.value ?? 0,
        y: (d: Ranked) => d.row.nama_kecamatan,
        fill: (d: Ranked) => (diverging ? ((d.value ?? 0) < 0 ? '#e66101' : '#5e3c99') : '#2171b5'),
        title: (d: Ranked) => `${d.row.nama_kecamatan}: ${d.label}`,
        href: (d: Ranked) => options.href(d.row.kode_kecamatan),
        ariaLabel: (d: Ranked) => `${d.row.nama_kecamatan}: ${d.label}`,
      }),
      Plot.ruleX([0], { stroke: '#555', ariaHidden: 'true' }),
      Plot.text(ranked, {
        x: (d: Ranked) => (metric === 'odoc' && !compared ? 0 : Math.max(0, d.value ?? 0)),
        y: (d: Ranked) => d.row.nama_kecamatan,
        text: (d: Ranked) => (metric === 'odoc' && !compared ? (d.row.odoc ? `★ ${d.label}` : d.label) : d.label),
        textAnchor: 'start',
        dx: 4,
        fill: (d: Ranked) => (metric === 'odoc' && !compared && d.row.odoc ? 'white' : '#111'),
        lineWidth: 30,
      }),
    ],
  }));
}
