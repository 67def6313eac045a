// Static paths shared by the pages made once per kecamatan of the reference data.
import { loadSite } from './site.ts';

export async function kecamatanPaths() {
  const site = await loadSite();
  return site.data.kecamatan.map((k) => ({ params: { kode: k.kode_kecamatan }, props: { nama: k.nama_kecamatan } }));
}
