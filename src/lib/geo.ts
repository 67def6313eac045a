// GeoJSON for d3/Plot: outer rings must wind clockwise on the sphere. RFC 7946 files wind the
// other way and would fill the whole globe, so every ring is checked and turned as needed.
import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

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
