// The site's search index (Pagefind), built after the pages: the pages themselves, plus one
// record per cooperative and per desa/kelurahan of the latest snapshot (the pages show the
// cooperatives a page at a time). Self-hosted under /pagefind/, so it works offline too.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { id as t } from '../i18n/id.ts';
import { kecamatanHref } from '../render/dashboard.ts';
import { PROFILE_PARAMS } from '../profile.ts';
import type { Site } from './site.ts';

export async function buildSearchIndex(dir: string, site: Site): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.site-header', '.site-footer', '.breadcrumbs', '.filters', '.exports'] });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const fail = (result: { errors: string[] }) => {
      if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
    };
    // Briefs and slides repeat what the pages say.
    fail(await index.addDirectory({ path: dir, glob: '{index.html,program/**/*.html,kecamatan/**/*.html,data/**/*.html}' }));
    const names = site.names;
    const desaName = new Map(site.data.desa.map((d) => [d.kode_desa, d.nama_desa]));
    const latest = site.data.snapshots.at(-1)!;
    let records = 0;
    for (const k of latest.rows) {
      const kecamatan = names.get(k.kode_kecamatan)!;
      const desa = k.kode_desa ? desaName.get(k.kode_desa) : undefined;
      const url = `${kecamatanHref(k.kode_kecamatan)}?${new URLSearchParams({ [PROFILE_PARAMS.search]: k.nama_koperasi })}#h-cooperatives`;
      fail(
        await index.addCustomRecord({
          url,
          language: 'id',
          content: [k.nama_koperasi, t.values.jenis_koperasi[k.jenis_koperasi], desa, t.profile.title(kecamatan)].filter(Boolean).join(' · '),
          meta: { title: k.nama_koperasi },
          filters: { [t.nav.kecamatan]: [kecamatan] },
        }),
      );
      records++;
    }
    for (const d of site.data.desa) {
      fail(
        await index.addCustomRecord({
          url: `${kecamatanHref(d.kode_kecamatan)}#h-desa`,
          language: 'id',
          content: `${d.nama_desa} · ${t.profile.title(names.get(d.kode_kecamatan)!)}`,
          meta: { title: `${d.jenis === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${d.nama_desa}` },
          filters: { [t.nav.kecamatan]: [names.get(d.kode_kecamatan)!] },
        }),
      );
      records++;
    }
    fail(await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    return records;
  } finally {
    await pagefind.close();
  }
}
