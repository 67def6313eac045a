// A choropleth of the region's kecamatan: every shape named, titled (tooltip), linked to its
// kecamatan page, and labelled on the map. The coverage map and the activity map fill it.
import * as Plot from '@observablehq/plot';
import { geoArea } from 'd3-geo';
import type { KecamatanGeoJson } from '../geo.ts';
import { LABEL_SIZES, type LabelLayer, placeLabels } from './labels.ts';
import { plainLinks } from './links.ts';

export type Feature = KecamatanGeoJson['features'][number];

export const MAP_WIDTH = 380;

export interface ChoroplethOptions {
  document: Document;
  /** Winding already normalized (see geo.ts). */
  geojson: KecamatanGeoJson;
  /** kode_kecamatan → name, for every kecamatan of the region. */
  names: ReadonlyMap<string, string>;
  href: (kode: string) => string;
  /** A kecamatan's fill value; undefined leaves it out of the view (blank). */
  fill: (kode: string) => number | string | null | undefined;
  title: (kode: string, name: string) => string;
  color: Plot.ScaleOptions;
  /** Extra marks drawn above the shapes. */
  marks?: Plot.Markish[];
  /** Written before a kecamatan's name in its label (e.g. ★ for an ODOC flagship), so that the two never collide. */
  labelPrefix?: (kode: string) => string;
  width?: number;
}

export function choropleth(o: ChoroplethOptions): HTMLElement | SVGSVGElement {
  const code = (d: Feature) => d.properties.kode_kecamatan;
  const name = (d: Feature) => o.names.get(code(d)) ?? code(d);
  const title = (d: Feature) => o.title(code(d), name(d));
  const figure = Plot.plot({
    document: o.document,
    width: o.width ?? MAP_WIDTH,
    projection: { type: 'mercator', domain: o.geojson },
    color: o.color,
    style: { fontSize: '9px' },
    marks: [
      Plot.geo(o.geojson.features, {
        fill: (d: Feature) => o.fill(code(d)),
        stroke: 'white',
        strokeWidth: 0.75,
        title,
        ariaLabel: title,
        href: (d: Feature) => o.href(code(d)),
      }),
      ...(o.marks ?? []),
      ...(Object.entries(LABEL_SIZES) as [LabelLayer, number][]).map(([layer, size]) =>
        Plot.text(o.geojson.features, Plot.centroid({ text: (d: Feature) => `${o.labelPrefix?.(code(d)) ?? ''}${name(d)}`, fontSize: size, fill: '#111', stroke: 'white', strokeWidth: size / 3, ariaHidden: 'true', className: `labels-${layer}` })),
      ),
    ],
  }) as HTMLElement | SVGSVGElement;
  // The largest kecamatan are named first.
  const areas = o.geojson.features.map((f) => geoArea(f));
  const priority = areas.map((_, i) => i).sort((a, b) => areas[b]! - areas[a]!);
  // The map is the figure's own last svg (a swatch legend before it holds small svgs of its own).
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : [...figure.children].filter((e) => e.tagName.toLowerCase() === 'svg').at(-1)!;
  const width = Number(svg.getAttribute('width'));
  for (const [layer, size] of Object.entries(LABEL_SIZES)) {
    placeLabels([...svg.querySelectorAll<SVGTextElement>(`.labels-${layer} text`)], size, width, priority);
  }
  // Hidden where no stylesheet says otherwise (exported SVG and PNG, link previews); a slide shows it (site.css).
  svg.querySelector('.labels-slide')?.setAttribute('display', 'none');
  return plainLinks(figure);
}
