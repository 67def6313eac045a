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
const numberError = 'bukan bilangan bulat (tulis 1234567 atau 1.234.567, tanpa desimal atau Rp)';

// Each case: the broken files in tests/fixtures/broken/<case>/ laid over tests/fixtures/kecil/,
// and every line the validator must print for it, exactly.
const CASES: Record<string, string[]> = {
  'awalan-desa': ['reference/desa.csv:7:3: kolom kode_kecamatan: nilai "99.01.02" bukan awalan kode_desa "99.01.03.2001"'],
  'baris-kosong': ['kegiatan/2025.csv:3:0: baris kosong di tengah berkas'],
  'bukan-bilangan': [
    `${S}:3:9: kolom jumlah_anggota: nilai "80,5" ${numberError}`,
    `${S}:5:10: kolom modal_sendiri: nilai "Rp 20.000.000" ${numberError}`,
  ],
  'bukan-utf8': [`${S}:3:0: berkas bukan UTF-8 (ada byte yang tidak sah di baris ini); simpan ulang sebagai "CSV UTF-8"`],
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
  'json-rusak': ["dataset.json:4:3: JSON tidak sah (Expected ',' or '}' after property value in JSON at position 91 (line 4 column 3))"],
  'jumlah-desa': ['reference/kecamatan.csv:3:4: kolom jumlah_desa: nilai "3" tidak sama dengan 2 desa kecamatan ini di reference/desa.csv'],
  'kecamatan-asing': [`${S}:6:4: kolom kode_kecamatan: nilai "99.01.09" tidak ada di reference/kecamatan.csv`],
  'kolom-asing': ['reference/kecamatan.csv:1:4: kolom "camat" tidak dikenal (kolom yang dikenal: kode_kecamatan, nama_kecamatan, kode_bps, jumlah_desa, jumlah_kelurahan, luas_ha)'],
  'kolom-hilang': [`${S}:1:0: kolom "status" tidak ada di header`],
  'kolom-kurang': [`${S}:4:0: baris berisi 16 kolom, header berisi 17`],
  'kopdes-tanpa-desa': ['snapshots/2025-12-31/koperasi.csv:7:5: kolom kode_desa: kosong, wajib diisi karena kopdes_merah_putih "ya"'],
  'koperasi-asing': ['kegiatan/2025.csv:2:8: kolom koperasi: nilai "K1|K99" id tidak ada di snapshot mana pun: K99'],
  kosong: ['kegiatan/2025.csv:1:0: berkas kosong: baris header tidak ada'],
  'kutip-terbuka': ['reference/desa.csv:4:0: tanda kutip (") di karakter 15 tidak pernah ditutup'],
  'nama-panjang': [`${S}:6:3: kolom nama_koperasi: nilai "${'Koperasi'.repeat(26)}" lebih dari 200 karakter`],
  negatif: [`${S}:6:9: kolom jumlah_anggota: nilai "-25" harus ≥ 0`],
  'nik-pendek': [`${S}:5:2: kolom nik: nilai "32990102" tidak berbentuk 16 angka`],
  'odoc-ganda': [`${S}:3:16: kolom odoc: nilai "ya" kecamatan 99.01.01 sudah punya koperasi ODOC di baris 2`],
  'peta-kurang': [
    'reference/kecamatan.geojson:1:0: tidak ada fitur untuk kecamatan "99.01.02"',
    'reference/kecamatan.geojson:1:0: tidak ada fitur untuk kecamatan "99.01.03"',
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

  it('lists 200 problems and counts the rest', async () => {
    const files = await readFolder(KECIL);
    const header = new TextDecoder().decode(files.get(S)!).split('\n')[0];
    const rows = Array.from({ length: 250 }, (_, i) => `K${i},,Nama,99.01.01,,konsumen,aktip,,1,0,0,0,0,tidak,,tidak,tidak`);
    files.set(S, new TextEncoder().encode([header, ...rows].join('\n')));
    const lines = formatProblems((await validateFolder('kecil', files)).problems);
    expect(lines).toHaveLength(201);
    expect(lines[199]).toBe(`kecil/${S}:201:7: kolom status: nilai "aktip" tidak dikenal (pilihan: aktif, tidak_aktif)`);
    expect(lines[200]).toBe('… dan 50 masalah lain (250 seluruhnya)');
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
