// Static paths of the pages under src/pages/[...lang]/: every page in every language, and the
// pages made once per kecamatan of the reference data, whatever the region.
import { LANGS } from '../i18n/index.ts';
import { loadSite } from './site.ts';

// Fresh objects for every page: Astro keeps what getStaticPaths returns, per route.
export const languagePaths = () => LANGS.map((lang) => ({ params: { lang: lang === 'id' ? undefined : lang } }));

/** Each kecamatan in every language, one after the other: the second reuses the first's queries. */
export async function kecamatanPaths() {
  const site = await loadSite();
  return site.data.kecamatan.flatMap((k) => languagePaths().map(({ params }) => ({ params: { ...params, kode: k.kode_kecamatan }, props: { nama: k.nama_kecamatan } })));
}
