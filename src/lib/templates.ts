// Blank templates of the contract's files, as CSV and as Excel workbooks: the header and one
// example row each, typed by the schema's row types (the compiler checks them against the
// contract), with the region's own codes filled in so that the example row passes the validator.
import { toCsv } from './export/csv.ts';
import { toWorkbook } from './export/workbook.ts';
import { otherForm } from './table-file.ts';
import {
  type Column,
  type Dataset,
  type DesaRow,
  type KecamatanRow,
  type KegiatanRow,
  type KoperasiRow,
  type SipdRow,
  type TargetRow,
  desa,
  formatCell,
  kecamatan,
  kegiatan,
  koperasi,
  sipd,
  target,
} from './schema.ts';

export interface TemplateFile {
  /** The file's name as downloaded (koperasi.csv, koperasi.xlsx). */
  name: string;
  /** Where it goes in a data folder (snapshots/YYYY-MM-DD/koperasi.csv). */
  path: string;
  /** CSV and JSON as text; a workbook as bytes. */
  body: string | Uint8Array<ArrayBuffer>;
}

function csv(columns: readonly { name: string }[], row: object): string {
  const names = columns.map((c) => c.name);
  return toCsv(names, [names.map((n) => formatCell((row as Record<string, unknown>)[n]))]);
}

/** The region's codes the example rows refer to. */
export interface TemplateCodes {
  kecamatan: KecamatanRow;
  desa: DesaRow;
  sipd: SipdRow;
  year: number;
}

export function templates(codes: TemplateCodes): TemplateFile[] {
  const k = codes.kecamatan.kode_kecamatan;
  const row: KoperasiRow = {
    id_koperasi: 'KOP-00001', nik: '1234567890123456', nama_koperasi: 'Koperasi Contoh Sejahtera', kode_kecamatan: k,
    kode_desa: codes.desa.kode_desa, jenis_koperasi: 'konsumen', status: 'aktif', tahun_rat_terakhir: codes.year,
    jumlah_anggota: 45, modal_sendiri: 25000000, modal_luar: 0, volume_usaha: 120000000, shu: 4500000,
    pendampingan: true, jalur_pendampingan: 'camat', odoc: false, kopdes_merah_putih: false,
  };
  const activity: KegiatanRow = {
    id_kegiatan: `KG-${codes.year}-0001`, tanggal: `${codes.year}-03-15`, kode_kecamatan: k, jenis_kegiatan: 'pelatihan_usaha',
    pelaksana: 'dinas', judul: 'Pelatihan Pemasaran Digital', peserta: 30, koperasi: ['KOP-00001'], barang: null,
    jumlah_unit: null, anggaran: 25000000, realisasi: 23500000, kode_sipd: codes.sipd.kode,
  };
  const goal: TargetRow = { indikator: 'persen_cakupan_pendampingan', tahun: codes.year, nilai: 50 };
  const dataset: Dataset = { judul: 'Koperasi per Kecamatan', penerbit: 'Dinas Koperasi dan UKM', lisensi: 'CC BY 4.0', kontak: 'alamat@surel.example', contoh: false };
  const tables: [name: string, spec: { path: string; columns: readonly Column[] }, row: object][] = [
    ['kecamatan', kecamatan, codes.kecamatan],
    ['desa', desa, codes.desa],
    ['sipd', sipd, codes.sipd],
    ['koperasi', koperasi, row],
    [`kegiatan-${codes.year}`, kegiatan, activity],
    ['target', target, goal],
  ];
  return [
    { name: 'dataset.json', path: 'dataset.json', body: `${JSON.stringify(dataset, null, 2)}\n` },
    ...tables.flatMap(([name, spec, example]) => [
      { name: `${name}.csv`, path: spec.path, body: csv(spec.columns, example) },
      { name: `${name}.xlsx`, path: otherForm(spec.path), body: toWorkbook(spec.columns, [example]) },
    ]),
  ];
}
