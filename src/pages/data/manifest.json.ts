// What this build published: every download with its size, rows and checksum, the database the
// browser queries, and the map.
import type { APIRoute } from 'astro';
import { dataFiles, dataUrl } from '../../lib/node/files.ts';
import { loadSite } from '../../lib/node/site.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const { database, geojson } = await dataFiles(site);
  return Response.json({
    dataset: site.data.dataset,
    snapshots: site.data.snapshots.map((s) => ({ tanggal: s.date, berkas: s.path, baris: s.rows.length })),
    unduhan: site.downloads.map((d) => ({ url: `/data/unduh/${d.path}`, format: d.format, byte: d.bytes.length, baris: d.rows, sha256: d.sha256, sumber: d.source })),
    basisData: { url: dataUrl(database), byte: database.bytes.length, sha256: site.database.sha256 },
    peta: { url: dataUrl(geojson), byte: geojson.bytes.length },
  });
};
