// Where a kecamatan lies in the region, in two layers drawn with the same projection: the region
// (every kecamatan in grey) once per site as a file, and on each kecamatan's page only its own
// shape and name on top. A page then carries one shape, not the whole region's, whatever its size.
import * as Plot from '@observablehq/plot';
import { type KecamatanGeoJson, extent } from '../geo.ts';

interface LocatorOptions {
  document: Document;
  width?: number;
}

export const LOCATOR_WIDTH = 240;


const frame = (geojson: KecamatanGeoJson, o: LocatorOptions) => ({
  document: o.document,
  width: o.width ?? LOCATOR_WIDTH,
  projection: { type: 'mercator', domain: extent(geojson) } as const,
});

/** The region, every kecamatan in grey: the bottom layer. */
export function regionMap(geojson: KecamatanGeoJson, o: LocatorOptions) {
  const svg = Plot.plot({ ...frame(geojson, o), marks: [Plot.geo(geojson, { fill: '#e3e3e3', stroke: 'white', strokeWidth: 0.5 })] });
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return svg;
}

/** One kecamatan in colour, named: the top layer, transparent elsewhere. */
export function locatorOverlay(geojson: KecamatanGeoJson, kode: string, name: string, o: LocatorOptions) {
  const mine = geojson.features.filter((f) => f.properties.kode_kecamatan === kode);
  return Plot.plot({
    ...frame(geojson, o),
    ariaLabel: name,
    marks: [
      Plot.geo(mine, { fill: '#08519c', stroke: '#08519c', ariaHidden: 'true' }),
      Plot.text(mine, Plot.centroid({ text: () => name, fontSize: 11, fontWeight: 'bold', fill: '#111', stroke: 'white', strokeWidth: 3, dy: -14 })),
    ],
  });
}
