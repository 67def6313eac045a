// axe-core over every page type, on a phone and a wide screen, with JavaScript (after a redraw
// in the browser) and without: no serious or critical violation of WCAG 2.1 A and AA.
import AxeBuilder from '@axe-core/playwright';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { id as t } from '../../src/lib/i18n/id.ts';
import { VIEWPORTS, open, sharedBrowser } from '../helpers/chromium.ts';
import { redrawn } from '../helpers/page.ts';

const { sample } = inject('sites');
const browser = sharedBrowser();
const kode = '32.15.05';
const PAGES = ['', 'program/', 'kecamatan/', `kecamatan/${kode}/`, 'ringkasan/', `ringkasan/${kode}/`, 'presentasi/', `presentasi/${kode}/`, 'data/', 'data/sql/', 'data/periksa/', 'data/satu-data/', 'cari/?q=klari', 'en/', `en/kecamatan/${kode}/`];

/**
 * The page as a browser without JavaScript renders it, for axe, which needs JavaScript itself
 * (in a page loaded with scripting off, its timers never fire): the HTML as served, without its
 * scripts and with its <noscript> content in place.
 */
async function openStatic(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'script') return route.abort();
    if (request.resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const { document } = parseHTML(await response.text());
    for (const script of document.querySelectorAll('script')) script.remove();
    for (const noscript of document.querySelectorAll('noscript')) noscript.replaceWith(...noscript.childNodes);
    await route.fulfill({ response, body: document.toString() });
  });
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const viewport of VIEWPORTS) {
    for (const javaScript of [false, true]) {
      for (const path of PAGES) {
        it(`/${path} at ${viewport.width}×${viewport.height} ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
          const { page, close } = javaScript ? await open(browser(), sample.url + path, viewport) : await openStatic(browser(), sample.url + path, viewport);
          if (javaScript && (await page.$('form[data-view] select'))) {
            await page.locator('form[data-view] select').first().evaluate((s: HTMLSelectElement) => {
              s.value = s.options[1]!.value;
              s.dispatchEvent(new Event('change', { bubbles: true }));
            });
            await redrawn(page, (path.startsWith('en/') ? en : t).filters.ready);
          }
          if (javaScript && path.startsWith('cari/')) await page.waitForSelector('.pagefind-ui__result-link');
          expect(await serious(page)).toEqual([]);
          await close();
        });
      }
    }
  }
});

/** What Tab should reach: every visible link, control and scrollable region of the page. */
const FOCUSABLE = 'a[href], button:not([disabled]), select, input:not([type="hidden"]), textarea, summary, [tabindex="0"]';

describe('keyboard', () => {
  for (const path of ['', `kecamatan/${kode}/`, 'program/', 'data/sql/']) {
    it(`/${path}: Tab reaches every control, link and map kecamatan in turn, each with a visible focus`, async () => {
      const { page, close } = await open(browser(), sample.url + path, VIEWPORTS[1]);
      if (await page.$('form[data-view] select')) {
        await page.locator('form[data-view] select').first().evaluate((s: HTMLSelectElement) => {
          s.value = s.options[1]!.value;
          s.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await redrawn(page);
      }
      const expected = await page.$$eval(FOCUSABLE, (elements) =>
        elements.filter((e) => e.getClientRects().length > 0 && !e.closest('[hidden], [inert], details:not([open]) > :not(summary)')).map((e, i) => {
          e.setAttribute('data-focus-order', String(i));
          return i;
        }),
      );
      const reached = new Set<number>();
      const invisible: string[] = [];
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < expected.length + 10; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const style = getComputedStyle(e);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          // Links in a chart or map show focus by the stroke of their shape.
          const shape = e.closest('svg') && e.firstElementChild ? getComputedStyle(e.firstElementChild).stroke : '';
          return { order: e.getAttribute('data-focus-order'), visible: ring || shape === 'rgb(194, 84, 0)', name: `${e.tagName} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30)}` };
        });
        if (!focused) continue;
        if (focused.order !== null) reached.add(Number(focused.order));
        if (!focused.visible) invisible.push(focused.name);
      }
      expect(invisible).toEqual([]);
      expect(expected.filter((i) => !reached.has(i))).toEqual([]);
      if (path === '') {
        // The map's kecamatan are links: Enter on one opens its profile.
        const link = page.locator('figure.map svg a').first();
        await link.focus();
        await Promise.all([page.waitForURL(/\/kecamatan\/\d/), page.keyboard.press('Enter')]);
      }
      await close();
    });
  }
});
