// npm run build:reference: writes data/reference/{kecamatan,desa,sipd}.csv and kecamatan.geojson
// for Kabupaten Karawang from public sources, reproducibly (same inputs → same bytes).
//   codes, names, desa/kelurahan: idn-area-data (data ODbL 1.0, code MIT)
//   desa coordinates:             geografis (MIT)
//   BPS codes and areas:          BPS, Kabupaten Karawang Dalam Angka 2014 (table below)
//   SIPD nomenclature:            Kepmendagri 050-5889/2021 (urusan 2.17, table below)
// The map is schematic: Voronoi cells of the desa points, merged per kecamatan and clipped to a
// concave hull of the points. Official boundaries from the Pemkab replace the file as they are.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import concaveman from 'concaveman';
import { Delaunay } from 'd3-delaunay';
import { csvFormat, csvParse } from 'd3-dsv';
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';

const REGENCY = '32.15';
const out = process.argv[2] ?? 'data/reference';
const require = createRequire(import.meta.url);

// Kemendagri code → [BPS code, area in ha] (BPS, Kabupaten Karawang Dalam Angka 2014).
const BPS: Record<string, [string, number]> = {
  '32.15.01': ['3215113', 4057], '32.15.02': ['3215010', 9773], '32.15.03': ['3215031', 4430],
  '32.15.04': ['3215020', 11728], '32.15.05': ['3215040', 7273], '32.15.06': ['3215150', 4080],
  '32.15.07': ['3215140', 5222], '32.15.08': ['3215190', 7547], '32.15.09': ['3215180', 10708],
  '32.15.10': ['3215160', 6856], '32.15.11': ['3215170', 11798], '32.15.12': ['3215200', 6781],
  '32.15.13': ['3215050', 3686], '32.15.14': ['3215070', 5581], '32.15.15': ['3215081', 7959],
  '32.15.16': ['3215060', 4752], '32.15.17': ['3215100', 5295], '32.15.18': ['3215120', 5115],
  '32.15.19': ['3215090', 5136], '32.15.20': ['3215130', 9606], '32.15.21': ['3215111', 3323],
  '32.15.22': ['3215151', 4151], '32.15.23': ['3215082', 6770], '32.15.24': ['3215071', 5674],
  '32.15.25': ['3215072', 3399], '32.15.26': ['3215112', 2943], '32.15.27': ['3215032', 7374],
  '32.15.28': ['3215011', 10648], '32.15.29': ['3215051', 3169], '32.15.30': ['3215161', 7030],
};

// Urusan 2.17 (Koperasi, Usaha Kecil dan Menengah): the programs, kegiatan and sub-kegiatan the
// program budgets under.
const SIPD: [string, string][] = [
  ['2.17.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'],
  ['2.17.01.2.07', 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah'],
  ['2.17.01.2.07.0006', 'Pengadaan Peralatan dan Mesin Lainnya'],
  ['2.17.05', 'Program Pendidikan dan Latihan Perkoperasian'],
  ['2.17.05.2.01', 'Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota'],
  ['2.17.05.2.01.0001', 'Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi'],
  ['2.17.06', 'Program Pemberdayaan dan Perlindungan Koperasi'],
  ['2.17.06.2.01', 'Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota'],
  ['2.17.06.2.01.0003', 'Pembinaan dan Pendampingan bagi Keluarga dan Kelompok Masyarakat yang Akan Membentuk Koperasi'],
  ['2.17.08', 'Program Pengembangan UMKM'],
  ['2.17.08.2.01', 'Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan'],
  ['2.17.08.2.01.0002', 'Pengembangan Usaha Mikro'],
];
const tingkat = (kode: string) => ['program', '', 'kegiatan', 'sub_kegiatan'][kode.split('.').length - 3];

async function packageFile(pkg: string, file: string) {
  return readFile(join(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, ''), file), 'utf8');
}

const districts = csvParse(await packageFile('idn-area-data', 'data/districts.csv')).filter(
  (d) => d.regency_code === REGENCY,
);
const villages = csvParse(await packageFile('idn-area-data', 'data/villages.csv')).filter((v) =>
  v.district_code!.startsWith(`${REGENCY}.`),
);
const coordinates = new Map(
  (JSON.parse(await packageFile('geografis', 'data/json/data.json')) as { code: string; latitude: number; longitude: number }[])
    .filter((g) => g.code.startsWith(`${REGENCY}.`))
    .map((g) => [g.code, [g.longitude, g.latitude] as [number, number]]),
);

// A desa code whose fourth part starts with 1 is a kelurahan, with 2 a desa.
const jenis = (kode: string) => (kode.split('.')[3]!.startsWith('1') ? 'kelurahan' : 'desa');
const round = (x: number, digits: number) => Number(x.toFixed(digits));

const desa = villages
  .map((v) => {
    const point = coordinates.get(v.code!);
    if (!point) throw new Error(`geografis has no coordinates for ${v.code} ${v.name}`);
    return {
      kode_desa: v.code!,
      nama_desa: v.name!,
      kode_kecamatan: v.district_code!,
      jenis: jenis(v.code!),
      lat: round(point[1], 6),
      lon: round(point[0], 6),
    };
  })
  .sort((a, b) => (a.kode_desa < b.kode_desa ? -1 : 1));

const kecamatan = districts
  .map((d) => {
    const bps = BPS[d.code!];
    if (!bps) throw new Error(`no BPS code for ${d.code} ${d.name}`);
    const own = desa.filter((v) => v.kode_kecamatan === d.code);
    return {
      kode_kecamatan: d.code!,
      nama_kecamatan: d.name!,
      kode_bps: bps[0],
      jumlah_desa: own.filter((v) => v.jenis === 'desa').length,
      jumlah_kelurahan: own.filter((v) => v.jenis === 'kelurahan').length,
      luas_ha: bps[1],
    };
  })
  .sort((a, b) => (a.kode_kecamatan < b.kode_kecamatan ? -1 : 1));

// Voronoi cells on a locally isotropic plane (longitude scaled by cos(latitude)), so the cells
// are not stretched east–west; coordinates go back to degrees afterwards.
const meanLat = desa.reduce((s, d) => s + d.lat, 0) / desa.length;
const kx = Math.cos((meanLat * Math.PI) / 180);
const points = desa.map((d) => [d.lon * kx, d.lat] as [number, number]);
const xs = points.map((p) => p[0]);
const ys = points.map((p) => p[1]);
const pad = 0.05;
const voronoi = Delaunay.from(points).voronoi([
  Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad,
]);
const hull: Polygon = [concaveman(points, 2) as [number, number][]];
const PRECISION = 4; // ~11 m: far below what a schematic map at phone size can show

function toDegrees(polygon: MultiPolygon): MultiPolygon {
  return polygon.map((rings) =>
    rings.map((ring) => {
      const out: [number, number][] = [];
      for (const [x, y] of ring) {
        const p: [number, number] = [round(x / kx, PRECISION), round(y, PRECISION)];
        const last = out.at(-1);
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      return out;
    }),
  );
}

const features = kecamatan.map((k) => {
  const cells = desa.flatMap((d, i) => (d.kode_kecamatan === k.kode_kecamatan ? [[voronoi.cellPolygon(i) as [number, number][]] as Polygon] : []));
  const merged = polygonClipping.intersection(polygonClipping.union(cells[0]!, ...cells.slice(1)), hull);
  const coordinates = toDegrees(merged);
  return {
    type: 'Feature',
    properties: { kode_kecamatan: k.kode_kecamatan, nama_kecamatan: k.nama_kecamatan, sumber: 'skematis' },
    geometry: coordinates.length === 1 ? { type: 'Polygon', coordinates: coordinates[0] } : { type: 'MultiPolygon', coordinates },
  };
});

// One feature per line: small, and diffs stay readable.
const geojson = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
const sipd = SIPD.map(([kode, nama]) => ({ kode, nama, tingkat: tingkat(kode)! }));

await mkdir(out, { recursive: true });
await writeFile(join(out, 'kecamatan.csv'), `${csvFormat(kecamatan)}\n`);
await writeFile(join(out, 'desa.csv'), `${csvFormat(desa)}\n`);
await writeFile(join(out, 'sipd.csv'), `${csvFormat(sipd)}\n`);
await writeFile(join(out, 'kecamatan.geojson'), geojson);
console.error(
  `${out}: ${kecamatan.length} kecamatan, ${desa.length} desa/kelurahan, ${sipd.length} kode SIPD, ` +
    `peta skematis ${(Buffer.byteLength(geojson) / 1024).toFixed(1)} KB`,
);
