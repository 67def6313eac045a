// The layout as people meet it, measured: a phone's first screen, no sideways scroll, tables that
// fit or scroll in their own box, the wait shown where the reader is, the compare map's scale, and
// the printed brief's colours and sample notice.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dictionary, localized } from '../../src/lib/i18n/index.ts';
import { VIEWPORTS, open, screenshot, sharedBrowser } from '../helpers/chromium.ts';
import { readRawFolder } from '../helpers/independent.ts';
import { noHorizontalScroll } from '../helpers/page.ts';
import { FOLD_AFTER } from '../../src/lib/render/table.ts';

const { sample } = inject('sites');
const raw = readRawFolder(sample.data);
const snapshots = [...raw.snapshots.keys()];
const kode = raw.kecamatan[4]!.kode_kecamatan!;
const browser = sharedBrowser();
const PHONE = VIEWPORTS[0];

const PAGES = ['/', '/program/', '/kecamatan/', `/kecamatan/${kode}/`, '/ringkasan/', `/ringkasan/${kode}/`, '/presentasi/', '/data/', '/data/periksa/', '/data/sql/', '/data/satu-data/', '/cari/'];

/** Tables wider than the screen that are not inside a box of their own that scrolls sideways. */
function overflowingTables(page: Page) {
  return page.$$eval('table', (tables) =>
    tables
      .filter((table) => {
        if (table.getBoundingClientRect().width <= window.innerWidth) return false;
        for (let e = table.parentElement; e; e = e.parentElement) {
          const { overflowX } = getComputedStyle(e);
          if ((overflowX === 'auto' || overflowX === 'scroll') && e.getBoundingClientRect().width <= window.innerWidth) return false;
        }
        return true;
      })
      .map((table) => table.querySelector('caption')?.textContent ?? table.closest('[data-slot]')?.getAttribute('data-slot') ?? '?'),
  );
}

/** Bottom of the first headline figure card, in CSS pixels from the top of the page. */
const firstFigureBottom = (page: Page) => page.$eval('[data-figure]', (card) => card.getBoundingClientRect().bottom + window.scrollY);

describe('on a 360×740 phone', () => {
  it('folds the long secondary lists of a kecamatan page, and keeps a contents list', async () => {
    // The kecamatan with the most active cooperatives not yet mentored: a long list.
    const latest = raw.snapshots.get(snapshots.at(-1)!)!;
    const unmentored = (k: string) => latest.filter((r) => r.kode_kecamatan === k && r.status === 'aktif' && r.pendampingan !== 'ya').length;
    const longest = raw.kecamatan.map((k) => k.kode_kecamatan!).sort((a, b) => unmentored(b) - unmentored(a))[0]!;
    expect(unmentored(longest)).toBeGreaterThan(FOLD_AFTER);
    const { page, close } = await open(browser(), `${sample.url}kecamatan/${longest}/`, { ...PHONE, javaScript: false });
    const lists = await page.$$eval('[data-slot="mentoring"] table, [data-slot="activities"] table', (tables) =>
      tables.map((table) => ({ rows: (table as HTMLTableElement).tBodies[0]!.rows.length, folded: table.closest('details')?.open === false })),
    );
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) expect(list.folded, JSON.stringify(list)).toBe(list.rows > FOLD_AFTER);
    expect(lists.some((l) => l.folded)).toBe(true);
    expect(await page.locator('.contents a').count()).toBeGreaterThanOrEqual(5);
    await close();
  });

  for (const javaScript of [false, true]) {
    it(`shows the first headline figure on the first screen (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      for (const path of ['/', `/kecamatan/${kode}/`, '/en/', `/en/kecamatan/${kode}/`]) {
        const { page, errors, close } = await open(browser(), `${sample.url}${path.slice(1)}`, { ...PHONE, javaScript });
        expect(await firstFigureBottom(page), path).toBeLessThanOrEqual(PHONE.height);
        expect(errors).toEqual([]);
        if (path === '/') await screenshot(page, `first-screen-360${javaScript ? '-js' : ''}`);
        await close();
      }
    }, 120_000);

    it(`never scrolls sideways, and every wide table scrolls in its own box, in both languages (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      for (const lang of ['id', 'en'] as const) {
        for (const path of PAGES.map((p) => localized(lang, p))) {
          const { page, close } = await open(browser(), `${sample.url}${path.slice(1)}`, { ...PHONE, javaScript });
          expect(await noHorizontalScroll(page), path).toBe(true);
          expect(await overflowingTables(page), path).toEqual([]);
          await close();
        }
      }
    }, 240_000);
  }

  it('shows the wait at the foot of the screen, wherever the reader has scrolled', async () => {
    const { page, errors, close } = await open(browser(), sample.url, PHONE);
    // The view (computed at build) is held until the status is read: a fast answer would end the wait first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/tampilan\./, async (route) => {
      await held;
      await route.continue();
    });
    await page.selectOption('select[name="snapshot"]', snapshots.at(-2)!);
    await page.waitForSelector('[data-page][aria-busy="true"]');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const status = await page.$eval('[data-status]', (s) => {
      const r = s.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, text: s.textContent };
    });
    expect(status.text).not.toBe('');
    expect(status.top).toBeGreaterThanOrEqual(0);
    expect(status.bottom).toBeLessThanOrEqual(PHONE.height);
    release();
    await page.waitForSelector('[data-page]:not([aria-busy])');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});

describe('the compare map', () => {
  it('colours the change on a scale symmetric about zero that spans the data, in points', async () => {
    const t = dictionary('id');
    const { page, errors, close } = await open(browser(), `${sample.url}?banding=${snapshots[0]}`, VIEWPORTS[1]);
    await page.waitForFunction(() => !document.querySelector('[data-page]')!.hasAttribute('aria-busy') && document.querySelector('[data-status]')!.textContent !== '', null, { timeout: 60_000 });
    const legend = await page.$eval('[data-slot="map"] figure', (f) => f.textContent ?? '');
    expect(legend).toContain(`(${t.figures.points})`);
    expect(legend).not.toContain('(%)');
    // The ticks are whole points, as many below zero as above.
    const ticks = await page.$$eval('[data-slot="map"] figure > svg:first-child text', (texts) => texts.map((x) => x.textContent!).filter((x) => /^[+−]?\d/.test(x)));
    const values = ticks.map((x) => Number(x.replace('−', '-').replace('+', '')));
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => v < 0).map((v) => -v)).toEqual(values.filter((v) => v > 0).reverse());
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});

describe('the printed brief', () => {
  it('keeps its colour keys and bars without background graphics, and says plainly the data are a sample', async () => {
    const t = dictionary('id');
    const { page, close } = await open(browser(), `${sample.url}ringkasan/`, { ...VIEWPORTS[1], javaScript: false });
    await page.emulateMedia({ media: 'print' });
    const adjust = await page.$$eval('.swatch, .split-bar span', (els) => [...new Set(els.map((e) => getComputedStyle(e).printColorAdjust))]);
    expect(adjust).toEqual(['exact']);
    // One notice on paper, framed, above the title.
    const banners = await page.$$eval('.sample-banner', (all) => all.filter((b) => getComputedStyle(b).display !== 'none' && getComputedStyle(b.parentElement!).display !== 'none').map((b) => b.textContent ?? ''));
    expect(banners).toHaveLength(1);
    expect(banners[0]).toContain(t.site.sample);
    await close();
  }, 60_000);

  it('prints map labels at 7 pt or more, the region’s and a kecamatan’s', async () => {
    // An A4 sheet at 96 dpi: the layout the printer gets.
    for (const path of ['ringkasan/', ...raw.kecamatan.filter((_, i) => i % 10 === 0).map((k) => `ringkasan/${k.kode_kecamatan}/`)]) {
      const { page, close } = await open(browser(), `${sample.url}${path}`, { width: 794, height: 1123, javaScript: false });
      await page.emulateMedia({ media: 'print' });
      const points = await page.$$eval('.labels-page text, .labels-slide text', (texts) =>
        texts.filter((t) => t.getClientRects().length > 0 && t.getBoundingClientRect().width > 0).map((t) => parseFloat(getComputedStyle(t).fontSize) * t.closest('svg')!.getScreenCTM()!.a * 0.75),
      );
      expect(points.length, path).toBeGreaterThan(0);
      expect(Math.min(...points), path).toBeGreaterThanOrEqual(7);
      await close();
    }
  }, 60_000);
});

describe('the presentation on a 1920×1080 projector', () => {
  it('gives every map slide three quarters of its height, with labels of 24 px or more that never overlap', async () => {
    // The region's deck (coverage and activity maps) and kecamatan decks (desa maps), kecamatan of
    // every shape: wide, tall, many desa and few.
    const decks = ['presentasi/', ...raw.kecamatan.filter((_, i) => i % 5 === 0).map((k) => `presentasi/${k.kode_kecamatan}/`)];
    const { page, errors, close } = await open(browser(), `${sample.url}${decks[0]}`, VIEWPORTS[1]);
    for (const deck of decks) {
      await page.goto(`${sample.url}${deck}`);
      // The slides with a map: those whose chart has a layer of slide-sized labels.
      const slides = await page.$$eval('.slide', (all) => all.map((s, i) => (s.querySelector('.labels-slide') ? i + 1 : 0)).filter((n) => n > 0));
      expect(slides.length, deck).toBeGreaterThanOrEqual(deck === decks[0] ? 2 : 1);
      for (const n of slides) {
        await page.goto(`${sample.url}${deck}#${n}`);
        await page.waitForSelector('.slide.current');
        const m = await page.$eval('.slide.current', (slide) => {
          const svg = [...slide.querySelectorAll<SVGSVGElement>('.chart-svg svg')].at(-1)!;
          const labels = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.getClientRects().length > 0 && t.getBoundingClientRect().width > 0);
          const scale = svg.getScreenCTM()!.a;
          const boxes = labels.map((t) => t.getBoundingClientRect());
          let overlaps = 0;
          boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
          }));
          return {
            ratio: svg.getBoundingClientRect().height / slide.getBoundingClientRect().height,
            clipped: svg.getBoundingClientRect().bottom > slide.getBoundingClientRect().bottom + 0.5,
            labels: labels.length,
            smallest: Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
            overlaps,
          };
        });
        const at = `${deck}#${n}`;
        expect(m.ratio, at).toBeGreaterThanOrEqual(0.75);
        expect(m.clipped, at).toBe(false);
        expect(m.labels, at).toBeGreaterThan(0);
        expect(m.smallest, at).toBeGreaterThanOrEqual(24);
        expect(m.overlaps, at).toBe(0);
        await screenshot(page, `slide-${deck.replaceAll('/', '-')}${n}-1920`);
      }
    }
    expect(errors).toEqual([]);
    await close();
  }, 240_000);
});

describe('the presentation’s overview', () => {
  it('shows every slide as a true thumbnail, three to a row, filling the screen', async () => {
    const { page, errors, close } = await open(browser(), `${sample.url}presentasi/`, VIEWPORTS[1]);
    await page.waitForSelector('.slide.current');
    // Where each part of a slide lies, as fractions of the slide's width and height.
    const layout = (selector: string) =>
      page.$$eval(selector, (slides) =>
        slides.map((slide) => {
          const box = slide.getBoundingClientRect();
          const parts = [...slide.querySelectorAll('h1, h2, h3, .figure-card, svg, li, p')].filter((e) => e.getClientRects().length > 0);
          return {
            box: { left: box.left, top: box.top, width: box.width, height: box.height },
            parts: parts.map((e) => {
              const r = e.getBoundingClientRect();
              return [(r.left - box.left) / box.width, (r.top - box.top) / box.height, r.width / box.width, r.height / box.height];
            }),
          };
        }),
      );
    const count = await page.locator('.slide').count();
    const full: Awaited<ReturnType<typeof layout>> = [];
    for (let n = 1; n <= count; n++) {
      await page.goto(`${sample.url}presentasi/#${n}`);
      await page.waitForSelector('.slide.current');
      full.push((await layout('.slide.current'))[0]!);
    }
    await page.keyboard.press('o');
    await page.waitForSelector('.deck.overview');
    const thumbnails = await layout('.slide');
    expect(thumbnails).toHaveLength(count);
    const rows = new Set(thumbnails.map((t) => Math.round(t.box.top)));
    expect(rows.size).toBe(Math.ceil(count / 3));
    for (const [i, t] of thumbnails.entries()) {
      // A third of the screen, 16:9, on the screen.
      expect(t.box.width / 1920, `slide ${i + 1}`).toBeGreaterThan(0.28);
      expect(t.box.width / t.box.height).toBeCloseTo(16 / 9, 1);
      expect(t.box.top + t.box.height).toBeLessThanOrEqual(1080);
      // The slide itself, scaled: every part where it is on the full slide.
      expect(t.parts.length, `slide ${i + 1}`).toBe(full[i]!.parts.length);
      t.parts.forEach((part, j) => part.forEach((v, k) => expect(Math.abs(v - full[i]!.parts[j]![k]!), `slide ${i + 1} part ${j}`).toBeLessThan(0.01)));
    }
    // The grid fills the screen rather than its top third.
    const bottom = Math.max(...thumbnails.map((t) => t.box.top + t.box.height));
    expect(bottom).toBeGreaterThan(0.75 * 1080);
    await screenshot(page, 'overview-1920');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});

describe('maps on a 1920×1080 screen', () => {
  it('fit one screen on the home, program and kecamatan pages', async () => {
    for (const path of ['', 'program/', `kecamatan/${kode}/`]) {
      const { page, close } = await open(browser(), `${sample.url}${path}`, { ...VIEWPORTS[1], javaScript: false });
      const heights = await page.$$eval('.map .chart-svg', (boxes) => boxes.map((b) => [...b.querySelectorAll('svg')].at(-1)!.getBoundingClientRect().height));
      expect(heights.length, path).toBeGreaterThan(0);
      for (const h of heights) expect(h, path).toBeLessThanOrEqual(VIEWPORTS[1].height);
      await close();
    }
  }, 60_000);
});
