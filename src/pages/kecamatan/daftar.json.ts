// Every kecamatan's code and name (src/lib/urls.ts KECAMATAN_LIST), for the picker and the
// interactive pages, fetched when first needed.
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/node/site.ts';
import type { KecamatanListItem } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return Response.json(site.data.kecamatan.map((k): KecamatanListItem => ({ kode: k.kode_kecamatan, nama: k.nama_kecamatan })));
};
