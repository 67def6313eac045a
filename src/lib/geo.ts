// GeoJSON for d3/Plot: outer rings must wind clockwise on the sphere. RFC 7946 files wind the
// other way and would fill the whole globe, so every ring is checked and turned as needed.
import { geoArea, geoBounds } from 'd3-geo';
import type { FeatureCollection, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';

/** reference/kecamatan.geojson as the contract gives it: one feature per kecamatan. */
export type KecamatanGeoJson = FeatureCollection<Polygon | MultiPolygon, { kode_kecamatan: string; sumber: string }>;

function rewindRing(ring: Position[], outer: boolean): Position[] {
  // A ring whose area is more than a hemisphere winds the wrong way for what it should be.
  const area = geoArea({ type: 'Polygon', coordinates: [ring] });
  const inverted = area > 2 * Math.PI;
  return inverted === outer ? [...ring].reverse() : ring;
}

function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => rewindRing(ring, i === 0));
}

export function rewind(geojson: KecamatanGeoJson): KecamatanGeoJson {
  return {
    ...geojson,
    features: geojson.features.map((feature) => ({
      ...feature,
      geometry:
        feature.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: rewindPolygon(feature.geometry.coordinates) }
          : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map(rewindPolygon) },
    })),
  };
}

/** Whether any boundary is the generated schematic one. */
export function isSchematic(geojson: KecamatanGeoJson): boolean {
  return geojson.features.some((f) => f.properties.sumber === 'skematis');
}

// A region's shapes do not change while its pages are drawn: what maps derive from them is
// derived once per GeoJSON object (a page redraws its map on every change of view).
const corners = new WeakMap<KecamatanGeoJson, MultiPoint>();
const areas = new WeakMap<KecamatanGeoJson, number[]>();

/**
 * The corners of the region's bounding box (longitude/latitude, degrees), as a projection's
 * domain: a Mercator map fitted to them has the frame it has fitted to every shape (its extent is
 * that of its corners), at a cost that does not grow with the region.
 */
export function extent(geojson: KecamatanGeoJson): MultiPoint {
  let outline = corners.get(geojson);
  if (!outline) corners.set(geojson, (outline = { type: 'MultiPoint', coordinates: geoBounds(geojson) }));
  return outline;
}

/** Each feature's area on the sphere (steradians), in the features' order. */
export function featureAreas(geojson: KecamatanGeoJson): readonly number[] {
  let list = areas.get(geojson);
  if (!list) areas.set(geojson, (list = geojson.features.map((f) => geoArea(f))));
  return list;
}
