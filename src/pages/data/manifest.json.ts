// What this build published: the data files with their checksums and row counts.
import type { APIRoute } from 'astro';
import { dataFiles, dataUrl } from '../../lib/node/files.ts';
import { loadSite } from '../../lib/node/site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const { database, geojson } = dataFiles(site);
  const rows = new Map<string, number>([
    ...site.data.snapshots.map((s) => [s.path, s.rows.length] as const),
    ...site.data.kegiatan.map((k) => [k.path, k.rows.length] as const),
  ]);
  return Response.json({
    dataset: site.data.dataset,
    snapshots: site.data.snapshots.map((s) => ({ tanggal: s.date, berkas: s.path, baris: s.rows.length })),
    berkas: site.data.files.map((f) => ({ berkas: f.path, byte: f.bytes.length, sha256: f.sha256, baris: rows.get(f.path) ?? null })),
    basisData: { url: dataUrl(database), byte: database.bytes.length, sha256: site.database.sha256 },
    peta: { url: dataUrl(geojson), byte: geojson.bytes.length },
  });
};
