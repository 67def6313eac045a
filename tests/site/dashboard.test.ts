// The home page in Chromium, as its users meet it: without JavaScript (everything pre-rendered),
// and with it (filters re-query DuckDB-WASM in the browser). Every number read off the page is
// checked against the independent computation from the CSV files.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { id as t } from '../../src/lib/i18n/id.ts';
import { ENUMS } from '../../src/lib/enums.ts';
import { periodOf } from '../../src/lib/period.ts';
import { VIEWPORTS, sharedBrowser, open, screenshot } from '../helpers/chromium.ts';
import { type RawView, expectedKecamatan, readRawFolder } from '../helpers/independent.ts';
import { engineRequest, expectedFigures, f, figuresOnPage, noHorizontalScroll, redrawn } from '../helpers/page.ts';
import { metricLabel } from '../../src/lib/metrics.ts';

const { sample, kecil } = inject('sites');
const raw = readRawFolder(sample.data);
const snapshots = [...raw.snapshots.keys()];
const options = { snapshots, kecamatan: raw.kecamatan.map((k) => k.kode_kecamatan!) };
const latest = snapshots.at(-1)!;

const browser = sharedBrowser();

/** The per-kecamatan table as shown, and as computed. */
async function tableOnPage(page: Page) {
  return page.$$eval('[data-slot="kecamatan"] tbody tr', (rows) =>
    rows.map((r) => ({ id: r.id, cells: Array.from(r.children, (c) => c.textContent!) })),
  );
}
function expectedTable(folder: ReturnType<typeof readRawFolder>, view: RawView, opts: typeof options) {
  return expectedKecamatan(folder, view, periodOf(view.snapshot, opts)).map((k) => ({
    id: `kecamatan-${k.kode_kecamatan}`,
    cells: [
      k.nama_kecamatan,
      f.number(k.terdaftar),
      f.number(k.aktif),
      f.percent(k.persen_koperasi_aktif),
      f.number(k.didampingi),
      f.percent(k.persen_cakupan_pendampingan),
      k.odoc ?? t.table.none,
      `${f.number(k.desa_kopdes_merah_putih)}/${f.number(k.desa_total)}`,
      f.number(k.kegiatan),
    ],
  }));
}

describe('the home page without JavaScript', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows the latest snapshot completely at ${viewport.width}×${viewport.height}`, async () => {
      const { page, requests, errors, close } = await open(browser(), sample.url, { ...viewport, javaScript: false });
      expect(await figuresOnPage(page)).toEqual(expectedFigures(raw, { snapshot: latest }));
      expect(await tableOnPage(page)).toEqual(expectedTable(raw, { snapshot: latest }, options));
      // The map: one linked, labelled shape per kecamatan, and its legend.
      const shapes = await page.$$eval('[data-slot="map"] svg a', (links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
      expect(shapes).toHaveLength(raw.kecamatan.length);
      for (const [href, label] of shapes) {
        expect(href).toMatch(/^\/kecamatan\/\d{2}\.\d{2}\.\d{2}\/$/);
        expect(label).toContain(metricLabel('cakupan', t));
      }
      expect(await page.locator('[data-slot="map"] .schematic').textContent()).toBe(t.map.schematic);
      for (const slot of ['ranking', 'composition', 'mentoring', 'trend']) {
        expect(await page.locator(`[data-slot="${slot}"] svg`).count(), slot).toBeGreaterThan(0);
        expect(await page.locator(`[data-slot="${slot}"] figcaption`).textContent(), slot).not.toBe('');
        expect(await page.locator(`[data-slot="${slot}"] details table`).count(), slot).toBe(1);
      }
      expect(await page.textContent('.sample-banner')).toContain(t.site.sample);
      expect(await page.content()).not.toContain('NaN');
      expect(await noHorizontalScroll(page)).toBe(true);
      expect(requests.filter(engineRequest)).toEqual([]);
      expect(errors).toEqual([]);
      await screenshot(page, `home-${viewport.width}-nojs`);
      await close();
    });
  }
});

describe('the home page with JavaScript', () => {
  it('fetches nothing of the engine before the first interaction, then re-queries in place', async () => {
    const { page, requests, errors, close } = await open(browser(), sample.url, VIEWPORTS[1]);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(engineRequest)).toEqual([]);
    // Nor the chart exports' code (d3-dsv among it): it loads when a download button is pressed.
    expect(requests.filter((u) => /\/_astro\/(d3-dsv|csv|figure)\.[\w-]+\.js$/.test(u))).toEqual([]);

    const older = snapshots[5]!;
    await page.selectOption('select[name="snapshot"]', older);
    await redrawn(page);
    expect(await figuresOnPage(page)).toEqual(expectedFigures(raw, { snapshot: older }));
    expect(await tableOnPage(page)).toEqual(expectedTable(raw, { snapshot: older }, options));
    // The date under the title is the date of the figures shown, not the latest.
    expect(await page.textContent('[data-slot="meta"] strong')).toBe(t.site.dataAsOf(f.date(older)));

    const kecamatan = [raw.kecamatan[4]!.kode_kecamatan!, raw.kecamatan[9]!.kode_kecamatan!];
    await page.locator('.more-filters > summary').click();
    await page.check('input[name="jenis"][value="simpan_pinjam"]');
    await redrawn(page);
    await page.locator('.kecamatan-picker summary').click();
    for (const kode of kecamatan) {
      await page.check(`input[name="kecamatan"][value="${kode}"]`);
      await redrawn(page);
    }
    const view = { snapshot: older, jenis: ['simpan_pinjam'], kecamatan };
    // Views two steps away are the engine's.
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(await figuresOnPage(page)).toEqual(expectedFigures(raw, view));
    expect(await tableOnPage(page)).toEqual(expectedTable(raw, view, options));
    const url = new URL(page.url());
    expect(url.searchParams.get('snapshot')).toBe(older);
    expect(url.searchParams.getAll('jenis')).toEqual(['simpan_pinjam']);
    expect(url.searchParams.getAll('kecamatan')).toEqual(kecamatan);

    // Back goes to the previous view, and its numbers.
    await page.goBack();
    await redrawn(page);
    expect(new URL(page.url()).searchParams.getAll('kecamatan')).toEqual([kecamatan[0]]);
    expect(await figuresOnPage(page)).toEqual(expectedFigures(raw, { ...view, kecamatan: [kecamatan[0]!] }));

    // A link reproduces the view.
    const shared = await open(browser(), url.href, VIEWPORTS[0]);
    await redrawn(shared.page);
    expect(await figuresOnPage(shared.page)).toEqual(expectedFigures(raw, view));
    expect(await shared.page.locator('select[name="snapshot"]').inputValue()).toBe(older);
    expect(await shared.page.locator('input[name="jenis"][value="simpan_pinjam"]').isChecked()).toBe(true);
    await screenshot(shared.page, 'home-360-js-filtered');
    expect(shared.errors).toEqual([]);
    await shared.close();

    for (const u of requests) expect(new URL(u).host).toBe(new URL(sample.url).host);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the change between two snapshots on the map', async () => {
    const { page, errors, close } = await open(browser(), `${sample.url}?banding=${snapshots[0]}&peta=aktif`, VIEWPORTS[1]);
    await redrawn(page);
    const first = raw.kecamatan[0]!;
    const before = expectedKecamatan(raw, { snapshot: snapshots[0]! }, periodOf(snapshots[0]!, options)).find((k) => k.kode_kecamatan === first.kode_kecamatan)!;
    const now = expectedKecamatan(raw, { snapshot: latest }, periodOf(latest, options)).find((k) => k.kode_kecamatan === first.kode_kecamatan)!;
    const change = `${f.change(now.persen_koperasi_aktif! - before.persen_koperasi_aktif!, 1)} ${t.figures.points}`;
    expect(await page.locator(`[data-slot="map"] svg a[href="/kecamatan/${first.kode_kecamatan}/"]`).getAttribute('aria-label')).toContain(change);
    expect(await page.locator(`#kecamatan-${first.kode_kecamatan!.replaceAll('.', '\\.')} td`).last().textContent()).toBe(change);
    await screenshot(page, 'home-1920-js-compare');
    expect(errors).toEqual([]);
    await close();
  });

  it('redraws exactly the pre-rendered numbers in interactive mode', async () => {
    const { page, errors, close } = await open(browser(), sample.url, VIEWPORTS[0]);
    const slots = () => page.$$eval('[data-slot]', (els) => els.map((e) => [(e as HTMLElement).dataset.slot, e.textContent]));
    const prerendered = await slots();
    await page.click('[data-interactive]');
    await redrawn(page);
    expect(await slots()).toEqual(prerendered);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws a view one step away from a file computed at build, with no engine, the numbers DuckDB-WASM gives', async () => {
    const { page, requests, errors, close } = await open(browser(), sample.url, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
    const older = snapshots[3]!;
    await page.selectOption('select[name="snapshot"]', older);
    await redrawn(page);
    const figures = await figuresOnPage(page);
    const table = await tableOnPage(page);
    expect(figures).toEqual(expectedFigures(raw, { snapshot: older }));
    expect(table).toEqual(expectedTable(raw, { snapshot: older }, options));
    // One file, the view as the build drew it, asked for once: neither the engine nor the renderer
    // was needed for it (the renderer loads only after it is shown, for the next changes).
    const files = requests.filter((u) => /\/data\/tampilan\.[0-9a-f]+\.json$/.test(u));
    expect(files).toHaveLength(1);
    const drawnAt = requests.indexOf(files[0]!);
    expect(requests.slice(0, drawnAt).some((u) => /\/_astro\/interactive\.[\w-]+\.js$/.test(u))).toBe(false);
    expect(errors).toEqual([]);
    await close();

    // The same numbers from the engine: the same view written so that no file was computed for it
    // (every jenis ticked filters nothing out).
    const all = new URLSearchParams([['snapshot', older], ...ENUMS.jenis_koperasi.map((j) => ['jenis', j])]);
    const engine = await open(browser(), `${sample.url}?${all}`, VIEWPORTS[0]);
    await redrawn(engine.page);
    expect(engine.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(engine.requests.some((u) => /\/data\/tampilan\./.test(u))).toBe(false);
    expect(await figuresOnPage(engine.page)).toEqual(figures);
    expect(await tableOnPage(engine.page)).toEqual(table);
    await engine.close();
  });

  it('shows a view chosen before the page script ran (a slow phone, a revisit from the cache)', async () => {
    // The page's scripts are held back until the reader has chosen: their change event is gone.
    const { page, errors, release, close } = await open(browser(), sample.url, { ...VIEWPORTS[0], holdScripts: true });
    const older = snapshots[2]!;
    await page.selectOption('select[name="snapshot"]', older);
    release();
    await page.waitForFunction((older) => new URLSearchParams(location.search).get('snapshot') === older, older, { timeout: 60_000 });
    await redrawn(page);
    expect(await figuresOnPage(page)).toEqual(expectedFigures(raw, { snapshot: older }));
    expect(await tableOnPage(page)).toEqual(expectedTable(raw, { snapshot: older }, options));
    expect(errors).toEqual([]);
    await close();
  });

  it('starts the engine at a change the build did not compute, beside the renderer rather than after it', async () => {
    // The renderer (interactive.ts) is held back, as on a phone still downloading it.
    const { page, requests, errors, release, close } = await open(browser(), sample.url, { ...VIEWPORTS[0], holdScripts: /\/_astro\/interactive\.[\w-]+\.js$/ });
    await page.locator('.more-filters > summary').click();
    // One filter value: a view drawn at build, put in place without the renderer.
    await page.check('input[name="jenis"][value="konsumen"]');
    await redrawn(page);
    expect(requests.filter(engineRequest)).toEqual([]);
    // Two: a view for the engine, whose files are asked for while the renderer is still coming.
    await page.check('input[name="jenis"][value="produsen"]');
    await expect.poll(() => requests.some((u) => u.endsWith('.wasm')), { timeout: 60_000 }).toBe(true);
    expect(requests.some((u) => /\/_astro\/interactive\.[\w-]+\.js$/.test(u))).toBe(true);
    release();
    await redrawn(page);
    expect(await figuresOnPage(page)).toEqual(expectedFigures(raw, { snapshot: latest, jenis: ['konsumen', 'produsen'] }));
    expect(errors).toEqual([]);
    await close();
  });

  it('returns to the page as built (back) with neither the engine nor a file', async () => {
    const { page, requests, errors, close } = await open(browser(), sample.url, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
    const built = await figuresOnPage(page);
    await page.selectOption('select[name="snapshot"]', snapshots[3]!);
    await redrawn(page);
    expect(await figuresOnPage(page)).not.toEqual(built);
    const asked = requests.length;
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await redrawn(page);
    expect(await figuresOnPage(page)).toEqual(built);
    expect(built).toEqual(expectedFigures(raw, { snapshot: latest }));
    expect(await page.locator('select[name="snapshot"]').inputValue()).toBe(latest);
    expect(requests.slice(asked).filter((u) => /\/data\/tampilan\./.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await close();

    // The same from a link to another view: the page as built is the default view all the same.
    const linked = await open(browser(), `${sample.url}?snapshot=${snapshots[3]!}`, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
    await redrawn(linked.page);
    expect(await figuresOnPage(linked.page)).toEqual(expectedFigures(raw, { snapshot: snapshots[3]! }));
    await linked.page.selectOption('select[name="snapshot"]', latest);
    await linked.page.waitForFunction(() => location.search === '');
    await redrawn(linked.page);
    expect(await figuresOnPage(linked.page)).toEqual(built);
    // The engine, asked for at idle once a drawn view is shown, fails quietly: no error, the view stays.
    await expect.poll(() => linked.failed.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(await figuresOnPage(linked.page)).toEqual(built);
    expect(linked.errors).toEqual([]);
    await linked.close();
  });

  it('keeps the static view and says so when the engine cannot load', async () => {
    // Two filters: a view no file was computed for.
    const { page, close } = await open(browser(), `${sample.url}?jenis=konsumen&jenis=produsen`, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
    const before = await figuresOnPage(page);
    await page.waitForFunction((failed) => document.querySelector('[data-status]')!.textContent === failed, t.filters.failed, { timeout: 60_000 });
    expect(await figuresOnPage(page)).toEqual(before);
    expect(await page.locator('[data-page]').getAttribute('aria-busy')).toBeNull();
    await close();
  });

  it('says plainly when a view has no active cooperative (another region)', async () => {
    const folder = readRawFolder(kecil.data);
    const { page, errors, close } = await open(browser(), `${kecil.url}?status=tidak_aktif`, VIEWPORTS[0]);
    await redrawn(page);
    const figures = await figuresOnPage(page);
    expect(figures).toEqual(expectedFigures(folder, { snapshot: '2025-12-31', status: ['tidak_aktif'] }));
    expect(figures.persen_cakupan_pendampingan).toBe(t.figures.undefinedPercent);
    expect(await page.content()).not.toContain('NaN');
    expect(errors).toEqual([]);
    await close();
  });
});
