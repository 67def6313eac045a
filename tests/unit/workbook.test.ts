// Excel workbooks in place of CSV files (issue 15): the same rows, the same database, the same
// rules, and problems that name the cell as Excel does (I12). The workbooks are written by SheetJS
// cell by cell as an officer types them (tests/helpers/workbooks.ts), not by the site's code.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type CellObject, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { loadSite } from '../../src/lib/node/site.ts';
import { databaseContentHash, tableRows } from '../../src/lib/node/write-database.ts';
import { formatProblems } from '../../src/lib/problem.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { KECIL, materialize } from '../helpers/folders.ts';
import { asWorkbooks, csvAsWorkbook, excelSerial, sheetOf, workbookBytes } from '../helpers/workbooks.ts';

const run = promisify(execFile);
const SNAPSHOT = 'snapshots/2025-12-31/koperasi';

/** Problems of KECIL with its latest snapshot as the workbook of these rows (header first). */
async function problemsWith(rows: CellObject[][], extra: Record<string, Uint8Array> = {}): Promise<string[]> {
  const files = await readFolder(KECIL);
  files.delete(`${SNAPSHOT}.csv`);
  files.set(`${SNAPSHOT}.xlsx`, workbookBytes(sheetOf(rows)));
  for (const [path, bytes] of Object.entries(extra)) files.set(path, bytes);
  return formatProblems((await validateFolder('kecil', files, { today: '2026-11-30' })).problems);
}

/** KECIL's latest snapshot as text cells, header first, with `edit` applied to row `line`. */
async function snapshotCells(line: number, edit: (cells: CellObject[], header: string[]) => void): Promise<CellObject[][]> {
  const text = new TextDecoder().decode((await readFolder(KECIL)).get(`${SNAPSHOT}.csv`)!);
  const rows = text.trim().split('\n').map((l) => l.split(','));
  const cells = rows.map((row) => row.map((v): CellObject => ({ t: 's', v })));
  edit(cells[line - 1]!, rows[0]!);
  return cells;
}

describe('a data folder of Excel workbooks', () => {
  it('gives the rows and the database the CSV folder gives: the small fixture and the sample data', async () => {
    for (const dir of [KECIL, 'data']) {
      const csv = await readFolder(dir);
      // As a first publication: a published snapshot saved again in another form is other bytes,
      // which published.json refuses without a revision entry (validate.test covers that rule).
      csv.delete('published.json');
      const xlsx = asWorkbooks(csv);
      expect([...xlsx.keys()].filter((p) => p.endsWith('.xlsx')).length).toBeGreaterThan(5);
      const [fromCsv, fromXlsx] = await Promise.all([validateFolder('data', csv), validateFolder('data', xlsx)]);
      expect(formatProblems(fromXlsx.problems)).toEqual([]);
      expect(tableRows(fromXlsx.data!)).toEqual(tableRows(fromCsv.data!));
      expect(databaseContentHash(fromXlsx.data!)).toBe(databaseContentHash(fromCsv.data!));
      // The files as given are what the site publishes and records: the workbooks themselves.
      expect(fromXlsx.data!.files.map((f) => f.path)).toEqual([...xlsx.keys()].sort());
    }
  }, 120_000);

  it('builds the same database file, and check:data accepts the folder', async () => {
    const dir = await materialize(asWorkbooks(await readFolder(KECIL)), 'kiriman-excel');
    const [fromCsv, fromXlsx] = await Promise.all([loadSite(KECIL), loadSite(dir)]);
    expect(fromXlsx.database.file).toBe(fromCsv.database.file);
    // Published as given, each workbook with its rows counted and its Parquet copy beside it.
    const downloads = new Map(fromXlsx.downloads.map((d) => [d.path, d]));
    for (const s of fromCsv.data.snapshots) {
      const workbook = s.path.replace(/\.csv$/, '.xlsx');
      expect(downloads.get(workbook)?.rows, workbook).toBe(s.rows.length);
      expect(downloads.get(s.path.replace(/\.csv$/, '.parquet'))?.source, workbook).toBe(workbook);
    }
    const { stderr } = await run(process.execPath, ['scripts/check-data.ts', dir]);
    expect(stderr).toMatch(/kiriman-excel: sah — 3 kecamatan, 6 desa\/kelurahan, 2 snapshot \(12 baris koperasi\), 4 kegiatan/);
  }, 120_000);

  it('names a workbook cell as Excel does, and says how to format a code or NIK typed as a number', async () => {
    const rows = await snapshotCells(2, (cells, header) => {
      // Excel keeps 15 significant digits of a number typed: the NIK 3299010100000001 is stored so.
      cells[header.indexOf('nik')] = { t: 'n', v: 3299010100000000 };
      cells[header.indexOf('id_koperasi')] = { t: 'n', v: 1 };
    });
    expect(await problemsWith(rows)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:2:1 (A2): kolom id_koperasi: nilai "1" diketik sebagai angka di Excel, bukan teks (nol di depan dan titik sesudah angka bisa hilang); format kolom id_koperasi sebagai Teks (Format Cells → Text), lalu ketik ulang nilainya',
      'kecil/snapshots/2025-12-31/koperasi.xlsx:2:2 (B2): kolom nik: nilai "3299010100000000" diketik sebagai angka di Excel, bukan teks (Excel hanya menyimpan 15 angka penting, angka sesudahnya sudah menjadi 0); format kolom nik sebagai Teks (Format Cells → Text), lalu ketik ulang nilainya',
    ]);
  });

  it('reads dates, numbers, TRUE/FALSE and saved formula values as typed; refuses an error value', async () => {
    // Dates as Excel dates and TRUE/FALSE are read as the CSV is (the first test: every activity's
    // date, every yes/no); here a formula's saved value and an error value in the snapshot.
    const saved = await snapshotCells(2, (cells, header) => {
      cells[header.indexOf('jumlah_anggota')] = { t: 'n', v: 130, f: '100+30' };
    });
    expect(await problemsWith(saved)).toEqual([]);
    const failed = await snapshotCells(2, (cells, header) => {
      cells[header.indexOf('jumlah_anggota')] = { t: 'e', v: 0x2a, w: '#N/A', f: 'VLOOKUP(A2,X!A:B,2,0)' };
    });
    expect(await problemsWith(failed)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:2:9 (I2): kolom jumlah_anggota: nilai "#N/A" adalah galat atau rumus Excel tanpa nilai; perbaiki rumusnya atau ketik nilainya',
    ]);
    // A date serial typed into a number column is not a count.
    const dated = await snapshotCells(2, (cells, header) => {
      cells[header.indexOf('tahun_rat_terakhir')] = { t: 'n', v: excelSerial('2025-03-01'), z: 'yyyy-mm-dd' };
    });
    expect((await problemsWith(dated))[0]).toMatch(/^kecil\/snapshots\/2025-12-31\/koperasi\.xlsx:2:8 \(H2\): kolom tahun_rat_terakhir: nilai "2025-03-01" /);
  });

  it('refuses a folder with both koperasi.csv and koperasi.xlsx, and a file that is not a workbook', async () => {
    const files = await readFolder(KECIL);
    const csv = files.get(`${SNAPSHOT}.csv`)!;
    const both = new Map(files).set(`${SNAPSHOT}.xlsx`, csvAsWorkbook(`${SNAPSHOT}.csv`, csv));
    expect(formatProblems((await validateFolder('kecil', both)).problems)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:1:0: koperasi.csv dan koperasi.xlsx keduanya ada di folder yang sama; simpan salah satu saja',
    ]);
    const renamed = new Map(files);
    renamed.delete(`${SNAPSHOT}.csv`);
    renamed.set(`${SNAPSHOT}.xlsx`, csv);
    expect(formatProblems((await validateFolder('kecil', renamed)).problems)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:1:0: bukan buku kerja .xlsx, tidak dapat dibaca; buka di Excel dan simpan ulang sebagai "Buku Kerja Excel (.xlsx)", atau simpan sebagai CSV UTF-8',
    ]);
  });

  it('wants the header in row 1, and reports an unnamed column holding data as a CSV file', async () => {
    const rows = await snapshotCells(2, () => undefined);
    expect(await problemsWith([[], ...rows])).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:1:0: baris 1 lembar pertama "Data" kosong: header harus di baris 1 (hapus judul atau baris kosong di atasnya)',
    ]);
    rows[2]![rows[0]!.length + 1] = { t: 's', v: 'catatan' };
    expect(await problemsWith(rows)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:3:0: kolom ke-19 tidak bernama di header tetapi berisi data ("catatan"); beri nama kolomnya di baris header atau hapus isinya',
    ]);
  });

  it('reads what Excel holds, not what it shows, and says when that is not what was typed', async () => {
    const at = async (column: string, cell: CellObject) => problemsWith(await snapshotCells(2, (cells, header) => void (cells[header.indexOf(column)] = cell)));
    // A formula saved without its value (a program wrote the file): no value, not an empty cell.
    expect(await at('jumlah_anggota', { t: 'n', f: 'H2*10' } as CellObject)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:2:9 (I2): kolom jumlah_anggota: nilai "=H2*10" adalah galat atau rumus Excel tanpa nilai; perbaiki rumusnya atau ketik nilainya',
    ]);
    // 130.5 members: its text would read as 1305 (a thousands point).
    expect(await at('jumlah_anggota', { t: 'n', v: 130.5 })).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:2:9 (I2): kolom jumlah_anggota: nilai "130.5" bukan bilangan bulat (sel Excel berisi pecahan; bulatkan atau perbaiki nilainya)',
    ]);
    // 05-2021 typed into an id column: Excel made it 1 May 2021.
    expect(await at('id_koperasi', { t: 'n', v: excelSerial('2021-05-01'), z: 'm/d/yy' })).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:2:1 (A2): kolom id_koperasi: nilai "2021-05-01" diubah Excel menjadi tanggal; format kolom id_koperasi sebagai Teks (Format Cells → Text), lalu ketik ulang nilainya',
    ]);
    // An amount in a column formatted as dates, beyond Excel's last day: still the amount.
    expect(await at('modal_sendiri', { t: 'n', v: 55_000_000, z: 'yyyy-mm-dd' })).toEqual([]);
  });

  it('reads a percent as the cell shows it (50%, not 0.5), and refuses a hidden first sheet', async () => {
    const files = await readFolder(KECIL);
    const [header, ...rows] = new TextDecoder().decode(files.get('target.csv')!).trim().split('\n').map((l) => l.split(','));
    const at = header!.indexOf('nilai');
    files.delete('target.csv');
    files.set('target.xlsx', workbookBytes(sheetOf([header!.map((v): CellObject => ({ t: 's', v })), ...rows.map((row) => row.map((v, i): CellObject => (i === at ? { t: 'n', v: Number(v) / 100, z: '0%' } : { t: 's', v })))])));
    const { data } = await validateFolder('kecil', files);
    expect(data!.target.map((r) => r.nilai)).toEqual(rows.map((row) => Number(row[at])));

    const book = utils.book_new();
    utils.book_append_sheet(book, sheetOf([[{ t: 's', v: 'catatan' }]]), 'Catatan');
    utils.book_append_sheet(book, sheetOf((await snapshotCells(2, () => undefined)).slice(0, 2)), 'Data');
    book.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
    const hidden = await readFolder(KECIL);
    hidden.delete(`${SNAPSHOT}.csv`);
    hidden.set(`${SNAPSHOT}.xlsx`, new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(formatProblems((await validateFolder('kecil', hidden)).problems)).toEqual([
      'kecil/snapshots/2025-12-31/koperasi.xlsx:1:0: lembar pertama "Catatan" tersembunyi, padahal yang dibaca hanya lembar pertama; tampilkan lembar itu atau pindahkan lembar data ke urutan pertama',
    ]);
  });
});
