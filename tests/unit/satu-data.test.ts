// The Satu Data tables (issue 15): each headline indicator per kecamatan and for the kabupaten,
// per year (the year's last snapshot), in Open Data Jabar's layout, with the region's BPS codes and
// names from dataset.json — equal to the independent computation, as CSV and in the workbook, and
// listed among the downloads with their checksums.
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { loadSite } from '../../src/lib/node/site.ts';
import { formatProblems } from '../../src/lib/problem.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { KECIL, copyFolder } from '../helpers/folders.ts';
import { readRawFolder } from '../helpers/independent.ts';
import { expectedSatuData, satuDataFiles } from '../helpers/satu-data.ts';

// The BOM kept (TextDecoder drops it by default): the tables must start with one.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('the Satu Data tables of the sample data', async () => {
  const site = await loadSite('data');
  const raw = readRawFolder('data');
  const downloads = new Map(site.downloads.map((d) => [d.path, d]));

  it('equal the independent computation, every indicator at every level and year', () => {
    const files = satuDataFiles();
    expect(files).toHaveLength(22);
    for (const { key, column, satuan, level, file } of files) {
      const download = downloads.get(file);
      expect(download, file).toBeDefined();
      const body = text(download!.bytes);
      expect(body.startsWith('\uFEFF'), file).toBe(true);
      expect(csvParseRows(body.slice(1).trim()), file).toEqual(expectedSatuData('data', raw, key, column, satuan, level));
      expect(download!.sha256).toBe(createHash('sha256').update(download!.bytes).digest('hex'));
      expect(download!.rows, file).toBe(expectedSatuData('data', raw, key, column, satuan, level).length - 1);
    }
    // Every table, no other.
    expect([...downloads.keys()].filter((p) => p.startsWith('satu-data/') && p.endsWith('.csv')).sort()).toEqual(files.map((f) => f.file).sort());
  });

  it('come as one workbook too: a metadata sheet, then each table as its CSV, numbers as numbers', () => {
    const book = read(downloads.get('satu-data/satu-data-koperasi.xlsx')!.bytes, { type: 'array' });
    const files = satuDataFiles();
    expect(book.SheetNames).toHaveLength(files.length + 1);
    const metadata = utils.sheet_to_json<Record<string, string>>(book.Sheets.metadata!);
    expect(metadata.map((m) => m.berkas)).toEqual(files.map((f) => f.file.slice('satu-data/'.length)));
    for (const m of metadata) {
      expect(m.produsen).toBe('Dinas Koperasi dan UKM Kabupaten Karawang');
      expect(m.frekuensi).toMatch(/^Tahunan/);
      // A snapshot date per year, or the days of each year's activity log.
      const day = '\\d{4}-\\d{2}-\\d{2}';
      const year = m.lembar!.startsWith('kegiatan') ? `\\d{4}: ${day} – ${day}` : `\\d{4}: ${day}`;
      expect(m.tanggal_data).toMatch(new RegExp(`^${year}(; ${year})*$`));
    }
    metadata.forEach((m, i) => {
      const { key, column, satuan, level } = files[i]!;
      const rows = utils.sheet_to_json<unknown[]>(book.Sheets[m.lembar!]!, { header: 1, raw: true, defval: '' });
      const expected = expectedSatuData('data', raw, key, column, satuan, level);
      expect(rows.map((row) => row.map(String)), m.berkas).toEqual(expected);
      // A value is a number cell (an empty one when undefined), the codes text.
      const at = expected[0]!.indexOf(column);
      const values = rows.slice(1).map((row) => row[at]).filter((v) => v !== '');
      expect(values.length, m.berkas).toBeGreaterThan(0);
      expect(values.every((v) => typeof v === 'number'), m.berkas).toBe(true);
      expect(rows.slice(1).every((row) => typeof row[1] === 'string' && typeof row[3] === 'string'), m.berkas).toBe(true);
    });
  });
});

describe('the region of the Satu Data tables (dataset.json "wilayah")', () => {
  it('gives no activity table for data without an activity log (not a count of zero)', async () => {
    const dir = await copyFolder('data');
    await rm(join(dir, 'kegiatan'), { recursive: true });
    const site = await loadSite(dir);
    expect(site.satuData!.map((table) => table.name)).toEqual(satuDataFiles().filter((f) => f.key !== 'kegiatan').map((f) => f.file.slice('satu-data/'.length, -'.csv'.length)));
  }, 60_000);

  it('is optional: without it the site has no tables', async () => {
    const site = await loadSite(KECIL);
    expect(site.satuData).toBeNull();
    expect(site.downloads.some((d) => d.path.startsWith('satu-data/'))).toBe(false);
  });

  it('must contain every kecamatan\'s BPS code', async () => {
    const files = await readFolder(KECIL);
    const dataset = JSON.parse(text(files.get('dataset.json')!)) as Record<string, unknown>;
    dataset.wilayah = { kode_provinsi: '32', nama_provinsi: 'JAWA BARAT', kode_kabupaten_kota: '3315', nama_kabupaten_kota: 'KABUPATEN CONTOH' };
    files.set('dataset.json', new TextEncoder().encode(JSON.stringify(dataset, null, 2)));
    expect(formatProblems((await validateFolder('kecil', files)).problems)).toEqual([
      'kecil/dataset.json:10:0: wilayah: kode_kabupaten_kota "3315" tidak diawali kode_provinsi "32"',
      'kecil/reference/kecamatan.csv:2:3: kolom kode_bps: nilai "9901010" tidak diawali kode BPS kabupaten/kota "3315" (dataset.json "wilayah")',
      'kecil/reference/kecamatan.csv:3:3: kolom kode_bps: nilai "9901020" tidak diawali kode BPS kabupaten/kota "3315" (dataset.json "wilayah")',
      'kecil/reference/kecamatan.csv:4:3: kolom kode_bps: nilai "9901030" tidak diawali kode BPS kabupaten/kota "3315" (dataset.json "wilayah")',
    ]);
  });
});
