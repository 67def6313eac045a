// The files the build publishes under /data/: the database the browser queries and the map,
// named by content so that a new build never mixes with cached old data.
import type { Site } from './site.ts';

export interface PublishedFile {
  name: string;
  bytes: Uint8Array;
}

export function dataFiles(site: Site): { database: PublishedFile; geojson: PublishedFile } {
  const geojson = site.data.files.find((f) => f.path === 'reference/kecamatan.geojson')!;
  return {
    database: { name: site.database.file, bytes: site.database.bytes },
    geojson: { name: `kecamatan.${geojson.sha256.slice(0, 12)}.geojson`, bytes: geojson.bytes },
  };
}

export const dataUrl = (file: PublishedFile) => `/data/${file.name}`;
