// The site's search index (Pagefind), built after the pages, one index per language (Pagefind
// keeps them apart by <html lang>). Kecamatan, desa and cooperative names are all on the
// kecamatan pages (the desa table, the list of every cooperative's name), so the pages are the
// records: one fragment per page, however many cooperatives a region has. Self-hosted under
// /pagefind/, so it works offline too.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../i18n/index.ts';

// Briefs and slides repeat what the pages say.
const PAGES = ['index.html', 'program/**/*.html', 'kecamatan/**/*.html', 'data/**/*.html'];

export async function buildSearchIndex(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.site-header', '.site-footer', '.breadcrumbs', '.filters', '.exports'] });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const fail = <R extends { errors: string[] }>(result: R): R => {
      if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
      return result;
    };
    const glob = LANGS.flatMap((lang) => PAGES.map((page) => (lang === 'id' ? page : `${lang}/${page}`))).join(',');
    const { page_count } = fail(await index.addDirectory({ path: dir, glob: `{${glob}}` }));
    fail(await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    return page_count;
  } finally {
    await pagefind.close();
  }
}
