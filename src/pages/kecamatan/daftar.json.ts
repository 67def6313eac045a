// Every kecamatan's code and name, for the picker (fetched when it is first used).
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/node/site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return Response.json(site.data.kecamatan.map((k) => ({ kode: k.kode_kecamatan, nama: k.nama_kecamatan })));
};
