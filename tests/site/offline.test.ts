// Offline use: nothing is cached until the user asks; after "Simpan untuk luring" the site —
// presentation and filters included — works with the network off; and a new build replaces the
// offline copy whole (new pages with new data, never a mix).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { id as t } from '../../src/lib/i18n/id.ts';
import { serve } from '../../src/lib/node/serve.ts';
import { runBuild } from '../helpers/build.ts';
import { sharedBrowser } from '../helpers/chromium.ts';
import { KECIL, copyFolder } from '../helpers/folders.ts';
import { figuresOnPage, redrawn } from '../helpers/page.ts';
import { metricLabel } from '../../src/lib/metrics.ts';

const { sample } = inject('sites');

const browser = sharedBrowser();

async function saveOffline(page: Page) {
  await page.click('[data-offline]');
  await page.waitForFunction((saved) => document.querySelector('[data-offline-status]')?.textContent === saved, t.offline.saved, { timeout: 120_000 });
}

describe('offline use', () => {
  it('caches nothing until asked, then works with the network off', async () => {
    const context: BrowserContext = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.goto(sample.url);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => /sw\.js|\.wasm|\.duckdb/.test(u))).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);

    await saveOffline(page);
    await context.setOffline(true);

    await page.goto(`${sample.url}presentasi/#3`);
    expect(await page.evaluate(() => document.querySelector('.slide.current')?.id)).toBe('3');
    await page.selectOption('.slide.current select[name="peta"]', 'kopdes');
    await redrawn(page);
    expect(await page.locator('.slide.current [data-slot="map"] svg a').first().getAttribute('aria-label')).toContain(metricLabel('kopdes', t));

    await page.goto(`${sample.url}kecamatan/32.15.05/?urut=anggota`);
    await redrawn(page);
    expect(await page.locator('select[name="urut"]').inputValue()).toBe('anggota');
    await context.close();
  });

  it('saves on its own when a presentation is opened online, for the hall without internet', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${sample.url}presentasi/32.15.05/`);
    await page.waitForFunction(() => document.documentElement.dataset.offline === 'saved', null, { timeout: 120_000 });
    await context.setOffline(true);
    await page.goto(`${sample.url}presentasi/#2`);
    expect(await page.evaluate(() => document.querySelector('.slide.current')?.id)).toBe('2');
    await page.goto(`${sample.url}presentasi/32.15.05/`);
    expect(await page.locator('h1, h2').first().textContent()).toContain('Klari');
    await context.close();
  });

  it('replaces the offline copy whole when a new build publishes new data', async () => {
    const data = await copyFolder(KECIL, 'data');
    const out = join(data, '..', 'dist');
    expect((await runBuild(data, out)).code).toBe(0);
    let server = await serve(out);
    const port = Number(new URL(server.url).port);
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await saveOffline(page);
    expect((await figuresOnPage(page)).terdaftar).toBe('6');

    // A new snapshot with one more cooperative, published by a new build on the same address.
    const next = join(data, 'snapshots', '2026-03-31');
    await mkdir(next);
    const rows = await readFile(join(data, 'snapshots', '2025-12-31', 'koperasi.csv'), 'utf8');
    await writeFile(join(next, 'koperasi.csv'), `${rows}K8,,Koperasi Baru Sukamaju,99.01.02,,jasa,aktif,2026,12,1000000,0,5000000,100000,tidak,,tidak,tidak\n`);
    await server.close();
    expect((await runBuild(data, out)).code).toBe(0);
    server = await serve(out, port);

    await page.reload();
    await page.waitForFunction((updated) => document.querySelector('[data-offline-status]')?.textContent?.startsWith(updated), t.offline.updated, { timeout: 120_000 });
    await page.click('[data-offline-status] button');
    await page.waitForLoadState('load');
    expect((await figuresOnPage(page)).terdaftar).toBe('7');

    // Offline, every page is the new build's, with the new data.
    await context.setOffline(true);
    await page.reload();
    expect((await figuresOnPage(page)).terdaftar).toBe('7');
    await page.goto(`${server.url}kecamatan/99.01.02/`);
    expect((await figuresOnPage(page)).terdaftar).toBe('4');
    await page.selectOption('select[name="snapshot"]', '2025-06-30');
    await redrawn(page);
    expect((await figuresOnPage(page)).terdaftar).toBe('2');
    await context.close();
    await server.close();
  });
});
