// What every page's rendering shares: the render context (document, dictionary, formats, region),
// the view summary, a chart section with its summary, exports and data table, and the trends.
import { TRENDS } from '../catalogue.ts';
import { trendChart, type TrendSeries } from '../charts/trend.ts';
import type { Format } from '../format.ts';
import type { KecamatanGeoJson } from '../geo.ts';
import type { Strings } from '../i18n/id.ts';
import type { Indicators } from '../indicators.ts';
import type { Dataset } from '../schema.ts';
import { formatValue, labelWithUnit } from '../units.ts';
import type { View } from '../view.ts';
import { type DrawnSlots, builder } from './dom.ts';
import { dataTable, tableDetails } from './table.ts';

export interface RenderContext {
  document: Document;
  t: Strings;
  f: Format;
  /** Publisher and whether the data are a sample (printed headers, slides). */
  dataset: Pick<Dataset, 'penerbit' | 'contoh'>;
  /** Winding normalized (geo.ts rewind). */
  geojson: KecamatanGeoJson;
  schematic: boolean;
  /** kode_kecamatan → name, for every kecamatan of the region. */
  names: ReadonlyMap<string, string>;
  /** A kecamatan's own page, in the page's language. */
  kecamatanHref: (kode: string) => string;
  /** The slots drawn last in this context, for a next view to reuse (dom.ts renderSlots); none at build. */
  drawn?: DrawnSlots;
}

/** The catalogue's trends (catalogue.ts TRENDS), each written in its unit. */
export function trendSeries(t: Strings, f: Format): TrendSeries[] {
  return TRENDS.map((i) => ({
    key: i.key,
    label: labelWithUnit(i.unit, t.indicators[i.key].label),
    value: (row: Indicators) => row[i.key],
    format: (v: number | null) => formatValue(i.unit, v, f),
  }));
}

export function viewSummary(d: { view: Pick<View, 'snapshot' | 'compare' | 'jenis' | 'status' | 'jalur' | 'kecamatan'> }, c: RenderContext): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const names = <V extends string>(values: readonly V[], label: (v: V) => string) => (values.length === 0 ? t.filters.all : values.map(label).join(', '));
  const parts = [
    `${t.filters.snapshot}: ${f.date(d.view.snapshot)}`,
    d.view.compare ? `${t.filters.compare}: ${f.date(d.view.compare)}` : null,
    `${t.filters.jenis}: ${names(d.view.jenis, (v) => t.values.jenis_koperasi[v])}`,
    `${t.filters.status}: ${names(d.view.status, (v) => t.values.status[v])}`,
    `${t.filters.jalur}: ${names(d.view.jalur, (v) => t.values.jalur[v])}`,
    `${t.filters.kecamatan}: ${names(d.view.kecamatan, (k) => c.names.get(k) ?? k)}`,
  ].filter((p): p is string => p !== null);
  return h('p', { class: 'view-summary' }, [h('strong', {}, [`${t.filters.shown}: `]), parts.join(' · ')]);
}

/** Download buttons of a chart: as SVG or PNG (with title and source), and its data as CSV. */
export function exportBar(c: RenderContext): HTMLElement {
  const h = builder(c.document);
  const t = c.t.exports;
  return h('div', { class: 'exports needs-js', role: 'group', 'aria-label': t.label }, [
    h('button', { type: 'button', 'data-export': 'svg' }, [t.svg]),
    h('button', { type: 'button', 'data-export': 'png' }, [t.png]),
    h('button', { type: 'button', 'data-export': 'csv' }, [t.csv]),
  ]);
}

export function section(c: RenderContext, chart: Element, summary: string, table: HTMLElement, extra: (Element | null)[] = []): HTMLElement {
  const h = builder(c.document);
  return h('figure', { class: 'chart' }, [
    h('div', { class: 'chart-svg' }, [chart]),
    ...extra,
    h('figcaption', { class: 'summary' }, [summary]),
    exportBar(c),
    tableDetails(c.document, c.t.charts.table, table),
  ]);
}

/**
 * Small multiples of the headline indicators over all snapshots, for the region or one kecamatan,
 * with no snapshot marked yet (`markCurrent`, charts/trend.ts, marks one).
 */
export function trendSection(trend: readonly Indicators[], c: RenderContext, keys?: readonly string[]): HTMLElement {
  const { t, f } = c;
  const h = builder(c.document);
  const series = trendSeries(t, f).filter((s) => !keys || keys.includes(s.key));
  const first = trend[0]!;
  const last = trend.at(-1)!;
  const charts = h('div', { class: 'trend-grid' }, series.map((s) =>
    h('div', { class: 'trend' }, [h('h3', {}, [s.label]), trendChart(trend, s, { document: c.document, f })]),
  ));
  const summary = t.summary.trend(
    f.date(first.snapshot),
    f.date(last.snapshot),
    series.slice(0, 4).map((s) => t.summary.trendChange(s.label, s.format(s.value(first)), s.format(s.value(last)))),
  );
  const table = dataTable(c.document, {
    rows: trend,
    columns: [
      { label: t.charts.snapshot, header: true, value: (i: Indicators) => f.date(i.snapshot) },
      ...series.map((s) => ({ label: s.label, numeric: true, value: (i: Indicators) => s.format(s.value(i)) })),
    ],
  });
  return h('figure', { class: 'chart trends' }, [charts, h('figcaption', { class: 'summary' }, [summary]), exportBar(c), tableDetails(c.document, t.charts.table, table)]);
}
