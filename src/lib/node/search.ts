// The site's search index (Pagefind), built after the pages: the pages themselves, plus one
// record per cooperative and per desa/kelurahan of the latest snapshot (the pages show the
// cooperatives a page at a time), in each language (Pagefind keeps an index per <html lang>).
// Self-hosted under /pagefind/, so it works offline too.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS, type Lang, dictionary, kecamatanHref } from '../i18n/index.ts';
import { PROFILE_PARAMS } from '../profile.ts';
import type { Site } from './site.ts';

interface SearchRecord {
  url: string;
  language: Lang;
  content: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

function records(site: Site, lang: Lang): SearchRecord[] {
  const t = dictionary(lang);
  const { names } = site;
  const desaName = new Map(site.data.desa.map((d) => [d.kode_desa, d.nama_desa]));
  const filter = (kode: string) => ({ [t.nav.kecamatan]: [names.get(kode)!] });
  const cooperatives = site.data.snapshots.at(-1)!.rows.map((k) => ({
    url: `${kecamatanHref(lang, k.kode_kecamatan)}?${new URLSearchParams({ [PROFILE_PARAMS.search]: k.nama_koperasi })}#h-cooperatives`,
    language: lang,
    content: [k.nama_koperasi, t.values.jenis_koperasi[k.jenis_koperasi], k.kode_desa ? desaName.get(k.kode_desa) : undefined, t.profile.title(names.get(k.kode_kecamatan)!)]
      .filter(Boolean)
      .join(' · '),
    meta: { title: k.nama_koperasi },
    filters: filter(k.kode_kecamatan),
  }));
  const desa = site.data.desa.map((d) => ({
    url: `${kecamatanHref(lang, d.kode_kecamatan)}#h-desa`,
    language: lang,
    content: `${d.nama_desa} · ${t.profile.title(names.get(d.kode_kecamatan)!)}`,
    meta: { title: `${t.values.jenis_desa[d.jenis]} ${d.nama_desa}` },
    filters: filter(d.kode_kecamatan),
  }));
  return [...cooperatives, ...desa];
}

export async function buildSearchIndex(dir: string, site: Site): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.site-header', '.site-footer', '.breadcrumbs', '.filters', '.exports'] });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const fail = (result: { errors: string[] }) => {
      if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
    };
    // Briefs and slides repeat what the pages say.
    const pages = ['index.html', 'program/**/*.html', 'kecamatan/**/*.html', 'data/**/*.html'];
    const glob = LANGS.flatMap((lang) => pages.map((page) => (lang === 'id' ? page : `${lang}/${page}`))).join(',');
    fail(await index.addDirectory({ path: dir, glob: `{${glob}}` }));
    let count = 0;
    for (const lang of LANGS) {
      for (const record of records(site, lang)) {
        fail(await index.addCustomRecord(record));
        count++;
      }
    }
    fail(await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    return count;
  } finally {
    await pagefind.close();
  }
}
