// The column layout of an open-data table of one indicator per region and year, as Open Data
// Jabar (opendata.jabarprov.go.id) publishes its datasets and Satu Data Indonesia takes them:
// `id`, the region's BPS codes and names from the province down, the indicator's own column,
// `satuan`, `tahun`. Another portal's layout is another object of this shape.
import type { Dataset } from '../schema.ts';

/** The region of the site as the portal names it (dataset.json "wilayah"). */
export type Wilayah = NonNullable<Dataset['wilayah']>;

/** One value of a table: where (a kecamatan, or the whole kabupaten when null), which year, how much. */
export interface SatuDataValue {
  kecamatan: { kode_bps: string; nama_kecamatan: string } | null;
  tahun: number;
  value: number | null;
}

export interface PortalLayout {
  /** The portal's name, for the page. */
  name: string;
  /** Header of a table at a level, around the indicator's column. */
  header(level: 'kecamatan' | 'kabupaten', column: string): string[];
  /** A row of a table: cells in the header's order (`id` counts from 1). */
  row(id: number, wilayah: Wilayah, value: SatuDataValue, satuan: string): (string | number | null)[];
}

/** Open Data Jabar: BPS codes and names, upper case as the portal writes region names. */
export const OPEN_DATA_JABAR: PortalLayout = {
  name: 'Open Data Jabar',
  header: (level, column) => [
    'id',
    'kode_provinsi',
    'nama_provinsi',
    'bps_kode_kabupaten_kota',
    'bps_nama_kabupaten_kota',
    ...(level === 'kecamatan' ? ['bps_kode_kecamatan', 'bps_nama_kecamatan'] : []),
    column,
    'satuan',
    'tahun',
  ],
  row: (id, w, { kecamatan, tahun, value }, satuan) => [
    id,
    w.kode_provinsi,
    w.nama_provinsi,
    w.kode_kabupaten_kota,
    w.nama_kabupaten_kota,
    ...(kecamatan ? [kecamatan.kode_bps, kecamatan.nama_kecamatan.toUpperCase()] : []),
    value,
    satuan,
    tahun,
  ],
};
