// The desa/kelurahan of one kecamatan as points inside its boundary, marked by whether they have
// a Koperasi Merah Putih and whether it is active. Shape and colour both carry it.
import * as Plot from '@observablehq/plot';
import type { Strings } from '../i18n/id.ts';
import type { DesaItem } from '../profile.ts';
import type { KecamatanGeoJson } from '../geo.ts';
import { finishLabels, labelStyle, mapSvg } from './labels.ts';

export const KOPDES_COLORS = ['#08519c', '#e69f00', '#9e9e9e'];

export function kopdesState(d: DesaItem, t: Strings): string {
  return d.status === 'aktif' ? t.profile.kopdesActive : d.status === 'tidak_aktif' ? t.profile.kopdesInactive : t.profile.kopdesNone;
}

/** Dot radius, in the map's units. */
const R = 6;

export function desaMap(desa: readonly DesaItem[], boundary: KecamatanGeoJson['features'], options: { document: Document; t: Strings; width?: number }) {
  const { t } = options;
  const located = desa.filter((d) => d.lat !== null && d.lon !== null);
  const domain = [t.profile.kopdesActive, t.profile.kopdesInactive, t.profile.kopdesNone];
  // A label sits above its dot.
  const lift = (size: number) => R + size * 0.6;
  const figure = Plot.plot({
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
        r: R,
        fill: (d: DesaItem) => kopdesState(d, t),
        symbol: (d: DesaItem) => kopdesState(d, t),
        stroke: 'white',
        title: (d: DesaItem) => `${d.nama_desa}: ${kopdesState(d, t)}`,
      }),
      Plot.text(located, { x: 'lon', y: 'lat', text: 'nama_desa', dy: -lift(9), ...labelStyle('page', 9) }),
      Plot.text(located, { x: 'lon', y: 'lat', text: 'nama_desa', ...labelStyle('slide') }),
    ],
  }) as HTMLElement | SVGSVGElement;
  // Every desa is as important as the next: named in the table's order.
  finishLabels(mapSvg(figure), located.map((_, i) => i), lift);
  return figure;
}
