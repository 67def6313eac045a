// reference/kecamatan.geojson: one feature per kecamatan of kecamatan.csv, with its source, in
// WGS84 longitude/latitude degrees (contract 1.1, "Input tolerance"): a foreign crs, a position
// outside ±180/±90 (a projected file in metres, latitude and longitude swapped) or boundaries that
// do not contain desa.csv's points (another region) are errors that say how to re-export.
import { polygonContains } from 'd3-polygon';
import type { KecamatanGeoJson } from '../geo.ts';
import type { DesaRow } from '../schema.ts';
import { lineOfKey, parseJson } from './json.ts';
import { type Report, lineAt, quote } from './report.ts';

/** How to fix every coordinate problem: QGIS is what the Dinas has, and exports UTM by default. */
const FIX = 'ekspor ulang sebagai EPSG:4326 (WGS84 derajat), mis. di QGIS: Export → Save Features As…, CRS EPSG:4326';

/** crs names (GeoJSON 2008) that mean WGS84 longitude/latitude, lower-cased. */
const WGS84_NAMES = new Set([
  'urn:ogc:def:crs:ogc:1.3:crs84',
  'urn:ogc:def:crs:ogc::crs84',
  'epsg:4326',
  'urn:ogc:def:crs:epsg::4326',
  'urn:ogc:def:crs:epsg:4326',
]);

/**
 * How far outside a boundary (in degrees, planar) a desa point still counts as on it: one unit
 * of the 4th decimal, ~11 m. The generated schematic boundaries are rounded to 4 decimals and
 * their outline passes through the outermost desa points (a concave hull of them), so those
 * points lie on the boundary give or take that rounding (up to 0.00007°); a wrong region or a
 * wrong CRS puts points kilometres away.
 */
const BOUNDARY_TOLERANCE = 1e-4;

type Point = [number, number];
/** One polygon: outer ring first, then holes; with its bounding box widened by the tolerance. */
interface Part {
  rings: Point[][];
  box: [number, number, number, number];
}

/** The problem with a top-level crs member, or null when it is absent or WGS84 lon/lat. */
function crsProblem(crs: unknown): string | null {
  if (crs === undefined || crs === null) return null;
  const { type, properties } = (typeof crs === 'object' ? crs : {}) as { type?: unknown; properties?: { name?: unknown; code?: unknown } };
  // A bare string is not GeoJSON 2008, but it can only be meant as the name.
  const name = typeof crs === 'string' ? crs : type === 'name' && typeof properties?.name === 'string' ? properties.name : null;
  if (name !== null && WGS84_NAMES.has(name.trim().toLowerCase())) return null;
  // The 2008 draft's other form, {"type": "EPSG", "properties": {"code": 4326}}.
  if (type === 'EPSG' && String(properties?.code) === '4326') return null;
  const utm = name === null ? null : /EPSG:+(32[67])(\d\d)$/i.exec(name.trim());
  const zone = utm ? ` (UTM zona ${Number(utm[2])}${utm[1] === '327' ? 'S' : 'N'}, dalam meter)` : '';
  return `crs ${quote(name ?? JSON.stringify(crs), 120)}${zone} bukan WGS84 bujur/lintang derajat; ${FIX}`;
}

/** A JSON value as a message shows it: compact, cut when long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The rings of a Polygon or MultiPolygon after shapeProblem found nothing, one entry per polygon. */
function polygonsOf(type: 'Polygon' | 'MultiPolygon', coordinates: unknown): Point[][][] {
  return (type === 'Polygon' ? [coordinates] : coordinates) as Point[][][];
}

/** What is wrong with a geometry's structure (rings of ≥ 4 positions of 2+ numbers), or null. */
function shapeProblem(type: 'Polygon' | 'MultiPolygon', coordinates: unknown): string | null {
  if (!Array.isArray(coordinates)) return `coordinates ${shown(coordinates)} bukan larik`;
  if (coordinates.length === 0) return 'coordinates kosong';
  const polygons: unknown[] = type === 'Polygon' ? [coordinates] : coordinates;
  for (const [p, rings] of polygons.entries()) {
    // A Polygon's own coordinates are its rings (an array, not empty: checked above).
    const where = `poligon ke-${p + 1}`;
    if (!Array.isArray(rings)) return `${where} bukan larik cincin`;
    if (rings.length === 0) return `${where} tidak berisi cincin`;
    for (const [r, ring] of rings.entries()) {
      const name = `${type === 'MultiPolygon' ? `${where}, ` : ''}cincin ke-${r + 1}`;
      if (!Array.isArray(ring)) return `${name} bukan larik posisi`;
      if (ring.length < 4) return `${name} hanya berisi ${ring.length} posisi (minimal 4, posisi pertama diulang di akhir)`;
      for (const [i, position] of ring.entries()) {
        if (!Array.isArray(position) || position.length < 2 || position.some((v) => typeof v !== 'number'))
          return `posisi ke-${i + 1} ${name} ${shown(position)} bukan [bujur, lintang] berupa angka`;
      }
    }
  }
  return null;
}

/** The first position outside WGS84 degrees, with its likely cause, or null. */
function rangeProblem(polygons: Point[][][]): { message: string; kind: string } | null {
  for (const position of polygons.flat(2)) {
    const [x, y] = position;
    const at = `koordinat [${x}, ${y}]`;
    if (!Number.isFinite(x) || !Number.isFinite(y))
      return { message: `${at} bukan angka terhingga (nilai di berkas terlalu besar); ${FIX}`, kind: 'geojson:range:infinite' };
    if (Math.abs(x) <= 180 && Math.abs(y) <= 90) continue;
    const [cause, kind] =
      Math.abs(x) > 180 && Math.abs(y) > 180
        ? ['berkas tampaknya dalam meter (sistem koordinat proyeksi, mis. UTM zona 48S)', 'geojson:range:projected']
        : Math.abs(x) <= 90 && Math.abs(y) <= 180
          ? ['lintang dan bujur tampaknya tertukar (GeoJSON menulis [bujur, lintang])', 'geojson:range:swapped']
          : ['berkas bukan WGS84 derajat', 'geojson:range'];
    return { message: `${at} di luar ±180/±90 derajat — ${cause}; ${FIX}`, kind };
  }
  return null;
}

function partOf(rings: Point[][]): Part {
  const box: Part['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of rings[0]!) {
    box[0] = Math.min(box[0], x - BOUNDARY_TOLERANCE);
    box[1] = Math.min(box[1], y - BOUNDARY_TOLERANCE);
    box[2] = Math.max(box[2], x + BOUNDARY_TOLERANCE);
    box[3] = Math.max(box[3], y + BOUNDARY_TOLERANCE);
  }
  return { rings, box };
}

/** Whether a point lies within the tolerance of a ring's outline. */
function onRing(ring: Point[], [px, py]: Point): boolean {
  const limit = BOUNDARY_TOLERANCE * BOUNDARY_TOLERANCE;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i === 0 ? ring.length - 1 : i - 1]!;
    const [bx, by] = ring[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
    if ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2 <= limit) return true;
  }
  return false;
}

/** Inside the outer ring and in no hole, or on any of the outlines (a shared edge, a corner). */
function inPart({ rings, box }: Part, point: Point): boolean {
  const [x, y] = point;
  if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  const [outer, ...holes] = rings;
  if (polygonContains(outer!, point) && !holes.some((hole) => polygonContains(hole, point))) return true;
  return rings.some((ring) => onRing(ring, point));
}

/** The line for desa points outside every boundary, or null when all are inside. */
function outsideProblem(parts: Map<string, Part[]>, desa: readonly DesaRow[]): string | null {
  const all = [...parts.values()].flat();
  const located = desa.filter((d) => d.lat !== null && d.lon !== null);
  const outside = located.filter((d) => {
    const point: Point = [d.lon!, d.lat!];
    // Its own kecamatan first: at national scale, scanning every boundary for every desa is slow.
    return !(parts.get(d.kode_kecamatan) ?? []).some((p) => inPart(p, point)) && !all.some((p) => inPart(p, point));
  });
  if (outside.length === 0) return null;
  const examples = outside.slice(0, 3).map((d) => `${d.kode_desa} ${quote(d.nama_desa)} di lat ${d.lat}, lon ${d.lon}`);
  return (
    `${outside.length} dari ${located.length} titik desa di reference/desa.csv tidak berada di dalam batas kecamatan mana pun ` +
    `(mis. ${examples.join('; ')}); batas ini tampaknya milik wilayah lain atau bukan WGS84 derajat: ${FIX}. ` +
    'Bila batasnya benar, perbaiki lat/lon desa tersebut di reference/desa.csv'
  );
}

/**
 * The boundaries, or null after reporting every problem (codes: kecamatan.csv's, null when
 * unusable; desa: desa.csv's rows, null when invalid, whose points the boundaries must contain).
 */
export function validateGeoJson(bytes: Uint8Array, report: Report, codes: Set<string> | null, desa: readonly DesaRow[] | null): KecamatanGeoJson | null {
  const json = parseJson(bytes, report);
  if (!json) return null;
  const value = json.value as { type?: unknown; features?: unknown; crs?: unknown };
  if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    report.add(1, 0, 'bukan GeoJSON FeatureCollection');
    return null;
  }
  let ok = true;
  const crs = crsProblem(value.crs);
  if (crs) {
    ok = false;
    report.add(lineOfKey(json.text, 'crs'), 0, crs, 'geojson:crs');
  }
  const seen = new Set<string>();
  const parts = new Map<string, Part[]>();
  // A renamed property (KODE_KEC from a Kemendagri download) is one line, not one per feature and kecamatan.
  const coded = value.features.some((feature: { properties?: Record<string, unknown> } | null) => typeof feature?.properties?.kode_kecamatan === 'string');
  if (!coded && value.features.length > 0) {
    const names = [...new Set(value.features.flatMap((feature: { properties?: Record<string, unknown> } | null) => Object.keys(feature?.properties ?? {})))];
    report.add(1, 0, `tidak ada fitur yang punya properties.kode_kecamatan (properti yang ada: ${names.length > 0 ? names.slice(0, 8).join(', ') : 'tidak ada'}); ganti nama properti kode kecamatan menjadi kode_kecamatan, berisi kode Kemendagri NN.NN.NN`, 'geojson:no-code');
    return null;
  }
  value.features.forEach((feature: { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> } | null, i) => {
    const code = feature?.properties?.kode_kecamatan;
    const line = typeof code === 'string' ? lineAt(json.text, json.text.indexOf(`"${code}"`)) : 1;
    const fail = (message: string, kind: string) => {
      ok = false;
      report.add(line, 0, `fitur ke-${i + 1}: ${message}`, kind);
    };
    // The checks of this contract version name the feature's code too, and a kind of mistake.
    const failAt = (message: string, kind: string) => {
      ok = false;
      report.add(line, 0, `fitur ke-${i + 1}${typeof code === 'string' ? ` (${code})` : ''}: ${message}`, kind);
    };
    if (typeof code !== 'string') fail('properties.kode_kecamatan tidak ada', 'geojson:feature-code');
    else {
      if (codes && !codes.has(code)) fail(`kode_kecamatan "${code}" tidak ada di reference/kecamatan.csv`, 'geojson:unknown-code');
      if (seen.has(code)) fail(`kode_kecamatan "${code}" muncul lebih dari sekali (batas per desa? gabungkan per kecamatan dengan Dissolve di QGIS)`, 'geojson:duplicate');
      seen.add(code);
      if (typeof feature?.properties?.sumber !== 'string' || feature.properties.sumber === '')
        fail(`properties.sumber tidak ada (isi "skematis" atau nama sumber resmi)`, 'geojson:source');
    }
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') return fail(`geometri "${type}" bukan Polygon atau MultiPolygon`, 'geojson:type');
    const coordinates = feature!.geometry!.coordinates;
    const shape = shapeProblem(type, coordinates);
    if (shape) return failAt(`geometri ${type} tidak sah: ${shape}; perbaiki, atau ${FIX}`, 'geojson:geometry');
    const polygons = polygonsOf(type, coordinates);
    const range = rangeProblem(polygons);
    if (range) return failAt(range.message, range.kind);
    if (typeof code === 'string') parts.set(code, [...(parts.get(code) ?? []), ...polygons.map(partOf)]);
  });
  const missing = [...(codes ?? [])].filter((code) => !seen.has(code)).map((code) => `"${code}"`);
  if (missing.length > 0) {
    ok = false;
    const shown = missing.length > 9 ? [...missing.slice(0, 8), `${missing.length - 8} lainnya`] : missing;
    report.add(1, 0, `tidak ada fitur untuk kecamatan ${shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} dan ${shown.at(-1)}`}`, 'geojson:missing');
  }
  // Only boundaries with nothing else wrong: a missing feature or a bad coordinate would leave
  // desa points outside too, and say so better.
  if (ok && desa) {
    const outside = outsideProblem(parts, desa);
    if (outside) {
      ok = false;
      report.add(1, 0, outside, 'geojson:outside');
    }
  }
  return ok ? (value as KecamatanGeoJson) : null;
}
