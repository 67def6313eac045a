// The site's search index (Pagefind), built after the pages, one index per language (Pagefind
// keeps them apart by <html lang>): the pages, and a record of its own for every cooperative and
// desa/kelurahan (src/lib/search-records.ts) that names it and opens its row. Tables, charts and
// figure cards are left out: their cells made results like "116. 87. 75,0% 40. …". Self-hosted under
// /pagefind/, so it works offline too.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../i18n/index.ts';
import { searchRecords } from '../search-records.ts';
import type { Site } from './site.ts';

// Briefs and slides repeat what the pages say.
const PAGES = ['index.html', 'program/**/*.html', 'kecamatan/**/*.html', 'data/**/*.html'];
// What is numbers rather than words (names in them have records of their own).
const NUMBERS = ['.table-scroll', 'svg', '.figures', '.all-names'];

/**
 * Writes `dir`/pagefind/ for the site built into `dir` from `site`; returns the number of pages
 * and records indexed. Throws on any error Pagefind reports.
 */
export async function buildSearchIndex(dir: string, site: Site): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: ['.site-header', '.site-footer', '.breadcrumbs', '.filters', '.exports', ...NUMBERS],
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const fail = <R extends { errors: string[] }>(result: R): R => {
      if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
      return result;
    };
    const glob = LANGS.flatMap((lang) => PAGES.map((page) => (lang === 'id' ? page : `${lang}/${page}`))).join(',');
    const { page_count } = fail(await index.addDirectory({ path: dir, glob: `{${glob}}` }));
    const latest = site.options.snapshots.at(-1)!;
    let records = 0;
    for (const lang of LANGS) {
      const all = await searchRecords(site.engine, latest, site.names, lang);
      (await Promise.all(all.map((record) => index.addCustomRecord(record)))).forEach(fail);
      records += all.length;
    }
    fail(await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    return page_count + records;
  } finally {
    await pagefind.close();
  }
}
