// The English site: every page type under /en/, read as a visitor reads it (text, labels, titles,
// messages the page will show), with and without JavaScript, after a redraw in the browser too.
// No fixed word of the Indonesian dictionary may be left once the data's own names (kecamatan,
// desa, cooperatives, activities, SIPD nomenclature, the dataset's own words) are set aside.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { id } from '../../src/lib/i18n/id.ts';
import { open, sharedBrowser } from '../helpers/chromium.ts';
import { fragments, texts } from '../helpers/dictionary.ts';
import { readRawFolder } from '../helpers/independent.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redrawn } from '../helpers/page.ts';

const { sample } = inject('sites');
const raw = readRawFolder(sample.data);
const kode = raw.kecamatan[0]!.kode_kecamatan!;
const browser = sharedBrowser();

const englishTexts = texts(en).map(([, text]) => text);
/** Indonesian words the English dictionary does not also use (names, loanwords). */
const indonesian = [...new Set(texts(id).flatMap(([, text]) => fragments(text)))].filter((w) => !englishTexts.some((e) => e.includes(w)));

const dataset = JSON.parse(readFileSync(join(sample.data, 'dataset.json'), 'utf8')) as Record<string, unknown>;
const sipd = readFileSync(join(sample.data, 'reference', 'sipd.csv'), 'utf8');
const names = [
  ...raw.kecamatan.map((k) => k.nama_kecamatan!),
  ...raw.desa.map((d) => d.nama_desa!),
  ...[...raw.snapshots.values()].flat().map((k) => k.nama_koperasi!),
  ...raw.kegiatan.map((k) => k.judul!),
  ...sipd.split('\n').slice(1).map((line) => line.split(',').slice(1, -1).join(',').replace(/^"|"$/g, '')),
  ...Object.values(dataset).filter((v): v is string => typeof v === 'string'),
]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

const PAGES = ['', 'program/', 'kecamatan/', `kecamatan/${kode}/`, 'ringkasan/', `ringkasan/${kode}/`, 'presentasi/', `presentasi/${kode}/`, 'data/', 'data/sql/', 'data/periksa/', 'data/satu-data/', 'cari/'];

/** What a visitor reads or hears: text (code aside), labels, titles, and the messages to come. */
function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script, style, code, pre')) parts.push(node.textContent ?? '');
    }
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(element.attributes)) {
        if (['aria-label', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label', 'content'].includes(a.name) || a.name.startsWith('data-msg-')) parts.push(a.value);
      }
    }
    return parts.join('\n');
  });
}

function indonesianLeft(text: string): string[] {
  let rest = text;
  for (const name of names) rest = rest.replaceAll(name, ' ');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return indonesian.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(word)}(?![\\p{L}\\p{N}_])`, 'u').test(rest));
}

describe('the English pages', () => {
  it('has Indonesian words to look for (the check can fail)', () => {
    expect(indonesian).toContain(id.nav.home);
    expect(indonesianLeft(`${id.site.name} ${id.filters.ready}`)).toEqual([id.site.name, id.filters.ready]);
  });

  for (const path of PAGES) {
    it(`/en/${path} speaks English without JavaScript`, async () => {
      const { page, close } = await open(browser(), `${sample.url}en/${path}`, { width: 1920, height: 1080, javaScript: false });
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(indonesianLeft(await readable(page))).toEqual([]);
      // The same page in Indonesian is one link away (slides have no header), links stay in English.
      if (!path.startsWith('presentasi/')) expect(await page.getAttribute('a[hreflang="id"]', 'href')).toBe(`/${path}`);
      const internal = await page.$$eval('main a[href^="/"]:not([download])', (links) => links.map((a) => a.getAttribute('href')!));
      for (const href of internal) expect(href, href).toMatch(/^\/(en\/|og\/|data\/(unduh|templat|manifest)|pagefind\/)/);
      await close();
    });
  }

  for (const path of ['', `kecamatan/${kode}/`, 'program/', 'data/', 'ringkasan/', 'presentasi/']) {
    it(`/en/${path} stays English after a redraw in the browser`, async () => {
      const { page, errors, close } = await open(browser(), `${sample.url}en/${path}`, { width: 1920, height: 1080 });
      // The first choice of the view's first menu that is not the current one (on a slide too).
      await page.locator('form[data-view] select').first().evaluate((s: HTMLSelectElement) => {
        s.value = Array.from(s.options).find((o) => !o.selected)!.value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await redrawn(page, en.filters.ready);
      expect(indonesianLeft(await readable(page))).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('searches the English pages and records, and leads to English pages', async () => {
    const name = raw.kecamatan[0]!.nama_kecamatan!;
    const { page, close } = await open(browser(), `${sample.url}en/cari/?q=${encodeURIComponent(name)}`, { width: 360, height: 740 });
    await page.waitForSelector('.pagefind-ui__result-link');
    const hrefs = await page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\//);
    // An excerpt is a window of the page's text, so it may cut a name of the data in half: in
    // excerpts, any word of a name counts as the name's.
    const excerpts = await page.$$eval('.pagefind-ui__result-excerpt', (elements) => elements.map((e) => (e.remove(), e.textContent ?? '')));
    const nameWords = new Set(names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)));
    for (const excerpt of excerpts) expect(indonesianLeft(excerpt.split(/([^\p{L}\p{N}]+)/u).filter((w) => !nameWords.has(w)).join(''))).toEqual([]);
    expect(indonesianLeft(await readable(page))).toEqual([]);
    await close();
  });

  it('runs the SQL explorer in English', async () => {
    const { page, close } = await open(browser(), `${sample.url}en/data/sql/`, { width: 1920, height: 1080 });
    await page.click('form[data-explorer] button[type=submit]');
    await page.waitForSelector('[data-result] table');
    expect(indonesianLeft(await readable(page))).toEqual([]);
    await close();
  });
});
