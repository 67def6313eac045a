// Everything the build needs from the data folder named by DATA_DIR (default ./data), loaded
// once per process: validated rows (the build refuses invalid data), the site's DuckDB database
// file, and duckdb-wasm with that file attached, the same engine the browser runs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Engine, memoize } from '../engine/engine.ts';
import { nodeEngine } from '../engine/node.ts';
import { rewind, isSchematic } from '../geo.ts';
import { reportingYears } from '../period.ts';
import { formatProblems } from '../problem.ts';
import type { KecamatanGeoJson } from '../geo.ts';
import type { DataFolder } from '../validate.ts';
import type { ViewOptions } from '../view.ts';
import { sha256Hex } from '../sha256.ts';
import { type SatuDataTable, satuDataTables } from '../satu-data/tables.ts';
import { type Download, buildDownloads } from './downloads.ts';
import { satuDataDownloads } from './satu-data-files.ts';
import { validateDirectory } from './read-folder.ts';
import { databaseContentHash, writeDatabase } from './write-database.ts';

export interface Site {
  dir: string;
  data: DataFolder;
  options: ViewOptions;
  /** kode_kecamatan → nama_kecamatan */
  names: Map<string, string>;
  /** Winding normalized for d3/Plot. */
  geojson: KecamatanGeoJson;
  schematic: boolean;
  /** `sha256` of the file's bytes (published beside it); `file` is named by its content (see `databaseContentHash`). */
  database: { bytes: Uint8Array; sha256: string; file: string };
  /** Everything the data page offers (data files as published, Parquet, combined, Satu Data tables). */
  downloads: Download[];
  /** The open-data tables, or null when dataset.json does not name the region ("wilayah"). */
  satuData: SatuDataTable[] | null;
  engine: Engine;
}

/** The years the program page offers (period.ts `reportingYears` over the activity log's years). */
export function programYears(site: Site): number[] {
  return reportingYears(site.data.kegiatan.map((k) => k.year), site.options);
}

export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

export class InvalidDataError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(`Data tidak sah, situs tidak dibangun:\n${lines.join('\n')}`);
    this.lines = lines;
  }
}

async function load(dir: string): Promise<Site> {
  const { problems, data } = await validateDirectory(dir);
  if (!data) throw new InvalidDataError(formatProblems(problems));
  const temp = await mkdtemp(join(tmpdir(), 'dasbor-db-'));
  try {
    const path = join(temp, 'dasbor.duckdb');
    await writeDatabase(data, path);
    const bytes = new Uint8Array(await readFile(path));
    const sha256 = await sha256Hex(bytes);
    const downloads = await buildDownloads(data, path);
    const name = databaseContentHash(data);
    const options = { snapshots: data.snapshots.map((s) => s.date), kecamatan: data.kecamatan.map((k) => k.kode_kecamatan) };
    // Pages repeat queries: the region's trend on every kecamatan page, a page's own in each
    // language (the paths come in that order, see paths.ts).
    const engine = memoize(await nodeEngine(bytes), 512);
    const { wilayah } = data.dataset;
    const logYears = data.kegiatan.map((k) => k.year);
    const satuData = wilayah ? await satuDataTables(engine, options, data.kecamatan, wilayah, logYears) : null;
    if (satuData && wilayah) downloads.push(...(await satuDataDownloads(satuData, data.dataset, wilayah, options, logYears)));
    return {
      dir,
      data,
      options,
      names: new Map(data.kecamatan.map((k) => [k.kode_kecamatan, k.nama_kecamatan])),
      geojson: rewind(data.geojson),
      schematic: isSchematic(data.geojson),
      database: { bytes, sha256, file: `dasbor.${name.slice(0, 12)}.duckdb` },
      downloads,
      satuData,
      engine,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

// Shared through globalThis: the build script and the pages Astro bundles are separate module
// instances in one process, and validation and the engine should happen once.
const cache = ((globalThis as { __dasborSites?: Map<string, Promise<Site>> }).__dasborSites ??= new Map());

export function loadSite(dir = dataDir()): Promise<Site> {
  let site = cache.get(dir);
  if (!site) {
    site = load(dir);
    cache.set(dir, site);
  }
  return site;
}
