// The in-browser data check (/data/periksa/) against the command line: a folder chosen with the
// folder input gives, line for line, what `npm run check:data -- <folder>` prints for the same
// folder — the valid fixture, every broken case laid over it, a folder missing a file, a folder
// whose published.json names a snapshot it lacks, problems whose order depends on file order,
// the 200-line cap, and a folder full of OS artefacts. Then the snapshot date for a single
// koperasi.csv: it starts at a date not yet published, and a published date is explained.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { id as t } from '../../src/lib/i18n/id.ts';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { InvalidDataError, loadSite } from '../../src/lib/node/site.ts';
import { nextSnapshotDate } from '../../src/lib/snapshot-date.ts';
import { open, sharedBrowser } from '../helpers/chromium.ts';
import { FIXTURES, KECIL, materialize, overlayFolder } from '../helpers/folders.ts';
import { asWorkbooks, csvAsWorkbook, sheetOf, workbookBytes } from '../helpers/workbooks.ts';

const { kecil } = inject('sites');
const browser = sharedBrowser();
const run = promisify(execFile);
const BROKEN = join(FIXTURES, 'broken');
const PAGE = `${kecil.url}data/periksa/`;
const encode = (text: string) => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The workbook reader's module as the build names it. */
const XLSX_CHUNK = /\/_astro\/xlsx\.[\w-]+\.js$/;

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dirname(dir), { recursive: true, force: true })));
});
async function folder(files: ReadonlyMap<string, Uint8Array>, name: string): Promise<string> {
  const dir = await materialize(files, name);
  temporary.push(dir);
  return dir;
}

/** What `npm run check:data -- dir` prints on stdout, one entry per line, and its exit status. */
async function cli(dir: string): Promise<{ code: number; lines: string[] }> {
  const { code, stdout } = await run(process.execPath, ['scripts/check-data.ts', dir], { maxBuffer: 64 << 20 }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  return { code, lines: stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n') };
}

/** Waits for the check started by the last choice to finish. */
function checked(page: Page) {
  return page.waitForFunction(
    (checking) => {
      const status = document.querySelector('[data-status]')!.textContent;
      return status !== '' && status !== checking;
    },
    t.check.checking,
    { timeout: 60_000 },
  );
}

/** The page's answer: the listed lines (text of the problems block), the status and the mode. */
async function answer(page: Page) {
  await checked(page);
  return {
    lines: await page.$eval('[data-problems]', (pre) => ((pre as HTMLElement).hidden ? [] : pre.textContent!.split('\n'))),
    status: await page.textContent('[data-status]'),
    mode: await page.$eval('[data-mode]', (p) => ((p as HTMLElement).hidden ? null : p.textContent)).catch(() => null),
  };
}

/**
 * The page's answer for a folder chosen with the folder input, as an officer chooses it; `early`:
 * chosen before the page's scripts ran (held back until then), as on a phone still loading them.
 */
async function inBrowser(dir: string, early = false) {
  const { page, errors, release, close } = await open(browser(), PAGE, early ? { width: 360, height: 740, holdScripts: true } : { width: 1920, height: 1080 });
  await page.setInputFiles('input[name="folder"]', dir);
  release();
  const result = await answer(page);
  await close();
  return { ...result, errors };
}

/** The lines the build refuses a folder with (scripts/build.ts prints them): none when it loads. */
function buildLines(dir: string): Promise<string[]> {
  return loadSite(dir).then(
    () => [],
    (error: unknown) => {
      if (!(error instanceof InvalidDataError)) throw error;
      return error.lines;
    },
  );
}

/** The same folder in the browser, on the command line and in the build: the same lines, the same verdict. */
async function same(dir: string, name: string) {
  const [expected, got] = [await cli(dir), await inBrowser(dir)];
  expect(got.lines).toEqual(expected.lines);
  expect(await buildLines(dir)).toEqual(expected.lines);
  expect(got.errors).toEqual([]);
  const files = (await readFolder(dir)).size;
  expect(got.status).toBe(expected.code === 0 ? t.check.valid(String(files)) : t.check.problems(String(Number(/\((\d+) seluruhnya\)$/.exec(expected.lines.at(-1)!)?.[1] ?? expected.lines.length))));
  expect(got.mode).toBe(t.check.modeFolder(name, String(files)));
  return expected;
}

describe('a folder checked in the browser gives the command line’s lines, and the build’s', () => {
  it('the valid fixture: no lines in either', async () => {
    expect((await same(KECIL, 'kecil')).code).toBe(0);
  });

  // Every broken file of the corpus, and every broken boundary file (tests/fixtures/peta/).
  const corpus = (root: string) => readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(root, e.name)).sort();
  const cases = [...corpus(BROKEN), ...corpus(join(FIXTURES, 'peta'))];
  it('has broken cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  for (const path of cases) {
    const name = basename(path);
    it(`${basename(dirname(path))}/${name} over the fixture`, async () => {
      const dir = await folder(await overlayFolder(KECIL, path), name);
      expect((await same(dir, name)).code).toBe(1);
    });
  }

  it('a folder chosen before the page’s script ran is checked once it runs: the same lines', async () => {
    const dir = await folder(await overlayFolder(KECIL, cases[0]!), 'early');
    const [expected, got] = [await cli(dir), await inBrowser(dir, true)];
    expect(expected.lines.length).toBeGreaterThan(0);
    expect(got.lines).toEqual(expected.lines);
    expect(got.errors).toEqual([]);
  });

  it('a folder missing a required file (not completed with the site’s copy)', async () => {
    const files = await readFolder(KECIL);
    files.delete('reference/sipd.csv');
    files.delete('dataset.json');
    const { lines } = await same(await folder(files, 'tanpa-sipd'), 'tanpa-sipd');
    expect(lines).toContain('tanpa-sipd/reference/sipd.csv:1:0: berkas wajib tidak ada');
  });

  it('a folder whose published.json names a snapshot it lacks', async () => {
    const files = await readFolder(KECIL);
    const berkas = Object.fromEntries([...files].filter(([p]) => p.startsWith('snapshots/')).map(([p, b]) => [p, sha256(b)]));
    files.delete('snapshots/2025-12-31/koperasi.csv');
    files.set('published.json', encode(`${JSON.stringify({ berkas, revisi: [] }, null, 2)}\n`));
    const { lines } = await same(await folder(files, 'terbit-hilang'), 'terbit-hilang');
    expect(lines.some((l) => l.includes('"snapshots/2025-12-31/koperasi.csv" tidak ada lagi'))).toBe(true);
  });

  it('problems in many files, listed in the same order', async () => {
    const files = await readFolder(KECIL);
    const snapshot = files.get('snapshots/2025-06-30/koperasi.csv')!;
    for (const path of ['snapshots/zz/koperasi.csv', 'snapshots/2025-13-40/koperasi.csv', 'snapshots/aa/koperasi.csv', 'snapshots/2025-12-31/catatan.csv', 'kegiatan/semua.csv', 'kegiatan/B.csv'])
      files.set(path, snapshot);
    const { lines } = await same(await folder(files, 'urutan'), 'urutan');
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });

  it('more than 200 problems: 200 lines and the count of the rest', async () => {
    // 250 snapshot folders not named by a date: one line each (a mistake repeated within one file
    // would be grouped into one line).
    const files = await readFolder(KECIL);
    const snapshot = files.get('snapshots/2025-06-30/koperasi.csv')!;
    for (let i = 0; i < 250; i++) files.set(`snapshots/triwulan-${i}/koperasi.csv`, snapshot);
    const { lines } = await same(await folder(files, 'banyak'), 'banyak');
    expect(lines).toHaveLength(201);
    expect(lines[200]).toBe('… dan 50 masalah lain (250 seluruhnya)');
  });

  it('artefacts of macOS, Windows and Office are ignored by both: the folder is valid', async () => {
    const files = await readFolder(KECIL);
    const junk = encode('\0\0\0\u0001Bud1\0 bukan data');
    for (const path of ['.DS_Store', 'snapshots/.DS_Store', 'snapshots/2025-06-30/.DS_Store', 'snapshots/2025-06-30/._koperasi.csv', 'Thumbs.db', 'reference/desktop.ini', 'desktop.ini', '__MACOSX/snapshots/2025-06-30/._koperasi.csv', '__MACOSX/._dataset.json'])
      files.set(path, junk);
    const dir = await folder(files, 'artefak');
    // The browser is given the artefacts (the folder input does not hide dotfiles).
    const { page, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    await page.setInputFiles('input[name="folder"]', dir);
    const given = await page.$eval('input[name="folder"]', (input) => Array.from((input as HTMLInputElement).files!, (f) => f.webkitRelativePath));
    await close();
    expect(given).toEqual(expect.arrayContaining(['artefak/.DS_Store', 'artefak/snapshots/2025-06-30/._koperasi.csv', 'artefak/__MACOSX/._dataset.json', 'artefak/Thumbs.db']));
    expect((await same(dir, 'artefak')).code).toBe(0);
  });
});

describe('Excel workbooks in the browser', () => {
  /** The CSV files the page offers for the workbooks it checked, downloaded: link text → the file's rows. */
  async function offered(page: Page): Promise<Record<string, string[][]>> {
    if (await page.$eval('[data-converted]', (e) => (e as HTMLElement).hidden)) return {};
    const links = page.locator('[data-converted] a');
    const out: Record<string, string[][]> = {};
    for (let i = 0; i < (await links.count()); i++) {
      const link = links.nth(i);
      const text = (await link.textContent())!;
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename(), text).toBe(basename(text));
      const body = await readFile(await download.path(), 'utf8');
      expect(body.startsWith('\uFEFF'), text).toBe(true);
      out[text] = csvParseRows(body.slice(1));
    }
    return out;
  }

  it('a folder of workbooks: the command line’s lines (none), and each workbook back as the contract’s CSV', async () => {
    const csv = await readFolder(KECIL);
    const dir = await folder(asWorkbooks(csv), 'kiriman-excel');
    expect((await same(dir, 'kiriman-excel')).code).toBe(0);
    const { page, errors, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    await page.setInputFiles('input[name="folder"]', dir);
    await answer(page);
    // The CSV offered holds the fixture's own cells (dates typed as dates, amounts as numbers, yes/no as TRUE/FALSE in the workbook).
    const tables = [...csv.keys()].filter((p) => p.endsWith('.csv')).sort();
    const given = await offered(page);
    expect(Object.keys(given).sort()).toEqual(tables);
    // A decimal reads as Excel holds it (-6.30 typed is the number -6.3).
    const decimals = (rows: string[][]) => rows.map((row) => row.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? String(Number(cell)) : cell)));
    for (const path of tables) expect(decimals(given[path]!), path).toEqual(decimals(csvParseRows(new TextDecoder().decode(csv.get(path)!).replace(/^\uFEFF/, '').trim())));
    expect(errors).toEqual([]);
    await close();
  });

  it('a workbook with a NIK typed as a number: the same line in the browser, on the command line and in the build, naming the cell', async () => {
    const files = await readFolder(KECIL);
    const text = new TextDecoder().decode(files.get('snapshots/2025-12-31/koperasi.csv')!).trim().split('\n').map((l) => l.split(','));
    const cells = text.map((row) => row.map((v) => ({ t: 's' as const, v })));
    cells[1]![1] = { t: 'n', v: Number(text[1]![1]) } as never;
    files.delete('snapshots/2025-12-31/koperasi.csv');
    files.set('snapshots/2025-12-31/koperasi.xlsx', workbookBytes(sheetOf(cells)));
    const { lines } = await same(await folder(files, 'nik-angka'), 'nik-angka');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^nik-angka\/snapshots\/2025-12-31\/koperasi\.xlsx:2:2 \(B2\): kolom nik: nilai "\d+" diketik sebagai angka di Excel/);
    // Chosen on its own, in place of the published CSV file of that date: the same line, no CSV offered.
    const single = await folder(new Map([['koperasi.xlsx', files.get('snapshots/2025-12-31/koperasi.xlsx')!]]), 'satu');
    const { page, errors, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    await page.fill('input[name="tanggal"]', '2025-12-31');
    await page.setInputFiles('input[name="berkas"]', join(single, 'koperasi.xlsx'));
    const answered = await answer(page);
    expect(answered.mode).toBe(t.check.modeFiles('data/snapshots/2025-12-31/koperasi.xlsx'));
    expect(answered.lines.filter((l) => l.includes('(B2)'))).toEqual([lines[0]!.replace('nik-angka/', 'data/')]);
    expect(await offered(page)).toEqual({});
    expect(errors).toEqual([]);
    await close();
  });

  it('a valid koperasi.xlsx chosen on its own is checked as the next snapshot and offered back as koperasi.csv', async () => {
    const files = await readFolder(KECIL);
    const source = files.get('snapshots/2025-12-31/koperasi.csv')!;
    const single = await folder(new Map([['koperasi.xlsx', csvAsWorkbook('snapshots/2025-12-31/koperasi.csv', source)]]), 'satu-sah');
    const { page, requests, errors, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    const date = await page.inputValue('input[name="tanggal"]');
    await page.setInputFiles('input[name="berkas"]', join(single, 'koperasi.xlsx'));
    const answered = await answer(page);
    expect(answered.lines).toEqual([]);
    expect(answered.mode).toBe(t.check.modeFiles(`data/snapshots/${date}/koperasi.xlsx`));
    expect(await offered(page)).toEqual({ [`snapshots/${date}/koperasi.csv`]: csvParseRows(new TextDecoder().decode(source).trim()) });
    // The workbook reader came with the workbook (it is not part of the page).
    expect(requests.some((u) => XLSX_CHUNK.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the snapshot date for a single koperasi.csv', () => {
  const dates = async () => (await readdir(join(kecil.data, 'snapshots'))).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();

  const today = () => new Date().toISOString().slice(0, 10);

  it('starts at the next quarter end, so a new quarter’s file is checked as a new snapshot', async () => {
    const published = await dates();
    const next = nextSnapshotDate(published, today())!;
    expect(published).not.toContain(next);
    const { page, requests, errors, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    expect(await page.inputValue('input[name="tanggal"]')).toBe(next);
    expect(await page.textContent('[data-date-note]')).toBe(t.check.newDate(next));
    // The latest published file, offered as the next quarter's: a new snapshot, no revision asked.
    await page.setInputFiles('input[name="berkas"]', join(kecil.data, 'snapshots', published.at(-1)!, 'koperasi.csv'));
    const { lines, status, mode } = await answer(page);
    expect(lines).toEqual([]);
    expect(status).toBe(t.check.valid('1'));
    expect(mode).toBe(t.check.modeFiles(`data/snapshots/${next}/koperasi.csv`));
    // A CSV file is checked without the workbook reader (SheetJS, ~100 kB compressed).
    expect(requests.some((u) => XLSX_CHUNK.test(u))).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('starts at the reader’s day while the next quarter has not ended (a later date is refused)', async () => {
    const published = await dates();
    // The fixture's latest snapshot is 2025-12-31: on 15 February 2026 the quarter of 31 March has
    // not ended, and a snapshot dated then would be refused as after today.
    expect(published.at(-1)).toBe('2025-12-31');
    const { page, errors, close } = await open(browser(), PAGE, { width: 360, height: 740, now: new Date('2026-02-15T09:00:00Z') });
    expect(await page.inputValue('input[name="tanggal"]')).toBe('2026-02-15');
    expect(await page.textContent('[data-date-note]')).toBe(t.check.newDate('2026-02-15'));
    await page.setInputFiles('input[name="berkas"]', join(kecil.data, 'snapshots', '2025-12-31', 'koperasi.csv'));
    const first = await answer(page);
    expect(first.lines).toEqual([]);
    expect(first.mode).toBe(t.check.modeFiles('data/snapshots/2026-02-15/koperasi.csv'));
    // A cleared field stands for the date offered, not for a folder with no date.
    await page.fill('input[name="tanggal"]', '');
    await page.setInputFiles('input[name="berkas"]', []);
    await page.setInputFiles('input[name="berkas"]', join(kecil.data, 'snapshots', '2025-12-31', 'koperasi.csv'));
    const second = await answer(page);
    expect(second.lines).toEqual([]);
    expect(second.mode).toBe(t.check.modeFiles('data/snapshots/2026-02-15/koperasi.csv'));
    expect(await page.inputValue('input[name="tanggal"]')).toBe('2026-02-15');
    expect(errors).toEqual([]);
    await close();
  });

  it('says, next to the date as it is chosen, that a published date needs a new date or a revision', async () => {
    const published = await dates();
    const [first, latest] = [published[0]!, published.at(-1)!];
    const next = nextSnapshotDate(published, today())!;
    const { page, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    await page.fill('input[name="tanggal"]', latest);
    expect(await page.textContent('[data-date-note]')).toBe(t.check.publishedDate(latest, next));
    // Next to the field: the date input is described by the note.
    const described = await page.getAttribute('input[name="tanggal"]', 'aria-describedby');
    expect(await page.getAttribute('[data-date-note]', 'id')).toBe(described);
    // A different file at the published date: the validator asks for a revision entry.
    await page.setInputFiles('input[name="berkas"]', join(kecil.data, 'snapshots', first, 'koperasi.csv'));
    const { lines } = await answer(page);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`data/snapshots/${latest}/koperasi.csv:1:0: isi berubah sejak terbit`);
    await page.fill('input[name="tanggal"]', next);
    expect(await page.textContent('[data-date-note]')).toBe(t.check.newDate(next));
    await close();
  });

  it('lists files it cannot place apart from the validator’s lines', async () => {
    const dir = await folder(new Map([['catatan.txt', encode('bukan data')]]), 'lain');
    const { page, close } = await open(browser(), PAGE, { width: 360, height: 740 });
    await page.setInputFiles('input[name="berkas"]', [join(dir, 'catatan.txt'), join(kecil.data, 'kegiatan', '2025.csv')]);
    const { lines, status } = await answer(page);
    expect(lines).toEqual([]);
    expect(status).toBe(t.check.valid('1'));
    expect(await page.textContent('[data-unknown]')).toBe(t.check.unknown('catatan.txt'));
    await close();
  });
});
