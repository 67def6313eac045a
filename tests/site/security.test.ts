// Security in the browser: the Content-Security-Policy holds on every page (nothing is blocked
// because nothing needs to be), and names that are markup, script, templates or formulas
// (tests/fixtures/hostile) stay text everywhere a name appears: pages with and without
// JavaScript, charts and their exports, the SQL explorer and its CSV, search results, previews.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { open, screenshot, sharedBrowser } from '../helpers/chromium.ts';
import { readRawFolder } from '../helpers/independent.ts';
import { redrawn } from '../helpers/page.ts';

const { sample, hostile } = inject('sites');
const raw = readRawFolder(hostile.data);
const browser = sharedBrowser();

/** Listens, before any script of the page, for policy violations and for payloads that ran. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

/** Whatever a payload would leave behind if it had become markup or run. */
function traces(page: Page) {
  return page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? null,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes, (a) => a.name).filter((n) => n.startsWith('on')).map((n) => `${e.localName}[${n}]`)),
    injected: document.querySelectorAll('img[src="x"], svg[onload], b[onmouseover]').length,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
  }));
}

const clean = { ran: null, handlers: [], injected: 0, violations: [] };

const kecamatan = raw.kecamatan.map((k) => k.kode_kecamatan!);
const PAGES = ['', 'program/', 'kecamatan/', ...kecamatan.map((k) => `kecamatan/${k}/`), 'ringkasan/', `ringkasan/${kecamatan[0]}/`, 'presentasi/', `presentasi/${kecamatan[2]}/`, 'data/', 'data/sql/', 'data/periksa/', 'en/', `en/kecamatan/${kecamatan[1]}/`];

describe('the Content-Security-Policy', () => {
  it('is sent as a header equal to every page’s own, and blocks eval and other hosts', async () => {
    const response = await fetch(sample.url);
    const header = response.headers.get('content-security-policy')!;
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).toContain("connect-src 'self'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/script-src[^;]*'unsafe-(eval|inline)'/);
    const html = await readFile(join(sample.out, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    for (const hash of meta.match(/'sha256-[^']+'/g)!) expect(header).toContain(hash);
  });

  for (const path of ['', 'kecamatan/32.15.05/', 'program/', 'data/', 'ringkasan/', 'presentasi/', 'data/sql/', 'cari/?q=klari', 'en/']) {
    it(`holds without a violation on /${path}, interactions included`, async () => {
      const { page, errors, close } = await open(browser(), 'about:blank', { width: 1280, height: 900 });
      await watch(page);
      await page.goto(sample.url + path);
      if (await page.$('form[data-view] select')) {
        await page.locator('form[data-view] select').first().evaluate((s: HTMLSelectElement) => {
          s.value = s.options[1]!.value;
          s.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await redrawn(page, (path.startsWith('en/') ? en : t).filters.ready);
      }
      if (path === 'data/sql/') {
        await page.click('form[data-explorer] button[type=submit]');
        await page.waitForSelector('[data-result] svg');
      }
      if (path.startsWith('cari/')) await page.waitForSelector('.pagefind-ui__result-link');
      const png = page.locator('button[data-export="png"]:visible').first();
      if (await png.count()) await Promise.all([page.waitForEvent('download'), png.click()]);
      expect((await traces(page)).violations).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe('hostile names', () => {
  it('are in the fixture, everywhere a name goes', () => {
    expect(raw.kecamatan.map((k) => k.nama_kecamatan)).toContain('Kota <img src=x onerror="window.__xss=1">');
    expect(raw.snapshots.get('2025-12-31')!.map((k) => k.nama_koperasi)).toContain('=HYPERLINK("http://example.com","klik")');
  });

  for (const path of PAGES) {
    it(`stay text on /${path} without JavaScript`, async () => {
      const { page, close } = await open(browser(), hostile.url + path, { width: 360, height: 740, javaScript: false });
      expect(await traces(page)).toEqual(clean);
      await close();
    });

    it(`stay text on /${path} with JavaScript, after a redraw`, async () => {
      const { page, errors, close } = await open(browser(), 'about:blank', { width: 1280, height: 900 });
      await watch(page);
      await page.goto(hostile.url + path);
      if (await page.$('form[data-view] select[name="snapshot"]')) {
        // Set in the page: on a deck the select sits on a slide that is not shown.
        await page.locator('form[data-view] select[name="snapshot"]').first().evaluate((s: HTMLSelectElement) => {
          s.value = '2025-06-30';
          s.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await redrawn(page, (path.startsWith('en/') ? en : t).filters.ready);
      }
      expect(await traces(page)).toEqual(clean);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('show as the very text they are: headings, map labels, tables', async () => {
    const { page, close } = await open(browser(), `${hostile.url}kecamatan/99.01.01/`, { width: 1280, height: 900 });
    expect(await page.textContent('h1')).toBe(t.profile.title('Kota <img src=x onerror="window.__xss=1">'));
    expect(await page.locator('.locator-map svg').getAttribute('aria-label')).toBe('Kota <img src=x onerror="window.__xss=1">');
    const cells = await page.locator('[data-slot="cooperatives"] tbody th').allTextContents();
    expect(cells).toContain('=HYPERLINK("http://example.com","klik")');
    expect(await page.locator('[data-slot="desa"] svg text').allTextContents()).toContain("Pasar {{constructor.constructor('window.__xss=4')()}}");
    await screenshot(page, 'hostile-kecamatan');
    await close();
  });

  it('stay text in exported SVG and CSV', async () => {
    const { page, close } = await open(browser(), `${hostile.url}kecamatan/99.01.01/`, { width: 1280, height: 900 });
    const bar = page.locator('[data-slot="desa"] .exports');
    const save = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), bar.locator(`button[data-export="${kind}"]`).click()]);
      return readFile(await download.path(), 'utf8');
    };
    const svg = await save('svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        handlers: Array.from(doc.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes, (a) => a.name).filter((n) => n.startsWith('on'))),
        scripts: doc.querySelectorAll('script, foreignObject').length,
        text: doc.documentElement.textContent,
      };
    }, svg);
    expect(parsed).toMatchObject({ error: false, handlers: [], scripts: 0 });
    expect(parsed.text).toContain("Pasar {{constructor.constructor('window.__xss=4')()}}");
    const csv = await save('csv');
    expect(csv).toContain("Pasar {{constructor.constructor('window.__xss=4')()}}");
    expect(csv).not.toMatch(/(^|[;\n])=HYPERLINK/);
    await close();
  });

  it('stay text in the SQL explorer and its CSV', async () => {
    const { page, close } = await open(browser(), `${hostile.url}data/sql/`, { width: 1280, height: 900 });
    await watch(page);
    await page.reload();
    await page.fill('textarea', "SELECT nama_koperasi FROM koperasi WHERE snapshot = DATE '2025-12-31' ORDER BY id_koperasi");
    await page.click('form[data-explorer] button[type=submit]');
    await page.waitForSelector('[data-result] tbody td');
    const names = raw.snapshots.get('2025-12-31')!.map((k) => k.nama_koperasi!);
    expect((await page.locator('[data-result] tbody td').allTextContents()).sort()).toEqual([...names].sort());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-result] button:text("${t.explorer.download}")`)]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(`'=HYPERLINK(""http://example.com"",""klik"")`);
    expect(await traces(page)).toEqual(clean);
    await close();
  });

  it('stay text in search results', async () => {
    const { page, close } = await open(browser(), 'about:blank', { width: 360, height: 740 });
    await watch(page);
    await page.goto(`${hostile.url}cari/?q=${encodeURIComponent('Kota')}`);
    await page.waitForSelector('.pagefind-ui__result-link');
    expect(await page.locator('.pagefind-ui__result-link').first().textContent()).toContain('<img src=x');
    expect(await traces(page)).toEqual(clean);
    await close();
  });

  it('are drawn as text into the link previews', async () => {
    const png = await readFile(join(hostile.out, 'og', 'kecamatan-99.01.01.png'));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const { page, close } = await open(browser(), `${hostile.url}og/kecamatan-99.01.01.png`, { width: 1200, height: 630 });
    await screenshot(page, 'hostile-preview');
    await close();
  });
});
