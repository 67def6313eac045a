// The SQL explorer's example queries (titles come from the dictionary) and how a result becomes
// a quick chart: categories against a number, or a number over dates.
export const EXAMPLES = {
  aktif: `SELECT nama_kecamatan, count(*) FILTER (WHERE status = 'aktif') AS koperasi_aktif
FROM koperasi JOIN kecamatan USING (kode_kecamatan)
WHERE snapshot = (SELECT max(snapshot) FROM koperasi)
GROUP BY nama_kecamatan
ORDER BY koperasi_aktif DESC`,
  jenis: `SELECT snapshot, jenis_koperasi, count(*) AS jumlah
FROM koperasi
GROUP BY ALL
ORDER BY ALL`,
  anggaran: `SELECT year(tanggal) AS tahun, pelaksana, sum(anggaran) AS anggaran, sum(realisasi) AS realisasi
FROM kegiatan
GROUP BY ALL
ORDER BY ALL`,
  odoc: `SELECT nama_kecamatan, nama_koperasi, jenis_koperasi, jumlah_anggota
FROM koperasi JOIN kecamatan USING (kode_kecamatan)
WHERE odoc AND snapshot = (SELECT max(snapshot) FROM koperasi)
ORDER BY nama_kecamatan`,
  kopdes: `SELECT kc.nama_kecamatan, d.nama_desa, k.nama_koperasi
FROM koperasi k
JOIN desa d USING (kode_desa)
JOIN kecamatan kc ON kc.kode_kecamatan = d.kode_kecamatan
WHERE k.kopdes_merah_putih AND k.status = 'tidak_aktif'
  AND k.snapshot = (SELECT max(snapshot) FROM koperasi)
ORDER BY 1, 2`,
} as const;

/** Rows kept in the page at most, and shown per page. */
export const RESULT_LIMIT = 10_000;
export const RESULT_PAGE = 100;

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;

export type QuickChart = { kind: 'bar' | 'line'; x: number; y: number } | null;

/** A chart for a result whose first column names or dates things and whose second counts them (two rows at least: one value is no chart). */
export function quickChart(rows: readonly string[][], columns: number): QuickChart {
  if (columns < 2 || rows.length < 2 || rows.length > 200) return null;
  if (!rows.every((r) => NUMBER.test(r[1] ?? ''))) return null;
  if (rows.every((r) => DATE.test(r[0] ?? '')) && new Set(rows.map((r) => r[0])).size === rows.length) return { kind: 'line', x: 0, y: 1 };
  if (new Set(rows.map((r) => r[0])).size === rows.length && rows.length <= 60) return { kind: 'bar', x: 0, y: 1 };
  return null;
}
