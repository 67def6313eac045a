// Where a kecamatan lies in the region: every kecamatan in grey, this one in colour, named.
import * as Plot from '@observablehq/plot';
import type { KecamatanGeoJson } from '../validate.ts';

export function locatorMap(geojson: KecamatanGeoJson, kode: string, name: string, options: { document: Document; width?: number }) {
  const mine = geojson.features.filter((f) => f.properties.kode_kecamatan === kode);
  return Plot.plot({
    document: options.document,
    width: options.width ?? 240,
    projection: { type: 'mercator', domain: geojson },
    ariaLabel: name,
    marks: [
      Plot.geo(geojson, { fill: '#e3e3e3', stroke: 'white', strokeWidth: 0.5 }),
      Plot.geo(mine, { fill: '#08519c', stroke: '#08519c' }),
      Plot.text(mine, Plot.centroid({ text: () => name, fontSize: 11, fontWeight: 'bold', fill: '#111', stroke: 'white', strokeWidth: 3, dy: -14 })),
    ],
  });
}
