import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../src/lib/problem.ts';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { FIXTURES, KECIL, materialize, overlayFolder } from '../helpers/folders.ts';

const run = promisify(execFile);
const BROKEN = join(FIXTURES, 'broken');
const S = 'snapshots/2025-06-30/koperasi.csv';
const kecilSnapshotSha = createHash('sha256').update(await readFile(join(KECIL, S))).digest('hex');
const S2 = 'snapshots/2025-12-31/koperasi.csv';
const numberError = 'bukan bilangan bulat (tulis 1234567 atau 1.234.567, tanpa desimal atau Rp)';
const resave = 'simpan ulang sebagai "CSV UTF-8 (Comma delimited)" (Excel) atau pilih set karakter UTF-8 (LibreOffice)';
const dropFix = (date: string, n: number) =>
  `— biasanya tanda ekspor yang terpotong atau berkas yang salah; periksa berkasnya, atau bila jumlah ini benar, tambahkan {"snapshot": "${date}", "terdaftar": ${n}, "alasan": "…"} ke "konfirmasi_penurunan" di dataset.json`;

// Each case: the broken files in tests/fixtures/broken/<case>/ laid over tests/fixtures/kecil/,
// and every line the validator must print for it, exactly.
const CASES: Record<string, string[]> = {
  'angka-terlalu-besar': [
    `${S}:3:9: kolom jumlah_anggota: nilai "2.750.000.000" harus ≤ 300.000.000 (lebih dari seluruh penduduk Indonesia)`,
    `${S}:5:11: kolom modal_luar: nilai "100000000000001" harus ≤ 100.000.000.000.000 (lebih dari Rp 100 triliun)`,
    'kegiatan/2025.csv:4:10: kolom jumlah_unit: nilai "100001" harus ≤ 100.000 (lebih dari 100.000 unit dalam satu kegiatan)',
  ],
  'target-persen': ['target.csv:2:3: kolom nilai: nilai "700" melebihi 100: target persen_koperasi_aktif adalah persen 0–100'],
  'berkas-salah-tempat': [
    'Target.csv:1:0: berkas tidak dibaca: namanya harus persis "target.csv"',
    'kegiatan/2025/lampiran.csv:1:0: berkas tidak dibaca oleh situs (yang dibaca: dataset.json, target.csv, reference/kecamatan.csv, reference/desa.csv, reference/sipd.csv, reference/kecamatan.geojson, snapshots/YYYY-MM-DD/koperasi.csv, kegiatan/YYYY.csv; tiap tabel .csv boleh juga .xlsx); pindahkan ke tempatnya atau hapus',
    'snapshots/2026-03-31.csv:1:0: berkas tidak dibaca: snapshot disimpan sebagai snapshots/2026-03-31/koperasi.csv (satu folder per tanggal)',
  ],
  'titik-ribuan': [
    `${S}:2:11: kolom modal_luar: nilai "10.000.000" — titik ribuan di kolom yang angkanya ditulis tanpa pemisah ribuan (mis. baris 5: "5000000"); tulis 10000000, seperti angka lainnya`,
    `${S}:4:9: kolom jumlah_anggota: nilai "1.250" — titik di berkas yang angkanya ditulis tanpa pemisah ribuan (mis. kolom modal_sendiri baris 2: "50000000") bisa berarti desimal; tulis 1250 bila maksudnya ribuan`,
    'kegiatan/2025.csv:3:12: kolom realisasi: nilai "250.125" — titik di kolom yang angkanya ditulis tanpa pemisah ribuan (mis. baris 2: "24000000") bisa berarti desimal; tulis 250125 bila maksudnya ribuan',
  ],
  'snapshot-kosong': [`${S2}:1:0: snapshot tidak berisi satu koperasi pun (hanya header) ${dropFix('2025-12-31', 0)}`],
  'snapshot-turun': [`${S2}:1:0: snapshot berisi 2 koperasi, turun 66,7 % dari 6 di snapshot 2025-06-30 ${dropFix('2025-12-31', 2)}`],
  'excel-sep': [`${S2}:5:0: baris kosong di tengah berkas (hanya pemisah atau spasi, biasanya sisa Excel); hapus baris ini`],
  'kolom-tanpa-nama': [`${S2}:4:0: kolom ke-18 tidak bernama di header tetapi berisi data ("catatan"); beri nama kolomnya di baris header atau hapus isinya`],
  'dipisah-tab': [`${S2}:1:0: kolom dipisah tab (ekspor "Teks (dipisah tab)"), bukan koma atau titik koma; ${resave}`],
  'header-salah': [`${S2}:1:0: kolom "status", "jumlah_anggota" dan "odoc" tidak ada di header`],
  // A zero-width space: stripped from a header name (no column has one), an error in a cell (K2 and K2\u200b are two ids).
  'tak-terlihat': [`${S2}:3:1: kolom id_koperasi: nilai "K2\\u200b" berisi karakter tak terlihat U+200B (biasanya tersalin dari web atau pesan); hapus karakter itu`],
  'header-diulang': [`${S2}:5:0: baris header diulang di tengah berkas; hapus baris ini`],
  'sep-header-salah': [
    `${S2}:2:0: kolom "status" tidak ada di header`,
    `${S2}:2:7: kolom "stat" tidak dikenal (kolom yang dikenal: id_koperasi, nik, nama_koperasi, kode_kecamatan, kode_desa, jenis_koperasi, status, tahun_rat_terakhir, jumlah_anggota, modal_sendiri, modal_luar, volume_usaha, shu, pendampingan, jalur_pendampingan, odoc, kopdes_merah_putih)`,
  ],
  'tanggal-excel': [
    'kegiatan/2025.csv:2:2: kolom tanggal: nilai "10/2/2025" bukan tanggal nyata berbentuk YYYY-MM-DD; tulis tahun dulu: 2025-02-10',
    'kegiatan/2025.csv:3:2: kolom tanggal: nilai "20/5/2025" bukan tanggal nyata berbentuk YYYY-MM-DD; tulis tahun dulu: 2025-05-20',
    'kegiatan/2025.csv:4:2: kolom tanggal: nilai "17/8/2025" bukan tanggal nyata berbentuk YYYY-MM-DD; tulis tahun dulu: 2025-08-17',
    'kegiatan/2025.csv:5:2: kolom tanggal: nilai "45698" bukan tanggal nyata berbentuk YYYY-MM-DD; ini nomor seri tanggal Excel: format kolomnya sebagai tanggal yyyy-mm-dd lalu simpan ulang',
  ],
  'angka-excel': [
    `${S2}:2:2: kolom nik: nilai "3,29901E+15" tidak berbentuk 16 angka: Excel menulisnya sebagai angka ilmiah dan angka terakhirnya hilang; format kolomnya sebagai Teks lalu ketik ulang`,
    `${S2}:3:11: kolom modal_luar: nilai "-" ${numberError}; nol ditulis 0 (format "Akuntansi" Excel menulis -)`,
    `${S2}:3:13: kolom shu: nilai "(5.000)" ${numberError}; angka negatif ditulis -5000, bukan dalam kurung`,
  ],
  utf16: [`${S2}:1:0: berkas ber-encoding UTF-16 LE, bukan UTF-8; ${resave}`],
  'utf16-tanpa-penanda': [`${S2}:1:0: berkas berisi byte NUL (tampaknya UTF-16 tanpa penanda), bukan UTF-8; ${resave}`],
  'kendali-di-header': [
    `${S2}:1:0: kolom "status" tidak ada di header`,
    `${S2}:1:7: kolom "status\\u001b" tidak dikenal (kolom yang dikenal: id_koperasi, nik, nama_koperasi, kode_kecamatan, kode_desa, jenis_koperasi, status, tahun_rat_terakhir, jumlah_anggota, modal_sendiri, modal_luar, volume_usaha, shu, pendampingan, jalur_pendampingan, odoc, kopdes_merah_putih)`,
  ],
  'satu-putaran': [
    `${S}:2:8: kolom tahun_rat_terakhir: nilai "2026" melebihi tahun snapshot 2025`,
    `${S}:2:9: kolom jumlah_anggota: nilai "banyak" ${numberError}`,
    `${S}:2:15: kolom jalur_pendampingan: kosong, wajib diisi karena pendampingan "ya"`,
  ],
  'realisasi-melebihi': ['kegiatan/2025.csv:2:12: kolom realisasi: nilai "99999999" melebihi anggaran 25.300.000 (395,3 % dari anggaran); realisasi tidak boleh lebih besar dari anggaran'],
  // dataset.json gives 50.000 people: 60.000 members and 70.000 participants are typing errors; 50.000 is not.
  'melebihi-penduduk': [
    'snapshots/2025-12-31/koperasi.csv:2:9: kolom jumlah_anggota: nilai "60000" melebihi penduduk wilayah 50.000 (dataset.json "penduduk")',
    'kegiatan/2025.csv:2:7: kolom peserta: nilai "70000" melebihi penduduk wilayah 50.000 (dataset.json "penduduk")',
  ],
  // Latitude and longitude swapped in one desa row: the range says so, with the fix.
  'koordinat-desa-tertukar': [
    'reference/desa.csv:2:5: kolom lat: nilai "107.30" harus ≤ 90; koordinat harus derajat WGS84; di luar ±90/±180 biasanya lintang dan bujur tertukar, atau koordinat dalam meter (mis. UTM): ekspor ulang sebagai EPSG:4326',
  ],
  'koma-desimal': [
    'reference/desa.csv:2:5: kolom lat: nilai "-6,30" bukan bilangan desimal (gunakan titik desimal, mis. 12.5) (masalah yang sama di 5 baris lain: 3, 4, 5, 6, 7)',
    'reference/desa.csv:2:6: kolom lon: nilai "107,30" bukan bilangan desimal (gunakan titik desimal, mis. 12.5) (masalah yang sama di 5 baris lain: 3, 4, 5, 6, 7)',
  ],
  'awalan-desa': ['reference/desa.csv:7:3: kolom kode_kecamatan: nilai "99.01.02" bukan awalan kode_desa "99.01.03.2001"'],
  'baris-kosong': ['kegiatan/2025.csv:3:0: baris kosong di tengah berkas (hanya pemisah atau spasi, biasanya sisa Excel); hapus baris ini'],
  'bukan-bilangan': [
    `${S}:3:9: kolom jumlah_anggota: nilai "80,5" ${numberError}`,
    `${S}:5:10: kolom modal_sendiri: nilai "Rp 20.000.000" ${numberError}`,
  ],
  'bukan-utf8': [`${S}:3:0: berkas bukan UTF-8 (ada byte yang tidak sah di baris ini, mis. huruf beraksen dari ekspor ANSI/Windows-1252); ${resave}`],
  'bukan-ya-tidak': [`${S}:7:16: kolom odoc: nilai "mungkin" bukan ya/tidak (ya, tidak, y, t, 1, 0, true, false)`],
  'dataset-tidak-lengkap': [
    'dataset.json:1:0: contoh: Input tidak valid: diharapkan boolean, diterima undefined',
    'dataset.json:4:0: lisensi: Input tidak valid: diharapkan string, diterima number',
  ],
  'desa-salah-kecamatan': [`${S}:5:5: kolom kode_desa: nilai "99.01.03.2001" terletak di kecamatan 99.01.03, bukan 99.01.02`],
  'folder-bukan-tanggal': ['snapshots/2025-13-01:1:0: nama folder snapshot "2025-13-01" bukan tanggal YYYY-MM-DD'],
  'id-ganda': [`${S}:7:1: kolom id_koperasi: nilai "K3" sudah dipakai di baris 4`],
  'id-kegiatan-ganda': ['kegiatan/2025.csv:4:1: kolom id_kegiatan: nilai "KG3" sudah dipakai di id-kegiatan-ganda/kegiatan/2024.csv baris 2'],
  'jalur-pendampingan': [
    `${S}:3:15: kolom jalur_pendampingan: nilai "pkk" harus kosong karena pendampingan "tidak"`,
    `${S}:5:15: kolom jalur_pendampingan: kosong, wajib diisi karena pendampingan "ya"`,
  ],
  'json-rusak': ['dataset.json:4:3: JSON tidak sah: periksa koma, tanda kutip dan kurung kurawal di sekitar tempat ini (atau simpan ulang dari penyunting JSON)'],
  'jumlah-desa': ['reference/kecamatan.csv:3:4: kolom jumlah_desa: nilai "3" tidak sama dengan 2 desa kecamatan ini di reference/desa.csv'],
  'kecamatan-asing': [`${S}:6:4: kolom kode_kecamatan: nilai "99.01.09" tidak ada di reference/kecamatan.csv`],
  'kolom-asing': ['reference/kecamatan.csv:1:4: kolom "camat" tidak dikenal (kolom yang dikenal: kode_kecamatan, nama_kecamatan, kode_bps, jumlah_desa, jumlah_kelurahan, luas_ha)'],
  'kolom-hilang': [`${S}:1:0: kolom "status" tidak ada di header`],
  'kolom-kurang': [`${S}:4:0: baris berisi 16 kolom, header berisi 17 (koma atau titik koma di dalam teks tanpa tanda kutip? simpan ulang dari Excel sebagai CSV)`],
  'kopdes-tanpa-desa': ['snapshots/2025-12-31/koperasi.csv:7:5: kolom kode_desa: kosong, wajib diisi karena kopdes_merah_putih "ya"'],
  'koperasi-asing': ['kegiatan/2025.csv:2:8: kolom koperasi: nilai "K1|K99" id tidak ada di snapshot mana pun: K99'],
  kosong: ['kegiatan/2025.csv:1:0: berkas kosong: baris header tidak ada'],
  'kutip-terbuka': ['reference/desa.csv:4:0: tanda kutip (") di karakter 15 tidak pernah ditutup'],
  'nama-panjang': [`${S}:6:3: kolom nama_koperasi: nilai "${'Koperasi'.repeat(26)}" lebih dari 200 karakter`],
  negatif: [`${S}:6:9: kolom jumlah_anggota: nilai "-25" harus ≥ 0`],
  'nik-pendek': [`${S}:5:2: kolom nik: nilai "32990102" tidak berbentuk 16 angka`],
  'odoc-ganda': [`${S}:3:16: kolom odoc: nilai "ya" kecamatan 99.01.01 sudah punya koperasi ODOC di baris 2`],
  'peta-kurang': [
    'reference/kecamatan.geojson:1:0: tidak ada fitur untuk kecamatan "99.01.02" dan "99.01.03"',
    'reference/kecamatan.geojson:3:0: fitur ke-2: kode_kecamatan "99.01.07" tidak ada di reference/kecamatan.csv',
  ],
  'rat-masa-depan': [`${S}:2:8: kolom tahun_rat_terakhir: nilai "2026" melebihi tahun snapshot 2025`],
  sarpras: [
    'kegiatan/2025.csv:2:10: kolom jumlah_unit: nilai "2" harus kosong untuk jenis_kegiatan "pelatihan_perkoperasian"',
    'kegiatan/2025.csv:4:9: kolom barang: kosong, wajib diisi untuk pengadaan_sarpras',
  ],
  'sipd-asing': ['kegiatan/2025.csv:3:13: kolom kode_sipd: nilai "2.17.05.2.01.0099" tidak ada di reference/sipd.csv'],
  'status-asing': [`${S}:4:7: kolom status: nilai "bubar" tidak dikenal (pilihan: aktif, tidak_aktif)`],
  'tanggal-luar-tahun': ['kegiatan/2025.csv:5:2: kolom tanggal: nilai "2024-11-03" di luar tahun berkas 2025'],
  'tanggal-mustahil': ['kegiatan/2025.csv:3:2: kolom tanggal: nilai "2025-02-30" bukan tanggal nyata berbentuk YYYY-MM-DD'],
  'target-ganda': ['target.csv:4:2: kolom tahun: nilai "2025" target persen_koperasi_aktif 2025 sudah ada di baris 2'],
  'terbit-berubah': [
    `${S}:1:0: isi berubah sejak terbit (SHA-256 tercatat ${'0'.repeat(64)}, sekarang ${kecilSnapshotSha}) tanpa entri revisi di published.json; ` +
      `tambahkan {"tanggal", "berkas": "${S}", "alasan", "sha256": "${kecilSnapshotSha}"} ke "revisi"`,
  ],
};

describe('validateFolder', () => {
  it('accepts the small fixture and the sample data', async () => {
    for (const dir of [KECIL, 'data']) {
      const { problems, data } = await validateFolder('x', await readFolder(dir));
      expect(problems.map(formatProblem)).toEqual([]);
      expect(data?.snapshots.length).toBeGreaterThan(0);
    }
  });

  it('has an expectation for every broken fixture, and at least 20 of them', async () => {
    expect((await readdir(BROKEN)).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(20);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`reports ${name} at the exact file, line and column`, async () => {
      const result = await validateFolder(name, await overlayFolder(KECIL, join(BROKEN, name)));
      expect(result.data).toBeNull();
      expect(result.problems.map(formatProblem)).toEqual(expected.map((line) => `${name}/${line}`));
    });
  }

  it('writes no control character into any line of any broken case (they are escaped, \\u001b)', async () => {
    const cases = (await readdir(BROKEN, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const name of cases) {
      const { problems } = await validateFolder(name, await overlayFolder(KECIL, join(BROKEN, name)));
      // Tabs and line ends included: a message is one line.
      for (const line of formatProblems(problems)) expect(line, name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('reports a missing required file', async () => {
    const files = await readFolder(KECIL);
    files.delete('reference/sipd.csv');
    const { problems } = await validateFolder('kecil', files);
    expect(problems.map(formatProblem)).toContain('kecil/reference/sipd.csv:1:0: berkas wajib tidak ada');
  });

  it('accepts a changed published snapshot when a revision records its new checksum', async () => {
    const files = await readFolder(KECIL);
    const record = { berkas: { [S]: '0'.repeat(64) }, revisi: [{ tanggal: '2026-01-05', berkas: S, alasan: 'koreksi jumlah anggota', sha256: kecilSnapshotSha }] };
    files.set('published.json', new TextEncoder().encode(JSON.stringify(record)));
    expect((await validateFolder('kecil', files)).problems).toEqual([]);
  });

  it('gives a mistake repeated on every row as one line with its count and first rows', async () => {
    const files = await readFolder(KECIL);
    const header = new TextDecoder().decode(files.get(S)!).split('\n')[0];
    const rows = Array.from({ length: 250 }, (_, i) => `K${i},,Nama,99.01.01,,konsumen,aktip,,1,0,0,0,0,tidak,,tidak,tidak`);
    files.set(S, new TextEncoder().encode([header, ...rows].join('\n')));
    expect(formatProblems((await validateFolder('kecil', files)).problems)).toEqual([
      `kecil/${S}:2:7: kolom status: nilai "aktip" tidak dikenal (pilihan: aktif, tidak_aktif) (masalah yang sama di 249 baris lain: 3, 4, 5, 6, 7, … 251)`,
    ]);
  });

  it('lists 200 problems and counts the rest', async () => {
    const files = await readFolder(KECIL);
    const header = new TextDecoder().decode(files.get(S)!).split('\n')[0];
    // 60 snapshots with the same mistake on 4 rows each: below the grouping threshold in each file.
    const rows = Array.from({ length: 4 }, (_, i) => `K${i},,Nama,99.01.01,,konsumen,aktip,,1,0,0,0,0,tidak,,tidak,tidak`);
    const dates = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    for (const date of dates) files.set(`snapshots/${date}/koperasi.csv`, new TextEncoder().encode([header, ...rows].join('\n')));
    const lines = formatProblems((await validateFolder('kecil', files)).problems);
    expect(lines).toHaveLength(201);
    expect(lines[199]).toBe(`kecil/snapshots/${dates[49]}/koperasi.csv:5:7: kolom status: nilai "aktip" tidak dikenal (pilihan: aktif, tidak_aktif)`);
    expect(lines[200]).toBe('… dan 40 masalah lain (240 seluruhnya)');
  });

  it('rejects a snapshot or activity year before 1945, and a snapshot or activity file dated after today', async () => {
    const files = await readFolder(KECIL);
    files.set('snapshots/0205-06-30/koperasi.csv', files.get(S)!);
    files.set('kegiatan/0225.csv', files.get('kegiatan/2025.csv')!);
    files.set('snapshots/2052-12-31/koperasi.csv', files.get(S)!);
    files.set('kegiatan/2052.csv', files.get('kegiatan/2025.csv')!);
    expect(formatProblems((await validateFolder('kecil', files, { today: '2026-11-30' })).problems)).toEqual([
      'kecil/snapshots/0205-06-30:1:0: nama folder snapshot "0205-06-30": tahun di luar 1945–2100',
      'kecil/snapshots/2052-12-31:1:0: nama folder snapshot "2052-12-31": tanggal sesudah hari ini (2026-11-30); periksa tahunnya',
      'kecil/kegiatan/0225.csv:1:0: nama berkas kegiatan "0225.csv" bukan YYYY.csv dengan tahun 1945–2026',
      'kecil/kegiatan/2052.csv:1:0: nama berkas kegiatan "2052.csv" bukan YYYY.csv dengan tahun 1945–2026',
    ]);
  });

  it('rejects a column whose total in one file passes what a page can sum exactly, at the cell where it does', async () => {
    const files = await readFolder(KECIL);
    const [header, first] = new TextDecoder().decode(files.get(S)!).split('\n') as [string, string];
    // 91 cooperatives at the Rp 100 triliun limit each: the 91st passes 2^53 − 1.
    const rows = Array.from({ length: 95 }, (_, i) => first.replace(/^K1,3299010100000001,/, `B${i},,`).replace(',10000000,', ',100000000000000,').replace(',ya,dinas,ya,', ',ya,dinas,tidak,'));
    files.set(S, new TextEncoder().encode([header, ...rows].join('\n')));
    expect(formatProblems((await validateFolder('kecil', files)).problems)).toEqual([
      `kecil/${S}:92:11: kolom modal_luar: nilai "100000000000000" membuat jumlah kolom ini di berkas melebihi 9.007.199.254.740.991, batas angka yang dapat dijumlah dan ditampilkan tepat; periksa nilai yang terlalu besar`,
    ]);
  });

  it('skips the files operating systems and office programs leave in a folder', async () => {
    const files = await readFolder(KECIL);
    const junk = new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0xff]);
    for (const path of ['.DS_Store', 'snapshots/2025-06-30/.DS_Store', 'snapshots/2025-06-30/._koperasi.csv', 'kegiatan/Thumbs.db', 'reference/desktop.ini', '__MACOSX/snapshots/._2025-06-30', 'snapshots/2025-12-31/~$koperasi.xlsx', 'kegiatan/.~lock.2025.csv#'])
      files.set(path, junk);
    expect((await validateFolder('kecil', files)).problems.map(formatProblem)).toEqual([]);
  });
});

describe('a snapshot that falls by more than half', () => {
  const withDataset = async (overlay: string, confirmations: object[]) => {
    const files = await overlayFolder(KECIL, join(BROKEN, overlay));
    const dataset = JSON.parse(new TextDecoder().decode(files.get('dataset.json')!));
    files.set('dataset.json', new TextEncoder().encode(JSON.stringify({ ...dataset, konfirmasi_penurunan: confirmations }, null, 2)));
    return (await validateFolder('kecil', files)).problems.map(formatProblem);
  };

  it('is accepted when dataset.json confirms that date with that count', async () => {
    expect(await withDataset('snapshot-turun', [{ snapshot: '2025-12-31', terdaftar: 2, alasan: 'Pembubaran 4 koperasi oleh RAT luar biasa' }])).toEqual([]);
    expect(await withDataset('snapshot-kosong', [{ snapshot: '2025-12-31', terdaftar: 0, alasan: 'Wilayah dipindahkan ke kabupaten baru' }])).toEqual([]);
  });

  it("is still an error when the confirmed count is not the file's, and a stale confirmation is one too", async () => {
    expect(await withDataset('snapshot-turun', [{ snapshot: '2025-12-31', terdaftar: 3, alasan: 'x' }])).toEqual([
      `kecil/${S2}:1:0: snapshot berisi 2 koperasi, turun 66,7 % dari 6 di snapshot 2025-06-30 ${dropFix('2025-12-31', 2)}`,
      `kecil/dataset.json:9:0: konfirmasi_penurunan: snapshot "2025-12-31" dikonfirmasi berisi 3 koperasi, tetapi berkasnya berisi 2; periksa berkasnya, lalu perbarui "terdaftar"`,
    ]);
    expect(await withDataset('realisasi-melebihi', [{ snapshot: '2025-12-31', terdaftar: 6, alasan: 'x' }, { snapshot: '2024-12-31', terdaftar: 1, alasan: 'x' }])).toEqual([
      'kecil/dataset.json:9:0: konfirmasi_penurunan: snapshot "2025-12-31" tidak turun lebih dari separuh; hapus entri ini',
      'kecil/dataset.json:14:0: konfirmasi_penurunan: snapshot "2024-12-31" tidak ada; hapus entri ini atau perbaiki tanggalnya',
      'kecil/kegiatan/2025.csv:2:12: kolom realisasi: nilai "99999999" melebihi anggaran 25.300.000 (395,3 % dari anggaran); realisasi tidak boleh lebih besar dari anggaran',
    ]);
  });
});

describe('npm run check:data', () => {
  const cli = (dir: string) =>
    run(process.execPath, ['scripts/check-data.ts', dir]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('exits 0 on a valid folder', async () => {
    expect((await cli(KECIL)).code).toBe(0);
  });

  it('prints every problem as path:line:column: message and exits 1', async () => {
    const dir = await materialize(await overlayFolder(KECIL, join(BROKEN, 'sarpras')), 'kiriman-dinas');
    const { code, stdout } = await cli(dir);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual(CASES.sarpras!.map((line) => `kiriman-dinas/${line}`));
  });
});
