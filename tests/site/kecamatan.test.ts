// Kecamatan pages, the kecamatan picker and the program page in Chromium, checked against the
// independent computation from the CSV files, for the sample data and another region.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatFor } from '../../src/lib/format.ts';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { PAGE_SIZE } from '../../src/lib/profile.ts';
import { VIEWPORTS, sharedBrowser, open, screenshot } from '../helpers/chromium.ts';
import { type RawFolder, expectedProfile, expectedProgram, readRawFolder } from '../helpers/independent.ts';
import { expectedFigures, f, figuresOnPage, noHorizontalScroll, redrawn } from '../helpers/page.ts';

const { sample, kecil } = inject('sites');
const raw = readRawFolder(sample.data);
const latest = [...raw.snapshots.keys()].at(-1)!;

const browser = sharedBrowser();

/** The figures a kecamatan page shows (the flagship has its own section, not a card). */
function expectedKecamatanFigures(folder: RawFolder, kode: string, snapshot: string) {
  const { kecamatan_odoc: _, ...figures } = expectedFigures(folder, { snapshot, kecamatan: [kode] });
  return figures;
}

async function profileOnPage(page: Page) {
  return page.evaluate(() => ({
    odoc: document.querySelector('[data-slot="odoc"]')!.textContent!,
    unmentored: document.querySelector('[data-slot="mentoring"] h3')!.textContent!,
    showing: document.querySelector('[data-slot="cooperatives"] .summary')!.textContent!,
    first: document.querySelector('[data-slot="cooperatives"] tbody tr th')?.textContent ?? null,
  }));
}

describe('kecamatan pages', () => {
  it('exist for every kecamatan of the reference data, in any region', () => {
    for (const site of [sample, kecil]) {
      for (const k of readRawFolder(site.data).kecamatan) expect(existsSync(join(site.out, 'kecamatan', k.kode_kecamatan!, 'index.html')), k.kode_kecamatan).toBe(true);
    }
  });

  for (const viewport of VIEWPORTS) {
    it(`show a kecamatan completely without JavaScript at ${viewport.width}×${viewport.height}`, async () => {
      const kode = '32.15.05';
      const { page, errors, close } = await open(browser(), `${sample.url}kecamatan/${kode}/`, { ...viewport, javaScript: false });
      expect(await figuresOnPage(page)).toEqual(expectedKecamatanFigures(raw, kode, latest));
      const e = expectedProfile(raw, kode, { snapshot: latest });
      const shown = await profileOnPage(page);
      expect(shown.odoc).toContain(e.flagship!.nama_koperasi!);
      expect(shown.unmentored).toBe(t.profile.unmentoredHeading(f.number(e.unmentored.length)));
      expect(shown.showing).toBe(t.profile.showing('1', f.number(Math.min(PAGE_SIZE, e.cooperatives.length)), f.number(e.cooperatives.length)));
      // By name, case aside ("KSP Maju" beside "Koperasi Maju"), then by id.
      const byName = [...e.cooperatives].sort((a, b) => {
        const [x, y] = [a.nama_koperasi.toLowerCase(), b.nama_koperasi.toLowerCase()];
        return x < y ? -1 : x > y ? 1 : a.id_koperasi < b.id_koperasi ? -1 : 1;
      });
      expect(await page.$$eval('[data-slot="cooperatives"] tbody th', (ths) => ths.map((th) => th.textContent))).toEqual(byName.slice(0, PAGE_SIZE).map((c) => c.nama_koperasi));
      expect(await page.locator('.breadcrumbs a').allTextContents()).toEqual([t.nav.home, t.nav.kecamatan]);
      expect(await page.locator('.locator svg').count()).toBe(1);
      expect(await noHorizontalScroll(page)).toBe(true);
      expect(errors).toEqual([]);
      await screenshot(page, `kecamatan-${viewport.width}-nojs`);
      await close();
    });

    it(`re-query a kecamatan's table and figures with JavaScript at ${viewport.width}×${viewport.height}`, async () => {
      const kode = '32.15.05';
      const { page, errors, close } = await open(browser(), `${sample.url}kecamatan/${kode}/`, viewport);
      const all = expectedProfile(raw, kode, { snapshot: latest }).cooperatives;
      const byMembers = [...all].sort((a, b) => b.jumlah_anggota - a.jumlah_anggota || a.nama_koperasi.localeCompare(b.nama_koperasi));
      const sortedColumn = () =>
        page.$$eval('[data-slot="cooperatives"] thead th', (ths) =>
          ths.map((th, i) => ({ i, text: th.textContent, sort: th.getAttribute('aria-sort'), right: th.getBoundingClientRect().right })).filter((c) => c.sort !== null),
        );
      // By name at first: the name column, marked ascending.
      expect(await sortedColumn()).toEqual([expect.objectContaining({ i: 0, text: t.profile.columns.nama, sort: 'ascending' })]);
      await page.selectOption('select[name="urut"]', 'anggota');
      await redrawn(page);
      expect((await profileOnPage(page)).first).toBe(byMembers[0]!.nama_koperasi);
      // The column sorted by is next to the name, marked, and on the screen without scrolling sideways.
      const [sorted] = await sortedColumn();
      expect(sorted).toEqual(expect.objectContaining({ i: 1, text: t.profile.columns.anggota, sort: 'descending' }));
      expect(sorted!.right).toBeLessThanOrEqual(viewport.width);
      await page.click('button[name="hal"][value="2"]');
      await redrawn(page);
      expect((await profileOnPage(page)).first).toBe(byMembers[PAGE_SIZE]!.nama_koperasi);
      expect(new URL(page.url()).search).toBe('?urut=anggota&hal=2');
      // The reader is at the top of the table's new page, with focus there, not wherever the
      // page's new length left them (the button pressed is gone).
      const place = () =>
        page.evaluate(() => {
          const summary = document.querySelector('[data-slot="cooperatives"] .summary')!;
          const { top, bottom } = summary.getBoundingClientRect();
          return { focused: document.activeElement === summary, onScreen: top >= 0 && bottom <= innerHeight };
        });
      expect(await place()).toEqual({ focused: true, onScreen: true });
      const older = [...raw.snapshots.keys()][6]!;
      await page.selectOption('select[name="snapshot"]', older);
      await redrawn(page);
      expect(await figuresOnPage(page)).toEqual(expectedKecamatanFigures(raw, kode, older));
      expect(await noHorizontalScroll(page)).toBe(true);
      expect(errors).toEqual([]);
      await screenshot(page, `kecamatan-${viewport.width}-js`);
      await close();
    });
  }

  it('draw another snapshot as the build drew it, with neither the engine nor the renderer, in either language', async () => {
    const kode = '32.15.05';
    const older = [...raw.snapshots.keys()][4]!;
    // The table's first row by name: lower-cased, compared as DuckDB does (by code point), then by id.
    const key = (c: { nama_koperasi: string; id_koperasi: string }) => [c.nama_koperasi.toLowerCase(), c.id_koperasi] as const;
    const [first] = expectedProfile(raw, kode, { snapshot: older }).cooperatives.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
    });
    for (const prefix of ['', 'en/']) {
      const { page, requests, errors, close } = await open(browser(), `${sample.url}${prefix}kecamatan/${kode}/`, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
      await page.selectOption('select[name="snapshot"]', older);
      await redrawn(page, prefix === '' ? t.filters.ready : en.filters.ready);
      if (prefix === '') expect(await figuresOnPage(page)).toEqual(expectedKecamatanFigures(raw, kode, older));
      expect(await page.getAttribute('html', 'lang')).toBe(prefix === '' ? 'id' : 'en');
      // The date under the title is the snapshot shown, not the build's.
      expect(await page.textContent('.profile-head .dataset-meta')).toContain(formatFor(prefix === '' ? 'id' : 'en').date(older));
      expect((await profileOnPage(page)).first).toBe(first!.nama_koperasi);
      const files = requests.filter((u) => /\/data\/tampilan\.[0-9a-f]+\.json$/.test(u));
      expect(files).toHaveLength(1);
      expect(requests.slice(0, requests.indexOf(files[0]!)).some((u) => /\/_astro\/interactive\.[\w-]+\.js$/.test(u))).toBe(false);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('say plainly what a kecamatan lacks (another region)', async () => {
    const { page, errors, close } = await open(browser(), `${kecil.url}kecamatan/99.01.03/`, { ...VIEWPORTS[0], javaScript: false });
    expect(await page.textContent('[data-slot="odoc"]')).toBe(t.profile.odocNone);
    expect(await page.textContent('[data-slot="activities"]')).toBe(t.profile.activitiesNone);
    expect(await page.textContent('[data-slot="cooperatives"] .summary')).toBe(t.profile.showingNone);
    expect(await figuresOnPage(page)).toEqual(expectedKecamatanFigures(readRawFolder(kecil.data), '99.01.03', '2025-12-31'));
    expect(await page.content()).not.toContain('NaN');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the kecamatan picker', () => {
  it('opens a kecamatan by keyboard alone, by name or by part of it', async () => {
    const { page, errors, close } = await open(browser(), sample.url, VIEWPORTS[0]);
    // Tab from the top of the page until the picker has focus: after the skip link, the site's
    // name, the language link and the seven pages of the menu.
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.id === 'cari-kecamatan')) && tabs++ < 12) await page.keyboard.press('Tab');
    expect(tabs).toBe(11);
    await page.keyboard.type('klari');
    await Promise.all([page.waitForURL('**/kecamatan/32.15.05/'), page.keyboard.press('Enter')]);
    await page.focus('#cari-kecamatan');
    await page.keyboard.type('Cikamp');
    await Promise.all([page.waitForURL('**/kecamatan/32.15.13/'), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toBe(t.profile.title('Cikampek'));
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the program page', () => {
  function expectedProgramFigures(start: string, end: string) {
    const e = expectedProgram(raw, start, end);
    return {
      kegiatan: f.number(e.kegiatan),
      pelatihan: f.number(e.peserta_pelatihan),
      bazar: f.number(e.bazar),
      sarpras: t.program.figures.sarprasValue(f.number(e.tenda), f.number(e.genset)),
      anggaran: f.percent((100 * e.realisasi) / e.anggaran),
      tanpa: t.figures.ofTotal(f.number(e.kecamatan_tanpa_kegiatan), f.number(raw.kecamatan.length)),
    };
  }

  it('shows the latest year without JavaScript, and a quarter from the URL with it', async () => {
    const year = Math.max(...raw.kegiatan.map((g) => Number(g.tanggal!.slice(0, 4))));
    const still = await open(browser(), `${sample.url}program/`, { ...VIEWPORTS[1], javaScript: false });
    // The data date: nothing after the latest snapshot is counted, though the log runs on.
    const dataDate = [...raw.snapshots.keys()].at(-1)!;
    const whole = { start: `${year}-01-01`, end: dataDate < `${year}-12-31` ? dataDate : `${year}-12-31` };
    expect(await figuresOnPage(still.page)).toEqual(expectedProgramFigures(whole.start, whole.end));
    expect(await still.page.locator('[data-slot="budget"] tbody tr').count()).toBeGreaterThan(0);
    expect(still.errors).toEqual([]);
    await screenshot(still.page, 'program-1920-nojs');
    await still.close();

    const { page, errors, close } = await open(browser(), `${sample.url}program/?tahun=${year - 1}&triwulan=2`, VIEWPORTS[0]);
    await redrawn(page);
    const quarter = { start: `${year - 1}-04-01`, end: `${year - 1}-06-30` };
    expect(await figuresOnPage(page)).toEqual(expectedProgramFigures(quarter.start, quarter.end));
    expect(await page.inputValue('select[name="triwulan"]')).toBe('2');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, 'program-360-js');
    await close();
  });

  it('draws another year as the build drew it, with neither the engine nor the renderer', async () => {
    const year = Math.max(...raw.kegiatan.map((g) => Number(g.tanggal!.slice(0, 4)))) - 1;
    const { page, requests, errors, close } = await open(browser(), `${sample.url}program/`, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
    await page.selectOption('select[name="tahun"]', String(year));
    await redrawn(page);
    expect(await figuresOnPage(page)).toEqual(expectedProgramFigures(`${year}-01-01`, `${year}-12-31`));
    const files = requests.filter((u) => /\/data\/tampilan\.[0-9a-f]+\.json$/.test(u));
    expect(files).toHaveLength(1);
    expect(requests.slice(0, requests.indexOf(files[0]!)).some((u) => /\/_astro\/interactive\.[\w-]+\.js$/.test(u))).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
