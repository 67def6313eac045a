// The Satu Data tables as they must be, computed independently: plain TypeScript over the d3-dsv
// rows of the data folder (independent.ts), the portal's layout written out by hand from Open Data
// Jabar's published datasets, never the site's SQL or its layout module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RawFolder, expectedIndicators } from './independent.ts';

/** Each headline indicator's column and satuan as the portal tables carry them (and the activity count's). */
export const SATU_DATA_TABLES = [
  ['terdaftar', 'jumlah_koperasi', 'UNIT'],
  ['aktif', 'jumlah_koperasi_aktif', 'UNIT'],
  ['persen_rat_tepat_waktu', 'persentase_koperasi_rat_tepat_waktu', 'PERSEN'],
  ['persen_cakupan_pendampingan', 'persentase_cakupan_pendampingan_koperasi', 'PERSEN'],
  ['kecamatan_odoc', 'jumlah_kecamatan_dengan_koperasi_odoc', 'KECAMATAN'],
  ['desa_kopdes_merah_putih', 'jumlah_desa_dengan_kopdes_merah_putih', 'DESA'],
  ['anggota', 'jumlah_anggota_koperasi', 'ORANG'],
  ['volume_usaha', 'volume_usaha_koperasi', 'RUPIAH'],
  ['shu', 'sisa_hasil_usaha_koperasi', 'RUPIAH'],
  ['modal_sendiri_per_anggota', 'modal_sendiri_per_anggota_koperasi', 'RUPIAH'],
  ['kegiatan', 'jumlah_kegiatan_pemberdayaan_koperasi', 'KEGIATAN'],
] as const;

/** Every file the tables are published as, below /data/unduh/: `<column>_<level>.csv`. */
export function satuDataFiles(): { key: string; column: string; satuan: string; level: 'kecamatan' | 'kabupaten'; file: string }[] {
  return SATU_DATA_TABLES.flatMap(([key, column, satuan]) =>
    (['kecamatan', 'kabupaten'] as const).map((level) => ({ key, column, satuan, level, file: `satu-data/${column}_${level}.csv` })),
  );
}

/** A value as published: percent to 2 decimals, rupiah per member to the rupiah; '' when undefined. */
function value(key: string, i: ReturnType<typeof expectedIndicators>): string {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const v =
    key === 'persen_rat_tepat_waktu' || key === 'persen_cakupan_pendampingan'
      ? i[key] === null ? null : Math.round(i[key] * 100) / 100
      : key === 'modal_sendiri_per_anggota'
        ? ratio(i.modal_sendiri, i.anggota) === null ? null : Math.round(ratio(i.modal_sendiri, i.anggota)!)
        : (i[key as keyof typeof i] as number);
  return v === null ? '' : String(v);
}

/** The rows (as CSV cells, header first) a table must have for the data folder `dir`. */
export function expectedSatuData(dir: string, raw: RawFolder, key: string, column: string, satuan: string, level: 'kecamatan' | 'kabupaten'): string[][] {
  const { wilayah } = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as { wilayah: Record<string, string> };
  const region = [wilayah.kode_provinsi!, wilayah.nama_provinsi!, wilayah.kode_kabupaten_kota!, wilayah.nama_kabupaten_kota!];
  const lastOfYear = new Map<string, string>();
  for (const date of [...raw.snapshots.keys()].sort()) lastOfYear.set(date.slice(0, 4), date);
  const kecamatan = [...raw.kecamatan].sort((a, b) => (a.kode_bps! < b.kode_bps! ? -1 : 1));
  const rows: string[][] = [];
  if (key === 'kegiatan') {
    // Activities of each year of the log, up to the data date (the latest snapshot).
    const dataDate = [...raw.snapshots.keys()].sort().at(-1)!;
    const years = [...new Set(raw.kegiatan.map((g) => g.tanggal!.slice(0, 4)))].filter((y) => y <= dataDate.slice(0, 4)).sort();
    for (const tahun of years) {
      const mine = raw.kegiatan.filter((g) => g.tanggal!.startsWith(tahun) && g.tanggal! <= dataDate);
      if (level === 'kabupaten') rows.push([...region, String(mine.length), satuan, tahun]);
      else for (const k of kecamatan) rows.push([...region, k.kode_bps!, k.nama_kecamatan!.toUpperCase(), String(mine.filter((g) => g.kode_kecamatan === k.kode_kecamatan).length), satuan, tahun]);
    }
  }
  for (const [tahun, snapshot] of key === 'kegiatan' ? [] : lastOfYear) {
    if (level === 'kabupaten') rows.push([...region, value(key, expectedIndicators(raw, { snapshot })), satuan, tahun]);
    else for (const k of kecamatan) rows.push([...region, k.kode_bps!, k.nama_kecamatan!.toUpperCase(), value(key, expectedIndicators(raw, { snapshot, kecamatan: [k.kode_kecamatan!] })), satuan, tahun]);
  }
  const header = ['id', 'kode_provinsi', 'nama_provinsi', 'bps_kode_kabupaten_kota', 'bps_nama_kabupaten_kota', ...(level === 'kecamatan' ? ['bps_kode_kecamatan', 'bps_nama_kecamatan'] : []), column, 'satuan', 'tahun'];
  return [header, ...rows.map((row, i) => [String(i + 1), ...row])];
}
