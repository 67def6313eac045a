// The coverage map: a choropleth of the kecamatan, one metric at a time, or the change of that
// metric between two snapshots. Colour never carries meaning alone: every kecamatan has its name,
// a tooltip, a link to its row in the table, and ODOC flagships get a star.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import type { KecamatanIndicators } from '../indicators.ts';
import { formatMetric, formatMetricChange, isPercent, metricChange, metricValue } from '../metrics.ts';
import type { KecamatanGeoJson } from '../validate.ts';
import type { MapMetric } from '../view.ts';

export interface MapOptions {
  document: Document;
  t: Strings;
  f: Format;
  metric: MapMetric;
  /** The same kecamatan at the compared snapshot: the map shows the change. */
  compared: KecamatanIndicators[] | null;
  /** Winding already normalized (see geo.ts). */
  geojson: KecamatanGeoJson;
  /** kode_kecamatan → name, from reference/kecamatan.csv (the map labels every kecamatan). */
  names: ReadonlyMap<string, string>;
  href: (kode: string) => string;
  width?: number;
}

export const MAP_WIDTH = 380;
const NO_DATA = '#d4d4d4';
const XLINK = 'http://www.w3.org/1999/xlink';
const OUTSIDE = '#f2f2f2';

/** Thresholds that split 0…max into about four nice classes. */
function countThresholds(max: number): number[] {
  const steps = ticks(0, Math.max(max, 4), 4).filter((x) => x > 0 && Number.isInteger(x));
  return steps.length > 0 ? steps : [1];
}

function symmetricThresholds(maxAbs: number, percent: boolean): number[] {
  if (percent) return [-10, -5, -1, 1, 5, 10];
  const steps = countThresholds(maxAbs);
  return [...steps.map((s) => -s).reverse(), ...steps];
}

type Feature = KecamatanGeoJson['features'][number];

export function coverageMap(rows: readonly KecamatanIndicators[], options: MapOptions): HTMLElement | SVGSVGElement {
  const { t, f, metric, compared, geojson, document } = options;
  const byCode = new Map(rows.map((r) => [r.kode_kecamatan, r]));
  const before = new Map((compared ?? []).map((r) => [r.kode_kecamatan, r]));
  const row = (d: Feature) => byCode.get(d.properties.kode_kecamatan);
  const label = compared ? t.map.change(t.map.metrics[metric]) : t.map.metrics[metric];

  let color: Plot.ScaleOptions;
  let value: (d: Feature) => number | string | null;
  let text: (d: Feature) => string;
  if (metric === 'odoc') {
    const state = (d: Feature): string | null => {
      const now = row(d);
      if (!now) return null;
      if (!compared) return now.odoc ? t.map.odocYes : t.map.odocNo;
      const then = before.get(d.properties.kode_kecamatan);
      if (now.odoc) return then?.odoc ? t.map.odocKept : t.map.odocGained;
      return then?.odoc ? t.map.odocLost : t.map.odocNo;
    };
    value = state;
    const domain = compared ? [t.map.odocGained, t.map.odocKept, t.map.odocLost, t.map.odocNo] : [t.map.odocYes, t.map.odocNo];
    const range = compared ? ['#08519c', '#6baed6', '#e66101', '#f7f7f7'] : ['#08519c', '#f7f7f7'];
    color = { type: 'ordinal', domain, range, legend: true, label, unknown: OUTSIDE };
    text = (d) => state(d) ?? '';
  } else if (compared) {
    const change = (d: Feature) => {
      const now = row(d);
      return now ? metricChange(now, before.get(d.properties.kode_kecamatan), metric) : null;
    };
    value = change;
    const maxAbs = Math.max(0, ...rows.map((r) => Math.abs(metricChange(r, before.get(r.kode_kecamatan), metric) ?? 0)));
    color = { type: 'threshold', domain: symmetricThresholds(maxAbs, isPercent(metric)), scheme: 'puor', legend: true, label, unknown: NO_DATA };
    text = (d) => formatMetricChange(change(d), metric, f, t.figures.points);
  } else {
    value = (d) => {
      const now = row(d);
      return now ? metricValue(now, metric) : null;
    };
    const max = Math.max(0, ...rows.map((r) => metricValue(r, metric) ?? 0));
    const domain = isPercent(metric) ? [20, 40, 60, 80] : countThresholds(max);
    color = { type: 'threshold', domain, scheme: 'blues', legend: true, label, unknown: NO_DATA };
    text = (d) => {
      const now = row(d);
      return now ? formatMetric(metricValue(now, metric), metric, f) : '';
    };
  }

  const name = (d: Feature) => options.names.get(d.properties.kode_kecamatan) ?? d.properties.kode_kecamatan;
  const title = (d: Feature) => {
    const r = row(d);
    if (!r) return name(d);
    const odoc = r.odoc ? ` · ODOC: ${r.odoc}` : '';
    return `${r.nama_kecamatan} — ${label}: ${text(d)}${odoc}`;
  };
  const features = geojson.features;
  const inView = features.filter((d) => byCode.has(d.properties.kode_kecamatan));
  const figure = Plot.plot({
    document,
    width: options.width ?? MAP_WIDTH,
    projection: { type: 'mercator', domain: geojson },
    color,
    style: { fontSize: '9px' },
    marks: [
      Plot.geo(features, {
        fill: (d: Feature) => (byCode.has(d.properties.kode_kecamatan) ? value(d) : undefined),
        stroke: 'white',
        strokeWidth: 0.75,
        title,
        ariaLabel: title,
        href: (d: Feature) => options.href(d.properties.kode_kecamatan),
      }),
      Plot.text(
        metric === 'odoc' ? inView.filter((d) => row(d)?.odoc) : [],
        Plot.centroid({ text: () => '★', fontSize: 14, dy: -9, fill: '#000', stroke: 'white', strokeWidth: 2, ariaHidden: 'true' }),
      ),
      Plot.text(
        features,
        Plot.centroid({
          text: name,
          fontSize: 8,
          fill: '#111',
          stroke: 'white',
          strokeWidth: 2.5,
          ariaHidden: 'true',
        }),
      ),
    ],
  }) as HTMLElement | SVGSVGElement;
  // Plot links a shape with xlink:href and names the shape, not the link. Give every link a plain
  // href (the same in the pre-rendered page and after a redraw, and what CSS selectors match) and
  // its own accessible name, so each kecamatan is one named, focusable link.
  for (const a of Array.from(figure.querySelectorAll('a'))) {
    const href = a.getAttributeNS(XLINK, 'href') ?? a.getAttribute('href');
    a.removeAttributeNS(XLINK, 'href');
    if (href) a.setAttribute('href', href);
    const label = a.firstElementChild?.getAttribute('aria-label');
    if (label) a.setAttribute('aria-label', label);
  }
  return figure;
}
