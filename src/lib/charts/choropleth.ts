// A choropleth of the region's kecamatan: every shape named, titled (tooltip), linked to its
// kecamatan page, and labelled on the map. The coverage map and the activity map fill it.
import * as Plot from '@observablehq/plot';
import { type KecamatanGeoJson, extent, featureAreas } from '../geo.ts';
import { LABEL_SIZES, type LabelLayer, finishLabels, labelStyle, mapSvg } from './labels.ts';
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
    projection: { type: 'mercator', domain: extent(o.geojson) },
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
      ...(Object.keys(LABEL_SIZES) as LabelLayer[]).map((layer) =>
        Plot.text(o.geojson.features, Plot.centroid({ text: (d: Feature) => `${o.labelPrefix?.(code(d)) ?? ''}${name(d)}`, ...labelStyle(layer) })),
      ),
    ],
  }) as HTMLElement | SVGSVGElement;
  // The largest kecamatan are named first.
  const areas = featureAreas(o.geojson);
  const priority = areas.map((_, i) => i).sort((a, b) => areas[b]! - areas[a]!);
  finishLabels(mapSvg(figure), priority);
  return plainLinks(figure);
}
