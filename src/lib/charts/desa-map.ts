// The desa/kelurahan of one kecamatan as points inside its boundary, marked by whether they have
// a Koperasi Merah Putih and whether it is active. Shape and colour both carry it.
import * as Plot from '@observablehq/plot';
import type { Strings } from '../i18n/id.ts';
import type { DesaItem } from '../profile.ts';
import type { KecamatanGeoJson } from '../geo.ts';

export const KOPDES_COLORS = ['#08519c', '#e69f00', '#9e9e9e'];

export function kopdesState(d: DesaItem, t: Strings): string {
  return d.status === 'aktif' ? t.profile.kopdesActive : d.status === 'tidak_aktif' ? t.profile.kopdesInactive : t.profile.kopdesNone;
}

export function desaMap(desa: readonly DesaItem[], boundary: KecamatanGeoJson['features'], options: { document: Document; t: Strings; width?: number }) {
  const { t } = options;
  const located = desa.filter((d) => d.lat !== null && d.lon !== null);
  const domain = [t.profile.kopdesActive, t.profile.kopdesInactive, t.profile.kopdesNone];
  return Plot.plot({
    document: options.document,
    width: options.width ?? 380,
    projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: boundary } },
    color: { domain, range: KOPDES_COLORS, legend: true },
    symbol: { domain, range: ['circle', 'triangle', 'times'] },
    style: { fontSize: '10px' },
    marks: [
      Plot.geo(boundary, { fill: '#f2f2f2', stroke: '#888', ariaHidden: 'true' }),
      Plot.dot(located, {
        x: 'lon',
        y: 'lat',
        r: 6,
        fill: (d: DesaItem) => kopdesState(d, t),
        symbol: (d: DesaItem) => kopdesState(d, t),
        stroke: 'white',
        title: (d: DesaItem) => `${d.nama_desa}: ${kopdesState(d, t)}`,
      }),
      Plot.text(located, { x: 'lon', y: 'lat', text: 'nama_desa', dy: -11, fontSize: 9, fill: '#111', stroke: 'white', strokeWidth: 2.5 }),
    ],
  });
}
