// The blank templates of /data/periksa/: a Dinas officer who fills them in sends files that the
// validator accepts. Data templates replace a region's files; a reference template is the head of
// a reference file that the officer continues with the region's other rows.
import { read } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { templates } from '../../src/lib/templates.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { KECIL } from '../helpers/folders.ts';
import { formatProblems } from '../../src/lib/problem.ts';

const base = await readFolder(KECIL);
const { data } = await validateFolder('kecil', base);
const codes = { kecamatan: data!.kecamatan[1]!, desa: data!.desa.find((d) => d.kode_kecamatan === data!.kecamatan[1]!.kode_kecamatan)!, sipd: data!.sipd.at(-1)!, year: 2025 };
const files = templates(codes);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the blank templates', () => {
  it('cover every file of the contract, each table as CSV and as a workbook', () => {
    const tables = ['reference/kecamatan', 'reference/desa', 'reference/sipd', 'snapshots/YYYY-MM-DD/koperasi', 'kegiatan/YYYY', 'target'];
    expect(files.map((f) => f.path)).toEqual(['dataset.json', ...tables.flatMap((t) => [`${t}.csv`, `${t}.xlsx`])]);
    for (const file of files.filter((f) => f.name.endsWith('.csv'))) {
      const text = file.body as string;
      expect(text.startsWith('\uFEFF'), file.name).toBe(true);
      expect(text.trim().split('\r\n').length, file.name).toBe(2); // header and one example row
    }
  });

  it('type the workbooks\' columns: codes and NIK as text, dates as dates, amounts as numbers', () => {
    const book = read(files.find((f) => f.name === 'koperasi.xlsx')!.body, { type: 'array', cellNF: true, sheetStubs: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const at = (cell: string) => sheet[cell] as { t: string; v?: unknown; z?: string };
    expect(at('B1').v).toBe('nik');
    expect([at('B2').t, at('B2').v, at('B2').z]).toEqual(['s', '1234567890123456', '@']);
    expect([at('I2').t, at('I2').v]).toEqual(['n', 45]); // jumlah_anggota
    // Rows below the example keep the format: a NIK typed there stays text.
    expect(at('B3').z).toBe('@');
    const kegiatanBook = read(files.find((f) => f.name === 'kegiatan-2025.xlsx')!.body, { type: 'array', cellNF: true });
    const date = kegiatanBook.Sheets[kegiatanBook.SheetNames[0]!]!['B2'] as { t: string; v: number; z: string };
    expect([date.t, date.z, new Date(Date.UTC(1899, 11, 30) + date.v * 86_400_000).toISOString().slice(0, 10)]).toEqual(['n', 'yyyy-mm-dd', '2025-03-15']);
  });

  it('pass the validator once filled in', async () => {
    const folder = new Map(base);
    for (const file of files) {
      // The one-row snapshot goes before the fixture's own: a later one would be a collapse (validate.ts checkDrops).
      const path = file.path.replace('YYYY-MM-DD', '2025-03-31').replace('YYYY', '2025');
      if (path.endsWith('.xlsx')) continue; // the next test
      const text = file.body as string;
      if (!path.startsWith('reference/')) {
        folder.set(path, new TextEncoder().encode(text));
        continue;
      }
      // The example row, then the region's other rows (same columns, same order).
      const [header, example] = text.replace(/^\uFEFF/, '').trim().split('\r\n') as [string, string];
      const [ownHeader, ...rows] = decode(base.get(path)!).trim().split(/\r?\n/);
      expect(ownHeader, path).toBe(header);
      const key = example.split(',')[0];
      folder.set(path, new TextEncoder().encode(`\uFEFF${[header, example, ...rows.filter((r) => r.split(',')[0] !== key)].join('\r\n')}\r\n`));
    }
    const { problems } = await validateFolder('kecil', folder);
    expect(formatProblems(problems)).toEqual([]);
  });

  it('pass the validator as workbooks, their formatted empty rows read as nothing', async () => {
    const folder = new Map(base);
    for (const file of files.filter((f) => f.name.endsWith('.xlsx') && !f.path.startsWith('reference/'))) {
      const path = file.path.replace('YYYY-MM-DD', '2025-03-31').replace('YYYY', '2025');
      folder.delete(path.replace(/\.xlsx$/, '.csv'));
      folder.set(path, file.body as Uint8Array);
    }
    const { problems, data } = await validateFolder('kecil', folder);
    expect(formatProblems(problems)).toEqual([]);
    expect(data!.snapshots.find((s) => s.date === '2025-03-31')!.rows.map((r) => r.nik)).toEqual(['1234567890123456']);
    expect(data!.kegiatan.find((k) => k.year === 2025)!.rows.map((r) => r.tanggal)).toEqual(['2025-03-15']);
  });
});
