// reference/kecamatan.geojson: one feature per kecamatan of kecamatan.csv, with its source.
import type { KecamatanGeoJson } from '../geo.ts';
import type { DesaRow } from '../schema.ts';
import { parseJson } from './json.ts';
import { type Report, lineAt } from './report.ts';

/** The boundaries, or null after reporting every problem (codes: kecamatan.csv's, null when unusable). */
export function validateGeoJson(bytes: Uint8Array, report: Report, codes: Set<string> | null, _desa: readonly DesaRow[] | null): KecamatanGeoJson | null {
  const json = parseJson(bytes, report);
  if (!json) return null;
  const value = json.value as { type?: unknown; features?: unknown };
  if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    report.add(1, 0, 'bukan GeoJSON FeatureCollection');
    return null;
  }
  let ok = true;
  const seen = new Set<string>();
  value.features.forEach((feature: { geometry?: { type?: string }; properties?: Record<string, unknown> }, i) => {
    const code = feature?.properties?.kode_kecamatan;
    const line = typeof code === 'string' ? lineAt(json.text, json.text.indexOf(`"${code}"`)) : 1;
    const fail = (message: string) => {
      ok = false;
      report.add(line, 0, `fitur ke-${i + 1}: ${message}`);
    };
    if (typeof code !== 'string') return fail('properties.kode_kecamatan tidak ada');
    if (codes && !codes.has(code)) fail(`kode_kecamatan "${code}" tidak ada di reference/kecamatan.csv`);
    if (seen.has(code)) fail(`kode_kecamatan "${code}" muncul lebih dari sekali`);
    seen.add(code);
    if (typeof feature.properties?.sumber !== 'string' || feature.properties.sumber === '')
      fail(`properties.sumber tidak ada (isi "skematis" atau nama sumber resmi)`);
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') fail(`geometri "${type}" bukan Polygon atau MultiPolygon`);
  });
  for (const code of codes ?? []) {
    if (!seen.has(code)) {
      ok = false;
      report.add(1, 0, `tidak ada fitur untuk kecamatan "${code}"`);
    }
  }
  return ok ? (value as KecamatanGeoJson) : null;
}
