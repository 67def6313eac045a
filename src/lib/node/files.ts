// The files the build publishes under /data/: the database the browser queries, the map, and
// the region's base map under every kecamatan's locator, named by content so that a new build
// never mixes with cached old data.
import { regionMap } from '../charts/locator.ts';
import { sha256Hex } from '../sha256.ts';
import { serverDocument, xmlMarkup } from './dom.ts';
import type { Site } from './site.ts';

export interface PublishedFile {
  name: string;
  bytes: Uint8Array;
}

export interface DataFiles {
  database: PublishedFile;
  geojson: PublishedFile;
  regionMap: PublishedFile;
}

const cache = new WeakMap<Site, Promise<DataFiles>>();

async function publish(site: Site): Promise<DataFiles> {
  const geojson = site.data.files.find((f) => f.path === 'reference/kecamatan.geojson')!;
  const map = new TextEncoder().encode(xmlMarkup(regionMap(site.geojson, { document: serverDocument() })));
  return {
    database: { name: site.database.file, bytes: site.database.bytes },
    geojson: { name: `kecamatan.${geojson.sha256.slice(0, 12)}.geojson`, bytes: geojson.bytes },
    regionMap: { name: `wilayah.${(await sha256Hex(map)).slice(0, 12)}.svg`, bytes: map },
  };
}

/** Drawn once per site. */
export function dataFiles(site: Site): Promise<DataFiles> {
  let files = cache.get(site);
  if (!files) cache.set(site, (files = publish(site)));
  return files;
}

export const dataUrl = (file: PublishedFile) => `/data/${file.name}`;
