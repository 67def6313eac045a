// reference/kecamatan.geojson must be WGS84 longitude/latitude degrees (data contract 1.1, "Input
// tolerance"): a projected or swapped file, a foreign crs, a broken ring or boundaries of another
// region are each reported in one line per feature (or one for the file) that says the fix.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problem.ts';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { FIXTURES, KECIL, overlayFolder } from '../helpers/folders.ts';

const PETA = join(FIXTURES, 'peta');
const G = 'reference/kecamatan.geojson';
const FIX = 'ekspor ulang sebagai EPSG:4326 (WGS84 derajat), mis. di QGIS: Export → Save Features As…, CRS EPSG:4326';
const METER = `di luar ±180/±90 derajat — berkas tampaknya dalam meter (sistem koordinat proyeksi, mis. UTM zona 48S); ${FIX}`;
const SWAPPED = `di luar ±180/±90 derajat — lintang dan bujur tampaknya tertukar (GeoJSON menulis [bujur, lintang]); ${FIX}`;
const UTM_CRS = `(UTM zona 48S, dalam meter) bukan WGS84 bujur/lintang derajat; ${FIX}`;
const outside = (count: number, total: number, examples: string) =>
  `${count} dari ${total} titik desa di reference/desa.csv tidak berada di dalam batas kecamatan mana pun (mis. ${examples}); ` +
  `batas ini tampaknya milik wilayah lain atau bukan WGS84 derajat: ${FIX}. Bila batasnya benar, perbaiki lat/lon desa tersebut di reference/desa.csv`;

// Each case: tests/fixtures/peta/<case>/reference/kecamatan.geojson laid over tests/fixtures/kecil/
// (see tests/fixtures/peta/README.md for how each was made), and every line it must give, exactly.
const CASES: Record<string, string[]> = {
  // A Kemendagri download names the code KODE_KEC: one line, not one per feature and kecamatan.
  'properti-lain': [
    `${G}:1:0: tidak ada fitur yang punya properties.kode_kecamatan (properti yang ada: KODE_KEC, sumber); ganti nama properti kode kecamatan menjadi kode_kecamatan, berisi kode Kemendagri NN.NN.NN`,
  ],
  'utm-48s': [
    `${G}:2:0: fitur ke-1 (99.01.01): koordinat [748905.64, 9297564.67] ${METER}`,
    `${G}:3:0: fitur ke-2 (99.01.02): koordinat [760023.9, 9308578.99] ${METER}`,
    `${G}:4:0: fitur ke-3 (99.01.03): koordinat [770990.52, 9286399.88] ${METER}`,
  ],
  'qgis-utm-48s': [
    `${G}:1:0: crs "urn:ogc:def:crs:EPSG::32748" ${UTM_CRS}`,
    `${G}:2:0: fitur ke-1 (99.01.01): koordinat [748905.64, 9297564.67] ${METER}`,
    `${G}:3:0: fitur ke-2 (99.01.02): koordinat [760023.9, 9308578.99] ${METER}`,
    `${G}:4:0: fitur ke-3 (99.01.03): koordinat [770990.52, 9286399.88] ${METER}`,
  ],
  'lintang-bujur-tertukar': [
    `${G}:2:0: fitur ke-1 (99.01.01): koordinat [-6.35, 107.25] ${SWAPPED}`,
    `${G}:3:0: fitur ke-2 (99.01.02): koordinat [-6.25, 107.35] ${SWAPPED}`,
    `${G}:4:0: fitur ke-3 (99.01.03): koordinat [-6.45, 107.45] ${SWAPPED}`,
  ],
  'crs-lain': [`${G}:1:0: crs "EPSG:32748" ${UTM_CRS}`],
  'wilayah-lain': [
    `${G}:1:0: ${outside(6, 6, '99.01.01.1001 "Pasar" di lat -6.3, lon 107.3; 99.01.01.1002 "Alun-Alun" di lat -6.31, lon 107.31; 99.01.01.2003 "Cikopi" di lat -6.32, lon 107.29')}`,
  ],
  'sebagian-di-luar': [`${G}:1:0: ${outside(1, 6, '99.01.03.2001 "Tanjungsari" di lat -6.4, lon 107.5')}`],
  'cincin-rusak': [
    `${G}:3:0: fitur ke-2 (99.01.02): geometri Polygon tidak sah: cincin ke-1 hanya berisi 3 posisi (minimal 4, posisi pertama diulang di akhir); perbaiki, atau ${FIX}`,
    `${G}:4:0: fitur ke-3 (99.01.03): geometri Polygon tidak sah: posisi ke-3 cincin ke-1 ["107.55",-6.35] bukan [bujur, lintang] berupa angka; perbaiki, atau ${FIX}`,
  ],
  'angka-tak-hingga': [`${G}:2:0: fitur ke-1 (99.01.01): koordinat [Infinity, -6.35] bukan angka terhingga (nilai di berkas terlalu besar); ${FIX}`],
};

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const lines = async (files: Map<string, Uint8Array>, name = 'kecil') => (await validateFolder(name, files)).problems.map(formatProblem);

/** tests/fixtures/kecil with its kecamatan.geojson text changed by `edit`. */
async function kecilWithGeoJson(edit: (text: string) => string): Promise<Map<string, Uint8Array>> {
  const files = await readFolder(KECIL);
  files.set(G, encode(edit(decode(files.get(G)!))));
  return files;
}

/** Sets a desa's lat/lon in a folder's desa.csv (empty strings blank them). */
function moveDesa(files: Map<string, Uint8Array>, kode: string, lat: string, lon: string): void {
  const path = 'reference/desa.csv';
  const rows = decode(files.get(path)!).split('\n').map((row) => (row.startsWith(`${kode},`) ? [...row.split(',').slice(0, 4), lat, lon].join(',') : row));
  files.set(path, encode(rows.join('\n')));
}

/** The kecil boundaries with feature `code`'s geometry replaced. */
const withGeometry = (code: string, geometry: object) =>
  kecilWithGeoJson((text) => {
    const json = JSON.parse(text) as { features: { properties: { kode_kecamatan: string }; geometry: object }[] };
    for (const f of json.features) if (f.properties.kode_kecamatan === code) f.geometry = geometry;
    return JSON.stringify(json);
  });

describe('kecamatan.geojson in WGS84 degrees', () => {
  it('has an expectation for every fixture', async () => {
    expect((await readdir(PETA)).filter((name) => name !== 'README.md').sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name} at the exact line, with the fix`, async () => {
      const result = await validateFolder(name, await overlayFolder(KECIL, join(PETA, name)));
      expect(result.data).toBeNull();
      expect(result.problems.map(formatProblem)).toEqual(expected.map((line) => `${name}/${line}`));
    });
  }

  it('accepts every name of WGS84 longitude/latitude as crs, in any case', async () => {
    const names = [
      'urn:ogc:def:crs:OGC:1.3:CRS84',
      'urn:ogc:def:crs:OGC::CRS84',
      'EPSG:4326',
      'urn:ogc:def:crs:EPSG::4326',
      'urn:ogc:def:crs:EPSG:4326',
      'URN:OGC:DEF:CRS:OGC:1.3:crs84',
      'epsg:4326',
    ];
    for (const name of names) {
      const crs = `"crs":{"type":"name","properties":{"name":"${name}"}},`;
      const files = await kecilWithGeoJson((text) => text.replace('{"type":"FeatureCollection",', `{"type":"FeatureCollection",${crs}`));
      expect(await lines(files), name).toEqual([]);
    }
  });

  it('counts a desa point on a boundary, at a corner or a rounding away from it as inside', async () => {
    const files = await readFolder(KECIL);
    moveDesa(files, '99.01.01.1001', '-6.25', '107.35'); // the corner 99.01.01 and 99.01.02 share
    moveDesa(files, '99.01.01.1002', '-6.30', '107.25'); // on the region's western edge
    moveDesa(files, '99.01.01.2003', '-6.35', '107.24995'); // half a 4th decimal west of a corner
    expect(await lines(files)).toEqual([]);
  });

  it('reports a desa point farther than 0.0001° outside, and counts only desa with lat and lon', async () => {
    const files = await readFolder(KECIL);
    moveDesa(files, '99.01.01.2003', '-6.32', '107.2485');
    moveDesa(files, '99.01.02.2002', '', '');
    expect(await lines(files)).toEqual([`kecil/${G}:1:0: ${outside(1, 5, '99.01.01.2003 "Cikopi" di lat -6.32, lon 107.2485')}`]);
  });

  it('counts a point in a hole as outside, and one on the hole edge as inside', async () => {
    const outer = [[107.25, -6.35], [107.35, -6.35], [107.35, -6.25], [107.25, -6.25], [107.25, -6.35]];
    const hole = [[107.295, -6.295], [107.295, -6.31], [107.31, -6.31], [107.31, -6.295], [107.295, -6.295]];
    const files = await withGeometry('99.01.01', { type: 'Polygon', coordinates: [outer, hole] });
    // Pasar (107.30, -6.30) is in the hole; Alun-Alun (107.31, -6.31) is on its corner.
    expect(await lines(files)).toEqual([`kecil/${G}:1:0: ${outside(1, 6, '99.01.01.1001 "Pasar" di lat -6.3, lon 107.3')}`]);
  });

  it('counts a point in any part of a MultiPolygon as inside', async () => {
    const away = [[108, -7], [108.1, -7], [108.1, -6.9], [108, -6.9], [108, -7]];
    const home = [[107.45, -6.45], [107.55, -6.45], [107.55, -6.35], [107.45, -6.35], [107.45, -6.45]];
    const files = await withGeometry('99.01.03', { type: 'MultiPolygon', coordinates: [[away], [home]] });
    expect(await lines(files)).toEqual([]);
  });

  it('reports a broken MultiPolygon part instead of throwing', async () => {
    const files = await withGeometry('99.01.03', { type: 'MultiPolygon', coordinates: [[[[107.45, -6.45], [107.55, -6.45], [107.55, -6.35], [107.45, -6.45]]], 5] });
    expect(await lines(files)).toEqual([
      `kecil/${G}:1:0: fitur ke-3 (99.01.03): geometri MultiPolygon tidak sah: poligon ke-2 bukan larik cincin; perbaiki, atau ${FIX}`,
    ]);
  });
});
