// The open data pages as a journalist uses them: downloads checked byte for byte and by SHA-256,
// the dictionary against the schema, the changelog on a fixture with known changes, the SQL
// explorer (runs, fails gracefully, cancels, reads nothing but the site), exports and search.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { readFolder } from '../../src/lib/node/read-folder.ts';
import { metricLabel } from '../../src/lib/metrics.ts';
import { PAGE_SIZE } from '../../src/lib/profile.ts';
import { formatProblems } from '../../src/lib/problem.ts';
import { TABLES } from '../../src/lib/schema.ts';
import { validateFolder } from '../../src/lib/validate.ts';
import { defaultView } from '../../src/lib/view.ts';
import { open, screenshot, sharedBrowser } from '../helpers/chromium.ts';
import { FIXTURES } from '../helpers/folders.ts';
import { readRawFolder } from '../helpers/independent.ts';
import { f, redrawn } from '../helpers/page.ts';

const { sample, kecil } = inject('sites');
const raw = readRawFolder(sample.data);
const latest = [...raw.snapshots.keys()].at(-1)!;
const dataset = JSON.parse(await readFile(join(sample.data, 'dataset.json'), 'utf8')) as { penerbit: string };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const browser = sharedBrowser();

describe('downloads', () => {
  it('are listed with the manifest’s size, rows and SHA-256, and serve exactly those bytes', async () => {
    const { page, close } = await open(browser(), `${sample.url}data/`, { width: 1920, height: 1080, javaScript: false });
    const listed = await page.$$eval('table.downloads tbody tr', (rows) =>
      rows.map((r) => ({ href: r.querySelector('a')!.getAttribute('href')!, rows: r.children[3]!.textContent!, sha256: r.querySelector('.hash')!.textContent! })),
    );
    // The Satu Data tables are listed on their own page, with their metadata (reconcile.test.ts).
    expect(await page.locator('main a[href="/data/satu-data/"]').count()).toBe(1);
    await close();
    const manifest = (await (await fetch(`${sample.url}data/manifest.json`)).json()) as { unduhan: { url: string; baris: number | null; sha256: string; sumber: string | null }[]; basisData: { url: string; sha256: string } };
    const satuData = manifest.unduhan.filter((d) => d.url.startsWith('/data/unduh/satu-data/'));
    expect(satuData.length).toBeGreaterThan(0);
    expect(listed.map((d) => d.href).sort()).toEqual([...manifest.unduhan.filter((d) => !satuData.includes(d)).map((d) => d.url), manifest.basisData.url].sort());
    for (const item of listed) {
      const bytes = new Uint8Array(await (await fetch(new URL(item.href, sample.url))).arrayBuffer());
      expect(sha256(bytes), item.href).toBe(item.sha256);
      const entry = manifest.unduhan.find((d) => d.url === item.href);
      if (!entry) continue; // the database, checked against basisData below
      expect(entry.sha256).toBe(item.sha256);
      expect(item.rows).toBe(entry.baris === null ? '' : f.number(entry.baris));
      // A file as published is the data folder's file, byte for byte.
      if (entry.url.endsWith(entry.sumber ?? '\0')) expect(Buffer.from(bytes).equals(await readFile(join(sample.data, entry.sumber!))), entry.url).toBe(true);
    }
    expect(listed.find((d) => d.href === manifest.basisData.url)!.sha256).toBe(manifest.basisData.sha256);
  });

  it('offer each snapshot as Parquet with the same cooperatives as its CSV, and all snapshots combined', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const ids = async (url: string) => {
      const path = join(sample.out, url);
      return (await connection.runAndReadAll(`SELECT id_koperasi FROM read_parquet('${path}') ORDER BY ALL`)).getRowObjects().map((r) => String(r.id_koperasi));
    };
    try {
      for (const [date, rows] of raw.snapshots) {
        expect(await ids(`data/unduh/snapshots/${date}/koperasi.parquet`), date).toEqual(rows.map((r) => r.id_koperasi!).sort());
      }
      const combined = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(DISTINCT snapshot)::INTEGER AS s FROM read_parquet('${join(sample.out, 'data/unduh/koperasi-semua.parquet')}')`);
      expect(combined.getRowObjects()[0]).toEqual({ n: [...raw.snapshots.values()].reduce((n, rows) => n + rows.length, 0), s: raw.snapshots.size });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe('the data dictionary', () => {
  for (const [lang, prefix] of [['id', ''], ['en', 'en/']] as const) {
    it(`lists every column of the schema, in order, with its type (${lang})`, async () => {
      const { page, close } = await open(browser(), `${sample.url}${prefix}data/`, { width: 1920, height: 1080, javaScript: false });
      const types = (lang === 'id' ? t : en).contract.types;
      for (const table of TABLES) {
        const rows = await page.$$eval(`#kamus-${table.name} ~ .table-scroll tbody tr`, (trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.children[1]!.textContent]));
        expect(rows, table.name).toEqual(table.columns.map((c) => [c.name, types[c.type]]));
      }
      await close();
    });
  }
});

describe('the changelog', () => {
  /** The full list: change, cooperative, kecamatan, detail. */
  const listed = (page: Page) => page.$$eval('[data-slot="changelog"] details tbody tr', (rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent)));

  it('shows the known changes of the small fixture without JavaScript', async () => {
    const { page, close } = await open(browser(), `${kecil.url}data/`, { width: 1920, height: 1080, javaScript: false });
    expect(await page.textContent('[data-slot="changelog"] .summary')).toBe(t.data.changelogPeriod(f.date('2025-06-30'), f.date('2025-12-31')));
    const c = t.data.changes;
    expect(await listed(page)).toEqual([
      [c.baru, 'Koperasi Desa Merah Putih Mekarsari', 'Sukamaju', ''],
      [c.hilang, 'Koperasi Nelayan Tanjungsari', 'Tanjungsari', ''],
      [c.status, 'Koperasi Tani Cikopi', 'Kota Lama', `${t.values.status.tidak_aktif} → ${t.values.status.aktif}`],
      [c.status, 'Koperasi Jasa Mekarsari', 'Sukamaju', `${t.values.status.aktif} → ${t.values.status.tidak_aktif}`],
      [c.pendampingan, 'KSP Alun-Alun', 'Kota Lama', t.values.jalur.pkk],
      [c.pendampingan, 'Koperasi Tani Cikopi', 'Kota Lama', t.values.jalur.camat],
      [c.odoc, 'Koperasi Pemasaran Sukamaju', 'Sukamaju', ''],
    ]);
    await close();
  });

  it('narrows to one kecamatan in the browser, and says the first snapshot has nothing before it', async () => {
    const { page, errors, close } = await open(browser(), `${kecil.url}data/`, { width: 360, height: 740 });
    await page.selectOption('form[data-view] select[name="kecamatan"]', '99.01.02');
    await redrawn(page);
    expect((await listed(page)).map((r) => r[1])).toEqual(['Koperasi Desa Merah Putih Mekarsari', 'Koperasi Jasa Mekarsari', 'Koperasi Pemasaran Sukamaju']);
    await page.selectOption('form[data-view] select[name="snapshot"]', '2025-06-30');
    await redrawn(page);
    expect(await page.textContent('[data-slot="changelog"]')).toBe(t.data.changelogFirst);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the SQL explorer', () => {
  async function explorer() {
    const opened = await open(browser(), `${sample.url}data/sql/`, { width: 1920, height: 1080 });
    const { page } = opened;
    const run = async (sql: string) => {
      await page.fill('textarea', sql);
      await page.click('form[data-explorer] button[type=submit]');
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('form[data-explorer] button[type=submit]')!.disabled, null, { timeout: 60_000 });
      return page.textContent('form[data-explorer] [data-status]');
    };
    const cells = () => page.$$eval('[data-result] tbody tr', (rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent!)));
    return { ...opened, run, cells };
  }

  it('lists every table the database holds, each column with its type, as DuckDB describes them', async () => {
    const { page, run, cells, close } = await explorer();
    // One row per table (a result shows 100 rows a page).
    await run("SELECT table_name, string_agg(column_name || ' ' || data_type, ', ' ORDER BY column_name) FROM information_schema.columns WHERE table_catalog = 'dasbor' GROUP BY ALL ORDER BY ALL");
    const held = await cells();
    const listed = await page.$$eval('details.schema', (tables) =>
      tables.map((table) => {
        const columns = Array.from(table.querySelectorAll('tbody tr'), (row) => `${row.querySelector('th')!.textContent} ${row.querySelector('td')!.textContent}`);
        return [table.querySelector('summary code')!.textContent!, columns.sort().join(', ')];
      }),
    );
    expect(listed.sort()).toEqual(held.sort());
    await close();
  });

  it('answers the first example as the data say, keeps the query in the URL, and reaches no other host', async () => {
    const { page, run, cells, requests, errors, close } = await explorer();
    expect(await run(await page.inputValue('textarea'))).toMatch(new RegExp(`^${t.explorer.done(String(raw.kecamatan.length), '\\d+')}`));
    const active = new Map<string, number>();
    for (const k of raw.snapshots.get(latest)!) if (k.status === 'aktif') active.set(k.kode_kecamatan!, (active.get(k.kode_kecamatan!) ?? 0) + 1);
    const expected = raw.kecamatan.map((k) => [k.nama_kecamatan!, String(active.get(k.kode_kecamatan!) ?? 0)]);
    expect((await cells()).sort()).toEqual(expected.sort());
    expect(new URL(page.url()).searchParams.get('q')).toBe(await page.inputValue('textarea'));
    await page.waitForSelector('[data-result] svg'); // the quick chart, drawn once Plot has loaded
    expect(requests.every((url) => url.startsWith(sample.url))).toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, 'explorer');
    await close();
  });

  it('shows DuckDB’s error and stays usable; cannot read URLs, files or extensions', async () => {
    const { run, cells, requests, close } = await explorer();
    expect(await run('SELECT * FROM tidak_ada')).toMatch(new RegExp(`^${t.explorer.error}.*tidak_ada`, 's'));
    // INSTALL is a no-op in DuckDB-WASM (LOAD would fetch): whatever it says, LOAD must fail.
    await run('INSTALL httpfs');
    for (const sql of [
      "SELECT * FROM read_csv('https://example.com/data.csv')",
      "SELECT * FROM read_text('/etc/passwd')",
      'LOAD httpfs',
      'SET enable_external_access = true',
      "ATTACH 'https://example.com/x.duckdb' AS luar",
    ]) {
      expect(await run(sql), sql).toMatch(new RegExp(`^${t.explorer.error}`));
    }
    expect(await run('SELECT 42 AS jawaban')).toMatch(new RegExp(`^${t.explorer.done('1', '\\d+')}`));
    expect(await cells()).toEqual([['42']]);
    expect(requests.filter((url) => !url.startsWith(sample.url))).toEqual([]);
    await close();
  });

  it('cancels a long query and runs the next one', async () => {
    const { page, run, close } = await explorer();
    await run('SELECT 1'); // the engine is loaded
    await page.fill('textarea', 'SELECT count(*) FROM range(100000000000)');
    await page.click('form[data-explorer] button[type=submit]');
    await page.waitForFunction((running) => document.querySelector('form[data-explorer] [data-status]')!.textContent === running, t.explorer.running);
    await page.click('[data-cancel]');
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('form[data-explorer] button[type=submit]')!.disabled, null, { timeout: 30_000 });
    expect(await page.textContent('form[data-explorer] [data-status]')).toBe(t.explorer.cancelled);
    expect(await run('SELECT 2')).toMatch(new RegExp(`^${t.explorer.done('1', '\\d+')}`));
    await close();
  });

  it('shows markup as text, pages through a large result, and exports formula-safe CSV', async () => {
    const { page, run, cells, close } = await explorer();
    await run(`SELECT '<img src=x onerror="document.title=1">' AS nama, '=1+1' AS rumus`);
    expect(await page.locator('[data-result] img').count()).toBe(0);
    expect(await cells()).toEqual([['<img src=x onerror="document.title=1">', '=1+1']]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-result] button:text("${t.explorer.download}")`)]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toBe('\uFEFFnama;rumus\r\n"<img src=x onerror=""document.title=1"">";\'=1+1\r\n');
    expect(download.suggestedFilename()).toBe(t.explorer.fileName);

    await run('SELECT range AS n FROM range(250)');
    expect(await page.textContent('[data-result] p')).toBe(t.explorer.page('1', '100', '250'));
    await page.click(`[data-result] button:text("${t.profile.next}")`);
    expect(await page.textContent('[data-result] p')).toBe(t.explorer.page('101', '200', '250'));
    expect((await cells())[0]).toEqual(['100']);
    await close();
  });

  it('runs a query given in the URL', async () => {
    const { page, close } = await open(browser(), `${sample.url}data/sql/?q=${encodeURIComponent('SELECT count(*) AS n FROM kecamatan')}`, { width: 360, height: 740 });
    await page.waitForSelector('[data-result] tbody td');
    expect(await page.textContent('[data-result] tbody td')).toBe(String(raw.kecamatan.length));
    await close();
  });
});

describe('chart exports', () => {
  it('download the map’s data as formula-safe CSV and the map as SVG and PNG with title and source', async () => {
    const { page, close } = await open(browser(), sample.url, { width: 1920, height: 1080 });
    const bar = page.locator('[data-slot="map"] .exports');
    const save = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), bar.locator(`button[data-export="${kind}"]`).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
    };
    const csv = await save('csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const header = await page.$$eval('[data-slot="kecamatan"] thead th', (ths) => ths.map((th) => th.textContent));
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${header.join(';')}`);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + raw.kecamatan.length);
    // The image's own lines (wrapped to its width), as one text.
    const svg = (await save('svg')).bytes.toString('utf8');
    const lines = [...svg.matchAll(/<text x="0"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    // The map's heading, naming the metric it shows (the default one).
    expect(lines).toContain(t.map.headingOf(metricLabel(defaultView({ snapshots: [latest], kecamatan: [] }).metric, t)));
    expect(lines).toContain(t.site.dataAsOf(f.date(latest)));
    expect(lines).toContain(t.exports.source(dataset.penerbit));
    expect(lines).toContain(t.site.sample);
    const png = await save('png');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await close();
  });
});

describe('trend exports', () => {
  it('show the view’s snapshot only, after the browser drew the trends itself', async () => {
    const { page, close } = await open(browser(), sample.url, { width: 1920, height: 1080 });
    const older = [...raw.snapshots.keys()].at(-3)!;
    // A filter, then another snapshot: two steps from the page's view, so the browser draws them.
    await page.locator('.more-filters > summary').click();
    await page.locator('form[data-view] input[name="jenis"]').first().check();
    await redrawn(page);
    await page.selectOption('form[data-view] select[name="snapshot"]', older);
    await redrawn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-slot="trend"] .exports button[data-export="svg"]').click()]);
    const svg = (await readFile(await download.path())).toString('utf8');
    const marked = [...svg.matchAll(/data-marker="([^"]+)"/g)].map((m) => m[1]);
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set([older]));
    expect(svg).not.toContain('display="none"');
    await close();
  });
});

describe('site search', () => {
  const all = raw.snapshots.get(latest)!;
  // The table's default order: the name, case aside, then the id.
  const key = (k: (typeof all)[number]) => [k.nama_koperasi!.toLowerCase(), k.id_koperasi!] as const;
  const byName = (a: (typeof all)[number], b: (typeof all)[number]) => {
    const [x, y] = [key(a), key(b)];
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1;
  };
  /** The page of its kecamatan's table a cooperative is on, in the table's default order. */
  const pageOf = (k: (typeof all)[number]) => Math.floor(all.filter((o) => o.kode_kecamatan === k.kode_kecamatan).sort(byName).indexOf(k) / PAGE_SIZE) + 1;
  // Cooperatives whose words no other name has all of (their name is a query that finds one thing).
  const words = (name: string) => new Set(name.toLowerCase().split(' '));
  const findable = all.filter((k) => {
    const mine = words(k.nama_koperasi!);
    return all.every((o) => o === k || ![...mine].every((w) => words(o.nama_koperasi!).has(w)));
  });
  const cases = [
    ['on the first page of its table', findable.find((k) => pageOf(k) === 1)!],
    ['on a later page of its table', findable.find((k) => pageOf(k) > 1)!],
  ] as const;

  for (const [where, cooperative] of cases) {
    it(`names a cooperative ${where}, its jenis, status and kecamatan, and opens its row`, async () => {
      const query = cooperative.nama_koperasi!;
      const { page, requests, close } = await open(browser(), `${sample.url}cari/?q=${encodeURIComponent(query)}`, { width: 360, height: 740 });
      await page.waitForSelector('.pagefind-ui__result-link');
      const results = await page.$$eval('.pagefind-ui__result', (items) =>
        items.map((r) => ({
          title: r.querySelector('.pagefind-ui__result-link')!.textContent!.trim(),
          href: r.querySelector('.pagefind-ui__result-link')!.getAttribute('href')!,
          excerpt: r.querySelector('.pagefind-ui__result-excerpt')!.textContent!,
        })),
      );
      const first = results[0]!;
      expect(first.title, JSON.stringify(results)).toBe(cooperative.nama_koperasi);
      const nama = raw.kecamatan.find((k) => k.kode_kecamatan === cooperative.kode_kecamatan)!.nama_kecamatan!;
      expect(first.excerpt).toContain(t.values.jenis_koperasi[cooperative.jenis_koperasi as keyof typeof t.values.jenis_koperasi].toLowerCase());
      expect(first.excerpt).toContain(t.values.status[cooperative.status as keyof typeof t.values.status].toLowerCase());
      expect(first.excerpt).toContain(`Kecamatan ${nama}`);
      const p = pageOf(cooperative);
      const rowId = `koperasi-${cooperative.id_koperasi}`;
      expect(first.href).toBe(`/kecamatan/${cooperative.kode_kecamatan}/${p > 1 ? `?hal=${p}` : ''}#${rowId}`);
      expect(requests.every((url) => url.startsWith(sample.url))).toBe(true);
      await close();

      // The link opens the kecamatan page at that row, marked, on the phone's screen; without
      // JavaScript a later page's cooperative is marked in the list of every name.
      for (const javaScript of [true, false]) {
        const { page: profile, close: closeProfile } = await open(browser(), new URL(first.href, sample.url).href, { width: 360, height: 740, javaScript });
        // With JavaScript a later page is drawn first (then its row is marked as found).
        const marked = javaScript && p > 1 ? '[data-found]' : ':target';
        await profile.waitForFunction(([id, marked]) => document.getElementById(id!)?.matches(marked!), [rowId, marked], { timeout: 60_000 });
        const row = await profile.$eval(`[id="${rowId}"]`, (target) => {
          const box = target.getBoundingClientRect();
          const cell = target.tagName === 'TR' ? target.firstElementChild! : target;
          return { tag: target.tagName, text: target.textContent, top: box.top, bottom: box.bottom, background: getComputedStyle(cell).backgroundColor };
        });
        expect(row.tag).toBe(javaScript || p === 1 ? 'TR' : 'SPAN');
        expect(row.text).toContain(cooperative.nama_koperasi);
        expect(row.top, `javaScript ${javaScript}`).toBeGreaterThanOrEqual(0);
        expect(row.bottom).toBeLessThanOrEqual(740);
        expect(row.background).not.toBe('rgb(255, 255, 255)');
        await closeProfile();
      }
    });
  }

  it('names a desa/kelurahan and its kecamatan, and opens its row', async () => {
    const desa = raw.desa.find((d) => raw.desa.filter((o) => o.nama_desa === d.nama_desa).length === 1 && !raw.kecamatan.some((k) => k.nama_kecamatan === d.nama_desa))!;
    const { page, close } = await open(browser(), `${sample.url}cari/?q=${encodeURIComponent(desa.nama_desa!)}`, { width: 1920, height: 1080 });
    await page.waitForSelector('.pagefind-ui__result-link');
    const hrefs = await page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => a.getAttribute('href')!));
    const href = `/kecamatan/${desa.kode_kecamatan}/#desa-${desa.kode_desa}`;
    expect(hrefs).toContain(href);
    await close();
    const { page: profile, close: closeProfile } = await open(browser(), new URL(href, sample.url).href, { width: 1920, height: 1080, javaScript: false });
    expect(await profile.$eval(':target', (row) => row.querySelector('th')!.textContent)).toBe(desa.nama_desa);
    await closeProfile();
  });
});

describe('a kecamatan with more cooperatives than a page of its table', () => {
  it('names every one of them without JavaScript, for readers and for search', async () => {
    const all = raw.snapshots.get(latest)!;
    const count = (kode: string) => all.filter((k) => k.kode_kecamatan === kode).length;
    const largest = raw.kecamatan.map((k) => k.kode_kecamatan!).sort((a, b) => count(b) - count(a))[0]!;
    expect(count(largest)).toBeGreaterThan(PAGE_SIZE);
    const { page, close } = await open(browser(), `${sample.url}kecamatan/${largest}/`, { width: 360, height: 740, javaScript: false });
    expect(await page.locator('[data-slot="cooperatives"] tbody tr').count()).toBe(PAGE_SIZE);
    const listed = (await page.textContent('[data-slot="cooperatives"] .all-names p'))!.split(' · ');
    expect(listed.sort()).toEqual(all.filter((k) => k.kode_kecamatan === largest).map((k) => k.nama_koperasi!).sort());
    await close();
  });
});

describe('checking data before it is sent', () => {
  it('shows the validator’s own lines for a file, computed in the browser, sending nothing', async () => {
    const broken = join(FIXTURES, 'broken', 'sarpras', 'kegiatan', '2025.csv');
    const files = await readFolder(kecil.data);
    files.set('kegiatan/2025.csv', new Uint8Array(await readFile(broken)));
    const expected = formatProblems((await validateFolder('data', files)).problems);
    expect(expected.length).toBeGreaterThan(0);

    const { page, close } = await open(browser(), `${kecil.url}data/periksa/`, { width: 360, height: 740 });
    const methods: string[] = [];
    page.on('request', (r) => methods.push(`${r.method()} ${r.url()}`));
    await page.setInputFiles('input[name="berkas"]', broken);
    await page.waitForSelector('[data-problems]:not([hidden])');
    expect((await page.textContent('[data-problems]'))!.split('\n')).toEqual(expected);
    expect(await page.textContent('form[data-check] ~ [data-status], [data-status]')).toBe(t.check.problems(String(expected.length)));
    expect(methods.filter((m) => !m.startsWith(`GET ${kecil.url}`))).toEqual([]);
    await close();
  });
});
