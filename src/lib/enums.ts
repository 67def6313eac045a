// The contract's allowed values. Apart from schema.ts (which needs zod) so that page scripts can
// read them without carrying a validator.
/**
 * The program's three channels: who mentors a cooperative (koperasi.jalur_pendampingan) and who
 * holds an activity (kegiatan.pelaksana) are the same list — the Dinas, the camat and TP PKK — so
 * a filter on jalur also selects the activities held through that channel.
 */
const JALUR = ['dinas', 'camat', 'pkk'] as const;

export const ENUMS = {
  jenis_desa: ['desa', 'kelurahan'],
  tingkat_sipd: ['program', 'kegiatan', 'sub_kegiatan'],
  jenis_koperasi: ['konsumen', 'produsen', 'simpan_pinjam', 'pemasaran', 'jasa'],
  status: ['aktif', 'tidak_aktif'],
  jalur_pendampingan: JALUR,
  jenis_kegiatan: [
    'pelatihan_usaha',
    'pelatihan_perkoperasian',
    'bazar',
    'pengadaan_sarpras',
    'pendampingan',
    'fgd',
  ],
  pelaksana: JALUR,
  barang: ['tenda', 'genset', 'lainnya'],
  indikator: [
    'persen_koperasi_aktif',
    'persen_rat_tepat_waktu',
    'persen_cakupan_pendampingan',
    'kecamatan_odoc',
    'desa_kopdes_merah_putih',
  ],
} as const;

export type JenisDesa = (typeof ENUMS.jenis_desa)[number];
export type JenisKoperasi = (typeof ENUMS.jenis_koperasi)[number];
export type Status = (typeof ENUMS.status)[number];
export type Jalur = (typeof ENUMS.jalur_pendampingan)[number];
export type JenisKegiatan = (typeof ENUMS.jenis_kegiatan)[number];
/** The same list as Jalur (see JALUR). */
export type Pelaksana = (typeof ENUMS.pelaksana)[number];
export type Barang = (typeof ENUMS.barang)[number];
export type Indikator = (typeof ENUMS.indikator)[number];
