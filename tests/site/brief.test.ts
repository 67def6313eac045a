// The leadership brief as PDF (one A4 page with the right figures), and the FGD
// presentation driven by keyboard and URL hash.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { PRECOMPUTED_URL } from '../../src/lib/node/precompute.ts';
import { describe, expect, inject, it } from 'vitest';
import { id as t } from '../../src/lib/i18n/id.ts';
import { VIEWPORTS, sharedBrowser, open, screenshot } from '../helpers/chromium.ts';
import { expectedIndicators, readRawFolder } from '../helpers/independent.ts';
import { f, redrawn } from '../helpers/page.ts';
import { metricLabel } from '../../src/lib/metrics.ts';

const { sample, kecil } = inject('sites');

const browser = sharedBrowser();

async function pdf(bytes: Uint8Array) {
  const document = await getDocumentProxy(bytes);
  const { text } = await extractText(document, { mergePages: true });
  return { pages: document.numPages, text: text.replace(/\s+/g, ' ') };
}

/** The brief's opening sentence, from the independent computation. */
function opening(folder: ReturnType<typeof readRawFolder>, snapshot: string) {
  const i = expectedIndicators(folder, { snapshot });
  return t.brief.state(f.date(snapshot), f.number(i.terdaftar), f.number(i.aktif), f.percent(i.persen_koperasi_aktif));
}

describe('the leadership brief', () => {
  it('prints the region’s brief on one A4 page with the right figures', async () => {
    const raw = readRawFolder(sample.data);
    const latest = [...raw.snapshots.keys()].at(-1)!;
    const { page, errors, close } = await open(browser(), `${sample.url}ringkasan/`, VIEWPORTS[1]);
    const { pages, text } = await pdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
    // The sample region's brief fits one page (it once spilled 6 px onto a second).
    expect(pages).toBe(1);
    expect(text).toContain(opening(raw, latest));
    expect(text).toContain(t.brief.header(f.date(latest), 'Dinas Koperasi dan UKM Kabupaten Karawang'));
    expect(text).toContain(t.site.sample);
    expect(errors).toEqual([]);
    await close();
  });

  it('prints the brief of another snapshot chosen in the URL', async () => {
    const raw = readRawFolder(sample.data);
    const older = [...raw.snapshots.keys()][4]!;
    // Drawn from the result computed at build: the engine is not needed (and cannot load here).
    const { page, errors, requests, close } = await open(browser(), `${sample.url}ringkasan/?snapshot=${older}`, { ...VIEWPORTS[0], blocked: /\.wasm$/ });
    await redrawn(page);
    // One file (asked for beside the renderer, then by it from the browser's cache).
    expect(new Set(requests.filter((u) => PRECOMPUTED_URL.test(u))).size).toBe(1);
    const { pages, text } = await pdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(opening(raw, older));
    expect(text).toContain(t.brief.header(f.date(older), 'Dinas Koperasi dan UKM Kabupaten Karawang'));
    // Under the title too: no date of another snapshot anywhere on the page.
    expect((await page.textContent('[data-slot="meta"]'))?.trim()).toBe(t.brief.header(f.date(older), 'Dinas Koperasi dan UKM Kabupaten Karawang'));
    expect(text).not.toContain(f.date([...raw.snapshots.keys()].at(-1)!));
    expect(errors).toEqual([]);
    await close();
  });

  it('writes every brief of a second data folder with `npm run brief`', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/brief.ts'], { env: { ...process.env, OUT_DIR: kecil.out } });
    const raw = readRawFolder(kecil.data);
    const files = [join('ringkasan', 'ringkasan.pdf'), ...raw.kecamatan.map((k) => join('ringkasan', k.kode_kecamatan!, `ringkasan-${k.kode_kecamatan}.pdf`))];
    expect(stdout.trim().split('\n')).toHaveLength(files.length);
    const briefs = await Promise.all(files.map(async (file) => pdf(new Uint8Array(await readFile(join(kecil.out, file))))));
    for (const brief of briefs) expect(brief.pages).toBe(1);
    expect(briefs[0]!.text).toContain(opening(raw, '2025-12-31'));
    expect(briefs[0]!.text).toContain(t.brief.odocLag(1, 'Tanjungsari'));
    expect(briefs[3]!.text).toContain(t.brief.kecamatanEmpty('Tanjungsari'));
    expect(briefs[3]!.text).not.toMatch(/NaN|undefined/);
  });
});

describe('the FGD presentation', () => {
  const current = (page: Page) => page.evaluate(() => [location.hash, document.querySelector('.slide.current')?.id]);

  it('advances by the keys a clicker sends and by the URL hash', async () => {
    const { page, errors, close } = await open(browser(), `${sample.url}presentasi/`, VIEWPORTS[1]);
    const total = await page.locator('.slide').count();
    expect(await current(page)).toEqual(['#1', '1']);
    for (const [key, slide] of [['PageDown', 2], ['ArrowRight', 3], [' ', 4], ['PageUp', 3], ['ArrowLeft', 2], ['End', total], ['Home', 1]] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      expect(await current(page), key).toEqual([`#${slide}`, String(slide)]);
    }
    await page.goto(`${sample.url}presentasi/#5`);
    expect(await current(page)).toEqual(['#5', '5']);
    await page.keyboard.press('o');
    expect(await page.locator('.deck.overview .slide').count()).toBe(total);
    await page.keyboard.press('Escape');
    expect(await page.locator('.deck.overview').count()).toBe(0);
    expect(await current(page)).toEqual(['#5', '5']);
    await screenshot(page, 'presentasi-1920');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the map live inside a slide', async () => {
    // Another metric is drawn from the result computed at build, with no engine (none can load here).
    const { page, errors, close } = await open(browser(), `${sample.url}presentasi/#3`, { ...VIEWPORTS[1], blocked: /\.wasm$/ });
    await page.selectOption('.slide.current select[name="peta"]', 'aktif');
    await redrawn(page);
    expect(await page.locator('.slide.current [data-slot="map"] svg a').first().getAttribute('aria-label')).toContain(metricLabel('aktif', t));
    expect(await current(page)).toEqual(['#3', '3']);
    expect(new URL(page.url()).search).toBe('?peta=aktif');
    expect(errors).toEqual([]);
    await close();
  });

  it('dates the title slide by the snapshot chosen, after a redraw', async () => {
    const older = [...readRawFolder(sample.data).snapshots.keys()][3]!;
    const { page, errors, close } = await open(browser(), `${sample.url}presentasi/?snapshot=${older}`, VIEWPORTS[1]);
    await redrawn(page);
    expect((await page.textContent('[data-slot="meta"]'))?.trim()).toBe(t.deck.subtitle(f.date(older), 'Dinas Koperasi dan UKM Kabupaten Karawang'));
    expect(errors).toEqual([]);
    await close();
  });

  it('reads as a document without JavaScript, for a kecamatan too', async () => {
    const { page, errors, close } = await open(browser(), `${sample.url}presentasi/32.15.05/`, { ...VIEWPORTS[0], javaScript: false });
    expect(await page.textContent('.slide h1')).toBe(t.deck.kecamatanTitle('Klari'));
    const slides = await page.locator('.slide').count();
    for (let i = 1; i <= slides; i++) expect(await page.locator(`[id="${i}"]`).isVisible()).toBe(true);
    expect(await page.locator('[data-slot="questions"] li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });
});
