// Static paths of the pages under src/pages/[...lang]/: every page in every language, and the
// pages made once per kecamatan of the reference data, whatever the region.
import { LANGS } from '../i18n/index.ts';
import { loadSite } from './site.ts';

// Fresh objects for every page: Astro keeps what getStaticPaths returns, per route.
export const languagePaths = () => LANGS.map((lang) => ({ params: { lang: lang === 'id' ? undefined : lang } }));

export async function kecamatanPaths() {
  const site = await loadSite();
  return languagePaths().flatMap(({ params }) => site.data.kecamatan.map((k) => ({ params: { ...params, kode: k.kode_kecamatan }, props: { nama: k.nama_kecamatan } })));
}
