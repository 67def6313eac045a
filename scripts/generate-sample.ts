// npm run generate:sample -- [--out data] [--seed 2025] [--cooperatives 1700] [--snapshots 11]
//                             [--kecamatan N] [--desa-per-kecamatan 10]
// Writes a synthetic, deterministic data folder: quarterly snapshots ending 2026-09-30, the
// activity log of every year they cover, targets, dataset.json ("contoh": true) and the record of
// its first publication. Calibrated to public facts about Karawang (about 1,700 cooperatives, two
// thirds active; 309 Koperasi Desa/Kelurahan Merah Putih from 2025-09-30; mentoring by the Dinas
// alone before 2025, then also by camat and PKK; ODOC flagships from 2025). With --kecamatan N it
// invents a region of N kecamatan (reference files and a grid map included) for scale tests.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { group } from 'd3-array';
import { csvFormatRows, csvParse } from 'd3-dsv';
import { randomLcg, randomLogNormal, randomNormal } from 'd3-random';
import { koperasi as koperasiTable, kegiatan as kegiatanTable, ENUMS, formatCell, type JenisKegiatan, type JenisKoperasi, type Jalur } from '../src/lib/schema.ts';
import { validateDirectory } from '../src/lib/node/read-folder.ts';
import { formatProblems } from '../src/lib/problem.ts';
import { nextRecord, serializeRecord } from '../src/lib/published.ts';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'data' },
    seed: { type: 'string', default: '2025' },
    cooperatives: { type: 'string', default: '1700' },
    snapshots: { type: 'string', default: '11' },
    kecamatan: { type: 'string' },
    'desa-per-kecamatan': { type: 'string', default: '10' },
  },
});
const OUT = args.out;
const N_COOPERATIVES = Number(args.cooperatives);
const N_SNAPSHOTS = Number(args.snapshots);
const LAST_SNAPSHOT = '2026-09-30';
const LAST_ACTIVITY = '2026-11-20';

const random = randomLcg(Number(args.seed));
const uniform = () => random();
const normal = randomNormal.source(random);
const logNormal = randomLogNormal.source(random);
const chance = (p: number) => uniform() < p;
const int = (lo: number, hi: number) => lo + Math.floor(uniform() * (hi - lo + 1));
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(uniform() * items.length)]!;
}
function weighted<T extends string>(weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = uniform() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [key, w] of entries) if ((r -= w) < 0) return key;
  return entries.at(-1)![0];
}
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

// ---- Region ---------------------------------------------------------------------------------

interface Kecamatan { kode_kecamatan: string; nama_kecamatan: string; jumlah_desa: number; jumlah_kelurahan: number }
interface Desa { kode_desa: string; nama_desa: string; kode_kecamatan: string; jenis: string }

const SYLLABLES = ['ka', 'ra', 'wang', 'ci', 'ja', 'ya', 'su', 'ka', 'mul', 'tir', 'ta', 'se', 'ba', 'ru', 'lem', 'pa', 'dang', 'sa', 'ri', 'te', 'luk', 'gan'];
const placeName = () => {
  const name = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
  return name[0]!.toUpperCase() + name.slice(1);
};

/** A made-up region of n kecamatan in a grid, with its reference files (scale tests only). */
async function writeSyntheticRegion(n: number, desaPer: number) {
  const kecamatan: (Kecamatan & { kode_bps: string })[] = [];
  const desa: (Desa & { lat: number; lon: number })[] = [];
  const features: object[] = [];
  const columns = Math.ceil(Math.sqrt(n));
  const size = 0.1;
  for (let i = 0; i < n; i++) {
    const kode = `99.${String(Math.floor(i / 99) + 1).padStart(2, '0')}.${String((i % 99) + 1).padStart(2, '0')}`;
    const [x0, y0] = [100 + (i % columns) * size, -(Math.floor(i / columns) * size)];
    kecamatan.push({ kode_kecamatan: kode, nama_kecamatan: `${placeName()} ${i + 1}`, kode_bps: String(9900000 + i).padStart(7, '0'), jumlah_desa: desaPer, jumlah_kelurahan: 0 });
    for (let j = 0; j < desaPer; j++) {
      desa.push({ kode_desa: `${kode}.${2001 + j}`, nama_desa: `${placeName()} ${j + 1}`, kode_kecamatan: kode, jenis: 'desa', lat: Number((y0 - size * ((j + 0.5) / desaPer)).toFixed(5)), lon: Number((x0 + size / 2).toFixed(5)) });
    }
    const ring = [[x0, y0], [x0, y0 - size], [x0 + size, y0 - size], [x0 + size, y0], [x0, y0]].map(([x, y]) => [Number(x!.toFixed(4)), Number(y!.toFixed(4))]);
    features.push({ type: 'Feature', properties: { kode_kecamatan: kode, nama_kecamatan: kecamatan[i]!.nama_kecamatan, sumber: 'skematis' }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  const ref = join(OUT, 'reference');
  await mkdir(ref, { recursive: true });
  await writeCsv(join(ref, 'kecamatan.csv'), ['kode_kecamatan', 'nama_kecamatan', 'kode_bps', 'jumlah_desa', 'jumlah_kelurahan'], kecamatan);
  await writeCsv(join(ref, 'desa.csv'), ['kode_desa', 'nama_desa', 'kode_kecamatan', 'jenis', 'lat', 'lon'], desa);
  await writeFile(join(ref, 'kecamatan.geojson'), `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`);
  await cp('data/reference/sipd.csv', join(ref, 'sipd.csv'));
}

async function writeCsv(path: string, columns: string[], rows: readonly object[]) {
  await writeFile(path, `${csvFormatRows([columns, ...rows.map((r) => columns.map((c) => formatCell((r as Record<string, unknown>)[c])))])}\n`);
}

// Regenerating into a folder starts from a clean slate (the reference files excepted).
await rm(join(OUT, 'snapshots'), { recursive: true, force: true });
await rm(join(OUT, 'kegiatan'), { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
if (args.kecamatan) await writeSyntheticRegion(Number(args.kecamatan), Number(args['desa-per-kecamatan']));
else if (OUT !== 'data') await cp('data/reference', join(OUT, 'reference'), { recursive: true });

const kecamatan = csvParse(await readFile(join(OUT, 'reference/kecamatan.csv'), 'utf8')) as unknown as Kecamatan[];
const desa = csvParse(await readFile(join(OUT, 'reference/desa.csv'), 'utf8')) as unknown as Desa[];
// Grouped once (in file order), not filtered per kecamatan: regions of thousands of kecamatan.
const desaGroups = group(desa, (d) => d.kode_kecamatan);
const desaOf = (kode: string) => desaGroups.get(kode) ?? [];

// Each kecamatan gets a character: its size in cooperatives, how healthy they are, and how
// strongly its camat and PKK take up mentoring. Some lag behind on purpose.
const profile = new Map(
  kecamatan.map((k) => {
    const desaCount = desaOf(k.kode_kecamatan).length;
    const urban = desaOf(k.kode_kecamatan).some((d) => d.jenis === 'kelurahan') ? 1.8 : 1;
    return [k.kode_kecamatan, {
      weight: desaCount * urban * Math.exp(normal(0, 0.35)()),
      health: clamp(normal(0, 0.5)(), -1.2, 1),
      uptake: chance(0.2) ? 0.15 + uniform() * 0.2 : 0.55 + uniform() * 0.6,
      odocFrom: chance(0.75) ? int(4, 10) : Infinity, // snapshot index from 2025 on; some never
      activity: chance(0.15) ? 0.25 : 0.7 + uniform() * 0.8,
    }];
  }),
);
const kecamatanWeights = Object.fromEntries(kecamatan.map((k) => [k.kode_kecamatan, profile.get(k.kode_kecamatan)!.weight]));

// ---- Snapshots --------------------------------------------------------------------------------

const snapshotDates = (() => {
  const dates: string[] = [];
  const end = new Date(`${LAST_SNAPSHOT}T00:00:00Z`);
  for (let i = N_SNAPSHOTS - 1; i >= 0; i--) {
    // Quarter ends: the last day of the month before the first of month +3.
    const d = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1 - 3 * i, 0));
    dates.push(d.toISOString().slice(0, 10));
  }
  return dates;
})();

// Active cooperatives by kind in Karawang, 2021: konsumen 505, pemasaran 398, simpan pinjam 104,
// produsen 89, jasa 23.
const KIND_WEIGHTS: Record<JenisKoperasi, number> = { konsumen: 505, pemasaran: 398, simpan_pinjam: 104, produsen: 89, jasa: 23 };
const NAME_WORDS = ['Sejahtera', 'Mandiri', 'Bersama', 'Makmur', 'Sauyunan', 'Harapan', 'Karya', 'Mekar', 'Sinar', 'Maju', 'Berkah', 'Tani', 'Amanah', 'Rukun', 'Jaya', 'Lestari', 'Barokah', 'Usaha', 'Warga', 'Guyub'];
const KIND_PREFIX: Record<JenisKoperasi, string[]> = {
  konsumen: ['Koperasi Konsumen', 'Koperasi Karyawan', 'Koperasi Serba Usaha'],
  produsen: ['Koperasi Produsen', 'Koperasi Tani', 'KUD'],
  simpan_pinjam: ['KSP', 'Koperasi Simpan Pinjam', 'KSPPS'],
  pemasaran: ['Koperasi Pemasaran', 'Koperasi Pedagang', 'Koperasi Nelayan'],
  jasa: ['Koperasi Jasa', 'Koperasi Angkutan', 'Koperasi Jasa Wisata'],
};

interface Cooperative {
  id_koperasi: string; nik: string | null; nama_koperasi: string; kode_kecamatan: string; kode_desa: string | null;
  jenis_koperasi: JenisKoperasi; status: 'aktif' | 'tidak_aktif'; tahun_rat_terakhir: number | null;
  jumlah_anggota: number; modal_sendiri: number; modal_luar: number; volume_usaha: number; shu: number;
  pendampingan: boolean; jalur_pendampingan: Jalur | null; odoc: boolean; kopdes_merah_putih: boolean;
}

let serial = 0;
const nik = () => `3215${String(int(0, 999_999_999_999)).padStart(12, '0')}`;
const rupiah = (median: number, spread = 1) => Math.round(logNormal(Math.log(median), spread)() / 1000) * 1000;

function newCooperative(year: number): Cooperative {
  const kode_kecamatan = weighted(kecamatanWeights);
  const p = profile.get(kode_kecamatan)!;
  const jenis = weighted(KIND_WEIGHTS);
  const homes = desaOf(kode_kecamatan);
  const home = homes.length > 0 && chance(0.7) ? pick(homes) : null;
  const anggota = Math.max(9, Math.round(logNormal(Math.log(jenis === 'simpan_pinjam' ? 180 : 60), 0.8)()));
  const aktif = chance(clamp(0.66 + 0.12 * p.health, 0.25, 0.95));
  const volume = aktif ? rupiah(anggota * (jenis === 'simpan_pinjam' ? 4_000_000 : 1_500_000), 0.9) : 0;
  serial++;
  return {
    id_koperasi: `KOP-${String(serial).padStart(5, '0')}`,
    nik: chance(0.6) ? nik() : null,
    nama_koperasi: `${pick(KIND_PREFIX[jenis])} ${pick(NAME_WORDS)} ${home ? home.nama_desa : pick(NAME_WORDS)}`,
    kode_kecamatan,
    kode_desa: home?.kode_desa ?? null,
    jenis_koperasi: jenis,
    status: aktif ? 'aktif' : 'tidak_aktif',
    tahun_rat_terakhir: aktif ? (chance(0.5 + 0.1 * p.health) ? year - int(0, 1) : year - int(2, 4)) : chance(0.6) ? year - int(2, 8) : null,
    jumlah_anggota: anggota,
    modal_sendiri: rupiah(anggota * 600_000),
    modal_luar: chance(0.5) ? rupiah(anggota * 400_000, 1.2) : 0,
    volume_usaha: volume,
    shu: aktif ? Math.round(volume * normal(0.04, 0.05)() / 1000) * 1000 : 0,
    pendampingan: false,
    jalur_pendampingan: null,
    odoc: false,
    kopdes_merah_putih: false,
  };
}

function kopdes(d: Desa): Cooperative {
  serial++;
  return {
    id_koperasi: `KMP-${d.kode_desa.replaceAll('.', '')}`,
    nik: nik(),
    nama_koperasi: `Koperasi ${d.jenis === 'kelurahan' ? 'Kelurahan' : 'Desa'} Merah Putih ${d.nama_desa}`,
    kode_kecamatan: d.kode_kecamatan,
    kode_desa: d.kode_desa,
    jenis_koperasi: weighted({ konsumen: 6, produsen: 2, pemasaran: 2, simpan_pinjam: 1, jasa: 1 }),
    // 2025: of 309, 35 operating; the rest not yet operating or starting up.
    status: chance(35 / 309) ? 'aktif' : 'tidak_aktif',
    tahun_rat_terakhir: null,
    jumlah_anggota: int(20, 120),
    modal_sendiri: rupiah(15_000_000, 0.5),
    modal_luar: 0,
    volume_usaha: 0,
    shu: 0,
    pendampingan: false,
    jalur_pendampingan: null,
    odoc: false,
    kopdes_merah_putih: true,
  };
}

const KOPDES_FROM = '2025-09-30';
let population: Cooperative[] = [];
const snapshots: { date: string; rows: Cooperative[] }[] = [];
snapshotDates.forEach((date, index) => {
  const year = Number(date.slice(0, 4));
  const quarter = Math.ceil(Number(date.slice(5, 7)) / 3);
  if (index === 0) population = Array.from({ length: N_COOPERATIVES }, () => newCooperative(year));
  else {
    // A quarter passes: a few dissolve, a few register.
    population = population.filter((c) => c.kopdes_merah_putih || c.status === 'aktif' || !chance(0.01));
    for (let i = int(0, Math.ceil(N_COOPERATIVES * 0.008)); i > 0; i--) population.push(newCooperative(year));
  }
  if (date >= KOPDES_FROM && !population.some((c) => c.kopdes_merah_putih)) {
    for (const d of desa) population.push(kopdes(d));
  }
  const program = date >= '2025-01-01';
  for (const c of population) {
    const p = profile.get(c.kode_kecamatan)!;
    // Status: mentoring and the program revive cooperatives; neglect lets them lapse.
    if (c.kopdes_merah_putih) {
      if (c.status === 'tidak_aktif' && chance(0.22 + 0.1 * p.health)) c.status = 'aktif';
    } else if (c.status === 'aktif' && chance(c.pendampingan ? 0.005 : 0.02 - 0.01 * p.health)) c.status = 'tidak_aktif';
    else if (c.status === 'tidak_aktif' && chance((c.pendampingan ? 0.12 : 0.015) + (program ? 0.01 : 0))) c.status = 'aktif';
    // RAT: held in the first half of the year by most active cooperatives.
    if (c.status === 'aktif' && quarter <= 2 && (c.tahun_rat_terakhir ?? 0) < year) {
      const p_rat = clamp(0.32 + 0.1 * p.health + (c.pendampingan ? 0.25 : 0) + (year - 2024) * 0.05, 0.05, 0.95);
      if (chance(p_rat)) c.tahun_rat_terakhir = year;
    }
    // Business moves a little each quarter.
    if (c.status === 'aktif') {
      c.jumlah_anggota = Math.max(9, Math.round(c.jumlah_anggota * (1 + normal(0.01, 0.03)())));
      const base = c.volume_usaha || rupiah(c.jumlah_anggota * 1_000_000, 0.5);
      c.volume_usaha = Math.round((base * (1 + normal(c.pendampingan ? 0.04 : 0.015, 0.06)())) / 1000) * 1000;
      c.shu = Math.round((c.volume_usaha * normal(0.04, 0.05)()) / 1000) * 1000;
    }
    // Mentoring: the Dinas alone before 2025, then camat and PKK reach far more.
    if (!c.pendampingan) {
      if (!program && c.status === 'aktif' && chance(0.012)) {
        c.pendampingan = true;
        c.jalur_pendampingan = 'dinas';
      } else if (program && chance((c.status === 'aktif' ? 0.06 : 0.01) * p.uptake * (1 + (year - 2025)))) {
        c.pendampingan = true;
        c.jalur_pendampingan = weighted({ dinas: 1, camat: 1.6, pkk: 1.3 });
      }
    } else if (chance(0.02)) {
      c.pendampingan = false;
      c.jalur_pendampingan = null;
    }
  }
  // ODOC: one flagship per kecamatan, designated kecamatan by kecamatan from 2025.
  const populationOf = group(population, (c) => c.kode_kecamatan);
  for (const k of kecamatan) {
    const p = profile.get(k.kode_kecamatan)!;
    const mine = populationOf.get(k.kode_kecamatan) ?? [];
    const current = mine.find((c) => c.odoc);
    if (current && current.status !== 'aktif') current.odoc = false;
    const designated = index >= Math.min(p.odocFrom, snapshotDates.length) && date >= '2025-03-31';
    if (designated && !mine.some((c) => c.odoc)) {
      const best = mine.filter((c) => c.status === 'aktif' && !c.kopdes_merah_putih).sort((a, b) => b.volume_usaha - a.volume_usaha)[0];
      if (best) best.odoc = true;
    }
  }
  snapshots.push({ date, rows: population.map((c) => ({ ...c })) });
});

// ---- Activities -------------------------------------------------------------------------------

const SIPD_OF: Record<JenisKegiatan, string> = {
  pelatihan_usaha: '2.17.05.2.01.0001',
  pelatihan_perkoperasian: '2.17.05.2.01.0001',
  pendampingan: '2.17.06.2.01.0003',
  fgd: '2.17.06.2.01.0003',
  bazar: '2.17.08.2.01.0002',
  pengadaan_sarpras: '2.17.01.2.07.0006',
};
const TITLES: Record<JenisKegiatan, string[]> = {
  pelatihan_usaha: ['Pelatihan Pemasaran Digital', 'Pelatihan Pengemasan Produk', 'Pelatihan Manajemen Usaha', 'Pelatihan Pembukuan Usaha'],
  pelatihan_perkoperasian: ['Pelatihan Tata Kelola Koperasi', 'Pelatihan Penyusunan Laporan RAT', 'Pelatihan Pengawas Koperasi', 'Diklat Perkoperasian Dasar'],
  bazar: ['Bazar Produk Koperasi dan UMKM', 'Pasar Murah Koperasi', 'Gelar Produk Unggulan Kecamatan'],
  pengadaan_sarpras: ['Penyerahan Sarana Usaha', 'Bantuan Sarana Bazar'],
  pendampingan: ['Pendampingan Kelembagaan Koperasi', 'Klinik Koperasi', 'Pendampingan Pembentukan Koperasi'],
  fgd: ['FGD Pemberdayaan Koperasi', 'FGD One District One Cooperative', 'Rembug Koperasi Kecamatan'],
};

const firstYear = Number(snapshotDates[0]!.slice(0, 4));
const snapshotGroups = new Map(snapshots.map((s) => [s, group(s.rows, (c) => c.kode_kecamatan)]));
const rowsOf = (snapshot: (typeof snapshots)[number]) => snapshotGroups.get(snapshot)!;
const kegiatanByYear = new Map<number, Record<string, unknown>[]>();
let kegiatanSerial = 0;
for (let year = firstYear; year <= Number(LAST_ACTIVITY.slice(0, 4)); year++) {
  const rows: Record<string, unknown>[] = [];
  const program = year >= 2025;
  const lastDay = year === Number(LAST_ACTIVITY.slice(0, 4)) ? LAST_ACTIVITY : `${year}-12-31`;
  const days = (Date.parse(lastDay) - Date.parse(`${year}-01-01`)) / 86_400_000 + 1;
  for (const k of kecamatan) {
    const p = profile.get(k.kode_kecamatan)!;
    const count = Math.round((program ? 5 + 4 * (year - 2025) : 1.2) * p.activity * (0.6 + uniform() * 0.8));
    for (let i = 0; i < count; i++) {
      const tanggal = new Date(Date.parse(`${year}-01-01`) + int(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
      const jenis = weighted<JenisKegiatan>(program
        ? { pelatihan_usaha: 3, pelatihan_perkoperasian: 3, bazar: 2, pengadaan_sarpras: 1.2, pendampingan: 2.5, fgd: 1.5 }
        : { pelatihan_usaha: 2, pelatihan_perkoperasian: 3, bazar: 1, pengadaan_sarpras: 0.3, pendampingan: 1, fgd: 0.3 });
      const pelaksana = !program || jenis === 'pengadaan_sarpras' ? 'dinas' : weighted({ dinas: 1.2, camat: 1, pkk: 0.9 });
      const snapshot = snapshots.findLast((s) => s.date <= tanggal) ?? snapshots[0]!;
      const local = rowsOf(snapshot).get(k.kode_kecamatan) ?? [];
      const takePart = (n: number) => [...new Set(Array.from({ length: Math.min(n, local.length) }, () => pick(local).id_koperasi))].sort();
      const sarpras = jenis === 'pengadaan_sarpras';
      const barang = sarpras ? weighted({ tenda: 3, genset: 2, lainnya: 0.5 }) : null;
      const unit = sarpras ? int(1, 6) : null;
      const peserta = sarpras ? 0 : jenis === 'bazar' ? int(60, 400) : jenis === 'pendampingan' ? int(3, 20) : int(15, 45);
      const koperasi = jenis === 'bazar' ? takePart(int(5, 15)) : jenis === 'pendampingan' || jenis === 'fgd' ? takePart(int(1, 6)) : [];
      const anggaran = sarpras
        ? unit! * (barang === 'tenda' ? 4_500_000 : barang === 'genset' ? 9_500_000 : 3_000_000)
        : Math.round(({ pelatihan_usaha: 28, pelatihan_perkoperasian: 24, bazar: 45, pendampingan: 8, fgd: 7 }[jenis] * (0.7 + uniform() * 0.6)) * 10) * 100_000;
      const done = tanggal <= '2026-09-30';
      const realisasi = done ? Math.round((anggaran * clamp(normal(0.94, 0.05)(), 0.7, 1)) / 1000) * 1000 : 0;
      kegiatanSerial++;
      rows.push({
        id_kegiatan: `KG-${year}-${String(kegiatanSerial).padStart(4, '0')}`,
        tanggal, kode_kecamatan: k.kode_kecamatan, jenis_kegiatan: jenis, pelaksana,
        judul: `${pick(TITLES[jenis])} ${k.nama_kecamatan}`,
        peserta, koperasi: koperasi.length > 0 ? koperasi : null, barang, jumlah_unit: unit,
        anggaran, realisasi, kode_sipd: SIPD_OF[jenis],
      });
    }
  }
  rows.sort((a, b) => (a.tanggal as string).localeCompare(b.tanggal as string) || (a.id_kegiatan as string).localeCompare(b.id_kegiatan as string));
  kegiatanByYear.set(year, rows);
}

// ---- Targets ------------------------------------------------------------------------------------

const kecamatanCount = kecamatan.length;
const TARGETS: Record<(typeof ENUMS.indikator)[number], (year: number) => number> = {
  persen_koperasi_aktif: (y) => 66 + 3 * (y - 2024),
  persen_rat_tepat_waktu: (y) => 75 + 5 * (y - 2024),
  persen_cakupan_pendampingan: (y) => [5, 25, 50][y - 2024] ?? 60,
  kecamatan_odoc: (y) => Math.round(kecamatanCount * ([0, 0.5, 0.8][y - 2024] ?? 1)),
  desa_kopdes_merah_putih: (y) => (y >= 2025 ? desa.length : 0),
};

// ---- Write ----------------------------------------------------------------------------------------

const columnsOf = (t: { columns: readonly { name: string }[] }) => t.columns.map((c) => c.name);
for (const s of snapshots) {
  await mkdir(join(OUT, 'snapshots', s.date), { recursive: true });
  await writeCsv(join(OUT, 'snapshots', s.date, 'koperasi.csv'), columnsOf(koperasiTable), s.rows);
}
await mkdir(join(OUT, 'kegiatan'), { recursive: true });
for (const [year, rows] of kegiatanByYear) await writeCsv(join(OUT, 'kegiatan', `${year}.csv`), columnsOf(kegiatanTable), rows);
const years = [...kegiatanByYear.keys()];
await writeCsv(join(OUT, 'target.csv'), ['indikator', 'tahun', 'nilai'],
  ENUMS.indikator.flatMap((indikator) => years.map((tahun) => ({ indikator, tahun, nilai: TARGETS[indikator](tahun) }))));
await writeFile(join(OUT, 'dataset.json'), `${JSON.stringify({
  judul: 'Koperasi per Kecamatan dan Program Pemberdayaan Koperasi — DATA CONTOH',
  penerbit: 'Dinas Koperasi dan UKM Kabupaten Karawang',
  lisensi: 'CC BY 4.0',
  kontak: 'data-contoh@dasbor-koperasi.invalid',
  contoh: true,
  ...(args.kecamatan
    ? {}
    : {
        atribusi:
          'kode dan nama wilayah: idn-area-data (ODbL 1.0); koordinat desa/kelurahan: geografis (MIT); kode BPS dan luas: BPS, Kabupaten Karawang Dalam Angka 2014; kode SIPD: Kepmendagri 050-5889/2021.',
        wilayah: { kode_provinsi: '32', nama_provinsi: 'JAWA BARAT', kode_kabupaten_kota: '3215', nama_kabupaten_kota: 'KABUPATEN KARAWANG' },
      }),
}, null, 2)}\n`);

// Check what was written, and record it as the sample's first publication.
await rm(join(OUT, 'published.json'), { force: true });
const { problems, data } = await validateDirectory(OUT);
if (!data) {
  console.error(formatProblems(problems).join('\n'));
  throw new Error('the generator wrote invalid data');
}
await writeFile(join(OUT, 'published.json'), serializeRecord(nextRecord(data)));

const last = snapshots.at(-1)!.rows;
console.error(`${OUT}: ${snapshots.length} snapshot (${snapshotDates[0]} … ${snapshotDates.at(-1)}), ` +
  `terakhir ${last.length} koperasi (${last.filter((c) => c.status === 'aktif').length} aktif), ` +
  `${[...kegiatanByYear.values()].reduce((n, r) => n + r.length, 0)} kegiatan`);
