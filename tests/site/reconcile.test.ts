// One number, one value: every headline figure of the catalogue, read off every page that shows
// it — home, brief, presentation, and each kecamatan's page, brief and presentation — in both
// languages, without JavaScript and after an interaction, equals the independent computation
// (d3-dsv rows, plain TypeScript) and so is identical wherever it appears for the same view.
import { createHash } from 'node:crypto';
import { csvParseRows } from 'd3-dsv';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type Lang, dictionary, localized } from '../../src/lib/i18n/index.ts';
import { quarterUntil } from '../../src/lib/period.ts';
import { VIEWPORTS, open, sharedBrowser } from '../helpers/chromium.ts';
import { type RawFolder, expectedProgram, readRawFolder } from '../helpers/independent.ts';
import { expectedSatuData, satuDataFiles } from '../helpers/satu-data.ts';
import { type Card, cardsOnPage, expectedCards, f, redrawn } from '../helpers/page.ts';

const sites = inject('sites');
const browser = sharedBrowser();
const LANGUAGES: Lang[] = ['id', 'en'];

/** The region's pages and each kecamatan's pages that show headline figures. */
const REGION_PAGES = ['/', '/ringkasan/', '/presentasi/'];
const kecamatanPages = (kode: string) => [`/kecamatan/${kode}/`, `/ringkasan/${kode}/`, `/presentasi/${kode}/`];

/** A kecamatan has its flagship in its own section, not as a figure. */
function withoutFlagship(cards: Record<string, Card>): Record<string, Card> {
  const { kecamatan_odoc: _, ...rest } = cards;
  return rest;
}

/** Reads the cards of each path (JavaScript off) in one context. */
async function cardsOf(b: Browser, base: string, paths: readonly string[]): Promise<Map<string, Record<string, Card>>> {
  const context = await b.newContext({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
  const page = await context.newPage();
  const out = new Map<string, Record<string, Card>>();
  for (const path of paths) {
    await page.goto(new URL(path.slice(1), base).href);
    out.set(path, await cardsOnPage(page));
  }
  await context.close();
  return out;
}

for (const name of ['sample', 'kecil'] as const) {
  const site = sites[name];
  const raw: RawFolder = readRawFolder(site.data);
  const snapshots = [...raw.snapshots.keys()];
  const latest = snapshots.at(-1)!;
  const previous = snapshots.at(-2) ?? null;

  describe(`every headline figure (${name})`, () => {
    for (const lang of LANGUAGES) {
      it(`is the independent computation on every page without JavaScript (${lang})`, async () => {
        const region = expectedCards(raw, { snapshot: latest }, lang, previous);
        const shown = await cardsOf(browser(), site.url, REGION_PAGES.map((p) => localized(lang, p)));
        for (const [path, cards] of shown) expect(cards, path).toEqual(region);

        for (const k of raw.kecamatan) {
          const kode = k.kode_kecamatan!;
          const expected = withoutFlagship(expectedCards(raw, { snapshot: latest, kecamatan: [kode] }, lang, previous));
          const pages = await cardsOf(browser(), site.url, kecamatanPages(kode).map((p) => localized(lang, p)));
          for (const [path, cards] of pages) expect(cards, path).toEqual(expected);
        }
      }, 240_000);
    }
  });
}

describe('every headline figure after an interaction (sample)', () => {
  const raw = readRawFolder(sites.sample.data);
  const snapshots = [...raw.snapshots.keys()];
  const latest = snapshots.at(-1)!;
  const older = snapshots.at(-4)!;
  const beforeOlder = snapshots.at(-5)!;

  it('shows the chosen snapshot alike on the home page, the brief and the presentation', async () => {
    const home = await open(browser(), sites.sample.url, VIEWPORTS[1]);
    await home.page.selectOption('select[name="snapshot"]', older);
    await redrawn(home.page);
    const expected = expectedCards(raw, { snapshot: older }, 'id', beforeOlder);
    expect(await cardsOnPage(home.page)).toEqual(expected);
    expect(home.errors).toEqual([]);
    await home.close();
    for (const path of ['ringkasan/', 'presentasi/']) {
      const { page, errors, close } = await open(browser(), `${sites.sample.url}${path}?snapshot=${older}`, VIEWPORTS[1]);
      await redrawn(page);
      expect(await cardsOnPage(page), path).toEqual(expected);
      expect(errors).toEqual([]);
      await close();
    }
  }, 120_000);

  it('measures every change from the compared snapshot, and names it', async () => {
    const { page, errors, close } = await open(browser(), `${sites.sample.url}en/?snapshot=${latest}&banding=${older}`, VIEWPORTS[1]);
    await redrawn(page, dictionary('en').filters.ready);
    expect(await cardsOnPage(page)).toEqual(expectedCards(raw, { snapshot: latest }, 'en', older));
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('shows a kecamatan at the chosen snapshot alike on its page and its presentation (English)', async () => {
    const kode = raw.kecamatan[6]!.kode_kecamatan!;
    const expected = withoutFlagship(expectedCards(raw, { snapshot: older, kecamatan: [kode] }, 'en', beforeOlder));
    for (const path of [`en/kecamatan/${kode}/`, `en/presentasi/${kode}/`]) {
      const { page, errors, close } = await open(browser(), `${sites.sample.url}${path}?snapshot=${older}`, VIEWPORTS[0]);
      await redrawn(page, dictionary('en').filters.ready);
      expect(await cardsOnPage(page), path).toEqual(expected);
      expect(errors).toEqual([]);
      await close();
    }
  }, 120_000);

  it('reports one budget realisation for the year up to the data date, on the program page and in the brief', async () => {
    // The data date is the latest snapshot: activities logged after it are counted on no page.
    const year = quarterUntil(latest).year;
    const e = expectedProgram(raw, `${year}-01-01`, latest);
    const realisation = f.percent((100 * e.realisasi) / e.anggaran);
    const shown = await cardsOf(browser(), sites.sample.url, ['/program/']);
    expect(shown.get('/program/')!.anggaran!.value).toBe(realisation);
    const later = raw.kegiatan.filter((g) => g.tanggal! > latest);
    expect(later.length).toBeGreaterThan(0);
    const { page, close } = await open(browser(), `${sites.sample.url}ringkasan/`, { ...VIEWPORTS[0], javaScript: false });
    expect(await page.textContent('[data-slot="narrative"]')).toContain(realisation);
    await close();
  }, 120_000);
});

describe('the Satu Data tables (sample)', () => {
  const site = sites.sample;
  const raw: RawFolder = readRawFolder(site.data);

  it('are served as the independent computation, and the page lists each with its checksum from the manifest', async () => {
    const manifest = (await (await fetch(new URL('data/manifest.json', site.url))).json()) as { unduhan: { url: string; sha256: string; byte: number }[] };
    const listed = new Map(manifest.unduhan.map((d) => [d.url, d]));
    const { page, errors, close } = await open(browser(), new URL('data/satu-data/', site.url).href, VIEWPORTS[0]);
    for (const { key, column, satuan, level, file } of satuDataFiles()) {
      const url = `/data/unduh/${file}`;
      const served = new Uint8Array(await (await fetch(new URL(url.slice(1), site.url))).arrayBuffer());
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(served);
      expect(csvParseRows(body.replace(/^\uFEFF/, '').trim()), file).toEqual(expectedSatuData(site.data, raw, key, column, satuan, level));
      const entry = listed.get(url);
      expect(entry?.sha256, file).toBe(createHash('sha256').update(served).digest('hex'));
      const shown = page.locator(`[data-satu-data="${column}_${level}"]`);
      expect(await shown.locator(`a[href="${url}"]`).count(), file).toBe(1);
      expect(await shown.locator('code.hash').textContent(), file).toBe(entry!.sha256);
    }
    // The workbook of them all, with its checksum.
    const book = listed.get('/data/unduh/satu-data/satu-data-koperasi.xlsx')!;
    const bookLine = page.locator('p', { has: page.locator(`a[href="${book.url}"]`) });
    expect(await bookLine.locator('code.hash').textContent()).toBe(book.sha256);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
